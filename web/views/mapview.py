"""The map: claims by place (``ckb:place``, ``ontology/places.ttl``) drawn on a vendored Leaflet over a bundled
Natural Earth countries layer (no tile server), filtered by actor, claim type and period; the same data as
``.json`` / ``.csv`` (one row a claim) and ``.geojson`` (one point feature a place, its claims inside)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from flask import Blueprint, request

from kb.errors import InputError
from kb.figures import figure_text
from kb.pipeline.article import iso_date
from kb.vocab import CKB
from web import core, render
from web.errors import ApiError
from web.render import Data

bp = Blueprint("map", __name__)

COLUMNS = ("claim", "type", "when", "quote", "speaker", "speakerLabel", "place", "placeLabel", "lat", "long",
           "min", "max", "unit")
TYPES = ("Casualty", "Mobilization", "Talks", "Ceasefire", "Accusation", "Call", "Denial", "Statement")
CLAIMS_A_PLACE = 50  # a place's feature carries its newest 50 claims (its count says how many there are)


@bp.get("/map")
@bp.get("/map.<suffix>")
@render.renders(*render.LIST_FORMATS, render.GEOJSON)
def index() -> Data:
    """Claims by place; ``?actor=`` (key or IRI), ``?type=`` (e.g. casualty), ``?from=``/``?to=`` (YYYY-MM-DD);
    ``.geojson``: one point feature a place."""
    filters = _filters()
    rows = _claims(filters)
    unplaced = _unplaced(filters)
    context = lambda _: {"places": [f["properties"] for f in geojson(rows)["features"]], "types": TYPES,  # noqa: E731
                         "filters": filters, "query": request.query_string.decode("ascii", "replace"),
                         "unplaced": unplaced}
    return Data("map.html", COLUMNS, rows, context, json={"unplaced": unplaced},
                bodies={render.GEOJSON: lambda: geojson(rows)})


def _filters() -> dict[str, Any]:
    """The request's filters, checked; 400 naming the one at fault."""
    actor = request.args.get("actor", "").strip()
    kind = request.args.get("type", "").strip()
    out: dict[str, Any] = {"actor": actor, "type": kind, "from": None, "to": None}
    if kind and kind.casefold() not in {t.casefold() for t in TYPES}:
        raise ApiError(400, "Bad request", f"type must be one of {', '.join(t.lower() for t in TYPES)}")
    out["actors"] = core.named_actors(actor) if actor else None  # 404 for an actor the store does not know
    for name in ("from", "to"):
        raw = request.args.get(name, "").strip()
        try:
            out[name] = iso_date(raw, name) if raw else None
        except InputError as exc:
            raise ApiError(400, "Bad request", str(exc)) from None
    return out


def _claims(filters: dict[str, Any]) -> list[dict[str, Any]]:
    bindings = _bindings(filters)
    rows = core.run("map-claims", **bindings).values()
    start, end = filters["from"], filters["to"]
    kept = [{**r, "lat": float(str(r["lat"])), "long": float(str(r["long"]))} for r in rows
            if _within(r.get("when"), start, end)]
    kept.sort(key=lambda r: (str(r.get("when") or ""), str(r["claim"])), reverse=True)
    return kept


def _unplaced(filters: dict[str, Any]) -> list[dict[str, Any]]:
    """The places claims name that the gazetteer cannot locate (``map-unplaced``), by name as written, most claims
    first, each with its claim count and first and last date.  Why: such claims were simply absent, and an analyst
    looking at an empty map could not tell that claims named places at all (trial user28)."""
    bindings = _bindings(filters)
    by_name: dict[str, list[str]] = defaultdict(list)
    for row in core.run("map-unplaced", **bindings).values():
        if _within(row.get("when"), filters["from"], filters["to"]):
            by_name[str(row["placeName"])].append(str(row["when"]) if row.get("when") is not None else "")
    found = [{"placeName": name, "claims": len(whens), "first": min((w for w in whens if w), default=None),
              "last": max((w for w in whens if w), default=None)} for name, whens in by_name.items()]
    found.sort(key=lambda p: (-int(p["claims"] or 0), str(p["placeName"])))
    return found


def _bindings(filters: dict[str, Any]) -> dict[str, Any]:
    """The query bindings of the filters (the actors ``?actor=`` names, found by ``_filters``)."""
    bindings: dict[str, Any] = {}
    if filters["type"]:
        name = next(t for t in TYPES if t.casefold() == filters["type"].casefold())
        bindings["type"] = CKB[f"{name}Claim"]
    if filters["actors"]:
        bindings["actor"] = filters["actors"]
    return bindings


def _within(when: object, start: date | None, end: date | None) -> bool:
    if start is None and end is None:
        return True
    if not isinstance(when, date):
        return False
    return (start is None or when >= start) and (end is None or when <= end)


def geojson(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """One point feature a place (GeoJSON is longitude first), with its claim count, count per type, first and
    last date, and its newest claims."""
    by_place: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_place[str(row["place"])].append(row)
    features = []
    for place, claims in sorted(by_place.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        first = claims[0]
        types: dict[str, int] = defaultdict(int)
        for c in claims:
            types[core.local_name(c["type"]).removesuffix("Claim").lower()] += 1
        dates = sorted(str(c["when"]) for c in claims if c.get("when") is not None)
        properties = {
            "place": place, "label": str(first.get("placeLabel") or core.local_name(place)),
            "lat": float(first["lat"]), "long": float(first["long"]), "claims": len(claims), "types": dict(types),
            "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
            "items": [{"claim": str(c["claim"]), "path": core.path_for(c["claim"]),
                       "type": core.local_name(c["type"]).removesuffix("Claim").lower(),
                       "when": core.plain(c.get("when")), "speaker": str(c["speakerLabel"]), "quote": str(c["quote"]),
                       "figure": _figure(c)} for c in claims[:CLAIMS_A_PLACE]],
        }
        features.append({"type": "Feature", "properties": properties,
                         "geometry": {"type": "Point", "coordinates": [properties["long"], properties["lat"]]}})
    return {"type": "FeatureCollection", "features": features}


def _figure(c: dict[str, Any]) -> str | None:
    text = figure_text(c.get("min"), c.get("max"), c.get("approximate"))  # the pages' and the CLI's wording
    if not text:
        return None
    return f"{text} {c['unit']}" if c.get("unit") else text
