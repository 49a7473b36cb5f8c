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
from rdflib import Literal

from kb.derived.conflicts import (
    actor_chunks,
    articles_order,
    cards,
    corroborations_read,
    findings_order,
    groups,
    incremental,
    native,
    patch,
    rewrite,
    state,
    summary_records,
)
from kb.derived.conflicts.actor_order import ACTOR_ORDER_GRAPH
from kb.derived.conflicts.actor_table import Placed
from kb.derived.conflicts.graph import (
    RANK,
    Triple,
    add_aggregate,
    latest,
)
from kb.derived.conflicts.load import Actors
from kb.derived.conflicts.model import ClaimFacts
from kb.derived.conflicts.ranks import rank_of
from kb.derived.conflicts.readback import Shared, old_lines, old_triples
from kb.derived.conflicts.refresh import KINDS, Summary, conflict_iri, finding
from kb.derived.conflicts.vocabulary import CKC, KIND_CLASS, Categories
from kb.derived.conflicts.write import ConflictFinding, Finding, SeriesFinding
from kb.derived.phases import phase
from kb.derived.review_sync import Deferred
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.store.oxigraph import data_update
from kb.vocab import CKB, CONFLICTS_GRAPH, TIMELINES_GRAPH

Lines = dict[str, list[str]]
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_DIGEST = ox.NamedNode(str(CKB.digest))
_INVOLVES = ox.NamedNode(str(CKC.involves))
_PLACING = frozenset({RANK, _INVOLVES})
"""The predicates that place a conflict in the orders of conflicts: its rank and its actors."""
_PLACING_LINES = {str(p) for p in _PLACING}


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
    fresh: list[Triple] = []  # the conflicts graph's additions on the embedded store, as terms (``_findings``)
    before, after = d.claims()
    with phase("timelines and articles order patched"):
        _patched(store, d, before, after, gone, added)
    said: dict[str, dict[str, str | None]] = {}  # the findings order's changes (``findings_order.plan``)
    with phase("findings diffed") as p:
        touched, placed, written = _findings(store, rec, (gone, added, fresh), said, (d.articles, before))
        p["rewritten"] = rewritten = len(touched)
    with phase("records and cards"):
        _records(store, d, gone, added)
        added[cards.CARDS_GRAPH] = [f"{s} {p} {o} ." for s, p, o in cards.card_triples(store, [c.iri for c in after])]
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
    lines by graph, and the conflicts graph's triples as terms (``_findings``), written as lines in an update.
    ``orders``: by graph, differences read before (lines to delete, to add, patterns to wipe): the actors' orders'
    (``actor_chunks.plan``), the findings order's (``findings_order.plan``), the review order's and the map counts'
    (``refresh_changed``'s ``deferred``), in the same update, or their additions in the same bulk load: a load of
    their own cost a 1,000-article batch 2-3 s of CPU at 25k articles."""
    (added, fresh), (was, now) = adding, totals
    by_graph = [(g, lines) for g, lines in (orders or {}).items() if lines is not None and any(lines)]
    if not (any(gone.values()) or any(added.values()) or fresh or rec.summaries or by_graph):
        return
    forget = cards.forget_update(c.iri for c in (*claims[0], *claims[1]))
    kept = summary_records.update(rec.summaries)
    if store.capabilities.embedded and sum(map(len, added.values())) + len(fresh) >= BULK_LINES:
        first = (state.forget_totals(), forget, kept, _update(gone, {}),
                 *(data_update(g, lines[0], [], lines[2]) for g, lines in by_graph))
        _write_in_two(store, " ;\n".join(part for part in first if part),
                      {**added, **{g: lines[1] for g, lines in by_graph}}, now, fresh)
        return
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


def _findings(store: Store, rec: incremental.Recomputed, into: tuple[Lines, Lines, list[Triple]],
              said: dict[str, dict[str, str | None]], changes: tuple[set[str], list[ClaimFacts]]
              ) -> tuple[set[str], set[str], dict[str, Placed]]:
    """The touched groups' findings as the difference from what is stored (each conflict with its rank): the lines
    to delete into ``gone``, the triples to add into ``fresh`` (terms: on the embedded store they go to the bulk
    loader or the update as they are), or, on a remote store, lines into ``added``.  Returns the IRIs of the
    findings rewritten or removed, and of the conflicts among them whose rank or actors changed: only those can move
    in the orders that list conflicts (``actor_order``); an episode rewritten where it stands, as most are, leaves
    them as they were, and reading its chunks cost most of a one-article write at 25k articles.  Each of those comes
    with its rank and actors as written (``actor_table.Placed``; on a remote store read back by the orders); and into
    ``said``, the aggregates, series and corroborations among them by family, with their explanations as written
    (None: removed), which is all the findings order needs of them (``findings_order.plan``).  ``changes``: the
    changed articles and their claims before (a rewritten corroboration's stored members are guessed from them:
    ``corroborations_read``)."""
    gone, added, fresh = into
    known = rec.tags & rec.digests.keys()  # read with the episodes' members
    old = _stored_digests(store, sorted(rec.tags - known))
    old |= {f: d for tag in known for f, d in rec.digests[tag].items()}
    new: dict[str, tuple[Finding, str]] = {}
    attested: dict[str, tuple[ConflictFinding, list[ClaimFacts]]] = {}
    for c in rec.corroborations:
        made = rewrite.corroboration(c)
        attested.setdefault(made.iri, (made, c.proposition.claims))
    for f in (*(rewrite.conflict(x) for x in rec.conflicts), *(f for f, _ in attested.values()),
              *(rewrite.series(s) for s in rec.series),
              *(finding(add_aggregate, a) for a in rec.aggregates)):
        new.setdefault(f.iri, (f, f.digest()))
    changed = {iri for iri, (_, digest) in new.items() if old.get(iri) != digest}
    # a conflict's rank follows from the conflict alone (``ranks.rank_of``): writing it moves no other conflict
    detected = {conflict_iri(x): x for x in rec.conflicts}
    for iri in changed:
        x = detected.get(iri)
        new[iri][0].rank = None if x is None else rank_of(latest(x), x.kind, iri)
    doomed = sorted(iri for iri in old if iri in changed or iri not in new)
    for iri in (*changed, *doomed):
        if (family := findings_order.family_of(iri)) is not None:
            said.setdefault(family, {})[iri] = findings_order.explanation(new[iri][0]) if iri in changed else None
    if not store.capabilities.embedded:
        return changed | set(doomed), _findings_as_lines(store, new, changed, doomed, gone, added), {}
    guessed = corroborations_read.guesses(((iri, attested[iri][1]) for iri in sorted(changed)
                                           if iri in attested and iri in old), *changes)
    was, shared = _stored(store, new, changed, doomed, guessed)
    now: set[Triple] = set()
    for iri in sorted(changed):
        f, digest = new[iri]
        now.update(rewrite.unshared(f, digest, shared.get(iri)))
    # triples, not findings: a grown episode adds its new members and keeps the hundreds it had
    before = set(was)
    going, coming = before - now, now - before
    placed = {s.value for s, p, _ in (*going, *coming) if p in _PLACING}
    gone[str(CONFLICTS_GRAPH)] += sorted(f"{s} {p} {o} ." for s, p, o in going)
    fresh += coming
    return changed | set(doomed), placed, {iri: _as_written(new, changed, old, iri) for iri in placed}


def _stored(store: Store, new: dict[str, tuple[Finding, str]], changed: set[str], doomed: list[str],
            guessed: dict[str, frozenset[str]]) -> tuple[list[Triple], Shared]:
    """The stored triples of the ``doomed`` findings but what the rewritten ones share with their new triples
    (``readback.Shared``): a grown series' first steps, a grown conflict's or corroboration's kept members; the
    corroborations ``guessed`` read with their members as guessed (``corroborations_read``)."""
    steps = {iri: f.value() for iri in changed if isinstance(f := new[iri][0], SeriesFinding)}
    grown = {iri: f for iri in changed if isinstance(f := new[iri][0], ConflictFinding)}
    members = {iri: f.members for iri, f in grown.items()}
    steady = frozenset(iri for iri, f in grown.items() if f.steady)  # their IRI fixes their ``graph.FIXED`` triples
    was, shared = old_triples(store, [iri for iri in doomed if iri not in guessed], steps, members, steady)
    more, also = corroborations_read.old_triples(store, guessed, members)
    return was + more, shared | also


def _as_written(new: dict[str, tuple[Finding, str]], changed: set[str], old: dict[str, str], iri: str
                ) -> tuple[int | None, tuple[str, ...], bool]:
    """A placed finding as this refresh wrote it (``actor_table.Placed``): its rank and actors (none: removed) and
    whether it was stored before."""
    if iri not in changed:
        return None, (), iri in old
    f = new[iri][0]
    return f.rank, tuple(o.value for _, p, o in f.triples if p == _INVOLVES), iri in old


def _findings_as_lines(store: Store, new: dict[str, tuple[Finding, str]], changed: set[str], doomed: list[str],
                       gone: Lines, added: Lines) -> set[str]:
    """A remote store's difference, as N-Triples lines (what it reads back are lines); returns the conflicts whose
    rank or actors lines differ (``_findings``' second value)."""
    now = {f"{s} {p} {o} ." for iri in sorted(changed) for s, p, o in new[iri][0].all_triples(new[iri][1])}
    was = set(old_lines(store, doomed))
    gone_lines, added_lines = was - now, now - was
    placed = {line.split(" ", 1)[0][1:-1] for line in (*gone_lines, *added_lines)
              if line.split(" ", 2)[1] in _PLACING_LINES}
    gone_lines, added_lines = _by_pattern(gone_lines, added_lines, now, gone)
    gone[str(CONFLICTS_GRAPH)] += sorted(gone_lines)
    added[str(CONFLICTS_GRAPH)] += sorted(added_lines)
    return placed


def _stored_digests(store: Store, tags: list[str]) -> dict[str, str]:
    """The findings stored for the groups ``tags`` → their digests (by look-ups on the embedded store)."""
    if store.capabilities.embedded:
        return {f: d for _, f, d in native.group_values(store.ox, tags, _DIGEST)}  # type: ignore[attr-defined]
    old: dict[str, str] = {}
    for i in range(0, len(tags), 400):
        for r in plain_rows(store, "conflict-group-findings", tag=[Literal(t) for t in tags[i:i + 400]]):
            old[str(r["finding"])] = str(r["digest"])
    return old


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


_WIPE = "wipe:" + str(CONFLICTS_GRAPH)
"""The key of ``gone`` whose lines are "<s> <p>": every value of that property deleted by pattern."""


def _by_pattern(gone: set[str], added: set[str], now: set[str], lines: Lines) -> tuple[set[str], set[str]]:
    """Literal values removed by pattern on a remote store: a literal read back from a server and written out again
    need not match it byte for byte (Virtuoso kept every old ``ckb:explanation`` of a conflict that kept its IRI),
    so each property that loses a literal is emptied and its current values written again."""
    wiped = {line.split(" ", 2)[0] + " " + line.split(" ", 2)[1] for line in gone if line.split(" ", 2)[2][:1] == '"'}
    lines.setdefault(_WIPE, []).extend(sorted(wiped))
    kept = {line for line in now if " ".join(line.split(" ", 2)[:2]) in wiped}
    return {line for line in gone if " ".join(line.split(" ", 2)[:2]) not in wiped}, added | kept


BULK_LINES = 100_000
"""Added lines from which a write goes in two steps (``_write_in_two``): a batch of 1,000 articles at 25k adds 378k,
a one-article write a few thousand."""


def _write_in_two(store: Store, first: str, added: Lines, totals: dict[str, int], fresh: list[Triple]) -> None:
    """A large write on the embedded store: the deletions in one update that also forgets the totals, the additions
    by the bulk loader in one load for every graph (``fill_graphs``; the conflicts graph's ``fresh`` triples as they
    are, the other graphs' lines parsed), then the totals.  Why: a transactional write costs Oxigraph about 60 µs of
    CPU a quad (its background flushes and compactions included): of a 1,000-article batch's 114-120 s of CPU at 25k
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
    store.fill_graphs([(str(CONFLICTS_GRAPH), fresh), *parsed])  # type: ignore[attr-defined]
    store.update(state.totals_update(totals))


def _update(gone: Lines, added: Lines) -> str:
    parts = [f"DELETE WHERE {{ GRAPH <{CONFLICTS_GRAPH}> {{ {sp} ?o }} }}" for sp in gone.get(_WIPE, [])]
    for verb, lines in (("DELETE", gone), ("INSERT", added)):
        body = "".join(f" GRAPH <{g}> {{\n" + "\n".join(v) + "\n}" for g, v in lines.items() if v and g != _WIPE)
        if body:
            parts.append(f"{verb} DATA {{{body} }}")
    return " ;\n".join(parts)
