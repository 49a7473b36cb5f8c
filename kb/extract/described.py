"""A speaker named again by the last words of its name, in lower case: "The Abu Shouk Emergency Room accused
... . The emergency room reported ...", "the Sixth Infantry Division ... . The division said".

Why: a body named in full once is referred back to by its head noun with "the"; when that head is no
institution word the anaphor table knows ("ministry", "army", "the group"), the phrase resolved to nobody and
the outlet took the claim.  A definite description of one to three lower-case words is the latest speaker so
far whose longer name ends with those words (capital letters aside), never a speaker named only so.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kb.extract.speakers import Speaker

_DEFINITE = re.compile(r"(?:the|The)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
_WORD = re.compile(r"[\w'’-]+")


def described_before(text: str, spoken: list[Speaker]) -> Speaker | None:
    """The speaker so far (``spoken``, latest last) that "the <lower-case words>" (``text``) names by the end of
    its name, else None."""
    found = _DEFINITE.fullmatch(text.strip(" ,"))
    if found is None:
        return None
    tail = found.group(1).casefold().split()
    for speaker in reversed(spoken):
        words = [w.casefold() for w in _WORD.findall(speaker.label)]
        if len(words) > len(tail) and words[-len(tail) :] == tail and not speaker.members:
            return speaker
    return None


_BEFORE = re.compile(r"(?<![\w-])(?:the|The)\s+(?:[a-z][\w-]*\s+){0,2}$")


def described_start(norm: str, lower: int, start: int, end: int, spoken: list[Speaker]) -> int | None:
    """Where a definite description ending at ``end`` starts when the walk stopped inside it ("the emergency
    | room"), if it names a speaker so far; else None.  Looks back 40 characters at most."""
    found = _BEFORE.search(norm, max(lower, start - 40), start)
    if found is None or described_before(norm[found.start() : end], spoken) is None:
        return None
    return found.start()
