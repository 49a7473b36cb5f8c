"""Claim records ⇄ RDF, and the ontology that describes them."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, XSD, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import OWL

from kb.actors import Gazetteer
from kb.pipeline.article import Article
from kb.pipeline.record import CLAIM_TYPES, FACTUALITIES, Claim
from kb.pipeline.to_rdf import article_graph, claim_iri, claims_from_graph
from kb.resources import ontology_file
from kb.vocab import CKB
from tests.conftest import make_claim

GAZ = Gazetteer.load()


def test_record_rdf_record_round_trip(article: Article, claim: Claim) -> None:
    graph = article_graph(article, [claim], GAZ)
    assert claims_from_graph(graph + GAZ.graph) == [claim]


@settings(max_examples=60, deadline=None)
@given(
    kind=st.sampled_from(CLAIM_TYPES),
    factuality=st.sampled_from(FACTUALITIES),
    bounds=st.tuples(st.none() | st.integers(0, 10**7), st.none() | st.integers(0, 10**7)),
    approximate=st.booleans(),
    via=st.lists(st.sampled_from(["Reuters", "AFP", "Sputnik", "TASS"]), max_size=3, unique=True),
    subject=st.sampled_from([None, "Armenia", "Armenia; Azerbaijan"]),
)
def test_round_trip_holds_for_any_canonical_record(
    kind: str, factuality: str, bounds: tuple[int | None, int | None], approximate: bool, via: list[str],
    subject: str | None,
) -> None:
    article = Article(text="A. The whole sentence is here. B.", name="x", lang="en")
    low, high = bounds
    claim = make_claim(
        article, type=kind, factuality=factuality, quantity_min=low, quantity_max=high, approximate=approximate,
        via=via, subject=subject, quote="The whole sentence is here.", start=3, end=30,
    )
    assert claims_from_graph(article_graph(article, [claim], GAZ) + GAZ.graph) == [claim]


def test_same_input_gives_isomorphic_graphs_and_stable_iris(article: Article, claim: Claim) -> None:
    again = dataclasses.replace(claim)
    assert claim_iri(claim) == claim_iri(again)
    assert isomorphic(article_graph(article, [claim], GAZ), article_graph(article, [again], GAZ))


def test_unknown_speaker_is_minted_with_a_kind_and_label(article: Article) -> None:
    claim = make_claim(article, speaker="Gen. Example Person", speaker_iri=None)
    graph = article_graph(article, [claim], GAZ)
    speaker = graph.value(claim_iri(claim), CKB.speaker)
    assert (speaker, RDF.type, CKB.Person) in graph
    assert claims_from_graph(graph)[0].speaker == "Gen. Example Person"


def test_metonym_resolves_to_the_government(article: Article) -> None:
    claim = make_claim(article, speaker="Baku", speaker_iri=None)
    graph = article_graph(article, [claim], GAZ)
    assert str(graph.value(claim_iri(claim), CKB.speaker)).endswith("/actor/azerbaijan-government")


def test_vocabulary_mirrors_the_ontology_term_for_term() -> None:
    ontology = Graph().parse(ontology_file("kb.ttl")).parse(ontology_file("conflicts.ttl"))
    declared = {str(s) for s in ontology.subjects() if str(s).startswith(str(CKB._NS))}
    mirrored = {str(CKB._NS) + name for name in CKB.__annotations__}
    assert declared == mirrored


def test_every_class_and_property_has_a_label() -> None:
    ontology = Graph().parse(ontology_file("kb.ttl"))
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for term in ontology.subjects(RDF.type, kind):
            assert ontology.value(term, GAZ.graph.namespace_manager.expand_curie("rdfs:label")), term


def test_closed_namespace_refuses_typos() -> None:
    import pytest

    with pytest.raises(AttributeError):
        _ = CKB.speakr  # type: ignore[attr-defined]


_LITERALS = st.one_of(
    st.builds(lambda v: Literal(v), st.text(max_size=20)),
    st.builds(lambda v, lang: Literal(v, lang=lang), st.text(max_size=20), st.sampled_from(["en", "id", "en-GB"])),
    st.builds(lambda v: Literal(v), st.integers() | st.dates() | st.booleans() | st.decimals(allow_nan=False,
                                                                                            allow_infinity=False)),
    st.builds(lambda v: Literal(v, datatype=XSD.integer), st.text(max_size=8)),  # ill-typed stays lexical
)


@settings(max_examples=200, deadline=None)
@given(_LITERALS)
def test_store_terms_convert_to_equal_rdflib_terms_however_often(term: Literal) -> None:
    """The embedded store's term conversion is cached (one rdflib instance per term): a cached answer must be
    the term itself, the same the second time, equal to a fresh conversion."""
    from kb.store.oxigraph import _convert, to_ox, to_rdflib

    ox_term = to_ox(term)
    first, second = to_rdflib(ox_term), to_rdflib(ox_term)
    assert first == term
    assert second is first
    assert first == _convert(ox_term)
    assert first.datatype == term.datatype
    assert first.language == (term.language and term.language.lower())  # Oxigraph lower-cases language tags
