"""Whether a frame with no typed cue is a position at all: the gates a plain statement passes to be a claim.

Split from ``kinds`` (which types cue words) along its seam. A plain statement is kept only when it is a position a
fact-checker would follow (the seeds README: "generic statements are out of scope"): words of deaths and wounds make
it a casualty report, typed as such or missed, never a statement; territory, targets struck, non-disclosure, praise
and rescue work are out of scope, and so is what analysts and observers remark; so are background sentences and
what a speaker did *not* say. Weapons shot down and ground taken, told as what happened, are equipment and territory
claims, which the annotation leaves out (an intention about them is a position); what witnesses, residents and
reporters narrate is no position of a party (their accusations still count); and a statement must name an act of
war or the war itself (``war_action``).
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.attacks import find_attacks
from kb.extract.blame import international_body
from kb.extract.drafts import SentenceInput
from kb.extract.equipment import tells_equipment_loss
from kb.extract.frames import Frame
from kb.extract.kinds import NEGATED_VERB, inert_verb
from kb.extract.narrated import intends, narrates_attack, out_of_scope, perceived
from kb.extract.parties import compile_words, is_place
from kb.extract.reports import reports_events
from kb.extract.speakers import Speaker
from kb.extract.stance_gates import adds_on, displaced, records_harm, war_course
from kb.extract.type_guards import points_back
from kb.extract.vows import is_vow
from kb.extract.war_action import tells_act_of_war

_COMMENTATORS = frozenset(lexicon.COMMENTATORS)
_OBSERVER = compile_words(lexicon.OBSERVERS)
_MATERIEL = compile_words(lexicon.MATERIEL_AND_GROUND)
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_WAR = re.compile(rf"(?<![\w-])(?:{alternation(lexicon.WAR_WORDS)})(?:nya)?(?![\w-])", re.I)  # "pasukannya"
_DIGIT = re.compile(r"\d")
MIN_WORDS = 2
"""Words a statement's scope needs: "CGTN's Guy Henderson reports." states nothing."""


def is_position(s: SentenceInput, frame: Frame, spans: list[tuple[int, int]]) -> bool:
    """Whether a frame with no typed cue states a position worth a statement claim.

    Out-of-scope words are looked for in the whole sentence, not only in the frame's scope: a toll or
    a captured village around a reporting verb is what the sentence is about, whichever side of the
    verb it stands.
    """
    if s.background or NEGATED_VERB.search(s.norm, max(0, frame.verb[0] - 16), frame.verb[0]):
        return False
    if inert_verb(s, frame) or _out_of_scope(s, frame, spans) or frame.speaker.label.casefold() in _COMMENTATORS:
        return False
    if adds_on(s, frame) or war_course(s.norm) or displaced(s.norm, spans):
        return False  # "..., the army added", "has been fighting there since May": no position (``stance_gates``)
    if _materiel_event(s.norm) and not intends(s.norm, spans):
        return False  # "said six drones were shot down", "claimed the capture of 90 positions": no position
    if frame.speaker.label in s.around.observers:
        return False  # "residents said the strikes hit ...", "kata Morgan" after "Jurnalis Al Jazeera Hiba Morgan"
    if (international_body(frame.speaker, s.gazetteer) or records_harm(frame.speaker)) and any(
        find_attacks(s.norm, span, s.mentions, s.gazetteer, set()) for span in spans
    ):
        return False  # "the military carried out 300 air strikes last year, the UN said": a record of the war
    if sum(len(_WORD.findall(s.norm[a:b])) for a, b in spans) < MIN_WORDS or points_back(s.norm, spans):
        return False  # "CGTN's X reports.", "Reuters mengungkap hal tersebut sambil mengutip ...": nothing of its own
    if _unaligned(s, frame) and not _names_party(s, spans) and not any(_figure_digit(s.norm, a, b) for a, b in spans):
        return False  # "regional media", "aid groups", "lembaga bantuan": words of no party and no figure narrate
    if frame.kind == "according" and not intends(s.norm, spans):
        return False  # "heavy clashes erupted ..., according to X": information credited, no position taken
    if reports_events(s, frame, spans):
        return False  # "local media reported explosions near the port": the same, with the source as subject
    if narrates_attack(s, frame, spans) or perceived(s, spans):
        return False  # "the strike took place at 1am, he said": how an attack went, told by one who did not strike
    if not tells_act_of_war(s.norm):
        return False  # "the ministry said it would look into the reports": commentary, no act of war (``war_action``)
    return any(  # something checkable: a party named, a figure, or a word of the war itself
        any(a <= m.start < b for m in s.mentions) or _figure_digit(s.norm, a, b) or _WAR.search(s.norm, a, b)
        for a, b in spans
    )


