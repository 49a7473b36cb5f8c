"""SHACL constraint components as Python checks, for the compiled gate (``kb.pipeline.gate_compiled``).

Why apart: each check here must pass only where pySHACL's own constraint component passes (stricter where in
doubt), so each is read against pySHACL's semantics (``sh:class`` through ``rdfs:subClassOf*``, ``sh:datatype``
with the Python value's type exact, comparisons only between numbers or between dates), one component at a time;
the compiler beside it only walks the shapes, their targets and paths, and never decides a value.  A component
or parameter not written here raises ``Unsupported``, and the gate falls back to pySHACL.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Protocol

from pyshacl.constraints.core.string_based_constraints import StringBasedConstraintBase
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

Index = dict[Node, dict[Node, dict[Node, None]]]
ShapeCheck = Callable[[Index, Node], bool]
Check = Callable[[Index, Node, Collection[Node]], bool]
"""(the graph's subject index, the focus node, its value nodes) -> every value certainly passes."""

_NOTHING: dict[Node, Any] = {}
_TYPE, _SUBCLASS, _STRING, _DATE = RDF.type, RDFS.subClassOf, XSD.string, XSD.date  # namespace lookups cost
_PY_TYPE = {XSD.string: str, XSD.integer: int, XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date,
            XSD.dateTime: datetime}
_NUMBER = (int, Decimal, float)
_NODE_KINDS = {
    SH.IRI: (URIRef,), SH.Literal: (Literal,), SH.BlankNode: (BNode,), SH.BlankNodeOrIRI: (BNode, URIRef),
    SH.BlankNodeOrLiteral: (BNode, Literal), SH.IRIOrLiteral: (URIRef, Literal),
}


class Unsupported(Exception):
    """The shapes use something the compiled gate does not compile."""


class Shapes(Protocol):
    """What a constraint's builder reads of the compiler: the shapes graph, and the check of another shape."""

    graph: Graph

    def shape(self, node: Node) -> ShapeCheck: ...


def objects(spo: Index, s: Node, p: Node) -> Collection[Node]:
    return spo.get(s, _NOTHING).get(p, _NOTHING).keys()


def _is_instance(spo: Index, node: Node, cls: Node) -> bool:
    """pySHACL's ``sh:class`` test: a type of ``node`` is ``cls`` or has it among its superclasses."""
    if isinstance(node, Literal):
        return False
    for kind in objects(spo, node, _TYPE):
        seen, todo = {kind}, [kind]
        while todo:
            current = todo.pop()
            if current == cls:
                return True
            for up in objects(spo, current, _SUBCLASS):
                if up not in seen:
                    seen.add(up)
                    todo.append(up)
    return False


def _well_typed(v: Node, datatype: URIRef) -> bool:
    """pySHACL's ``sh:datatype`` test for the datatypes of ``_PY_TYPE``, the Python value's type exact."""
    if type(v) is not Literal or v.language is not None or v.ill_typed:
        return False
    if v.datatype != datatype and not (datatype == _STRING and v.datatype is None):
        return False
    return type(v.value) is _PY_TYPE[datatype]


def _comparable(v: Node) -> Any:
    """The value of a literal that compares plainly (a number, or an xsd:date), else None."""
    if type(v) is not Literal or v.language is not None or v.ill_typed:
        return None
    value = v.value
    if type(value) in _NUMBER or (type(value) is date and v.datatype == _DATE):
        return value
    return None


def _ordered(a: Node, b: Node, strict: bool) -> bool:
    """``a < b`` (or ``<=``) for two numbers or two dates; False for anything else (pySHACL decides those)."""
    x, y = _comparable(a), _comparable(b)
    if x is None or y is None or (type(x) is date) != (type(y) is date):
        return False
    return bool(x < y) if strict else bool(x <= y)


def count(v: Node) -> int:
    """A count parameter (``sh:minCount``, ``sh:qualifiedMaxCount``...): a non-negative integer, else Unsupported."""
    if not (isinstance(v, Literal) and type(v.value) is int and v.value >= 0):
        raise Unsupported(f"count {v!r}")
    return v.value


def qualified(shape: ShapeCheck, least: int, most: int | None) -> Check:
    """A qualified value shape: between ``least`` and ``most`` of the values pass ``shape``."""
    def check(spo: Index, focus: Node, values: Collection[Node]) -> bool:
        passing = sum(1 for v in values if shape(spo, v))
        return passing >= least and (most is None or passing <= most)
    return check


def _class(c: Shapes, cls: Node) -> Check:
    return lambda spo, focus, values: all(_is_instance(spo, v, cls) for v in values)


def _datatype(c: Shapes, datatype: Node) -> Check:
    if datatype not in _PY_TYPE:
        raise Unsupported(f"datatype {datatype}")
    return lambda spo, focus, values: all(_well_typed(v, datatype) for v in values)  # type: ignore[arg-type]


def _node_kind(c: Shapes, kind: Node) -> Check:
    allowed = _NODE_KINDS.get(kind)  # type: ignore[call-overload]
    if allowed is None:
        raise Unsupported(f"node kind {kind}")
    return lambda spo, focus, values: all(isinstance(v, allowed) for v in values)


def _min_count(c: Shapes, n: Node) -> Check:
    least = count(n)
    return lambda spo, focus, values: len(values) >= least


def _max_count(c: Shapes, n: Node) -> Check:
    most = count(n)
    return lambda spo, focus, values: len(values) <= most


def _min_length(c: Shapes, n: Node) -> Check:
    least = count(n)
    text = StringBasedConstraintBase.value_node_to_string  # pySHACL's own reading of a node as text
    return lambda spo, focus, values: all(
        least == 0 or (not isinstance(v, BNode) and len(text(v)) >= least) for v in values)


def _bound(c: Shapes, limit: Node, *, below: bool) -> Check:
    if _comparable(limit) is None:
        raise Unsupported(f"bound {limit!r}")
    if below:
        return lambda spo, focus, values: all(_ordered(v, limit, strict=False) for v in values)
    return lambda spo, focus, values: all(_ordered(limit, v, strict=False) for v in values)


def _pair(c: Shapes, other: Node, *, strict: bool) -> Check:
    if not isinstance(other, URIRef):
        raise Unsupported(f"property pair {other}")
    return lambda spo, focus, values: all(
        _ordered(v, o, strict) for v in values for o in objects(spo, focus, other))


def _in(c: Shapes, members: Node) -> Check:
    allowed = frozenset(c.graph.items(members))
    return lambda spo, focus, values: all(v in allowed for v in values)


def _node(c: Shapes, shape: Node) -> Check:
    check = c.shape(shape)

    def each(spo: Index, focus: Node, values: Collection[Node]) -> bool:
        return all(check(spo, v) for v in values)
    return each


BUILDERS: dict[Node, Callable[[Shapes, Node], Check]] = {
    SH["class"]: _class, SH.datatype: _datatype, SH.nodeKind: _node_kind, SH.minCount: _min_count,
    SH.maxCount: _max_count, SH.minLength: _min_length, SH["in"]: _in, SH.node: _node, SH.property: _node,
    SH.minInclusive: lambda c, v: _bound(c, v, below=False), SH.maxInclusive: lambda c, v: _bound(c, v, below=True),
    SH.lessThan: lambda c, v: _pair(c, v, strict=True), SH.lessThanOrEquals: lambda c, v: _pair(c, v, strict=False),
}
