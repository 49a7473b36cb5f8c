"""A speech verb that opens no frame of its own, and a finite verb that shares the frame before it.

Why: a passive participle ("the RSF are accused of ...") has an accused subject, not a speaker; an Indonesian verb
of purpose after "untuk"/"agar" ("mendesak Mesir untuk menekan Israel agar ...") is what another verb asks for;
and a finite verb after a comma and the short object of the verb before ("Otoritas Gaza mengecam tindakan
Israel, meminta PBB turun tangan") is done by that verb's subject, never by its object.  Each test reads a
bounded window before the verb.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kb.extract.scope_marks import content_words

if TYPE_CHECKING:
    from kb.extract.frames import Frame

# A participle after an auxiliary of the passive: "are accused of", "has been blamed for"
_PASSIVE_AUX = re.compile(r"(?<![\w-])(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# An Indonesian verb of purpose after "untuk"/"agar"/"supaya"
_PURPOSE = re.compile(r"(?<![\w-])(?:untuk|agar|supaya)\s+$", re.IGNORECASE)
_COMMA_BEFORE = re.compile(r",\s*$")
_MOST_BETWEEN = 4  # content words of the object between the two verbs, at most


def no_frame(norm: str, verb: str, start: int) -> bool:
    """Whether the speech verb ``verb`` at ``start`` is a passive participle or a verb of purpose."""
    passive = (verb.endswith("ed") or verb in ("told", "said")) and \
        _PASSIVE_AUX.search(norm, max(0, start - 24), start) is not None
    return passive or _PURPOSE.search(norm, max(0, start - 10), start) is not None


def chained(norm: str, start: int, frames: list[Frame], clause: int, progressive: bool) -> Frame | None:
    """The frame before whose subject also performs the finite verb at ``start`` (``clause``: where the verb's
    clause opens; ``progressive``: the verb is a participle, ``going_on``'s)."""
    if not frames or progressive or not _COMMA_BEFORE.search(norm, max(0, start - 3), start):
        return None
    previous = frames[-1]
    if previous.kind != "verb" or previous.verb[1] > start or clause > previous.verb[0]:
        return None
    between = norm[previous.verb[1] : start].rstrip().rstrip(",")
    if "," in between:
        return None  # "AFP reports the port authority, Ukrporty, said": an apposed subject speaks
    return previous if 0 < content_words(norm, previous.verb[1], start) <= _MOST_BETWEEN else None


__all__ = ["chained", "no_frame"]
