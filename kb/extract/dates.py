"""Dates in text, resolved against the publication date ("Senin (28/09)", "kemarin", "on Monday").

Weekday names mean the most recent such day on or before publication ("lalu"/"last" make it
strictly before, "depan"/"next" the next one after); a day and month without a year take the
publication year unless that would put them more than a week after publication.  Whatever the
text does not fix resolves to None rather than a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kb.extract.lexicon import MONTHS, RELATIVE_DAYS, WEEKDAYS
from kb.extract.needs import absent, needed, needs


@dataclass(frozen=True)
class DateMention:
    """A date expression's span and its resolved value (None when the text does not fix it)."""

    start: int
    end: int
    text: str
    value: date | None


def _cased(words: object) -> str:
    """Title- and upper-case forms only: lower-case "minggu" is a week and "may" a modal."""
    forms = {f for w in words for f in (str(w).title(), str(w).upper())}  # type: ignore[attr-defined]
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


_MONTH = _cased(MONTHS)
_DAY_MONTH = re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\.?(?:\s+(?P<y>\d{{4}}))?\b")
_MONTH_DAY = re.compile(
    rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?"
)
_NUMERIC = re.compile(r"(?<![\d/.])\(?(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?\)?(?![\d/])")
_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_WEEKDAY = re.compile(
    rf"(?:\b(?i:pada\s+)?(?i:hari\s+)?|\b(?i:on\s+|last\s+|next\s+)?)(?P<w>{_cased(WEEKDAYS)})\b"
    r"(?:\s+(?:malam|pagi|siang|sore|dini\s+hari|night|morning|evening|afternoon))?"
    r"(?:\s+(?P<rel>lalu|kemarin|depan|mendatang))?(?:\s*,?\s*(?P<num>\(?\d{1,2}/\d{1,2}(?:/\d{2,4})?\)?))?"
)
_RELATIVE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(RELATIVE_DAYS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _shift(day: date, days: int) -> date | None:
    """``day`` moved by ``days``, or None at the ends of the calendar."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_month(day: int, month: int, year: int | None, published: date | None) -> date | None:
    """A calendar date; without a year, the publication year (or the one before, if later)."""
    if year is not None:
        return _make(year + 2000 if year < 100 else year, month, day)
    if published is None:
        return None
    found = _make(published.year, month, day)
    limit = _shift(published, 7)
    if found is not None and limit is not None and found > limit:
        # the most recent such day before: 29 Feb may be up to eight years back
        earlier = (_make(y, month, day) for y in range(published.year - 1, max(published.year - 9, 0), -1))
        found = next((d for d in earlier if d is not None), None)
    return found


def resolve_weekday(weekday: int, published: date, relation: str | None = None) -> date:
    """The day called ``weekday`` (0 = Monday) nearest publication in the stated direction."""
    if relation in ("depan", "mendatang", "next"):
        return published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    back = (published.weekday() - weekday) % 7
    if back == 0 and relation in ("lalu", "last"):
        back = 7
    return published - timedelta(days=back)


_LAST_YEAR = re.compile(r"\s*,?\s*(?:last\s+year|tahun\s+lalu)\b", re.IGNORECASE)


# Each calendar pattern with the strings it cannot match without (``needs``; "-" and "/" given here, as one
# character is below what ``needs`` finds worth a test): most sentences hold no month name and no slash.
_CALENDAR = (
    (_ISO, needed("-")), (_DAY_MONTH, needs(_DAY_MONTH)), (_MONTH_DAY, needs(_MONTH_DAY)), (_NUMERIC, needed("/"))
)
_WEEKDAY_NEEDS, _RELATIVE_NEEDS = needs(_WEEKDAY), needs(_RELATIVE)


def _calendar(text: str, published: date | None) -> list[DateMention]:
    found = []
    for pattern, wanted in _CALENDAR:
        for m in () if absent(wanted, text) else pattern.finditer(text):
            month = int(m["m"]) if m["m"].isdigit() else MONTHS[m["m"].casefold()]
            year = int(m["y"]) if m["y"] else None
            last_year = year is None and published is not None and _LAST_YEAR.match(text, m.end())
            if last_year and published is not None:  # "7 October last year", "7 Oktober tahun lalu"
                year = published.year - 1
            value = _day_month(int(m["d"]), month, year, published) if 1 <= month <= 12 else None
            found.append(DateMention(m.start(), m.end(), m.group(0), value))
    return found


def _relative(text: str, published: date | None) -> list[DateMention]:
    found = []
    for m in () if absent(_WEEKDAY_NEEDS, text) else _WEEKDAY.finditer(text):
        value = None
        if m["num"]:
            nums = _calendar(m["num"], published)
            value = nums[0].value if nums else None
        elif published is not None:
            rel = m["rel"] or ("last" if m.group(0).lower().startswith("last") else None)
            rel = "next" if m.group(0).lower().startswith("next") else rel
            try:
                value = resolve_weekday(WEEKDAYS[m["w"].casefold()], published, rel)
            except OverflowError:
                value = None
        found.append(DateMention(m.start(), m.end(), m.group(0).strip(), value))
    for m in () if absent(_RELATIVE_NEEDS, text) else _RELATIVE.finditer(text):
        offset = RELATIVE_DAYS[re.sub(r"\s+", " ", m.group(0).casefold())]
        value = _shift(published, offset) if published else None
        found.append(DateMention(m.start(), m.end(), m.group(0), value))
    return found


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date expression in ``text`` in order; overlapping finds keep the longest."""
    candidates = sorted(
        _calendar(text, published) + _relative(text, published), key=lambda d: (d.start, -(d.end - d.start))
    )
    out: list[DateMention] = []
    for mention in candidates:
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return out


def find_publication_date(text: str) -> date | None:
    """The first fully written date (with its year) in ``text``: a fallback publication date.  A date that names
    a past event ("Hamas's October 7, 2023 attack", "since 7 October 2023") is none: an undated article's "on
    Saturday" resolved against it dated this week's strike to that attack's day, and the two tolls conflicted."""
    for mention in sorted(_calendar(text, None), key=lambda d: d.start):
        if mention.value is not None and not _an_event_day(text, mention):
            return mention.value
    return None


# A date naming an event: the event noun right after it, or "since"/"sejak" (an anchor of a stretch) before it
_EVENT_AFTER = re.compile(
    r"\s*,?\s*(?:[A-Z][\w'’-]*\s+)?(?:attacks?|assault|raid|massacre|invasion|incursion|offensive|war|ceasefire"
    r"|truce|serangan|penyerangan|invasi|perang|gencatan)(?![\w-])",
    re.IGNORECASE,
)
_EVENT_BEFORE = re.compile(r"(?<![\w-])(?:since|sejak)\s+(?:the\s+|on\s+|tanggal\s+)?$", re.IGNORECASE)


def _an_event_day(text: str, mention: DateMention) -> bool:
    return bool(_EVENT_AFTER.match(text, mention.end)
                or _EVENT_BEFORE.search(text, max(0, mention.start - 20), mention.start))
