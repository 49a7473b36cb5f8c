"""The actors' orders of conflicts written (``actor_order`` says what they are and reads them for a page): each
actor's chunked list, and the list of every conflict (about ``actor_order.EVERY``) that a page of all conflicts
reads its positions from, kept up to date by a refresh, whole or chunk by chunk.

Apart from the reading side because writing them is a job of its own: the chunks a write's conflicts leave or enter
cut again (``_rechunked``), the entries after them renumbered, the difference written in one update.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox

from kb.derived.conflicts import actor_order as order
from kb.derived.conflicts import actor_table
from kb.derived.conflicts.actor_order import (
    _ABOUT,
    _CHUNKS,
    _COUNT,
    _ITEM,
    _LIST,
    _MEMBER,
    _TYPE,
    ACTOR_ORDER_GRAPH,
    EVERY,
    RANKED,
    ROOT,
    _chunked,
    chunk_iri,
    list_iri,
    pointer_iri,
)
from kb.derived.conflicts.graph import RANK, Triples, integer
from kb.derived.conflicts.vocabulary import CKC
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.store.oxigraph import data_update
from kb.vocab import CONFLICTS_GRAPH

_INVOLVES = ox.NamedNode(str(CKC.involves))
Lines = tuple[list[str], list[str], list[str]]
"""What an update removes, adds and wipes by pattern."""


def sync(store: Store, touched: frozenset[str] | None = None,
         written: dict[str, actor_table.Placed] | None = None, planned: Plan | None = None) -> int:
    """Bring the actors' orders up to date with the ranked conflicts; how many triples it changed.

    ``touched``: the findings a refresh rewrote or removed (``written``: their ranks and actors as it wrote them,
    ``actor_table.Placed``) (None: it cannot say, a whole recompute, and every
    actor's order is written again, as a graph whose difference alone is stored).  Else only the actors those
    involve, now or in the stored lists, are looked at, and of each only the chunks its touched conflicts leave or
    enter (``_rechunked``): a few hundred conflicts read and rewritten at most, whatever the list's length, and its
    chunks' entries after them renumbered when their number changes.  A store whose orders an older writer kept (one
    entry per place) gets every order written whole, once.  The difference is written in one update (one transaction
    on Oxigraph: a reader sees the old orders or the new).  ``planned``: that difference as ``plan`` read it before
    the refresh wrote the conflicts."""
    if touched is None:
        return _whole(store)
    found = plan(store, touched, written) if planned is None else planned
    if found.lines is None:
        return _whole(store)
    gone, added, wiped = found.lines
    if not (gone or added or wiped):
        return 0
    if not found.written:
        _write(store, gone, added, wiped)
    return len(gone) + len(added) + len(wiped)


@dataclass(frozen=True)
class Plan:
    """The actors' orders' difference for a refresh's touched conflicts (``lines``: removed, added, wiped; None:
    every order is to be written whole); ``written``: the refresh wrote it with the conflicts (``apply._write``)."""

    lines: Lines | None
    written: bool = False


def plan(store: Store, touched: frozenset[str], written: dict[str, actor_table.Placed] | None = None) -> Plan:
    """``sync``'s difference, read from the stored orders and, for the touched conflicts, from ``written`` alone
    (every touched conflict in it): so it can be read before the refresh writes the conflicts, whose write leaves
    the store's next look-ups several times slower (its fresh bulk load's files: after a 1,000-article batch at 25k
    articles, reading the same chunks took 7 s of CPU after the write).  What it reads of the conflicts graph is the
    rank of the untouched conflicts that start chunks, which the write leaves as they are."""
    lists = {str(r["actor"]): (str(r["list"]), int(r["count"]), None if r["chunks"] is None else int(r["chunks"]))
             for r in plain_rows(store, "conflict-actor-lists")}
    root = lists.pop(str(CKC.Conflict), None)
    if root is None or root[2] != order.CUT or any(c is None for _, _, c in lists.values()) \
            or not _ranked_kept(store):
        return Plan(None)
    lines: Lines = ([], [], [])
    if not touched:
        return Plan(lines)
    now, holding = actor_table.touched(store, sorted(touched), written)
    by_node = {node: actor for actor, (node, _, _) in lists.items()}
    actors = {by_node[c.rsplit("/c/", 1)[0]] for c in holding if c.rsplit("/c/", 1)[0] in by_node} | now.keys()
    for actor in sorted(actors):
        node, total, count = lists.get(actor, (list_iri(actor), 0, 0))
        done = _rechunked(store, actor, node, (total, count or 0), now.get(actor, {}), (touched, holding), lines)
        if done is None:
            return Plan(None)  # a stored entry no longer ranked: the orders were written otherwise
        if done:
            lists[actor] = (node, done, 0)
        else:
            lists.pop(actor, None)
    if root[1] != len(lists):
        lines[2].append(f"{ox.NamedNode(ROOT)} {_COUNT} ?n")
        lines[1].append(f"{ox.NamedNode(ROOT)} {_COUNT} {integer(len(lists))} .")
    return Plan(lines)


BULK_LINES = 20_000
"""Added lines from which the orders' difference goes in two steps (``_write``): a batch's, never one article's."""


