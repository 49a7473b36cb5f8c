"""Each actor's conflicts in order, kept as derived data so that a page of one actor's conflicts
(``/conflicts?actor=Armenia``) is read by position, as a page of all conflicts is.

Why: the conflicts of one actor had no order of their own: a page of them read the rank of every conflict the actor
is involved in (29k of Armenia's at 25k articles, 0.5-1.1 s a page, growing with the store) to take twenty.  Here
the refresh that ranks the conflicts (``kb.derived.conflicts.refresh.refresh``, whole or incremental) also writes,
into ``ACTOR_ORDER_GRAPH``, one ``schema:ItemList`` per actor a ranked conflict involves (``ckb:involves``: speakers,
parties, and the states they speak for): ``schema:about`` the actor, ``schema:numberOfItems`` (its conflicts) and
``derived:chunks`` (how many chunks hold them).  Its conflicts, oldest first (as the ranks count), are cut into chunks
where a conflict's IRI digest is a multiple of ``CUT`` (content-defined, as the review order's chunks: 128 conflicts
on average); the n-th chunk is the entry ``<id/order/conflicts-of/armenia/chunks/n>`` → ``schema:item`` the chunk
``<.../c/<digest of its first conflict>>``, which has ``schema:numberOfItems``, ``schema:about`` its first conflict and
``schema:itemListElement`` each of its conflicts.  A page reads the list's chunk sizes (one row a chunk: 230 for
Armenia), then the ranks of the one or two chunks it needs, sorted, and reads those ranks as a page of all conflicts
does.

The order is a function of the conflicts graph alone (the same whatever refresh wrote it): an incremental refresh
cuts again only the chunks its rewritten or removed conflicts leave or enter (a stored conflict it left alone keeps
its place among the others: ranks move, never their order), renumbers the chunks' entries after them when their
number changes, and writes only what differs: bounded by a few chunks, whatever the list's length.  One more list,
about ``ckb:Conflict`` (its size: how many actors have a list; ``derived:chunks``: the ``CUT``), says the orders were
written at all, and so: a store refreshed before this module existed, or by an older writer (one entry a place, some
lists marked stale), reads every rank on its pages, as before, until its next write writes every order whole.
"""

from __future__ import annotations

import bisect
import hashlib
from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import URIRef

from kb.derived.conflicts.graph import RANK, Triples, integer
from kb.derived.conflicts.vocabulary import CKC
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.store.oxigraph import data_update
from kb.vocab import CONFLICTS_GRAPH, DATA

ACTOR_ORDER_GRAPH = "https://w3id.org/claimkb/graph/conflicts-by-actor"
ROOT = f"{DATA}order/conflicts-of"
"""The list that says the orders exist; an actor's list is ``ROOT/<slug>`` and its entries ``ROOT/<slug>/<n>``."""
_SCHEMA = "https://schema.org/"
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_LIST, _COUNT, _ABOUT = (ox.NamedNode(_SCHEMA + n) for n in ("ItemList", "numberOfItems", "about"))
_ITEM, _MEMBER = ox.NamedNode(_SCHEMA + "item"), ox.NamedNode(_SCHEMA + "itemListElement")
_CHUNKS = ox.NamedNode("https://w3id.org/claimkb/ns/derived#chunks")
_INVOLVES = ox.NamedNode(str(CKC.involves))
_ACTORS = f"{DATA}actor/"
_CHUNK = 1000


_PENDING = ox.NamedNode("https://w3id.org/claimkb/ns/derived#ordersPending")


def orders_pending(store: Store) -> bool:
    """Whether a refresh stopped between writing the conflicts and writing the orders that list them (this module's
    and ``findings_order``'s: updates of their own, after the conflicts')."""
    return bool(list(plain_rows(store, "state-orders-pending")))


def pending_update(pending: bool) -> str:
    """The update that sets (before a refresh writes) or clears (after its orders are written) that flag: kept in
    this module's graph, which no whole recompute drops before the orders are written (writing them whole clears
    it)."""
    graph = f"GRAPH <{ACTOR_ORDER_GRAPH}>"
    gone = f"DELETE WHERE {{ {graph} {{ <{ROOT}> {_PENDING} ?o }} }}"
    return gone + (f" ;\nINSERT DATA {{ {graph} {{ <{ROOT}> {_PENDING} true }} }}" if pending else "")


