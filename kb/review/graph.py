"""Reviews ⇄ RDF.  Every review is its own node in the reviews graph (``REVIEWS_GRAPH``), never in an
article's graph: re-ingesting an article replaces its graph and must not take the human work with it.

A review is a ``prov:Entity`` that ``prov:wasRevisionOf`` the claim it judged, ``prov:wasAttributedTo``
its reviewer (a ``prov:Person``), ``prov:generatedAtTime`` when it was made; it says why (``ckb:reviewReason``),
what changed from what to what (one ``ckb:Change`` per field), and keeps the record before and after as
JSON literals (``ckb:recordBefore``/``ckb:recordAfter``) so that the reviewed view can be rebuilt on any
later extraction.  The machine claim is never lost: its record is the first review's ``recordBefore``, and
extraction makes it again from the text.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Mapping
from datetime import UTC, datetime

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kb import sparql
from kb.errors import InputError
from kb.review.model import Review, record_from_json, record_json
from kb.store import Store
from kb.vocab import CKB, DATA, REVIEW_STATUS

_STATUS_BY_CONCEPT = {v: k for k, v in REVIEW_STATUS.items()}
_SLUG = re.compile(r"[^a-z0-9]+")


def reviewer_iri(name: str) -> URIRef:
    slug = _SLUG.sub("-", name.casefold()).strip("-") or "reviewer"
    return DATA[f"reviewer/{slug}"]


def new_review_iri(at: datetime) -> URIRef:
    """Sortable by time, unique by a random tail."""
    return DATA[f"review/{at:%Y%m%dT%H%M%S%f}-{secrets.token_hex(4)}"]


def now() -> datetime:
    return datetime.now(UTC)


def review_graph(review: Review) -> Graph:
    """The triples of one review and its reviewer's description."""
    g = Graph()
    node, claim = URIRef(review.iri), URIRef(review.claim)
    who = reviewer_iri(review.reviewer)
    g.add((node, RDF.type, CKB.Review))
    g.add((node, RDF.type, PROV.Entity))
    g.add((node, CKB.reviewStatus, REVIEW_STATUS[review.status]))
    g.add((node, CKB.reviewedClaim, claim))
    if review.status != "added":
        g.add((node, PROV.wasRevisionOf, claim))
    g.add((node, CKB.reviewedArticle, DATA[f"article/{review.article}"]))
    g.add((node, PROV.wasAttributedTo, who))
    g.add((who, RDF.type, PROV.Person))
    g.add((who, SKOS.prefLabel, Literal(review.reviewer)))
    g.add((node, PROV.generatedAtTime, Literal(review.at.isoformat(), datatype=XSD.dateTime)))
    if review.reason:
        g.add((node, CKB.reviewReason, Literal(review.reason)))
    if review.before is not None:
        g.add((node, CKB.recordBefore, Literal(record_json(review.before))))
    g.add((node, CKB.recordAfter, Literal(record_json(review.after))))
    for name, old, new in review.changes():
        change = URIRef(f"{node}#{name}")
        g.add((node, CKB.change, change))
        g.add((change, RDF.type, CKB.Change))
        g.add((change, CKB.field, Literal(name)))
        g.add((change, CKB.fromValue, Literal(json.dumps(old, ensure_ascii=False))))
        g.add((change, CKB.toValue, Literal(json.dumps(new, ensure_ascii=False))))
    return g


def recheck_graph(review_iris: list[str]) -> Graph:
    """The flag asking for a second look: the quote the review was attached to is gone from the article."""
    g = Graph()
    for iri in review_iris:
        g.add((URIRef(iri), CKB.recheck, Literal(True)))
    return g


def reviews_of(store: Store, article: str | None = None) -> list[Review]:
    """The reviews of one article (its key), or of every article, oldest first."""
    if article is None:
        rows = sparql.run(store, "reviews")
    else:
        rows = sparql.run(store, "reviews-of-article", article=DATA[f"article/{article}"])
    found = [_review(row) for row in rows.rows]
    return sorted(found, key=lambda r: (r.at, r.iri))


def _review(row: Mapping[str, object]) -> Review:
    where = f"review {row['review']}"
    status = _STATUS_BY_CONCEPT.get(URIRef(str(row["status"])))
    if status is None:
        raise InputError(f"{where}: unknown status {row['status']}")
    before = row.get("before")
    article = str(row["article"]).rsplit("/", 1)[-1]
    at = datetime.fromisoformat(str(row["at"]))
    return Review(
        iri=str(row["review"]), claim=str(row["claim"]), article=article, status=status,
        reviewer=str(row["reviewerName"]), at=at if at.tzinfo else at.replace(tzinfo=UTC),
        after=record_from_json(str(row["after"]), where),
        before=record_from_json(str(before), where) if before is not None else None,
        reason=str(row["reason"]) if row.get("reason") is not None else None,
        recheck=str(row.get("recheck") or "").lower() in ("true", "1"),
    )


def latest(reviews: list[Review]) -> dict[str, Review]:
    """The newest review of each claim IRI (reviews oldest first): it decides the claim's status."""
    out: dict[str, Review] = {}
    for review in reviews:
        out[review.claim] = review
    return out


def first(reviews: list[Review]) -> dict[str, Review]:
    """The oldest review of each claim: its ``before`` is the machine record."""
    out: dict[str, Review] = {}
    for review in reviews:
        out.setdefault(review.claim, review)
    return out
