"""Sentences set in a past year: background, not news (``pipeline`` reads them as history).

Why apart: which year a sentence is about ("in 1991", "the 1990s", "the 1991-94 war") is a question of its own,
asked of every sentence; the walk only needs the answer.  Each test is one pass of a bounded pattern.
"""

from __future__ import annotations

import re
from datetime import date

from kb.extract.needs import absent, needs

_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?:-an|an|s)?(?!\d)")
# A year the sentence is about: "in 1991", "pada tahun 1994", "sejak 1990-an", "the 1990s".  A year in a
# full date ("mulai berlaku pada 27 November 2024") or naming a thing ("kudeta 2021") dates what the
# sentence talks about now, not a past the sentence is set in.
_PAST_YEAR = re.compile(
    r"(?:(?<![\w-])(?:in|during|since|until|till|by|pada|tahun|sejak|sampai|hingga|year|selama)\s+(?:tahun\s+)?)"
    r"(1[89]\d\d|20\d\d)(?!\d)"
    r"|(?<!\d)(1[89]\d0|20\d0)(?:-an|an|s)(?![\w-])",
    re.IGNORECASE,
)
# A war named by a closed span of years ("the 1991-94 war", "perang 1988-1994"): over, so history, unless it
# ended in the year the article was published or later.
_CLOSED_WAR = re.compile(
    r"(?<!\d)(?:1[89]|20)\d\d\s*[-\u2013]\s*(?P<end>\d\d(?:\d\d)?)\s+(?:war|conflict|fighting)(?![\w-])"
    r"|(?<![\w-])(?:perang|konflik)\s+(?:tahun\s+)?(?:1[89]|20)\d\d\s*[-\u2013]\s*(?P<end_id>\d\d(?:\d\d)?)(?!\d)",
    re.IGNORECASE,
)


# "since the 1990s", "sejak 1990-an": the decade is over when the text is written.
_SINCE_DECADE = re.compile(r"(?<![\w-])(?:since|sejak)\s+(?:the\s+)?(?:early\s+|late\s+|awal\s+|akhir\s+)?"
                           r"(1[89]\d0|20\d0)(?:-an|an|s)(?![\w-])", re.IGNORECASE)


# A past year that is the yardstick of a superlative ("the worst fighting since a war there ended in 1994", "the
# biggest escalation since 2016", "terburuk sejak perang berakhir pada 1994"): the sentence compares today with it
# and is set now (a current toll "has left hundreds dead, the worst since ..." was dropped as history).
_YARDSTICK = re.compile(
    r"(?<![\w-])(?:worst|biggest|deadliest|heaviest|largest|bloodiest|fiercest|highest|most\s+[\w-]+|terburuk"
    r"|terbesar|terparah|tertinggi|paling\s+[\w-]+)(?![\w-])[^.;:!?]{0,100}?(?<![\w-])(?:since|sejak)(?![\w-])"
    r"[^.;:!?]{0,60}$",
    re.IGNORECASE,
)


# ... unless the sentence goes on to tell that past ("the worst since the 1990s, when 25,000 were killed")
_THEN = re.compile(  # "\s*(?:,\s*)?", not "\s*,?\s*": two runs of spaces side by side matched a run in n² ways
    r"\s*(?:,\s*)?(?:when|ketika|saat|manakala|during\s+which|in\s+which|di\s+mana)(?![\w-])", re.IGNORECASE)


def _years(norm: str) -> list[int]:
    """The past years a sentence is set in (``_PAST_YEAR``), less those a superlative measures from."""
    return [int(m.group(1) or m.group(2)) for m in _PAST_YEAR.finditer(norm)
            if _THEN.match(norm, m.end()) or not _YARDSTICK.search(norm, max(0, m.start() - 170), m.start())]


def reference_year(norm: str, published: date | None) -> int | None:
    """The year the article is written in: its publication's, else the latest year it names, and at least the year
    after a decade it counts from ("worst since the 1990s": an undated article naming only 1991 besides is not of
    1991, and its "in 1991" is history)."""
    if published:
        return published.year
    years = [int(y) for y in _YEAR.findall(norm)] + [int(d) + 10 for d in _SINCE_DECADE.findall(norm)]
    return max(years) if years else None


_CLOSED_WAR_NEEDS = needs(_CLOSED_WAR)  # a sentence without these words is not scanned


def set_in_past(norm: str, published: date | None, ref_year: int | None) -> bool:
    """Whether the sentence is set in a past year ("in 1991"), not merely dated by one (see ``_PAST_YEAR``), or
    names a war that ended before the article was published."""
    closed = None if absent(_CLOSED_WAR_NEEDS, norm) else _CLOSED_WAR.search(norm)
    if closed is not None:
        end = closed.group("end") or closed.group("end_id")
        end_year = int(end) if len(end) == 4 else int(end) + (1900 if int(end) > 30 else 2000)
        if published is None or end_year < published.year:
            return True
    if not ref_year:
        return False
    return any(y < ref_year for y in _years(norm))


HISTORY_YEARS = 5
"""How long before the article a year sets a passage of history (``history``): a war that began a year or three
before is usually the war the article reports ("the war broke out in 2023" in a 2025 article), and what follows about
it is news; an armistice of 1994 or a 2014 annexation in a 2022 article is an earlier war's."""


def set_in_history(norm: str, ref_year: int | None) -> bool:
    """Whether the sentence is set in a year at least ``HISTORY_YEARS`` before the reference year: the passage it opens
    is history, and the sentences after it may go on with it (``history``)."""
    return ref_year is not None and any(y <= ref_year - HISTORY_YEARS for y in _years(norm))


__all__ = ["HISTORY_YEARS", "reference_year", "set_in_history", "set_in_past"]
