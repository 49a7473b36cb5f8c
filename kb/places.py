"""The places gazetteer (``ontology/places.ttl``): where a claim's place as written (``ckb:placeName``) is.

Why a gazetteer of its own, not actors: a place is not a speaker or a party, and a map needs coordinates.  A
claim whose written place is one of a place's names (any label or other spelling, case, accents and spacing
folded, a generic lead such as "desa", "kota", "the town of" dropped) links to it with ``ckb:place``; the
place carries WGS84 ``geo:lat`` / ``geo:long`` and, where certain, its Wikidata item (``owl:sameAs``).
"""

from __future__ import annotations

import re

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SKOS

from kb.actors import normalize_name

SDO = Namespace("https://schema.org/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
LEAD = re.compile(r"^(?:the\s+)?(?:(?:town|city|village|province|region|district)\s+of\s+|desa\s+|kota\s+|kampung\s+|"
                   r"kamp\s+pengungsi\s+|wilayah\s+|daerah\s+|provinsi\s+)", re.IGNORECASE)


class Places:
    """Places by any of their names; ``coordinates`` for the map."""

    def __init__(self, graph: Graph) -> None:
        self._by_name: dict[str, str] = {}
        self.coordinates: dict[str, tuple[float, float]] = {}
        self.country: dict[str, str] = {}  # place IRI -> ISO 3166 code (``schema:addressCountry``)
        self.names: dict[str, list[str]] = {}  # place IRI -> its labels, preferred first
        for place in sorted(p for p in graph.subjects(RDF.type, SDO.Place) if isinstance(p, URIRef)):
            lat, long = graph.value(place, GEO.lat), graph.value(place, GEO.long)
            if isinstance(lat, Literal) and isinstance(long, Literal):
                self.coordinates[str(place)] = (float(lat.toPython()), float(long.toPython()))
            code = graph.value(place, SDO.addressCountry)
            if isinstance(code, Literal):
                self.country[str(place)] = str(code)
            for predicate in (SKOS.prefLabel, SKOS.altLabel):
                for name in sorted(str(n) for n in graph.objects(place, predicate)):
                    self._by_name.setdefault(normalize_name(str(name)), str(place))
                    self.names.setdefault(str(place), []).append(str(name))

    def __len__(self) -> int:
        return len(self.coordinates)

    def lookup(self, written: str) -> str | None:
        """The place ``written`` names, or None (a place the gazetteer does not know, or a description)."""
        text = written.strip()[:200]
        found = self._by_name.get(normalize_name(text))
        if found is None:
            stripped = LEAD.sub("", text)
            found = self._by_name.get(normalize_name(stripped)) if stripped != text else None
        return found
