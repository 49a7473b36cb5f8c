"""Speed-ups of pySHACL for the gate, kept apart from it (as pySHACL keeps its own patches in ``pyshacl.monkey``).

The gate is on the ingestion path, so its cost per article bounds the ingest rate.  None of these changes
what is validated or how: the same shapes, pySHACL's own validator, the same report.  They change where
the time went (measured per article): rdflib's default store doing per-context bookkeeping on every add
and match, and SPARQL constraint texts parsed again for every focus node (``IndexedGraph``); 33 ``__eq__``
calls for every ``in`` of pySHACL's constraint-parameter list (``SetList``, installed by
``apply_patches``); the shapes compiled again for every article (``compiled``, ``PrecompiledValidator``).
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator, Sequence
from functools import cache, lru_cache
from typing import Any

import pyshacl.shape
from pyshacl import ShapesGraph, Validator
from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
from pyshacl.graph_abstraction import RdfLibDataGraph
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SH
from rdflib.paths import Path
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Node

Triple = tuple[Node, Node, Node]
_Index = dict[Node, dict[Node, dict[Node, None]]]

# As ``pyshacl.validate(inference="none", allow_warnings=False, inplace=True)``: no inference (the
# class hierarchy is passed as data) and no copy of the data graph (validation only reads it).
_OPTIONS = {"inference": "none", "allow_warnings": False, "inplace": True}
# SHACL-AF, which pySHACL evaluates only in "advanced" mode; that mode costs time on every article,
# so it is switched on only if the shapes use one of these (as predicate or as type).
_ADVANCED_TERMS = frozenset(URIRef(f"{SH}{name}") for name in (
    "rule", "expression", "target", "condition", "SPARQLRule", "TripleRule", "SPARQLFunction", "SPARQLTarget",
    "SPARQLTargetType", "JSRule", "JSFunction", "JSTarget", "JSTargetType",
))


class IndexedGraph(Graph):
    """A graph answering triple patterns from three plain dict indexes, built in one pass.

    pySHACL makes thousands of pattern lookups per article, on the data and on the shapes, and
    rdflib's default store does per-context bookkeeping on every add and every match: building the
    validation graph and matching patterns in it was a third of the gate's time.  These graphs
    hold one article's triples (or the shapes) for one purpose, so they need no contexts; the
    store rdflib gives every ``Graph`` stays empty and is only there because pySHACL asks for a
    context-aware one.  Triples can be added, not removed.

    It also parses each SPARQL text once: pySHACL passes a SHACL-SPARQL constraint's text to
    ``query`` for every focus node, and rdflib's parser costs ~50 ms a time (measured: 80% of an
    article's validation before).  ``$this`` arrives through ``initBindings``, so the text is the
    same for every claim and a parsed query can be reused.
    """

    def __init__(self, triples: Iterable[Triple] = (), *, prefixes: bool = True) -> None:
        super().__init__(bind_namespaces="rdflib" if prefixes else "none")
        self._spo: _Index = {}
        self._pos: _Index = {}
        self._osp: _Index = {}
        self._size = 0
        for triple in triples:
            self.add(triple)  # type: ignore[arg-type]

    def add(self, triple: Triple) -> IndexedGraph:  # type: ignore[override]
        s, p, o = triple
        by_p = self._spo.setdefault(s, {}).setdefault(p, {})
        if o not in by_p:
            by_p[o] = None
            self._pos.setdefault(p, {}).setdefault(o, {})[s] = None
            self._osp.setdefault(o, {}).setdefault(s, {})[p] = None
            self._size += 1
        return self

    def addN(self, quads: Iterable[Any]) -> IndexedGraph:  # type: ignore[override]
        for s, p, o, _ in quads:
            self.add((s, p, o))
        return self

    def remove(self, triple: Any) -> IndexedGraph:  # type: ignore[override]
        raise TypeError("an indexed validation graph is built once and never shrinks")

    def __len__(self) -> int:
        return self._size

    def triples(self, triple: Any) -> Iterator[Any]:  # type: ignore[override]
        """The triples matching ``(s, p, o)`` (``None`` is a wildcard; ``p`` may be a path)."""
        s, p, o = triple
        if isinstance(p, Path):
            return ((ps, p, po) for ps, po in p.eval(self, s, o))
        return iter(self._match(s, p, o))

    def _match(self, s: Node | None, p: Node | None, o: Node | None) -> Sequence[Triple]:
        """The matches, in the order rdflib's default store gives them (by subject, predicate, object)."""
        if s is not None:
            by_p = self._spo.get(s)
            if by_p is None:
                return ()
            if p is None:
                if o is None:
                    return [(s, q, x) for q, objs in by_p.items() for x in objs]
                return [(s, q, o) for q, objs in by_p.items() if o in objs]
            objs = by_p.get(p)
            if objs is None:
                return ()
            if o is None:
                return [(s, p, x) for x in objs]
            return ((s, p, o),) if o in objs else ()
        if p is not None:
            by_o = self._pos.get(p)
            if by_o is None:
                return ()
            if o is None:
                return [(x, p, y) for y, subjs in by_o.items() for x in subjs]
            return [(x, p, o) for x in by_o.get(o, ())]
        if o is not None:
            return [(x, q, o) for x, preds in self._osp.get(o, {}).items() for q in preds]
        return [(x, q, y) for x, by_p in self._spo.items() for q, objs in by_p.items() for y in objs]

    def objects(self, subject: Any = None, predicate: Any = None, unique: bool = False) -> Iterator[Any]:  # type: ignore[override]
        """Straight from the index for the lookup pySHACL makes most: one subject, one predicate."""
        if subject is None or type(predicate) is not URIRef or isinstance(subject, list):
            return super().objects(subject, predicate, unique)
        return iter(tuple(self._spo.get(subject, {}).get(predicate, ())))

    def predicate_objects(self, subject: Any = None, unique: bool = False) -> Iterator[Any]:  # type: ignore[override]
        if subject is None:
            return super().predicate_objects(subject, unique)
        return iter([(q, x) for q, objs in self._spo.get(subject, {}).items() for x in objs])

    def triples_choices(self, triple: Any, context: Any = None) -> Generator[Any, None, None]:
        """One position holds a list of choices (rdflib's own version would read the empty store)."""
        at = next(i for i, part in enumerate(triple) if isinstance(part, list))
        for choice in triple[at]:
            yield from self.triples(tuple(choice if i == at else part for i, part in enumerate(triple)))

    def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        if isinstance(query_object, str):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


