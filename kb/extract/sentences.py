"""Sentence splitting: the spans of one paragraph, over the original text and its normalised copy.

Apart from ``text`` (normalisation and line kinds) because it answers another question, where one sentence
ends inside a body line, with its own hazards: quotations that hold full stops, abbreviations and initials,
paragraphs a page glued together, and runs of marks that must cost linear time.  ``text`` re-exports
``split_sentences`` and ``MAX_SENTENCE``, so callers keep reading them there.
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from kb.extract import lexicon

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_OPENING_QUOTES = "\u201c\u201e\u00ab"
_CLOSING_QUOTES = "\u201d\u00bb"


def _quote_balanced(text: str, start: int, end: int) -> bool:
    segment = text[start:end]
    opens = sum(segment.count(q) for q in _OPENING_QUOTES)
    closes = sum(segment.count(q) for q in _CLOSING_QUOTES)
    return opens == closes and segment.count('"') % 2 == 0


def _ends_abbreviation(norm: str, start: int, dot: int) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation or an initial, not a sentence."""
    i, floor = dot, max(start, dot - _ABBREVIATION_SPAN)
    while i > floor and not norm[i - 1].isspace() and norm[i - 1] not in "(\"'":
        i -= 1
    if i == floor and floor > start and not norm[i - 1].isspace() and norm[i - 1] not in "(\"'":
        return False  # a "word" this long is no abbreviation
    word = norm[i:dot].casefold()
    if len(word) == 1 and word.isalpha():
        return True
    return word in lexicon.ABBREVIATIONS or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


MAX_SENTENCE = 1000
"""Longest sentence the rules look at, in characters (the corpora's longest is 354).  Longer spans
are cut at a space: the rules' work grows faster than a sentence's length, so without a cap one
paragraph with no full stop ("Minister said that ..." times 10,000) took minutes."""
_ABBREVIATION_SPAN = 64  # an abbreviation or an initial is never longer: no walk back past it