def list_iri(actor: str) -> str:
    """An actor's list: its key for the knowledge base's own actors, else a digest of its IRI (never two alike)."""
    key = actor[len(_ACTORS):]
    if actor.startswith(_ACTORS) and key and "/" not in key:
        return f"{ROOT}/{quote(key, safe='')}"
    return f"{ROOT}/x{hashlib.sha256(actor.encode()).hexdigest()[:24]}"


def chunk_iri(node: str, first: str) -> str:
    """A chunk of a list, named by the conflict it starts with: a chunk that gains or loses other members keeps it."""
    return f"{node}/c/{hashlib.sha256(first.encode()).hexdigest()[:20]}"


def pointer_iri(node: str, position: int) -> str:
    """The entry for a list's ``position``-th chunk (1 = the oldest conflicts)."""
    return f"{node}/chunks/{position}"


CUT = 128
"""A conflict starts a chunk of its actor's list when its IRI's digest is a multiple of this (and it is not the list's
first): chunks of 128 conflicts on average, cut by content, so a list's chunks are a function of its conflicts alone."""


def _cuts(iri: str) -> bool:
    return int(hashlib.sha256(iri.encode()).hexdigest()[:8], 16) % CUT == 0


def _chunked(ordered: list[str]) -> list[list[str]]:
    """An actor's conflicts, oldest first, cut into chunks."""
    chunks: list[list[str]] = []
    for i, iri in enumerate(ordered):
        if not chunks or (i and _cuts(iri)):
            chunks.append([])
        chunks[-1].append(iri)
    return chunks


def ranks(store: Store, actors: Iterable[str], offset: int, limit: int) -> tuple[list[int], int] | None:
    """The ranks of the conflicts ``offset+1 .. offset+limit`` of ``actors``' conflicts, newest first, and how many
    there are, read by position: the sizes of the list's chunks (one row a chunk), then the members of the one or two
    chunks the page needs, sorted by rank.  None when that cannot be read so (no orders written, or written by an
    older writer, several of ``actors`` have conflicts of their own, a listed conflict is no longer ranked, or a
    refresh has not yet written the orders of the conflicts it wrote): the caller then reads every rank."""
    if orders_pending(store):
        return None  # a refresh wrote the conflicts and not yet (or never, if it stopped) the chunks listing them
    wanted = sorted(set(actors))
    rows = list(plain_rows(store, "conflict-actor-lists", actor=[URIRef(a) for a in (*wanted, str(CKC.Conflict))]))
    root = [r for r in rows if str(r["actor"]) == str(CKC.Conflict)]
    if not root or root[0]["chunks"] is None:
        return None
    lists = [r for r in rows if str(r["actor"]) != str(CKC.Conflict) and int(r["count"])]
    if not lists:
        return [], 0
    if len(lists) > 1 or lists[0]["chunks"] is None:
        return None
    node, total, count = str(lists[0]["list"]), int(lists[0]["count"]), int(lists[0]["chunks"])
    found = _newest_chunks(store, node, count, offset, limit)
    if found is None:
        return None
    seen, needed = found
    members = _members(store, needed)
    if any(rank is None for _, _, rank in members):
        return None
    newest = sorted((rank for _, _, rank in members if rank is not None), reverse=True)
    return newest[offset - seen:offset - seen + limit], total


def _newest_chunks(store: Store, node: str, count: int, offset: int, limit: int) -> tuple[int, list[str]] | None:
    """The chunks that hold a list's conflicts ``offset+1 .. offset+limit`` counted from the newest, and how many
    conflicts the newer chunks hold; read from the newest chunk back, 8 sizes, then 16, 32...: a first page reads one
    or two, a page deep in Armenia's 29k conflicts about as many as it passes (None: a chunk is missing)."""
    needed: list[str] = []
    seen = covered = 0
    top, batch = count, 8
    while top >= 1:
        low = max(1, top - batch + 1)
        sizes = {str(r["entry"]): (str(r["chunk"]), int(r["count"])) for r in plain_rows(
            store, "conflict-actor-chunk-sizes", entry=[URIRef(pointer_iri(node, n)) for n in range(low, top + 1)])}
        for n in range(top, low - 1, -1):
            found = sizes.get(pointer_iri(node, n))
            if found is None:
                return None
            if not needed and seen + found[1] <= offset:
                seen += found[1]
                continue
            needed.append(found[0])
            covered += found[1]
            if seen + covered >= offset + limit:
                return seen, needed
        top, batch = low - 1, min(batch * 2, _CHUNK)
    return seen, needed


