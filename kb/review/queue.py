"""Which claims the review queue shows first, on the embedded store: unreviewed first, then by rising confidence
(the extractor's least sure first; a claim without one first of all), then by IRI, as "Review queue" orders them.

Why not that query alone: it builds every claim's row (type, quote, speaker label, article key) before it sorts and
keeps 100, 12.8 s of CPU at 40k claims and past the page's time limit (503 after 31 s) at 100k.  Here three scans
of one property each (confidence, quote, reviewed claim) give the order, the type and speaker filters are checked on
the candidates in that order until ``limit`` pass, and the page then reads those claims' rows alone ("Review queue"
bound to them).  A scan costs about 8 µs a quad in pyoxigraph, so the queue reads two quads a claim: about 1.6 s of
CPU at 100k claims, against 31 s.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox

from kb.vocab import CKB

_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_CLAIM = str(CKB.Claim)
_OURS = str(CKB)


def _p(name: str) -> ox.NamedNode:
    return ox.NamedNode(str(CKB) + name)


def first_claims(db: ox.Store, *, kind: str | None = None, actor: str | None = None, limit: int = 100) -> list[str]:
    """The IRIs of the first ``limit`` claims of the queue (``kind``: a claim class IRI; ``actor``: its speaker or a
    party), in the queue's order."""
    confidence: dict[str, float] = {}
    for q in db.quads_for_pattern(None, _p("confidence"), None, None):
        if isinstance(q.subject, ox.NamedNode):
            confidence.setdefault(q.subject.value, float(getattr(q.object, "value", "nan")))
    reviewed = {str(getattr(q.object, "value", ""))
                for q in db.quads_for_pattern(None, _p("reviewedClaim"), None, None)}
    claims = {q.subject.value for q in db.quads_for_pattern(None, _p("quote"), None, None)
              if isinstance(q.subject, ox.NamedNode)}
    order = sorted(claims, key=lambda c: (c in reviewed, c in confidence, confidence.get(c, 0.0), c))
    return [c for c, _ in zip(_passing(db, order, kind, actor), range(limit), strict=False)]


def _passing(db: ox.Store, order: list[str], kind: str | None, actor: str | None) -> Iterator[str]:
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
