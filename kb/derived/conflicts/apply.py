"""An incremental refresh written: the touched groups' findings, the ranks that moved, the patched timelines and
articles order, the changed articles' state records and the cleared markers, all in one SPARQL update.

One update is one transaction on Oxigraph: a reader sees the derived graphs before this refresh or after it,
never in between; a crash leaves the markers, and the next refresh does the work again (it is idempotent).
"""

from __future__ import annotations

import time

import pyoxigraph as ox
from rdflib import Literal, URIRef

from kb.derived.conflicts import cards, groups, incremental, patch, state
from kb.derived.conflicts import ranks as kb_ranks
from kb.derived.conflicts.graph import RANK, add_aggregate, add_conflict, add_corroboration, add_series, integer, latest
from kb.derived.conflicts.load import Actors
from kb.derived.conflicts.model import Detected
from kb.derived.conflicts.refresh import Summary, conflict_iri, finding, order_key
from kb.derived.conflicts.vocabulary import CKC, KIND_CLASS, Categories
from kb.derived.conflicts.write import Finding, _nt, _term_rows
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.vocab import CONFLICTS_GRAPH, TIMELINES_GRAPH

Lines = dict[str, list[str]]
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def refresh_changed(store: Store, actors: Actors, cats: Categories, totals: dict[str, int],
                    found: state.Changes | None = None) -> Summary:
    """Bring every derived graph up to date with the articles written since the last refresh (``found``, when the
    caller has read them); ``totals`` are what the last refresh counted, brought up to date by what this one writes."""
    t0 = time.perf_counter()
    d = incremental.delta(store, actors, cats, found)
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
    touched = _findings(store, rec, gone, added)
    rewritten = len(touched)
    _records(store, d, gone, added)
    added[cards.CARDS_GRAPH] = [f"{s} {p} {o} ." for s, p, o in cards.card_triples(store, [c.iri for c in after])]
    now = _counted(totals, gone, added, len(after) - len(before))
    if any(gone.values()) or any(added.values()) or rec.summaries:
        forget = cards.forget_update(c.iri for c in (*before, *after))
        kept = state.summaries_update(rec.summaries)
        store.update(" ;\n".join(part for part in (forget, kept, _update(gone, added),
                                                    state.totals_update(now) if now != totals else "") if part))
    t2 = time.perf_counter()
    return Summary.of(now, propositions=0, comparisons=rec.comparisons, triples=sum(len(v) for v in added.values()),
                      rewritten=rewritten, seconds={"load": round(t1 - t0, 3), "detect": 0.0,
                                                    "write": round(t2 - t1, 3)},
                      families=frozenset(_FAMILY[f] for iri in touched if (f := iri.rsplit("/", 2)[-2]) in _FAMILY),
                      touched=frozenset(touched))


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


def _findings(store: Store, rec: incremental.Recomputed, gone: Lines, added: Lines) -> set[str]:
    """The touched groups' findings as the difference from what is stored; conflicts' ranks patched.  Returns the
    IRIs of the findings rewritten or removed."""
    old: dict[str, tuple[str, int | None]] = {}
    tags = sorted(rec.tags)
    for i in range(0, len(tags), 400):
        for r in plain_rows(store, "conflict-group-findings", tag=[Literal(t) for t in tags[i:i + 400]]):
            old[str(r["finding"])] = (str(r["digest"]), r["rank"])
    new: dict[str, tuple[Finding, str]] = {}
    for f in (*(finding(add_conflict, x) for x in rec.conflicts), *(finding(add_corroboration, c)
              for c in rec.corroborations), *(finding(add_series, s) for s in rec.series),
              *(finding(add_aggregate, a) for a in rec.aggregates)):
        new.setdefault(f.iri, (f, f.digest()))
    changed = {iri for iri, (_, digest) in new.items() if old.get(iri, ("",))[0] != digest}
    # a numeric episode that keeps its IRI keeps its order key (its identity holds its week, the key's date), so its
    # place: a growing episode is rewritten where it stands instead of leaving a hole every later rank fills.  Other
    # conflicts are placed again: their claims keep their IRIs when an article is redated, their dates move.
    episodes = {conflict_iri(x) for x in rec.conflicts if x.identity}
    kept = {iri: rank for iri, (_, rank) in old.items() if iri in changed and iri in episodes and rank is not None}
    ranks = _placed(store, rec, changed - kept.keys(), {iri: rank for iri, (_, rank) in old.items() if rank is not None
                                                        and iri not in kept and (iri in changed or iri not in new)})
    now: set[str] = set()
    for iri in sorted(changed):
        f, digest = new[iri]
        f.rank = ranks.get(iri, kept.get(iri))
        now.update(f"{s} {p} {o} ." for s, p, o in f.all_triples(digest))
    doomed = sorted(iri for iri in old if iri in changed or iri not in new)
    was: set[str] = set()
    for i in range(0, len(doomed), 500):
        chunk = [URIRef(iri) for iri in doomed[i:i + 500]]
        was.update(f"{_nt(r['s'])} {_nt(r['p'])} {_nt(r['o'])} ." for r in _term_rows(store, chunk))
    # triples, not findings: a grown episode adds its new members and keeps the hundreds it had
    gone_lines, added_lines = was - now, now - was
    if not store.capabilities.embedded:
        gone_lines, added_lines = _by_pattern(gone_lines, added_lines, now, gone)
    gone[str(CONFLICTS_GRAPH)] += sorted(gone_lines)
    added[str(CONFLICTS_GRAPH)] += sorted(added_lines)
    for iri, (before, after) in ranks.moved.items():
        if iri not in kept:  # a kept conflict is written with its new rank
            _rerank(iri, before, after, gone, added)
    return changed | set(doomed)


def _placed(store: Store, rec: incremental.Recomputed, changed: set[str], left: dict[str, int]) -> kb_ranks.Ranks:
    """Ranks of the changed conflicts, ``left`` (IRI → rank: the stored conflicts that vanish or change) taken
    out.  An unchanged conflict says the same, so it sorts where it is, like any stored conflict: a measure's
    3,000 conflicts recomputed for one new figure no longer pull the whole order from their oldest rank."""
    placed: list[tuple[tuple[int, str, str], str]] = []
    for x in rec.conflicts:
        iri = conflict_iri(x)
        if iri in changed:
            placed.append((_key(x, iri), iri))
    return kb_ranks.place(store, placed, left)


def _key(x: Detected, iri: str) -> tuple[int, str, str]:
    return order_key(latest(x), x.kind, iri)


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


def _update(gone: Lines, added: Lines) -> str:
    parts = [f"DELETE WHERE {{ GRAPH <{CONFLICTS_GRAPH}> {{ {sp} ?o }} }}" for sp in gone.get(_WIPE, [])]
    for verb, lines in (("DELETE", gone), ("INSERT", added)):
        body = "".join(f" GRAPH <{g}> {{\n" + "\n".join(v) + "\n}" for g, v in lines.items() if v and g != _WIPE)
        if body:
            parts.append(f"{verb} DATA {{{body} }}")
    return " ;\n".join(parts)
