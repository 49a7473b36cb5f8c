"""Where a quotation closing right before a speaker opens: the words that speaker is credited with.

"“The truce is a lie; the Council must act,” he said": a clause break (";") inside the quotation does
not end what the speaker said; the whole quotation is its scope (``kb.extract.frames``).  Two
bounded look-backs per frame, so the cost stays linear in the sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kb.extract.relays import is_medium

if TYPE_CHECKING:
    from kb.extract.frames import Frame

_CLOSED = re.compile(r"[\"\u201d]\s*,?\s*$")


def quotation_start(norm: str, end: int) -> int:
    """Where the quotation closing right before ``end`` opens (``end`` when none closes there)."""
    if not _CLOSED.search(norm, max(0, end - 4), end):
        return end
    closing = norm.rfind("\u201d", 0, end) if "\u201d" in norm[max(0, end - 4) : end] else norm.rfind('"', 0, end)
    opening = max(norm.rfind("\u201c", 0, closing), norm.rfind('"', 0, closing))
    return opening if opening >= 0 else end


_OPENS_GAP = 3
"""Characters between a verb and the quotation it opens (' "')."""


def quoted_speakers(norm: str, frames: list[Frame]) -> None:
    """Give a verb of speech written inside a quotation the speaker the quotation is credited to (in place):
    "“Guterres strongly condemns the strike,” said Dujarric, his spokesman" is Dujarric's claim, Guterres its topic.

    Why: the annotation conventions (``../shared/seeds/README.md``) credit the person quoted; the frame of the
    inner verb read its own subject as the speaker and the quoting person lost the claim.  Only a quotation that
    closes right before its speaker's frame ("“...,” kata X", "“...,” X said"), only verbs whose subject stands
    inside the quotation or that open it ("The mediators urged “the parties to ...,” Riyadh said": Riyadh tells what
    they urged), never a medium quoting (``relays`` credits those).  One look-back per frame."""
    for outer in frames:
        if outer.speaker.first_person or is_medium(outer.speaker):
            continue
        end = min(outer.verb[0], outer.agent[0])
        start = quotation_start(norm, end)
        if start >= end or not outer.scope[0] < end <= outer.scope[1] + 4:
            continue  # the quotation must be the words the outer frame is credited with
        for inner in frames:
            opens = start < inner.agent[0] or 0 <= start - inner.verb[1] <= _OPENS_GAP
            if inner is not outer and opens and inner.verb[1] <= end and not is_medium(inner.speaker):
                inner.speaker = outer.speaker
                inner.via = [*outer.via, *(v for v in inner.via if v not in outer.via)]
