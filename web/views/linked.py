"""Linked data: a claim, actor or article as Turtle or JSON-LD, from one named CONSTRUCT query."""

from __future__ import annotations

from flask import Response
from rdflib import URIRef

from kb import sparql
from kb.sparql import described
from kb.vocab import PREFIXES as EXPORT_PREFIXES
from web import core
from web.errors import ApiError

PREFIXES = {
    "ckb": "https://w3id.org/claimkb/ns#",
    "id": "https://w3id.org/claimkb/id/",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
}


def describe(iri: URIRef, media: str) -> Response:
    """The node's description serialised as ``media`` (text/turtle or application/ld+json); 404 if unknown."""
    if media == "text/turtle":
        written = described.turtle(core.kb().store, URIRef(iri), EXPORT_PREFIXES)
        if written is not None:  # an embedded store: Oxigraph writes it (rdflib's writer was most of a long series')
            if not written:
                raise ApiError(404, "Not found", f"nothing is known about <{iri}>")
            return _answer(written, media)
    bindings = {"node": URIRef(iri)}
    graph = core.kb().store.construct(sparql.query_text("describe-node", bindings), bindings)
    if not any(True for _ in graph.triples((URIRef(iri), None, None))):
        raise ApiError(404, "Not found", f"nothing is known about <{iri}>")
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, replace=True)
    if media == "text/turtle":
        body = graph.serialize(format="turtle")
    else:
        body = graph.serialize(format="json-ld", context=PREFIXES, auto_compact=True)
    return _answer(body, media)


def _answer(body: str | bytes, media: str) -> Response:
    response = Response(body, mimetype=media)
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Vary"] = "Accept"
    return response
