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

from kb.derived.conflicts import cards, groups, incremental, native, patch, state
from kb.derived.conflicts.graph import RANK, add_aggregate, add_conflict, add_corroboration, add_series, latest
from kb.derived.conflicts.load import Actors
from kb.derived.conflicts.model import ClaimFacts
from kb.derived.conflicts.ranks import rank_of
from kb.derived.conflicts.refresh import Summary, conflict_iri, finding
from kb.derived.conflicts.vocabulary import CKC, KIND_CLASS, Categories
from kb.derived.conflicts.write import Finding, old_lines
from kb.derived.phases import phase
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.vocab import CKB, CONFLICTS_GRAPH, TIMELINES_GRAPH

Lines = dict[str, list[str]]
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_DIGEST = ox.NamedNode(str(CKB.digest))
_PLACING = {str(RANK), str(ox.NamedNode(str(CKC.involves)))}
"""The predicates (as N-Triples) that place a conflict in the orders of conflicts: its rank and its actors."""


def refresh_changed(store: Store, actors: Actors, cats: Categories, totals: dict[str, int],
                    found: state.Changes | None = None) -> Summary:
    """Bring every derived graph up to date with the articles written since the last refresh (``found``, when the
    caller has read them); ``totals`` are what the last refresh counted, brought up to date by what this one writes.

    Python's cyclic collector is paused meanwhile (``_collector_paused``): a refresh builds millions of small tuples
    (each finding's triples, the claims' facts), none of them in a cycle, and the collector walked them again and
    again: 13.6% of a 1,000-article batch's derived-data samples at 25k articles (py-spy), most while the findings'
    triples were built.  They are freed by reference counting as before; anything cyclic waits for the next
    collection after the refresh."""
    with _collector_paused():
        return _refresh_changed(store, actors, cats, totals, found)


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
                     found: state.Changes | None) -> Summary:
    t0 = time.perf_counter()
    with phase("changed articles read") as p:
        d = incremental.delta(store, actors, cats, found)
        p["articles"] = len(d.articles)
    rec = incremental.recompute(store, d, actors, cats) if d.articles else incremental.Recomputed()
    t1 = time.perf_counter()
    gone: Lines = {str(CONFLICTS_GRAPH): [], str(TIMELINES_GRAPH): [], state.STATE_GRAPH: [], state.CHANGES_GRAPH: []}
    added: Lines = {k: [] for k in gone}
    before, after = d.claims()
    with phase("timelines and articles order patched"):
        _patched(store, d, before, after, gone, added)
    with phase("findings diffed") as p:
        touched, placed = _findings(store, rec, gone, added)
        p["rewritten"] = rewritten = len(touched)
    with phase("records and cards"):
        _records(store, d, gone, added)
        added[cards.CARDS_GRAPH] = [f"{s} {p} {o} ." for s, p, o in cards.card_triples(store, [c.iri for c in after])]
    now = _counted(totals, gone, added, len(after) - len(before))
    with phase("written") as p:
        p["added"], p["deleted"] = sum(map(len, added.values())), sum(map(len, gone.values()))
        _write(store, rec, before, after, gone, added, totals, now)
    t2 = time.perf_counter()
    return Summary.of(now, propositions=0, comparisons=rec.comparisons, triples=sum(len(v) for v in added.values()),
                      rewritten=rewritten, seconds={"load": round(t1 - t0, 3), "detect": 0.0,
                                                    "write": round(t2 - t1, 3)},
                      families=frozenset(_FAMILY[f] for iri in touched if (f := iri.rsplit("/", 2)[-2]) in _FAMILY),
                      touched=frozenset(placed))


def _patched(store: Store, d: incremental.Delta, before: list[ClaimFacts], after: list[ClaimFacts], gone: Lines,
             added: Lines) -> None:
    """The timelines of the changed claims' actors and the articles order, as lines to delete and to add."""
    view = incremental.View(store, d)
    for graph, lines in zip((gone, added), patch.timelines(store, view.load, before, after), strict=True):
        graph[str(TIMELINES_GRAPH)] += lines
    changed_old = {a: d.old[a] for a in d.articles if a in d.old}
    changed_new = {a: d.new[a] for a in d.articles if a in d.new}
    for graph, lines in zip((gone, added), patch.order(store, changed_old, changed_new), strict=True):
        graph[str(TIMELINES_GRAPH)] += lines


def _write(store: Store, rec: incremental.Recomputed, before: list[ClaimFacts], after: list[ClaimFacts], gone: Lines,
           added: Lines, totals: dict[str, int], now: dict[str, int]) -> None:
    """Everything in one update, or in two steps when it adds ``BULK_LINES`` or more (``_write_in_two``)."""
    if not (any(gone.values()) or any(added.values()) or rec.summaries):
        return
    forget = cards.forget_update(c.iri for c in (*before, *after))
    kept = state.summaries_update(rec.summaries)
    if store.capabilities.embedded and sum(map(len, added.values())) >= BULK_LINES:
        _write_in_two(store, " ;\n".join(part for part in (state.forget_totals(), forget, kept,
                                                           _update(gone, {})) if part), added, now)
    else:
        store.update(" ;\n".join(part for part in (forget, kept, _update(gone, added),
                                                    state.totals_update(now) if now != totals else "") if part))


