"""The stored chunks of a list of conflicts (``actor_order``), read for a write (``actor_chunks``) where it needs
them: a chunk by its place, a chunk's place, the last chunk before a new conflict, where the touched conflicts stand,
a chunk's members with their ranks.  On the embedded store by index look-ups, once each: reading a list's whole table
and members by query cost 1-7 s of a one-article write at 25k articles (the list of every conflict has ~2,000 chunks);
elsewhere by query.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import URIRef

from kb.derived.conflicts.actor_order import (
    _ABOUT,
    _CHUNK,
    _COUNT,
    _INVOLVES,
    _ITEM,
    _MEMBER,
    ACTOR_ORDER_GRAPH,
    EVERY,
    RANKED,
    Chunk,
    _members,
    pointer_iri,
)
from kb.derived.conflicts.graph import RANK
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.vocab import CONFLICTS_GRAPH


class Missing(Exception):
    """A list's chunk is not where its entries say: the orders were written otherwise (written whole again)."""


class Table:
    """A list's chunks (oldest first) read where needed: ``table[k]`` is the k-th chunk (0-based) as ``Chunk``.  On
    the embedded store each is four index look-ups, made once; elsewhere the whole table is read up front."""

    def __init__(self, store: Store, node: str, count: int) -> None:
        self.node, self.count = node, count
        self.db: ox.Store | None = store.ox if store.capabilities.embedded else None  # type: ignore[attr-defined]
        self.read: dict[int, Chunk] = {}
        if self.db is None and count:
            whole = _table(store, node, count)
            if whole is None:
                raise Missing(node)
            self.read = dict(enumerate(whole))

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, k: int) -> Chunk:
        found = self.read.get(k)
        if found is None:
            if self.db is None or not 0 <= k < self.count:
                raise Missing(self.node)
            found = _chunk_at(self.db, self.node, k + 1)
            if found is None:
                raise Missing(self.node)
            self.read[k] = found
        return found

    def position(self, chunk: str) -> int | None:
        """Where ``chunk`` stands in this list (None: not in it)."""
        if self.db is None:
            return next((k for k, c in self.read.items() if c[0] == chunk), None)
        prefix = self.node + "/chunks/"
        for q in self.db.quads_for_pattern(None, _ITEM, ox.NamedNode(chunk), ox.NamedNode(ACTOR_ORDER_GRAPH)):
            if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(prefix):
                k = int(q.subject.value[len(prefix):]) - 1
                if 0 <= k < self.count:
                    return k
        return None

    def before(self, key: tuple[int, str], touched: frozenset[str], lo: int = 0) -> int:
        """The last chunk whose first conflict is untouched and sorts before ``key`` (rank, IRI): a new conflict falls
        in it (0 when none does).  A binary search: the untouched firsts sort as the chunks do, and a step passes over
        the few touched ones below it.  ``lo``: a chunk known to be such a chunk (the search starts there)."""
        hi, found = self.count, lo
        while lo < hi:
            mid = (lo + hi) // 2
            k = mid
            while k >= lo and not self._steady(k, touched):
                k -= 1
            if k < lo:  # nothing steady in [lo, mid]
                lo = mid + 1
            elif self._key(k) < key:
                found, lo = k, mid + 1
            else:
                hi = k
        return found

    def befores(self, keys: Iterable[tuple[int, str]], touched: frozenset[str]) -> set[int]:
        """``before`` of each of ``keys``, taken in order: a key that sorts before the next untouched first after
        the last chunk found falls in that chunk too, with no search; a binary search (from that chunk) only when a
        key passes it.  Why: a batch places thousands of conflicts in one list, most of them among its newest
        chunks (38k binary searches, 600k chunk steps, in a 1,000-article batch at 25k articles); now one search per
        chunk they fall in.  A walk over the chunks instead read every chunk from the oldest key's on."""
        out: set[int] = set()
        found: int | None = None  # the last chunk found (None: no untouched first sorts before the keys so far)
        after = self._steady_after(-1, touched)
        for key in sorted(set(keys)):
            if after is not None and self._key(after) < key:
                found = self.before(key, touched, after)
                after = self._steady_after(found, touched)
            out.add(0 if found is None else found)
        return out

    def _steady_after(self, k: int, touched: frozenset[str]) -> int | None:
        """The first chunk after ``k`` whose first conflict is untouched and ranked (None: none)."""
        for n in range(k + 1, self.count):
            if self._steady(n, touched):
                return n
        return None

    def _steady(self, k: int, touched: frozenset[str]) -> bool:
        _, _, first, rank = self[k]
        return first not in touched and rank is not None

    def _key(self, k: int) -> tuple[int, str]:
        _, _, first, rank = self[k]
        return (rank if rank is not None else -1, first)


