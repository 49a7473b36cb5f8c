"""The map's counts kept with the derived data: each place (or place name the gazetteer cannot locate), claim type
and day with its number of claims, so that the map counts a few thousand kept rows instead of every claim.

Why: counted live (``map-places``, ``map-unplaced``), the map reads every placed and unplaced claim on each request,
about 20 µs a claim: 0.26 + 0.27 s of CPU at 100k claims (36.7k of them naming a place), four times that at 400k.
Kept, the newsroom store's 36.7k such claims are 2,573 rows (649 placed, 1,924 unplaced; ``docs/scaling.md``).

``MAP_COUNTS_GRAPH`` holds one node a (place or name, type, day): ``d:mapPlace`` (or ``d:mapName``), ``d:mapType``,
``d:mapDay`` (absent when the claims have no date), ``d:mapCount``; and, on each article with such claims, its own
counts as one JSON literal (``d:mapCounts``), so that a write that replaces or deletes an article takes its old
claims' counts away without them.  ``sync(store, articles)`` keeps it after a refresh, as ``review_sync.sync`` the
review order: ``articles`` written since the last one (None: counted whole, only the difference written).  Embedded
stores only; the map counts live where the graph is absent.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef

from kb.derived.review_sync import Deferred
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.store.oxigraph import OxTriple, data_update
from kb.vocab import DATA

MAP_COUNTS_GRAPH = "https://w3id.org/claimkb/graph/map-counts"
GRAPH = ox.NamedNode(MAP_COUNTS_GRAPH)
_D = "https://w3id.org/claimkb/ns/derived#"
PLACE, NAME, TYPE, DAY, COUNT, COUNTS = (ox.NamedNode(_D + n) for n in (
    "mapPlace", "mapName", "mapType", "mapDay", "mapCount", "mapCounts"))
_DATE, _INTEGER = (ox.NamedNode("http://www.w3.org/2001/XMLSchema#" + n) for n in ("date", "integer"))

Key = tuple[str, str, str, str]
"""("P", place IRI, type IRI, day) or ("N", name as written, type IRI, day); day "" when undated."""


def kept(store: Store) -> bool:
    """Whether the store keeps the map's counts (else the map counts live)."""
    return bool(store.capabilities.embedded) and store.has_graph(MAP_COUNTS_GRAPH)


def sync(store: Store, articles: Iterable[str] | None, defer: Deferred | None = None) -> int:
    """Bring the counts up to date after a refresh; how many triples changed.  ``articles``: the article IRIs
    written (stored, replaced or deleted) since the last refresh; None: counted whole.  ``defer``: the difference
    goes there, to be written with the rest of the derived data (``review_sync.sync``), unless counted whole."""
    if not store.capabilities.embedded:
        return 0
    db: ox.Store = store.ox  # type: ignore[attr-defined]
    if articles is None or not store.has_graph(MAP_COUNTS_GRAPH):
        changed: int = store.replace_graph_quads(MAP_COUNTS_GRAPH, whole(store))  # type: ignore[attr-defined]
        db.add_graph(GRAPH)  # kept even when empty (no claim names a place): else every later write counted whole
        return changed
    chosen = sorted(set(articles))
    if not chosen:
        return 0
    now = contributions(store, chosen)
    delta: Counter[Key] = Counter()
    gone, added = [], []
    for article in chosen:
        node = ox.NamedNode(article)
        for q in db.quads_for_pattern(node, COUNTS, None, GRAPH):
            gone.append(_line(node, COUNTS, q.object))
            delta.subtract(_decode(str(q.object.value)))  # type: ignore[union-attr]
        if now.get(article):
            added.append(_line(node, COUNTS, _encode(now[article])))
            delta.update(now[article])
    for key, change in delta.items():
        if change:
            node = _node(key)
            old = list(db.quads_for_pattern(node, None, None, GRAPH))
            was = [int(str(q.object.value)) for q in old if q.predicate == COUNT]  # type: ignore[union-attr]
            total = change + (was[0] if was else 0)
            gone += [_line(q.subject, q.predicate, q.object) for q in old]
            added += [_line(*triple) for triple in _triples(key, total)] if total > 0 else []
    same = set(gone) & set(added)
    gone, added = [g for g in gone if g not in same], [a for a in added if a not in same]
    if (gone or added) and defer is not None:
        defer[MAP_COUNTS_GRAPH] = (gone, added, [])
    elif gone or added:
        store.update(data_update(MAP_COUNTS_GRAPH, gone, added))
    return len(gone) + len(added)


def contributions(store: Store, articles: list[str] | None) -> dict[str, Counter[Key]]:
    """Each article's claims counted by key (``map-counts-of``), for ``articles`` or every article."""
    bound = {"article": [URIRef(a) for a in articles]} if articles is not None else {}
    out: dict[str, Counter[Key]] = {}
    for row in plain_rows(store, "map-counts-of", **bound):
        where = ("P", str(row["place"])) if row["place"] is not None else ("N", str(row["placeName"]))
        day = row["when"].isoformat() if hasattr(row["when"], "isoformat") else str(row["when"] or "")
        out.setdefault(str(row["article"]), Counter())[(*where, str(row["type"]), day)] += int(row["claims"])
    return out


def whole(store: Store) -> Iterator[OxTriple]:
    """The map's counts computed from scratch (each article's contribution and the totals): what ``sync`` stores when
    counting whole, and what an incremental sync must equal."""
    per_article = contributions(store, None)
    totals: Counter[Key] = Counter()
    for article, counts in per_article.items():
        totals.update(counts)
        yield ox.NamedNode(article), COUNTS, _encode(counts)
    for key, total in totals.items():
        yield from _triples(key, total)


def _triples(key: Key, total: int) -> Iterator[OxTriple]:
    kind, where, kind_iri, day = key
    node = _node(key)
    yield (node, PLACE, ox.NamedNode(where)) if kind == "P" else (node, NAME, ox.Literal(where))
    yield node, TYPE, ox.NamedNode(kind_iri)
    if day:
        yield node, DAY, ox.Literal(day, datatype=_DATE)
    yield node, COUNT, ox.Literal(str(total), datatype=_INTEGER)


def _node(key: Key) -> ox.NamedNode:
    return ox.NamedNode(f"{DATA}map-count/{hashlib.sha256(chr(9).join(key).encode()).hexdigest()[:16]}")


def _encode(counts: Counter[Key]) -> ox.Literal:
    return ox.Literal(json.dumps(sorted([*k, n] for k, n in counts.items() if n), separators=(",", ":")))


def _decode(text: str) -> Counter[Key]:
    rows: list[list[Any]] = json.loads(text)
    return Counter({(r[0], r[1], r[2], r[3]): int(r[4]) for r in rows})


def _line(s: Any, p: Any, o: Any) -> str:
    """One N-Triples line of pyoxigraph terms (their ``str`` is their N-Triples form)."""
    return f"{s} {p} {o} ."