_FAMILY = {"aggregate": "aggregates", "series": "series", "corroboration": "corroborations"}
"""A finding IRI's path (``graph._node``) → the family whose list order it is in (``findings_order``)."""


_COUNTED = {f"{_TYPE} {ox.NamedNode(str(c))} .": name for name, c in
            (*KIND_CLASS.items(), ("corroborations", CKC.Corroboration), ("series", CKC.Series),
             ("aggregates", CKC.Aggregate))}
"""The end of a finding's type line → the total it counts in."""


def _counted(totals: dict[str, int], gone: Lines, added: Lines, claims: int) -> dict[str, int]:
    """The totals after this refresh: each finding's type triple written or deleted counts one up or down."""
    out = dict(totals, claims=totals["claims"] + claims)
    for lines, sign in ((gone, -1), (added, 1)):
        for line in lines[str(CONFLICTS_GRAPH)]:
            name = _COUNTED.get(line.split(" ", 1)[-1])
            if name is not None:
                out[name] += sign
    return out


def _findings(store: Store, rec: incremental.Recomputed, gone: Lines, added: Lines) -> tuple[set[str], set[str]]:
    """The touched groups' findings as the difference from what is stored (each conflict with its rank).  Returns the
    IRIs of the findings rewritten or removed, and of the conflicts among them whose rank or actors changed: only
    those can move in the orders that list conflicts (``actor_order``); an episode rewritten where it stands, as most
    are, leaves them as they were, and reading its chunks cost most of a one-article write at 25k articles."""
    old = _stored_digests(store, sorted(rec.tags))
    new: dict[str, tuple[Finding, str]] = {}
    for f in (*(finding(add_conflict, x) for x in rec.conflicts), *(finding(add_corroboration, c)
              for c in rec.corroborations), *(finding(add_series, s) for s in rec.series),
              *(finding(add_aggregate, a) for a in rec.aggregates)):
        new.setdefault(f.iri, (f, f.digest()))
    changed = {iri for iri, (_, digest) in new.items() if old.get(iri) != digest}
    # a conflict's rank follows from the conflict alone (``ranks.rank_of``): writing it moves no other conflict
    detected = {conflict_iri(x): x for x in rec.conflicts}
    now: set[str] = set()
    for iri in sorted(changed):
        f, digest = new[iri]
        x = detected.get(iri)
        f.rank = None if x is None else rank_of(latest(x), x.kind, iri)
        now.update(f"{s} {p} {o} ." for s, p, o in f.all_triples(digest))
    doomed = sorted(iri for iri in old if iri in changed or iri not in new)
    was = set(old_lines(store, doomed))
    # triples, not findings: a grown episode adds its new members and keeps the hundreds it had
    gone_lines, added_lines = was - now, now - was
    placed = {line.split(" ", 1)[0][1:-1] for line in (*gone_lines, *added_lines) if line.split(" ", 2)[1] in _PLACING}
    if not store.capabilities.embedded:
        gone_lines, added_lines = _by_pattern(gone_lines, added_lines, now, gone)
    gone[str(CONFLICTS_GRAPH)] += sorted(gone_lines)
    added[str(CONFLICTS_GRAPH)] += sorted(added_lines)
    return changed | set(doomed), placed


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


def _write_in_two(store: Store, first: str, added: Lines, totals: dict[str, int]) -> None:
    """A large write on the embedded store: the deletions in one update that also forgets the totals, the additions
    by the bulk loader (``fill_graph``), then the totals.  Why: a transactional write costs Oxigraph about 60 µs of
    CPU a quad (its background flushes and compactions included): of a 1,000-article batch's 114-120 s of CPU at
    25k articles, the update (61k lines deleted, 378k added) took 39 s; those 378k quads took 21.9 s by update and 9.4 s
    by the bulk loader, parsing included (``docs/scaling.md``).  The cost: a reader during the load may see a grown
    conflict without the triples that changed (its explanation, counts, member list) until they are loaded, as a
    first fill may be seen partly filled; a crash in between leaves no totals, so the next refresh recomputes
    everything (``refresh``)."""
    store.update(first)
    for graph, lines in added.items():
        if lines:
            quads = ox.parse("\n".join(lines), format=ox.RdfFormat.N_TRIPLES)
            store.fill_graph(graph, ((q.subject, q.predicate, q.object) for q in quads))  # type: ignore[attr-defined]
    store.update(state.totals_update(totals))


def _update(gone: Lines, added: Lines) -> str:
    parts = [f"DELETE WHERE {{ GRAPH <{CONFLICTS_GRAPH}> {{ {sp} ?o }} }}" for sp in gone.get(_WIPE, [])]
    for verb, lines in (("DELETE", gone), ("INSERT", added)):
        body = "".join(f" GRAPH <{g}> {{\n" + "\n".join(v) + "\n}" for g, v in lines.items() if v and g != _WIPE)
        if body:
            parts.append(f"{verb} DATA {{{body} }}")
    return " ;\n".join(parts)
