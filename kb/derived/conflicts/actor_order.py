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
reads, of each actor it touches, at most that actor's own list from the first place that can change (a few look-ups
when its touched conflicts kept their places, as a growing episode keeps its rank): bounded by the actor's
conflicts, never the store's.  Older writers marked such a list ``STALE`` instead (its pages read every rank); the
next write here writes every order whole, once.
"""

from __future__ import annotations

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
    involve, now or in the stored orders, are looked at, and of each only what ``_relisted`` must read: nothing
    past a few look-ups when its touched conflicts kept their places (a growing episode keeps its rank), else its
    stored entries from the first place that can change, never the conflicts of other actors.  A store with a list
    an older writer left ``STALE`` gets every order written whole, once.  The difference is written in one update
    (one transaction on Oxigraph: a reader sees the old orders or the new)."""
    lists = {str(r["actor"]): (str(r["list"]), int(r["count"])) for r in plain_rows(store, "conflict-actor-orders")}
    root = lists.pop(str(CKC.Conflict), None)
    if touched is None or root is None or any(count == STALE for _, count in lists.values()):
        return _whole(store)
    if not touched:
        return 0
    now, old = _touched(store, sorted(touched))
    by_node = {node: actor for actor, (node, _) in lists.items()}
    actors = {by_node[n] for n in old if n in by_node} | now.keys()
    gone: list[str] = []
    added: list[str] = []
    wiped: list[str] = []
    for actor in sorted(actors):
        node, was = lists.get(actor, (list_iri(actor), 0))
        count = _relisted(store, actor, node, was, now.get(actor, {}), old.get(node, {}), touched,
                          (gone, added, wiped))
        if count is None:
            return _whole(store)  # a stored entry no longer ranked: the orders were written otherwise
        if count:
            lists[actor] = (node, count)
        else:
            lists.pop(actor, None)
    if root[1] != len(lists):
        added += _list_head(ROOT, str(CKC.Conflict), len(lists), True, wiped)
    if not (gone or added or wiped):
        return 0
    store.update(data_update(ACTOR_ORDER_GRAPH, gone, added, wiped))
    return len(gone) + len(added) + len(wiped)


Lines = tuple[list[str], list[str], list[str]]
"""What an update removes, adds and wipes by pattern."""


def _relisted(store: Store, actor: str, node: str, was: int, now: dict[str, int], old: dict[str, int],
              touched: frozenset[str], lines: Lines) -> int | None:
    """One actor's list brought up to date (its new size; None: an entry is no longer ranked).  ``now``: the
    touched conflicts it involves now → their ranks; ``old``: those its stored list holds → their places.  Its
    untouched conflicts keep their order (ranks move, never their order), so the new list is its stored entries up
    to the first place that can change, then the stored entries after it less the touched ones, with the touched
    ones it involves now, by rank: what a whole listing gives, read from this actor's own list."""
    if now.keys() == old.keys() and _in_place(store, node, was, old):
        return was
    first = min(old.values(), default=was + 1)
    at = _kept(store, node, first - 1, min(now.values(), default=None))
    if at < 0:
        return None
    stored = _stored(store, node, at, was)
    rest: list[tuple[int, str]] = []
    for finding, rank in stored.values():
        if finding in touched:
            continue
        if rank is None:
            return None
        rest.append((rank, finding))
    listed = [finding for _, finding in sorted(rest + [(rank, f) for f, rank in now.items()])]
    _one(actor, node, was, at, listed, {e: f for e, (f, _) in stored.items()}, *lines)
    return at + len(listed)


def _in_place(store: Store, node: str, was: int, old: dict[str, int]) -> bool:
    """Whether each touched conflict of a list still sorts between its neighbours (their ranks read now): then the
    list, the same conflicts, is still in rank order and nothing in it moves (a grown episode kept its rank).  Three
    look-ups a touched conflict, whatever the list's length."""
    places = sorted({p for at in old.values() for p in (at - 1, at, at + 1) if 1 <= p <= was})
    ranks: dict[int, int] = {}
    for i in range(0, len(places), _CHUNK):
        wanted = [URIRef(entry_iri(node, p)) for p in places[i:i + _CHUNK]]
        for r in plain_rows(store, "conflict-actor-order-page", entry=wanted):
            if r["rank"] is not None:
                ranks[int(str(r["entry"]).rsplit("/", 1)[1])] = int(r["rank"])
    if len(ranks) < len(places):
        return False
    return all(ranks.get(at - 1, 0) < ranks[at] < ranks.get(at + 1, ranks[at] + 1) for at in old.values())


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


def _touched(store: Store, findings: list[str]) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]]]:
    """Where ``findings`` stand: each actor they involve now → {finding: its rank}, and each stored list that holds
    some → {finding: its place there}."""
    now: dict[str, dict[str, int]] = defaultdict(dict)
    old: dict[str, dict[str, int]] = defaultdict(dict)
    for i in range(0, len(findings), _CHUNK):
        chunk = [URIRef(f) for f in findings[i:i + _CHUNK]]
        for r in plain_rows(store, "conflict-actor-ranks", finding=chunk):
            now[str(r["actor"])][str(r["finding"])] = int(r["rank"])
        for r in plain_rows(store, "conflict-actor-order-page", finding=chunk):
            node, position = str(r["entry"]).rsplit("/", 1)
            old[node][str(r["finding"])] = int(position)
    return now, old


def _kept(store: Store, node: str, before: int, rank: int | None) -> int:
    """How many of a list's first entries stay: of the ``before`` entries ahead of the first touched one, those
    ranked below ``rank`` (the lowest of the touched conflicts it lists now; None: none).  They list untouched
    conflicts, whose ranks ascend with their places: a binary search, one lookup a step.  -1: an entry there is no
    longer ranked."""
    if rank is None:
        return before
    lo, hi = 0, before
    while lo < hi:  # invariant: entries 1..lo stay; entries past hi do not
        mid = (lo + hi + 1) // 2
        found = _rank_at(store, node, mid)
        if found is None:
            return -1
        if found < rank:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _rank_at(store: Store, node: str, position: int) -> int | None:
    rows = list(plain_rows(store, "conflict-actor-order-page", entry=URIRef(entry_iri(node, position))))
    return int(rows[0]["rank"]) if rows and rows[0]["rank"] is not None else None


STALE = -1
"""The size an older writer gave a list when a write would have had to list too much of it again: its pages read
every rank (as before the orders existed); the next write here writes every order whole (``sync``)."""


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


def _stored(store: Store, node: str, start: int, count: int) -> dict[str, tuple[str, int | None]]:
    """The stored entries of one list after its first ``start``: entry IRI → (conflict, its rank; None: unranked)."""
    out: dict[str, tuple[str, int | None]] = {}
    for first in range(start + 1, count + 1, _CHUNK):
        wanted = [URIRef(entry_iri(node, n)) for n in range(first, min(count, first + _CHUNK - 1) + 1)]
        out.update((str(r["entry"]), (str(r["finding"]), None if r["rank"] is None else int(r["rank"])))
                   for r in plain_rows(store, "conflict-actor-order-page", entry=wanted))
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
