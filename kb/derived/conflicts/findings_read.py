"""Reading the findings that are not conflicts — corroborations, series, aggregates — from the conflicts graph, each
with every claim card it rests on (``read`` reads conflicts; ``pages`` reads a page of findings by IRI).

Split from ``read`` along that seam.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rdflib import URIRef

from kb import sparql
from kb.derived.conflicts.read import Finding, _findings, _val, _with_actors
from kb.derived.conflicts.series_sides import name_sides
from kb.derived.conflicts.vocabulary import CKC, categories
from kb.sparql.rows import plain_rows
from kb.store import Store


def corroborations(store: Store, actor: str | None = None) -> list[Finding]:
    """Propositions attested more than once; details: reports and independent_sources."""
    found = _findings(store, CKC.Corroboration)
    for f in found.values():
        f.details["reports"] = len(f.claims)
    return _with_actors(store, found, actor)


def series(store: Store, actor: str | None = None) -> list[Finding]:
    """Each speaker's figures for one measure over time; details: speaker, category, steps (in order)."""
    found = _findings(store, CKC.Series)
    cats = categories()
    for row in sparql.run(store, "conflict-series"):
        f = found.get(str(row["series"]))
        if f is None:
            continue
        f.details.setdefault("speaker", str(row["speaker"]))
        f.details.setdefault("category", cats.label(str(row["category"])))
        steps = f.details.setdefault("steps", {})
        step = steps.setdefault(int(_val(row["position"])), {"date": _val(row["date"]), "claims": []})
        step["claims"].append(str(row["claim"]))
    for f in found.values():
        f.details["steps"] = [{"position": k, **v} for k, v in sorted(f.details.get("steps", {}).items())]
    name_sides(store, list(found.values()))
    return _with_actors(store, found, actor)


def aggregates(store: Store, actor: str | None = None) -> list[Finding]:
    """Per party and category: low / best / high and conservative, each with the claims it comes from."""
    found = _findings(store, CKC.Aggregate)
    cats = categories()
    for row in sparql.run(store, "conflict-aggregates"):
        f = found.get(str(row["aggregate"]))
        if f is None:
            continue
        f.details.setdefault("category", cats.label(str(row["category"])))
        which = str(row["which"]).rsplit("#", 1)[-1]
        estimate = f.details.setdefault(which, {"value": _val(row["value"]), "claims": []})
        estimate["claims"].append(str(row["claim"]))
    for iri, periods in aggregate_periods(store).items():
        if iri in found:
            found[iri].details["periods"] = periods
    return _with_actors(store, found, actor)


def aggregate_periods(store: Store, aggregates: list[URIRef] | None = None) -> dict[str, list[dict[str, Any]]]:
    """aggregate IRI → its estimates per month, in date order: ``{"period": "2020-10", "low": {"value",
    "claims"}, ...}`` (of ``aggregates``, else of every aggregate)."""
    periods: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    bound = {"aggregate": aggregates} if aggregates is not None else {}
    for row in plain_rows(store, "aggregate-periods", **bound):
        month = periods[str(row["aggregate"])].setdefault(str(row["month"]), {"period": str(row["month"])})
        which = str(row["which"]).rsplit("#", 1)[-1]
        month.setdefault(which, {"value": _val(row["value"]), "claims": []})["claims"].append(str(row["claim"]))
    return {iri: [found[m] for m in sorted(found)] for iri, found in periods.items()}
