"""Human review of claims: accept, correct, reject, add; attributed, in their own graph, kept across re-ingest.

``model``: what a review is; ``graph``: reviews ⇄ RDF (PROV-O); ``view``: the reviewed view of an article;
``service``: the review operations on a store; ``listing``: rows and gold export; ``reviewers``: who may review.
"""

from __future__ import annotations

from rdflib import Graph

from kb.actors import Gazetteer
from kb.pipeline import gate
from kb.pipeline.article import Article
from kb.pipeline.record import Claim
from kb.pipeline.to_rdf import article_graph
from kb.review.graph import recheck_graph, reviews_of
from kb.review.view import reviewed
from kb.store import Store
from kb.vocab import REVIEWS_GRAPH


def apply_reviews(store: Store, gazetteer: Gazetteer, article: Article,
                  claims: list[Claim]) -> tuple[Graph, list[Claim], dict[str, Graph], str] | None:
    """The article's graph with its reviews applied to the freshly extracted ``claims``, the claims shown, the
    second-look flags to write with it, and the gate's reason if the view does not conform; None: no reviews."""
    reviews = reviews_of(store, article.key)
    if not reviews:
        return None
    view = reviewed(claims, article.text, reviews, article.key)
    graph = article_graph(article, view.claims, gazetteer, view.iris)
    result = gate.check(graph, context=gazetteer.graph)
    extra = {str(REVIEWS_GRAPH): recheck_graph(view.recheck)}
    return graph, view.claims, extra, "" if result.conforms else result.text


__all__ = ["apply_reviews"]
