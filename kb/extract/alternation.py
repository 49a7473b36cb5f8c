"""Word lists as regular-expression alternations that stay fast on long texts.

Why factored: ``re`` tries a case-insensitive alternation's branches one by one at every position
(its quick first-character test only works for case-sensitive literals), so the gazetteer's ~1,000
names cost ~1,000 failed branch entries per character of text.  Grouping the words by their first
letter, ``a(?:rmenia|zerbaijan)|b(?:aku)``, leaves one branch to enter per group and matches exactly
what the flat list matches: words of different groups can never match at the same place, and inside
a group the order (longest first) is kept, including when a lookahead after the list backtracks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _escape(word: str) -> str:
    """A word as a pattern: literal, with any run of whitespace where it has a space."""
    return re.escape(word).replace(r"\ ", r"\s+")


def alternation(words: Iterable[object], ignore_case: bool = True) -> str:
    """The words, longest first, as one alternation (no surrounding group) factored by first letter."""
    ordered = sorted({str(w) for w in words if str(w)}, key=len, reverse=True)
    return factored(ordered, ignore_case)


def factored(ordered: list[str], ignore_case: bool = True) -> str:
    """``ordered`` (already in match-preference order) grouped by first character, order kept."""
    groups: dict[str, list[str]] = {}
    for word in ordered:
        first = word[0]
        key = first.lower() if ignore_case and len(first.lower()) == 1 else first
        groups.setdefault(key, []).append(word)
    parts = []
    for members in groups.values():
        rests = "|".join(_escape(m)[len(re.escape(m[0])):] for m in members)
        parts.append(f"{re.escape(members[0][0])}(?:{rests})")
    return "|".join(parts)
