"""The parties a claim is about (``subject``) and how sure its speaker is (``factuality``).

Subjects are named parties inside the claim's scope: places ("di Moskow") and credited media are
not parties; a government or a leader is named by its state.  The accused of an accusation is the
party after "oleh"/"by", the object of the accusing verb, or the agent of an attack verb ("rudal
Armenia menghantam ...") that is not on the speaker's own side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kb.actors import Gazetteer
from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.equipment import foiled_attack
from kb.extract.mentions import Mention
from kb.extract.qualifiers import attributive
from kb.extract.speakers import party_label


def _alt(words: Iterable[object]) -> str:
    return alternation(words)


def compile_words(words: Iterable[object]) -> re.Pattern[str]:
    """A case-insensitive whole-word pattern for a word list."""
    return re.compile(rf"(?<![\w-])(?:{_alt(words)})(?![\w-])", re.IGNORECASE)


_ALLEGED = compile_words(lexicon.ALLEGED_CUES)
_HEDGED = compile_words(lexicon.HEDGED_CUES)
_ATTACK = compile_words(lexicon.ATTACK_CUES)
_SHOT_DOWN = re.compile(r"\s+jatuh(?![\w-])", re.IGNORECASE)
_ACCUSE = compile_words(lexicon.TYPE_CUES["accusation"])
# cues whose accused stands before them ("said the coalition was behind the strike", "koalisi berada di balik
# serangan itu"): the words after them are what was done, never who did it
_BEHIND = compile_words(("was behind", "were behind", "is behind", "are behind", "to blame for", "berada di balik"))
_NEGATED = re.compile(rf"(?:{_alt(lexicon.NEGATIONS)})\s+(?:\w+\s+)?$", re.IGNORECASE)
_PLACE_NOUNS = r"(?:wilayah|kota|ibu\s+kota|distrik|provinsi|desa|sengketa|city|town|region|district|province)"
# "the" alone is no place ("said the RSF", "with the Saudi-led coalition"): only after a preposition or
# a place noun ("in the city of", "the region of").
_PLACE = re.compile(
    rf"(?:\b(?:di|ke|in|at|near|dekat|menuju|towards?)\s+(?:the\s+)?(?:{_PLACE_NOUNS}\s+(?:of\s+)?(?:the\s+)?){{0,3}}"
    rf"|\b{_PLACE_NOUNS}\s+(?:of\s+)?(?:the\s+)?)$",
    re.IGNORECASE,
)
_BY = re.compile(r"\b(?:oleh|by)\s+(?:pihak\s+|the\s+)?$", re.IGNORECASE)
# "by" after a deed no party is accused of: "the truce brokered by Russia", "gencatan senjata yang dimediasi Rusia".
_NOT_DOER = re.compile(
    r"\b(?:brokered|mediated|negotiated|facilitated|hosted|sponsored|backed|supported|proposed|signed|agreed|monitored|guaranteed|dimediasi"
    r"|ditengahi|dinegosiasikan|dirundingkan|difasilitasi|diprakarsai|didukung|disponsori|diusulkan|ditandatangani|disepakati"
    # nor the holder of a place: "strikes on areas held by the Houthis", "wilayah yang dikuasai RSF"
    r"|held|controlled|run|occupied|dikuasai|dikendalikan|diduduki)\s+(?:oleh\s+|by\s+)?"
    r"(?:pihak\s+|the\s+)?$",
    re.IGNORECASE,
)
_ALL_PARTIES = re.compile(
    r"\b(?:semua|seluruh|kedua)\s+(?:pihak|aktor|negara)|\ball\s+(?:parties|sides|actors)"
    r"|\bboth\s+(?:sides|parties|countries|leaders)",
    re.IGNORECASE,
)
# The attack nouns fire can come "from" a party after: shelling, fire, strikes, tembakan, serangan
_FIRE_NOUNS = frozenset(("shelling", "fire", "gunfire", "bombardment", "bombardments", "strikes", "airstrikes",
                         "attacks",
                         "tembakan", "serangan", "penembakan", "gempuran", "udara", "roket"))
# Who the fire came from, after the attack's noun: "heavy shelling from Azerbaijan", "tembakan dari pasukan Armenia"
_FROM_PARTY = re.compile(r"(?:\s+(?:artileri|roket|udara|berat|artillery|rocket|mortar))?\s+(?:from|dari)\s+"
                         r"(?:the\s+|pihak\s+|pasukan\s+|tentara\s+)?", re.IGNORECASE)
_AGENT_AFTER = ("serangan", "gempuran", "attacks", "tembakan", "serangan udara", "serangan roket", "penembakan")
# A Group is an armed group the gazetteer knows (the PDF, the KIA): a party like any other.
_PARTY_KINDS = ("State", "Government", "Ministry", "Person", "Organization", "Group")


def factuality(norm: str, start: int, end: int, kind: str) -> str:
    """ "denied" for denials, "alleged"/"hedged" when the scope carries such a cue."""
    if kind == "denial":
        return "denied"
    if _ALLEGED.search(norm, start, end):
        return "alleged"
    return "hedged" if _HEDGED.search(norm, start, end) else "asserted"


def is_place(norm: str, mention: Mention) -> bool:
    """A mention introduced as a location ("di Moskow", "in Geneva"), not as a party."""
    return bool(_PLACE.search(norm, max(0, mention.start - 30), mention.start))


def parties(
    norm: str,
    span: tuple[int, int],
    mentions: list[Mention],
    gazetteer: Gazetteer,
    skip: set[str],
    media: set[int],
) -> list[str]:
    """Labels of the parties named in ``span``, in order, without ``skip`` (the speaker's side)."""
    out: list[str] = []
    starts = {m.start for m in mentions if m.actor is not None}
    for m in mentions:
        if not span[0] <= m.start < span[1] or m.actor is None or m.start in media:
            continue
        if m.actor.kind not in _PARTY_KINDS or m.actor.iri in skip or is_place(norm, m):
            continue
        if _possessor(norm, m, starts):
            continue
        label = party_label(m.actor, gazetteer)
        if label not in out:
            out.append(label)
    return out


def subject_for(
    norm: str,
    kind: str,
    span: tuple[int, int],
    mentions: list[Mention],
    gazetteer: Gazetteer,
    skip: set[str],
    media: set[int],
) -> str | None:
    """The ``subject`` of a claim of ``kind`` over ``span``."""
    if kind == "accusation":
        return accused(norm, span, mentions, gazetteer, skip)
    found = parties(norm, span, mentions, gazetteer, skip, media)
    if not found and kind == "call":  # "X urged an end to fighting": the parties named around it
        found = parties(norm, (0, len(norm)), mentions, gazetteer, skip, media)
    if found:
        return "; ".join(found)
    return "all parties" if _ALL_PARTIES.search(norm, *span) else None


def accused(
    norm: str, span: tuple[int, int], mentions: list[Mention], gazetteer: Gazetteer, skip: set[str]
) -> str | None:
    """The accused: a party after "oleh"/"by", an attacker, else the first other party after the cue."""
    for m in mentions:
        if (
            span[0] <= m.start < span[1]
            and m.actor
            and m.actor.iri not in skip
            and _BY.search(norm, max(0, m.start - 20), m.start)
            and not _NOT_DOER.search(norm, max(0, m.start - 40), m.start)
            and not attributive(norm, m.end)  # "by the Iran-backed rebels": Iran backs the doer
        ):
            return party_label(m.actor, gazetteer)
    attacker = attacker_in(norm, span, mentions, gazetteer, skip)
    if attacker:
        return attacker
    cue = _ACCUSE.search(norm, *span)
    after = (cue.start(), span[1]) if cue else span
    victims = {m.start for m in mentions if _VICTIM.search(norm, max(0, m.start - 25), m.start)
               or attributive(norm, m.end)}  # nor a backer: "the Iran-backed rebels"
    found = parties(norm, after, mentions, gazetteer, skip, victims)
    if found:
        return found[0]
    agent = _BY_WRITTEN.search(norm, cue.end() if cue else span[0], span[1])
    if agent:  # "violations by the coalition": the agent as written
        return accused_as_written(norm, agent.end(), span[1])
    if cue:  # "Musuh Amerika ... memikul tanggung jawab": the accused written before the accusing word
        before = parties(norm, (_clause_start(norm, span[0], cue.start()), cue.start()), mentions, gazetteer, skip,
                         victims)
        if before:
            return before[-1]
        if _BEHIND.fullmatch(cue.group(0)):
            return accused_as_written(norm, _clause_start(norm, span[0], cue.start()), cue.start())
    return accused_as_written(norm, cue.end() if cue else span[0], span[1])


# The victims of what is alleged, not the accused: "agresi terhadap rakyat Yaman", "crimes against Sudanese".
_VICTIM = re.compile(
    r"\b(?:terhadap|kepada|atas|against|on|upon)\s+(?:the\s+)?(?:(?:rakyat|warga|penduduk|people|civilians|citizens)"
    r"\s+(?:of\s+)?)?$|\b(?:rakyat|warga|penduduk|people\s+of)\s+$",
    re.IGNORECASE,
)


def _clause_start(norm: str, floor: int, pos: int) -> int:
    """Where the clause holding ``pos`` begins (a quote mark, a comma, a semicolon), not before ``floor``."""
    cut = max(norm.rfind(ch, floor, pos) for ch in (",", ";", '"', "“", "”", ":"))
    return max(floor, cut + 1)


_BY_WRITTEN = re.compile(r"\b(?:oleh|by)\s+(?:pihak\s+|the\s+)?(?=[^\W\d])", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s)\s+")


def _possessor(norm: str, mention: Mention, starts: set[int]) -> bool:
    """ "Sudan's Rapid Support Forces": the state only qualifies the party named right after it."""
    match = _POSSESSIVE.match(norm, mention.end)
    return bool(match and match.end() in starts)


_NP_END = frozenset(
    (*lexicon.PREPOSITIONS, *lexicon.NP_STOPS, *lexicon.NEGATIONS, "telah", "sudah", "akan", "sebagai", "melakukan",
     "atas", "karena", "of", "for", "over", "bahwa", "that", "had", "has", "have", "was", "were", "is", "are",
     "dan", "and", "serta", "but", "tetapi", "namun", "agar", "supaya", "untuk", "to", "yang", "which", "who",
     "sengaja", "secara", "terus", "kembali", "again", "itu", "tersebut",
     "apa", "what", "whatever", "siapa")  # "mengutuk apa yang disebutnya ...": a free relative names no one
)
_ME_NOUNS = frozenset(("menteri", "mereka", "media", "medan", "meja", "merah", "melayu", "mesir", "mesin"))
_DETERMINERS = frozenset(("the", "a", "an", "pihak", "para", "kelompok"))


def accused_as_written(norm: str, start: int, end: int) -> str | None:
    """The accused as the text names them when no known party is there ("accused the militias of ...")."""
    words: list[str] = []
    for match in re.finditer(r"[^\s,.;:\"()]+|[,.;:\"()]", norm[start:end]):
        word = match.group(0)
        folded = word.casefold()
        if not word[0].isalnum():
            break
        if folded in _NP_END and not (folded in ("itu", "tersebut") and words):
            break
        if words and folded == "of" and re.match(r"[a-z]+ing\b", norm[start + match.end() :].lstrip()):
            break  # "accuse the army of razing villages": what they are accused of follows "of"
        if words and re.match(r"me(?:m|n|ng|ny)?[a-z]{3,}$", folded) and folded not in _ME_NOUNS:
            break  # an Indonesian active verb ends the phrase ("menuduh militer mengerahkan ...")
        words.append(word)
        if folded in ("itu", "tersebut") or len(words) == 4:
            break
    while words and words[0].casefold() in _DETERMINERS and len(words) > 1:
        words.pop(0)
    phrase = " ".join(words).strip()
    return phrase or None


def _fired_from(norm: str, cue: re.Match[str], mentions: list[Mention], skip: set[str]) -> list[Mention]:
    """The party the fire came from, named right after the attack's noun ("heavy shelling from Azerbaijan",
    "tembakan artileri dari Azerbaijan"), when no party is named with the attack itself: "accused Hezbollah of
    rocket fire from Lebanon" names the attacker, and Lebanon is only where it came from."""
    if cue.group(0).split()[-1].casefold() not in _FIRE_NOUNS:
        return []  # "a drone launched from Yemen", "rockets fired from Gaza": where it left, not who fired
    parties = [m for m in mentions if m.actor is not None and m.actor.kind in _PARTY_KINDS and m.actor.iri not in skip]
    if any(m.end <= cue.start() for m in parties):
        return []  # a party named before the attack is its doer or its target, not the fire's origin
    return [m for m in parties if m.start >= cue.end() and _FROM_PARTY.fullmatch(norm, cue.end(), m.start)]


def attacker_in(
    norm: str, span: tuple[int, int], mentions: list[Mention], gazetteer: Gazetteer, skip: set[str]
) -> str | None:
    """The other party said to attack in ``span``: "rudal Armenia menghantam", "Azerbaijani attacks"."""
    for cue in _ATTACK.finditer(norm, *span):
        if _NEGATED.search(norm, max(0, cue.start() - 20), cue.start()) or (
            cue.group(0).casefold() == "menembak" and _SHOT_DOWN.match(norm, cue.end())
        ) or foiled_attack(norm, cue.start(), cue.end()):
            continue  # "did not attack"; "menembak jatuh 12 drone", "an attack was thwarted": defence
        near = [
            m
            for m in mentions
            if m.actor is not None
            and m.actor.kind in _PARTY_KINDS
            and not is_place(norm, m)
            and (0 < cue.start() - m.end <= 25 or 0 <= m.start - cue.end() <= 2)
        ]
        near = [
            m
            for m in near
            if (m.end <= cue.start() and _only_forces(norm[m.end : cue.start()]))
            or (m.start >= cue.end() and re.sub(r"\s+", " ", cue.group(0).casefold()) in _AGENT_AFTER)
        ] or _fired_from(norm, cue, [m for m in mentions if m.start >= span[0]], skip)
        for m in near:
            assert m.actor is not None
            if m.actor.iri not in skip and party_label(m.actor, gazetteer) not in _labels(skip, gazetteer):
                return party_label(m.actor, gazetteer)
    return None


def _only_forces(between: str) -> bool:
    """Between an attacker and its verb only words like "forces", "missiles", "telah" may stand."""
    words = re.findall(r"[\w'-]+", between.casefold())
    allowed = {
        "forces",
        "troops",
        "missiles",
        "missile",
        "army",
        "artillery",
        "drones",
        "jets",
        "had",
        "have",
        "has",
        "pasukan",
        "rudal",
        "tentara",
        "artileri",
        "telah",
        "sudah",
        "juga",
        "militer",
        "drone",
        "pesawat",
        "yang",
        "reportedly",
        "dilaporkan",
        "diduga",
        "also",
        "again",
        "kembali",
    }
    return len(words) <= 3 and all(w in allowed for w in words)


def _labels(iris: set[str], gazetteer: Gazetteer) -> set[str]:
    return {party_label(a, gazetteer) for a in (gazetteer.by_iri(i) for i in iris) if a is not None}
