"""The claim a denial rejects still accuses, by whoever made it (issue 13, acc15).

"Armenia denied Azeri claims that Armenian forces fired missiles at Ganja", "the coalition denied that its strike
killed civilians, as alleged by Houthi officials", "Ukraina membantah ... seperti yang dituduhkan oleh Rusia": the
annotation gives such a sentence two claims, the denial (the denier's) and the accusation it answers (the
claimant's, naming whom it blames).  What a denial rejects is otherwise nobody's assertion (``claims._denied``),
so the claimant's frame inside the denied words is kept here, as an accusation only, when a known party makes it
and its words pin an attack or a wrong on someone.  One look per frame, bounded by the frame's words.
"""

from __future__ import annotations

import re

from kb.extract.cue_types import cue_types
from kb.extract.drafts import SentenceInput
from kb.extract.frames import Frame
from kb.extract.speakers import Speaker

# the claim nouns and verbs a claimant's frame is read through ("Azeri claims that", "klaim Rusia bahwa", "alleged")
_CLAIMED = re.compile(
    r"(?:claims?|claimed|claiming|allegations?|alleged|alleges|accusations?|assertions?|klaim|mengklaim|tuduhan"
    r"|tudingan|menuduh|menuding)",
    re.IGNORECASE,
)


def claimant_accuses(s: SentenceInput, frame: Frame, speaker: Speaker) -> bool:
    """Whether ``frame``, inside a denial's words, is the denied claim made by a known party that accuses."""
    if speaker.actor is None or speaker.first_person or speaker.members:
        return False
    if frame.hint == "accusation":  # "as alleged by Houthi officials", "seperti yang dituduhkan oleh Rusia"
        return True
    verb = frame.verb_text or s.norm[frame.verb[0] : frame.verb[1]]
    if frame.hint is not None or not (_CLAIMED.fullmatch(verb.strip()) or _labelled_a_charge(s, frame)
                                      or _denied_after(s, frame)):
        return False
    return "accusation" in cue_types(s, [frame.scope], speaker, ("accusation",))


def _denied_after(s: SentenceInput, frame: Frame) -> bool:
    """Whether the denial holding ``frame`` is told after it ("X said Y shelled the town, which Y denied", "X
    mengatakan ... diserang oleh Y, yang dibantah Y"): the frame is the claim itself, by its maker, not a claim
    the denier's own words report (session 21: its words accuse as any speaker's do)."""
    denial = denier_of(frame, s.frames)
    return denial is not None and frame.verb[1] <= denial.verb[0]


def partner_accuses(s: SentenceInput, frame: Frame, speaker: Speaker) -> bool:
    """Whether ``frame`` is the saying coordinated with a denial ("membantah ... dan mengatakan personel Armenia
    menembaki wilayah sipil", "denied the report and said Russian troops shelled the town") whose own words
    accuse: the denial does not say them, so they stand as the speaker's accusation (session 21)."""
    if frame.hint is not None or frame.partner is None or frame.partner.hint != "denial" or speaker.first_person:
        return False
    return "accusation" in cue_types(s, [frame.scope], speaker, ("accusation",))


# the denied words labelled a charge by the denial itself: "X said Y used cluster munitions, a charge denied by Y",
# "..., tuduhan yang dibantah oleh Baku"
_CHARGE = re.compile(
    r"(?<![\w-])(?:tuduhan|tudingan|klaim|accusations?|allegations?|claims?|charges?|a\s+charge)\s+"
    r"(?:(?:yang|that|which)\s+)?(?:(?:was|were|has\s+been|have\s+been|had\s+been|telah|sudah)\s+)?$",
    re.IGNORECASE,
)


def _labelled_a_charge(s: SentenceInput, frame: Frame) -> bool:
    """Whether the denial holding ``frame`` calls what it denies a charge ("..., tuduhan yang dibantah oleh X")."""
    denial = denier_of(frame, s.frames)
    return denial is not None and bool(_CHARGE.search(s.norm, max(0, denial.verb[0] - 40), denial.verb[0]))


def denier_of(frame: Frame, frames: list[Frame]) -> Frame | None:
    """The denial whose words hold ``frame``'s verb."""
    return next(
        (d for d in frames if d.hint == "denial" and d is not frame and d.scope[0] <= frame.verb[0] < d.scope[1]),
        None,
    )


def denied_within(s: SentenceInput, frame: Frame, pieces: list[tuple[int, int]], speaker: Speaker) -> bool:
    """Whether ``frame``'s only typed frames are denials told after its verb ("X said Y's troops shelled the
    district, which Y denied", "..., a charge Y denied") and its own words (``pieces``) accuse: the denial answers
    the claim, it does not say it, so the claimant's accusation stands beside it (session 21)."""
    if frame.hint is not None or speaker.first_person:
        return False
    typed = [f for f in s.frames if f.parent is frame and f.hint]
    if not typed or any(f.hint != "denial" or f.verb[0] < frame.verb[1] for f in typed):
        return False
    return "accusation" in cue_types(s, pieces, speaker, ("accusation",))


__all__ = ["claimant_accuses", "denied_within", "denier_of", "partner_accuses"]
