"""SPARQL text for stores that take queries as text: RDF terms written as SPARQL/N-Triples, a query's
form and outermost WHERE group found by a small tokenizer, and bindings placed there as a ``VALUES`` block.

Why a VALUES block rather than the engine's own pre-binding: HTTP has none, and Oxigraph's
``substitutions`` join the bound value after evaluating the whole pattern (an actor's claims took 2 s
at 40k claims, against 0.09 s with the same value as a leading VALUES block, which the optimiser
starts from).  Safe by construction: variable names are checked against SPARQL's VARNAME and each
value is one rdflib term written by ``_term`` (IRIs refused if they hold a character IRIREF forbids,
literals escaped as N-Triples strings, language tags and datatypes checked), so a value can never
change the query's shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier, Node

from kb.errors import QueryError

XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = XSD + "string"
_XSD_BOOLEAN = XSD + "boolean"
XSD_INTEGER = URIRef(XSD + "integer")

_IRI_OK = re.compile(r'^[^<>"{}|^`\\\x00-\x20]*$')
_LANG_OK = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_BNODE_OK = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_\-]*$")
_VAR_OK = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_READ_FORMS = {"select", "ask", "construct", "describe"}
_UPDATE_WORDS = {"insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy", "with"}


# ---------------------------------------------------------------- terms
def _escape(text: str) -> str:
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return "".join(out)


def _iri(value: str) -> str:
    if not _IRI_OK.match(value):
        raise QueryError(f"not a usable IRI: {value!r}")
    return f"<{value}>"


_INTEGER = re.compile(r"^[+-]?[0-9]+$")


def _term(term: Node, *, allow_bnode: bool = True, turtle: bool = False) -> str:
    """One rdflib term as N-Triples/SPARQL text; raises on anything that is not exactly one term."""
    if isinstance(term, URIRef):
        return _iri(str(term))
    if isinstance(term, Literal):
        lex = f'"{_escape(str(term))}"'
        if term.language:
            if not _LANG_OK.match(term.language):
                raise QueryError(f"not a language tag: {term.language!r}")
            return f"{lex}@{term.language}"
        if turtle and term.datatype == XSD_INTEGER and _INTEGER.match(str(term)) and abs(int(str(term))) < 2**63:
            return str(term)  # Turtle's bare integer: Virtuoso's loader types a quoted one past 2^31 as decimal
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            return f"{lex}^^{_iri(str(term.datatype))}"
        return lex  # a simple literal: Virtuoso tells "x"^^xsd:string and "x" apart, RDF 1.1 does not
    if isinstance(term, BNode):
        if not allow_bnode:
            raise QueryError("a blank node cannot be bound in a query sent over HTTP")
        label = str(term)
        return f"_:{label}" if _BNODE_OK.match(label) else "_:b" + label.encode().hex()
    raise QueryError(f"cannot serialise {term!r}")


def _nt_lines(graph: Iterable[tuple[Node, Node, Node]], *, turtle: bool = False) -> Iterator[str]:
    for s, p, o in graph:
        yield f"{_term(s)} {_term(p)} {_term(o, turtle=turtle)} .\n"


def _from_json(binding: Mapping[str, Any] | None) -> Identifier | None:
    """A SPARQL JSON results term → rdflib term, undoing Virtuoso's quirks."""
    if binding is None:
        return None
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value.removeprefix("nodeID://"))
    if kind in ("literal", "typed-literal"):
        lang = binding.get("xml:lang")
        if lang:
            return Literal(value, lang=lang)
        datatype = binding.get("datatype")
        if not datatype or datatype == _XSD_STRING:
            return Literal(value)
        if datatype == _XSD_BOOLEAN and value in ("1", "0"):
            value = "true" if value == "1" else "false"
        return Literal(value, datatype=URIRef(datatype))
    raise QueryError(f"unexpected term in the server's answer: {binding!r}")


def _clean(term: Node) -> Node:
    """Terms parsed from a server's RDF answer, with Virtuoso's blank node labels tidied."""
    if isinstance(term, BNode) and str(term).startswith("nodeID://"):
        return BNode(str(term).removeprefix("nodeID://"))
    if isinstance(term, Literal) and term.datatype is not None and str(term.datatype) == _XSD_STRING:
        return Literal(str(term))
    return term


# ---------------------------------------------------------------- query text
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\" | '''(?:[^'\\]|\\.|'(?!''))*'''
               | "(?:[^"\\\n]|\\.)*" | '(?:[^'\\\n]|\\.)*')
  | (?P<var>[?$][A-Za-z0-9_]+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_\-]*)
  | (?P<punct>.)
    """,
    re.X | re.S,
)


def query_shape(query: str) -> tuple[str, int | None]:
    """The query's form (select, ask, construct, describe, update, define) and the offset of the
    ``{`` opening its outermost WHERE group (None when there is none)."""
    form = ""
    parens = braces = 0
    template = False  # inside CONSTRUCT's template
    expect_template = False
    for m in _TOKEN.finditer(query):
        kind, text = m.lastgroup, m.group()
        if kind in ("ws", "comment", "iri", "string", "var"):
            continue
        if kind == "word":
            word = text.lower()
            if not form and parens == 0 and braces == 0:
                if word == "define":
                    return "define", None
                if word in _READ_FORMS:
                    form = word
                    expect_template = word == "construct"
                    continue
                if word in _UPDATE_WORDS:
                    return "update", None
            if expect_template and word == "where":
                expect_template = False  # CONSTRUCT WHERE { ... }: the short form
            continue
        if text == "(":
            parens += 1
        elif text == ")":
            parens -= 1
        elif text == "{":
            if form and braces == 0 and parens == 0:
                if expect_template:
                    expect_template, template = False, True
                elif not template:
                    return form, m.start()
            braces += 1
        elif text == "}":
            braces -= 1
            if template and braces == 0:
                template = False
    return form or "unknown", None


def names_graphs(query: str) -> bool:
    """Whether the query names a graph itself (``GRAPH <iri>``, ``GRAPH p:x``, ``FROM``)."""
    after_graph = False
    for m in _TOKEN.finditer(query):
        kind, text = m.lastgroup, m.group()
        if kind in ("ws", "comment"):
            continue
        if after_graph and kind != "var":
            return True
        after_graph = kind == "word" and text.lower() == "graph"
        if kind == "word" and text.lower() == "from":
            return True
    return False


def bind(query: str, bindings: Mapping[str, Identifier | Sequence[Identifier]] | None) -> str:
    """``query`` with ``bindings`` as VALUES blocks first inside its WHERE group (see module doc): single
    terms in one row, and a sequence of terms as its own block of rows (the variable is any of them)."""
    if not bindings:
        return query
    form, brace = query_shape(query)
    if brace is None:
        raise QueryError(f"cannot bind variables in this query (form {form!r}, no WHERE group found)")
    names, values, blocks = [], [], []
    for name, value in bindings.items():
        if not _VAR_OK.match(name):
            raise QueryError(f"not a variable name: {name!r}")
        if isinstance(value, Identifier):
            names.append(f"?{name}")
            values.append(_term(value, allow_bnode=False))
        else:
            blocks.append(f" VALUES ?{name} {{ {' '.join(_term(v, allow_bnode=False) for v in value)} }}")
    if names:
        blocks.insert(0, f" VALUES ({' '.join(names)}) {{ ({' '.join(values)}) }}")
    block = "".join(blocks) + " "
    return query[: brace + 1] + block + query[brace + 1 :]
