"""What a query from outside must pass before it is evaluated: read-only, no federation, no foreign
graphs, bounded size — decided from a real parse with a SPARQL 1.1 grammar, never from patterns.

Why a parser: the check used to tokenise the query with rules of its own, and they disagreed with
Oxigraph's grammar — in ``FILTER(1<2)SERVICE#>`` + newline + ``<http://HOST/x> {…}`` it read
``<2)SERVICE#>`` as one IRI where Oxigraph reads ``<`` as less-than and ``#…`` as a comment, and ran
SERVICE.  Now the text is parsed with rdflib's SPARQL 1.1 grammar (``parseQuery``) and the parse tree is
walked: any ``ServiceGraphPattern`` — nested in OPTIONAL, UNION, MINUS, EXISTS, sub-queries, GRAPH —
is refused, the form is the tree's, and FROM / FROM NAMED are resolved by the parser's own prologue.

Where two parsers can read one text differently, the text is refused rather than guessed at:

* anything rdflib cannot parse is refused, even if Oxigraph could run it (an update, a syntax error,
  nesting too deep for the parser);
* prefixes that are not declared (rdflib parses them, Oxigraph refuses them, Virtuoso predefines
  ``bif:`` and ``sql:``), and calls of functions other than SPARQL's built-ins and XSD casts
  (Virtuoso's ``bif:http_get`` fetches a URL for any SPARQL user, whatever it is granted);
* a carriage return not followed by a line feed: it ends a ``#`` comment for Oxigraph, not for rdflib;
* codepoint escapes (``\\u…``, ``\\U…``) anywhere: rdflib expands them in the whole text before parsing
  while Oxigraph only reads them inside strings and IRIs, so ``"\\u0022 # "`` closes a string for one
  and not for the other (a comment for rdflib hides what Oxigraph runs).

This check is one wall; the other is :mod:`kb.sparql.nonet`: the worker that evaluates a user query
cannot open a network socket at all.  Parsing costs time (rdflib's grammar takes seconds on a 20 KB
query), so :mod:`kb.sparql.sandbox` runs it inside the worker, under the query's time limit.

The exception classes say which case it is (``QueryRefused`` → 403, ``QueryTooLarge`` → 413, any other
``QueryError`` → 400); status codes are the adapters' business.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kb.errors import QueryError, QueryRefused

FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}
XSD = "http://www.w3.org/2001/XMLSchema#"
MAX_GRAPHS = 32
"""Distinct graphs a query (FROM, FROM NAMED, protocol parameters) may name."""
XSD_CASTS = frozenset(XSD + name for name in (
    "string", "boolean", "decimal", "integer", "float", "double", "dateTime", "date", "time", "duration",
    "dayTimeDuration", "yearMonthDuration", "long", "int", "short", "byte", "nonNegativeInteger",
    "positiveInteger", "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt",
    "unsignedShort", "unsignedByte", "anyURI", "gYear", "gYearMonth", "gMonth", "gDay", "gMonthDay"))
"""The XSD constructor functions a query may call, by exact name (a prefix test let ``xsd:/../x`` through)."""
UPDATE_NAMES = {"Load": "LOAD", "Clear": "CLEAR", "Drop": "DROP", "Create": "CREATE", "Add": "ADD", "Move": "MOVE",
                "Copy": "COPY", "InsertData": "INSERT DATA", "DeleteData": "DELETE DATA",
                "DeleteWhere": "DELETE WHERE", "Modify": "DELETE/INSERT"}


# rdflib's grammar spends about 20 Python frames per level of { } nesting: with the default limit of
# 1000 a query nested 50 deep fails.  20000 frames parse 400 levels and end in RecursionError (measured
# in a thread with the default stack; Python 3.11 frames of pure Python code take no C stack).
PARSER_RECURSION = 20000


class QueryTooLarge(QueryRefused):
    """The query text is longer than the configured cap."""


@dataclass
class CheckedQuery:
    """A query that passed: its form (SELECT, ASK, CONSTRUCT, DESCRIBE) and the graphs it names."""

    text: str
    form: str
    from_graphs: list[str] = field(default_factory=list)
    from_named: list[str] = field(default_factory=list)
    written: list[str] | None = None
    """For ``SELECT *``: the query's variables in the order they are first written (``in_written_order``)."""

    @property
    def returns_graph(self) -> bool:
        return self.form in ("CONSTRUCT", "DESCRIBE")


