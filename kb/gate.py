"""The SHACL gate: an article's graph enters the store only if it conforms.

Each article is validated on its own (with the actor gazetteer and the class hierarchy), which
costs milliseconds, rather than re-validating the whole store (minutes at scale; see
../shared/notes/stack-findings.md).  The report is kept as RDF (pySHACL's W3C results graph) and
as plain-words messages for people.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from pyshacl import validate
from rdflib import Graph
from rdflib.namespace import SH

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


@cache
def shapes_graph() -> Graph:
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


@cache
def ontology_graph() -> Graph:
    return Graph().parse(ontology_file("kb.ttl"), format="turtle")


def check(data: Graph, context: Graph | None = None) -> GateResult:
    """Validate ``data`` (plus ``context``: actor descriptions it refers to) against the shapes."""
    combined = Graph()
    for part in (data, ontology_graph(), context):
        if part is not None:
            for triple in part:
                combined.add(triple)
    conforms, report, _ = validate(
        combined, shacl_graph=shapes_graph(), inference="none", advanced=True, allow_warnings=False
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
