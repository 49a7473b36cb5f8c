"""A page of aggregates, series or corroborations, read for that page only.

Why not ``read.aggregates`` / ``read.series``: those read every finding of the class with every claim card and
step (5 s for ``/series`` at 1,000 articles); a page needs the heads of all (to order and count them: one row
each) and the claims, steps and estimates of the twenty it shows.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rdflib import URIRef

from kb.derived.conflicts import cards as card_store
from kb.derived.conflicts.findings_read import aggregate_periods
from kb.derived.conflicts.read import Finding, _claim_order, _involved, _val
from kb.derived.conflicts.series_sides import name_sides
from kb.derived.conflicts.vocabulary import CKC, categories
from kb.sparql.rows import plain_rows
from kb.store import Store

CLASSES = {"aggregates": CKC.Aggregate, "series": CKC.Series, "corroborations": CKC.Corroboration}
STEP_BATCH = 500  # step IRIs a "series-steps" query binds (a small request for a remote store too)


def heads(store: Store, family: str, finding: str | None = None) -> list[Finding]:
    """Every finding of the family (or just ``finding``) with its key and explanation, ordered by explanation."""
    one = {"finding": URIRef(finding)} if finding is not None else {}
    found: dict[str, Finding] = {}
    for row in plain_rows(store, "finding-heads", **{"class": CLASSES[family]}, **one):
        f = found.setdefault(str(row["finding"]), Finding(str(row["finding"]), str(row["key"]), family,
                                                          str(row["explanation"])))
        if row["sources"] is not None:
            f.details["independent_sources"] = _val(row["sources"])
    return sorted(found.values(), key=lambda f: (f.explanation, f.iri))


def fill(store: Store, family: str, page: list[Finding], latest_steps: int | None = None,
         periods: bool = True, skip_steps: int = 0) -> list[Finding]:
    """The page's findings with their claims (cards), actors and details (steps, estimates, reports).

    ``latest_steps``: a series keeps only its latest steps and their claims (``details["steps_total"]`` says how
    many it has): a page of series then costs the same whatever their length (one had 942 steps at 10k
    articles, and reading every step's claim cards made ``/series`` take 1–2 s); ``skip_steps``: that many of the
    latest are passed over first (a series' own page, a page of steps at a time).  ``periods``: an aggregate's
    estimates per month are read too (a list's JSON and CSV rows give the whole measure's only)."""
    if not page:
        return page
    iris = [URIRef(f.iri) for f in page]
    by_iri = {f.iri: f for f in page}
    members: dict[str, dict[str, None]] = defaultdict(dict)
    if family == "series":
        for iri, steps in _steps(store, iris, by_iri, latest_steps, skip_steps).items():
            members[iri] = {c: None for step in steps for c in step["claims"]}
    else:
        for row in plain_rows(store, "conflict-claims-of", finding=iris):
            members[str(row["finding"])][str(row["claim"])] = None
    cards = card_store.of(store, sorted({c for claims in members.values() for c in claims}))
    involved = _involved(store, list(by_iri))
    for f in page:
        f.claims = sorted((dict(cards[c]) for c in members[f.iri] if c in cards), key=_claim_order)
        f.actors = sorted(a.rsplit("/", 1)[-1] for a in involved.get(f.iri, set()))
        if family == "corroborations":
            f.details["reports"] = len(f.claims)
    if family == "aggregates":
        _estimates(store, iris, by_iri, periods)
    return page


def _steps(store: Store, iris: list[URIRef], by_iri: dict[str, Finding],
           latest: int | None, skip: int = 0) -> dict[str, list[dict[str, Any]]]:
    """Each series' steps (all, or the ``latest`` after passing over the ``skip`` latest, read by their IRIs
    ``<series>#step<position>``) into its details, and returned by series IRI."""
    cats = categories()
    counts = {str(r["series"]): int(r["steps"]) for r in plain_rows(store, "series-step-counts", series=iris)}
    for iri, count in counts.items():
        by_iri[iri].details["steps_total"] = count
    last = {iri: n - skip for iri, n in counts.items()}
    first = {iri: 1 if latest is None else max(1, last[iri] - latest + 1) for iri in counts}
    wanted = [URIRef(f"{iri}#step{p}") for iri in counts for p in range(first[iri], last[iri] + 1)]
    # read by IRI and sorted here, never with ORDER BY ("Series of figures over time"): a sort runs whole before
    # its first row, past the page's time budget (20 s for every series at 10k articles), a read stops in time
    rows = (row for i in range(0, len(wanted), STEP_BATCH)
            for row in plain_rows(store, "series-steps", step=wanted[i:i + STEP_BATCH]))
    steps: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
    for row in rows:
        f = by_iri[str(row["series"])]
        f.details.setdefault("speaker", str(row["speaker"]))
        f.details.setdefault("category", cats.label(str(row["category"])))
        step = steps[f.iri].setdefault(int(row["position"]), {"date": _val(row["date"]), "claims": []})
        step["claims"].append(str(row["claim"]))
    name_sides(store, [by_iri[iri] for iri in steps])
    out = {}
    for iri, found in steps.items():
        out[iri] = by_iri[iri].details["steps"] = [{"position": k, "date": v["date"], "claims": sorted(v["claims"])}
                                                   for k, v in sorted(found.items())]
        by_iri[iri].details.setdefault("steps_total", len(found))
    return out


def _estimates(store: Store, iris: list[URIRef], by_iri: dict[str, Finding], periods: bool = True) -> None:
    """Each aggregate's estimates (``details["low"]``...: value and claims), and the same per month
    (``details["periods"]``: ``{"period": "2020-10", "low": {...}, ...}`` in date order)."""
    cats = categories()
    for row in plain_rows(store, "conflict-aggregates", aggregate=iris):
        f = by_iri[str(row["aggregate"])]
        f.details.setdefault("category", cats.label(str(row["category"])))
        which = str(row["which"]).rsplit("#", 1)[-1]
        f.details.setdefault(which, {"value": _val(row["value"]), "claims": []})["claims"].append(str(row["claim"]))
    for iri, months in (aggregate_periods(store, iris) if periods else {}).items():
        by_iri[iri].details["periods"] = months
