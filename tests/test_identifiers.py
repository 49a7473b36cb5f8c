"""Gazetteer actors carry Wikidata QIDs where one is certain (issue 17): well-formed, each used once, at most
one an actor, and ``docs/identifiers.md`` names exactly the actors without one."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.namespace import OWL, RDF

REPO = Path(__file__).resolve().parents[1]
CKB = Namespace("https://w3id.org/claimkb/ns#")
QID = re.compile(r"http://www\.wikidata\.org/entity/Q[1-9][0-9]*")


def _actors() -> tuple[Graph, set[str]]:
    graph = Graph().parse(REPO / "ontology" / "actors.ttl")
    actors = {str(s) for s, _, kind in graph.triples((None, RDF.type, None)) if str(kind).startswith(str(CKB))}
    return graph, actors


def test_qids_are_well_formed_and_used_once() -> None:
    graph, actors = _actors()
    links = [(str(s), str(o)) for s, o in graph.subject_objects(OWL.sameAs)]
    assert len(links) >= 50
    assert all(QID.fullmatch(qid) for _, qid in links), [q for _, q in links if not QID.fullmatch(q)]
    assert all(actor in actors for actor, _ in links)
    assert [q for q, n in Counter(q for _, q in links).items() if n > 1] == []  # no QID names two actors
    assert [a for a, n in Counter(a for a, _ in links).items() if n > 1] == []  # no actor has two


def test_the_identifiers_doc_lists_exactly_the_actors_without_a_qid() -> None:
    graph, actors = _actors()
    linked = {str(s) for s in graph.subjects(OWL.sameAs)}
    doc = (REPO / "docs" / "identifiers.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`([a-z0-9-]+)` \(", doc))
    without = {a.rsplit("/", 1)[1] for a in actors - linked}
    assert listed == without


def test_the_actor_page_links_to_wikidata() -> None:
    from tests.fixtures import demo
    from web import create_app

    client = create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None}).test_client()
    page = client.get("/actors/armenia").get_data(as_text=True)
    assert 'href="http://www.wikidata.org/entity/Q399"' in page
    rows = {r["label"]: r for r in client.get("/actors.json").get_json()["rows"]}
    assert rows["Armenia"]["sameAs"] == "http://www.wikidata.org/entity/Q399"


def test_places_have_coordinates_labels_and_unique_qids() -> None:
    from rdflib import Literal
    from rdflib.namespace import SKOS

    from kb.places import GEO, SDO

    places = Graph().parse(REPO / "ontology" / "places.ttl")
    nodes = set(places.subjects(RDF.type, SDO.Place))
    assert len(nodes) >= 50
    for node in nodes:
        lat, long = places.value(node, GEO.lat), places.value(node, GEO.long)
        assert isinstance(lat, Literal) and -90 <= float(lat) <= 90, node
        assert isinstance(long, Literal) and -180 <= float(long) <= 180, node
        assert {label.language for label in places.objects(node, SKOS.prefLabel)} == {"en", "id"}, node
    qids = [str(o) for o in places.objects(None, OWL.sameAs)]
    assert all(QID.fullmatch(q) for q in qids) and len(qids) == len(set(qids))
    # a country that is a place and an actor is one Wikidata item under both
    actors, _ = _actors()
    by_label = {str(label): str(q) for s, q in actors.subject_objects(OWL.sameAs)
                for label in actors.objects(s, SKOS.prefLabel) if label.language == "en"}
    for node in nodes:
        same = places.value(node, OWL.sameAs)
        label = next(str(x) for x in places.objects(node, SKOS.prefLabel) if x.language == "en")
        if same is not None and label in by_label:
            assert by_label[label] == str(same), label


def test_a_claims_written_place_links_to_the_gazetteer() -> None:
    from kb.actors import Gazetteer

    places = Gazetteer.load().places
    assert places.lookup("al-Fashir") == places.lookup("El Fasher") == "https://w3id.org/claimkb/id/place/el-fasher"
    assert places.lookup("kamp pengungsi Jabalia") == places.lookup("Jabalia")
    assert places.lookup("Jalur Gaza") == places.lookup("Gaza Strip")
    assert places.lookup("desa yang tidak dikenal") is None and places.lookup("wedding party") is None
