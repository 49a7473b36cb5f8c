"""A pronoun subject inside a report is the reporter of it: "The ministry said it had recorded 12 deaths", "A
hospital official told a reporter it had taken in 30 bodies", "Kementerian itu mengatakan pihaknya telah
mencatat 12 kematian".

Why: the inner verb ("recorded", "received", "mencatat") is a frame of its own, and its pronoun went back to the
last body the article named (another sentence's speaker), so the figure was credited to a party that never gave it.
In reported speech a subject pronoun of the reported clause names the one who reports it, unless the words say
otherwise; "they"/"mereka" only when the reporter is a group or plural people (a ministry is "it").  Only frames
nested in another's scope, or opening the words a verb just before reports, whose own speaker phrase opens
with the pronoun.  One pass over a sentence's frames.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kb.extract.scope_marks import CONTENT

if TYPE_CHECKING:
    from kb.extract.frames import Frame

_SINGULAR = frozenset(("it", "he", "she", "ia", "dia", "beliau", "pihaknya"))
_PLURAL = frozenset(("they", "mereka"))
_COLLECTIVE = ("Group", "Organization")


def _plural(frame: Frame) -> bool:
    speaker = frame.speaker
    if speaker.actor is not None:
        return speaker.actor.kind in _COLLECTIVE
    last = speaker.label.split()[-1].casefold() if speaker.label.split() else ""
    return last.endswith("s") or bool(speaker.members)


_LINK = re.compile(r"\s*(?:,\s*)?(?:(?:that|bahwa)\s+)?$", re.IGNORECASE)


def _right_after(norm: str, before: Frame, frame: Frame) -> bool:
    """Whether ``frame``'s speaker phrase opens the words ``before``'s verb reports ("said it had", "said that
    he", "mengatakan pihaknya"): nothing but "that" between, so the scope reader cut ``before`` short there."""
    return before.kind == "verb" and before.verb[1] <= frame.agent[0] and _LINK.match(
        norm[before.verb[1] : frame.agent[0]]) is not None


def reporter_goes_on(norm: str, frames: list[Frame]) -> None:
    """Give each nested frame whose speaker phrase is a subject pronoun its parent's speaker (in place)."""
    for k, frame in enumerate(frames):
        parent = frame.parent or (frames[k - 1] if k and _right_after(norm, frames[k - 1], frame) else None)
        if parent is None or parent.speaker.first_person or parent.verb[1] > frame.agent[0]:
            continue
        words = CONTENT.findall(norm[frame.agent[0] : frame.agent[1]].casefold())
        if not words or not (words[0] in _SINGULAR or (words[0] in _PLURAL and _plural(parent))):
            continue
        frame.speaker = parent.speaker
