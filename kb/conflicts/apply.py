"""An incremental refresh written: the touched groups' findings, the ranks that moved, the patched timelines and
articles order, the changed articles' state records and the cleared markers, all in one SPARQL update.

One update is one transaction on Oxigraph: a reader sees the derived graphs before this refresh or after it,
never in between; a crash leaves the markers, and the next refresh does the work again (it is idempotent).
"""

from __future__ import annotations

import time
from datetime import date
from typing import Any

import pyoxigraph as ox
from rdflib import Literal

from kb.conflicts import groups, incremental, patch, state
from kb.conflicts.graph import RANK, add_aggregate, add_conflict, add_corroboration, add_series, integer
from kb.conflicts.load import Actors
from kb.conflicts.refresh import Summary, finding, order_key
from kb.conflicts.vocabulary import CKC, KIND_BY_CLASS, KIND_CLASS, Categories
from kb.conflicts.write import Finding, _nt, _term_rows
from kb.sparql.plain import plain_rows
from kb.store import Store
from kb.vocab import CKB, CONFLICTS_GRAPH, TIMELINES_GRAPH

Lines = dict[str, list[str]]


def refresh_changed(store: Store, actors: Actors, cats: Categories) -> Summary:
    """Bring every derived graph up to date with the articles written since the last refresh."""
    t0 = time.perf_counter()
    d = incremental.delta(store, actors, cats)
    rec = incremental.recompute(store, d, actors, cats) if d.articles else incremental.Recomputed()
    t1 = time.perf_counter()
    gone: Lines = {str(CONFLICTS_GRAPH): [], str(TIMELINES_GRAPH): [], state.STATE_GRAPH: [], state.CHANGES_GRAPH: []}
    added: Lines = {k: [] for k in gone}
    before, after = d.claims()
    view = incremental.View(store, d)
    for graph, lines in zip((gone, added), patch.timelines(store, view.load, before, after), strict=True):
        graph[str(TIMELINES_GRAPH)] += lines
    changed_old = {a: d.old[a] for a in d.articles if a in d.old}
    changed_new = {a: d.new[a] for a in d.articles if a in d.new}
    for graph, lines in zip((gone, added), patch.order(store, changed_old, changed_new), strict=True):
        graph[str(TIMELINES_GRAPH)] += lines
    rewritten = _findings(store, rec, gone, added)
    _records(store, d, gone, added)
    if any(gone.values()) or any(added.values()):
        store.update(_update(gone, added))
    t2 = time.perf_counter()
    totals = {str(r["class"]): int(r["count"]) for r in plain_rows(store, "conflict-totals")}
    return Summary(claims=totals.get(str(CKB.Claim), 0), propositions=0,
                   conflicts={k: totals.get(str(c), 0) for k, c in KIND_CLASS.items()},
                   corroborations=totals.get(str(CKC.Corroboration), 0), series=totals.get(str(CKC.Series), 0),
                   aggregates=totals.get(str(CKC.Aggregate), 0), comparisons=rec.comparisons,
                   triples=sum(len(v) for v in added.values()), rewritten=rewritten,
                   seconds={"load": round(t1 - t0, 3), "detect": 0.0, "write": round(t2 - t1, 3)})


def _findings(store: Store, rec: incremental.Recomputed, gone: Lines, added: Lines) -> int:
    """The touched groups' findings as the difference from what is stored; conflicts' ranks patched."""
    old: dict[str, tuple[str, int | None]] = {}
    tags = sorted(rec.tags)
    for i in range(0, len(tags), 400):
        for r in plain_rows(store, "conflict-group-findings", tag=[Literal(t) for t in tags[i:i + 400]]):
            old[str(r["finding"])] = (str(r["digest"]), r["rank"])
    new: list[Finding] = [finding(add_conflict, x) for x in rec.conflicts]
    ranks = _ranks(store, rec, new, old)
    new += [finding(add_corroboration, c) for c in rec.corroborations]
    new += [finding(add_series, s) for s in rec.series]
    new += [finding(add_aggregate, a) for a in rec.aggregates]
    out, doomed, seen = gone[str(CONFLICTS_GRAPH)], [], set()
    rewritten = 0
    for f in new:
        if f.iri in seen:
            continue
        seen.add(f.iri)
        f.rank = ranks.get(f.iri)
        digest, before = f.digest(), old.get(f.iri)
        if before is not None and before[0] == digest:
            if before[1] != f.rank:
                _rerank(f.iri, before[1], f.rank, gone, added)
            continue
        rewritten += 1
        if before is not None:
            doomed.append(f.iri)
        added[str(CONFLICTS_GRAPH)] += (f"{s} {p} {o} ." for s, p, o in f.all_triples(digest))
    doomed += [iri for iri in old if iri not in seen]
    from rdflib import URIRef

    for i in range(0, len(doomed), 500):
        chunk = [URIRef(iri) for iri in doomed[i:i + 500]]
        out += (f"{_nt(r['s'])} {_nt(r['p'])} {_nt(r['o'])} ." for r in _term_rows(store, chunk))
    for iri, (was, now) in ranks.moved.items():
        _rerank(iri, was, now, gone, added)
    return rewritten


class _Ranks(dict[str, int]):
    moved: dict[str, tuple[int | None, int]]


def _ranks(store: Store, rec: incremental.Recomputed, new: list[Finding], old: dict[str, Any]) -> _Ranks:
    """Every conflict's place counted from the oldest: the stored conflicts outside the touched groups, and the
    touched groups' new ones.  ``moved``: untouched conflicts whose rank changes."""
    keyed: list[tuple[tuple[int, str, str, str], str]] = []
    stored: dict[str, int] = {}
    for r in plain_rows(store, "conflict-order"):
        iri = str(r["finding"])
        if iri in old:
            continue
        stored[iri] = int(r["rank"])
        latest = r["latest"] if isinstance(r["latest"], date) else None
        keyed.append((order_key(latest, KIND_BY_CLASS.get(str(r["kind"]), ""), str(r["explanation"]), iri), iri))
    for f, x in zip(new, rec.conflicts, strict=True):
        latest = max((c.date for c in x.claims if c.date is not None), default=None)
        keyed.append((order_key(latest, x.kind, x.explanation, f.iri), f.iri))
    keyed.sort()
    out = _Ranks({iri: len(keyed) - i for i, (_, iri) in enumerate(keyed)})
    out.moved = {iri: (rank, out[iri]) for iri, rank in stored.items() if out[iri] != rank}
    return out


def _rerank(iri: str, was: int | None, now: int | None, gone: Lines, added: Lines) -> None:
    node = ox.NamedNode(iri)
    if was is not None:
        gone[str(CONFLICTS_GRAPH)].append(f"{node} {RANK} {integer(was)} .")
    if now is not None:
        added[str(CONFLICTS_GRAPH)].append(f"{node} {RANK} {integer(now)} .")


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


def _update(gone: Lines, added: Lines) -> str:
    parts = []
    for verb, lines in (("DELETE", gone), ("INSERT", added)):
        body = "".join(f" GRAPH <{g}> {{\n" + "\n".join(v) + "\n}" for g, v in lines.items() if v)
        if body:
            parts.append(f"{verb} DATA {{{body} }}")
    return " ;\n".join(parts)
