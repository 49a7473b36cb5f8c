"""The fast gate decides exactly as plain pySHACL does.

The gate compiles the shapes once, validates an index of the article's triples instead of an
rdflib default graph, and passes its own options to pySHACL's validator (see kb/pipeline/gate.py).  These
tests hold it to the straightforward way of validating: ``pyshacl.validate`` on an ordinary
rdflib graph, with the shapes freshly parsed, for well-formed articles and for every way
tests/test_shapes.py breaks one.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import product

import pytest
from pyshacl import validate
from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.namespace import SH, SKOS
from rdflib.paths import SequencePath
from rdflib.term import Node

from kb.actors import Gazetteer
from kb.pipeline import gate, gate_speedups
from kb.pipeline.article import Article
from kb.pipeline.record import Claim
from kb.pipeline.to_rdf import article_graph, claim_iri
from kb.resources import ontology_file
from tests.conftest import make_claim
from tests.test_shapes import CASES

GAZ = Gazetteer.load()
_BNODE_ID = re.compile(r"\b[nN][0-9a-f]{32}b\d+\b")


def _reference(data: Graph) -> tuple[bool, Graph]:
    """The gate's job done the plain way: an rdflib graph of the article, the class hierarchy and
    the gazetteer's description of the actors it names, validated by ``pyshacl.validate``."""
    combined = Graph()
    for triple in data:
        combined.add(triple)
    for triple in gate.class_hierarchy():
        combined.add(triple)
    for node in {o for o in data.objects() if isinstance(o, URIRef)}:
        for pred in (RDF.type, SKOS.prefLabel):
            for obj in GAZ.graph.objects(node, pred):
                combined.add((node, pred, obj))
    conforms, report, _ = validate(combined, shacl_graph=_shapes(), inference="none", advanced=True)
    return bool(conforms), report


@cache
def _shapes() -> Graph:
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


def _plain(violations: list[gate.Violation]) -> list[tuple[str, str, str, str]]:
    """Violations without blank node labels (a shape's blank node is named anew at each parse)."""
    return sorted((v.focus, _BNODE_ID.sub("_:b", v.path or ""), v.message, v.value or "") for v in violations)


def _assert_same(graph: Graph) -> bool:
    conforms, report = _reference(graph)
    result = gate.check(graph, context=GAZ.graph)
    assert result.conforms == conforms
    assert isomorphic(result.report, report)
    assert _plain(result.violations) == _plain(gate.violations(report))
    return conforms


def test_well_formed_articles_conform_as_with_plain_pyshacl(article: Article, claim: Claim) -> None:
    claims = [
        claim,
        make_claim(article, type="accusation", quantity_min=None, quantity_text=None, unit=None, via=[]),
        make_claim(article, speaker="Gen. Example Person", speaker_iri=None, via=["AFP", "Reuters"]),
    ]
    assert _assert_same(article_graph(article, claims, GAZ))
    assert _assert_same(Graph().parse(ontology_file("example.ttl")))


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_refusal_matches_plain_pyshacl(article: Article, claim: Claim, case: str) -> None:
    mutate, _ = CASES[case]
    graph = article_graph(article, [claim, make_claim(article, type="mobilization", quantity_min=None)], GAZ)
    mutate(graph, claim_iri(claim), article.iri)
    assert not _assert_same(graph)


def test_the_report_keeps_the_shapes_prefixes(article: Article, claim: Claim) -> None:
    graph = article_graph(article, [claim], GAZ)
    graph.remove((claim_iri(claim), URIRef("https://w3id.org/claimkb/ns#speaker"), None))
    _, report = _reference(graph)
    mine = gate.check(graph, context=GAZ.graph).report
    assert sorted(mine.namespaces()) == sorted(report.namespaces())
    assert _prefix_lines(mine) == _prefix_lines(report)


def _prefix_lines(report: Graph) -> list[str]:
    return sorted(line for line in report.serialize(format="turtle").splitlines() if line.startswith("@prefix"))


def _sample_triples(article: Article, claim: Claim) -> list[tuple[Node, Node, Node]]:
    """Shapes (blank nodes, RDF lists, literals) plus an article graph: every kind of term."""
    return list(Graph().parse(ontology_file("shapes.ttl"))) + list(article_graph(article, [claim], GAZ))


def test_the_index_answers_every_pattern_as_an_rdflib_graph_does(article: Article, claim: Claim) -> None:
    triples = _sample_triples(article, claim)
    plain, indexed = Graph(), gate_speedups.IndexedGraph(triples)
    for triple in triples:
        plain.add(triple)
    assert len(indexed) == len(plain) and set(indexed) == set(plain)
    terms: list[Node | None] = sorted({t for triple in triples for t in triple}, key=str)[::7]
    terms += [None, URIRef("urn:absent"), Literal(1), BNode()]
    predicates = [None, RDF.type, SH.path, SH.property, RDF.first, URIRef("urn:absent")]
    for s, p, o in product(terms, predicates, terms):
        found, expected = list(indexed.triples((s, p, o))), list(plain.triples((s, p, o)))
        if s is p is o is None:  # rdflib lists a whole graph from a set: no order to keep
            found, expected = sorted(found), sorted(expected)
        assert found == expected, (s, p, o)
    for s, p in product(terms, predicates):
        for unique in (False, True):
            found, expected = list(indexed.objects(s, p, unique)), list(plain.objects(s, p, unique))
            if s is p is None:
                found, expected = sorted(found), sorted(expected)
            assert found == expected, (s, p, unique)
    for s in terms:
        found, expected = list(indexed.predicate_objects(s)), list(plain.predicate_objects(s))
        if s is None:
            found, expected = sorted(found), sorted(expected)
        assert found == expected, s


def test_the_index_follows_paths_lists_and_choices(article: Article, claim: Claim) -> None:
    triples = _sample_triples(article, claim)
    plain, indexed = Graph(), gate_speedups.IndexedGraph(triples)
    for triple in triples:
        plain.add(triple)
    path = SequencePath(SH.property, SH.path)
    assert sorted(indexed.triples((None, path, None))) == sorted(plain.triples((None, path, None)))
    lists = list(plain.objects(None, SH["in"]))
    assert lists and all(list(Collection(indexed, x)) == list(Collection(plain, x)) for x in lists)
    choice = (None, RDF.type, [SH.NodeShape, SH.SPARQLConstraint])
    assert sorted(indexed.triples_choices(choice)) == sorted(plain.triples_choices(choice))
    with pytest.raises(TypeError):
        indexed.remove((None, None, None))


def test_the_parameter_list_answers_membership_as_a_list() -> None:
    fast = gate_speedups.SetList(ALL_CONSTRAINT_PARAMETERS)
    assert list(fast) == list(ALL_CONSTRAINT_PARAMETERS)
    for term in [*ALL_CONSTRAINT_PARAMETERS, SH.message, SH.path, URIRef(str(SH.minCount)), Literal("x")]:
        assert (term in fast) == (term in ALL_CONSTRAINT_PARAMETERS)


def test_advanced_mode_is_on_exactly_when_the_shapes_use_shacl_af() -> None:
    assert not gate_speedups.uses_shacl_af(Graph().parse(ontology_file("shapes.ttl")))
    rule = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:s> a sh:NodeShape ; sh:rule [ a sh:TripleRule ; sh:subject sh:this ] .""", format="turtle")
    assert gate_speedups.uses_shacl_af(rule)
