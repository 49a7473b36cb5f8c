"""Conflicts' ranks: a sort key each conflict carries, computed from the conflict alone, so that no write moves
another conflict's rank.

Why: ranks used to be places (``schema:position`` 1..n, 1 = oldest).  A new conflict dated among the newest days
of a dense store shifted every newer rank by one: ~10k rank triples deleted and inserted by one new article at
100k claims (0.6-2.7 s of its write), whatever else it changed.  Now a conflict's rank is its place in the
newest-first order packed into one integer (``rank_of``): its latest claim's day, its kind, then 40 bits of its
IRI's digest; a higher rank is newer, and a write touches only the ranks of the conflicts it writes.  Where a
conflict stands among the others (its position, for paging) is read from the chunked list of every conflict
(``actor_order``, the list about ``actor_order.EVERY``): a page reads the chunk sizes from the newest end and only
the chunks it needs, as a page of one actor's conflicts does.

Two conflicts of the same day and kind share a rank only when 40 bits of their IRIs' digests agree (about one chance
in a thousand at a million conflicts): both are then shown where that rank stands (``read._page``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date

import pyoxigraph as ox

from kb.derived.conflicts.graph import LATEST, RANK, integer
from kb.derived.conflicts.vocabulary import KIND_BY_CLASS
from kb.store import Store
from kb.store.oxigraph import data_update
from kb.vocab import CONFLICTS_GRAPH

KINDS = ("denial", "mutual-accusation", "numeric", "part-whole", "same-side")
"""The conflict kinds in the order a day's conflicts are listed newest first (as their names sort)."""
_DAY_BITS, _KIND_BITS, _HASH_BITS = 20, 3, 40
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_BATCH = 20_000
"""Rank triples rewritten in one update by ``rerank``."""


def rank_of(latest_day: date | None, kind: str, iri: str) -> int:
    """The conflict's rank: higher is newer.  Newest day first (undated: oldest of all), then the kinds in ``KINDS``
    order, then the IRI's digest: a function of the conflict alone, under 2**63 (an ``xsd:integer`` every store
    keeps exactly)."""
    day = min((latest_day or date.min).toordinal(), (1 << _DAY_BITS) - 1)
    kind_at = KINDS.index(kind) if kind in KINDS else len(KINDS)
    digest = int(hashlib.sha256(iri.encode()).hexdigest()[:10], 16)
    return (day << (_KIND_BITS + _HASH_BITS)) | ((7 - kind_at) << _HASH_BITS) | ((1 << _HASH_BITS) - 1 - digest)


def rerank(store: Store) -> int:
    """Every stored conflict's rank rewritten as ``rank_of`` gives it (an upgrade from places 1..n: no finding is
    recomputed, each conflict's rank follows from its stored date, kind and IRI); how many ranks changed."""
    gone: list[str] = []
    added: list[str] = []
    changed = 0
    for iri, was, latest, kind in _stored(store):
        now = rank_of(latest, kind, iri)
        if was == now:
            continue
        node = ox.NamedNode(iri)
        if was is not None:
            gone.append(f"{node} {RANK} {integer(was)} .")
        added.append(f"{node} {RANK} {integer(now)} .")
        changed += 1
        if len(added) >= _BATCH:
            store.update(data_update(str(CONFLICTS_GRAPH), gone, added))
            gone, added = [], []
    if gone or added:
        store.update(data_update(str(CONFLICTS_GRAPH), gone, added))
    return changed


def _stored(store: Store) -> Iterator[tuple[str, int | None, date | None, str]]:
    """Each conflict with its stored rank, latest date and kind."""
    if store.capabilities.embedded:
        db: ox.Store = store.ox  # type: ignore[attr-defined]
        graph = ox.NamedNode(str(CONFLICTS_GRAPH))
        kinds = {q.subject.value: kind for cls, kind in KIND_BY_CLASS.items()
                 for q in db.quads_for_pattern(None, _TYPE, ox.NamedNode(cls), graph)
                 if isinstance(q.subject, ox.NamedNode)}
        ranks = {q.subject.value: int(q.object.value) for q in db.quads_for_pattern(None, RANK, None, graph)
                 if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.Literal)}
        dates = {q.subject.value: date.fromisoformat(q.object.value) for q in
                 db.quads_for_pattern(None, LATEST, None, graph)
                 if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.Literal)
                 and q.subject.value in kinds}
        for iri, kind in kinds.items():
            yield iri, ranks.get(iri), dates.get(iri), kind
        return
    from kb.sparql.rows import plain_rows

    for r in plain_rows(store, "conflict-order"):
        latest = r["latest"] if isinstance(r["latest"], date) else None
        yield str(r["finding"]), int(r["rank"]), latest, KIND_BY_CLASS.get(str(r["kind"]), "")
