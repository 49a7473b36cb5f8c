"""Figures in text: digits with either language's separators, number words and hedges.

A casualty figure is a range, not a number: "lebih dari 550" is at least 551, "ratusan" is
100..999, "sekitar 400" is 400 but approximate.  ``find_quantities`` returns each figure with its
offsets and the exact words that carry it, so the claim can keep ``quantity_text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.extract.lexicon import EN_SCALES, EN_UNITS, HEDGES, ID_SCALES, ID_UNITS, MONTHS, VAGUE


@dataclass(frozen=True)
class Quantity:
    """Bounds of one figure (None = open) and where its words sit in the text."""

    start: int
    end: int
    text: str
    minimum: int | None
    maximum: int | None
    approximate: bool = False


def _alternation(words: object) -> str:
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


_SE_WORDS = [f"se{scale}" for scale in ID_SCALES] + ["sebelas"]
_ID_WORD = _alternation([*(w for w in ID_UNITS), *ID_SCALES, *_SE_WORDS])
_EN_WORD = _alternation([w for w in EN_UNITS if w != "a"] + list(EN_SCALES))
_AFTER_SCALE = "|".join(f"(?<={re.escape(w)})" for w in EN_SCALES)  # "and" only in "one hundred and five"
_WORDS = (
    rf"(?:{_ID_WORD})(?:\s+(?:{_ID_WORD}))*"
    rf"|(?:a\s+(?:{_alternation(EN_SCALES)})|(?:{_EN_WORD}))"
    rf"(?:(?:(?:{_AFTER_SCALE})\s+and\s+|\s+|-)(?:{_EN_WORD}))*"
)
_DIGITS = r"\d{1,3}(?:\.\d{3})+(?![,.]?\d)|\d{1,3}(?:,\d{3})+(?![,.]?\d)|\d+(?:[.,]\d+)?"
_SCALE = _alternation([*ID_SCALES, *EN_SCALES])
_NUMBER = rf"(?P<digits>{_DIGITS})(?:\s+(?P<scale>{_SCALE})\b)?|(?P<words>{_WORDS})"
_PATTERN = re.compile(
    rf"(?<![\w.,])(?:(?P<hedge>{_alternation(HEDGES)})\s+)?"
    rf"(?:(?P<vague>{_alternation(VAGUE)})|{_NUMBER})(?!\w|[.,]\d)",
    re.IGNORECASE,
)


def parse_digits(digits: str, scale: str | None = None) -> int | None:
    """'2.300' and '2,300' are 2300; '2,5 juta' is 2500000; a bare decimal is not a count."""
    multiplier = _scale_value(scale) if scale else 1
    if re.fullmatch(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*", digits):
        return int(re.sub(r"[.,]", "", digits)) * multiplier
    if re.fullmatch(r"\d+", digits):
        return int(digits) * multiplier
    whole, _, frac = digits.replace(",", ".").partition(".")
    if not scale:
        return None
    return int(whole) * multiplier + int(frac) * multiplier // 10 ** len(frac)


def _scale_value(word: str) -> int:
    word = word.casefold()
    return ID_SCALES.get(word) or EN_SCALES.get(word, 1)


def parse_words(text: str) -> int | None:
    """The value of a run of Indonesian or English number words ("dua ratus", "fifty-five")."""
    tokens = [t for t in re.split(r"[\s-]+", text.casefold()) if t and t != "and"]
    if not tokens:
        return None
    if all(t in EN_UNITS or t in EN_SCALES for t in tokens):
        return _english(tokens)
    expanded: list[str] = []
    for token in tokens:
        if token.startswith("se") and token[2:] in ID_SCALES:
            expanded += ["satu", token[2:]]
        else:
            expanded.append(token)
    if not all(t in ID_UNITS or t in ID_SCALES for t in expanded):
        return None
    return _indonesian(expanded)


def _indonesian(tokens: list[str]) -> int:
    total = group = part = 0
    for token in tokens:
        if token in ID_UNITS:
            part += ID_UNITS[token]
        elif token == "belas":
            group, part = group + part + 10, 0
        elif token in ("puluh", "ratus"):
            group, part = group + max(part, 1) * ID_SCALES[token], 0
        else:  # ribu, juta
            total, group, part = total + max(group + part, 1) * ID_SCALES[token], 0, 0
    return total + group + part


def _english(tokens: list[str]) -> int:
    total = current = 0
    for token in tokens:
        if token in EN_UNITS:
            current += EN_UNITS[token]
        elif token == "hundred":
            current = max(current, 1) * 100
        else:
            total, current = total + max(current, 1) * EN_SCALES[token], 0
    return total + current


def _bounds(value: int, hedge: str | None) -> tuple[int | None, int | None, bool]:
    kind = HEDGES.get(re.sub(r"\s+", " ", hedge.casefold())) if hedge else None
    if kind == "more":
        return value + 1, None, False
    if kind == "least":
        return value, None, False
    if kind == "about":
        return value, value, True
    if kind in ("nearly", "less"):
        return None, value - 1, False
    if kind == "upto":
        return None, value, False
    return value, value, False


_RANGE_BEFORE = re.compile(r"\b(?:between|from|antara|dari)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:[-–]|to|up\s+to|and|dan|hingga|sampai(?:\s+dengan)?)\s*", re.IGNORECASE)
_RANGE_AND = re.compile(r"\s*(?:and|dan)\s*", re.IGNORECASE)  # a range only after "between": "5 and 3" is two
_RANGE_LEAD = re.compile(r"(?:hingga|sampai(?:\s+dengan)?|up\s+to)\s+", re.IGNORECASE)  # parsed as a hedge


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text`` with its bounds, in order; a range ("between 15 and 20", "antara 15 dan 20",
    "15 hingga 20", "from 1,000 to 1,200", "15-20") is one figure from its low end to its high end."""
    return _ranges(text, _figures(text))


