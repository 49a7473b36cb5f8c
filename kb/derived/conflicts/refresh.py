"""Recompute every finding from the store and bring the conflicts graph up to date.

Called after every ingest batch: the graph is derived data, so recomputing it whole (rather than
patching it per article) is what keeps a replaced article from leaving a stale conflict behind.
The detection itself is pure (``detect``) so it can be timed and tested without a store.  The findings
are streamed one by one to ``kb.derived.conflicts.write``, which writes only those that changed (see there for
what a reader sees meanwhile): the whole graph, millions of triples at 100k claims, is never held.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from functools import partial
from typing import Any

from rdflib import Graph

# modules: kb.derived.timeline imports kb.derived.conflicts.graph
from kb.derived import map_counts, review_sync, timeline
from kb.derived.conflicts import (
    accusations,
    actor_order,
    cards,
    clusters,
    figures,
    findings_order,
    groups,
    ranks,
    state,
    streamed,
    summaries,
    summary_records,
)
from kb.derived.conflicts.graph import (
    Triples,
    add_aggregate,
    add_conflict,
    add_corroboration,
    add_series,
    latest,
)
from kb.derived.conflicts.load import Actors, load_actors, load_claims
from kb.derived.conflicts.model import ClaimFacts, Detected
from kb.derived.conflicts.streamed import Tally, conflict_iri, finding
from kb.derived.conflicts.vocabulary import categories
from kb.derived.conflicts.write import Finding, write_findings
from kb.derived.phases import phase
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.vocab import DATA, TIMELINES_GRAPH

KINDS = ("numeric", "part-whole", "same-side", "mutual-accusation", "denial")


@dataclass
class Findings:
    """Everything the rules found in one pass, before it is written."""

    conflicts: list[Detected] = field(default_factory=list)
    corroborations: list[clusters.Corroboration] = field(default_factory=list)
    series: list[clusters.Series] = field(default_factory=list)
    aggregates: list[clusters.Aggregate] = field(default_factory=list)
    propositions: int = 0
    comparisons: int = 0
    kept: dict[str, summaries.Summary] = field(default_factory=dict)
    """Per state and measure (``sm|`` tag), what the aggregates were computed from: recorded with the state."""


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
    families: frozenset[str] | None = None
    """The findings families (aggregates, series, corroborations) whose findings this refresh rewrote or removed;
    None: it cannot say (a whole recompute), so every family's order is checked."""
    touched: frozenset[str] | None = field(default=None, repr=False)
    """The IRIs of the conflicts whose rank or actors this refresh changed (added and removed ones too:
    ``actor_order``, whose lists to check; a finding rewritten where it stands is not among them); None: a whole
    recompute."""
    placed: dict[str, tuple[int | None, tuple[str, ...], bool]] | None = field(default=None, repr=False)
    """The conflicts of ``touched`` as this refresh wrote them: rank, actors, stored before (``actor_table.Placed``);
    the orders need not read back what it just wrote.  None: read from the store."""
    orders: object = field(default=None, repr=False)
    """The actors' orders' difference, read before this refresh wrote the conflicts (``actor_chunks.plan``); None:
    read after."""
    listed: bool = False
    """Whether this refresh wrote the findings order's difference with the findings (``findings_order.plan``, read
    before the write): then nothing is left to sync after."""
    upgraded: bool = False
    """Whether the store was first upgraded from older rules (``state.UPGRADES``): much of it rewritten, as by a whole
    recompute (the caller compacts it)."""

    @classmethod
    def of(cls, totals: dict[str, int], **rest: Any) -> Summary:
        """From the totals a refresh records (``state.totals_update``): claims, each kind of conflict, the rest."""
        return cls(claims=totals["claims"], conflicts={k: totals[k] for k in KINDS},
                   corroborations=totals["corroborations"], series=totals["series"], aggregates=totals["aggregates"],
                   **rest)

    @property
    def total_conflicts(self) -> int:
        return sum(self.conflicts.values())

    def to_dict(self) -> dict[str, object]:
        out = {**asdict(self), "touched": len(self.touched) if self.touched is not None else None,
               "total_conflicts": self.total_conflicts}
        out.pop("placed")
        out.pop("orders")
        return out


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
    kept = summaries.by_state(measures)
    unique: dict[tuple[str, frozenset[str]], Detected] = {}
    for d in found:
        unique.setdefault((d.kind, frozenset(c.iri for c in d.claims)), d)
    return Findings(
        conflicts=sorted(unique.values(), key=lambda d: (d.kind, d.explanation)),
        corroborations=clusters.corroborations(props, label, cats),
        series=clusters.series([p for group in measures.values() for p in group], label, cats),
        aggregates=summaries.aggregates(kept, label, cats),
        propositions=len(props),
        comparisons=tally["comparisons"],
        kept=kept,
    )