@lru_cache(maxsize=64)
def _prepared(text: str) -> Query:
    return prepareQuery(text)


class SetList(list):  # type: ignore[type-arg]
    """pySHACL's list of constraint parameters, the same items in the same order, with ``in`` by hash.

    For every predicate of every shape it evaluates, pySHACL asks ``p in`` that 33-item list: each
    miss is 33 rdflib ``__eq__`` calls in Python, ~15k per article, 15-20% of validation (measured).
    pySHACL puts ``(ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP)`` in a module attribute on
    first use; putting the same pair there first, with this list, changes the cost of ``in`` and
    nothing else (rdflib terms hash as they compare).
    """

    def __init__(self, items: Iterable[Any]) -> None:
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item: object) -> bool:
        return item in self._members


def apply_patches() -> None:
    """Install ``SetList`` as pySHACL's constraint-parameter list (idempotent; the only module state changed)."""
    current = getattr(pyshacl.shape, "CONSTRAINT_PARAMS", None)
    if not (isinstance(current, tuple) and isinstance(current[0], SetList)):
        setattr(pyshacl.shape, "CONSTRAINT_PARAMS", (SetList(ALL_CONSTRAINT_PARAMETERS), CONSTRAINT_PARAMETERS_MAP))  # noqa: B010


@cache
def compiled(shapes: Graph) -> tuple[ShapesGraph, bool]:
    """pySHACL's shape objects for ``shapes``, harvested once (a new ``ShapesGraph`` per article re-reads every
    shape), and whether the shapes need SHACL-AF."""
    apply_patches()
    shapes_graph = ShapesGraph(shapes)
    _ = shapes_graph.shapes
    return shapes_graph, uses_shacl_af(shapes_graph.graph)


def uses_shacl_af(shapes: Graph) -> bool:
    """Whether ``shapes`` need pySHACL's advanced mode: without it SHACL-AF terms are ignored."""
    return any(p in _ADVANCED_TERMS or (p == RDF.type and o in _ADVANCED_TERMS) for _, p, o in shapes)


class IndexedDataGraph(RdfLibDataGraph):
    """pySHACL's dataset view of an ``IndexedGraph``, whose quads are read from the index.

    pySHACL names a blank node in a message (``Value _:b not in list``) by asking the dataset's ``quads`` for the
    graph holding it; rdflib's ``quads`` read the store, which an ``IndexedGraph`` leaves empty, so the gate
    failed with ``LookupError`` on such a graph where plain pySHACL writes its report (found by
    ``tests/test_gate_compiled.py``)."""

    def quads(self, quad: Any = None) -> Iterator[Any]:  # type: ignore[override]
        s, p, o = (quad or (None, None, None, None))[:3]
        for triple in self.impl.triples((s, p, o)):
            yield (*triple, self.impl)


class PrecompiledValidator(Validator):
    """pySHACL's validator run with shapes compiled once (``compiled``) instead of compiling its own."""

    def __init__(self, data: Graph, shapes: Graph) -> None:
        shapes_graph, advanced = compiled(shapes)
        options = {**_OPTIONS, "advanced": advanced}
        super().__init__(IndexedDataGraph.from_rdflib(data), shacl_graph=shapes_graph.graph, options=options)
        self.shacl_graph = shapes_graph