def _chunk_at(db: ox.Store, node: str, position: int) -> Chunk | None:
    """A list's ``position``-th chunk (1 = oldest) by index look-ups (None: missing)."""
    orders, conflicts = ox.NamedNode(ACTOR_ORDER_GRAPH), ox.NamedNode(str(CONFLICTS_GRAPH))

    def one(s: ox.NamedNode, p: ox.NamedNode, g: ox.NamedNode) -> ox.NamedNode | ox.Literal | None:
        return next((q.object for q in db.quads_for_pattern(s, p, None, g)
                     if isinstance(q.object, (ox.NamedNode, ox.Literal))), None)

    chunk = one(ox.NamedNode(pointer_iri(node, position)), _ITEM, orders)
    if not isinstance(chunk, ox.NamedNode):
        return None
    size, first = one(chunk, _COUNT, orders), one(chunk, _ABOUT, orders)
    if not isinstance(size, ox.Literal) or not isinstance(first, ox.NamedNode):
        return None
    rank = one(first, RANK, conflicts)
    return chunk.value, int(size.value), first.value, int(rank.value) if isinstance(rank, ox.Literal) else None


def members(store: Store, chunks: list[str]) -> list[tuple[str, str, int | None]]:
    """``actor_order._members`` (each member of ``chunks`` with its rank, None: no longer ranked), on the embedded store
    from each chunk's ``RANKED`` value, or by index look-ups for a chunk without one: the query's rows cost 0.4-4.5 s
    of a one-article write at 25k articles."""
    if not store.capabilities.embedded:
        return _members(store, chunks)
    db: ox.Store = store.ox  # type: ignore[attr-defined]
    orders, conflicts = ox.NamedNode(ACTOR_ORDER_GRAPH), ox.NamedNode(str(CONFLICTS_GRAPH))
    out: list[tuple[str, str, int | None]] = []
    for chunk in chunks:
        listed = next((q.object.value for q in db.quads_for_pattern(ox.NamedNode(chunk), RANKED, None, orders)
                       if isinstance(q.object, ox.Literal)), None)
        if listed is not None:  # the chunk's members and ranks in one value (``actor_order.RANKED``)
            parts = listed.split()
            out += [(chunk, parts[i + 1], int(parts[i])) for i in range(0, len(parts) - 1, 2)]
            continue
        for q in db.quads_for_pattern(ox.NamedNode(chunk), _MEMBER, None, orders):
            if isinstance(q.object, ox.NamedNode):
                rank = next((int(r.object.value) for r in db.quads_for_pattern(q.object, RANK, None, conflicts)
                             if isinstance(r.object, ox.Literal)), None)
                out.append((chunk, q.object.value, rank))
    return out


def _table(store: Store, node: str, count: int) -> list[Chunk] | None:
    """A list's chunks, oldest first (None: one is missing: the list was written otherwise).  On the embedded store
    by index look-ups (four a chunk): the query's rows, one per chunk, cost 0.6-4.7 s of a one-article write at 25k
    articles, for the lists of the few actors it touched."""
    if store.capabilities.embedded:
        return _looked_up(store.ox, node, count)  # type: ignore[attr-defined]
    found: dict[str, Chunk] = {}
    for first in range(1, count + 1, _CHUNK):
        bound = [URIRef(pointer_iri(node, n)) for n in range(first, min(count, first + _CHUNK - 1) + 1)]
        for r in plain_rows(store, "conflict-actor-chunks", entry=bound):
            found[str(r["entry"])] = (str(r["chunk"]), int(r["count"]), str(r["first"]),
                                      None if r["rank"] is None else int(r["rank"]))
    table = [found.get(pointer_iri(node, n)) for n in range(1, count + 1)]
    return None if any(t is None for t in table) else table  # type: ignore[return-value]


def _looked_up(db: ox.Store, node: str, count: int) -> list[Chunk] | None:
    """``_table`` from the embedded store's indexes."""
    orders, conflicts = ox.NamedNode(ACTOR_ORDER_GRAPH), ox.NamedNode(str(CONFLICTS_GRAPH))

    def one(s: ox.NamedNode, p: ox.NamedNode, g: ox.NamedNode) -> ox.NamedNode | ox.Literal | None:
        return next((q.object for q in db.quads_for_pattern(s, p, None, g)
                     if isinstance(q.object, (ox.NamedNode, ox.Literal))), None)

    out: list[Chunk] = []
    for n in range(1, count + 1):
        chunk = one(ox.NamedNode(pointer_iri(node, n)), _ITEM, orders)
        size = one(chunk, _COUNT, orders) if isinstance(chunk, ox.NamedNode) else None
        first = one(chunk, _ABOUT, orders) if isinstance(chunk, ox.NamedNode) else None
        if chunk is None or not isinstance(size, ox.Literal) or not isinstance(first, ox.NamedNode):
            return None
        rank = one(first, RANK, conflicts)
        held = int(rank.value) if isinstance(rank, ox.Literal) else None
        out.append((chunk.value, int(size.value), first.value, held))
    return out


