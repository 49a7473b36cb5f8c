"""The dates a figure's scope spans: where a running total starts ("since 27 September") and the days a
period covers ("in the past 24 hours", "since dawn", "last week"), counted from the publication date.

Split from ``kb.extract.scope`` (which says what a figure counts over); read in the figure's clause first,
then in the whole sentence.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.dates import DateMention, find_dates
from kb.extract.scope import clause

_SINCE = re.compile(r"\b(?:since|sejak)\b", re.IGNORECASE)

# "since the invasion began on 24 February", "sejak melancarkan invasi pada 24 Februari": an event dated in
# the same phrase starts the running total too (no break or figure between "since" and its date)
_EVENT_ON = re.compile(r"[^,.;:\d]{0,40}(?<![\w-])(?:on|pada|tanggal|in)\s+$", re.IGNORECASE)


def _since_date(norm: str, since_end: int, hi: int, published: date | None) -> DateMention | None:
    """The date a "since" starts from: right after it, or the date of the event it names."""
    for d in find_dates(norm[since_end : min(hi, since_end + 60)], published):
        if d.start < 12 or _EVENT_ON.fullmatch(norm, since_end, since_end + d.start):
            return d
        return None
    return None


def since_dates(norm: str, published: date | None) -> set[int]:
    """Where the dates that start a running total sit ("since 7 October"): not the claim's own date."""
    found = ((m.end(), _since_date(norm, m.end(), len(norm), published)) for m in _SINCE.finditer(norm))
    return {end + d.start for end, d in found if d is not None}



def period_of(
    norm: str, start: int, end: int, scope: str | None, published: date | None
) -> tuple[date | None, date | None]:
    """The period of the figure at norm[start:end]: read in its clause, else in the whole sentence."""
    lo, hi = clause(norm, start, end)
    found = period(norm, lo, hi, scope, published)
    return found if found != (None, None) else period(norm, 0, len(norm), scope, published)


def period(norm: str, lo: int, hi: int, scope: str | None, published: date | None) -> tuple[date | None, date | None]:
    """Start and end of what a figure counts over: "since 27 September" starts a running total (ending at
    publication), "in the past 24 hours" is [published - 1, published], "today" [published, published]."""
    if published is None or scope not in ("cumulative", "period"):
        return None, None
    if scope == "cumulative":
        since = _SINCE.search(norm, lo, hi)
        if since is None:
            return None, None
        first = _since_date(norm, since.end(), hi, published)
        start = first.value if first else None
        return (start, published) if start is not None and start <= published else (None, None)
    return _span(norm, lo, hi, published)


# Period words -> (days back from publication to the start, days back to the end).
_SPANS: tuple[tuple[re.Pattern[str], tuple[int, int] | None], ...] = tuple(
    (re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE), span)
    for pattern, span in (
        (r"(?:past|last|previous)\s+(?:48|forty-eight)\s+hours|48\s+jam", (2, 0)),
        (r"(?:past|last|previous)\s+72\s+hours|72\s+jam", (3, 0)),
        (r"(?:past|last|previous)\s+(?:24|twenty-four)\s+hours|24\s+jam|(?:past|last|previous)\s+day|sehari\s+terakhir"
         r"|overnight|tonight|last\s+night|semalam|tadi\s+malam|malam\s+ini", (1, 0)),
        (r"today|hari\s+ini", (0, 0)),
        (r"yesterday|kemarin|a\s+day\s+earlier", (1, 1)),
        (r"(?:the\s+(?:past|last|previous)|past)\s+week|(?:sepekan|seminggu)\s+terakhir", (7, 0)),
        (r"(?:past|last|previous)\s+month", (30, 0)),
        (r"dalam\s+(?:sehari|satu\s+hari)|in\s+(?:a|one)\s+(?:single\s+)?day", None),
    )
)
_DAYS = alternation(lexicon.WEEKDAYS)
_DAWN = re.compile(rf"(?<![\w-])(?:since\s+(?:dawn|daybreak|(?:this|early|{_DAYS})\s+morning|midnight)"
                   rf"|sejak\s+(?:subuh|fajar|dini\s+hari|(?:(?:hari\s+)?(?:{_DAYS})\s+)?pagi))(?![\w-])",
                   re.IGNORECASE)
_FEW = {**lexicon.ID_UNITS, **lexicon.EN_UNITS, "sepuluh": 10}
_COUNT = rf"\d+|{alternation(w for w in _FEW if len(w) > 1)}"
# counted back from publication only when the words say "the last N days"
_N_DAYS = re.compile(rf"(?:past|last|previous)\s+({_COUNT})\s+days|(?:dalam|selama)\s+({_COUNT})\s+hari\s+terakhir",
                     re.IGNORECASE)
_WEEK = re.compile(r"(?<![\w-])(?:(this|last)\s+week|(?:pekan|minggu)\s+(ini|lalu)|over\s+the\s+(weekend)"
                   r"|akhir\s+(pekan))(?![\w-])", re.IGNORECASE)


def _span(norm: str, lo: int, hi: int, published: date) -> tuple[date | None, date | None]:
    """The dates a period cue in norm[lo:hi] stands for, counted back from publication."""
    if _DAWN.search(norm, lo, hi):  # "since dawn on Sunday": that day, else the day of publication
        days = [d.value for d in find_dates(norm[lo:hi], published) if d.value is not None and d.value <= published]
        return (days[0], days[0]) if days else (published, published)
    for pattern, span in _SPANS:
        if pattern.search(norm, lo, hi):
            if span is None:
                return None, None
            return published - timedelta(days=span[0]), published - timedelta(days=span[1])
    n_days = _N_DAYS.search(norm, lo, hi)
    if n_days:
        count = (n_days.group(1) or n_days.group(2)).casefold()
        return published - timedelta(days=int(count) if count.isdigit() else _FEW[count]), published
    week = _WEEK.search(norm, lo, hi)
    if week:
        return _week(week, published)
    days = [d.value for d in find_dates(norm[lo:hi], published) if d.value is not None and d.value <= published]
    return (days[0], days[0]) if days else (None, None)


def _week(match: re.Match[str], published: date) -> tuple[date, date]:
    """ "this week" from Monday to publication, "last week" Monday to Sunday before, the weekend before."""
    monday = published - timedelta(days=published.weekday())
    if match.group(3) or match.group(4):
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        return saturday, min(published, saturday + timedelta(days=1))
    if (match.group(1) or "").casefold() == "last" or (match.group(2) or "").casefold() == "lalu":
        return monday - timedelta(days=7), monday - timedelta(days=1)
    return monday, published
