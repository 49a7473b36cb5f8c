"""SPARQL results writers for a row-capped SELECT (JSON, XML, CSV, TSV).

Why our own writers: pyoxigraph serialises a whole ``QuerySolutions`` and offers no way to stop
after N rows or to build results from a list, and rdflib has no TSV writer.  The four W3C formats
are small; these follow the specs and match Oxigraph's output for the same rows.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

Row = Sequence[object | None]


def write_solutions(variables: list[str], rows: Sequence[Row], fmt: str) -> bytes:
    """Serialise ``rows`` (pyoxigraph terms or None, in ``variables`` order) as ``fmt``."""
    writer = {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}[fmt]
    return writer(variables, rows)


def _json_term(term: object) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in (_XSD_STRING, _RDF_LANG_STRING):
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        parts = ("subject", "predicate", "object")
        return {"type": "triple", "value": {k: _json_term(getattr(term, k)) for k in parts}}
    raise TypeError(f"unexpected term {term!r}")


def _json(variables: list[str], rows: Sequence[Row]) -> bytes:
    bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
    doc = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _xml_term(term: object) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != _XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    if isinstance(term, ox.Triple):
        parts = "".join(f"<{k}>{_xml_term(getattr(term, k))}</{k}>" for k in ("subject", "predicate", "object"))
        return f"<triple>{parts}</triple>"
    raise TypeError(f"unexpected term {term!r}")


def _xml(variables: list[str], rows: Sequence[Row]) -> bytes:
    out = ['<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
    out += [f"<variable name={quoteattr(v)}/>" for v in variables]
    out.append("</head><results>")
    for row in rows:
        out.append("<result>")
        out += [f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                for v, t in zip(variables, row, strict=True) if t is not None]
        out.append("</result>")
    out.append("</results></sparql>")
    return "".join(out).encode("utf-8")


def _plain(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def _csv(variables: list[str], rows: Sequence[Row]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(variables)
    writer.writerows([_plain(t) for t in row] for row in rows)
    return buf.getvalue().encode("utf-8")


def _tsv(variables: list[str], rows: Sequence[Row]) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else str(t).replace("\t", "\\t") for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


# ---------------------------------------------------------------- answers of a remote SPARQL server
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
OX_RESULTS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
              "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}


def take(iterable: object, max_rows: int) -> list:  # type: ignore[type-arg]
    """Up to ``max_rows + 1`` items: one more than allowed tells that the result was cut."""
    out = []
    for item in iterable:  # type: ignore[attr-defined]
        out.append(item)
        if len(out) > max_rows:
            break
    return out


def boolean(value: bool, fmt: str) -> bytes:
    """An ASK answer serialised exactly as pyoxigraph serialises its own."""
    answer: ox.QueryBoolean = _BOOLEANS.query("ASK {}" if value else "ASK { FILTER(false) }")  # type: ignore[assignment]
    return answer.serialize(format=OX_RESULTS[fmt])  # type: ignore[return-value]


def _ox_term(term: dict[str, object]) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    kind, value = term.get("type"), str(term.get("value", ""))
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if kind in ("literal", "typed-literal"):
        if term.get("xml:lang"):
            return ox.Literal(value, language=str(term["xml:lang"]))
        if term.get("datatype"):
            return ox.Literal(value, datatype=ox.NamedNode(str(term["datatype"])))
        return ox.Literal(value)
    raise ValueError(f"unexpected term in the SPARQL server's answer: {term!r}")


def from_remote(kind: str, data: bytes, fmt: str, max_rows: int) -> tuple[bytes, int, bool]:
    """(body as ``fmt``, rows kept, truncated) from a remote answer: SPARQL JSON, or N-Triples for graphs.

    Raises ValueError (or SyntaxError from pyoxigraph) when the answer cannot be read."""
    if kind == "graph":
        triples = take(ox.parse(data, format=ox.RdfFormat.N_TRIPLES), max_rows)
        body = ox.serialize(triples[:max_rows], format=RDF_FORMATS[fmt])
        return body, min(len(triples), max_rows), len(triples) > max_rows  # type: ignore[return-value]
    doc = json.loads(data)
    if kind == "boolean" or "boolean" in doc:
        return boolean(bool(doc.get("boolean")), fmt), 1, False
    variables = [str(v) for v in doc.get("head", {}).get("vars", [])]
    bindings = doc.get("results", {}).get("bindings", [])
    kept = bindings[:max_rows]
    rows = [[_ox_term(b[v]) if v in b else None for v in variables] for b in kept]
    return write_solutions(variables, rows, fmt), len(kept), len(bindings) > max_rows


_BOOLEANS = ox.Store()  # serialises a remote ASK answer exactly as the embedded path does