@lru_cache(maxsize=64)
def split_sentences(text: str, norm: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Sentence spans of one paragraph; a quotation with its attribution stays one sentence.  Kept for the last
    paragraphs read: the survey of the article and its walk split each paragraph alike (7% of extraction's time was
    the second split); the key holds the article's own strings, not copies.

    Linear in the paragraph: a sentence is at most ``MAX_SENTENCE`` long, and a run of closing
    marks (".!?\"')") is measured once, not once per mark (a run of 100k dots was quadratic).
    """
    track_quotes = _quote_balanced(text, start, end)
    spans: list[tuple[int, int]] = []
    depth, straight, begin = 0, False, start
    after: tuple[int, int, str] = (-1, -1, "")  # (run start, run end, what follows it): see _after_run
    for i in _marks(text, norm, start, end, track_quotes):
        if i < begin:
            continue  # inside the run of closing marks a sentence just ended on
        ch = text[i]
        if track_quotes:
            if ch in _OPENING_QUOTES:
                depth += 1
            elif ch in _CLOSING_QUOTES:
                depth = max(0, depth - 1)
            elif ch == '"':
                straight = not straight
        boundary = norm[i] in ".!?" and not (track_quotes and (depth or straight))
        if not boundary and track_quotes and norm[i] == '"' and not depth and not straight:
            boundary = i > start and norm[i - 1] in ".!?"
        if not boundary and not (track_quotes and (depth or straight)) and _glued_title(norm, start, i):
            spans.append((begin, i))
            begin = i
        if boundary and not after[0] <= i < after[1]:
            after = _after_run(norm, i, end)
        if boundary and _breaks_after(norm, start, i, after):
            stop = after[1]
            spans.append((begin, stop))
            begin = stop
    spans.append((begin, end))
    capped = [piece for a, b in spans for piece in _cap(norm, a, b)]
    return tuple(s for s in (_trim(norm, a, b) for a, b in capped) if s is not None)


# Where the walk of ``split_sentences`` can act: a mark that may end a sentence, a quotation mark, or a capital
# (``_glued_title``); any non-ASCII character is let through for the exact test (a capital or quote outside ASCII).
_NORM_MARKS = re.compile(r'[.!?"A-Z]|[^\x00-\x7f]')
_TEXT_QUOTES = re.compile(f'["{_OPENING_QUOTES}{_CLOSING_QUOTES}]')


def _marks(text: str, norm: str, start: int, end: int, track_quotes: bool) -> Iterator[int]:
    """The positions of ``start:end`` where ``split_sentences`` may act, in order: its walk does nothing at any
    other character, and stepping over them in C rather than one by one in Python was most of its time."""
    found = (m.start() for m in _NORM_MARKS.finditer(norm, start, end))
    if not track_quotes:
        return found
    quotes = (m.start() for m in _TEXT_QUOTES.finditer(text, start, end))
    return (i for i, _ in itertools.groupby(heapq.merge(found, quotes)))


def _after_run(norm: str, i: int, end: int) -> tuple[int, int, str]:
    """The run of closing marks from ``i`` (its start, its end) and what follows it: "end" (the
    paragraph's), "glued" (no space), or the first character after the spaces.  Every mark of one
    run shares the answer, so it is computed once per run."""
    j = i + 1
    while j < end and norm[j] in ".!?\"')":
        j += 1
    stop = j
    if j >= end:
        return i, stop, "end"
    if not norm[j].isspace():
        return i, stop, "glued"
    while j < end and norm[j].isspace():
        j += 1
    return i, stop, "end" if j >= end else norm[j]


def _breaks_after(norm: str, start: int, i: int, after: tuple[int, int, str]) -> bool:
    nxt = after[2]
    if nxt == "end":
        return True
    if nxt == "glued":
        return _glued_sentence(norm, i, after[1])
    if not (nxt.isupper() or nxt.isdigit() or nxt in "\"'(["):
        return False
    return not (norm[i] == "." and _ends_abbreviation(norm, start, i))


_GLUED_WORD = re.compile(r"[A-Z][a-z]+(?![\w.])")


def _glued_sentence(norm: str, i: int, stop: int) -> bool:
    """A full stop with no space after it ("... 240 people were wounded.Meanwhile, the army ..."):
    pasted paragraphs, split when a lower-case word ends before it and a capitalised word starts after.

    Why: a page that loses its paragraph breaks glues them this way, and the whole page read as one
    sentence credited every claim to the first speaker.  Domains and abbreviations ("kompas.com",
    "U.S.Army") do not qualify: a lower-case word of three letters must end at the stop."""
    return (
        norm[i] == "."
        and stop == i + 1
        and i >= 3
        and norm[i - 3 : i].isalpha()
        and norm[i - 3 : i].islower()
        and _GLUED_WORD.match(norm, stop) is not None
    )


def _glued_title(norm: str, start: int, i: int) -> bool:
    """A capitalised word glued onto a lower-case one with no space or stop ("... Mengguncang NegaraKementerian juga
    melaporkan", "... PerdamaianMenurut pernyataan ..."): a read-more title or a cut word pasted before a sentence.

    Why: a page that loses a link's line break glues its title onto the next sentence's first word, and the
    sentence's speaker became "NegaraKementerian".  Three lower-case letters before the capital and two after it:
    "McDonald", "DeSantis", "YouTube", "LinkedIn" do not qualify (an outlet named so, "WahanaNews", does)."""
    return (
        norm[i].isupper()
        and i - 3 >= start
        and norm[i - 3 : i].isalpha()
        and norm[i - 3 : i].islower()
        and norm[i + 1 : i + 3].isalpha()
        and norm[i + 1 : i + 3].islower()
    )


def _cap(norm: str, a: int, b: int) -> list[tuple[int, int]]:
    """``norm[a:b]`` in pieces of at most ``MAX_SENTENCE``, each cut after the last space that
    fits (or hard, inside one huge token)."""
    pieces = []
    while b - a > MAX_SENTENCE:
        limit = a + MAX_SENTENCE
        cut = max(norm.rfind(" ", a + 1, limit), norm.rfind("\n", a + 1, limit))
        cut = cut + 1 if cut > a else limit
        pieces.append((a, cut))
        a = cut
    pieces.append((a, b))
    return pieces


def _trim(norm: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and norm[a].isspace():
        a += 1
    while b > a and norm[b - 1].isspace():
        b -= 1
    return (a, b) if _WORD.search(norm, a, b) else None