Chunk = tuple[str, int, str, int | None]
"""A list's chunk as stored: its node, size, the conflict it starts with and that conflict's rank."""


def _table(store: Store, node: str, count: int) -> list[Chunk] | None:
    """A list's chunks, oldest first (None: one is missing: the list was written otherwise)."""
    found: dict[str, Chunk] = {}
    for first in range(1, count + 1, _CHUNK):
        bound = [URIRef(pointer_iri(node, n)) for n in range(first, min(count, first + _CHUNK - 1) + 1)]
        for r in plain_rows(store, "conflict-actor-chunks", entry=bound):
            found[str(r["entry"])] = (str(r["chunk"]), int(r["count"]), str(r["first"]),
                                      None if r["rank"] is None else int(r["rank"]))
    table = [found.get(pointer_iri(node, n)) for n in range(1, count + 1)]
    return None if any(t is None for t in table) else table  # type: ignore[return-value]


def _members(store: Store, chunks: list[str]) -> list[tuple[str, str, int | None]]:
    """The conflicts of ``chunks``: (chunk, conflict, its rank; None: no longer ranked)."""
    out: list[tuple[str, str, int | None]] = []
    for i in range(0, len(chunks), _CHUNK):
        for r in plain_rows(store, "conflict-actor-chunk-members", chunk=[URIRef(c) for c in chunks[i:i + _CHUNK]]):
            out.append((str(r["chunk"]), str(r["finding"]), None if r["rank"] is None else int(r["rank"])))
    return out


def sync(store: Store, touched: frozenset[str] | None = None) -> int:
    """Bring the actors' orders up to date with the ranked conflicts; how many triples it changed.

    ``touched``: the findings a refresh rewrote or removed (None: it cannot say, a whole recompute, and every
    actor's order is written again, as a graph whose difference alone is stored).  Else only the actors those
    involve, now or in the stored lists, are looked at, and of each only the chunks its touched conflicts leave or
    enter (``_rechunked``): a few hundred conflicts read and rewritten at most, whatever the list's length, and its
    chunks' entries after them renumbered when their number changes.  A store whose orders an older writer kept (one
    entry per place) gets every order written whole, once.  The difference is written in one update (one transaction
    on Oxigraph: a reader sees the old orders or the new)."""
    lists = {str(r["actor"]): (str(r["list"]), int(r["count"]), None if r["chunks"] is None else int(r["chunks"]))
             for r in plain_rows(store, "conflict-actor-lists")}
    root = lists.pop(str(CKC.Conflict), None)
    if touched is None or root is None or root[2] != CUT or any(c is None for _, _, c in lists.values()):
        return _whole(store)
    if not touched:
        return 0
    now, holding = _touched(store, sorted(touched))
    by_node = {node: actor for actor, (node, _, _) in lists.items()}
    actors = {by_node[c.rsplit("/c/", 1)[0]] for c in holding if c.rsplit("/c/", 1)[0] in by_node} | now.keys()
    lines: Lines = ([], [], [])
    for actor in sorted(actors):
        node, total, count = lists.get(actor, (list_iri(actor), 0, 0))
        done = _rechunked(store, actor, node, (total, count or 0), now.get(actor, {}), (touched, holding), lines)
        if done is None:
            return _whole(store)  # a stored entry no longer ranked: the orders were written otherwise
        if done:
            lists[actor] = (node, done, 0)
        else:
            lists.pop(actor, None)
    gone, added, wiped = lines
    if root[1] != len(lists):
        wiped.append(f"{ox.NamedNode(ROOT)} {_COUNT} ?n")
        added.append(f"{ox.NamedNode(ROOT)} {_COUNT} {integer(len(lists))} .")
    if not (gone or added or wiped):
        return 0
    store.update(data_update(ACTOR_ORDER_GRAPH, gone, added, wiped))
    return len(gone) + len(added) + len(wiped)


Lines = tuple[list[str], list[str], list[str]]
"""What an update removes, adds and wipes by pattern."""


