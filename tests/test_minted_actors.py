"""Actors the gazetteer does not know are minted and described once, in the shared graph of minted actors
(``kb.store.minted``), while each article graph only links to them: their names must show, and the union of graphs
must not repeat rows (README's example query, the example queries)."""

from __future__ import annotations

import re

from rdflib import RDF, URIRef
from rdflib.namespace import SKOS

from kb.pipeline.article import Article
from kb.pipeline.record import Claim
from kb.pipeline.to_rdf import article_graph
from kb.service import KnowledgeBase
from kb.sparql import EXAMPLES, get
from kb.store import minted
from kb.vocab import CKB, DATA, MINTED_GRAPH
from tests.conftest import REPO, make_claim
from web import create_app

README = (REPO / "README.md").read_text(encoding="utf-8")


def _article(n: int) -> Article:
    text = f"Officials said {n}00 civilians were killed in the region. Tail."
    return Article(text=text, name=f"a{n}", lang="en", outlet="Harbour Gazette", published=f"2020-10-0{n}",
                   title=f"Report {n}")


def _claim(art: Article) -> Claim:
    end = art.text.index(".") + 1
    return make_claim(art, quote=art.text[:end], end=end, subject="civilians", unit="civilians killed",
                      quantity_min=int(art.text.split()[2]), quantity_max=int(art.text.split()[2]), via=[])


def _kb() -> KnowledgeBase:
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    for n in (1, 2, 3):
        kb.ingest_claims(_article(n), [_claim(_article(n))])
    return kb


def test_readme_casualty_query_has_one_row_per_claim() -> None:
    query = re.search(r"```sparql\n(.*?)```", README, re.S).group(1)  # type: ignore[union-attr]
    kb = _kb()
    rows = kb.store.select(query).rows
    assert len(rows) == 3


def test_example_queries_do_not_repeat_rows() -> None:
    kb = _kb()
    text = get("02-casualty-figures-by-party", EXAMPLES).text
    rows = kb.store.select(text).rows
    assert len(rows) == len({tuple(sorted(r.items())) for r in rows}) == 3


def test_a_minted_outlet_shows_by_name() -> None:
    kb = _kb()
    client = create_app({"KB_STORE": kb, "RATE_LIMIT": ""}).test_client()
    articles = client.get("/articles.json").get_json()
    assert {a["outlet"] for a in articles["rows"]} == {"Harbour Gazette"}
    claim = next(iter(kb.store.select("SELECT ?c WHERE { ?c <https://w3id.org/claimkb/ns#quote> ?q }").rows))["c"]
    page = client.get("/claims/" + str(claim).rsplit("/", 1)[-1]).get_data(as_text=True)
    assert "Harbour Gazette" in page and "actor/harbour-gazette</a>" not in page


def test_an_outlet_that_is_also_a_speaker_is_one_actor_of_one_kind() -> None:
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    text = "Harbour Gazette reported that 40 civilians were killed. Tail."
    art = Article(text=text, name="own", lang="en", outlet="Harbour Gazette", published="2020-10-01")
    claim = make_claim(art, speaker="Harbour Gazette", speaker_iri=None, subject="civilians", via=[],
                       unit="civilians killed", quantity_min=40, quantity_max=40, quantity_text="40")
    assert kb.ingest_claims(art, [claim]).status == "ingested"
    kinds = kb.store.select("SELECT DISTINCT ?k WHERE { ?c <https://w3id.org/claimkb/ns#speaker> ?a . ?a a ?k }").rows
    assert [str(r["k"]) for r in kinds] == ["https://w3id.org/claimkb/ns#Outlet"]
    actors = create_app({"KB_STORE": kb, "RATE_LIMIT": ""}).test_client().get("/actors.json").get_json()["rows"]
    assert [a["label"] for a in actors].count("Harbour Gazette") == 1


def _copies(kb: KnowledgeBase, actor: URIRef, pred: URIRef) -> list[tuple[str, str]]:
    """Every (graph, value) of ``actor``'s ``pred`` across the dataset's named graphs."""
    rows = kb.store.select(f"SELECT ?g ?o WHERE {{ GRAPH ?g {{ {actor.n3()} {pred.n3()} ?o }} }}").rows
    return sorted((str(r["g"]), str(r["o"])) for r in rows)


def test_a_minted_actor_is_described_once_in_its_own_graph_and_linked_from_each_article() -> None:
    kb = _kb()
    civilians, outlet = DATA["actor/civilians"], DATA["actor/harbour-gazette"]
    for actor, kind in ((civilians, "Group"), (outlet, "Outlet")):
        assert _copies(kb, actor, RDF.type) == [(str(MINTED_GRAPH), str(CKB[kind]))]
        assert len(_copies(kb, actor, SKOS.prefLabel)) == 1
    for iri in kb.article_graphs():
        stored = kb.store.get_graph(iri)
        assert (None, CKB.subject, civilians) in stored and (civilians, None, None) not in stored
    assert kb.validate() == []  # each stored article is checked with the shared descriptions it uses


def test_the_gate_sees_an_article_with_its_minted_actors_and_the_store_keeps_them_apart() -> None:
    graph = article_graph(_article(1), [_claim(_article(1))], _kb().gazetteer)
    own, described = minted.split(graph)
    assert (DATA["actor/harbour-gazette"], RDF.type, CKB.Outlet) in described
    assert (DATA["actor/civilians"], RDF.type, CKB.Group) in described
    assert not set(own) & set(described) and len(own) + len(described) == len(graph)


def test_the_first_description_wins_and_claims_added_later_pass_the_gate() -> None:
    kb = _kb()
    text = "Civilians said 12 homes were destroyed in the region. Tail."
    art = Article(text=text, name="later", lang="en", outlet="Valley Courier", published="2020-10-09")
    claim = make_claim(art, speaker="Civilians", speaker_iri=None, subject="Harbour Gazette", via=[],
                       quote=text[:text.index(".") + 1], end=text.index(".") + 1)
    assert kb.ingest_claims(art, [claim]).status == "ingested"
    civilians = DATA["actor/civilians"]
    assert _copies(kb, civilians, SKOS.prefLabel) == [(str(MINTED_GRAPH), "civilians")]  # first label kept
    assert _copies(kb, DATA["actor/harbour-gazette"], RDF.type) == [(str(MINTED_GRAPH), str(CKB.Outlet))]
    added = make_claim(_article(2), speaker="Field Medic Team", speaker_iri=None, via=[], subject="civilians",
                       quote=_claim(_article(2)).quote, end=_claim(_article(2)).end)
    outcome = kb.add_claims([added])[0]
    assert outcome.status == "replaced", outcome.message
    assert _copies(kb, DATA["actor/field-medic-team"], RDF.type) == [(str(MINTED_GRAPH), str(CKB.Person))]
    assert kb.validate() == []


def test_an_article_stored_with_its_descriptions_inside_moves_them_on_its_next_write() -> None:
    """A store written before the shared graph: re-ingesting an article leaves one description, shared."""
    kb = _kb()
    art = _article(1)
    inside = article_graph(art, [_claim(art)], kb.gazetteer)
    kb.store.put_graph(str(art.graph_iri), inside)  # the old layout, bypassing ``minted.write_article``
    assert len(_copies(kb, DATA["actor/harbour-gazette"], RDF.type)) == 2
    assert kb.ingest_claims(art, [_claim(art)]).status == "replaced"
    assert _copies(kb, DATA["actor/harbour-gazette"], RDF.type) == [(str(MINTED_GRAPH), str(CKB.Outlet))]
