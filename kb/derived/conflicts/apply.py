"""An incremental refresh written: the touched groups' findings, the patched timelines and
articles order, the changed articles' state records and the cleared markers, all in one SPARQL update.

One update is one transaction on Oxigraph: a reader sees the derived graphs before this refresh or after it,
never in between; a crash leaves the markers, and the next refresh does the work again (it is idempotent).  A large
write on the embedded store (``BULK_LINES`` added lines: a batch of many articles) is the exception: its additions go
by the bulk loader, after an update that deletes and forgets the totals (``_write_in_two``).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pyoxigraph as ox

from kb.derived.conflicts import (
    actor_chunks,
    articles_order,
    cards,
    findings_diff,
    findings_order,
    groups,
    incremental,
    patch,
    state,
    summary_records,
)
from kb.derived.conflicts.actor_order import ACTOR_ORDER_GRAPH
from kb.derived.conflicts.graph import (
    Triple,
)
from kb.derived.conflicts.load import Actors
from kb.derived.conflicts.model import ClaimFacts
from kb.derived.conflicts.refresh import KINDS, Summary
from kb.derived.conflicts.vocabulary import CKC, KIND_CLASS, Categories
from kb.derived.phases import phase
from kb.derived.review_sync import Deferred
from kb.store import Store
from kb.store.oxigraph import data_update
from kb.vocab import CONFLICTS_GRAPH, TIMELINES_GRAPH

Lines = dict[str, list[str]]
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def refresh_changed(store: Store, actors: Actors, cats: Categories, totals: dict[str, int],
                    found: state.Changes | None = None, deferred: Deferred | None = None) -> Summary:
    """Bring every derived graph up to date with the articles written since the last refresh (``found``, when the
    caller has read them); ``totals`` are what the last refresh counted, brought up to date by what this one writes.
    ``deferred``: other graphs' differences, read by the caller before (the review order's, the map counts'), written
    with these in the same update or bulk load.

    Python's cyclic collector is paused meanwhile (``_collector_paused``): a refresh builds millions of small tuples
    (each finding's triples, the claims' facts), none of them in a cycle, and the collector walked them again and
    again: 13.6% of a 1,000-article batch's derived-data samples at 25k articles (py-spy), most while the findings'
    triples were built.  They are freed by reference counting as before; anything cyclic waits for the next
    collection after the refresh."""
    with _collector_paused():
        return _refresh_changed(store, actors, cats, totals, found, deferred or {})


@contextmanager
def _collector_paused() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _refresh_changed(store: Store, actors: Actors, cats: Categories, totals: dict[str, int],
                     found: state.Changes | None, deferred: Deferred) -> Summary:
    t0 = time.perf_counter()
    with phase("changed articles read") as p:
        d = incremental.delta(store, actors, cats, found)
        p["articles"] = len(d.articles)
    rec = incremental.recompute(store, d, actors, cats) if d.articles else incremental.Recomputed()
    t1 = time.perf_counter()
    gone: Lines = {str(CONFLICTS_GRAPH): [], str(TIMELINES_GRAPH): [], state.STATE_GRAPH: [], state.CHANGES_GRAPH: []}
    added: Lines = {k: [] for k in gone}
    fresh: list[Triple] = []  # the conflicts graph's additions on the embedded store, as terms (``findings_diff.diff``)
    before, after = d.claims()
    with phase("timelines and articles order patched"):
        _patched(store, d, before, after, gone, added)
    said: dict[str, dict[str, str | None]] = {}  # the findings order's changes (``findings_order.plan``)
    with phase("findings diffed") as p:
        touched, placed, written = findings_diff.diff(store, rec, (gone, added, fresh), said, (d.articles, before))
        p["rewritten"] = rewritten = len(touched)
    with phase("records and cards"):
        _records(store, d, gone, added)
        made = cards.card_triples(store, [c.iri for c in after], d.cards)  # rows read with the claims' facts
        added[cards.CARDS_GRAPH] = [f"{s} {p} {o} ." for s, p, o in made]
    now = _counted(totals, gone, added, fresh, len(after) - len(before))
    orders, listed = None, None  # the orders' differences, read before the write and written with it
    if store.capabilities.embedded:  # elsewhere ``written`` is empty: the orders read the conflicts as written
        with phase("actors' orders read"):
            orders = actor_chunks.plan(store, frozenset(placed), written)
        with phase("findings order read"):
            listed = findings_order.plan(store, said, sum(now[k] for k in KINDS))
    order_lines = None if orders is None else orders.lines
    with phase("written") as p:
        triples = sum(map(len, added.values())) + len(fresh)
        p["added"], p["deleted"] = triples, sum(map(len, gone.values()))
        _write(store, rec, (before, after), gone, (added, fresh), (totals, now),
               {**deferred, ACTOR_ORDER_GRAPH: order_lines, findings_order.ORDER_GRAPH: listed})
    if order_lines is not None:
        orders = actor_chunks.Plan(order_lines, written=True)
    t2 = time.perf_counter()
    return Summary.of(now, propositions=0, comparisons=rec.comparisons, triples=triples,
                      rewritten=rewritten, seconds={"load": round(t1 - t0, 3), "detect": 0.0,
                                                    "write": round(t2 - t1, 3)},
                      families=frozenset(said),
                      touched=frozenset(placed), placed=written or None, orders=orders, listed=listed is not None)


def _patched(store: Store, d: incremental.Delta, before: list[ClaimFacts], after: list[ClaimFacts], gone: Lines,
             added: Lines) -> None:
    """The timelines of the changed claims' actors and the articles order, as lines to delete and to add."""
    view = incremental.View(store, d)
    for graph, lines in zip((gone, added), patch.timelines(store, view.load, before, after), strict=True):
        graph[str(TIMELINES_GRAPH)] += lines
    changed_old = {a: d.old[a] for a in d.articles if a in d.old}
    changed_new = {a: d.new[a] for a in d.articles if a in d.new}
    for graph, lines in zip((gone, added), articles_order.order(store, changed_old, changed_new), strict=True):
        graph[str(TIMELINES_GRAPH)] += lines