def _ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """Join two exact figures into one range when the words between them make one ("to", "hingga", a dash;
    "and"/"dan" only after "between"/"antara"), and the first is the lower."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        low, high = found[i], found[i + 1] if i + 1 < len(found) else None
        joined = _joined(text, low, high) if high is not None else None
        if joined is None:
            out.append(low)
            i += 1
        else:
            out.append(joined)
            i += 2
    return out


def _joined(text: str, low: Quantity, high: Quantity) -> Quantity | None:
    """``low`` and ``high`` as one range, or None when they are two figures."""
    lead = _RANGE_LEAD.match(high.text)  # "15 hingga 20": "hingga 20" was read as "at most 20"
    connector = text[low.end:high.start] + (lead.group(0) if lead else "")
    if not _RANGE_JOIN.fullmatch(connector):
        return None
    opener = _RANGE_BEFORE.search(text, max(0, low.start - 16), low.start)
    if opener is None and _RANGE_AND.fullmatch(connector):
        return None
    if low.minimum is None or high.maximum is None or not (lead is not None or high.minimum == high.maximum):
        return None
    if low.minimum >= high.maximum or (_hedged(low) and not _DASH.fullmatch(connector)):
        return None
    if _MONTH_BEFORE.search(text, max(0, low.start - 12), low.start):
        return None  # "the toll since October 7 to 1,400": the day of a date, then the figure, no range
    start = opener.start() if opener is not None else low.start
    return Quantity(start, high.end, text[start:high.end], low.minimum, high.maximum,
                    low.approximate or high.approximate)


_MONTH_BEFORE = re.compile(rf"(?<![\w-])(?:{_alternation(MONTHS)})\s+$", re.IGNORECASE)
# A hedge before a dashed range hedges the range: "sedikitnya 50-100 orang" is 50..100, "some 30–40 villagers" 30..40
# approximate (never read as "at least 50" and a second figure of exactly 100).  Other hedged lows stay two figures:
# "more than 20 and 30 others" is no range.
_DASH = re.compile(r"\s*[-–]\s*")


def _hedged(low: Quantity) -> bool:
    return low.minimum != low.maximum or low.approximate


_ORDINAL_BEFORE = re.compile(r"(?:(?<![\w-])ke-\s*|(?<![\w-])ke\s+(?=\d)|(?<![\w-])(?:day|hari)\s+)$", re.IGNORECASE)


def _figures(text: str) -> list[Quantity]:
    """Every single figure in ``text`` (ranges not yet joined)."""
    found: list[Quantity] = []
    for match in _PATTERN.finditer(text):
        if match.group("vague"):
            lo, hi = VAGUE[re.sub(r"\s+", " ", match.group("vague").casefold())]
            found.append(Quantity(match.start(), match.end(), match.group(0), lo, hi))
            continue
        value: int | None
        if match.group("digits") and _ORDINAL_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "hari ke-26 perang", "on day 26 of the war": which day, never a count (session 34, fresh34)
        if match.group("digits"):
            value = parse_digits(match.group("digits"), match.group("scale"))
        else:
            value = parse_words(match.group("words"))
        if value is None:
            continue
        low, high, approximate = _bounds(value, match.group("hedge"))
        found.append(Quantity(match.start(), match.end(), match.group(0), low, high, approximate))
    return found


def parse_quantity(text: str) -> Quantity | None:
    """The figure ``text`` consists of, or None when it is not exactly one figure."""
    stripped = text.strip()
    found = find_quantities(stripped)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
        return found[0]
    return None
