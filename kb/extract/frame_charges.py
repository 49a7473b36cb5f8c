"""Whom a frame's charge names, and the drafts it makes itself: a crime named without its doer pinned on the
article's attacker, a denied claim's accusation by its claimant, a strike told as an answer to another party's.

Split from ``claims`` (which types each frame's words): these settle who is blamed once the type is known, and
never accuse the speaker's own side (side labels are compared, so an army is its state's side).
"""

from __future__ import annotations

import re

from kb.extract.blame import answered_strike
from kb.extract.cue_types import cue_types
from kb.extract.denied_claims import denier_of
from kb.extract.draft_parties import PARTY_KINDS, make_draft
from kb.extract.drafts import Draft, SentenceInput
from kb.extract.frames import Frame
from kb.extract.speakers import Speaker, side_label, sides, speaker_side


def own_actors(speaker: Speaker, s: SentenceInput) -> list:
    """The speaker's side as actors: whoever it stands for never accuses itself."""
    return [a for a in (s.gazetteer.by_iri(i) for i in sides(speaker, s.gazetteer)) if a is not None]


# a party after these is the crime's victim or place, not its doer ("killings of Palestinians", "terhadap warga
# Gaza", "prevalent throughout Sudan")
_VICTIM_BEFORE = re.compile(
    r"(?<![\w-])(?:of|against|on|terhadap|atas|kepada|among|di\s+antara|in|at|across|throughout|near|from|di|dari)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def names_other_doer(s: SentenceInput, pieces: list[tuple[int, int]], accused: str, speaker: Speaker) -> bool:
    """Whether the speaker's words name another party as a crime's doer: "Ukrainian troops had carried out
    executions of Russian prisoners" is no crime "named without its doer" to pin on the article's attacker.
    The speaker's own side is no doer it names ("a vile crime meant to terrify Ukrainians", said by Kyiv)."""
    own = {side_label(a, s.gazetteer) for a in own_actors(speaker, s)}
    return any(m.actor is not None and m.actor.kind in PARTY_KINDS and any(a <= m.start < b for a, b in pieces)
               and not _VICTIM_BEFORE.search(s.norm, max(0, m.start - 16), m.start)
               and side_label(m.actor, s.gazetteer) not in own | {side_label_of(accused, s)} for m in s.mentions)


def side_label_of(label: str, s: SentenceInput) -> str:
    actor = s.gazetteer.lookup(label)
    return side_label(actor, s.gazetteer) if actor is not None else label


def own_side(accused: str, speaker: Speaker, s: SentenceInput) -> bool:
    """Whether ``accused`` is the speaker's own side, its army or its state alike (never accuse oneself):
    side labels are compared, so "Russian Armed Forces" is the Kremlin's side."""
    own = {side_label(a, s.gazetteer) for a in own_actors(speaker, s)}
    actor = s.gazetteer.lookup(accused)
    return accused in own or (actor is not None and side_label(actor, s.gazetteer) in own)


def crime_draft(s: SentenceInput, speaker: Speaker, frame: Frame, via: list[str], accused: str,
                 crime: str) -> Draft:
    """An accusation of the article's attacker for a crime its sentence names without its doer."""
    draft = make_draft(s, "accusation", speaker, frame.rule, frame.scope, via)
    draft.subject, draft.allegation = accused, crime
    return draft


def claimant_draft(s: SentenceInput, frame: Frame, speaker: Speaker, via: list[str]) -> Draft:
    """The accusation a denied claim makes, by its claimant; with no party in its words ("as alleged by X"),
    the denier is whom it blames."""
    draft = make_draft(s, "accusation", speaker, frame.rule, frame.scope, via)
    denier = denier_of(frame, s.frames)
    if draft.subject is None and denier is not None:
        draft.subject = speaker_side(denier.speaker, s.gazetteer) or denier.speaker.label
    return draft


def attacker(s: SentenceInput) -> str | None:
    """The side an attack named without its attacker is pinned on: the one the article has named attacking,
    else its one armed side ("condemned the airstrike" in a report of a junta's raid)."""
    armed_sides = {side for side, _ in s.around.armed}
    return s.around.attacker() or (s.around.armed[0][1] if len(armed_sides) == 1 else None)


def answered(s: SentenceInput, frame: Frame, speaker: Speaker, types: list[str]) -> list[str]:
    """A strike told as the answer to another party's ("fired rockets in response to X's aggression") is both
    the speaker's operation and an accusation of the party it answers (``blame.answered_strike``)."""
    cause = answered_strike(s.norm, frame.scope)
    if cause is None or types not in (["accusation"], ["statement"]):
        return types
    told = _WHAT_IT_DID.search(s.norm, cause, frame.scope[1])  # the answered attack, not the harm it did
    if types == ["statement"] and not cue_types(s, [(cause, told.start() if told else frame.scope[1])], speaker,
                                                ("accusation",)):
        return types
    return ["accusation", "statement"]


# a relative clause telling what the answered attack did ("an Israeli strike that wounded three", "serangan Israel
# yang melukai tiga orang"): its harm would make the attack a toll's cause, not the blame the answer lays
_WHAT_IT_DID = re.compile(r"\s(?:that|which|yang)\s", re.IGNORECASE)


def struck(s: SentenceInput) -> str | None:
    """Who struck in an attack condemned with no party in its words ("condemned the attack as a war crime"):
    the one side the article named attacking, else the side its tolls and blame pin most on (``striker``)."""
    return s.around.attacker() or s.around.striker(s.gazetteer)


def verb_text(s: SentenceInput, frame: Frame) -> str:
    """The frame's verb as written (a typed verb's own text where it has one)."""
    return frame.verb_text or s.norm[frame.verb[0] : frame.verb[1]]
