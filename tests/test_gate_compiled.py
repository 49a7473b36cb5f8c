"""The compiled gate (kb/pipeline/gate_compiled.py) never lets through what plain pySHACL refuses.

The gate answers from compiled Python checks when they find a graph conforming, and asks pySHACL otherwise.
So the property that matters is one-sided: whenever the compiled checks say "conforms", ``pyshacl.validate``
on an ordinary rdflib graph says so too; and the gate's whole answer (verdict, W3C report, plain-words
violations) is plain pySHACL's.  Hypothesis mutates well-formed article and review graphs (drops triples, swaps
objects for terms of every kind: ill-typed, wrongly typed, language-tagged, out of range, blank) to look for a
graph where they differ.  Sentences here are our own.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyshacl import ShapesGraph
from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, SDO, SH, SKOS
from rdflib.term import Node

from kb.actors import Gazetteer
from kb.pipeline import gate, gate_compiled, gate_quote
from kb.pipeline.article import Article
from kb.pipeline.to_rdf import article_graph
from kb.resources import ontology_file
from kb.review.graph import review_graph
from kb.review.model import Review
from kb.vocab import CKB
from tests.conftest import make_claim
from tests.test_gate_speed_equivalence import _plain, _reference

GAZ = Gazetteer.load()
TEXT = ("Officials in the northern province said on Tuesday that 41 fighters had been killed in two days.\n"
        "A spokesman for the army denied the figure and said the town remained calm.\n")
ARTICLE = Article(text=TEXT, name="compiled-gate", published="2021-03-02", outlet="Kompas", lang="en",
                  url="https://example.org/news/compiled-gate")
ACTOR = URIRef("https://w3id.org/claimkb/id/actor/armenia-government")
TERMS: list[Node] = [
    Literal(""), Literal("some words"), Literal("some words", lang="en"), Literal("7"),
    Literal("7", datatype=XSD.string), Literal(7, datatype=XSD.integer), Literal(-1, datatype=XSD.integer),
    Literal(0, datatype=XSD.integer), Literal(10_000, datatype=XSD.integer), Literal("x", datatype=XSD.integer),
    Literal(3, datatype=XSD.int), Literal(Decimal("0.5"), datatype=XSD.decimal),
    Literal(Decimal("1.5"), datatype=XSD.decimal), Literal(0.5, datatype=XSD.double), Literal(float("nan")),
    Literal(True), Literal("maybe", datatype=XSD.boolean), Literal("2021-03-01", datatype=XSD.date),
    Literal("2021-03-09", datatype=XSD.date), Literal("2021-13-40", datatype=XSD.date),
    Literal("2021-03-01T10:00:00", datatype=XSD.dateTime), Literal("2021-03-01"), Literal("cumulative"),
    Literal("period", lang="en"), ACTOR, URIRef("https://w3id.org/claimkb/id/actor/nobody"), CKB.Asserted,
    CKB.Claim, CKB.CasualtyClaim, CKB.AccusationClaim, CKB.Relay, SDO.NewsArticle, SDO.QuantitativeValue,
    PROV.Person, CKB.Accepted, ARTICLE.iri, BNode("b1"),
]
PREDICATES = sorted({p for p in Graph().parse(ontology_file("shapes.ttl")).objects(None, SH.path)
                     if isinstance(p, URIRef)} | {RDF.type})


def _review() -> Graph:
    claim = make_claim(ARTICLE, quote=TEXT[:97], start=0, end=97)
    after = make_claim(ARTICLE, quote=TEXT[:97], start=0, end=97, quantity_min=42)
    review = Review(iri="https://w3id.org/claimkb/id/review/r1", claim="https://w3id.org/claimkb/id/claim/c1",
                    article=ARTICLE.key, status="corrected", reviewer="A. Reviewer",
                    at=datetime(2021, 3, 3, 9, 0, tzinfo=UTC), after=after, before=claim, reason="typo")
    return review_graph(review)


@cache
def _well_formed() -> tuple[tuple[Node, Node, Node], ...]:
    claims = [
        make_claim(ARTICLE, quote=TEXT[:97], start=0, end=97, subject="Armenia"),
        make_claim(ARTICLE, type="accusation", quote=TEXT[98:-1], start=98, end=len(TEXT) - 1, quantity_min=None,
                   quantity_text=None, unit=None, via=[], factuality="denied", speaker="A Made Up Spokesman",
                   speaker_iri=None),
        make_claim(ARTICLE, type="mobilization", quote=TEXT[:97], start=0, end=97, quantity_min=None,
                   via=["AFP", "Reuters"]),
    ]
    graph = article_graph(ARTICLE, claims, GAZ)
    assert (ARTICLE.iri, CKB.text, Literal(TEXT)) in graph
    return tuple(sorted(graph)) + tuple(sorted(_review()))


def _compiled_says(graph: Graph) -> bool:
    """The compiled checks on the graph the gate builds (article, class hierarchy, the actors' descriptions)."""
    checker = gate.compiled_checker()
    assert checker is not None
    combined = list(graph) + list(gate.class_hierarchy())
    for node in {o for o in graph.objects() if isinstance(o, URIRef)}:
        for pred in (RDF.type, SKOS.prefLabel):
            combined += [(node, pred, obj) for obj in GAZ.graph.objects(node, pred)]
    return checker.conforms(gate_compiled.subject_index(combined))


def test_the_gate_shapes_compile_and_well_formed_graphs_take_the_fast_path() -> None:
    """If an edit of shapes.ttl stops them compiling, the gate silently falls back to pySHACL: say so here."""
    assert gate.compiled_checker() is not None
    graph = Graph()
    for triple in _well_formed():
        graph.add(triple)
    assert _compiled_says(graph)
    conforms, report = _reference(graph)
    assert conforms
    result = gate.check(graph, context=GAZ.graph)
    assert result.conforms and isomorphic(result.report, report) and not result.violations


Mutation = tuple[str, int, int]


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["drop", "swap", "add"]), st.integers(0, 10_000), st.integers(0, 10_000)),
                min_size=1, max_size=3))