def _write(store: Store, gone: list[str], added: list[str], wiped: list[str]) -> None:
    """The difference in one update; a large one on the embedded store in two steps: an update deletes and wipes,
    the bulk loader adds.  Why: a transactional write costs Oxigraph about 60 µs of CPU a quad, the bulk loader about
    25 (``apply._write_in_two``); a 1,000-article batch at 25k articles adds some 60k order lines.  A crash in between
    leaves the orders' pending flag set (``actor_order.pending_update``, cleared by the refresh after this), so the
    next refresh writes every order whole; a page read in between may miss the entries not yet loaded."""
    if not (store.capabilities.embedded and len(added) >= BULK_LINES):
        store.update(data_update(ACTOR_ORDER_GRAPH, gone, added, wiped))
        return
    if gone or wiped:
        store.update(data_update(ACTOR_ORDER_GRAPH, gone, [], wiped))
    quads = ox.parse("\n".join(added), format=ox.RdfFormat.N_TRIPLES)
    store.fill_graph(ACTOR_ORDER_GRAPH, ((q.subject, q.predicate, q.object) for q in quads))  # type: ignore[attr-defined]


def _rechunked(store: Store, actor: str, node: str, sizes: tuple[int, int], now: dict[str, int],
               touched: tuple[frozenset[str], set[str]], lines: Lines) -> int | None:
    """One actor's list brought up to date (its new size; None: the list was written otherwise).  ``now``: the
    touched conflicts it involves now → their ranks.  The chunks that hold a touched conflict, and those a touched
    conflict's rank falls in (after the last chunk starting below it with an untouched conflict), are read, less the
    touched conflicts, with those it involves now, sorted and cut again; the chunks outside keep their members (ranks
    never move, ``ranks.rank_of``) and their first conflicts, so the cut is what a whole listing gives.  The list's
    chunk table is read where needed (``Table``): a binary search for each new rank, the chunks around, and the
    entries after a run whose number of chunks changed."""
    (total, count), (findings, holding) = sizes, touched
    if not count:
        if not now:
            return total
        region = sorted((r, f) for f, r in now.items())
        cut = _chunked([f for _, f in region])
        lines[1].extend(t for chunk in cut for t in _chunk_lines(node, chunk, now))
        _head(node, actor, 0, 0, len(region), len(cut), lines)
        _renumber(node, [(0, -1, [chunk_iri(node, c[0]) for c in cut])], actor_table.Table(store, node, 0), lines)
        return len(region)
    table = actor_table.Table(store, node, count)
    try:
        hit = {k for k in (table.position(c) for c in holding if c.startswith(node + "/c/")) if k is not None}
        hit |= table.befores(((rank, f) for f, rank in now.items()), findings)
        if not hit:
            return total
        hit = _stable_runs(hit, table, findings)
        runs: list[tuple[int, int, list[str]]] = []
        size = total
        for k in sorted(hit):
            if runs and k <= runs[-1][1]:
                continue  # inside the run just cut
            end = k
            while end + 1 in hit:
                end += 1
            placed = _recut(store, node, table, k, end, now, findings, lines)
            if placed is None:
                return None
            runs.append((k, end, placed[0]))
            size += placed[1] - sum(table[i][1] for i in range(k, end + 1))
        chunks = count + sum(len(new) - (end - k + 1) for k, end, new in runs)
        _head(node, actor, total, count, size, chunks, lines)
        if size:
            _renumber(node, runs, table, lines)
    except actor_table.Missing:
        return None
    return size