Placed = tuple[int | None, tuple[str, ...], bool]
"""A conflict as the refresh that placed it wrote it: its rank (None: not ranked now, or gone), the actors it involves,
and whether it was stored before (a conflict that was not is in no chunk yet)."""


def touched(store: Store, findings: list[str], written: dict[str, Placed] | None = None
            ) -> tuple[dict[str, dict[str, int]], set[str]]:
    """Where ``findings`` stand: each actor they involve now (and ``EVERY``, for every ranked one) → {finding: its
    rank}, and the stored chunks that hold some of them.  ``written``: what the refresh knows of them from its own
    write (``Placed``), so that only the chunks holding those stored before are looked up."""
    now: dict[str, dict[str, int]] = defaultdict(dict)
    old: set[str] = set()
    if store.capabilities.embedded:
        return _touched_looked_up(store.ox, findings, written or {})  # type: ignore[attr-defined]
    for i in range(0, len(findings), _CHUNK):
        chunk = [URIRef(f) for f in findings[i:i + _CHUNK]]
        for r in plain_rows(store, "conflict-actor-ranks", finding=chunk):
            now[str(r["actor"])][str(r["finding"])] = int(r["rank"])
        for r in plain_rows(store, "conflict-actor-chunk-members", finding=chunk):
            old.add(str(r["chunk"]))
    every = _ranked(store, findings)
    if every:
        now[EVERY] = every
    return now, old


def _touched_looked_up(db: ox.Store, findings: list[str], written: dict[str, Placed]
                       ) -> tuple[dict[str, dict[str, int]], set[str]]:
    """``touched`` by index look-ups, up to three a finding (its rank, its actors, the chunks holding it): the two bound
    queries per 200 findings took 3.4 s of a 1,000-article batch's 20k touched findings at 25k articles (profiled).
    A finding in ``written`` needs none for its rank and actors, and none at all when it was not stored before: the
    look-ups, made just after the refresh's large write, were half of that batch's orders (7.2 of 14.1 s profiled)."""
    graph, orders = ox.NamedNode(str(CONFLICTS_GRAPH)), ox.NamedNode(ACTOR_ORDER_GRAPH)
    now: dict[str, dict[str, int]] = defaultdict(dict)
    old: set[str] = set()
    every: dict[str, int] = {}
    for f in findings:
        node = ox.NamedNode(f)
        known = written.get(f)
        if known is None:
            rank = next((int(q.object.value) for q in db.quads_for_pattern(node, RANK, None, graph)
                         if isinstance(q.object, ox.Literal)), None)
            actors = [q.object.value for q in db.quads_for_pattern(node, _INVOLVES, None, graph)
                      if isinstance(q.object, ox.NamedNode)] if rank is not None else []
        else:
            rank, actors = known[0], list(known[1])
        if rank is not None:
            every[f] = rank
            for actor in actors:
                now[actor][f] = rank
        if known is None or known[2]:
            old.update(q.subject.value for q in db.quads_for_pattern(None, _MEMBER, node, orders)
                       if isinstance(q.subject, ox.NamedNode))
    if every:
        now[EVERY] = every
    return now, old


def _ranked(store: Store, findings: list[str]) -> dict[str, int]:
    """The ranks of those of ``findings`` that are ranked conflicts: an index look-up each on the embedded store."""
    if store.capabilities.embedded:
        db: ox.Store = store.ox  # type: ignore[attr-defined]
        graph = ox.NamedNode(str(CONFLICTS_GRAPH))
        return {f: int(q.object.value) for f in findings
                for q in db.quads_for_pattern(ox.NamedNode(f), RANK, None, graph) if isinstance(q.object, ox.Literal)}
    out: dict[str, int] = {}
    for i in range(0, len(findings), _CHUNK):
        for r in plain_rows(store, "conflict-order", finding=[URIRef(f) for f in findings[i:i + _CHUNK]]):
            out[str(r["finding"])] = int(r["rank"])
    return out