def test_compiled_checks_never_pass_what_pyshacl_refuses(mutations: list[Mutation]) -> None:
    graph = Graph()
    triples = list(_well_formed())
    for triple in triples:
        graph.add(triple)
    subjects = sorted({s for s, _, _ in triples}, key=str)
    for kind, i, j in mutations:
        s, p, o = triples[i % len(triples)]
        if kind == "drop":
            graph.remove((s, p, o))
        elif kind == "swap":
            graph.remove((s, p, o))
            graph.add((s, p, TERMS[j % len(TERMS)]))
        else:
            graph.add((subjects[i % len(subjects)], PREDICATES[j % len(PREDICATES)], TERMS[(i + j) % len(TERMS)]))
    try:
        conforms, report = _reference(graph)
    except Exception as exc:  # pySHACL itself fails on some graphs (a date compared with a time...)
        assert not _compiled_says(graph)  # so the gate asks pySHACL, and fails the same way
        with pytest.raises(type(exc)):
            gate.check(graph, context=GAZ.graph)
        return
    if _compiled_says(graph):
        assert conforms, report.serialize(format="turtle")
    result = gate.check(graph, context=GAZ.graph)
    assert result.conforms == conforms
    assert isomorphic(result.report, report)
    assert _plain(result.violations) == _plain(gate.violations(report))


def _quote_graph(text: Node, start: Node, end: Node, quote: Node) -> Graph:
    g = Graph()
    claim, article = URIRef("urn:claim"), URIRef("urn:article")
    for p, o in ((CKB.quote, quote), (CKB.start, start), (CKB.end, end), (CKB.article, article)):
        g.add((claim, p, o))
    g.add((article, CKB.text, text))
    return g


OFFSETS = st.one_of(st.integers(-2, 12).map(lambda n: Literal(n, datatype=XSD.integer)),
                    st.sampled_from([Literal("3"), Literal(2, datatype=XSD.int), Literal(Decimal("2.0")),
                                     Literal("y", datatype=XSD.integer)]))


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.text("ab \u00e9\U0001f600", max_size=8), OFFSETS, OFFSETS, st.text("ab \u00e9\U0001f600", max_size=4),
       st.sampled_from(["plain", "lang", "string", "iri"]))
def test_the_quote_check_passes_only_where_the_sparql_query_finds_nothing(
        text: str, start: Node, end: Node, quote: str, form: str) -> None:
    quoted: Node = {"plain": Literal(quote), "lang": Literal(quote, lang="id"),
                    "string": Literal(quote, datatype=XSD.string), "iri": URIRef("urn:quote")}[form]
    graph = _quote_graph(Literal(text), start, end, quoted)
    query = gate_quote.QUOTE_MATCHES_TEXT.replace("$this", "?this")
    native = gate_quote.quote_matches_text(gate_compiled.subject_index(graph), URIRef("urn:claim"))
    try:
        found = bool(list(graph.query(query, initNs={"ckb": CKB}, initBindings={"this": URIRef("urn:claim")})))
    except Exception:  # rdflib fails on some ill-typed offsets: pySHACL would too, so it must be asked
        assert not native
        return
    if native:
        assert not found
    plainly_typed = all(type(x.value) is int and x.datatype == XSD.integer for x in (start, end))  # type: ignore[union-attr]
    if plainly_typed and form != "iri":
        assert native == (not found)


def test_the_quote_query_is_the_one_in_the_shapes() -> None:
    shapes = Graph().parse(ontology_file("shapes.ttl"))
    assert [str(s) for s in shapes.objects(None, SH.select)] == [gate_quote.QUOTE_MATCHES_TEXT]


SHAPES_HEAD = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <urn:ex#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


@pytest.mark.parametrize("shape", [
    "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:pattern \"^a\" ] .",
    "ex:S a sh:NodeShape ; sh:targetNode ex:n ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .",
    "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 ] .",
    "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:node ex:S .",
    "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:sparql [ sh:select \"SELECT $this WHERE { }\" ] .",
    "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:datatype xsd:gYear ] .",
])
def test_shapes_using_anything_else_are_left_to_pyshacl(shape: str) -> None:
    shapes = Graph().parse(data=SHAPES_HEAD + shape, format="turtle")
    assert gate_compiled.compile_shapes(ShapesGraph(shapes)) is None


def test_a_small_shapes_graph_compiles_and_decides_as_pyshacl() -> None:
    shapes = Graph().parse(data=SHAPES_HEAD + """
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
            sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:datatype xsd:integer ; sh:lessThan ex:q ] .""")
    checker = gate_compiled.compile_shapes(ShapesGraph(shapes))
    assert checker is not None
    a, p, q = URIRef("urn:ex#a"), URIRef("urn:ex#p"), URIRef("urn:ex#q")
    good = [(a, RDF.type, URIRef("urn:ex#C")), (a, p, Literal(1)), (a, q, Literal(2))]
    assert checker.conforms(gate_compiled.subject_index(good))
    bad = [*good, (a, q, Literal(1))]
    assert not checker.conforms(gate_compiled.subject_index(bad))
