"""Claim types cued inside a speaker's words: every strong type found, else the best weak one.

Split from ``kb.extract.claims`` (issue 13, fifth round) along its seam: which cue words type a frame
is decided here, which frames speak and for whom there.  Accusation, denial and call may all be
asserted at once (each has its own cue); otherwise ceasefire beats talks, and a frame with no cue is a
plain statement.
"""

from __future__ import annotations

import re

from kb.extract import kinds, lexicon
from kb.extract.blame import attacked
from kb.extract.confirmed import confirmed_accused
from kb.extract.contacts import hosted, spoke_with, to_meet
from kb.extract.drafts import SentenceInput, minus
from kb.extract.needs import absent, needs
from kb.extract.parties import compile_words
from kb.extract.passive_blame import passive_blame
from kb.extract.rearming import rearming
from kb.extract.rebuttals import rebuttal
from kb.extract.speakers import Speaker, sides

CUES = {t: compile_words(c) for t, c in lexicon.TYPE_CUES.items()}
_CUE_NEEDS = {t: needs(p) for t, p in CUES.items()}  # a span without these words is not scanned
_MODAL = frozenset(lexicon.MODAL_CALL_CUES)
_PERFECT = re.compile(
    r"\s+(?:(?:also|still|not|already|surely|[a-z]+ly)\s+){0,2}have\s+(?:been\s+)?[a-z]+(?:ed|wn|en|t)\b", re.IGNORECASE
)
_RELATIVE = re.compile(r",\s*(?:yang|which|who)\b[^,]*,", re.IGNORECASE)
STRONG = ("accusation", "denial", "call")


def cue_types(
    s: SentenceInput,
    spans: list[tuple[int, int]],
    speaker: Speaker | None,
    allowed: tuple[str, ...],
    toll: bool = False,
) -> list[str]:
    """Claim types cued inside ``spans``: every strong type found, else the best weak one.

    ``toll``: the words carry a casualty figure, whose cause ("killed in Israeli strikes") is part of
    the casualty claim; only an accusing word, or an attacker named right at its verb, accuses there.
    """
    own = sides(speaker, s.gazetteer) if speaker else set()
    spans = [piece for span in spans for piece in minus(span, [m.span() for m in _RELATIVE.finditer(s.norm)])]
    found = [
        k
        for k in lexicon.TYPE_PRIORITY
        if k in allowed
        and k != "statement"
        and any(_cued(s, k, span, speaker is not None, own) for span in spans)
    ]
    if "accusation" in allowed and "accusation" not in found and (
        any(passive_blame(s.norm, span) for span in spans) or attacked(s, spans, speaker, own, toll)
        or (speaker is not None and any(rearming(s.norm, span, s.mentions, own) for span in spans))
        or any(confirmed_accused(s, span, speaker) for span in spans)  # "confirmed the raid on the camp"
    ):
        found.insert(0, "accusation")  # rearming: "said the men were rebuilding Hezbollah's infrastructure"
    if speaker is not None and "denial" in allowed and "denial" not in found and any(
        rebuttal(s.norm, span) for span in spans
    ):
        found.insert(1 if found[:1] == ["accusation"] else 0, "denial")  # "called the report false"
    if speaker is not None and "denial" in found and "accusation" in found and not _blames_beyond_claim(
        s, spans, speaker, own, toll
    ):
        found.remove("accusation")  # "mengatakan tuduhan itu tidak benar": the accusation it names is rebutted
    if speaker is not None and "talks" in allowed and not found and spans and _told_a_leader(s.norm, spans[0][0]):
        found = ["talks"]  # "Aliyev told US Secretary of State Blinken ...": words between leaders are a contact
    if speaker is not None and "talks" in allowed and not found and any(_truce_sought(s.norm, span) for span in spans):
        found = ["talks"]  # "efforts to reach a new ceasefire have made progress": the work towards one
    if "talks" in allowed and not found and any(spoke_with(s.norm, span) or hosted(s, span) or to_meet(s, span)
                                                for span in spans):
        found = ["talks"]  # "spoke with his Russian counterpart", "berkomunikasi dengan para mediator" (``contacts``)
    strong = [k for k in found if k in STRONG]
    if not strong and found[:1] == ["ceasefire"] and any(_TALKS_HELD.search(s.norm, *span) for span in spans):
        return ["ceasefire", "talks"]  # "a truce agreed after ten hours of talks": the talks are news too
    return strong or found[:1]


# Talks told beside a truce as how it came about or as going on ("clinched after marathon talks in Moscow", "selama
# pembicaraan maraton yang ditengahi Rusia", "namun pembicaraan tetap berlangsung"): the annotation gives the
# sentence both claims
_TALKS_HELD = re.compile(
    r"(?<![\w-])(?:after|following|during|amid|selama|setelah|usai|seusai|sesudah|dalam|namun|but)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:talks|negotiations|mediation|pembicaraan|perundingan|negosiasi|mediasi|a\s+series\s+of\s+calls"
    r"|mediated|brokered\s+it|menengahi|memediasi)(?![\w-])",
    re.IGNORECASE,
)


# Nouns that name a claim of blame ("tuduhan itu", "tudingan Israel"): an accusation cue only where the speaker makes
# it, never where the words call it false.
_CLAIM_NOUNS = frozenset(("tuduhan", "tudingan"))


