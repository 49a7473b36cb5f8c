"""Conflicts' ranks placed by an incremental refresh without reading every conflict.

Ranks count from the oldest (``schema:position`` 1 = oldest conflict) and follow ``refresh.order_key``, whose
first part is the latest claim's date.  A refresh removes the touched groups' conflicts and adds their new ones;
every stored conflict older than all of those keeps its rank.  So only the newest end of the order is read: from
the lowest rank a removed conflict had, or from the first conflict dated on the oldest new conflict's day (found
by binary search, one indexed lookup a step), whichever is lower.  A new conflict that sorts newest reads nothing
but the top rank; reading all 24k conflicts of a 10k-article store took 1.3–1.5 s of a one-article refresh.
"""

from __future__ import annotations

import bisect
from datetime import date
from typing import Any

import pyoxigraph as ox
from rdflib import Literal
from rdflib.namespace import RDF, XSD

from kb.derived.conflicts.graph import LATEST, RANK, integer
from kb.derived.conflicts.refresh import order_key
from kb.derived.conflicts.vocabulary import KIND_BY_CLASS
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.vocab import CONFLICTS_GRAPH

Key = tuple[int, str, str]
_CHUNK = 2000
_TYPE = ox.NamedNode(str(RDF.type))
_GRAPH = ox.NamedNode(str(CONFLICTS_GRAPH))


class Ranks(dict[str, int]):
    """The new conflicts' ranks; ``moved``: stored conflicts whose rank changes, (was, now)."""

    moved: dict[str, tuple[int | None, int]]


def place(store: Store, new: list[tuple[Key, str]], removed: dict[str, int]) -> Ranks:
    """Ranks for the conflicts ``new`` ((order key, IRI)) once the stored conflicts ``removed`` (IRI → rank) are
    gone: the part of the order from the lowest rank that can change is read and re-ranked."""
    top = _top(store)
    if store.capabilities.embedded and 0 < len(new) <= _FEW:
        shifted = _shifted(store.ox, new, removed, top)  # type: ignore[attr-defined]
        if shifted is not None:
            return shifted
    start = min(removed.values(), default=top + 1)
    if new:
        start = min(start, _first_since(store, _day(max(key for key, _ in new)), top))
    stored: dict[str, int] = {}
    keyed = list({iri: (key, iri) for key, iri in reversed(new)}.values())  # one slot per IRI, the first key
    for iri, rank, latest, kind in _suffix(store, start, top):
        if iri in removed:
            continue
        stored[iri] = rank
        keyed.append((order_key(latest, kind, iri), iri))
    keyed.sort()
    out = Ranks({iri: start + len(keyed) - 1 - i for i, (_, iri) in enumerate(keyed)})
    out.moved = {iri: (rank, out[iri]) for iri, rank in stored.items() if out[iri] != rank}
    return out


_FEW = 64
"""Up to this many new conflicts are placed by binary search (``_shifted``), more by reading the order's end."""


def _shifted(db: ox.Store, new: list[tuple[Key, str]], removed: dict[str, int], top: int) -> Ranks | None:
    """``place`` without reading every conflict of the order's end whole: each new conflict's place found by binary
    search (its order key against the stored ones'), then each stored conflict from the lowest place that changes
    moves by the new conflicts placed below it less the removed ones: one look-up a rank instead of three.  None when
    the stored order is not whole (a hole or a rank held twice): ``place`` reads and sorts the end again."""
    keyed = sorted({iri: (key, iri) for key, iri in reversed(new)}.values())  # newest first; one slot per IRI
    gone = sorted(removed.values())
    places: list[int] = []  # per new conflict (oldest first), the lowest stored rank newer than it
    for key, _ in reversed(keyed):
        lo, hi = places[-1] if places else 1, top + 1
        while lo < hi:
            mid = (lo + hi) // 2
            at = _looked_up(db, range(mid, mid + 1))
            if len(at) != 1:
                return None
            iri, _, latest, kind = at[0]
            if order_key(latest, kind, iri) > key:
                lo = mid + 1
            else:
                hi = mid
        places.append(lo)
    out = Ranks()
    for i, ((_, iri), place) in enumerate(zip(reversed(keyed), places, strict=True)):
        out[iri] = place - 1 - bisect.bisect_left(gone, place) + i + 1
    out.moved = {}
    start = min([*gone, *places])
    for rank in range(start, top + 1):
        value = integer(rank)
        found = [q.subject.value for q in db.quads_for_pattern(None, RANK, value, _GRAPH)
                 if q.object == value and isinstance(q.subject, ox.NamedNode)]
        if len(found) != 1:
            return None
        if found[0] in removed:
            continue
        now = rank - bisect.bisect_left(gone, rank) + bisect.bisect_right(places, rank)
        out[found[0]] = now
        if now != rank:
            out.moved[found[0]] = (rank, now)
    return out


