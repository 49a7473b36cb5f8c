"""Recompute every finding from the store and bring the conflicts graph up to date.

Called after every ingest batch: the graph is derived data, so recomputing it whole (rather than
patching it per article) is what keeps a replaced article from leaving a stale conflict behind.
The detection itself is pure (``detect``) so it can be timed and tested without a store.  The findings
are streamed one by one to ``kb.conflicts.write``, which writes only those that changed (see there for
what a reader sees meanwhile): the whole graph, millions of triples at 100k claims, is never held.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TypeVar

import pyoxigraph as ox
from rdflib import Graph

from kb import timeline  # a module, not its names: kb.timeline imports kb.conflicts.graph
from kb.conflicts import accusations, clusters, figures
from kb.conflicts.graph import Triples, add_aggregate, add_conflict, add_corroboration, add_series, latest
from kb.conflicts.load import load_actors, load_claims
from kb.conflicts.model import ClaimFacts, Detected
from kb.conflicts.vocabulary import categories
from kb.conflicts.write import Finding, write_findings
from kb.store import Store
from kb.vocab import TIMELINES_GRAPH

T = TypeVar("T")


@dataclass
class Findings:
    """Everything the rules found in one pass, before it is written."""

    conflicts: list[Detected] = field(default_factory=list)
    corroborations: list[clusters.Corroboration] = field(default_factory=list)
    series: list[clusters.Series] = field(default_factory=list)
    aggregates: list[clusters.Aggregate] = field(default_factory=list)
    propositions: int = 0
    comparisons: int = 0


@dataclass
class Summary:
    """What a refresh found and what it cost (seconds per phase; pairs of figures actually compared)."""

    claims: int
    propositions: int
    conflicts: dict[str, int]
    corroborations: int
    series: int
    aggregates: int
    comparisons: int
    triples: int
    rewritten: int
    seconds: dict[str, float]

    @property
    def total_conflicts(self) -> int:
        return sum(self.conflicts.values())

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "total_conflicts": self.total_conflicts}


def detect(claims: list[ClaimFacts], label: Callable[[str], str]) -> Findings:
    """Run every rule over the claims: group first, compare only inside groups."""
    cats = categories()
    tally: Counter[str] = Counter()
    props = clusters.propositions(claims)
    measures = figures.by_measure(figures.figure_propositions(props))
    found = [
        *figures.numeric_conflicts(measures, cats, label, tally),
        *figures.part_whole_conflicts(measures, cats, label, tally, figures.article_scopes(claims)),
        *accusations.mutual_accusations(props, label, tally),
        *accusations.denials(props, label, tally),
    ]
    unique: dict[tuple[str, frozenset[str]], Detected] = {}
    for d in found:
        unique.setdefault((d.kind, frozenset(c.iri for c in d.claims)), d)
    return Findings(
        conflicts=sorted(unique.values(), key=lambda d: (d.kind, d.explanation)),
        corroborations=clusters.corroborations(props, label, cats),
        series=clusters.series([p for group in measures.values() for p in group], label, cats),
        aggregates=clusters.aggregates(measures, label, cats),
        propositions=len(props),
        comparisons=tally["comparisons"],
    )


def newest_first(conflicts: list[Detected]) -> list[Detected]:
    """Conflicts by the date of their latest claim, newest first (undated last); ties keep their order."""
    return sorted(conflicts, key=lambda d: -(latest(d) or date.min).toordinal())


def findings(found: Findings) -> Iterator[Finding]:
    """Every finding with its triples, one at a time; conflicts carry their rank in the newest-first order."""
    for rank, d in enumerate(newest_first(found.conflicts), start=1):
        yield _one(add_conflict, d, rank)
    yield from (_one(add_corroboration, c) for c in found.corroborations)
    yield from (_one(add_series, s) for s in found.series)
    yield from (_one(add_aggregate, a) for a in found.aggregates)


def _one(add: Callable[[Triples, T], ox.NamedNode], item: T, rank: int | None = None) -> Finding:
    g = Triples()
    return Finding(add(g, item).value, g, rank)


def findings_graph(found: Findings) -> Graph:
    """The whole conflicts graph as rdflib (tests; small stores): what ``refresh`` leaves in the store."""
    g = Triples()
    for f in findings(found):
        for t in f.all_triples(f.digest()):
            g.add(t)
    return g.graph()


def write(store: Store, triples: Triples, graph: str) -> None:
    """Replace a derived graph: the pyoxigraph fast path when the store has it, else ``put_graph``."""
    fast = getattr(store, "replace_graph_quads", None)
    if fast is not None:
        fast(graph, triples)
    else:
        store.put_graph(graph, triples.graph())


def refresh(store: Store) -> Summary:
    """Recompute conflicts, corroborations, series and aggregates; replace the conflicts graph.  The actors'
    timelines (``kb.timeline``) are derived from the same claims and rewritten with them."""
    t0 = time.perf_counter()
    actors = load_actors(store)
    claims = load_claims(store, actors)
    t1 = time.perf_counter()
    found = detect(claims, actors.label)
    t2 = time.perf_counter()
    written = write_findings(store, findings(found))
    write(store, timeline.graph_triples(store, claims), str(TIMELINES_GRAPH))
    t3 = time.perf_counter()
    kinds = Counter(d.kind for d in found.conflicts)
    return Summary(
        claims=len(claims),
        propositions=found.propositions,
        conflicts={k: kinds.get(k, 0) for k in ("numeric", "part-whole", "mutual-accusation", "denial")},
        corroborations=len(found.corroborations),
        series=len(found.series),
        aggregates=len(found.aggregates),
        comparisons=found.comparisons,
        triples=written.triples,
        rewritten=written.rewritten,
        seconds={"load": round(t1 - t0, 3), "detect": round(t2 - t1, 3), "write": round(t3 - t2, 3)},
    )
