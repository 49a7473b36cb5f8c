"""The SHACL gate: an article's graph enters the store only if it conforms.

Each article is validated on its own (with the actor gazetteer and the class hierarchy), which
costs milliseconds, rather than re-validating the whole store (minutes at scale; see
../shared/notes/stack-findings.md).  The report is kept as RDF (pySHACL's W3C results graph) and
as plain-words messages for people.

The gate is on the ingestion path, so its cost per article bounds the ingest rate: the pySHACL
speed-ups live apart in ``kb.pipeline.gate_speedups``.  Validation itself is pySHACL's, with the
same shapes, on every article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from pyshacl import Validator
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SH, SKOS
from rdflib.term import Node

from kb.pipeline.gate_compiled import Checker, compile_shapes, subject_index
from kb.pipeline.gate_speedups import IndexedGraph, PrecompiledValidator, compiled
from kb.resources import ontology_file

Triple = tuple[Node, Node, Node]


@dataclass
class Violation:
    focus: str
    path: str | None
    message: str
    value: str | None = None

    def __str__(self) -> str:
        where = f" ({self.path})" if self.path else ""
        return f"{self.focus}{where}: {self.message}"


@dataclass
class GateResult:
    """The verdict, the report and its results in plain words.  A conforming graph's report (pySHACL's empty
    one) is made only when asked for: callers keep reports of refused graphs only, and making one costs more
    than the compiled check that found the graph conforming."""

    conforms: bool
    given_report: Graph | None = field(default=None, repr=False)
    violations: list[Violation] = field(default_factory=list)

    @property
    def report(self) -> Graph:
        if self.given_report is None:
            self.given_report = conforming_report()
        return self.given_report

    @property
    def text(self) -> str:
        return "\n".join(str(v) for v in self.violations)


@cache
def shapes_graph() -> Graph:
    """Parsed straight into an index, in file order: pySHACL reads shapes in the order a default
    rdflib graph gives, and that order decides the order of results in a report."""
    return IndexedGraph().parse(ontology_file("shapes.ttl"), format="turtle")


@cache
def ontology_graph() -> Graph:
    return Graph().parse(ontology_file("kb.ttl"), format="turtle")


@cache
def class_hierarchy() -> Graph:
    """Only the ``rdfs:subClassOf`` axioms of the ontology: what ``sh:class`` needs, nothing more."""
    g = Graph()
    for triple in ontology_graph().triples((None, RDFS.subClassOf, None)):
        g.add(triple)
    return g


@cache
def _hierarchy_triples() -> tuple[Triple, ...]:
    return tuple(class_hierarchy())


def check(data: Graph, context: Graph | None = None) -> GateResult:
    """Validate ``data`` against the shapes, with the descriptions (type, labels) that ``context``
    (the gazetteer) gives of the actors ``data`` refers to; copying the whole gazetteer per article
    would cost more than the validation itself."""
    # ``triples()``, not the graph: ``list(graph)`` asks its length first, and an in-memory store counts by walking
    # every triple (a second pass over the article, 10% of the gate)
    triples: list[Triple] = list(data.triples((None, None, None)))
    objects = {o for _, _, o in triples if isinstance(o, URIRef)}
    triples += _hierarchy_triples()
    if context is not None:
        for node in objects:
            for pred in (RDF.type, SKOS.prefLabel):
                triples += [(node, pred, obj) for obj in context.objects(node, pred)]
    checker = compiled_checker()
    if checker is not None and checker.conforms(subject_index(triples)):
        return GateResult(conforms=True)
    # No prefixes: rdflib binds ~30 for every new graph that is queried, and only the shapes'
    # prefixes reach the report.
    combined = IndexedGraph(triples, prefixes=False)
    conforms, report, _ = PrecompiledValidator(combined, shapes_graph()).run()
    return GateResult(conforms=bool(conforms), given_report=report, violations=violations(report))


@cache
def compiled_checker() -> Checker | None:
    """The shapes as plain Python checks (``gate_compiled``); None when they use something it does not compile."""
    return compile_shapes(compiled(shapes_graph())[0])


def conforming_report() -> Graph:
    """pySHACL's report for a conforming graph, made by pySHACL's own code (a new graph each time: callers may
    add to it)."""
    return Validator.create_validation_report(compiled(shapes_graph())[0], True, [])[0]


def violations(report: Graph) -> list[Violation]:
    """The report's results as plain records, sorted for stable output."""
    out = []
    for result in report.subjects(SH.resultSeverity, None):
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        out.append(
            Violation(
                focus=str(report.value(result, SH.focusNode)),
                path=str(path) if path is not None else None,
                message=str(report.value(result, SH.resultMessage)),
                value=str(value) if value is not None else None,
            )
        )
    return sorted(out, key=lambda v: (v.focus, v.path or "", v.message))
