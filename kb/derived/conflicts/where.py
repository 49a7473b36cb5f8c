"""Whether two figures' places can be one area: the same place, or one inside the other.

Why: a running total counts only what happened where it counts.  The rules took a one-strike figure anywhere as part
of any running total (rules 32 and before), so a Gaza strike's toll was set "above" the West Bank's toll since
7 October (trial user31).  Places are compared as written, folded: one name inside the other ("Gaza" in "Gaza City",
"Kyiv" in "wilayah Kyiv") or two names of one gazetteer place ("Jalur Gaza", "Gaza Strip") meet, and so does a
country the gazetteer holds as a state (a place sharing a ``ckb:State``'s ``owl:sameAs``) with any gazetteer place of
its country ("Ukraine" holds "Kharkiv").  Two names neither of these relates do not meet; an unplaced figure may be
anywhere (``None``: unknown).

The gazetteer read is the bundled one (``ontology/places.ttl`` and the states of ``ontology/actors.ttl``): the rules
are functions of the claim facts alone.
"""

from __future__ import annotations

from functools import cache, lru_cache

import pyoxigraph as ox

from kb.actors import normalize_name
from kb.places import LEAD
from kb.resources import ontology_file

_SKOS = "http://www.w3.org/2004/02/skos/core#"
_LABELS = {f"{_SKOS}prefLabel", f"{_SKOS}altLabel"}
_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
_PLACE, _STATE = "https://schema.org/Place", "https://w3id.org/claimkb/ns#State"
_COUNTRY = "https://schema.org/addressCountry"


class _Gazetteer:
    """Folded place names → (place IRI, ISO country code or ""), and the places that are whole countries."""

    def __init__(self) -> None:
        triples = [q for name in ("places.ttl", "actors.ttl")
                   for q in ox.parse(path=str(ontology_file(name)), format=ox.RdfFormat.TURTLE)]
        places = {q.subject.value for q in triples if q.predicate.value == _TYPE and q.object.value == _PLACE}
        states = {q.subject.value for q in triples if q.predicate.value == _TYPE and q.object.value == _STATE}
        state_items = {q.object.value for q in triples if q.predicate.value == _SAME_AS and q.subject.value in states}
        country = {q.subject.value: q.object.value for q in triples
                   if q.predicate.value == _COUNTRY and q.subject.value in places}
        self.countries = {q.subject.value for q in triples if q.predicate.value == _SAME_AS
                          and q.subject.value in places and q.object.value in state_items}
        self.by_name: dict[str, tuple[str, str]] = {}
        for q in sorted(triples, key=lambda q: (q.subject.value, q.object.value)):
            if q.subject.value in places and q.predicate.value in _LABELS:
                self.by_name.setdefault(normalize_name(q.object.value), (q.subject.value,
                                                                         country.get(q.subject.value, "")))


@cache
def _gazetteer() -> _Gazetteer:
    return _Gazetteer()


def places_meet(a: str | None, b: str | None) -> bool | None:
    """True when two folded place names can be one area (one inside the other), False when they cannot, None when
    either is unknown."""
    if a is None or b is None:
        return None
    return a in b or b in a or _related(a, b)


@lru_cache(maxsize=16384)
def _related(a: str, b: str) -> bool:
    """Whether the gazetteer makes two names one place, or one the country holding the other."""
    pa, pb = _lookup(a), _lookup(b)
    if pa is None or pb is None:
        return False
    if pa[0] == pb[0]:
        return True
    countries = _gazetteer().countries
    return bool(pa[1]) and pa[1] == pb[1] and (pa[0] in countries or pb[0] in countries)


def _lookup(name: str) -> tuple[str, str] | None:
    """A folded name's place and country, a generic lead ("kota", "the town of") dropped as ``kb.places`` does."""
    found = _gazetteer().by_name
    return found.get(name) or found.get(normalize_name(LEAD.sub("", name)))
