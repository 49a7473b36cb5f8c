"""The gate's shapes compiled to plain Python checks: pySHACL's verdict on a conforming article, without its cost.

Why: on real articles (7.6 claims, several kilobytes each) pySHACL took ~10 ms an article even with the speed-ups
of ``gate_speedups``, the ingest rate's largest part: it builds its constraint objects again for every value node
of every claim, and evaluates ``ckbsh:QuoteMatchesText`` through rdflib's SPARQL engine.  Nearly every article
conforms, and for a conforming graph pySHACL's report is the empty one.

How it stays the same gate: ``Checker.conforms`` answers True only when every constraint of every shape holds,
each check written to pass only where pySHACL's own constraint component passes (and stricter where in doubt: a
literal comparison outside numbers and dates, an unusual datatype, fails here).  Whatever does not pass here goes
to pySHACL, which decides and writes the report; so a mistake here can only cost time, unless a check passed
something pySHACL refuses, which ``tests/test_gate_compiled.py`` looks for on mutated articles.  Shapes are read
through pySHACL's own ``ShapesGraph``; a shape using anything not compiled here (another constraint, path or target
kind, custom components, SHACL-AF, recursion, a SPARQL constraint not in ``_NATIVE``) makes ``compile_shapes``
return None, and then pySHACL validates every article, as before.  This module walks the shapes (targets, paths,
nesting); the check of each constraint component, where pySHACL's semantics are matched, is ``gate_constraints``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import Any

from pyshacl import ShapesGraph
from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS
from rdflib import RDF, RDFS, BNode, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from kb.pipeline.gate_constraints import (
    BUILDERS,
    Check,
    Index,
    ShapeCheck,
    Unsupported,
    count,
    objects,
    qualified,
)
from kb.pipeline.gate_quote import QUOTE_MATCHES_TEXT, quote_matches_text

_NOTHING: dict[Node, Any] = {}
_NATIVE: dict[str, Callable[[Index, Node], bool]] = {QUOTE_MATCHES_TEXT: quote_matches_text}
"""SHACL-SPARQL constraints by their exact ``sh:select`` text, each with a Python equivalent of the query."""
_TYPE, _SUBCLASS = RDF.type, RDFS.subClassOf  # namespace lookups cost
_QUALIFIED = (SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint)
_UNSUPPORTED_TARGETS = (SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)


@dataclass(frozen=True)
class Checker:
    """The compiled shapes: for each target class, the check of its shape."""

    targets: tuple[tuple[URIRef, ShapeCheck], ...]

    def conforms(self, spo: Index) -> bool:
        """Whether every focus node of the graph indexed by ``subject_index`` certainly conforms (False: ask
        pySHACL)."""
        typed: dict[Node, list[Node]] = {}
        subclasses: dict[Node, list[Node]] = {}
        for s, by_p in spo.items():
            for kind in by_p.get(_TYPE, _NOTHING):
                typed.setdefault(kind, []).append(s)
            for up in by_p.get(_SUBCLASS, _NOTHING):
                subclasses.setdefault(up, []).append(s)
        for cls, check in self.targets:
            for focus in instances(typed, subclasses, cls):
                if not check(spo, focus):
                    return False
        return True


def subject_index(triples: Iterable[tuple[Node, Node, Node]]) -> Index:
    """Subject -> predicate -> objects: all the compiled checks read (the index of ``IndexedGraph``, alone)."""
    spo: Index = {}
    for s, p, o in triples:
        spo.setdefault(s, {}).setdefault(p, {})[o] = None
    return spo


def compile_shapes(shapes: ShapesGraph) -> Checker | None:
    """The checker of ``shapes`` (harvested by pySHACL), or None when they use anything not compiled here."""
    try:
        return _Compiler(shapes).checker()
    except Unsupported:
        return None


def instances(typed: dict[Node, list[Node]], subclasses: dict[Node, list[Node]], cls: Node) -> set[Node]:
    """The SHACL instances of ``cls``, as pySHACL finds focus nodes: typed with it or with a subclass
    (``rdfs:subClassOf*`` in the data graph)."""
    classes, todo = {cls}, [cls]
    while todo:
        todo = [s for o in todo for s in subclasses.get(o, ()) if s not in classes]
        classes.update(todo)
    return {s for c in classes for s in typed.get(c, ())}


class _Compiler:
    def __init__(self, shapes: ShapesGraph) -> None:
        self.sg = shapes
        self.graph = shapes.graph
        self.done: dict[Node, ShapeCheck] = {}
        self.busy: set[Node] = set()

    def checker(self) -> Checker:
        if self.sg.custom_constraints:
            raise Unsupported("custom constraint components")
        targets = []
        for shape in self.sg.shapes:
            if any(self.one(shape.node, p) is not None for p in _UNSUPPORTED_TARGETS) or shape.implicit_class_targets():
                raise Unsupported(f"a target other than sh:targetClass on {shape.node}")
            targets += [(cls, self.shape(shape.node)) for cls in shape.target_classes()]
        return Checker(tuple(targets))

    def one(self, node: Node, p: URIRef) -> Node | None:
        found = list(self.graph.objects(node, p))
        if len(found) > 1:
            raise Unsupported(f"more than one {p} on {node}")
        return found[0] if found else None

    def shape(self, node: Node) -> ShapeCheck:
        """The check of one shape, compiled once (a shape met again is the same check)."""
        if node in self.done:
            return self.done[node]
        if node in self.busy:
            raise Unsupported(f"recursive shape {node}")
        self.busy.add(node)
        shape = self.sg.lookup_shape_from_node(node)
        if shape is None:
            raise Unsupported(f"no shape {node}")
        path = self.path(shape.path()) if shape.is_property_shape else None
        checks, on_none = ([], []) if shape.deactivated else self.constraints(node, property_shape=path is not None)
        self.busy.discard(node)
        self.done[node] = check = _shape_check(path, checks, on_none)
        return check

    def path(self, path: Node | None) -> Callable[[Index, Node], Collection[Node]]:
        """A predicate, or a sequence of predicates (an RDF list): the only paths compiled."""
        if isinstance(path, URIRef):
            return lambda spo, focus: objects(spo, focus, path)
        steps = list(self.graph.items(path)) if isinstance(path, BNode) else []
        if len(steps) < 2 or not all(isinstance(step, URIRef) for step in steps) or \
                set(self.graph.predicates(path)) - {RDF.first, RDF.rest}:
            raise Unsupported(f"path {path}")

        def follow(spo: Index, focus: Node) -> Collection[Node]:
            current: Iterable[Node] = (focus,)
            for step in steps:
                current = {o for node in current for o in objects(spo, node, step)}
            return current  # type: ignore[return-value]
        return follow

    def constraints(self, node: Node, *, property_shape: bool) -> tuple[list[Check], list[Check]]:
        """The shape's checks, and those of them that can fail on a focus node without value nodes."""
        params = {p for p in self.graph.predicates(node) if p in ALL_CONSTRAINT_PARAMETERS}
        checks: list[Check] = []
        on_none: list[Check] = []
        if params & set(_QUALIFIED):
            on_none += self.qualified(node)
            params -= set(_QUALIFIED)
        for p in sorted(params, key=str):
            values = list(self.graph.objects(node, p))
            if p == SH.sparql:
                if property_shape:
                    raise Unsupported("sh:sparql on a property shape")
                on_none += [self.sparql(c) for c in values]
            else:
                built = [BUILDERS[p](self, v) if p in BUILDERS else _unsupported(p) for v in values]
                (on_none if p == SH.minCount else checks).extend(built)
        return on_none + checks, on_none

    def qualified(self, node: Node) -> list[Check]:
        low, high = self.one(node, SH.qualifiedMinCount), self.one(node, SH.qualifiedMaxCount)
        if self.one(node, SH.qualifiedValueShapesDisjoint) not in (None, Literal(False)):
            raise Unsupported("sh:qualifiedValueShapesDisjoint")
        if low is None and high is None:
            raise Unsupported("a qualified shape without counts")
        least, most = count(low) if low is not None else 0, count(high) if high is not None else None
        return [qualified(self.shape(q), least, most) for q in self.graph.objects(node, SH.qualifiedValueShape)]

    def sparql(self, constraint: Node) -> Check:
        select = self.one(constraint, SH.select)
        native = _NATIVE.get(str(select)) if select is not None else None
        if native is None or self.one(constraint, SH.deactivated) is not None or self.one(constraint, SH.ask):
            raise Unsupported(f"SPARQL constraint {constraint} has no native equivalent")
        return lambda spo, focus, values: native(spo, focus)


def _shape_check(path: Callable[[Index, Node], Collection[Node]] | None, checks: list[Check],
                 on_none: list[Check]) -> ShapeCheck:
    """A node shape checks its focus node; a property shape the focus node's values, and when there are none
    only what can fail without them (``sh:minCount``, qualified counts): the other constraints hold for every
    value, so for none.  (Most of a claim's 19 property shapes have no value: an optional field left out.)"""
    if path is None:
        def node_check(spo: Index, focus: Node) -> bool:
            values = (focus,)
            return all(c(spo, focus, values) for c in checks)
        return node_check

    def property_check(spo: Index, focus: Node) -> bool:
        values = path(spo, focus)
        return all(c(spo, focus, values) for c in (checks if values else on_none))
    return property_check


def _unsupported(p: Node) -> Check:
    raise Unsupported(f"constraint {p}")
