"""Findings → the conflicts graph.  Node IRIs are hashes of the kind and the claims involved, so a
refresh over the same articles writes the same nodes (links stay valid) and never duplicates one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV, SDO

from kb.conflicts.clusters import Aggregate, Corroboration, Series
from kb.conflicts.model import ClaimFacts, Detected
from kb.conflicts.vocabulary import CKC, KIND_CLASS
from kb.vocab import CKB, DATA


def finding_key(kind: str, claims: Iterable[str], extra: str = "") -> str:
    """Stable id: the kind plus the sorted claim IRIs (plus a measure, for aggregates)."""
    basis = "|".join([kind, extra, *sorted(set(claims))])
    return hashlib.sha256(basis.encode()).hexdigest()[:16]


def _node(g: Graph, path: str, key: str, classes: Iterable[URIRef], explanation: str) -> URIRef:
    node = DATA[f"{path}/{key}"]
    for cls in classes:
        g.add((node, RDF.type, cls))
    g.add((node, CKB.key, Literal(key)))
    g.add((node, CKC.explanation, Literal(explanation, lang="en")))
    return node


def _members(g: Graph, node: URIRef, claims: Iterable[ClaimFacts]) -> None:
    for c in claims:
        g.add((node, CKC.member, URIRef(c.iri)))


def add_conflict(g: Graph, d: Detected) -> URIRef:
    key = finding_key(d.kind, (c.iri for c in d.claims))
    node = _node(g, "conflict", key, (CKC.Conflict, KIND_CLASS[d.kind]), d.explanation)
    _members(g, node, d.claims)
    for actor in sorted(d.actors):
        g.add((node, CKC.involves, URIRef(actor)))
    return node


def add_corroboration(g: Graph, c: Corroboration) -> URIRef:
    claims = c.proposition.claims
    key = finding_key("corroboration", (x.iri for x in claims))
    node = _node(g, "corroboration", key, (CKC.Corroboration,), c.explanation)
    _members(g, node, claims)
    sources = c.proposition.sources
    g.add((node, CKC.independentSources, Literal(len(sources), datatype=XSD.integer)))
    for s in sorted(sources):
        g.add((node, CKC.source, URIRef(s)))
    first = c.proposition.first
    for actor in sorted({first.speaker_root, *first.parties}):
        g.add((node, CKC.involves, URIRef(actor)))
    return node


def _category(value: str) -> URIRef | Literal:
    return URIRef(value) if value.startswith(("http://", "https://")) else Literal(value)


def add_series(g: Graph, s: Series) -> URIRef:
    claims = [c for step in s.steps for c in step.claims]
    key = finding_key("series", (c.iri for c in claims))
    node = _node(g, "series", key, (CKC.Series,), s.explanation)
    _members(g, node, claims)
    g.add((node, PROV.wasAttributedTo, URIRef(s.speaker)))
    g.add((node, CKC.involves, URIRef(s.speaker)))
    for party in sorted(s.parties):
        g.add((node, CKC.party, URIRef(party)))
        g.add((node, CKC.involves, URIRef(party)))
    g.add((node, CKC.category, _category(s.category)))
    for position, step in enumerate(s.steps, start=1):
        step_node = URIRef(f"{node}#step{position}")
        g.add((node, CKC.step, step_node))
        g.add((step_node, RDF.type, CKC.SeriesStep))
        g.add((step_node, CKB.position, Literal(position, datatype=XSD.integer)))
        if step.date:
            g.add((step_node, CKB.date, Literal(step.date.isoformat(), datatype=XSD.date)))
        _members(g, step_node, step.claims)
    return node


def add_aggregate(g: Graph, a: Aggregate) -> URIRef:
    """The aggregate and one estimate node per value, each derived from the claims that give it."""
    measure = "|".join([a.category, *sorted(a.parties)])
    key = finding_key("aggregate", (), measure)
    node = _node(g, "aggregate", key, (CKC.Aggregate,), a.explanation)
    g.add((node, CKC.category, _category(a.category)))
    for party in sorted(a.parties):
        g.add((node, CKC.party, URIRef(party)))
        g.add((node, CKC.involves, URIRef(party)))
    for name, (value, claims) in a.estimates.items():
        est = URIRef(f"{node}#{name}")
        g.add((node, getattr(CKC, name), est))  # closed namespace: a wrong name fails
        g.add((est, RDF.type, CKC.Estimate))
        g.add((est, SDO.value, _number(value)))
        for c in claims:
            g.add((est, PROV.wasDerivedFrom, URIRef(c.iri)))
        _members(g, node, claims)
    return node


def _number(value: float) -> Literal:
    """Whole numbers as xsd:integer (as the claims give them); a median of two may be a half."""
    if value.is_integer():
        return Literal(int(value), datatype=XSD.integer)
    return Literal(str(value), datatype=XSD.decimal)