def _recut(store: Store, node: str, table: actor_table.Table, k: int, end: int, now: dict[str, int],
           touched: frozenset[str], lines: Lines) -> tuple[list[str], int] | None:
    """Chunks ``k..end`` of a list cut again: their stored members less the touched conflicts, with the touched
    conflicts sorting between their first and the next chunk's first (by rank, then IRI); the triples that differ
    into ``lines``.  Their new chunks' nodes and how many conflicts they hold (None: a member there is no longer
    ranked)."""
    lo = (table[k][3], table[k][2]) if k else None
    hi = (table[end + 1][3], table[end + 1][2]) if end + 1 < len(table) else None
    run = [table[i] for i in range(k, end + 1)]
    stored = actor_table.members(store, [c for c, _, _, _ in run])
    if any(r is None and f not in touched for _, f, r in stored):
        return None
    region = sorted([(r, f) for _, f, r in stored if f not in touched and r is not None]
                    + [(r, f) for f, r in now.items() if (lo is None or (r, f) > lo) and (hi is None or (r, f) < hi)])
    cut = _chunked([f for _, f in region])
    if k and (not cut or cut[0][0] != table[k][2]):
        return None
    was = {t for c, size, first, _ in run for t in ((c, "n", str(size)), (c, "a", first), (c, "m", first))}
    was.update((c, "m", f) for c, f, _ in stored)
    new: set[Fact] = set()
    rank = {f: r for r, f in region}
    ranked = []
    for chunk in cut:
        c = chunk_iri(node, chunk[0])
        new.update(((c, "n", str(len(chunk))), (c, "a", chunk[0])))
        new.update((c, "m", m) for m in chunk)
        ranked.append(f"{ox.NamedNode(c)} {RANKED} {ranked_value(chunk, rank)} .")
    lines[0].extend(sorted(map(_fact_line, was - new)))
    lines[1].extend(sorted([*map(_fact_line, new - was), *ranked]))
    lines[2].extend(sorted(f"{ox.NamedNode(c)} {RANKED} ?x" for c, _, _, _ in run))  # their values written anew
    return [chunk_iri(node, chunk[0]) for chunk in cut], len(region)


def _stable_runs(hit: set[int], table: actor_table.Table, touched: frozenset[str]) -> set[int]:
    """The chunks to cut again, grown backwards until each run starts at the list's start or at a chunk whose first
    conflict stays where it is (an untouched one): the cut before it is then the cut a whole listing makes."""
    out = set(hit)
    for k in sorted(hit):
        while k > 0 and table[k][2] in touched:
            k -= 1
            out.add(k)
    return out


Fact = tuple[str, str, str]
"""A chunk's triple as ``_recut`` compares them: the chunk, the predicate ("n" its size, "a" its first conflict, "m"
a member) and the object's number or IRI.  Why not lines: a batch recuts ~100k members in all and few of them
change; comparing lines made each member's line twice (a quarter of a 1,000-article batch's actors' orders at 25k
articles, profiled); now only the triples that differ become lines."""