def _rechunked(store: Store, actor: str, node: str, sizes: tuple[int, int], now: dict[str, int],
               touched: tuple[frozenset[str], set[str]], lines: Lines) -> int | None:
    """One actor's list brought up to date (its new size; None: the list was written otherwise).  ``now``: the
    touched conflicts it involves now → their ranks.  The chunks that hold a touched conflict, and those a touched
    conflict's rank falls in (after the last chunk starting below it with an untouched conflict), are read, less the
    touched conflicts, with those it involves now, sorted and cut again; the chunks outside keep their members (ranks
    move, never their order) and their first conflicts, so the cut is what a whole listing gives."""
    (total, count), (findings, holding) = sizes, touched
    table = _table(store, node, count) if count else []
    if table is None or any(rank is None and first not in findings for _, _, first, rank in table):
        return None
    hit = {k for k, (chunk, _, _, _) in enumerate(table) if chunk in holding}
    stable = [(rank, k) for k, (_, _, first, rank) in enumerate(table) if first not in findings and rank is not None]
    for rank in now.values():
        at = bisect.bisect_left(stable, (rank, -1))
        hit.add(stable[at - 1][1] if at else 0)
    if not hit:
        return total
    if not table:
        region = sorted((r, f) for f, r in now.items())
        cut = _chunked([f for _, f in region])
        lines[1].extend(t for chunk in cut for t in _chunk_lines(node, chunk))
        _pointers(node, actor, [chunk_iri(node, c[0]) for c in cut], [], 0, len(region), lines)
        return len(region)
    hit = _stable_runs(hit, table, findings)
    chunks: list[str] = []
    size = k = 0
    while k < len(table):
        if k not in hit:
            chunks.append(table[k][0])
            size += table[k][1]
            k += 1
            continue
        end = k
        while end + 1 in hit:
            end += 1
        placed = _recut(store, node, table, k, end, now, findings, lines)
        if placed is None:
            return None
        chunks += placed[0]
        size += placed[1]
        k = end + 1
    _pointers(node, actor, chunks, [t[0] for t in table], total, size, lines)
    return size


def _recut(store: Store, node: str, table: list[Chunk], k: int, end: int, now: dict[str, int],
           touched: frozenset[str], lines: Lines) -> tuple[list[str], int] | None:
    """Chunks ``k..end`` of a list cut again: their stored members less the touched conflicts, with the touched
    conflicts ranked between their first and the next chunk's first; the triples that differ into ``lines``.  Their
    new chunks' nodes and how many conflicts they hold (None: a member there is no longer ranked)."""
    lo = table[k][3] if k else None
    hi = table[end + 1][3] if end + 1 < len(table) else None
    run = table[k:end + 1]
    stored = _members(store, [c for c, _, _, _ in run])
    if any(r is None and f not in touched for _, f, r in stored):
        return None
    region = sorted([(r, f) for _, f, r in stored if f not in touched and r is not None]
                    + [(r, f) for f, r in now.items() if (lo is None or r > lo) and (hi is None or r < hi)])
    cut = _chunked([f for _, f in region])
    if k and (not cut or cut[0][0] != table[k][2]):
        return None
    was = {line for c, size, first, _ in run for line in _chunk_lines(
        node, [first, *(f for chunk, f, _ in stored if chunk == c and f != first)], c, size)}
    new = {line for chunk in cut for line in _chunk_lines(node, chunk)}
    lines[0].extend(sorted(was - new))
    lines[1].extend(sorted(new - was))
    return [chunk_iri(node, chunk[0]) for chunk in cut], len(region)


def _stable_runs(hit: set[int], table: list[Chunk], touched: frozenset[str]) -> set[int]:
    """The chunks to cut again, grown backwards until each run starts at the list's start or at a chunk whose first
    conflict stays where it is (an untouched one): the cut before it is then the cut a whole listing makes."""
    out = set(hit)
    for k in sorted(hit):
        while k > 0 and table[k][2] in touched:
            k -= 1
            out.add(k)
    return out


def _chunk_lines(node: str, members: list[str], iri: str | None = None, size: int | None = None) -> list[str]:
    """A chunk's triples as N-Triples lines: its size, its first conflict, its members (``iri`` and ``size``: as
    stored)."""
    c = ox.NamedNode(iri or chunk_iri(node, members[0]))
    return [f"{c} {_COUNT} {integer(len(members) if size is None else size)} .",
            f"{c} {_ABOUT} {ox.NamedNode(members[0])} .", *(f"{c} {_MEMBER} {ox.NamedNode(m)} ." for m in members)]


