"""``ontology/conflicts.ttl`` and the code agree term for term; the named queries are well-formed."""

from __future__ import annotations

from rdflib import OWL, RDF, URIRef
from rdflib.namespace import SKOS

from kb import sparql
from kb.derived.conflicts.vocabulary import CKC, categories, conflicts_graph

DECLARED = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.Concept, SKOS.ConceptScheme)


def test_every_class_and_property_has_an_english_label() -> None:
    g = conflicts_graph()
    for t in DECLARED:
        for s in g.subjects(RDF.type, t):
            assert any(lit.language == "en" for lit in g.objects(s, SKOS.prefLabel)) or any(
                lit.language == "en" for lit in g.objects(s, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))), s


def test_categories_read_from_turtle() -> None:
    cats = categories()
    assert cats.category("Soldiers  killed") == str(CKC.SoldiersKilled)
    assert cats.category("korban jiwa") == str(CKC.Deaths)
    assert cats.category("tanks destroyed") == "tanks destroyed"  # its own measure, no part-whole
    assert cats.wholes[str(CKC.SoldiersKilled)] == {str(CKC.Deaths), str(CKC.KilledAndWounded)}
    assert cats.is_all_parties("Kedua belah pihak") and not cats.is_all_parties("Armenia")


def test_conflict_queries_are_named_and_described() -> None:
    names = [q.name for q in sparql.all_queries() if q.name.startswith("conflict")]
    assert {"conflict-claim-facts", "conflict-actors", "conflict-findings", "conflict-members", "conflict-page",
            "conflict-involved", "conflict-series", "conflict-aggregates"} <= set(names)
    for name in names:
        q = sparql.get(name)
        assert q.title and q.description, name