def _write(store: Store, rec: incremental.Recomputed, claims: tuple[list[ClaimFacts], list[ClaimFacts]], gone: Lines,
           adding: tuple[Lines, list[Triple]], totals: tuple[dict[str, int], dict[str, int]],
           orders: dict[str, actor_chunks.Lines | None] | None = None) -> None:
    """Everything in one update, or in two steps when it adds ``BULK_LINES`` or more (``_write_in_two``).  ``adding``:
    lines by graph, and the conflicts graph's triples as terms (``findings_diff.diff``), written as lines in an update.
    ``orders``: by graph, differences read before (lines to delete, to add, patterns to wipe): the actors' orders'
    (``actor_chunks.plan``), the findings order's (``findings_order.plan``), the review order's and the map counts'
    (``refresh_changed``'s ``deferred``), in the same update, or their additions in the same bulk load: a load of
    their own cost a 1,000-article batch 2-3 s of CPU at 25k articles."""
    (added, fresh), (was, now) = adding, totals
    by_graph = [(g, lines) for g, lines in (orders or {}).items() if lines is not None and any(lines)]
    if not (any(gone.values()) or any(added.values()) or fresh or rec.summaries or by_graph):
        return
    forget = cards.forget_update(c.iri for c in (*claims[0], *claims[1]))
    if store.capabilities.embedded and sum(map(len, added.values())) + len(fresh) >= BULK_LINES:
        first = (state.forget_totals(), forget, summary_records.forget(rec.summaries), _update(gone, {}),
                 *(data_update(g, lines[0], [], lines[2]) for g, lines in by_graph))
        _write_in_two(store, " ;\n".join(part for part in first if part),
                      {**added, **{g: lines[1] for g, lines in by_graph}}, now,
                      [(str(CONFLICTS_GRAPH), fresh), (state.STATE_GRAPH, summary_records.terms(rec.summaries))])
        return
    kept = summary_records.update(rec.summaries)
    added[str(CONFLICTS_GRAPH)] += sorted(f"{s} {p} {o} ." for s, p, o in fresh)
    store.update(" ;\n".join(part for part in (forget, kept, _update(gone, added),
                                                state.totals_update(now) if now != was else "",
                                                *(data_update(g, *lines) for g, lines in by_graph)) if part))