def newest_first(conflicts: list[Detected]) -> list[Detected]:
    """Conflicts newest first: by rank (``ranks.rank_of``: the latest claim's date, then kind), then IRI."""
    keyed = [((-ranks.rank_of(latest(d), d.kind, iri), iri), d) for d in conflicts for iri in (conflict_iri(d),)]
    return [d for _, d in sorted(keyed, key=lambda kd: kd[0])]


def findings(found: Findings) -> Iterator[Finding]:
    """Every finding with its triples, one at a time.  Conflicts carry their rank (``schema:position``, from the
    conflict alone: ``ranks.rank_of``), so a new conflict moves no other one's rank."""
    for d in newest_first(found.conflicts):
        yield finding(add_conflict, d, ranks.rank_of(latest(d), d.kind, conflict_iri(d)))
    yield from (finding(add_corroboration, c) for c in found.corroborations)
    yield from (finding(add_series, s) for s in found.series)
    yield from (finding(add_aggregate, a) for a in found.aggregates)


def findings_graph(found: Findings) -> Graph:
    """The whole conflicts graph as rdflib (tests; small stores): what ``refresh`` leaves in the store."""
    g = Triples()
    for f in findings(found):
        for t in f.all_triples(f.digest()):
            g.add(t)
    return g.graph()


def write(store: Store, triples: Triples, graph: str) -> None:
    """Replace a derived graph: the pyoxigraph fast path when the store has it, else ``put_graph``."""
    if store.capabilities.embedded:
        store.replace_graph_quads(graph, triples)  # type: ignore[attr-defined]
    else:
        store.put_graph(graph, triples.graph())


def refresh(store: Store, *, full: bool = False) -> Summary:
    """Bring conflicts, corroborations, series, aggregates, the actors' timelines, the articles order, the review
    order and the map's counts up to date.

    Incremental (``kb.derived.conflicts.apply``): only the groups the articles written since the last refresh touch.
    Whole (``full=True``, ``kb conflicts --refresh``; or when nothing was recorded yet, or the gazetteer or the
    rules changed): every claim reloaded and every finding recomputed, then the derived state recorded."""
    actors = load_actors(store)
    meta, stored = state.computed_with(store), state.stored_meta(store)
    upgrade = state.UPGRADES.get(stored.split("|")[0], ()) if stored is not None and stored != meta \
        and stored.split("|", 1)[1] == meta.split("|", 1)[1] else ()
    # the orders: the review order and the map counts are read before the conflicts (they list claims by their own
    # facts, which a refresh never writes: their look-ups then miss the conflicts' fresh load, 433k quads after a
    # 1,000-article batch at 25k articles), the others after; on the embedded store an incremental refresh writes
    # them all with the conflicts (``apply._write``), a whole one in updates of their own: a flag set before and
    # cleared after says whether the last refresh stopped in between (then they are written whole now)
    leftover = actor_order.orders_pending(store) or bool(upgrade)
    if upgrade:
        store.update(actor_order.pending_update(True))
        _upgrade(store, actors, meta, upgrade)
        stored = meta
    totals = state.stored_totals(store) if not full and stored == meta else None
    found = state.changes(store) if totals is not None else None
    writes = found is None or bool(found.articles)
    if writes and not leftover:
        store.update(actor_order.pending_update(True))
    some = found if found is not None and not _most_changed(store, found) else None  # else recomputed whole
    changed = None if some is None or leftover else sorted(some.articles)
    # group by group, both orders' differences are read now and written with the rest (``review_sync.sync``)
    deferred: review_sync.Deferred | None = {} if some is not None and totals is not None else None
    with phase("review order"):
        review_sync.sync(store, changed, deferred)  # /review's order
    with phase("map counts"):  # /map's counts by place, type and day (kb.derived.map_counts; per article: idempotent)
        map_counts.sync(store, changed, deferred)
    if some is not None and totals is not None:
        from kb.derived.conflicts.apply import refresh_changed

        summary = refresh_changed(store, actors, categories(), totals, some, deferred)
    else:
        summary = _full(store, actors, meta, fresh=stored is None or stored.split("|")[0] != state.RULES_VERSION)
    summary.upgraded = bool(upgrade)
    families, touched = (None, None) if leftover else (summary.families, summary.touched)
    placed = None if leftover else summary.placed
    if leftover or not summary.listed:  # else written with the findings
        with phase("findings order"):
            findings_order.sync(store, summary.total_conflicts, families)  # the lists' orders, read by their pages
    with phase("actors' orders"):
        actor_order.sync(store, touched, placed, None if leftover else summary.orders)  # read by ?actor= pages
    if writes or leftover:
        store.update(actor_order.pending_update(False))
    return summary


