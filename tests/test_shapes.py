"""The SHACL gate: every constraint in ontology/shapes.ttl refuses what it should, in plain words."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import SDO, SH, SKOS

from kb.actors import Gazetteer
from kb.pipeline import gate
from kb.pipeline.article import Article
from kb.pipeline.record import Claim
from kb.pipeline.to_rdf import article_graph, claim_iri
from kb.resources import ontology_file
from kb.vocab import CKB
from tests.conftest import make_claim

GAZ = Gazetteer.load()
Mutation = Callable[[Graph, URIRef, URIRef], None]


def _set(pred: URIRef, value: object) -> Mutation:
    def mutate(g: Graph, claim: URIRef, article: URIRef) -> None:
        g.set((claim, pred, value))  # type: ignore[arg-type]
    return mutate


def _drop(pred: URIRef, on_article: bool = False) -> Mutation:
    def mutate(g: Graph, claim: URIRef, article: URIRef) -> None:
        g.remove((article if on_article else claim, pred, None))
    return mutate


def _add(pred: URIRef, value: object, on_article: bool = False) -> Mutation:
    def mutate(g: Graph, claim: URIRef, article: URIRef) -> None:
        g.add((article if on_article else claim, pred, value))  # type: ignore[arg-type]
    return mutate


def _on_quantity(pred: URIRef, value: object) -> Mutation:
    def mutate(g: Graph, claim: URIRef, article: URIRef) -> None:
        g.set((URIRef(f"{claim}#quantity"), pred, value))  # type: ignore[arg-type]
    return mutate


def _on_relay(pred: URIRef, value: object | None) -> Mutation:
    def mutate(g: Graph, claim: URIRef, article: URIRef) -> None:
        relay = URIRef(f"{claim}#via1")
        g.remove((relay, pred, None))
        if value is not None:
            g.add((relay, pred, value))  # type: ignore[arg-type]
    return mutate


def _retype(kind: URIRef) -> Mutation:
    def mutate(g: Graph, claim: URIRef, article: URIRef) -> None:
        g.set((claim, RDF.type, kind))
        g.remove((claim, CKB.subject, None))
    return mutate


NOBODY = URIRef("https://w3id.org/claimkb/id/actor/nobody")
CASES: dict[str, tuple[Mutation, str]] = {
    "missing speaker": (_drop(CKB.speaker), "exactly one speaker"),
    "two speakers": (_add(CKB.speaker, URIRef("https://w3id.org/claimkb/id/actor/armenia-government")),
                     "exactly one speaker"),
    "speaker of no known kind": (_set(CKB.speaker, NOBODY), "known actor kinds"),
    "missing article": (_drop(CKB.article), "exactly one article"),
    "empty quote": (_set(CKB.quote, Literal("")), "non-empty quote"),
    "negative start": (_set(CKB.start, Literal(-1, datatype=XSD.integer)), "start offset"),
    "start after end": (_set(CKB.start, Literal(500, datatype=XSD.integer)), "start offset"),
    "end not an integer": (_set(CKB.end, Literal("ten")), "end offset"),
    "end outside the text": (_set(CKB.end, Literal(10_000, datatype=XSD.integer)), "inside the article text"),
    "quote not the text between offsets": (_set(CKB.quote, Literal("Something else entirely.")),
                                           "the text between them must be the quote"),
    "bad factuality": (_set(CKB.factuality, CKB.Claim), "asserted, alleged, hedged or denied"),
    "missing rule": (_drop(CKB.rule), "what produced it"),
    "subject of no known kind": (_add(CKB.subject, NOBODY), "subject must be an actor"),
    "date not a date": (_set(CKB.date, Literal("Monday")), "at most one date"),
    "two quantities": (_add(CKB.quantity, BNode()), "at most one quantity"),
    "min above max": (_on_quantity(SDO.maxValue, Literal(5, datatype=XSD.integer)), "not above the upper bound"),
    "negative min": (_on_quantity(SDO.minValue, Literal(-3, datatype=XSD.integer)), "non-negative integer"),
    "negative max": (_on_quantity(SDO.maxValue, Literal(-3, datatype=XSD.integer)), "upper bound"),
    "approximate not boolean": (_on_quantity(CKB.approximate, Literal("maybe")), "'approximate' must be"),
    "two units": (_on_quantity(SDO.unitText, Literal(3)), "at most one unit"),
    "relay without agent": (_on_relay(CKB.agent, None), "exactly one actor"),
    "relay position zero": (_on_relay(CKB.position, Literal(0, datatype=XSD.integer)), "one position"),
    "casualty without whose": (_drop(CKB.subject), "whose dead or wounded"),
    "casualty without unit": (
        lambda g, c, a: g.remove((URIRef(f"{c}#quantity"), SDO.unitText, None)), "what it counts"),
    "mobilization without who": (_retype(CKB.MobilizationClaim), "who mobilizes"),
    "accusation without whom": (_retype(CKB.AccusationClaim), "whom it accuses"),
    "unknown scope": (_set(CKB.scope, Literal("weekly")), "'cumulative', 'period' or 'incident'"),
    "two scopes": (_add(CKB.scope, Literal("period")), "'cumulative', 'period' or 'incident'"),
    "period start after its end": (_set(CKB.periodStart, Literal("2020-10-05", datatype=XSD.date)),
                                   "not after its end"),
    "period end not a date": (_set(CKB.periodEnd, Literal("soon")), "ends on at most one xsd:date"),
    "empty place": (_set(CKB.placeName, Literal("")), "at most one place"),
    "increment not boolean": (_set(CKB.increment, Literal("yes")), "'increment' must be"),
    "two allegations": (lambda g, c, a: (g.add((c, CKB.allegation, Literal("shelling"))),
                                         g.add((c, CKB.allegation, Literal("looting")))), "at most one allegation"),
    "confidence above one": (_set(CKB.confidence, Literal("1.5", datatype=XSD.decimal)), "from 0 to 1"),
    "article without text": (_drop(CKB.text, on_article=True), "non-empty text"),
    "article without key": (_drop(CKB.key, on_article=True), "exactly one key"),
    "article with bad date": (_add(SDO.datePublished, Literal("yesterday"), on_article=True),
                              "publication date"),
    "article with unknown publisher": (_add(SDO.publisher, NOBODY, on_article=True), "at most one publisher"),
}


def _graph(article: Article, claim: Claim) -> tuple[Graph, URIRef]:
    return article_graph(article, [claim], GAZ), claim_iri(claim)


def test_a_well_formed_article_conforms(article: Article, claim: Claim) -> None:
    result = gate.check(*_graph(article, claim)[:1], context=GAZ.graph)
    assert result.conforms, result.text


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_constraint_refuses_with_its_message(article: Article, claim: Claim, case: str) -> None:
    mutate, message = CASES[case]
    graph, node = _graph(article, claim)
    mutate(graph, node, article.iri)
    result = gate.check(graph, context=GAZ.graph)
    assert not result.conforms
    assert message in result.text, result.text


def test_actor_without_label_is_refused(article: Article) -> None:
    claim = make_claim(article, speaker="Unlabelled Person", speaker_iri=None)
    graph, node = _graph(article, claim)
    graph.remove((graph.value(node, CKB.speaker), SKOS.prefLabel, None))
    assert "must have a label" in gate.check(graph, context=GAZ.graph).text


def test_report_is_the_w3c_validation_report(article: Article, claim: Claim) -> None:
    graph, node = _graph(article, claim)
    graph.remove((node, CKB.speaker, None))
    report = gate.check(graph, context=GAZ.graph).report
    assert (None, RDF.type, SH.ValidationReport) in report
    assert (None, SH.focusNode, node) in report


def test_every_constraint_carries_a_plain_words_message() -> None:
    shapes = Graph().parse(ontology_file("shapes.ttl"))
    constrained = {s for s in shapes.subjects(SH.path, None)} | set(shapes.subjects(RDF.type, SH.SPARQLConstraint))
    assert constrained
    for node in constrained:
        assert shapes.value(node, SH.message), f"{node} has no sh:message"


def test_ontology_and_shapes_load_and_the_gazetteer_has_the_seed_actors() -> None:
    Graph().parse(ontology_file("kb.ttl"))
    Graph().parse(ontology_file("shapes.ttl"))
    for name in ("Baku", "Yerevan", "Kremlin", "Kemlu Rusia", "Sputnik", "AFP", "Peskov", "Zakharova", "Moskow"):
        assert GAZ.lookup(name) is not None, name


def test_the_ontology_example_conforms_and_reads_back() -> None:
    from kb.pipeline.to_rdf import claims_from_graph

    example = Graph().parse(ontology_file("example.ttl"))
    result = gate.check(example, context=GAZ.graph)
    assert result.conforms, result.text
    claims = claims_from_graph(example + GAZ.graph)
    assert [(c.type, c.speaker, c.quantity_min, c.via) for c in claims] == [
        ("casualty", "Government of Azerbaijan", 301, ["Reuters"]),
        ("accusation", "Government of Armenia", None, []),
    ]
    text = str(next(example.objects(None, CKB.text)))
    assert all(text[c.start:c.end] == c.quote for c in claims)