def _out_of_scope(s: SentenceInput, frame: Frame, spans: list[tuple[int, int]]) -> bool:
    """Out-of-scope words (a toll, ground taken) in the sentence; for a vow or threat only in its own words: what the
    speaker threatens is its position whatever toll the reporter's clause around it gives ("two died after the group
    threatened to strike ships", "said X shelled the town, killing two, and threatened to retaliate")."""
    if not is_vow(s, frame):
        return out_of_scope(s.norm)
    return any(out_of_scope(s.norm[a:b]) for a, b in spans)


def _unaligned(s: SentenceInput, frame: Frame) -> bool:
    """The speaker is media, groups or agencies nobody names ("regional media", "aid groups", "sebuah lembaga
    bantuan"): no actor the gazetteer knows, no office held, no party in its phrase."""
    speaker = frame.speaker
    if speaker.actor is not None or speaker.role or speaker.first_person or any(m.actor for m in speaker.members):
        return False
    start, end = frame.agent
    if any(m.actor is not None and start <= m.start < end for m in s.mentions):
        return False  # "Sudanese medical groups": a party's people
    return bool(_GENERIC_SPEAKER.search(speaker.label))


_GENERIC_SPEAKER = re.compile(
    r"(?<![\w-])(?:media|groups?|organi[sz]ations?|agencies|lembaga|kelompok|organisasi|ngos?|lsm|reports?|laporan"
    r"|monitors?|pemantau)(?![\w-])",
    re.I,
)


def private_person(s: SentenceInput, frame: Frame, speaker: Speaker) -> bool:
    """A speaker who is no party: no actor the gazetteer knows, no office held or named ("a relative said",
    "Marwan Sultan said", "the source added"; not "Russian sources", "army spokesman X", "the general"), and no
    unnamed group (whose statements ``is_position`` keeps when they give a figure)."""
    if speaker.actor is not None or speaker.role or any(m.actor for m in speaker.members):
        return False
    if speaker.label in s.around.officials:  # "Hamas spokesman Abu Obeida ...", then "Abu Obeida said"
        return False
    start, end = frame.agent
    if any(m.actor is not None and start <= m.start < end for m in s.mentions):
        return False
    return not (_ROLE.search(s.norm, start, end) or _GENERIC_SPEAKER.search(speaker.label))


_ROLE = compile_words(lexicon.ROLE_HEADS)


def _names_party(s: SentenceInput, spans: list[tuple[int, int]]) -> bool:
    """A party the gazetteer knows is named in the speaker's words, not as the place of something."""
    return any(m.actor is not None and a <= m.start < b and not is_place(s.norm, m)
               for m in s.mentions for a, b in spans)


def _figure_digit(norm: str, start: int, end: int) -> bool:
    """A digit that is a figure, not part of a date or a time ("Selasa (19/9/2023) malam", "at 13:00")."""
    for digit in _DIGIT.finditer(norm, start, end):
        around = _DATE_LIKE.finditer(norm, max(0, digit.start() - 12), digit.end() + 12)
        if not any(m.start() <= digit.start() < m.end() for m in around):
            return True
    return False


_DATE_LIKE = re.compile(
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}[:.]\d{2}(?!\d)|(?<!\d)(?:19|20)\d\d(?!\d)"
    rf"|\d{{1,2}}\s+(?:{'|'.join(lexicon.MONTHS)})(?![\w-])",
    re.IGNORECASE,
)


def _materiel_event(norm: str) -> bool:
    """Whether the sentence tells of weapons downed or ground taken as an event ("six drones were shot down",
    "captured the village"), not of a thing so described ("the captured soldiers were saboteurs", "the downed
    jet proved ..."): after a determiner the participle only names what the position is about."""
    if tells_equipment_loss(norm):
        return True  # "said 30 tanks were destroyed": equipment lost (``equipment``)
    return any(m.group(0).casefold() in _EVENT_NOUNS
               or _ATTRIBUTIVE.search(norm, max(0, m.start() - 8), m.start()) is None
               for m in _MATERIEL.finditer(norm))


_EVENT_NOUNS = frozenset(("capture of", "control over", "control of", "interception"))  # nouns of the event itself
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|these|those|this|that|yang)\s+$", re.IGNORECASE)


def note_observers(s: SentenceInput) -> None:
    """Remember the speakers whose phrase names them witnesses, residents or reporters ("One Tamboul resident
    said", "Jurnalis Al Jazeera Hiba Morgan melaporkan"), so that they stay observers when named again."""
    for frame in s.frames:
        if frame.speaker.first_person or frame.speaker.actor is not None:
            continue  # a known actor is a party to the war, whatever words stand around its name
        start, end = frame.agent
        head = _CLAUSE_IN_AGENT.search(s.norm, start, end)  # "X, which evacuated residents of Y," is still X
        if _OBSERVER.search(s.norm, start, head.start() if head else end):
            s.around.observers.add(frame.speaker.label)


_CLAUSE_IN_AGENT = re.compile(r",|\(|\b(?:which|who|whose|that|yang)\b", re.IGNORECASE)
