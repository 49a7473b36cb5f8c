"""Each actor's claims in time order, precomputed, so the actor page reads one page by position.

Ordering an actor's claims at request time reads all of them (about 50 µs a claim on the embedded store:
tens of milliseconds for an actor with a thousand claims, growing with the store).  ``kb.conflicts.refresh``
already loads every claim after each ingest batch; from those it writes, into ``TIMELINES_GRAPH``, one
``ckb:Timeline`` per actor and role (``schema:about``, ``schema:roleName``) with its ``ckb:claimCount`` (the
actors list reads its counts there) and one entry node per position
(``<timeline>/1``, ``<timeline>/2``... oldest first, ``ckb:claim`` → the claim).  A page is then a list of
entry IRIs computed here and looked up by key: the same cost at any store size.  The order is the actor
page's: the claim's date, else its article's publication date (undated first, as SPARQL sorts), then the
claim IRI.  ``page`` answers None when the store has no timelines yet (the caller reads live instead).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import URIRef

from kb.conflicts.graph import Triples
from kb.conflicts.model import ClaimFacts
from kb.sparql.plain import plain_rows
from kb.store import Store
from kb.vocab import CKB, DATA

ROLES = ("speaker", "subject")
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_TIMELINE, _COUNT, _CLAIM = ox.NamedNode(str(CKB.Timeline)), ox.NamedNode(str(CKB.claimCount)), \
    ox.NamedNode(str(CKB.claim))
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_ABOUT, _ROLE = ox.NamedNode("https://schema.org/about"), ox.NamedNode("https://schema.org/roleName")


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


def page(store: Store, actor: str, role: str, offset: int, limit: int) -> tuple[list[str], int] | None:
    """The claim IRIs at positions ``offset+1 .. offset+limit`` of ``actor``'s timeline in ``role``, and how
    many it holds; None when no timelines were written (a store never refreshed)."""
    node = timeline_iri(actor, role)
    counts = list(plain_rows(store, "timeline-count", timeline=URIRef(node)))
    if not counts:
        return None if not _any_timeline(store) else ([], 0)
    total = int(counts[0]["count"])
    wanted = [URIRef(f"{node}/{n}") for n in range(offset + 1, min(total, offset + limit) + 1)]
    if not wanted:
        return [], total
    found = {str(r["entry"]): str(r["claim"]) for r in plain_rows(store, "timeline-page", entry=wanted)}
    return [found[str(e)] for e in wanted if str(e) in found], total


def _any_timeline(store: Store) -> bool:
    return bool(list(plain_rows(store, "timeline-count")))
