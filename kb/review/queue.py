"""Which claims the review queue shows first, on the embedded store: unreviewed first, then by rising confidence
(the extractor's least sure first; a claim without one first of all), then by IRI, as "Review queue" orders them.

Why not that query alone: it builds every claim's row (type, quote, speaker label, article key) before it sorts and
keeps 100, 12.8 s of CPU at 40k claims and past the page's time limit (503 after 31 s) at 100k.  Here three scans
of one property each (confidence, quote, reviewed claim) give the order, the type and speaker filters are checked on
the candidates in that order until ``limit`` pass, and the page then reads those claims' rows alone ("Review queue"
bound to them).  A scan costs about 8 µs a quad in pyoxigraph, so the queue reads two quads a claim: about 1.6 s of
CPU at 100k claims, against 31 s.

Since the review order is kept as derived data (``kb.derived.review_order``), the queue reads that order a chunk at
a time instead, until ``limit`` claims pass: a few hundred look-ups at any store size.  A filter that names few
claims (an actor with at most ``FEW`` claims, a rare kind) is read the other way round: those claims' places,
sorted.  The scans stay for a store whose order was never written (until its next write writes it).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain, islice

import pyoxigraph as ox

from kb.derived import review_order
from kb.vocab import CKB

_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_CLAIM = str(CKB.Claim)
_OURS = str(CKB)


def _p(name: str) -> ox.NamedNode:
    return ox.NamedNode(str(CKB) + name)


def first_claims(db: ox.Store, *, kind: str | None = None, actor: str | None = None, limit: int = 100) -> list[str]:
    """The IRIs of the first ``limit`` claims of the queue (``kind``: a claim class IRI; ``actor``: its speaker or a
    party), in the queue's order."""
    order = _ordered(db, kind, actor)
    if order is None:
        order = _scanned(db)
    return list(islice(_passing(db, order, kind, actor), limit))


FEW = 2000
"""A filter naming at most this many claims is read from its claims (their places sorted), not the whole order."""


def _ordered(db: ox.Store, kind: str | None, actor: str | None) -> Iterable[str] | None:
    """The candidates in the queue's order from the stored order; None when the store has none."""
    if not review_order.has_order(db):
        return None
    named: list[Iterator[ox.Quad]] = []
    if actor is not None:
        objects = (ox.NamedNode(actor), ox.Literal(actor))
        named.append(chain(*(db.quads_for_pattern(None, _p(p), o, None) for p in ("speaker", "subject")
                             for o in objects)))
    if kind is not None:
        named.append(db.quads_for_pattern(None, _TYPE, ox.NamedNode(kind), None))
    smallest = _smallest(named)
    if smallest is not None:
        return [key[3] for key in review_order.sorted_keys(db, smallest)]
    return review_order.ordered(db)


def _smallest(named: list[Iterator[ox.Quad]]) -> set[str] | None:
    """The subjects of the filter naming the fewest, if it names at most ``FEW``; else (or with no filter) None.

    The filters' claims are read in step, one each in turn, and reading stops when one runs out: the cost follows
    the smallest filter, not the largest (a kind with no claim among an actor's 1,882 read all 1,882 at 25k
    articles, 922 at 10k, where it now reads one)."""
    reading: list[tuple[Iterator[ox.Quad], set[str]]] = [(quads, set()) for quads in named]
    while reading:
        for quads, subjects in list(reading):
            for q in quads:  # the next subject this filter names
                if isinstance(q.subject, ox.NamedNode) and q.subject.value not in subjects:
                    subjects.add(q.subject.value)
                    break
            else:
                return subjects
            if len(subjects) > FEW:  # too many to read this way: the others may still be few
                reading.remove((quads, subjects))
    return None


def _scanned(db: ox.Store) -> list[str]:
    """Every quoted claim in the queue's order, from three property scans (a store with no order written)."""
    confidence: dict[str, float] = {}
    for q in db.quads_for_pattern(None, _p("confidence"), None, None):
        if isinstance(q.subject, ox.NamedNode):
            confidence.setdefault(q.subject.value, float(getattr(q.object, "value", "nan")))
    reviewed = {str(getattr(q.object, "value", ""))
                for q in db.quads_for_pattern(None, _p("reviewedClaim"), None, None)}
    claims = {q.subject.value for q in db.quads_for_pattern(None, _p("quote"), None, None)
              if isinstance(q.subject, ox.NamedNode)}
    return sorted(claims, key=lambda c: (c in reviewed, c in confidence, confidence.get(c, 0.0), c))


def _passing(db: ox.Store, order: Iterable[str], kind: str | None, actor: str | None) -> Iterator[str]:
    """The claims of ``order`` the queue lists: one of our claim classes (``kind`` if given), an article, a speaker
    or party (``actor`` if given)."""
    for claim in order:
        node = ox.NamedNode(claim)
        types = {str(getattr(q.object, "value", "")) for q in db.quads_for_pattern(node, _TYPE, None, None)}
        ours = {t for t in types if t != _CLAIM and t.startswith(_OURS)}
        if not ours or (kind is not None and kind not in ours):
            continue
        if next(db.quads_for_pattern(node, _p("article"), None, None), None) is None:
            continue
        speakers = {str(getattr(q.object, "value", "")) for q in db.quads_for_pattern(node, _p("speaker"), None, None)}
        parties = {str(getattr(q.object, "value", "")) for q in db.quads_for_pattern(node, _p("subject"), None, None)}
        if not speakers or (actor is not None and actor not in speakers | parties):
            continue
        yield claim