def check_size(text: str, max_bytes: int) -> None:
    """Refuse a query text longer than ``max_bytes`` (UTF-8) before any parsing work."""
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise QueryTooLarge(f"the query is {size} bytes; this endpoint accepts at most {max_bytes}")


def analyse(text: str) -> CheckedQuery:
    """Parse ``text`` and refuse updates, LOAD, SERVICE and codepoint escapes; say its form and FROM graphs."""
    if "\\u" in text or "\\U" in text:
        raise QueryRefused("codepoint escapes (\\u…, \\U…) are not accepted: write the character itself")
    if "\r" in text.replace("\r\n", "\n"):
        raise QueryRefused("a carriage return must be followed by a line feed (it ends a comment for one SPARQL "
                           "parser and not for another)")
    parsed = _parse(text)
    prologue, query = parsed[0], parsed[1]
    declared = {dict.get(d, "prefix") or "" for d in prologue if getattr(d, "name", None) == "PrefixDecl"}
    functions = []
    for node in _nodes(query):
        name = getattr(node, "name", None)
        if name == "ServiceGraphPattern":
            raise QueryRefused("SERVICE (federated query) is not allowed: this endpoint only queries its own store")
        if name == "pname" and (dict.get(node, "prefix") or "") not in declared:  # type: ignore[call-overload]
            raise QueryError(f"invalid SPARQL: prefix {dict.get(node, 'prefix') or ''}: is not declared")  # type: ignore[call-overload]
        if name == "Function":
            functions.append(dict.get(node, "iri"))  # type: ignore[call-overload]
    checked = CheckedQuery(text=text, form=FORMS[query.name])
    if query.name == "SelectQuery" and "projection" not in query:
        checked.written = _written_variables(query)
    _read_dataset(prologue, query, checked)
    _refuse_extension_functions(prologue, functions)
    return checked


def check_graphs(checked: CheckedQuery, has_graph: Callable[[str], bool], *,
                 default_graphs: Iterable[str] = (), named_graphs: Iterable[str] = ()) -> CheckedQuery:
    """Refuse FROM / FROM NAMED / protocol graphs the store does not hold (nothing reads as if fetched).

    ``default_graphs``/``named_graphs`` are the protocol's ``default-graph-uri``/``named-graph-uri``.  A refusal
    names what named the graph: a bad ``default-graph-uri`` was refused as "FROM and FROM NAMED may only name stored
    graphs" when the query used neither (trial user29)."""
    default_graphs, named_graphs = list(default_graphs), list(named_graphs)
    where: dict[str, str] = {}
    for graphs, what in ((checked.from_graphs, "FROM"), (checked.from_named, "FROM NAMED"),
                         (default_graphs, "the default-graph-uri parameter"),
                         (named_graphs, "the named-graph-uri parameter")):
        where.update({g: what for g in graphs})  # named both ways: the protocol's parameter, which wins (README)
    checked.from_graphs += default_graphs
    checked.from_named += named_graphs
    named = set(checked.from_graphs) | set(checked.from_named)
    if len(named) > MAX_GRAPHS:  # each is looked up (an HTTP request on a remote store): a bounded number
        raise QueryRefused(f"the query names {len(named)} graphs; at most {MAX_GRAPHS} may be named")
    missing = [g for g in sorted(named) if not has_graph(g)]
    if missing:
        raise QueryRefused(f"graph <{missing[0]}> is not in this store; {where[missing[0]]} may only name stored "
                           "graphs")
    return checked


def check_query(text: str, has_graph: Callable[[str], bool], *, max_bytes: int = 20000,
                default_graphs: Iterable[str] = (), named_graphs: Iterable[str] = ()) -> CheckedQuery:
    """Size, then :func:`analyse`, then :func:`check_graphs`: every refusal in one call."""
    check_size(text, max_bytes)
    return check_graphs(analyse(text), has_graph, default_graphs=default_graphs, named_graphs=named_graphs)


