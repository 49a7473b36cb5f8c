"""Words a pattern cannot match without: a scan skipped, exactly, on a sentence that holds none of them.

Why: extraction is mostly regular-expression scans of each sentence (about 130 per sentence), and Python's
engine tries every position of the sentence for a pattern that opens on a look-behind or a case-folded word,
as nearly all of ours do.  Most sentences hold none of a rule's words, and ``str.__contains__`` over a
lower-cased copy finds that far faster than the scan.

Exactness: ``needs`` reads the parsed pattern and returns lower-case ASCII strings of which every match
*consumes* one (look-arounds are ignored; only literals outside them count), or None when it cannot tell.
``absent`` answers True only for an ASCII text that holds none of them: there an ASCII letter matches a
case-folded ASCII literal only as its upper or lower case, so no match is possible.  A text with any other
character (where the engine folds "ſ" to "s" or "K" to "k") is always scanned.  ``tests/test_extract_needs.py``
checks both on every pattern it is used for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_CAP = 48  # strings one set may hold: more costs more ``in`` tests than the scan saves
_SHORTEST = 3  # a shorter needed string is in most sentences: no test worth making
_CACHED = 20_000  # longer texts are lowered per test, not kept (a hostile text may be megabytes)

_Items = list[tuple[Any, Any]]


class Needed(tuple[str, ...]):
    """Needed strings, with the set of their first three letters: a text holding none of those is told apart by
    one set operation, no loop."""

    heads: frozenset[str] | None


def needed(words: Iterable[str]) -> Needed:
    """``words`` as ``absent`` takes them (lower-case ASCII; one or two letters are tested as they are)."""
    out = Needed(words)
    out.heads = frozenset(w[:3] for w in out) if all(len(w) >= 3 for w in out) else None
    return out


def needs(pattern: re.Pattern[str]) -> Needed | None:
    """Lower-case ASCII strings one of which every match of ``pattern`` contains, or None if none are known."""
    found = _seq_needs(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    if not found or min(map(len, found)) < _SHORTEST:
        return None
    return needed(sorted(found, key=lambda s: (-len(s), s)))


def absent(needed: tuple[str, ...] | None, text: str, start: int = 0, end: int | None = None) -> bool:
    """True only when no match of the pattern ``needed`` was read from can lie in ``text[start:end]``.

    A search bounded to a window passes the window, and only the window is searched for the words: a test of the
    whole sentence before each of many windowed searches would make a long sentence quadratic."""
    if not needed or not text.isascii():  # a text beyond ASCII is scanned (``isascii`` reads a flag: no pass)
        return False
    if len(text) > _CACHED:
        window = text[start:end].lower()
        return not any(word in window for word in needed)
    low, grams = _folded(text)
    heads = getattr(needed, "heads", None)
    if heads is not None and heads.isdisjoint(grams):
        return True  # the common case: no needed word starts anywhere in the text
    window = low[start:end] if start or end is not None else low
    for word in needed:  # noqa: SIM110 (a loop, not a generator: this runs ~50 times a sentence)
        # a word whose first or last three letters the text lacks is not in it: one set look-up
        if (len(word) < 3 or (word[:3] in grams and word[-3:] in grams)) and word in window:
            return False
    return True


@lru_cache(maxsize=16)
def _folded(text: str) -> tuple[str, frozenset[str]]:
    """The text lower-cased and the set of its three-letter substrings, once per sentence however many patterns ask:
    ``word in text`` costs about half a microsecond, a set look-up a tenth of that."""
    low = text.lower()
    return low, frozenset([low[i : i + 3] for i in range(len(low) - 2)])


def _exact(op: Any, av: Any) -> set[str] | None:
    """Every string the item can consume, when they are few and ASCII; None otherwise."""
    if op is sre_c.LITERAL:
        char = chr(av)
        return {char.lower()} if char.isascii() else None
    if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
        return {""}  # consumes nothing
    if op is sre_c.SUBPATTERN:
        return _seq_exact(list(av[3]))
    if op is sre_c.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            one = _seq_exact(list(alternative))
            if one is None:
                return None
            out |= one
        return out if len(out) <= _CAP else None
    return None


def _seq_exact(items: _Items) -> set[str] | None:
    out = {""}
    for op, av in items:
        one = _exact(op, av)
        if one is None:
            return None
        out = {a + b for a in out for b in one}
        if len(out) > _CAP:
            return None
    return out


def _item_needs(op: Any, av: Any) -> set[str] | None:
    """Strings one of which the item's every match contains, or None."""
    if op is sre_c.SUBPATTERN:
        return _seq_needs(list(av[3]))
    if op is sre_c.ATOMIC_GROUP:
        return _seq_needs(list(av))
    if op is sre_c.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            one = _seq_needs(list(alternative))
            if one is None:
                return None
            out |= one
        return out if len(out) <= _CAP else None
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _seq_needs(list(av[2]))
    return None


def _seq_needs(items: _Items) -> set[str] | None:
    """The best of the needed sets a sequence gives: each run of exact items (their strings joined) and each
    other item that must match."""
    candidates: list[set[str]] = []
    run = {""}
    for op, av in items:
        one = _exact(op, av)
        if one is not None:
            joined = {a + b for a in run for b in one}
            if len(joined) <= _CAP:
                run = joined
                continue
            candidates.append(run)
            run = one
            continue
        candidates.append(run)
        run = {""}
        inner = _item_needs(op, av)
        if inner is not None:
            candidates.append(inner)
    candidates.append(run)
    usable = [c for c in candidates if c and "" not in c]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))
