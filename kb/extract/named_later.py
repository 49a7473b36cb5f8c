"""An unnamed official of a story's lead whom the story names a paragraph or two later: "..., menurut seorang
pejabat kesehatan setempat. / Dr X, kepala dinas kesehatan setempat, mengatakan ...", "..., a local official
said. / '...,' said X, director of the state health authority".

Why: wires open with the role alone and name its holder below; the annotation conventions
(``../shared/seeds/README.md``) credit "a role held by a person named elsewhere in the same article" to that
person, so the lead's figure was credited to an unnamed group the article itself names.  Only one official
("seorang", "a", "an"), only the first person named as a speaker after it, within ``REACH`` characters, and
only when no other unnamed official speaks in between.  One pass over the claims: linear.
"""

from __future__ import annotations

import re

from kb.actors import Gazetteer
from kb.extract.bodies import minted_kind
from kb.pipeline.record import Claim

REACH = 1500  # characters: the next two or three paragraphs of a wire story
_OFFICIAL = frozenset(("official", "pejabat"))
_QUALIFIERS = frozenset((
    "local", "setempat", "senior", "tinggi", "health", "kesehatan", "medical", "medis", "security", "keamanan",
    "military", "militer", "government", "pemerintah", "provincial", "provinsi", "regional", "daerah", "city", "kota",
))
# The person must be introduced as an office holder, as the official was: a party's spokesman named next is
# another voice ("A local official put the toll at 30. ... Coalition spokesman X told Reuters").
_OFFICE = re.compile(
    r"(?<![\w-])(?:kepala|direktur|director|head|chief|official|pejabat|governor|gubernur|mayor|wali\s+kota|"
    r"minister|menteri|officer|administrator)(?![\w-])",
    re.IGNORECASE,
)
_ONE = re.compile(r"(?<![\w-])(?:seorang|a|an)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _lone_official(claim: Claim, text: str) -> bool:
    """Whether a claim's speaker is one unnamed official ("seorang pejabat kesehatan setempat", "a local official")
    or one unnamed spokesperson of a body ("a spokeswoman for an armed group", "seorang juru bicara kelompok itu")."""
    if claim.speaker_iri is not None:
        return False
    words = claim.speaker.casefold().split()
    if not words or not (_spokes(words) or (_OFFICIAL & set(words) and set(words) <= _OFFICIAL | _QUALIFIERS)):
        return False
    at = text.find(claim.speaker, claim.start, claim.end)
    return at > 0 and _ONE.search(text, max(claim.start, at - 40), at) is not None


_SPOKES = frozenset(("spokesman", "spokeswoman", "spokesperson"))


def _spokes(words: list[str]) -> bool:
    """Whether a speaker phrase opens with a spokesperson's word ("spokeswoman for ...", "juru bicara ...")."""
    return words[0] in _SPOKES or words[:2] == ["juru", "bicara"]


# Whom a spokesperson named later speaks for, or their word: "X of the Ta'ang army", "X dari kelompok itu", "its
# spokesman X": the same voice as the lead's unnamed spokesperson, never another office ("Governor X").
_MEMBER = re.compile(r"(?<![\w-])(?:spokes(?:man|woman|person)|juru\s+bicara|of\s+the|from\s+the|dari)(?![\w-])",
                     re.IGNORECASE)


def _named(claim: Claim, text: str, gazetteer: Gazetteer, office: re.Pattern[str] = _OFFICE) -> bool:
    """Whether a claim's speaker is a person named in full (a gazetteer person, or a minted person's name),
    introduced by an office ("Dr X, Kepala Departemen Kesehatan setempat", "kata X, Direktur ...") or, for a
    spokesperson, by ``_MEMBER``."""
    at = text.find(claim.speaker, claim.start, claim.end)
    if at < 0 or office.search(text, max(claim.start, at - 80), min(claim.end, at + len(claim.speaker) + 80)) is None:
        return False
    if claim.speaker_iri is not None:
        actor = gazetteer.by_iri(claim.speaker_iri)
        return actor is not None and actor.kind == "Person"
    return len(claim.speaker.split()) > 1 and minted_kind(claim.speaker) == "Person"


# A described group ("menurut sebuah kelompok sukarelawan", "a rights group said") that the story names below
# with the same words as an apposition ("kata Jaringan Dokter Sudan, sebuah kelompok sukarelawan").
_GROUP_HEADS = frozenset(("kelompok", "lembaga", "organisasi", "group", "organisation", "organization", "watchdog",
                          "monitor", "network", "jaringan"))


def _described(claim: Claim) -> bool:
    words = claim.speaker.casefold().split()
    return claim.speaker_iri is None and 1 < len(words) <= 4 and bool(_GROUP_HEADS & set(words))


_NAME_BEFORE = re.compile(
    r"((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of|for|dan|and|untuk))*)\s*(?:\([^()]{1,60}\))?\s*$"
)


def _described_as(lone: Claim, text: str, gazetteer: Gazetteer) -> tuple[str, str | None] | None:
    """The body written right before ", <a> <lone's description>" below the claim ("Jaringan Dokter X (X
    Doctors Network), sebuah kelompok sukarelawan"): its label and IRI."""
    apposed = re.compile(rf",\s+(?:sebuah|suatu|a|an|the)\s+{re.escape(lone.speaker)}(?![\w-])", re.IGNORECASE)
    match = apposed.search(text, lone.end, min(len(text), lone.end + REACH))
    named = _NAME_BEFORE.search(text, max(0, match.start() - 120), match.start()) if match else None
    if named is None or len(named.group(1).split()) < 2:
        return None
    actor = gazetteer.lookup(named.group(1))
    return (actor.label, actor.iri) if actor is not None else (named.group(1), None)


def describe_later(claims: list[Claim], text: str, gazetteer: Gazetteer) -> list[Claim]:
    """Credit a described group's claims to the body the story names with the same description (in place)."""
    for lone in claims:
        if _described(lone) and (named := _described_as(lone, text, gazetteer)) is not None:
            lone.speaker_role = lone.speaker
            lone.speaker, lone.speaker_iri = named
    return claims


def name_later(claims: list[Claim], text: str, gazetteer: Gazetteer) -> list[Claim]:
    """Credit a lone unnamed official's claims to the person the next paragraphs name speaking (in place)."""
    ordered = sorted(range(len(claims)), key=lambda k: claims[k].start)
    pending: list[Claim] = []
    for k in ordered:
        claim = claims[k]
        if pending and claim.start - pending[0].start > REACH:
            pending = []
        if _lone_official(claim, text):
            if pending and pending[0].speaker != claim.speaker:
                pending = []  # another unnamed official: whom the later name is cannot be told
            pending.append(claim)
        elif pending and claim.start > pending[-1].end - 1 and _named(
                claim, text, gazetteer, _MEMBER if _spokes(pending[0].speaker.casefold().split()) else _OFFICE):
            for lone in pending:
                lone.speaker, lone.speaker_iri, lone.speaker_role = claim.speaker, claim.speaker_iri, lone.speaker
            pending = []
    return describe_later(claims, text, gazetteer)
