"""Actors the gazetteer does not know are minted into each article's graph: their names must show,
and the union of graphs must not repeat rows (README's example query, the example queries)."""

from __future__ import annotations

import re

from kb.article import Article
from kb.knowledge import KnowledgeBase
from kb.sparql import EXAMPLES, get
from tests.conftest import REPO, make_claim
from web import create_app

README = (REPO / "README.md").read_text(encoding="utf-8")


def _kb() -> KnowledgeBase:
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    for n in (1, 2, 3):
        text = f"Officials said {n}00 civilians were killed in the region. Tail."
        art = Article(text=text, name=f"a{n}", lang="en", outlet="Harbour Gazette", published=f"2020-10-0{n}",
                      title=f"Report {n}")
        kb.ingest_claims(art, [make_claim(art, quote=text[:text.index('.') + 1], end=text.index(".") + 1,
                                          subject="civilians", unit="civilians killed", quantity_min=n * 100,
                                          quantity_max=n * 100, via=[])])
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
