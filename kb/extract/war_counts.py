"""A count too large for one attack: thousands killed "akibat serangan Israel", "in the attacks" with no day, no date
and no one site named are the war's running total, not one incident's toll.

Why: an Indonesian "serangan" is unmarked for number and an English attack noun names no day, so "jumlah korban
tewas akibat serangan Israel meningkat menjadi 52.000" read as one strike's toll, while the same count "since the war
began" read as a running total.  No single attack of these wars killed a thousand people the same day without the
text naming it (a date, a day, a place); a count of a thousand or more whose clause names none of them counts the
war so far (a day it was said on, "announced on Sunday that", dates the speech, not the count).
"""

from __future__ import annotations

from kb.extract.quantities import find_quantities

_THOUSAND = 1000


def thousands(norm: str, start: int, end: int) -> bool:
    """Whether the figure at norm[start:end] counts a thousand or more (the caller asks that its clause dates
    nothing but the speech: ``scope.figure_scope``)."""
    found = find_quantities(norm[start:end])
    return bool(found) and (found[0].minimum or 0) >= _THOUSAND


__all__ = ["thousands"]