def _blames_beyond_claim(
    s: SentenceInput, spans: list[tuple[int, int]], speaker: Speaker, own: set[str], toll: bool
) -> bool:
    """Whether words a rebuttal holds blame anyone beyond naming the rebutted accusation: a party named there
    besides the speaker's own ("kebohongan yang disebarkan Yerevan", "tuduhan Hamas itu bohong": the liar is
    blamed), another accusing word, a passive blame or an attack pinned on a party."""
    if any(m.actor is not None and m.actor.iri not in own and any(a <= m.start < b for a, b in spans)
           and m.actor.kind in ("State", "Government", "Ministry", "Organization", "Group", "Person")
           for m in s.mentions):
        return True
    for span in spans:
        for match in CUES["accusation"].finditer(s.norm, *span):
            if match.group(0).casefold() not in _CLAIM_NOUNS and kinds.real_cue(s, "accusation", match, True, span[0]):
                return True
    return any(passive_blame(s.norm, span) for span in spans) or attacked(s, spans, speaker, own, toll)


# "told X", or "mengatakan kepada X" (the Indonesian "kepada" before or at the start of the speaker's words; never
# "mengatakan Presiden X akan ...", where the president is the subject of what is said)
_TOLD = re.compile(r"(?<![\w-])(?:(?P<told>told|tells|memberi\s+tahu|memberitahu)|(?:mengatakan|berkata)"
                   r"(?P<kepada>\s+kepada)?)\s*$", re.IGNORECASE)
_KEPADA = re.compile(r"\s*kepada(?![\w-])", re.IGNORECASE)
_LEADER = re.compile(
    r"\s*(?:kepada\s+)?(?:(?:his|her|its|their|the|a)\s+)?(?:(?-i:[A-Z])[\w.'-]*\s+){0,2}?"  # "US", "Russian"
    r"(?:counterparts?|president|prime\s+minister|secretary\s+of\s+state|foreign\s+minister|chancellor"
    r"|secretary[- ]general|presiden|perdana\s+menteri|menteri\s+luar\s+negeri|kanselir|sekretaris\s+jenderal"
    r"|mitra(?:nya)?)(?![\w-])",
    re.IGNORECASE,
)


def _truce_sought(norm: str, span: tuple[int, int]) -> bool:
    """A truce word right after work towards it ("efforts to reach a ceasefire", "upaya mencapai gencatan
    senjata"): ``kinds`` refuses it as a ceasefire; the work is the negotiation, so the words tell of talks."""
    return any(kinds.sought(norm, match.start()) for match in CUES["ceasefire"].finditer(norm, *span))


def _told_a_leader(norm: str, start: int) -> bool:
    """The speaker's words follow "told" and an addressee who is a state's leader or envoy ("told US Secretary of
    State Blinken", "mengatakan kepada Presiden Erdogan"): a contact between parties, talks (not "told reporters")."""
    told = _TOLD.search(norm, max(0, start - 30), start)
    if told is None or not (told.group("told") or told.group("kepada") or _KEPADA.match(norm, start)):
        return False
    return bool(_LEADER.match(norm, start))


def _cued(s: SentenceInput, kind: str, span: tuple[int, int], modal: bool, own: set[str]) -> bool:
    if kind == "ceasefire" and (kinds.ceasefire_acts(s, span) or (modal and kinds.truce_again(s, span))):
        return True
    if kind == "accusation" and not modal:
        return False  # the reporter's own words accuse only through wrongdoing they pin on a party
    for match in () if absent(_CUE_NEEDS[kind], s.norm, *span) else CUES[kind].finditer(s.norm, *span):
        if not kinds.real_cue(s, kind, match, modal, span[0]):
            continue
        if re.sub(r"\s+", " ", match.group(0).casefold()) not in _MODAL:
            return True
        if _PERFECT.match(s.norm, match.end()) and not _party_before(s, match.start()):
            continue  # "conducting the strikes should also have mitigated ...": a judgement of the past, no call
        if modal and not _own_subject(s, span[0], match.start(), own) and not _first_person(s.norm, match):
            return True
    return False


def _party_before(s: SentenceInput, pos: int) -> bool:
    """A party just before a modal ("the Security Council should have acted ..."): a reproach, a call."""
    return any(m.actor is not None and 0 <= pos - m.end <= 12 for m in s.mentions)


_WE_BEFORE = re.compile(r"(?<![\w-])(?:we|i|kami|kita|saya|aku)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_WE_AFTER = re.compile(r"\s+(?:kami|kita|saya|aku)(?![\w-])", re.IGNORECASE)


def _first_person(norm: str, match: re.Match[str]) -> bool:
    """ "We must defend our land", "yang perlu kami lakukan": a modal the speaker lays on itself is its own plan or
    resolve, no call on the parties."""
    return bool(_WE_BEFORE.search(norm, max(0, match.start() - 16), match.start())
                or _WE_AFTER.match(norm, match.end()))


def _own_subject(s: SentenceInput, floor: int, pos: int, own: set[str]) -> bool:
    """ "Turkey should have a seat": a modal whose subject is the speaker's own side is no call."""
    return any(
        m.actor is not None and m.actor.iri in own and m.start >= floor and 0 <= pos - m.end <= 12
        for m in s.mentions
    )