def _fact_line(fact: Fact) -> str:
    c, p, o = fact
    if p == "n":
        return f"{ox.NamedNode(c)} {_COUNT} {integer(int(o))} ."
    return f"{ox.NamedNode(c)} {_ABOUT if p == 'a' else _MEMBER} {ox.NamedNode(o)} ."


def _chunk_lines(node: str, members: list[str], ranks: dict[str, int] | None, iri: str | None = None,
                 size: int | None = None) -> list[str]:
    """A chunk's triples as N-Triples lines: its size, its first conflict, its members and (``ranks`` given) its
    ``RANKED`` value (``iri`` and ``size``: as stored; a stored chunk's value is wiped by pattern instead)."""
    c = ox.NamedNode(iri or chunk_iri(node, members[0]))
    out = [f"{c} {_COUNT} {integer(len(members) if size is None else size)} .",
           f"{c} {_ABOUT} {ox.NamedNode(members[0])} .", *(f"{c} {_MEMBER} {ox.NamedNode(m)} ." for m in members)]
    if ranks is not None:
        out.append(f"{c} {RANKED} {ranked_value(members, ranks)} .")
    return out


def ranked_value(members: list[str], ranks: dict[str, int]) -> ox.Literal:
    """A chunk's ``RANKED`` value: its members, oldest first, each after its rank."""
    return ox.Literal(" ".join(f"{ranks[m]} {m}" for m in members))


def _ranked_kept(store: Store) -> bool:
    """Whether every chunk has its ``RANKED`` value (the orders were last written whole by a writer that keeps them;
    else they are written whole once).  Only the embedded store reads the values; elsewhere they are only kept."""
    if not store.capabilities.embedded:
        return True
    db: ox.Store = store.ox  # type: ignore[attr-defined]
    return any(True for _ in db.quads_for_pattern(ox.NamedNode(ROOT), RANKED, None, ox.NamedNode(ACTOR_ORDER_GRAPH)))


def _head(node: str, actor: str, total: int, was: int, size: int, chunks: int, lines: Lines) -> None:
    """The list's head (its size and number of chunks) where it differs from the stored one (``total`` conflicts in
    ``was`` chunks); a list left empty is wiped with its entries."""
    _, added, wiped = lines
    n = ox.NamedNode(node)
    if not size:
        if total:
            wiped += [f"{n} ?p ?o"] + [f"{ox.NamedNode(pointer_iri(node, k))} ?p ?o" for k in range(1, was + 1)]
        return
    if not total:
        added += [f"{n} {_TYPE} {_LIST} .", f"{n} {_ABOUT} {ox.NamedNode(actor)} ."]
    if size != total or chunks != was:
        wiped += [f"{n} {_COUNT} ?x", f"{n} {_CHUNKS} ?x"]
        added += [f"{n} {_COUNT} {integer(size)} .", f"{n} {_CHUNKS} {integer(chunks)} ."]


def _renumber(node: str, runs: list[tuple[int, int, list[str]]], table: actor_table.Table, lines: Lines) -> None:
    """The entries that change when the chunks ``k..end`` of each run become its new chunks: those of the runs, and
    after a run whose number of chunks changed, every later one (read where needed); entries past the new end
    wiped."""
    gone, added, wiped = lines
    count = len(table)

    def put(position: int, chunk: str) -> None:
        before = table[position][0] if position < count else None
        if before == chunk:
            return
        entry = ox.NamedNode(pointer_iri(node, position + 1))
        if before is not None:
            gone.append(f"{entry} {_ITEM} {ox.NamedNode(before)} .")
        added.append(f"{entry} {_ITEM} {ox.NamedNode(chunk)} .")

    shift = 0
    for i, (k, end, new) in enumerate(runs):
        for j, chunk in enumerate(new):
            put(k + shift + j, chunk)
        shift += len(new) - (end - k + 1)
        if shift:
            for old in range(end + 1, runs[i + 1][0] if i + 1 < len(runs) else count):
                put(old + shift, table[old][0])
    for position in range(count + shift, count):
        wiped.append(f"{ox.NamedNode(pointer_iri(node, position + 1))} ?p ?o")


