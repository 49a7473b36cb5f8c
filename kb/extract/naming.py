"""A name given in passing is no report: "launched what it called a special operation" (issue 13, session 21).

"What X called ...", "what Moscow described as ...", "what it termed ...", "apa yang disebutnya ..." quote the
name a party gives a thing inside the reporter's own sentence; the verb of naming there opens no frame of its
own (the words after it are the reporter's, not the namer's: "the army shelled the district with what it called
precise fire while its tanks moved in ..." is narration, its "it" no speaker of the rest).  Linear: one bounded
look behind the verb.
"""

from __future__ import annotations

import re

_NAMING_VERBS = frozenset((
    "called", "calls", "termed", "terms", "described", "describes", "dubbed", "dubs", "labelled", "labeled",
    "branded", "menyebut", "menyebutnya", "sebut", "disebut", "disebutnya", "dinamakan", "menamakan",
))
# "what it called", "what the army described", "what Russian officials termed", "apa yang (oleh X) disebut"
_WHAT_BEFORE = re.compile(
    r"(?<![\w-])(?:what\s+(?:[\w'’.-]+\s+){1,4}|apa\s+yang\s+(?:[\w-]+\s+){0,3})$",
    re.IGNORECASE,
)


def names_in_passing(norm: str, verb: str, start: int) -> bool:
    """Whether the verb at ``start`` only gives a name ("what it called ..."): no frame."""
    return verb.casefold() in _NAMING_VERBS and _WHAT_BEFORE.search(norm, max(0, start - 48), start) is not None


__all__ = ["names_in_passing"]