def _pointers(node: str, actor: str, chunks: list[str], was: list[str], total: int, size: int, lines: Lines) -> None:
    """The list's head (size, number of chunks) and its chunks' entries, where they differ from the stored ones."""
    gone, added, wiped = lines
    n = ox.NamedNode(node)
    if not size:
        if total:
            wiped += [f"{n} ?p ?o"] + [f"{ox.NamedNode(pointer_iri(node, k))} ?p ?o" for k in range(1, len(was) + 1)]
        return
    if not total:
        added += [f"{n} {_TYPE} {_LIST} .", f"{n} {_ABOUT} {ox.NamedNode(actor)} ."]
    if size != total or len(chunks) != len(was):
        wiped += [f"{n} {_COUNT} ?x", f"{n} {_CHUNKS} ?x"]
        added += [f"{n} {_COUNT} {integer(size)} .", f"{n} {_CHUNKS} {integer(len(chunks))} ."]
    for k, chunk in enumerate(chunks, start=1):
        before = was[k - 1] if k <= len(was) else None
        if before == chunk:
            continue
        entry = ox.NamedNode(pointer_iri(node, k))
        if before is not None:
            gone.append(f"{entry} {_ITEM} {ox.NamedNode(before)} .")
        added.append(f"{entry} {_ITEM} {ox.NamedNode(chunk)} .")
    for k in range(len(chunks) + 1, len(was) + 1):
        wiped.append(f"{ox.NamedNode(pointer_iri(node, k))} ?p ?o")


def _whole(store: Store) -> int:
    """Every actor's order written again (only the difference reaches the store: ``replace_graph_quads``)."""
    g = Triples()
    listed = _listed(store)
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
    root = ox.NamedNode(ROOT)
    g.add((root, _TYPE, _LIST))
    g.add((root, _ABOUT, ox.NamedNode(str(CKC.Conflict))))
    g.add((root, _COUNT, integer(len(listed))))
    g.add((root, _CHUNKS, integer(CUT)))
    if store.capabilities.embedded:
        return store.replace_graph_quads(ACTOR_ORDER_GRAPH, g)  # type: ignore[attr-defined,no-any-return]
    store.put_graph(ACTOR_ORDER_GRAPH, g.graph())
    return len(g)


def _touched(store: Store, findings: list[str]) -> tuple[dict[str, dict[str, int]], set[str]]:
    """Where ``findings`` stand: each actor they involve now → {finding: its rank}, and the stored chunks that hold
    some of them."""
    now: dict[str, dict[str, int]] = defaultdict(dict)
    old: set[str] = set()
    for i in range(0, len(findings), _CHUNK):
        chunk = [URIRef(f) for f in findings[i:i + _CHUNK]]
        for r in plain_rows(store, "conflict-actor-ranks", finding=chunk):
            now[str(r["actor"])][str(r["finding"])] = int(r["rank"])
        for r in plain_rows(store, "conflict-actor-chunk-members", finding=chunk):
            old.add(str(r["chunk"]))
    return now, old


def _listed(store: Store) -> dict[str, list[str]]:
    """Every actor a ranked conflict involves → its ranked conflicts, oldest first."""
    rows = _native(store.ox) if store.capabilities.embedded else plain_rows(  # type: ignore[attr-defined]
        store, "conflict-actor-ranks")
    ranked: dict[str, dict[str, int]] = defaultdict(dict)
    for r in rows:
        ranked[str(r["actor"])][str(r["finding"])] = int(r["rank"])  # type: ignore[arg-type]
    return {a: sorted(found, key=found.__getitem__) for a, found in ranked.items()}


def _native(db: ox.Store) -> list[dict[str, object]]:
    """"Ranked conflicts of actors" unbound, from two scans of the conflicts graph (ranks, then involvements) joined
    here: the query's join took 46 s at 25k articles (755k rows), under other work."""
    graph = ox.NamedNode(str(CONFLICTS_GRAPH))
    ranks = {q.subject.value: int(q.object.value) for q in db.quads_for_pattern(None, RANK, None, graph)
             if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.Literal)}
    return [{"finding": q.subject.value, "actor": q.object.value, "rank": ranks[q.subject.value]}
            for q in db.quads_for_pattern(None, _INVOLVES, None, graph)
            if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode) and q.subject.value in ranks]




__all__ = ["ACTOR_ORDER_GRAPH", "CUT", "chunk_iri", "list_iri", "pointer_iri", "ranks", "sync"]