def _whole(store: Store) -> int:
    """Every actor's order written again (only the difference reaches the store: ``replace_graph_quads``)."""
    g = Triples()
    listed, ranks = _listed(store)
    for actor, found in sorted(listed.items()):
        node = ox.NamedNode(list_iri(actor))
        chunks = _chunked(found)
        g.add((node, _TYPE, _LIST))
        g.add((node, _ABOUT, ox.NamedNode(actor)))
        g.add((node, _COUNT, integer(len(found))))
        g.add((node, _CHUNKS, integer(len(chunks))))
        for k, members in enumerate(chunks, start=1):
            c = ox.NamedNode(chunk_iri(node.value, members[0]))
            g.add((ox.NamedNode(pointer_iri(node.value, k)), _ITEM, c))
            g.add((c, _COUNT, integer(len(members))))
            g.add((c, _ABOUT, ox.NamedNode(members[0])))
            for m in members:
                g.add((c, _MEMBER, ox.NamedNode(m)))
            g.add((c, RANKED, ranked_value(members, ranks)))
    root = ox.NamedNode(ROOT)
    g.add((root, RANKED, ox.Literal(True)))
    g.add((root, _TYPE, _LIST))
    g.add((root, _ABOUT, ox.NamedNode(str(CKC.Conflict))))
    g.add((root, _COUNT, integer(len(listed))))
    g.add((root, _CHUNKS, integer(order.CUT)))
    if store.capabilities.embedded:
        return store.replace_graph_quads(ACTOR_ORDER_GRAPH, g)  # type: ignore[attr-defined,no-any-return]
    store.put_graph(ACTOR_ORDER_GRAPH, g.graph())
    return len(g)


def _listed(store: Store) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Every actor a ranked conflict involves (and ``EVERY``: every ranked conflict) → its ranked conflicts, oldest
    first (by rank, then IRI: two conflicts may share a rank, ``ranks.rank_of``); and every ranked conflict's rank."""
    if store.capabilities.embedded:
        ranked = _native(store.ox)  # type: ignore[attr-defined]
    else:
        ranked = defaultdict(dict)
        for r in plain_rows(store, "conflict-actor-ranks"):
            ranked[str(r["actor"])][str(r["finding"])] = int(r["rank"])
        order_ranks = {str(r["finding"]): int(r["rank"]) for r in plain_rows(store, "conflict-order")}
        if order_ranks:
            ranked[EVERY] = order_ranks
    ranks = dict(ranked.get(EVERY, {}))
    for found in ranked.values():
        if found is not ranked.get(EVERY):
            ranks.update(found)
    return ({a: sorted(found, key=lambda f, found=found: (found[f], f)) for a, found in ranked.items()},  # type: ignore[misc]
            ranks)


def _native(db: ox.Store) -> dict[str, dict[str, int]]:
    """"Ranked conflicts of actors" unbound, from two scans of the conflicts graph (ranks, then involvements) joined
    here (the query's join took 46 s at 25k articles, 755k rows, under other work): actor → {conflict: rank}, and
    ``EVERY`` → every conflict's rank.  Joined as they are read, each conflict's IRI one string however many actors
    it involves: a row (a dictionary) per involvement was 755k of them at 25k articles, held at once."""
    graph = ox.NamedNode(str(CONFLICTS_GRAPH))
    ranks = {sys.intern(q.subject.value): int(q.object.value) for q in db.quads_for_pattern(None, RANK, None, graph)
             if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.Literal)}
    ranked: dict[str, dict[str, int]] = defaultdict(dict)
    for q in db.quads_for_pattern(None, _INVOLVES, None, graph):
        if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode):
            rank = ranks.get(q.subject.value)
            if rank is not None:
                ranked[sys.intern(q.object.value)][sys.intern(q.subject.value)] = rank
    if ranks:
        ranked[EVERY] = ranks
    return ranked
