"""What one write changes in the review queue's order (``kb.derived.review_order``): the claims of the articles it
wrote are placed again, and the triples to remove and to add are computed from those that changed and the few chunks
they leave or enter.

Why a claim's chunk can change: its chunk is the one started by the last chunk-starting claim at or before it.  That
changes only when the start before it is removed (it was in that start's chunk) or a new start comes between (the
new start's key falls in its chunk).  So the chunks read are those of removed starts and those new starts fall in,
each read whole (``EVERY`` claims on average); every other chunk keeps its claims, and only the entries of the list
(one triple per chunk) are compared whole.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from kb.derived.review_order import (
    COUNT,
    GRAPH,
    ITEM,
    LIST,
    MEMBER,
    PLACE,
    REVIEW_OF,
    REVIEW_ORDER_GRAPH,
    START,
    STARTED_BY,
    Key,
    chunk_iri,
    claim_triples,
    has_order,
    layout_triples,
    live,
    locate,
    one,
    parse_key,
    starts_chunk,
    stored,
    whole,
)
from kb.store import Store
from kb.store.oxigraph import data_update
from kb.vocab import CKB

_ARTICLE = ox.NamedNode(str(CKB.article))

Placed = tuple[Key, frozenset[str]] | None
"""A claim's place and articles; None: not listed."""


Deferred = dict[str, tuple[list[str], list[str], list[str]]]
"""Graph IRI → N-Triples lines to delete, lines to add, patterns to wipe: a difference read now, written later."""


def sync(store: Store, articles: Iterable[str] | None, defer: Deferred | None = None) -> int:
    """Bring the order up to date after a refresh; how many triples it changed.  ``articles``: those written since
    the last refresh (None: it cannot say, and the order is written whole, only its difference reaching the store).
    Their claims, before and now, are placed again; the chunks they leave or enter are re-cut.  ``defer``: the
    difference goes there instead of to the store, for the caller to write with the rest of the derived data
    (``kb.derived.conflicts.apply``: one update, its additions by the bulk loader in a batch; an update of its own
    cost a 1,000-article batch 0.9 s of CPU at 100k claims, and its flush started the store's compactions while the
    refresh still computed).  An order written whole is written here either way."""
    if not store.capabilities.embedded:
        return 0
    db: ox.Store = store.ox  # type: ignore[attr-defined]
    if articles is None or not has_order(db):
        return store.replace_graph_quads(REVIEW_ORDER_GRAPH, whole(db))  # type: ignore[attr-defined,no-any-return]
    changed: dict[str, tuple[Placed, Placed]] = {}
    for article in articles:
        node = ox.NamedNode(article)
        for q in (*db.quads_for_pattern(None, REVIEW_OF, node, GRAPH),
                  *db.quads_for_pattern(None, _ARTICLE, node, None)):
            if isinstance(q.subject, ox.NamedNode) and q.subject.value not in changed:
                was, now = stored(db, q.subject.value), live(db, q.subject.value)
                if was != now:
                    changed[q.subject.value] = (was, now)
    if not changed:
        return 0
    gone, added, wiped = patch(db, changed)
    if not (gone or added or wiped):
        return 0
    if defer is not None:
        defer[REVIEW_ORDER_GRAPH] = (gone, added, wiped)
    else:
        store.update(data_update(REVIEW_ORDER_GRAPH, gone, added, wiped))
    return len(gone) + len(added) + len(wiped)


def patch(db: ox.Store, changed: dict[str, tuple[Placed, Placed]]) -> tuple[list[str], list[str], list[str]]:
    """N-Triples lines to remove and to add (and patterns to wipe: none) for ``changed``: claim → (stored, now)."""
    starts = _starts(db)
    keys = [k for k, _ in starts]
    chunks = [START, *(chunk_iri(c) for _, c in starts)]
    leaving = {c for c, (was, _) in changed.items() if was is not None and starts_chunk(c)}
    coming = {c: now[0] for c, (_, now) in changed.items() if now is not None and starts_chunk(c)}
    read = {locate(keys, k) for k, c in starts if c in leaving} | {locate(keys, k) for k in coming.values()}
    members: dict[str, tuple[Key, str]] = {}  # unchanged claims of the chunks read → (place, chunk)
    for index in sorted(read):
        for q in db.quads_for_pattern(ox.NamedNode(chunks[index]), MEMBER, None, GRAPH):
            claim = str(getattr(q.object, "value", ""))
            text = one(db, ox.NamedNode(claim), PLACE, GRAPH)
            if claim not in changed and text is not None:
                members[claim] = (parse_key(text.value, claim), chunks[index])
    new_starts = sorted([(k, c) for k, c in starts if c not in leaving] + [(k, c) for c, k in coming.items()])
    new_keys = [k for k, _ in new_starts]

    def chunk_of(key: Key) -> str:
        at = locate(new_keys, key)
        return START if at == 0 else chunk_iri(new_starts[at - 1][1])

    old: set[str] = set()
    new: set[str] = set()
    for claim, (key, chunk) in members.items():
        old.add(_member(chunk, claim))
        new.add(_member(chunk_of(key), claim))
    for claim, (was, now) in changed.items():
        if was is not None:
            held = next(db.quads_for_pattern(None, MEMBER, ox.NamedNode(claim), GRAPH), None)
            if held is not None:
                old.add(_member(str(getattr(held.subject, "value", "")), claim))
            old.update(_lines(claim_triples(*was)))
        if now is not None:
            new.add(_member(chunk_of(now[0]), claim))
            new.update(_lines(claim_triples(*now)))
    old.update(_lines(layout_triples([None, *(c for _, c in starts)])))
    new.update(_lines(layout_triples([None, *(c for _, c in new_starts)])))
    return sorted(old - new), sorted(new - old), []


def _starts(db: ox.Store) -> list[tuple[Key, str]]:
    """The claims that start the stored chunks 2.., with their places, in order."""
    count = one(db, ox.NamedNode(LIST), COUNT, GRAPH)
    out: list[tuple[Key, str]] = []
    for n in range(2, int(count.value) + 1 if count is not None else 0):
        chunk = one(db, ox.NamedNode(f"{LIST}/{n}"), ITEM, GRAPH)
        claim = one(db, chunk, STARTED_BY, GRAPH) if isinstance(chunk, ox.NamedNode) else None
        text = one(db, claim, PLACE, GRAPH) if isinstance(claim, ox.NamedNode) else None
        if claim is None or text is None:
            continue
        out.append((parse_key(text.value, claim.value), claim.value))
    return out


def _member(chunk: str, claim: str) -> str:
    return f"{ox.NamedNode(chunk)} {MEMBER} {ox.NamedNode(claim)} ."


def _lines(triples: list[ox.Triple]) -> list[str]:
    return [f"{t.subject} {t.predicate} {t.object} ." for t in triples]
