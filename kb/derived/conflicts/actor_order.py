"""Each actor's conflicts in order, kept as derived data so that a page of one actor's conflicts
(``/conflicts?actor=Armenia``) is read by position, as a page of all conflicts is.

Why: the conflicts of one actor had no order of their own: a page of them read the rank of every conflict the actor
is involved in (16k of Armenia's at 25k articles, 0.5-0.85 s a page, growing with the store) to take twenty.  Here
the refresh that ranks the conflicts (``kb.derived.conflicts.refresh.refresh``, whole or incremental) also writes,
into ``ACTOR_ORDER_GRAPH``, one ``schema:ItemList`` per actor a ranked conflict involves (``ckb:involves``: speakers,
parties, and the states they speak for): ``schema:about`` the actor, ``schema:numberOfItems``, and one entry node per
place (``<id/order/conflicts-of/armenia/n>``: ``schema:item`` → the conflict; its place is its IRI's last segment, no
``schema:position`` triple: 755k entries at 25k articles), counted from 1 = the actor's oldest conflict, as the ranks
count (so a new newest conflict moves no other entry).  A page computes
its entries' IRIs, looks them up with their conflicts' ranks, and reads those ranks as a page of all conflicts does.

The order is a function of the conflicts graph alone (the same whatever refresh wrote it): an incremental refresh
re-lists only the actors of the conflicts it rewrote or removed (a stored conflict it left alone keeps its place
among the others: ranks move, never their order), and writes only what differs.  One more list, about
``ckb:Conflict`` (its size: how many actors have a list), says the orders were written at all: a store refreshed
before this module existed has none, and its pages read every rank, as before, until its next refresh.  A write
that would list much of a long list again (a conflict far back touched) marks that list ``STALE`` instead: a write's
cost stays bounded, and that actor's pages read every rank until a whole recompute.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import XSD, Literal, URIRef

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
_ITEM = ox.NamedNode(_SCHEMA + "item")
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


def entry_iri(list_node: str, position: int) -> str:
    return f"{list_node}/{position}"


def ranks(store: Store, actors: Iterable[str], offset: int, limit: int) -> tuple[list[int], int] | None:
    """The ranks of the conflicts ``offset+1 .. offset+limit`` of ``actors``' conflicts, newest first, and how many
    there are, read by position; None when that cannot be read so (no orders written, several of ``actors`` have
    conflicts of their own, or a listed conflict is no longer ranked): the caller then reads every rank."""
    wanted = sorted(set(actors))
    rows = list(plain_rows(store, "conflict-actor-orders", actor=[URIRef(a) for a in (*wanted, str(CKC.Conflict))]))
    if not any(str(r["actor"]) == str(CKC.Conflict) for r in rows):
        return None
    lists = [r for r in rows if str(r["actor"]) != str(CKC.Conflict) and int(r["count"])]
    if not lists:
        return [], 0
    if len(lists) > 1 or int(lists[0]["count"]) == STALE:
        return None
    node, total = str(lists[0]["list"]), int(lists[0]["count"])
    wanted_entries = [entry_iri(node, n) for n in range(total - offset, max(total - offset - limit, 0), -1)]
    if not wanted_entries:
        return [], total
    found = {str(r["entry"]): r["rank"] for r in plain_rows(
        store, "conflict-actor-order-page", entry=[URIRef(e) for e in wanted_entries])}
    placed = [found.get(e) for e in wanted_entries]
    if any(rank is None for rank in placed):
        return None
    return [int(rank) for rank in placed], total  # type: ignore[arg-type]


def sync(store: Store, touched: frozenset[str] | None = None) -> int:
    """Bring the actors' orders up to date with the ranked conflicts; how many triples it changed.

    ``touched``: the findings a refresh rewrote or removed (None: it cannot say, a whole recompute, and every
    actor's order is written again, as a graph whose difference alone is stored).  Else only the actors those
    involve, now or in the stored orders, are listed again, and of each only the part after its last place that
    cannot have moved (``_kept``): a new conflict that sorts newest reads a few entries, not the actor's 30k.  The
    difference is written in one update (one transaction on Oxigraph: a reader sees the old orders or the new)."""
    lists = {str(r["actor"]): (str(r["list"]), int(r["count"])) for r in plain_rows(store, "conflict-actor-orders")}
    root = lists.pop(str(CKC.Conflict), None)
    if touched is None or root is None:
        return _whole(store)
    if not touched:
        return 0
    firsts, newest = _touched(store, sorted(touched))
    by_node = {node: actor for actor, (node, _) in lists.items()}
    actors = {by_node[n] for n in firsts if n in by_node} | newest.keys()
    kept: dict[str, tuple[int, int]] = {}  # actor → (entries kept, rank of the last kept)
    for actor in actors:
        node, was = lists.get(actor, (list_iri(actor), 0))
        if was < 0:
            continue  # stale: left as it is until a whole recompute
        kept[actor] = _kept(store, node, firsts.get(node, was + 1) - 1, newest.get(actor))
        if kept[actor][0] < 0:
            return _whole(store)  # a stored entry no longer ranked: the orders were written otherwise
    top = _top(store)
    stale = {a for a, (_, rank) in kept.items() if top - rank > _SUFFIX and lists.get(a, ("", 0))[1] > RELIST}
    suffixes = _suffixes(store, {a: k for a, k in kept.items() if a not in stale}, top)
    gone: list[str] = []
    added: list[str] = []
    wiped: list[str] = []
    for actor in sorted(kept):
        node, was = lists.get(actor, (list_iri(actor), 0))
        if actor in stale:
            added += _list_head(node, actor, STALE, True, wiped)
            lists[actor] = (node, STALE)
            continue
        at = kept[actor][0]
        listed = suffixes.get(actor, [])
        _one(actor, node, was, at, listed, _stored(store, node, at, was), gone, added, wiped)
        if at + len(listed):
            lists[actor] = (node, at + len(listed))
        else:
            lists.pop(actor, None)
    if root[1] != len(lists):
        added += _list_head(ROOT, str(CKC.Conflict), len(lists), True, wiped)
    if not (gone or added or wiped):
        return 0
    store.update(data_update(ACTOR_ORDER_GRAPH, gone, added, wiped))
    return len(gone) + len(added) + len(wiped)


def _whole(store: Store) -> int:
    """Every actor's order written again (only the difference reaches the store: ``replace_graph_quads``)."""
    g = Triples()
    listed = _listed(store)
    for actor, found in sorted(listed.items()):
        node = ox.NamedNode(list_iri(actor))
        g.add((node, _TYPE, _LIST))
        g.add((node, _ABOUT, ox.NamedNode(actor)))
        g.add((node, _COUNT, integer(len(found))))
        for position, iri in enumerate(found, start=1):
            g.add((ox.NamedNode(entry_iri(node.value, position)), _ITEM, ox.NamedNode(iri)))
    root = ox.NamedNode(ROOT)
    g.add((root, _TYPE, _LIST))
    g.add((root, _ABOUT, ox.NamedNode(str(CKC.Conflict))))
    g.add((root, _COUNT, integer(len(listed))))
    if store.capabilities.embedded:
        return store.replace_graph_quads(ACTOR_ORDER_GRAPH, g)  # type: ignore[attr-defined,no-any-return]
    store.put_graph(ACTOR_ORDER_GRAPH, g.graph())
    return len(g)


def _touched(store: Store, findings: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    """Where ``findings`` stand: each stored list's first entry that lists one (list IRI → position), and each
    actor they involve now → the lowest rank among them."""
    firsts: dict[str, int] = {}
    newest: dict[str, int] = {}
    for i in range(0, len(findings), _CHUNK):
        chunk = [URIRef(f) for f in findings[i:i + _CHUNK]]
        for r in plain_rows(store, "conflict-actor-ranks", finding=chunk):
            actor, rank = str(r["actor"]), int(r["rank"])
            newest[actor] = min(rank, newest.get(actor, rank))
        for r in plain_rows(store, "conflict-actor-order-page", finding=chunk):
            node, position = str(r["entry"]).rsplit("/", 1)
            firsts[node] = min(int(position), firsts.get(node, int(position)))
    return firsts, newest


def _kept(store: Store, node: str, before: int, rank: int | None) -> tuple[int, int]:
    """How many of a list's first entries stay (and the rank of the last of them, 0 when none): of the ``before``
    entries ahead of the first touched one, those ranked below ``rank`` (the lowest of the touched conflicts it
    lists now; None: none).  They list untouched conflicts, whose ranks ascend with their places: a binary search,
    one lookup a step.  (-1, 0): an entry there is no longer ranked."""
    lo, hi, last = 0, before, 0
    while lo < hi:  # invariant: entries 1..lo stay; entries past hi do not
        mid = (lo + hi + 1) // 2
        found = _rank_at(store, node, mid)
        if found is None:
            return -1, 0
        if rank is None or found < rank:
            lo, last = mid, found
        else:
            hi = mid - 1
    if lo and not last:
        found = _rank_at(store, node, lo)
        if found is None:
            return -1, 0
        last = found
    return lo, last


def _rank_at(store: Store, node: str, position: int) -> int | None:
    rows = list(plain_rows(store, "conflict-actor-order-page", entry=URIRef(entry_iri(node, position))))
    return int(rows[0]["rank"]) if rows and rows[0]["rank"] is not None else None


_SUFFIX = 2000
"""The most ranks read from the top down for the touched actors; an actor whose last kept conflict lies further back
has its whole list read again, if it holds at most ``RELIST`` conflicts, else it gets a ``STALE`` list (a grown
episode of weeks ago in Armenia's 29k conflicts: 30 s of a one-article write at 25k articles)."""
RELIST = 2000
STALE = -1
"""The size a list is given when a write would have had to list too much of it again: its pages read every rank (as
before the orders existed) until a whole recompute writes it again."""


def _top(store: Store) -> int:
    rows = list(plain_rows(store, "conflict-max-rank"))
    return int(rows[0]["max"]) if rows and rows[0]["max"] is not None else 0


def _suffixes(store: Store, kept: dict[str, tuple[int, int]], top: int) -> dict[str, list[str]]:
    """Each actor's ranked conflicts after its last kept one, oldest first: from the newest end of the order of all
    conflicts for those whose last kept one is near it (a few lookups), else from the actor's whole list (short:
    ``sync`` marks a long one stale instead)."""
    near = {a: k for a, k in kept.items() if top - k[1] <= _SUFFIX}
    ranked = _listed(store, set(kept) - near.keys(), kept) if len(near) < len(kept) else {}
    if near:
        found: list[dict[str, object]] = []
        since = min(rank for _, rank in near.values())
        for i in range(since + 1, top + 1, _CHUNK):
            found += plain_rows(store, "conflict-actor-ranks",
                                rank=[Literal(r, datatype=XSD.integer) for r in range(i, min(top, i + _CHUNK - 1) + 1)])
        ranked.update(_by_actor(found, near))
    return ranked


def _listed(store: Store, actors: set[str] | None = None,
            after: dict[str, tuple[int, int]] | None = None) -> dict[str, list[str]]:
    """Each actor's ranked conflicts, oldest first (``actors``, else every actor a ranked conflict involves; of
    each, those ranked after ``after[actor]``'s rank)."""
    if actors is None:
        rows = _native(store.ox) if store.capabilities.embedded else plain_rows(  # type: ignore[attr-defined]
            store, "conflict-actor-ranks")
        return _by_actor(rows, None)
    bound = sorted(actors)
    found: list[dict[str, object]] = []
    for i in range(0, len(bound), _CHUNK):
        found += plain_rows(store, "conflict-actor-ranks", actor=[URIRef(a) for a in bound[i:i + _CHUNK]])
    return _by_actor(found, after)


def _native(db: ox.Store) -> list[dict[str, object]]:
    """"Ranked conflicts of actors" unbound, from two scans of the conflicts graph (ranks, then involvements) joined
    here: the query's join took 46 s at 25k articles (755k rows), under other work."""
    graph = ox.NamedNode(str(CONFLICTS_GRAPH))
    ranks = {q.subject.value: int(q.object.value) for q in db.quads_for_pattern(None, RANK, None, graph)
             if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.Literal)}
    return [{"finding": q.subject.value, "actor": q.object.value, "rank": ranks[q.subject.value]}
            for q in db.quads_for_pattern(None, _INVOLVES, None, graph)
            if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode) and q.subject.value in ranks]


