"""A page of aggregates, series or corroborations, read for that page only.

Why not ``read.aggregates`` / ``read.series``: those read every finding of the class with every claim card and
step (5 s for ``/series`` at 1,000 articles); a page needs the heads of all (to order and count them: one row
each) and the claims, steps and estimates of the twenty it shows.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rdflib import URIRef

from kb.derived.conflicts.read import Finding, _claim_order, _involved, _val, claim_cards
from kb.derived.conflicts.vocabulary import CKC, categories
from kb.sparql.rows import plain_rows
from kb.store import Store

CLASSES = {"aggregates": CKC.Aggregate, "series": CKC.Series, "corroborations": CKC.Corroboration}


def heads(store: Store, family: str, finding: str | None = None) -> list[Finding]:
    """Every finding of the family (or just ``finding``) with its key and explanation, ordered by explanation."""
    one = {"finding": URIRef(finding)} if finding is not None else {}
    found: dict[str, Finding] = {}
    for row in plain_rows(store, "conflict-findings", **{"class": CLASSES[family]}, **one):
        f = found.setdefault(str(row["finding"]), Finding(str(row["finding"]), str(row["key"]), family,
                                                          str(row["explanation"])))
        if row["sources"] is not None:
            f.details["independent_sources"] = _val(row["sources"])
    return sorted(found.values(), key=lambda f: (f.explanation, f.iri))


def fill(store: Store, family: str, page: list[Finding]) -> list[Finding]:
    """The page's findings with their claims (cards), actors and details (steps, estimates, reports)."""
    if not page:
        return page
    iris = [URIRef(f.iri) for f in page]
    by_iri = {f.iri: f for f in page}
    members: dict[str, dict[str, None]] = defaultdict(dict)
    for row in plain_rows(store, "conflict-claims-of", finding=iris):
        members[str(row["finding"])][str(row["claim"])] = None
    cards = claim_cards(store, sorted({c for claims in members.values() for c in claims}))
    involved = _involved(store, list(by_iri))
    for f in page:
        f.claims = sorted((dict(cards[c]) for c in members[f.iri] if c in cards), key=_claim_order)
        f.actors = sorted(a.rsplit("/", 1)[-1] for a in involved.get(f.iri, set()))
        if family == "corroborations":
            f.details["reports"] = len(f.claims)
    if family == "series":
        _steps(store, iris, by_iri)
    elif family == "aggregates":
        _estimates(store, iris, by_iri)
    return page


def _steps(store: Store, iris: list[URIRef], by_iri: dict[str, Finding]) -> None:
    cats = categories()
    steps: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
    for row in plain_rows(store, "conflict-series", series=iris):
        f = by_iri[str(row["series"])]
        f.details.setdefault("speaker", str(row["speaker"]))
        f.details.setdefault("category", cats.label(str(row["category"])))
        step = steps[f.iri].setdefault(int(row["position"]), {"date": _val(row["date"]), "claims": []})
        step["claims"].append(str(row["claim"]))
    for iri, found in steps.items():
        by_iri[iri].details["steps"] = [{"position": k, **v} for k, v in sorted(found.items())]


def _estimates(store: Store, iris: list[URIRef], by_iri: dict[str, Finding]) -> None:
    cats = categories()
    for row in plain_rows(store, "conflict-aggregates", aggregate=iris):
        f = by_iri[str(row["aggregate"])]
        f.details.setdefault("category", cats.label(str(row["category"])))
        which = str(row["which"]).rsplit("#", 1)[-1]
        f.details.setdefault(which, {"value": _val(row["value"]), "claims": []})["claims"].append(str(row["claim"]))
