"""The review queue's order, kept as derived data so that ``/review`` reads its first claims by position rather than
scanning every claim's confidence, quote and reviews on each request.

Why: the queue lists unreviewed claims first, then by rising confidence (none first of all), then by IRI
(``kb.review.queue``); finding its first hundred meant three property scans of every claim (1.9-2.9 s of CPU at
100k claims, 503 on a cold first request).  Here the refresh that follows every write (``kb.derived.conflicts.
refresh.refresh``) also keeps, in ``REVIEW_ORDER_GRAPH``, the claims that can be listed (a quote and an article) in
that order, cut into chunks:

- ``<id/order/review>``: a ``schema:ItemList`` whose ``schema:numberOfItems`` is how many chunks; its entries
  ``<id/order/review/n>`` (``schema:item`` → the n-th chunk, 1 = first listed);
- a chunk: ``schema:itemListElement`` → each of its claims, ``schema:about`` → the claim that starts it (none for
  the first chunk, ``<id/order/review/chunk/start>``);
- each claim: ``derived:reviewKey`` "reviewed|has confidence|confidence" (its place, with its IRI) and
  ``derived:reviewOf`` → its article (what a write of that article re-lists).

A page reads the chunks in order, sorts each one's claims by their keys and checks the page's filters on them until
it has enough (a chunk holds ``EVERY`` claims on average): the same cost at any store size.

Where the chunks are cut is a function of the claims alone (content-defined, as rsync cuts blocks): a claim whose
IRI's digest is a multiple of ``EVERY`` starts a chunk.  So the graph is the same whatever sequence of writes made
it (an incremental refresh equals a whole one, which ``tests/test_conflicts_incremental.py`` checks), and a write
touches only the chunks its claims leave or enter (a new chunk start splits one chunk; a removed one merges two) and
the entries after a chunk added or removed (one triple each).  A store whose order was never written has none: the
page then scans, as before, until the next write writes it whole.  Embedded store only (the remote store's page
runs the "Review queue" query itself).
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from kb.vocab import CKB, DATA

REVIEW_ORDER_GRAPH = "https://w3id.org/claimkb/graph/review-order"
LIST = f"{DATA}order/review"
START = f"{LIST}/chunk/start"
EVERY = 256
"""A claim starts a chunk when its IRI's digest is a multiple of this: the mean chunk size."""

Key = tuple[int, int, float, str]
"""A claim's place: reviewed (1) last, with a confidence (1) after without, rising confidence, IRI."""

_SCHEMA, _ST = "https://schema.org/", "https://w3id.org/claimkb/ns/derived#"
GRAPH = ox.NamedNode(REVIEW_ORDER_GRAPH)
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_LIST, COUNT, ITEM, MEMBER, STARTED_BY = (ox.NamedNode(_SCHEMA + n) for n in (
    "ItemList", "numberOfItems", "item", "itemListElement", "about"))
PLACE, REVIEW_OF = ox.NamedNode(_ST + "reviewKey"), ox.NamedNode(_ST + "reviewOf")
_QUOTE, _ARTICLE, _CONFIDENCE, _REVIEWED = (ox.NamedNode(str(CKB) + n) for n in (
    "quote", "article", "confidence", "reviewedClaim"))
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


def starts_chunk(claim: str) -> bool:
    return int.from_bytes(hashlib.sha256(claim.encode()).digest()[:8], "big") % EVERY == 0


def chunk_iri(start: str | None) -> str:
    """The chunk a claim starts (None: the first chunk)."""
    return START if start is None else f"{LIST}/chunk/{hashlib.sha256(start.encode()).hexdigest()[:24]}"


def key_text(key: Key) -> str:
    return f"{key[0]}|{key[1]}|{key[2]!r}"


def parse_key(text: str, claim: str) -> Key:
    reviewed, has, confidence = text.split("|")
    return int(reviewed), int(has), float(confidence), claim


def has_order(db: ox.Store) -> bool:
    return one(db, ox.NamedNode(LIST), COUNT, GRAPH) is not None


def ordered(db: ox.Store) -> Iterator[str] | None:
    """Every listed claim in the queue's order, a chunk at a time; None when the store has no order."""
    count = one(db, ox.NamedNode(LIST), COUNT, GRAPH)
    if count is None:
        return None
    return _walk(db, int(count.value))


def _walk(db: ox.Store, chunks: int) -> Iterator[str]:
    """Chunk after chunk.  Each look-up reads the store as it is then: a claim a write moved between two chunks while
    a page read them is given once."""
    seen: set[str] = set()
    for n in range(1, chunks + 1):
        chunk = one(db, ox.NamedNode(f"{LIST}/{n}"), ITEM, GRAPH)
        if isinstance(chunk, ox.NamedNode):
            members = [_value(q.object) for q in db.quads_for_pattern(chunk, MEMBER, None, GRAPH)]
            for key in sorted_keys(db, members):
                if key[3] not in seen:
                    seen.add(key[3])
                    yield key[3]


