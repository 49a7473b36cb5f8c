"""What a query from outside must pass before it reaches the store: read-only, no federation, no
foreign graphs, bounded size.

Why a lexical scan and not rdflib's parser: the query is evaluated by Oxigraph, whose grammar is not
rdflib's (rdflib fails on some valid queries and accepts others Oxigraph refuses), and a keyword
hidden from one parser must not reach the other.  SPARQL keywords can only appear as bare words, so
scanning the token stream — with strings, IRIs, comments, prefixed names and language tags taken out —
finds every ``SERVICE`` or update keyword wherever it is nested (OPTIONAL, UNION, sub-queries, FILTER
EXISTS) and never mistakes ``"SERVICE"`` in a literal or ``<http://x/service>`` for one.

Measured: pyoxigraph 0.5 *does* evaluate ``SERVICE <http://…>`` by sending an HTTP POST from the
server, so refusing it here is what keeps the endpoint from being used as a proxy.  Oxigraph treats
``FROM <iri>`` as choosing stored graphs (it does not fetch them), but a graph the store does not
hold is refused anyway so that nothing reads as if it came from elsewhere.

Flask-free: the CLI and the web app share it.  Status codes are the adapter's business; the
exception classes say which case it is (``QueryRefused`` → 403, ``QueryTooLarge`` → 413, any other
``QueryError`` → 400).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin

from kb.errors import QueryError, QueryRefused

UPDATE_WORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH", "USING"}
)
FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7-\uffff]+)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<number>[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
  | (?P<pname>(?:[A-Za-z\u00c0-\uffff][\w.\-\u00b7-\uffff]*)?:(?:[\w\-.:%\u00b7-\uffff]|\\.)*)
  | (?P<bnode>_:[\w\-.\u00b7-\uffff]+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


class QueryTooLarge(QueryRefused):
    """The query text is longer than the configured cap."""


@dataclass(frozen=True)
class Token:
    kind: str
    text: str


@dataclass
class CheckedQuery:
    """A query that passed: its form (SELECT, ASK, CONSTRUCT, DESCRIBE) and the graphs it names."""

    text: str
    form: str
    from_graphs: list[str] = field(default_factory=list)
    from_named: list[str] = field(default_factory=list)

    @property
    def returns_graph(self) -> bool:
        return self.form in ("CONSTRUCT", "DESCRIBE")


def tokens(text: str) -> Iterator[Token]:
    """The query's tokens without whitespace and comments."""
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind not in ("ws", "comment"):
            yield Token(kind, match.group())


def check_size(text: str, max_bytes: int) -> None:
    """Refuse a query text longer than ``max_bytes`` (UTF-8) before any parsing work."""
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise QueryTooLarge(f"the query is {size} bytes; this endpoint accepts at most {max_bytes}")


def check_query(text: str, has_graph: Callable[[str], bool], *, max_bytes: int = 20000,
                default_graphs: Iterable[str] = (), named_graphs: Iterable[str] = ()) -> CheckedQuery:
    """Refuse updates, SERVICE, LOAD and graphs the store does not hold; say what form the query has.

    ``default_graphs``/``named_graphs`` are the protocol's ``default-graph-uri``/``named-graph-uri``.
    """
    check_size(text, max_bytes)
    toks = list(tokens(text))
    _refuse_words(toks)
    checked = CheckedQuery(text=text, form=_form(toks))
    _read_dataset(toks, checked)
    checked.from_graphs += list(default_graphs)
    checked.from_named += list(named_graphs)
    missing = [g for g in (*checked.from_graphs, *checked.from_named) if not has_graph(g)]
    if missing:
        raise QueryRefused(
            f"graph <{missing[0]}> is not in this store; FROM and FROM NAMED may only name stored graphs"
        )
    return checked


def check(text: str, has_graph: Callable[[str], bool] | None = None, *, max_bytes: int = 1_000_000) -> CheckedQuery:
    """The CLI's entry: the same refusals; without ``has_graph`` FROM graphs are not looked up (Oxigraph
    only ever selects stored graphs for FROM, it never fetches them), and the size cap is generous."""
    return check_query(text, has_graph or (lambda _iri: True), max_bytes=max_bytes)


def _refuse_words(toks: list[Token]) -> None:
    for tok in toks:
        if tok.kind == "other" and tok.text == "\\":
            raise QueryError("codepoint escapes (\\u…) are only accepted inside strings and IRIs")
        if tok.kind != "word":
            continue
        word = tok.text.upper()
        if word == "SERVICE":
            raise QueryRefused("SERVICE (federated query) is not allowed: this endpoint only queries its own store")
        if word == "LOAD":
            raise QueryRefused("LOAD is not allowed: this endpoint is read-only")
        if word in UPDATE_WORDS:
            raise QueryRefused(f"{word} is a SPARQL Update keyword: this endpoint is read-only")


def _form(toks: list[Token]) -> str:
    for tok in toks:
        if tok.kind == "word" and tok.text.upper() in FORMS:
            return tok.text.upper()
    raise QueryError("invalid SPARQL: not a query (expected SELECT, ASK, CONSTRUCT or DESCRIBE)")


def _read_dataset(toks: list[Token], checked: CheckedQuery) -> None:
    """Collect FROM / FROM NAMED graphs, resolving prefixed names and relative IRIs like the parser."""
    prefixes: dict[str, str] = {}
    base = ""
    i = 0
    while i < len(toks):
        word = toks[i].text.upper() if toks[i].kind == "word" else ""
        if word == "PREFIX" and i + 2 < len(toks) and toks[i + 2].kind == "iri":
            prefixes[toks[i + 1].text.rstrip(":")] = urljoin(base, toks[i + 2].text[1:-1])
            i += 3
            continue
        if word == "BASE" and i + 1 < len(toks) and toks[i + 1].kind == "iri":
            base = urljoin(base, toks[i + 1].text[1:-1])
            i += 2
            continue
        if word == "FROM":
            named = i + 1 < len(toks) and toks[i + 1].kind == "word" and toks[i + 1].text.upper() == "NAMED"
            j = i + 2 if named else i + 1
            if j >= len(toks):
                raise QueryError("FROM must be followed by a graph IRI")
            iri = _resolve(toks[j], prefixes, base)
            (checked.from_named if named else checked.from_graphs).append(iri)
            i = j + 1
            continue
        i += 1


def _resolve(tok: Token, prefixes: dict[str, str], base: str) -> str:
    if tok.kind == "iri":
        return urljoin(base, tok.text[1:-1]) if base else tok.text[1:-1]
    if tok.kind == "pname":
        prefix, _, local = tok.text.partition(":")
        if prefix not in prefixes:
            raise QueryError(f"prefix {prefix!r} is not declared")
        return prefixes[prefix] + local.replace("\\", "")
    raise QueryError(f"FROM must be followed by a graph IRI, not {tok.text!r}")


__all__ = ["FORMS", "CheckedQuery", "QueryTooLarge", "check", "check_query", "check_size", "tokens"]
