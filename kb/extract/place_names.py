"""The gazetteer's place for a place as an article writes it, with the words around the name taken off.

Why: a toll's place is written with a direction, a kind of place or its country around the name ("southern El
Fasher", "kota selatan Marjayoun", "utara Beit Lahiya", "Gaza selatan", "Hajjah Governorate", "North Darfur
region", "Ukraine's Mykolaiv region", "Kyauk Ni Maw, Ramree"); the places gazetteer knows the name and drops only
one lead such as "kota", so on the dev set more than half the places written in claims found no place, and
civilians killed there kept no state.  The name is read as a reader reads it: the whole phrase first, then with
the country's possessive, a kind of place or a direction taken off either end, one word at a time, so that "North
Darfur" is found before "Darfur"; a list ("A, B") is read part by part.  What is left must still be a name the
gazetteer holds: "a Sudanese city" or "the breakaway region" stays unknown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kb.extract.bare_bodies import _STATES

if TYPE_CHECKING:
    from kb.actors import Actor, Gazetteer
    from kb.places import Places

# Words that say which part or what kind of place, not which place (English and Indonesian).
_AROUND = frozenset((
    "the", "a", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "northeastern", "northwestern", "southeastern", "southwestern", "north-east", "north-west", "south-east",
    "south-west", "utara", "selatan", "timur", "barat", "tengah", "laut", "daya", "town", "city", "village",
    "capital", "region", "province", "governorate", "state", "oblast", "district", "township", "area", "camp",
    "refugee", "displacement", "port", "of", "kota", "desa", "kampung", "kamp", "pengungsi", "pengungsian", "kawasan",
    "distrik",
    "wilayah", "daerah", "provinsi", "kabupaten", "kecamatan", "negara", "bagian", "ibu", "kotapraja", "di",
))
_OWNER = re.compile(r"^.{1,40}?['’]s\s+")  # "Ukraine's Mykolaiv region", "central Sudan's Kordofan region"
_MAX_WORDS = 8


def place_iri(places: Places, written: str | None) -> str | None:
    """The place ``written`` names (see the module's docstring), or None."""
    if not written:
        return None
    found = places.lookup(written)
    if found is not None:
        return found
    parts = [p.strip() for p in written.split(",") if p.strip()]
    for part in parts if len(parts) > 1 else [written]:
        found = _trimmed(places, _OWNER.sub("", part.strip()))
        if found is not None:
            return found
    return None


def _trimmed(places: Places, phrase: str) -> str | None:
    """The place left once the words around the name are taken off, from the end, then from the start."""
    words = phrase.split()
    if not words or len(words) > _MAX_WORDS:
        return None
    lo, hi = 0, len(words)
    while lo < hi:
        found = places.lookup(" ".join(words[lo:hi]))
        if found is not None:
            return found
        if words[hi - 1].casefold() in _AROUND:
            hi -= 1
        elif words[lo].casefold() in _AROUND:
            lo += 1
        else:
            return None
    return None


def place_state(gazetteer: Gazetteer, written: str | None) -> Actor | None:
    """The state the place ``written`` lies in (``schema:addressCountry``), or None where no place is found."""
    place = place_iri(gazetteer.places, written)
    state = gazetteer.lookup(_STATES.get(gazetteer.places.country.get(place or "", ""), ""))
    return state if state is not None and state.kind == "State" else None


__all__ = ["place_iri", "place_state"]
