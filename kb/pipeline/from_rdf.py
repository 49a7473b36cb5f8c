"""Curated claims given as RDF (Turtle, TriG, JSON-LD, N-Triples, N-Quads) for ``kb add``.

Curators who already work in RDF should not have to convert to JSONL, but their files are read
as untrusted input: a parse error names ``FILE:LINE:COL`` where the parser knows it, and JSON-LD
whose ``@context`` points anywhere (``https://schema.org``, a relative file) is refused *before*
parsing, because rdflib would otherwise fetch it: a CLI that makes network requests because of
a data file is a leak and a hang waiting to happen.  The triples are read back to ``Claim``
records with ``kb.pipeline.to_rdf.claims_from_graph`` so they pass through exactly the same gate as JSONL.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.exceptions import ParserError

from kb.errors import InputError, json_reason
from kb.pipeline.decode import read_bytes
from kb.pipeline.record import Claim
from kb.vocab import CKB, DATA

FORMATS = {".ttl": "turtle", ".trig": "trig", ".jsonld": "json-ld", ".json-ld": "json-ld", ".nt": "nt",
           ".nq": "nquads"}
_CONTEXT_KEYS = ("@context", "@import")


def rdf_format(path: Path) -> str | None:
    """The rdflib format for a claims file, by suffix; None for JSONL (or anything else)."""
    return FORMATS.get(path.suffix.lower())


def context_references(doc: Any) -> list[str]:
    """Every context given by reference (a string) anywhere in a JSON-LD document, nested
    contexts and ``@import`` included: each would be fetched by a JSON-LD processor."""
    found: list[str] = []
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key in _CONTEXT_KEYS:
                    values = value if isinstance(value, list) else [value]
                    found.extend(v for v in values if isinstance(v, str))
                stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return found


def check_jsonld(text: str, where: str) -> Any:
    """Parse JSON-LD as plain JSON and refuse referenced contexts; returns the document."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}:{exc.lineno}:{exc.colno}: invalid JSON: {json_reason(exc)}") from None
    refs = context_references(doc)
    if refs:
        kind = "remote" if refs[0].startswith(("http://", "https://")) else "referenced"
        raise InputError(f"{where}: {kind} JSON-LD @context {refs[0]!r} refused (contexts are never fetched): "
                         "put the context inline")
    return doc


def parse_rdf(path: Path, max_bytes: int | None = None) -> Graph:
    """The triples of an RDF claims file (named graphs merged), or an ``InputError`` naming where."""
    fmt = rdf_format(path)
    if fmt is None:
        raise InputError(f"{path}: not an RDF file (.ttl, .trig, .jsonld, .nt, .nq)")
    try:
        text = read_bytes(path, max_bytes).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start})") from None
    return parse_rdf_text(text, fmt, str(path))


def parse_rdf_text(text: str, fmt: str, where: str) -> Graph:
    """Parse ``text`` in ``fmt``; JSON-LD is checked for referenced contexts first."""
    data: Any = text
    if fmt == "json-ld":
        data = json.dumps(check_jsonld(text, where))
    dataset = Dataset()
    try:
        dataset.parse(data=data, format=fmt)
    except SyntaxError as exc:  # rdflib's Turtle/TriG BadSyntax
        raise InputError(f"{where}:{_position(exc, text)}: {_why(exc)}") from None
    except ParserError as exc:  # N-Triples / N-Quads: find the line ourselves
        raise InputError(f"{where}:{_bad_line(text, fmt)}: {str(exc).splitlines()[0]}") from None
    except Exception as exc:  # the JSON-LD parser raises many types
        raise InputError(f"{where}: cannot read {fmt}: {type(exc).__name__}: {exc}") from None
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def _position(exc: SyntaxError, text: str) -> str:
    lines, index = getattr(exc, "lines", None), getattr(exc, "_i", None)
    if not isinstance(lines, int):
        return "?"
    if isinstance(index, int):
        raw = getattr(exc, "_str", b"")
        source = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else text
        return f"{lines + 1}:{index - source.rfind(chr(10), 0, index)}"
    return str(lines + 1)


def _why(exc: SyntaxError) -> str:
    why = getattr(exc, "_why", None)
    return f"bad syntax ({why})" if why else str(exc).splitlines()[0]


def _bad_line(text: str, fmt: str) -> str:
    """The first line rdflib refuses on its own (N-Triples and N-Quads are line-based)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            try:
                Dataset().parse(data=line + "\n", format=fmt)
            except Exception:
                return str(number)
    return "?"


def claims_from_rdf(graph: Graph, gazetteer: Graph, where: str) -> list[Claim]:
    """Claim records from curated triples; the gazetteer gives the speakers' and parties' labels."""
    from kb.pipeline.to_rdf import claims_from_graph

    merged = Graph()
    for part in (gazetteer, graph):
        for triple in part:
            merged.add(triple)
    prefix = str(DATA["article/"])
    for article in set(graph.objects(None, CKB.article)):
        if isinstance(article, URIRef) and str(article).startswith(prefix) and (article, CKB.key, None) not in merged:
            merged.add((article, CKB.key, Literal(str(article)[len(prefix):])))
    try:
        claims = claims_from_graph(merged)
    except (ValueError, TypeError) as exc:
        raise InputError(f"{where}: malformed claim: {exc}") from None
    if not claims:
        raise InputError(f"{where}: no claims found (nodes typed ckb:CasualtyClaim, ckb:StatementClaim, …)")
    for n, claim in enumerate(claims, start=1):
        if not claim.article:
            raise InputError(f"{where}: claim {n} ({claim.quote[:40]!r}) has no ckb:article of a stored article")
        Claim.from_dict(claim.to_dict(), where=f"{where}: claim {n}")
    return claims


def read_claims(path: Path, gazetteer: Graph, max_bytes: int | None = None) -> list[Claim]:
    """Parse an RDF claims file and read its claims back as records."""
    return claims_from_rdf(parse_rdf(path, max_bytes), gazetteer, str(path))
