"""Named-query rows as plain Python values (str, int, bool, date, Decimal; None where unbound).

On the embedded store the pyoxigraph terms are read directly: building rdflib terms was most of the cost of
reading large results (loading 100k claims for the conflict rules; an actor's timeline on the actor page).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pyoxigraph as ox
from rdflib import Literal
from rdflib.term import Identifier

from kb import sparql
from kb.store import Binding, Store


def plain_rows(store: Store, name: str, **bindings: Binding) -> Iterator[dict[str, Any]]:
    """A named query's rows as plain Python values: IRIs and strings as ``str``, numbers as ``int``, booleans,
    dates; None where unbound.  On the embedded store the pyoxigraph terms are read directly (building
    rdflib terms was most of the cost of loading 100k claims); other stores go through rdflib."""
    if not store.capabilities.embedded:
        for rdf_row in sparql.run(store, name, **bindings):
            yield {k: _from_rdflib(v) for k, v in rdf_row.items()}
        return
    names, rows = store.select_terms(sparql.query_text(name, bindings), bindings)  # type: ignore[attr-defined]
    for terms in rows:
        yield {n: (None if t is None else plain_value(t)) for n, t in zip(names, terms, strict=True)}


_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = frozenset(_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                         "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                         "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte"))


class LangString(str):
    """A language-tagged string that still says its language (``label.language == "en"``)."""

    language: str | None = None


def _lang(value: str, language: str | None) -> LangString:
    out = LangString(value)
    out.language = language
    return out


def plain_value(term: Any) -> Any:
    """A pyoxigraph term as rdflib's ``toPython`` would give it, for the datatypes the rules read."""
    if not isinstance(term, ox.Literal):
        return term.value
    if term.language:
        return _lang(term.value, term.language)
    dt = term.datatype.value
    try:
        if dt in _INTEGERS:
            return int(term.value)
        if dt == _XSD + "boolean":
            return term.value in ("true", "1")
        if dt == _XSD + "date":
            return date.fromisoformat(term.value)
        if dt == _XSD + "decimal":
            return Decimal(term.value)
    except (ValueError, ArithmeticError):
        return term.value  # ill-typed: rdflib keeps the lexical form too
    return term.value


def _from_rdflib(term: Identifier | None) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal):
        if term.language:
            return _lang(str(term), term.language)
        value = term.toPython()
        return str(term) if isinstance(value, Literal) else value
    return str(term)


__all__ = ["LangString", "plain_rows"]