WHOLE_SHARE, WHOLE_MIN, WHOLE_MAX = 0.25, 200, 2500
"""A write that changed more than this share of the recorded articles (and at least ``WHOLE_MIN``) is recomputed
whole: group by group, a batch's memory grows with everything it touches.  It was 0.05 when 1,000 new articles on a
10k-article store took 121 s of CPU and 4.2 GB group by group (150 s and 2.7 GB whole); measured again with rules 30
(``docs/scaling.md``, session 29), group by group is four to five times cheaper and well inside the 2 GB budget:
1,000 articles into 10k dense ones 21.3 s of CPU and 1.16 GB (whole 111.1 s, 0.74 GB), 1,000 into the newsroom's
13.4k (100k claims) 27.8 s and 0.98 GB (whole 116.2 s, 0.83 GB), and 2,500 into 10k dense ones, this share, 55.4 s
and 1.47 GB.  A share is no memory bound: past ``WHOLE_MAX`` changed articles (the largest batch measured group by
group) a write is recomputed whole whatever the store's size."""


def _most_changed(store: Store, found: state.Changes) -> bool:
    changed = len(found.articles)
    if changed < WHOLE_MIN:
        return False
    if changed > WHOLE_MAX:
        return True
    rows = list(plain_rows(store, "state-count"))
    return changed > WHOLE_SHARE * (int(rows[0]["recorded"]) if rows else 0)


def _full(store: Store, actors: Actors, meta: str, *, fresh: bool) -> Summary:
    """Everything recomputed.  ``fresh``: the state was recorded by other rules (or never): written whole again."""
    t0 = time.perf_counter()
    store.update(state.forget_totals())  # a crash before the new totals are written forces a full refresh again
    with phase("claims loaded") as d:
        claims = load_claims(store, actors)
        d["claims"] = len(claims)
    t1 = time.perf_counter()
    tally = Tally()
    with phase("rules and findings written, measure by measure") as d:  # never every finding at once
        written = write_findings(store, streamed.findings(claims, actors.label, tally))
        d["conflicts"], d["triples"], d["rewritten"] = sum(tally.kinds.values()), written.triples, written.rewritten
    t2 = time.perf_counter()
    totals = {"claims": len(claims), **{k: tally.kinds.get(k, 0) for k in KINDS},
              "corroborations": tally.corroborations, "series": tally.series, "aggregates": tally.aggregates}
    kept, propositions, comparisons = tally.kept, tally.propositions, tally.comparisons
    del tally
    with phase("timelines"):
        articles = timeline.articles_of(plain_rows(store, "article-order"))
        write(store, timeline.graph_triples(store, claims, articles), str(TIMELINES_GRAPH))
    with phase("cards"):
        write(store, cards.card_triples(store, (c.iri for c in claims)), cards.CARDS_GRAPH)
    with phase("state records"):
        _record(store, claims, articles, meta, fresh)
    with phase("summaries"):
        summary_records.put(store, {tag: summaries.encode(s) for tag, s in kept.items()})
    t3 = time.perf_counter()
    store.update(state.totals_update(totals))
    return Summary.of(totals, propositions=propositions, comparisons=comparisons, triples=written.triples,
                      rewritten=written.rewritten,
                      seconds={"load": round(t1 - t0, 3), "detect and write": round(t2 - t1, 3),
                               "write the rest": round(t3 - t2, 3)})


def _upgrade(store: Store, actors: Actors, meta: str, steps: tuple[str, ...]) -> None:
    """A store refreshed by rules in ``state.UPGRADES`` brought up to date by the steps they lack, a fraction of a
    whole refresh (no conflict is recomputed): the summaries per state and measure recomputed from every claim, the
    series written again under their keys, the conflicts' ranks rewritten from their stored dates and kinds; then the
    new rules recorded.  The orders that list the conflicts are written whole after (the caller's pending flag)."""
    if "summaries" in steps or "series" in steps:
        claims = load_claims(store, actors)
        measures = figures.by_measure(figures.figure_propositions(clusters.propositions(claims)))
        if "summaries" in steps:
            summary_records.put(store, {tag: summaries.encode(s) for tag, s in summaries.by_state(measures).items()})
        if "series" in steps:  # every series written again under its new key, the other findings left as they are
            found = clusters.series([p for group in measures.values() for p in group], actors.label, categories())
            write_findings(store, (finding(add_series, s) for s in found), within=f"{DATA}series/")
    if "ranks" in steps:
        ranks.rerank(store)
    state.put_meta(store, meta)


def _record(store: Store, claims: list[ClaimFacts], articles: list[dict[str, Any]], meta: str, fresh: bool) -> None:
    """The derived state brought up to date (``kb.derived.conflicts.state.sync``: only changed records rewritten)."""
    by_article: dict[str, list[ClaimFacts]] = defaultdict(list)
    for c in claims:
        by_article[c.article].append(c)

    def records() -> Iterator[state.Record]:
        for row in articles:
            mine = by_article.get(str(row["article"]), [])
            yield str(row["article"]), groups.encode(row["published"], mine), partial(_tags, mine)

    state.sync(store, records(), meta, fresh=fresh)


def _tags(claims: list[ClaimFacts]) -> set[str]:
    return set().union(*(groups.tags(c) for c in claims)) if claims else set()