def _parse(text: str):  # type: ignore[no-untyped-def]
    """rdflib's parse tree of a query; an update is refused as such, anything else unparsable is invalid."""
    from rdflib.plugins.sparql import parser

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, PARSER_RECURSION))  # ~20 frames a nesting level; see PARSER_RECURSION
    try:
        return parser.parseQuery(text)
    except RecursionError:
        raise QueryError("invalid SPARQL: the query is nested too deeply") from None
    except Exception as exc:  # a hostile text may break the parser in any way: it is refused, never run
        query_error = f"invalid SPARQL: {_first_line(exc)}"
    finally:
        sys.setrecursionlimit(limit)
    try:
        update = parser.parseUpdate(text)
    except Exception:  # not an update either: report the query parser's complaint
        raise QueryError(query_error) from None
    names = [getattr(op, "name", "") for op in dict.get(update, "request") or []]
    if not names:  # an empty update (only a prologue) is valid Update grammar, but no query
        raise QueryError("invalid SPARQL: not a query (expected SELECT, ASK, CONSTRUCT or DESCRIBE)")
    word = next((UPDATE_NAMES[n] for n in names if n in UPDATE_NAMES), "SPARQL Update")
    if word == "LOAD":
        raise QueryRefused("LOAD is not allowed: this endpoint is read-only")
    raise QueryRefused(f"{word} is SPARQL Update: this endpoint is read-only")


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]


def in_written_order(variables: list[str], written: list[str] | None) -> list[str]:
    """``SELECT *``'s columns in the order the query first writes them (``?s ?p ?o``), not the engine's.

    SPARQL 1.1 projects ``*`` as the in-scope variables without fixing their order; Oxigraph sorts them (o, p, s)
    while every engine clients know (Jena, Virtuoso, rdflib, Blazegraph) keeps the written order (tryout 25). The
    engine still decides which variables are in scope; this only orders them."""
    if not written:
        return variables
    position = {name: i for i, name in enumerate(written)}
    return sorted(variables, key=lambda v: position.get(v, len(position)))


def _written_variables(query: object) -> list[str]:
    """The variables of a parse tree in the order they are written: an ordered walk, without recursion."""
    from rdflib.term import Variable

    found: dict[str, None] = {}
    stack: list[object] = [query]
    while stack:
        node = stack.pop()
        if isinstance(node, Variable):
            found.setdefault(str(node))
        elif isinstance(node, dict):  # rdflib's CompValue, an ordered dict of the parsed parts
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            stack.extend(reversed(list(node)))  # type: ignore[call-overload]
    return list(found)


def _nodes(root: object) -> Iterator[object]:
    """Every node of a parse tree, depth first, without recursion (the tree may be deep)."""
    stack, seen = [root], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        if isinstance(node, dict):  # rdflib's CompValue
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            stack.extend(list(node))  # type: ignore[call-overload]


def _refuse_extension_functions(prologue: object, functions: list[object]) -> None:
    """Only SPARQL's built-ins and XSD casts may be called: an engine's own functions are its business
    (Virtuoso's ``bif:http_get`` fetches a URL whatever the SPARQL user is granted; measured)."""
    if not functions:
        return
    from rdflib.plugins.sparql.algebra import translatePrologue

    resolved = translatePrologue(prologue, None)  # type: ignore[arg-type]
    for iri in functions:
        name = str(resolved.absolutize(iri))  # type: ignore[arg-type]
        if name not in XSD_CASTS:
            raise QueryRefused(f"calling <{name}> is not allowed: only SPARQL's built-in functions and XSD casts")


def _read_dataset(prologue: object, query: object, checked: CheckedQuery) -> None:
    """FROM / FROM NAMED graphs as absolute IRIs, resolved by the parser's own prologue (PREFIX, BASE)."""
    from rdflib.plugins.sparql.algebra import translatePrologue

    clauses = dict.get(query, "datasetClause") or []  # type: ignore[call-overload]  # CompValue.get(k) returns k
    if not clauses:
        return
    try:
        resolved = translatePrologue(prologue, None)  # type: ignore[arg-type]
        for clause in clauses:
            for key, graphs in (("default", checked.from_graphs), ("named", checked.from_named)):
                if dict.get(clause, key) is not None:
                    graphs.append(str(resolved.absolutize(dict.get(clause, key))))
    except Exception as exc:  # e.g. an undeclared prefix
        raise QueryError(f"invalid SPARQL: {_first_line(exc)}") from None


__all__ = ["FORMS", "CheckedQuery", "QueryTooLarge", "analyse", "check_graphs", "check_query", "check_size"]
