"""The map: claims by place (``ckb:place``, ``ontology/places.ttl``) drawn on a vendored Leaflet over a bundled
Natural Earth countries layer (no tile server), filtered by actor, claim type, period and place.

The page and ``.geojson`` (one point feature a place) are drawn from counts the store groups (``map-places``: each
place's claims per type, first and last date), and the places it cannot locate likewise (``map-unplaced``); a
place's claims are read only when asked for (``/map.json?place=KEY``, a page at a time, newest first: what the
popup fetches).  ``.json`` / ``.csv`` (one row a claim) page through ``map-claim-order`` and read the rows of the
page's claims alone (``map-claims``); whole, they are streamed.  Why: every placed claim's row, read on each
request and then filtered and grouped in Python, took 11 s at 100k claims and the page answered 503
(``docs/scaling.md``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, request
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kb.derived import map_counts, timeline
from kb.errors import InputError
from kb.figures import figure_with_unit
from kb.pipeline.article import iso_date
from kb.vocab import CKB, DATA
from web import core, render
from web.errors import ApiError
from web.render import Data, Listing

bp = Blueprint("map", __name__)

COLUMNS = ("claim", "type", "when", "quote", "speaker", "speakerLabel", "place", "placeLabel", "lat", "long",
           "min", "max", "unit", "figure")  # figure last: the CSV's first columns stay as they were
TYPES = ("Casualty", "Mobilization", "Talks", "Ceasefire", "Accusation", "Call", "Denial", "Statement")
PLACES = f"{DATA}place/"
_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")  # a place key of ontology/places.ttl
STREAM = 200  # a whole .json / .csv is sent this many claims a piece
BY_DAYS = 1000  # a page read by days reads at most this many placed claims (and the other claims of those days)
KEPT = ("actor", "type", "from", "to", "place")  # what the page's links and its popup's requests carry on


@bp.get("/map")
@bp.get("/map.<suffix>")
@render.renders(*render.LIST_FORMATS, render.GEOJSON)
def index() -> Data:
    """Claims by place; ``?actor=`` (key, name or IRI), ``?type=`` (e.g. casualty), ``?from=``/``?to=``
    (YYYY-MM-DD), ``?place=`` (a place's key or IRI); ``.geojson``: one point feature a place; ``.json``/``.csv``:
    one row a claim, newest first, a page with ``?page=``/``?limit=``, else the whole list streamed."""
    filters = _filters()
    media = render.chosen()
    if media in (render.JSON, render.CSV):
        claims = Listing(_reader(filters), rows=_rows, stream=STREAM)
        extra = {"unplaced": _unplaced(filters)} if media == render.JSON else {}
        return Data("map.html", COLUMNS, claims, json=extra)
    if media == render.GEOJSON:
        return Data("map.html", COLUMNS, (), bodies={render.GEOJSON: lambda: geojson(_places(filters))})
    places = _places(filters)
    context = {"places": places, "claims": sum(p["claims"] for p in places), "types": TYPES, "filters": filters,
               "query": _query_string(), "unplaced": _unplaced(filters),
               "features": geojson(places)}  # in the page: its script draws them without counting them again
    return Data("map.html", COLUMNS, (), context)


def _query_string() -> str:
    """The request's filters as a query string (not its page or limit): the links to the other forms and the
    popup's request for a place's claims carry the same filters."""
    return urlencode([(k, v) for k, v in request.args.items(multi=True) if k in KEPT])


def _filters() -> dict[str, Any]:
    """The request's filters, checked; 400 naming the one at fault, 404 for an actor or place the store lacks."""
    actor = request.args.get("actor", "").strip()
    kind = request.args.get("type", "").strip()
    out: dict[str, Any] = {"actor": actor, "type": kind, "from": None, "to": None,
                           "place": request.args.get("place", "").strip()}
    if kind and kind.casefold() not in {t.casefold() for t in TYPES}:
        raise ApiError(400, "Bad request", f"type must be one of {', '.join(t.lower() for t in TYPES)}")
    out["actors"] = core.named_actors(actor) if actor else None  # 404 for an actor the store does not know
    for name in ("from", "to"):
        raw = request.args.get(name, "").strip()
        try:
            out[name] = iso_date(raw, name) if raw else None
        except InputError as exc:
            raise ApiError(400, "Bad request", str(exc)) from None
    out["point"] = _place(out["place"]) if out["place"] else None
    return out


def _place(raw: str) -> dict[str, Any]:
    """The place ``?place=`` names (its key, ``kherson``, or its IRI) with its label and coordinates, or 404 (text
    that is no key, ``a b``, is a 404 too, never an IRI with spaces in it)."""
    key = raw.removeprefix(PLACES)
    found = _points([URIRef(PLACES + key)]) if _KEY.fullmatch(key) else {}
    if PLACES + key not in found:
        raise ApiError(404, "Not found", f"no place named {raw!r} on the map (a key such as 'kherson', or its IRI)")
    return found[PLACES + key]


def _bindings(filters: dict[str, Any], *, place: bool = False) -> dict[str, Any]:
    """The query bindings of the filters: the claim type, the actors ``?actor=`` names, the period, the place."""
    bindings: dict[str, Any] = {}
    if filters["type"]:
        name = next(t for t in TYPES if t.casefold() == filters["type"].casefold())
        bindings["type"] = CKB[f"{name}Claim"]
    if filters["actors"]:
        bindings["actor"] = filters["actors"]
    for name in ("from", "to"):
        if filters[name] is not None:
            bindings[name] = Literal(filters[name].isoformat(), datatype=XSD.date)
    if place and filters["point"] is not None:
        bindings["place"] = URIRef(filters["point"]["place"])
    return bindings


def _of_actor(name: str, filters: dict[str, Any]) -> str:
    """The query itself, or its form for an actor's claims (found first: its cost follows the actor's claims)."""
    return f"{name}-of-actor" if filters["actors"] else name


def _counted(name: str, filters: dict[str, Any]) -> str:
    """Where the counts come from: kept with the derived data (``kb.derived.map_counts``) when the store keeps them
    and no actor is chosen, else counted from the claims."""
    if not filters["actors"] and map_counts.kept(core.kb().store):
        return f"{name}-kept"
    return _of_actor(name, filters)


def _places(filters: dict[str, Any]) -> list[dict[str, Any]]:
    """One summary a place: label, coordinates, claim count, count per type, first and last date; most claims
    first.  ``?place=``: that place's alone."""
    by_place: dict[str, dict[str, Any]] = {}
    for row in core.run_plain(_counted("map-places", filters), **_bindings(filters)):
        place = by_place.setdefault(str(row["place"]), {"claims": 0, "types": {}, "first": None, "last": None})
        kind = core.local_name(row["type"]).removesuffix("Claim").lower()
        place["types"][kind] = place["types"].get(kind, 0) + int(row["claims"])
        place["claims"] += int(row["claims"])
        place["first"] = min((d for d in (place["first"], row["first"]) if d is not None), default=None)
        place["last"] = max((d for d in (place["last"], row["last"]) if d is not None), default=None)
    if filters["point"] is not None:
        by_place = {k: v for k, v in by_place.items() if k == filters["point"]["place"]}
    points = _points([URIRef(p) for p in by_place]) if by_place else {}
    found = [{**points[iri], **counts, "first": core.plain(counts["first"]), "last": core.plain(counts["last"])}
             for iri, counts in by_place.items() if iri in points]
    found.sort(key=lambda p: (-p["claims"], p["place"]))
    return found


def _points(places: list[URIRef]) -> dict[str, dict[str, Any]]:
    """Each place's key, label and coordinates (``map-place-points``), by IRI; a place without coordinates is absent."""
    out = {}
    for row in core.run_plain("map-place-points", place=places):
        iri = str(row["place"])
        label = str(row["placeLabel"] or core.local_name(iri))
        out[iri] = {"place": iri, "key": iri.removeprefix(PLACES), "label": label, "lat": float(row["lat"]),
                    "long": float(row["long"])}
    return out


def _unplaced(filters: dict[str, Any]) -> list[dict[str, Any]]:
    """The places claims name that the gazetteer cannot locate (``map-unplaced``), by name as written, most claims
    first, each with its claim count and first and last date.  Why: such claims were simply absent, and an analyst
    looking at an empty map could not tell that claims named places at all (trial user28).  None under ``?place=``
    (a place on the map)."""
    if filters["point"] is not None:
        return []
    found: list[dict[str, Any]] = [
        {"placeName": str(r["placeName"]), "claims": int(r["claims"]), "first": core.plain(r["first"]),
         "last": core.plain(r["last"])}
             for r in core.run_plain(_counted("map-unplaced", filters), **_bindings(filters))]
    found.sort(key=lambda p: (-p["claims"], p["placeName"]))
    return found


def _reader(filters: dict[str, Any]) -> Any:
    """``read(offset, limit)`` for the claims, newest first (undated last, then by IRI, as the list always was):
    a page from the days it falls on where the store keeps the map's counts (``_by_days``), else every claim's date
    read and sorted once (``map-claim-order``; kept for the pieces of a streamed whole list); then the rows of the
    claims shown read alone (``map-claims``)."""
    order: list[str] = []
    paging = core.paging_requested()  # taken now: a whole list's later pieces are read outside the request

    def read(offset: int, limit: int | None) -> tuple[list[dict[str, Any]], int]:
        paged = _by_days(filters, offset, limit) if limit is not None and paging else None
        if paged is not None:
            return _claim_rows(paged[0]), paged[1]
        if not order:
            name = _of_actor("map-claim-order", filters)
            dated = {str(r["claim"]): r["when"] for r in core.run_plain(name, **_bindings(filters, place=True))}
            order.extend(_newest_first(dated))
        shown = order[offset:None if limit is None else offset + limit]
        return _claim_rows(shown), len(order)

    return read


def _newest_first(dated: dict[str, Any]) -> list[str]:
    return sorted(dated, key=lambda c: timeline.order_key(dated[c], c), reverse=True)


def _by_days(filters: dict[str, Any], offset: int, limit: int) -> tuple[list[str], int] | None:
    """(the page's claims, how many in all) read from the days the page falls on, found in the kept counts
    (``map-days-kept``, then ``map-claim-order-days``): at 100k claims page 1 reads a day or two of claims where the
    whole order reads every placed claim (0.38 s of CPU).  None where that cannot serve: no kept counts, an actor or
    a place chosen (their own orders are short), a page reaching the undated claims, or more than ``BY_DAYS`` claims
    to read (every claim of a day is looked at, placed or not)."""
    if filters["actors"] or filters["point"] is not None or not map_counts.kept(core.kb().store):
        return None
    days = {r["when"]: int(r["claims"]) for r in core.run_plain("map-days-kept", **_bindings(filters))}
    undated = days.pop(None, 0)
    if not all(isinstance(d, date) for d in days):  # a date of another form: the whole order sorts it as before
        return None
    total, chosen, covered = sum(days.values()) + undated, [], 0
    for day in sorted(days, reverse=True):
        if covered >= offset + limit:
            break
        chosen.append(day)
        covered += days[day]
    kind, read = _bindings(filters).get("type"), covered
    if kind is not None and chosen:  # every placed claim of those days is read, of any type
        every = core.run_plain("map-days-kept", **_bindings({**filters, "type": ""}))
        read = sum(int(r["claims"]) for r in every if r["when"] in chosen)
    if (covered < offset + limit and undated) or read > BY_DAYS:
        return None
    if not chosen:
        return [], total
    rows = core.run_plain("map-claim-order-days", when=[Literal(d.isoformat(), datatype=XSD.date) for d in chosen])
    dated = {str(r["claim"]): r["when"] for r in rows if kind is None or str(r["type"]) == str(kind)}
    return _newest_first(dated)[offset:offset + limit], total


def _claim_rows(claims: list[str]) -> list[dict[str, Any]]:
    """The rows of ``claims`` (``map-claims``, one a claim), in their order; a claim that lost its place since its
    order was read (a write in between) is left out."""
    if not claims:
        return []
    found = {str(r["claim"]): r for r in core.run("map-claims", claim=[URIRef(c) for c in claims]).values()
             if r.get("lat") is not None and r.get("long") is not None}
    return [found[c] for c in claims if c in found]


def _rows(items: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**r, "lat": float(str(r["lat"])), "long": float(str(r["long"])), "figure": _figure(r)} for r in items]


def geojson(places: list[dict[str, Any]]) -> dict[str, Any]:
    """One point feature a place (GeoJSON is longitude first), with its key, claim count, count per type, first
    and last date; its claims are ``/map.json?place=<key>``."""
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": p, "geometry": {"type": "Point", "coordinates": [p["long"], p["lat"]]}}
        for p in places]}


def _figure(c: dict[str, Any]) -> str | None:
    return figure_with_unit(c.get("min"), c.get("max"), c.get("approximate"), c.get("unit")) or None  # the pages'
    # and the CLI's wording
