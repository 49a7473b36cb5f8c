"""The whole recompute's findings made and handed to the writer one measure at a time, never all at once.

``refresh.detect`` gathers every finding before anything is written: at 25k articles 242,730 conflicts held as
objects (the claims they name, their explanations and actors), 0.5 GB above the claims themselves, and the 1M-claim
refresh reached 18 GB (bench/results-250000.md).  Here the numeric conflicts and series of one measure (parties,
category) are detected, turned into triples and written before the next measure is read: a claim belongs to one
measure, so no numeric conflict or series joins two, and a conflict's IRI and rank come from the conflict alone
(``graph.conflict_key``, ``ranks.rank_of``), so nothing global orders them.  The rules that do join measures or
read every proposition (part-whole, accusations, denials, corroborations, aggregates) run after, each streamed in
turn.  The graph written is ``refresh.findings(detect(...))``'s (``tests/test_conflicts_streamed.py``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

import pyoxigraph as ox

from kb.derived.conflicts import accusations, clusters, figures, ranks, state, summaries
from kb.derived.conflicts.graph import (
    Triples,
    add_aggregate,
    add_conflict,
    add_corroboration,
    add_series,
    conflict_key,
    latest,
)
from kb.derived.conflicts.incremental import group_of
from kb.derived.conflicts.model import ClaimFacts, Detected
from kb.derived.conflicts.vocabulary import categories
from kb.derived.conflicts.write import Finding
from kb.vocab import DATA

T = TypeVar("T")


@dataclass
class Tally:
    """What the streamed rules found, counted as the findings go by (what ``refresh.Findings`` held whole)."""

    kinds: Counter[str] = field(default_factory=Counter)
    corroborations: int = 0
    series: int = 0
    aggregates: int = 0
    propositions: int = 0
    comparisons: int = 0
    kept: dict[str, summaries.Summary] = field(default_factory=dict)
    """Per state and measure (``sm|`` tag), what the aggregates were computed from: recorded with the state."""


def conflict_iri(d: Detected) -> str:
    return f"{DATA}conflict/{conflict_key(d)}"


def finding(add: Callable[[Triples, T], ox.NamedNode], item: T, rank: int | None = None) -> Finding:
    """One finding's triples, with the group it belongs to (``st:group``: what an incremental refresh replaces)."""
    g = Triples()
    node = add(g, item)
    g.add((node, state.GROUP, ox.Literal(group_of(item))))  # type: ignore[arg-type]
    return Finding(node.value, g, rank)


def findings(claims: list[ClaimFacts], label: Callable[[str], str], tally: Tally) -> Iterator[Finding]:
    """Every finding of ``claims``, measure by measure then rule by rule; ``tally`` filled as they go by (complete
    once the stream is exhausted)."""
    cats = categories()
    counted: Counter[str] = Counter()
    props = clusters.propositions(claims)
    tally.propositions = len(props)
    measures = figures.by_measure(figures.figure_propositions(props))
    for key, members in measures.items():
        yield from _conflicts(figures.numeric_conflicts({key: members}, cats, label, counted), tally)
        for s in clusters.series(members, label, cats):
            tally.series += 1
            yield finding(add_series, s)
    scopes = figures.article_scopes(claims)
    yield from _conflicts(figures.part_whole_conflicts(measures, cats, label, counted, scopes), tally)
    del scopes
    yield from _conflicts(accusations.mutual_accusations(props, label, counted), tally)
    yield from _conflicts(accusations.denials(props, label, counted), tally)
    for c in clusters.corroborations(props, label, cats):
        tally.corroborations += 1
        yield finding(add_corroboration, c)
    tally.kept = summaries.by_state(measures)
    for a in summaries.aggregates(tally.kept, label, cats):
        tally.aggregates += 1
        yield finding(add_aggregate, a)
    tally.comparisons = counted["comparisons"]


def _conflicts(found: Iterable[Detected], tally: Tally) -> Iterator[Finding]:
    """One rule's conflicts (or one measure's numeric ones), the first of those joining the same claims kept as
    ``detect`` keeps it: its key includes the kind, and a rule's kinds are its own, so no other list can repeat it."""
    unique: dict[tuple[str, frozenset[str]], Detected] = {}
    for d in found:
        unique.setdefault((d.kind, frozenset(c.iri for c in d.claims)), d)
    for d in unique.values():
        tally.kinds[d.kind] += 1
        yield finding(add_conflict, d, ranks.rank_of(latest(d), d.kind, conflict_iri(d)))
