"""Each actor's claims in time order, precomputed, so the actor page reads one page by position.

Ordering an actor's claims at request time reads all of them (about 50 µs a claim on the embedded store:
tens of milliseconds for an actor with a thousand claims, growing with the store).  ``kb.derived.conflicts.refresh``
already loads every claim after each ingest batch; from those it writes, into ``TIMELINES_GRAPH``, one
``ckb:Timeline`` per actor and role (``schema:about``, ``schema:roleName``) with its ``ckb:claimCount`` (the
actors list reads its counts there) and one entry node per position
(``<timeline>/1``, ``<timeline>/2``... oldest first, ``ckb:claim`` → the claim).  A page is then a list of
entry IRIs computed here and looked up by key: the same cost at any store size.  The order is the actor
page's: the claim's date, else its article's publication date (undated first, as SPARQL sorts), then the
claim IRI.  ``page`` answers None when the store has no timelines yet (the caller reads live instead).

The articles page had the same cost (the whole article order read and sorted per request: 0.26 s at 10k
articles, 0.68 s at 25k), so the same graph holds one ``ckb:ArticleOrder`` (``ARTICLES``), written with the
timelines: its ``ckb:articleCount`` and entry nodes ``<order>/n`` (``ckb:listedArticle`` → the article) in the
order of ``articles_newest_first``, stored from its end (entry 1 is the last article listed), so that a new
article, usually the newest, is appended instead of moving every entry: a refresh writes only the
difference (at 25k articles, writing the graph with one new newest article took 4.7 s, 7.7 s with every entry
moved; reading and ordering the articles adds 1 s to a 90 s refresh).  A page then costs the same at any size
(15-25 ms at 10k and 25k articles).  See ``articles_page`` for how an article stored without a refresh is
still shown.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef

from kb.derived.conflicts.graph import Triples
from kb.derived.conflicts.model import ClaimFacts
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.vocab import CKB, DATA

ROLES = ("speaker", "subject")
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_TIMELINE, _COUNT, _CLAIM = ox.NamedNode(str(CKB.Timeline)), ox.NamedNode(str(CKB.claimCount)), \
    ox.NamedNode(str(CKB.claim))
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_ABOUT, _ROLE = ox.NamedNode("https://schema.org/about"), ox.NamedNode("https://schema.org/roleName")
_ORDER, _ARTICLE_COUNT, _LISTED = ox.NamedNode(str(CKB.ArticleOrder)), ox.NamedNode(str(CKB.articleCount)), \
    ox.NamedNode(str(CKB.listedArticle))
ARTICLES = f"{DATA}timeline/articles"


def timeline_iri(actor: str, role: str) -> str:
    """The timeline of ``actor`` in ``role``: a hash of the actor IRI (minted actors have long IRIs)."""
    return f"{DATA}timeline/{hashlib.sha256(actor.encode()).hexdigest()[:16]}/{role}"


def order_key(when: object, claim: str) -> tuple[bool, str, str]:
    """Undated first (as SPARQL's ORDER BY puts unbound values), then by date, then by claim IRI."""
    return (when is not None, str(when or ""), claim)


def timeline_triples(claims: Iterable[ClaimFacts]) -> Triples:
    """Every actor's timelines as triples (for ``TIMELINES_GRAPH``)."""
    lists: dict[tuple[str, str], list[ClaimFacts]] = defaultdict(list)
    for c in claims:
        lists[(c.speaker, "speaker")].append(c)
        for subject in c.subjects:
            lists[(subject, "subject")].append(c)
    g = Triples()
    for (actor, role), items in sorted(lists.items()):
        items.sort(key=lambda c: order_key(c.date, c.iri))
        node = timeline_iri(actor, role)
        g.add((ox.NamedNode(node), _TYPE, _TIMELINE))
        g.add((ox.NamedNode(node), _COUNT, ox.Literal(str(len(items)), datatype=_INTEGER)))
        g.add((ox.NamedNode(node), _ABOUT, ox.NamedNode(actor)))
        g.add((ox.NamedNode(node), _ROLE, ox.Literal(role)))
        for position, c in enumerate(items, start=1):
            g.add((ox.NamedNode(f"{node}/{position}"), _CLAIM, ox.NamedNode(c.iri)))
    return g


def page(store: Store, actor: str, role: str, offset: int, limit: int) -> tuple[list[str], int]:
    """The claim IRIs at positions ``offset+1 .. offset+limit`` of ``actor``'s timeline in ``role``, and how
    many it holds (none for an actor without claims in that role).  ``kb.service`` keeps the timelines current
    after every write, so there is nothing to read live."""
    node = timeline_iri(actor, role)
    counts = list(plain_rows(store, "timeline-count", timeline=URIRef(node)))
    if not counts:
        return [], 0
    total = int(counts[0]["count"])
    wanted = [URIRef(f"{node}/{n}") for n in range(offset + 1, min(total, offset + limit) + 1)]
    if not wanted:
        return [], total
    found = {str(r["entry"]): str(r["claim"]) for r in plain_rows(store, "timeline-page", entry=wanted)}
    return [found[str(e)] for e in wanted if str(e) in found], total


def graph_triples(store: Store, claims: Iterable[ClaimFacts], articles: list[dict[str, Any]] | None = None) -> Triples:
    """Everything ``TIMELINES_GRAPH`` holds: the actors' timelines and the articles order.  One set, written
    at once, because a write replaces the whole graph (two writes would each erase the other's part)."""
    g = timeline_triples(claims)
    if articles is None:
        articles = articles_of(plain_rows(store, "article-order"))
    for triple in article_order_triples(articles_newest_first(articles)):
        g.add(triple)
    return g


def articles_of(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One row (article, published) per article from the rows of "article-order" (a union: a row for each
    article, another for each date); a date of something that is not a ``schema:NewsArticle`` is left out."""
    articles: set[str] = set()
    dates: dict[str, Any] = {}
    for row in rows:
        if row["published"] is None:
            articles.add(str(row["article"]))
        else:
            dates[str(row["article"])] = row["published"]
    return [{"article": a, "published": dates.get(a)} for a in articles]


def articles_newest_first(rows: Iterable[Mapping[str, Any]]) -> list[Any]:
    """Newest first, undated last; the same date by article IRI.  The one order of the articles page, its
    whole ``.json``/``.csv`` lists and the precomputed order, so that they always agree."""
    ordered = sorted(rows, key=lambda r: str(r["article"]))
    ordered.sort(key=lambda r: (r["published"] is not None, str(r["published"] or "")), reverse=True)
    return ordered


def article_order_triples(newest_first: list[Mapping[str, Any]]) -> Triples:
    """The articles order as triples: its count and one entry per article, counted from the end."""
    g = Triples()
    node = ox.NamedNode(ARTICLES)
    g.add((node, _TYPE, _ORDER))
    g.add((node, _ARTICLE_COUNT, ox.Literal(str(len(newest_first)), datatype=_INTEGER)))
    for position, row in enumerate(reversed(newest_first), start=1):
        g.add((ox.NamedNode(f"{ARTICLES}/{position}"), _LISTED, ox.NamedNode(str(row["article"]))))
    return g


def article_entries(total: int, offset: int, limit: int) -> list[URIRef]:
    """The entry nodes of the articles listed at ``offset+1 .. offset+limit`` (entries count from the end)."""
    return [URIRef(f"{ARTICLES}/{total - shown + 1}") for shown in range(offset + 1, min(total, offset + limit) + 1)]


def articles_page(store: Store, offset: int, limit: int) -> tuple[list[str], int]:
    """The article IRIs listed at ``offset+1 .. offset+limit`` (newest first) and how many there are, read
    by position from the articles order that ``kb.service`` keeps current after every write: the same cost
    at any store size.  A store never refreshed (written by an older version) lists nothing until
    ``kb conflicts --refresh``."""
    return articles_at(store, order_size(store), offset, limit)


def order_size(store: Store) -> int:
    """How many articles the articles order lists (0 when none was written)."""
    counts = list(plain_rows(store, "article-order-size"))
    return int(counts[0]["count"]) if counts else 0


def articles_at(store: Store, total: int, offset: int, limit: int) -> tuple[list[str], int]:
    """``articles_page`` once the order's size (``total``) is known."""
    wanted = article_entries(total, offset, limit)
    if not wanted:
        return [], total
    found = {str(r["entry"]): str(r["article"]) for r in plain_rows(store, "article-order-page", entry=wanted)}
    return [found[str(e)] for e in wanted if str(e) in found], total
