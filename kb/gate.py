"""The SHACL gate: an article's graph enters the store only if it conforms.

Each article is validated on its own (with the actor gazetteer and the class hierarchy), which
costs milliseconds, rather than re-validating the whole store (minutes at scale; see
../shared/notes/stack-findings.md).  The report is kept as RDF (pySHACL's W3C results graph) and
as plain-words messages for people.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from pyshacl import validate
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SH, SKOS
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from kb.resources import ontology_file


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
    conforms: bool
    report: Graph
    violations: list[Violation] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(str(v) for v in self.violations)


class _PreparedQueryGraph(Graph):
    """A graph that parses each SPARQL text once.

    pySHACL evaluates a SHACL-SPARQL constraint by passing its text to ``Graph.query`` for every
    focus node, and rdflib's parser costs ~50 ms a time: measured, that was 80% of an article's
    validation.  ``$this`` arrives through ``initBindings``, so the text is the same for every
    claim and a parsed query can be reused.
    """

    def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        if isinstance(query_object, str):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


@lru_cache(maxsize=64)
def _prepared(text: str) -> Query:
    return prepareQuery(text)


@cache
def shapes_graph() -> Graph:
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


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


def check(data: Graph, context: Graph | None = None) -> GateResult:
    """Validate ``data`` against the shapes, with the descriptions (type, labels) that ``context``
    (the gazetteer) gives of the actors ``data`` refers to; copying the whole gazetteer per article
    would cost more than the validation itself."""
    combined = _PreparedQueryGraph()
    for part in (data, class_hierarchy()):
        for triple in part:
            combined.add(triple)
    if context is not None:
        for node in {o for o in data.objects() if isinstance(o, URIRef)}:
            for pred in (RDF.type, SKOS.prefLabel):
                for obj in context.objects(node, pred):
                    combined.add((node, pred, obj))
    conforms, report, _ = validate(
        combined, shacl_graph=shapes_graph(), inference="none", advanced=True, allow_warnings=False, inplace=True
    )
    return GateResult(conforms=bool(conforms), report=report, violations=violations(report))


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
