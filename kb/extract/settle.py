"""The scope of a figure no word scopes: settled by its size and the place it is tied to.

Why: news states most tolls without a word of time or incident, yet they are still comparable only
within one scope.  "Officials reported 32 dead" is the toll so far; "Ten people were killed, he said" is
one strike's; "21 people were killed in Barda" or "at a hospital" is what one attack on that place did;
"40,000 killed in the Gaza Strip" or "in Ukraine" spans a whole territory, the toll so far again.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kb.actors import Gazetteer
from kb.extract.scope import FigureScope

# A figure no cue places in time: a score or more is a running total, fewer one incident's toll.
_SCORE = 20
# Places that are a whole territory rather than one site: a strip, a bank, a country the gazetteer knows.
_TERRITORY = re.compile(r"(?<![\w-])(?:Strip|Jalur|Bank|Tepi)(?![\w-])")
# A place that is a whole region: "the Kyiv region", "southern Lebanon", "provinsi Saada"
_REGIONAL = re.compile(
    r"(?<![\w-])(?:region|oblast|province|provinsi|wilayah|governorate|state|negara\s+bagian|kawasan|daerah"
    r"|southern|northern|eastern|western|central|selatan|utara|timur|barat|tengah)(?![\w-])",
    re.IGNORECASE,
)


def territory(place: str | None, gazetteer: Gazetteer) -> bool:
    """Whether ``place`` (as written) names a whole territory: "Jalur Gaza", "Ukraina", "the Gaza Strip", and a
    short name of one ("Gaza", which the places gazetteer knows as the Strip)."""
    if not place:
        return False
    if _TERRITORY.search(place):
        return True
    actor = gazetteer.lookup(re.sub(r"['\u2019]s$", "", place))
    if actor is not None and actor.kind == "State":
        return True
    known = gazetteer.places.lookup(place) if gazetteer.places is not None else None  # "Gaza" is the Strip
    return known is not None and any(_TERRITORY.search(name) for name in gazetteer.places.names.get(known, ()))


def settled(found: FigureScope, size: int | None, whole: bool = False) -> FigureScope:
    """The scope of a figure no word scopes, from its size and place (``whole``: the place is a territory).
    A score or more is the toll so far, unless tied to one site ("in Barda", "at the hospital"): then it
    is that attack's, like any smaller figure; an increment ("15 more") adds to a total and is left as
    it is; a report without a number is one attack's."""
    if found.site and not whole and not _REGIONAL.search(found.place or ""):
        return replace(found, scope="incident")  # "the strike on Zibqin today": what that attack did
    if found.scope is not None or found.increment:
        return found
    if size is None:  # "there are victims", "PDF members were killed": a report without a number tells of one attack
        return replace(found, scope="incident")
    if size < _SCORE or (found.place and not whole):
        return replace(found, scope="incident")
    return replace(found, scope="cumulative")


__all__ = ["settled", "territory"]
