"""The review queue's first claims found by scans are the ones "Review queue" lists, in its order."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from kb import sparql
from kb.review import service
from kb.review.queue import first_claims
from kb.service import KnowledgeBase
from kb.vocab import CLAIM_CLASS, DATA
from tests.fixtures import demo


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    kb = demo.build()
    claims = [str(r["claim"]) for r in sparql.run(kb.store, "review-queue").values()]
    kb.review(service.accept, claims[0], "ana")  # reviewed claims go last
    kb.review(service.reject, claims[3], "ana", "not a claim")
    return kb


@pytest.mark.parametrize("filters", [{}, {"type": CLAIM_CLASS["casualty"]}, {"actor": DATA["actor/armenia"]},
                                     {"type": CLAIM_CLASS["accusation"], "actor": DATA["actor/azerbaijan"]}],
                         ids=["all", "type", "actor", "both"])
@pytest.mark.parametrize("limit", [100, 7])
def test_the_scans_find_the_queries_claims_in_its_order(kb: KnowledgeBase, filters: dict[str, URIRef],
                                                        limit: int) -> None:
    listed = [str(r["claim"]) for r in sparql.run(kb.store, "review-queue", **filters).values()][:limit]
    found = first_claims(kb.store.ox, kind=str(filters["type"]) if "type" in filters else None,  # type: ignore[attr-defined]
                         actor=str(filters["actor"]) if "actor" in filters else None, limit=limit)
    assert found == listed and listed
    rows = sparql.run(kb.store, "review-queue", claim=[URIRef(c) for c in found]).values()
    assert [str(r["claim"]) for r in rows] == found  # the page reads their rows alone, in the same order
