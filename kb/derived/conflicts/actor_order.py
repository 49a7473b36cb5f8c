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

One more list holds every ranked conflict (about ``EVERY``): ranks are sort keys (``ranks.rank_of``: a new conflict
moves no other's rank), so a conflict's place among all is read from that list's chunks, as an actor's page reads its
own; a store whose ranks are still places (rules 17) has no such list, and its pages count down from the top rank.
This module reads the orders and names their nodes; ``actor_chunks`` writes them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import URIRef

from kb.derived.conflicts.vocabulary import CKC
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.vocab import DATA

ACTOR_ORDER_GRAPH = "https://w3id.org/claimkb/graph/conflicts-by-actor"
EVERY = f"{DATA}order/conflicts"
"""What the list of every ranked conflict is about: a page of all conflicts reads its positions from that list, as a
page of one actor's conflicts does from the actor's (ranks are sort keys, ``ranks.rank_of``, not places)."""
ROOT = f"{DATA}order/conflicts-of"
"""The list that says the orders exist; an actor's list is ``ROOT/<slug>`` and its entries ``ROOT/<slug>/<n>``."""
_SCHEMA = "https://schema.org/"
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_LIST, _COUNT, _ABOUT = (ox.NamedNode(_SCHEMA + n) for n in ("ItemList", "numberOfItems", "about"))
_ITEM, _MEMBER = ox.NamedNode(_SCHEMA + "item"), ox.NamedNode(_SCHEMA + "itemListElement")
_CHUNKS = ox.NamedNode("https://w3id.org/claimkb/ns/derived#chunks")
RANKED = ox.NamedNode("https://w3id.org/claimkb/ns/derived#ranked")
"""A chunk's members with their ranks in one literal ("rank IRI rank IRI ...", oldest first), beside its
``schema:itemListElement`` triples (which pages read): a write that cuts chunks again reads one value a chunk instead of
a look-up of each member and of its rank in the conflicts graph (54k of them, most from disk, were the largest part of
a 1,000-article batch's orders at 25k articles).  On the list of lists (``ROOT``), ``true``: every chunk has one."""
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
    return _digest(iri) % CUT == 0


@lru_cache(maxsize=1 << 16)
def _digest(iri: str) -> int:
    """The first four bytes of a conflict's IRI digest (what ``_cuts`` reads), kept for the last 65k IRIs: a batch
    cuts each touched conflict's region again in every list it is in (97k cuts for ~25k conflicts, a fifth of a
    1,000-article batch's actors' orders at 25k articles, profiled), and hashing was most of each."""
    return int.from_bytes(hashlib.sha256(iri.encode()).digest()[:4], "big")


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
        return None if EVERY in wanted else ([], 0)  # no list of every conflict: none, or written before it existed
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


def _members(store: Store, chunks: list[str]) -> list[tuple[str, str, int | None]]:
    """The conflicts of ``chunks``: (chunk, conflict, its rank; None: no longer ranked)."""
    out: list[tuple[str, str, int | None]] = []
    for i in range(0, len(chunks), _CHUNK):
        for r in plain_rows(store, "conflict-actor-chunk-members", chunk=[URIRef(c) for c in chunks[i:i + _CHUNK]]):
            out.append((str(r["chunk"]), str(r["finding"]), None if r["rank"] is None else int(r["rank"])))
    return out


def sync(store: Store, touched: frozenset[str] | None = None,
         written: dict[str, tuple[int | None, tuple[str, ...], bool]] | None = None, planned: object = None) -> int:
    """Bring the actors' orders up to date with the ranked conflicts (``actor_chunks.sync``, the writing side, kept
    apart); how many triples it changed.  ``written``: the touched conflicts as the refresh wrote them
    (``actor_table.Placed``); ``planned``: the difference read before it wrote them (``actor_chunks.Plan``)."""
    from kb.derived.conflicts import actor_chunks  # the writer imports this module's names: imported when called

    return actor_chunks.sync(store, touched, written, planned if isinstance(planned, actor_chunks.Plan) else None)


__all__ = ["ACTOR_ORDER_GRAPH", "CUT", "chunk_iri", "list_iri", "pointer_iri", "ranks", "sync"]
