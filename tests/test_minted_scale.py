"""A 200-article store whose speakers, parties and outlets the gazetteer does not know (minted actors), as
real reporting has: each minted actor is described once however many articles use it, the actors pages
answer with the right content, and a page over its time budget answers 503 in the JSON error shape.

(The store that made the actors list take 36 s at 204 articles had exactly this shape; speed itself is
measured in bench/, never asserted here.)
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask.testing import FlaskClient
from rdflib import RDF, URIRef
from rdflib.namespace import SKOS

from kb import deadline, sparql
from kb.errors import QueryTimeout
from kb.pipeline.article import Article
from kb.service import KnowledgeBase
from kb.sparql.rows import plain_rows
from kb.vocab import CKB, DATA, MINTED_GRAPH
from tests.conftest import make_claim
from web import create_app

ARTICLES = 200
SPEAKERS = ("Valley residents", "Red Crescent volunteers", "Amina Karimova", "Local officials", "Village elders")
OUTLETS = ("Harbour Gazette", "Valley Courier", "Steppe Herald", "Border Post")
PLACES = ("Tartar", "Barda", "Ganja", "Martuni", "Askeran")


def _article(i: int) -> Article:
    speaker, place, n = SPEAKERS[i % 5], PLACES[i % 5], 10 + i
    text = (f"{speaker} said {n} civilians were killed in {place} overnight. "
            f"The figure, report {i}, could not be independently verified.")
    return Article(text=text, name=f"report-{i}", lang="en", outlet=OUTLETS[i % 4], title=f"Shelling report {i}",
                   published=f"2020-10-{1 + i % 28:02d}", url=f"https://news.example.org/shelling/{i}")


def _claims(art: Article, i: int) -> list:  # type: ignore[type-arg]
    end = art.text.index(".") + 1
    return [make_claim(art, speaker=SPEAKERS[i % 5], speaker_iri=None, subject="civilians", quote=art.text[:end],
                       end=end, unit="civilians killed", quantity_min=10 + i, quantity_max=10 + i,
                       quantity_text=str(10 + i), date=art.published, via=["Steppe Wire"] if i % 2 else [])]


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    store = KnowledgeBase.open(str(tmp_path_factory.mktemp("minted") / "store"))
    with store.batch():  # one derived-data update (the timelines the actors pages read) at the end
        for i in range(ARTICLES):
            art = _article(i)
            assert store.ingest_claims(art, _claims(art, i)).status == "ingested"
    yield store
    store.close()


@pytest.fixture(scope="module")
def client(kb: KnowledgeBase) -> FlaskClient:
    return create_app({"KB_STORE": kb, "RATE_LIMIT": ""}).test_client()


def _count(kb: KnowledgeBase, actor: URIRef, pred: URIRef) -> int:
    rows = kb.store.select(f"SELECT ?g ?o WHERE {{ GRAPH ?g {{ {actor.n3()} {pred.n3()} ?o }} }}").rows
    assert all(str(r["g"]) == str(MINTED_GRAPH) for r in rows)
    return len(rows)


def _actor(name: str) -> URIRef:
    from kb.actors import slug

    return DATA[f"actor/{slug(name)}"]


def test_every_minted_actor_is_described_once_across_the_dataset(kb: KnowledgeBase) -> None:
    assert kb.stats()["articles"] == ARTICLES
    for name in ("civilians", *SPEAKERS, *OUTLETS, "Steppe Wire"):
        assert _count(kb, _actor(name), RDF.type) == 1, name
        assert _count(kb, _actor(name), SKOS.prefLabel) == 1, name
    kinds = {str(r["k"]) for r in kb.store.select(
        f"SELECT ?k WHERE {{ {_actor('Amina Karimova').n3()} a ?k }}").rows}
    assert kinds == {str(CKB.Person)}


def test_the_actors_list_counts_each_minted_actor_once(client: FlaskClient) -> None:
    rows = client.get("/actors.json").get_json()["rows"]
    by_label = {r["label"]: r for r in rows}
    assert len(rows) == len(by_label) == 1 + len(SPEAKERS)  # outlets and agencies neither speak nor are spoken of
    assert by_label["civilians"]["asSubject"] == ARTICLES and by_label["civilians"]["asSpeaker"] == 0
    assert by_label["civilians"]["kind"] == "Group" and by_label["civilians"]["kindIri"] == str(CKB.Group)
    for name in SPEAKERS:
        assert by_label[name]["asSpeaker"] == ARTICLES // len(SPEAKERS)
    assert rows[0]["label"] == "civilians"  # most claims first
    page = client.get("/actors?q=crescent").get_data(as_text=True)
    assert "Red Crescent volunteers" in page and "Village elders" not in page


def test_a_minted_actors_page_lists_its_claims(client: FlaskClient) -> None:
    whole = client.get("/actors/civilians.json").get_json()
    assert whole["actor"]["label"] == "civilians" and whole["total"] == ARTICLES
    assert {r["role"] for r in whole["rows"]} == {"subject"}
    assert len({r["claim"] for r in whole["rows"]}) == ARTICLES
    page = client.get("/actors/civilians?page=2")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Claims about civilians (200)" in html and "51–100 of 200" in html and "Claims made (0)" in html
    speaker = client.get(f"/actors/{_actor('Village elders').rsplit('/', 1)[-1]}.json").get_json()
    assert speaker["total"] == ARTICLES // len(SPEAKERS)
    assert {r["speakerLabel"] for r in speaker["rows"]} == {"Village elders"}


def test_a_page_over_its_time_budget_answers_503_in_the_json_error_shape(kb: KnowledgeBase) -> None:
    tight = create_app({"KB_STORE": kb, "RATE_LIMIT": "", "PAGE_TIMEOUT": 1e-9}).test_client()
    for path in ("/actors.json", "/actors/civilians.json", "/"):
        answer = tight.get(path, headers={"Accept": "application/json"})
        assert answer.status_code == 503, path
        error = answer.get_json()["error"]
        assert error["status"] == 503 and error["title"] == "Query stopped" and "KB_PAGE_TIMEOUT" in error["detail"]
    assert tight.get("/actors/civilians").status_code == 503  # a browser gets the error page, same status


def test_a_page_whose_client_has_gone_stops(client: FlaskClient) -> None:
    answer = client.get("/actors.json", environ_overrides={"waitress.client_disconnected": lambda: True})
    assert answer.status_code == 503
    assert "client closed the connection" in answer.get_json()["error"]["detail"]
    assert client.get("/actors.json", environ_overrides={"waitress.client_disconnected": lambda: False}).status_code \
        == 200


def test_the_budget_stops_queries_while_rows_are_read(kb: KnowledgeBase) -> None:
    """The library's runners check the budget before a query and between rows of a lazy result: a client
    leaving while 200 rows are read stops the reading."""
    left = [False]
    token = deadline.start(3600, gone=lambda: left[0])
    try:
        rows = plain_rows(kb.store, "actor-claims", actor=_actor("civilians"))
        next(rows)
        left[0] = True
        with pytest.raises(QueryTimeout):
            list(rows)
        with pytest.raises(QueryTimeout):
            sparql.run(kb.store, "stats")
    finally:
        deadline.stop(token)
    assert sparql.run(kb.store, "stats").rows  # no budget outside a page


def test_the_sparql_endpoint_is_not_page_budgeted(kb: KnowledgeBase) -> None:
    """User queries have their own limit (``SPARQL_TIMEOUT``, in a killable worker), not the pages' one."""
    tight = create_app({"KB_STORE": kb, "RATE_LIMIT": "", "PAGE_TIMEOUT": 1e-9}).test_client()
    answer = tight.get("/sparql", query_string={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
    assert answer.status_code == 200
