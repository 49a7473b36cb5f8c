"""What a SPARQL server's answers are written in, and the way back (``kb.store.remote``).

Kept apart from the store so that the store is only its protocol: the media types it asks for, the rdflib reading
of an RDF answer a server chose to write in another syntax, Virtuoso's solutions re-written as plain SPARQL JSON
terms, and the whole-store dump (graph by graph where a server caps its answers).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier

from kb.errors import QueryError
from kb.store.values_block import _clean, _iri, _nt_lines

if TYPE_CHECKING:
    from kb.store.remote import SparqlStore

RESULT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
RDF_TYPES = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "nquads": "application/n-quads",
    "trig": "application/trig",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
# rdflib parser names for what a CONSTRUCT or GSP GET may come back as
_RDFLIB_FORMATS = {
    "application/n-triples": "nt",
    "text/plain": "nt",
    "text/turtle": "turtle",
    "application/n-quads": "nquads",
    "application/rdf+xml": "xml",
}


def dump_store(store: SparqlStore, rdf_format: str) -> bytes:
    """The whole store in ``rdf_format``: Turtle and TriG with the project's prefixes, N-Quads graph by graph."""
    if rdf_format not in RDF_TYPES:
        raise QueryError(f"unknown RDF format {rdf_format!r}")
    if rdf_format == "turtle":
        return with_prefixes(store.query_raw("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "ntriples")[1], "turtle")
    if rdf_format not in ("nquads", "trig"):
        return store.query_raw("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", rdf_format)[1]
    if rdf_format == "trig":
        return with_prefixes(dump_store(store, "nquads"), "trig")
    if store.flavor == "oxigraph" and store.gsp_url:
        return store.http.request("GET", store.gsp_url, headers={"Accept": RDF_TYPES[rdf_format]})[2]
    # graph by graph (no SELECT over everything: servers cap result rows, Virtuoso at 10k by default)
    out = io.StringIO()
    for g in store.graphs():
        lines = _nt_lines(store.get_graph(g))
        if rdf_format == "nquads":
            for line in lines:
                out.write(f"{line[:-3]} {_iri(g)} .\n")
        else:
            out.write(f"{_iri(g)} {{\n")
            out.writelines(lines)
            out.write("}\n")
    return out.getvalue().encode("utf-8")


def json_term(term: Identifier | None) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None:
            out["datatype"] = str(term.datatype)
        return out
    raise QueryError(f"unexpected term {term!r}")


def parse_rdf(data: bytes, ctype: str) -> Graph:
    fmt = _RDFLIB_FORMATS.get(ctype, "json-ld" if "json" in ctype else "turtle")
    parsed = Graph()
    try:
        parsed.parse(data=data, format=fmt)
    except Exception as exc:  # rdflib raises many kinds
        raise QueryError(f"cannot read the server's {ctype or 'RDF'} answer: {exc}") from None
    g = Graph()
    for s, p, o in parsed:
        g.add((_clean(s), p, _clean(o)))
    return g


def serialise(graph: Graph, fmt: str) -> bytes:
    name = {"ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}.get(fmt, fmt)
    return graph.serialize(format=name, encoding="utf-8")


def with_prefixes(data: bytes, rdf_format: str) -> bytes:
    """N-Triples / N-Quads re-written as Turtle / TriG with ``kb.vocab.PREFIXES`` bound (pyoxigraph streams it)."""
    import pyoxigraph as ox

    from kb.vocab import PREFIXES

    source = ox.RdfFormat.N_TRIPLES if rdf_format == "turtle" else ox.RdfFormat.N_QUADS
    target = ox.RdfFormat.TURTLE if rdf_format == "turtle" else ox.RdfFormat.TRIG
    return ox.serialize(ox.parse(data, format=source), format=target, prefixes=PREFIXES) or b""


__all__ = ["RDF_TYPES", "RESULT_TYPES", "dump_store", "json_term", "parse_rdf", "serialise", "with_prefixes"]