def _by_actor(rows: Iterable[dict[str, object]], after: dict[str, tuple[int, int]] | None) -> dict[str, list[str]]:
    ranked: dict[str, dict[str, int]] = defaultdict(dict)
    for r in rows:
        actor, rank = str(r["actor"]), int(r["rank"])  # type: ignore[call-overload]
        if after is None or (actor in after and rank > after[actor][1]):
            ranked[actor][str(r["finding"])] = rank
    return {a: sorted(found, key=found.__getitem__) for a, found in ranked.items()}


def _stored(store: Store, node: str, start: int, count: int) -> dict[str, str]:
    """The stored entries of one list after its first ``start`` (entry IRI → conflict)."""
    out: dict[str, str] = {}
    for first in range(start + 1, count + 1, _CHUNK):
        wanted = [URIRef(entry_iri(node, n)) for n in range(first, min(count, first + _CHUNK - 1) + 1)]
        out.update((str(r["entry"]), str(r["finding"])) for r in plain_rows(
            store, "conflict-actor-order-page", entry=wanted))
    return out


def _one(actor: str, node: str, was: int, at: int, listed: list[str], stored: dict[str, str],
         gone: list[str], added: list[str], wiped: list[str]) -> None:
    """The triples that differ between one actor's stored list (``was`` entries) and its first ``at`` entries
    followed by ``listed``."""
    now = at + len(listed)
    if was != now:
        if now:
            added += _list_head(node, actor, now, was > 0, wiped)
        else:
            wiped.append(f"{ox.NamedNode(node)} ?p ?o")
    for position, iri in enumerate(listed, start=at + 1):
        entry = ox.NamedNode(entry_iri(node, position))
        before = stored.get(entry.value)
        if before == iri:
            continue
        if before is not None:
            gone.append(f"{entry} {_ITEM} {ox.NamedNode(before)} .")
        added.append(f"{entry} {_ITEM} {ox.NamedNode(iri)} .")
    for position in range(now + 1, was + 1):
        wiped.append(f"{ox.NamedNode(entry_iri(node, position))} ?p ?o")


def _list_head(node: str, about: str, count: int, existed: bool, wiped: list[str]) -> list[str]:
    """A list's type, subject and size (its old size wiped when it had one)."""
    n = ox.NamedNode(node)
    if existed:
        wiped.append(f"{n} {_COUNT} ?n")
        return [f"{n} {_COUNT} {integer(count)} ."]
    return [f"{n} {_TYPE} {_LIST} .", f"{n} {_ABOUT} {ox.NamedNode(about)} .", f"{n} {_COUNT} {integer(count)} ."]


__all__ = ["ACTOR_ORDER_GRAPH", "STALE", "entry_iri", "list_iri", "ranks", "sync"]