def _top(store: Store) -> int:
    """The highest rank (how many conflicts are ranked): 0 when none is."""
    rows = list(plain_rows(store, "conflict-max-rank"))
    return int(rows[0]["max"]) if rows and rows[0]["max"] is not None else 0


def _day(key: Key) -> date | None:
    """The latest-claim date inside an order key (None: undated, which sorts oldest of all)."""
    day = date.fromordinal(-key[0])
    return None if day == date.min else day


Placed = tuple[str, int, date | None, str]
"""A stored conflict's IRI, rank, latest date and kind: what its place in the order follows from."""


def _suffix(store: Store, start: int, top: int) -> list[Placed]:
    """The stored conflicts ranked ``start`` to ``top``.  On the embedded store, from the rank, date and type
    triples directly (the SPARQL reading of 44k conflicts' ranks took 6 s of a 16 s one-article refresh);
    elsewhere by rank when that is under half the order, else the whole order read unbound and cut."""
    if store.capabilities.embedded:
        db = store.ox  # type: ignore[attr-defined]
        return _looked_up(db, range(start, top + 1)) if top - start < top // 4 else _native(db, start)
    rows = _rows(store, range(start, top + 1)) if top - start < top // 2 else \
        [r for r in plain_rows(store, "conflict-order") if int(r["rank"]) >= start]
    return [(str(r["finding"]), int(r["rank"]), r["latest"] if isinstance(r["latest"], date) else None,
             KIND_BY_CLASS.get(str(r["kind"]), "")) for r in rows]


def _native(db: ox.Store, start: int) -> list[Placed]:
    """Three scans of the conflicts graph (ranks, dates, types) joined here: a lookup per conflict cost 0.1 ms."""
    graph = ox.NamedNode(str(CONFLICTS_GRAPH))
    ranks = {q.subject.value: int(q.object.value) for q in db.quads_for_pattern(None, RANK, None, graph)
             if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.Literal)
             and int(q.object.value) >= start}
    dates = {q.subject.value: q.object.value for q in db.quads_for_pattern(None, LATEST, None, graph)
             if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.Literal) and q.subject.value in ranks}
    kinds = {q.subject.value: kind for cls, kind in KIND_BY_CLASS.items()
             for q in db.quads_for_pattern(None, _TYPE, ox.NamedNode(cls), graph)
             if isinstance(q.subject, ox.NamedNode) and q.subject.value in ranks}
    return [(iri, rank, date.fromisoformat(dates[iri]) if iri in dates else None, kinds.get(iri, ""))
            for iri, rank in ranks.items()]


def _looked_up(db: ox.Store, ranks: range) -> list[Placed]:
    """The conflicts at ``ranks``, three index look-ups each: cheaper than the scans for the newest few thousand."""
    graph = ox.NamedNode(str(CONFLICTS_GRAPH))
    out: list[Placed] = []
    for rank in ranks:
        value = integer(rank)
        for q in db.quads_for_pattern(None, RANK, value, graph):
            node = q.subject
            # pyoxigraph 0.5.13 on disk answers (?, p, n) for an integer n ending in byte 0xff (255, 511, ...) with
            # the next 256 values' quads too (docs/scaling.md): every such rank read 256 conflicts, each placed twice
            if not isinstance(node, ox.NamedNode) or q.object != value:
                continue
            dates = [str(getattr(t.object, "value", "")) for t in db.quads_for_pattern(node, LATEST, None, graph)]
            kinds = (KIND_BY_CLASS.get(str(getattr(t.object, "value", ""))) for t in
                     db.quads_for_pattern(node, _TYPE, None, graph))
            out.append((node.value, rank, date.fromisoformat(dates[0]) if dates else None,
                        next((k for k in kinds if k), "")))
    return out


def _rows(store: Store, ranks: range) -> list[dict[str, Any]]:
    """The stored conflicts at ``ranks``, each rank an index lookup."""
    out: list[dict[str, Any]] = []
    for i in range(0, len(ranks), _CHUNK):
        bound = [Literal(r, datatype=XSD.integer) for r in ranks[i:i + _CHUNK]]
        out += plain_rows(store, "conflict-order", rank=bound)
    return out


def _first_since(store: Store, day: date | None, top: int) -> int:
    """The lowest rank whose conflict is dated ``day`` or later (``top + 1`` when none is): ranks ascend with the
    date, so a binary search.  Undated, or a rank that reads nothing (a hole): 1, i.e. the whole order is read."""
    if day is None:
        return 1
    lo, hi = 1, top + 1
    while lo < hi:
        mid = (lo + hi) // 2
        rows = _rows(store, range(mid, mid + 1))
        if not rows:
            return 1
        latest = rows[0]["latest"]
        if isinstance(latest, date) and latest >= day:
            hi = mid
        else:
            lo = mid + 1
    return lo