_COUNTED = {ox.NamedNode(str(c)): name for name, c in
            (*KIND_CLASS.items(), ("corroborations", CKC.Corroboration), ("series", CKC.Series),
             ("aggregates", CKC.Aggregate))}
"""A finding's class → the total it counts in."""
_COUNTED_LINES = {f"{_TYPE} {c} .": name for c, name in _COUNTED.items()}
"""The end of a finding's type line → the total it counts in."""


def _counted(totals: dict[str, int], gone: Lines, added: Lines, fresh: list[Triple], claims: int) -> dict[str, int]:
    """The totals after this refresh: each finding's type triple written or deleted counts one up or down."""
    out = dict(totals, claims=totals["claims"] + claims)
    for lines, sign in ((gone, -1), (added, 1)):
        for line in lines[str(CONFLICTS_GRAPH)]:
            name = _COUNTED_LINES.get(line.split(" ", 1)[-1])
            if name is not None:
                out[name] += sign
    for _, p, o in fresh:
        if p == _TYPE and (name := _COUNTED.get(o)) is not None:  # type: ignore[arg-type]
            out[name] += 1
    return out


def _records(store: Store, d: incremental.Delta, gone: Lines, added: Lines) -> None:
    """The changed articles' state records replaced, and every marker cleared."""
    lines = state.stored_triples(store, d.articles, d.markers)
    for graph, found in lines.items():
        gone[graph] += found
    for article in sorted(d.articles & d.new.keys()):
        claims = d.new_claims.get(article, [])
        tags = set().union(*(groups.tags(c) for c in claims)) if claims else set()
        record = state.record_triples(article, d.new[article], tags)
        added[state.STATE_GRAPH] += (f"{s} {p} {o} ." for s, p, o in record)


BULK_LINES = 100_000
"""Added lines from which a write goes in two steps (``_write_in_two``): a batch of 1,000 articles at 25k adds 378k,
a one-article write a few thousand."""


def _write_in_two(store: Store, first: str, added: Lines, totals: dict[str, int],
                  fresh: list[tuple[str, list[Triple]]]) -> None:
    """A large write on the embedded store: the deletions in one update that also forgets the totals, the additions
    by the bulk loader in one load for every graph (``fill_graphs``; ``fresh``'s triples as they are, by graph: the
    conflicts graph's and the states' summaries, the other graphs' lines parsed), then the totals.  Why: a
    transactional write costs Oxigraph about 60 µs of CPU a quad
    (its background flushes and compactions included): of a 1,000-article batch's 114-120 s of CPU at 25k
    articles, the update (61k lines deleted, 378k added) took 39 s; those 378k quads took 21.9 s by update and 9.4 s
    by the bulk loader, parsing included (``docs/scaling.md``).  One load, not one per graph: each load leaves files
    that every later look-up reads until they are compacted (``fill_graphs``).  The cost: a reader during the load may
    see a grown conflict without the triples that changed (its explanation, counts, member list) until they are
    loaded, as a first fill may be seen partly filled; a crash in between leaves no totals, so the next refresh
    recomputes everything (``refresh``)."""
    store.update(first)
    parsed = ((graph, ((q.subject, q.predicate, q.object) for q in ox.parse("\n".join(lines),
                                                                           format=ox.RdfFormat.N_TRIPLES)))
              for graph, lines in added.items() if lines)
    store.fill_graphs([*fresh, *parsed])  # type: ignore[attr-defined]
    store.update(state.totals_update(totals))


def _update(gone: Lines, added: Lines) -> str:
    wipe = findings_diff.WIPE
    parts = [f"DELETE WHERE {{ GRAPH <{CONFLICTS_GRAPH}> {{ {sp} ?o }} }}" for sp in gone.get(wipe, [])]
    for verb, lines in (("DELETE", gone), ("INSERT", added)):
        body = "".join(f" GRAPH <{g}> {{\n" + "\n".join(v) + "\n}" for g, v in lines.items() if v and g != wipe)
        if body:
            parts.append(f"{verb} DATA {{{body} }}")
    return " ;\n".join(parts)