def sorted_keys(db: ox.Store, claims: Iterable[str]) -> list[Key]:
    """The stored places of ``claims`` (those listed), in order."""
    keys = []
    for claim in claims:
        text = one(db, ox.NamedNode(claim), PLACE, GRAPH)
        if text is not None:
            keys.append(parse_key(text.value, claim))
    return sorted(keys)


def whole(db: ox.Store) -> list[ox.Triple]:
    """The order graph computed from scratch: four property scans (quotes, articles, confidences, reviews)."""
    quoted = {_value(q.subject) for q in db.quads_for_pattern(None, _QUOTE, None, None)
              if isinstance(q.subject, ox.NamedNode)}
    articles: dict[str, set[str]] = {}
    for q in db.quads_for_pattern(None, _ARTICLE, None, None):
        if _value(q.subject) in quoted:
            articles.setdefault(_value(q.subject), set()).add(_value(q.object) if isinstance(q.object, ox.NamedNode)
                                                              else "")
    confidence: dict[str, float] = {}
    for q in db.quads_for_pattern(None, _CONFIDENCE, None, None):
        if _value(q.subject) in articles:
            confidence.setdefault(_value(q.subject), float(getattr(q.object, "value", "nan")))
    reviewed = {str(getattr(q.object, "value", "")) for q in db.quads_for_pattern(None, _REVIEWED, None, None)}
    keys = sorted((int(c in reviewed), int(c in confidence), confidence.get(c, 0.0), c) for c in articles)
    out: list[ox.Triple] = []
    starts: list[str | None] = [None]
    for key in keys:
        claim = ox.NamedNode(key[3])
        if starts_chunk(key[3]):
            starts.append(key[3])
        out.append(ox.Triple(ox.NamedNode(chunk_iri(starts[-1])), MEMBER, claim))
        out += claim_triples(key, frozenset(articles[key[3]]))
    out += layout_triples(starts)
    return out


def claim_triples(key: Key, articles: frozenset[str]) -> list[ox.Triple]:
    """A listed claim's place and articles (a claim whose only article is a literal gets none: it is listed, but no
    write of an article re-lists it, as none can change it)."""
    claim = ox.NamedNode(key[3])
    return [ox.Triple(claim, PLACE, ox.Literal(key_text(key))),
            *(ox.Triple(claim, REVIEW_OF, ox.NamedNode(a)) for a in sorted(articles) if a)]


def layout_triples(starts: list[str | None]) -> list[ox.Triple]:
    """The list, its entries and each chunk's start, for the chunks started by ``starts`` (in order)."""
    head = ox.NamedNode(LIST)
    out = [ox.Triple(head, _TYPE, _LIST), ox.Triple(head, COUNT, _integer(len(starts)))]
    for n, start in enumerate(starts, start=1):
        chunk = ox.NamedNode(chunk_iri(start))
        out.append(ox.Triple(ox.NamedNode(f"{LIST}/{n}"), ITEM, chunk))
        if start is not None:
            out.append(ox.Triple(chunk, STARTED_BY, ox.NamedNode(start)))
    return out


def stored(db: ox.Store, claim: str) -> tuple[Key, frozenset[str]] | None:
    node = ox.NamedNode(claim)
    text = one(db, node, PLACE, GRAPH)
    if text is None:
        return None
    return parse_key(text.value, claim), frozenset(_value(q.object) for q in db.quads_for_pattern(
        node, REVIEW_OF, None, GRAPH))


def live(db: ox.Store, claim: str) -> tuple[Key, frozenset[str]] | None:
    """A claim's place and articles as the store says now (None: not listed: no quote or no article)."""
    node = ox.NamedNode(claim)
    arts = [q.object for q in db.quads_for_pattern(node, _ARTICLE, None, None)]
    if not arts or one(db, node, _QUOTE, None) is None:
        return None
    confidence = one(db, node, _CONFIDENCE, None)
    reviewed = next(db.quads_for_pattern(None, _REVIEWED, node, None), None) is not None \
        or next(db.quads_for_pattern(None, _REVIEWED, ox.Literal(claim), None), None) is not None
    key = (int(reviewed), int(confidence is not None),
           float(getattr(confidence, "value", "nan")) if confidence is not None else 0.0, claim)
    return key, frozenset(a.value for a in arts if isinstance(a, ox.NamedNode))


def locate(starts: list[Key], key: Key) -> int:
    """The index of the chunk ``key`` falls in, given the keys of the claims that start chunks 2.. (sorted)."""
    return bisect_right(starts, key)


def one(db: ox.Store, s: ox.NamedNode, p: ox.NamedNode, g: ox.NamedNode | None) -> ox.NamedNode | ox.Literal | None:
    q = next(db.quads_for_pattern(s, p, None, g), None)
    return q.object if q is not None and isinstance(q.object, ox.NamedNode | ox.Literal) else None


def _value(term: object) -> str:
    """A term's IRI or lexical value ("" for a blank node or quoted triple)."""
    return str(getattr(term, "value", ""))


def _integer(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=_INTEGER)


__all__ = ["EVERY", "LIST", "REVIEW_ORDER_GRAPH", "START", "chunk_iri", "ordered", "sorted_keys", "starts_chunk",
           "whole"]
