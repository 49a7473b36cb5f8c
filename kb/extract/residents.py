"""The people of a place as a figure's victims: "40 Omdurman residents", "residents of El Fasher", "warga desa
Pazigyi".

Why: in a civil war the place's people are the side the text gives them; the state the place lies in is claimed
by both sides, and "civilians" loses where they were.  Used by ``sides`` only when nothing in the sentence gives
the victims a side (a nationality, a possessive, a party's place).
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.mentions import Mention

_RESIDENTS = frozenset(("residents", "villagers", "inhabitants", "locals", "warga", "penduduk"))
_PLACE_RUN = r"(?P<place>[A-Z][\w'’]*(?:[\s-](?:[A-Z][\w'’]*|al|el))*)"
_RESIDENTS_AFTER = re.compile(
    r"\s+(?:(?:of|in|from)\s+(?:the\s+)?(?:(?:village|town|city|district)\s+of\s+)?|(?:di\s+|dari\s+)?"
    r"(?:desa|kota|kampung|dusun|kecamatan)?\s*)" + _PLACE_RUN
)
_RESIDENTS_BEFORE = re.compile(_PLACE_RUN + r"\s+(?:residents|villagers|inhabitants)$")


_NOT_PLACES = frozenset((*(m.title() for m in lexicon.MONTHS), *(w.title() for w in lexicon.WEEKDAYS)))


def residents_of(norm: str, span: tuple[int, int], mentions: list[Mention]) -> str | None:
    """The victims as the people of a place the text names next to them, or None (see ``_RESIDENTS``)."""
    words = norm[span[0] : span[1]].split()
    if not words or words[-1].casefold() not in _RESIDENTS:
        return None
    noun = words[-1].casefold()
    before = _RESIDENTS_BEFORE.search(norm, span[0] + 1, span[1])  # never the figure itself ("Twelve residents")
    after = None if before else _RESIDENTS_AFTER.match(norm, span[1])
    found = before or after
    if found is None or any(m.actor is not None and m.start < found.end("place") and found.start("place") < m.end
                            for m in mentions):
        return None  # a party the gazetteer knows ("warga Palestina") is a side: the chain reads it
    place = found.group("place")
    if place.split()[0].rstrip("'’s") in _NOT_PLACES or place.split()[0] in _NOT_PLACES:
        return None  # "40 residents from Monday's attack": a day, not a place
    return f"{place} {noun}" if noun not in ("warga", "penduduk") else f"{noun} {place}"


__all__ = ["residents_of"]
