"""A copy is shown on both article pages and its claims are counted once (tryout 25).

An article ingested with a URL whose text another stored article has is kept as a copy (``copyOf`` in the API's
201, ``schema:isBasedOn`` in the store), but neither article page said so, and the copy's claims counted twice in
the home page's claim total, its most-quoted actors and the actors list."""

from __future__ import annotations

import re

from flask.testing import FlaskClient

from kb.pipeline.article import Article
from kb.service import KnowledgeBase
from tests.fixtures import demo
from web import create_app

TOLD = ("Israel Defense Forces spokesman said 12 Israeli soldiers had been killed on Monday in the fighting "
        "around the northern villages, and that its own units had held every position overnight.\n")


def _original(kb: KnowledgeBase) -> str:
    return kb.ingest(Article(text=TOLD, name="a", title="Toll from the front", published="2020-10-06", lang="en",
                             outlet="Kompas", url="https://kompas.example/toll")).key


def _counts(client: FlaskClient) -> tuple[str, list[str], dict[str, tuple[int, int]]]:
    home = client.get("/").get_data(as_text=True)
    total = re.search(r"<strong>([\d,]+)</strong> claims", home)
    assert total is not None
    top = home.split('id="top-speakers"')[1].split("</ol>")[0]
    actors = {r["actor"]: (r["asSpeaker"], r["asSubject"]) for r in client.get("/actors.json").get_json()["rows"]}
    return total.group(1), re.findall(r"<li>.*?</li>", top, re.S), actors


def test_a_copys_claims_are_counted_once() -> None:
    kb = demo.build(":memory:")
    _original(kb)
    client = create_app({"KB_STORE": kb, "RATE_LIMIT": None}).test_client()
    before = _counts(client)
    copy = kb.ingest(Article(text=TOLD, name="b", title="Front toll, reprinted", published="2020-10-07", lang="en",
                             outlet="Detik", url="https://detik.example/toll"))
    assert copy.copy_of and copy.claims >= 1
    client = create_app({"KB_STORE": kb, "RATE_LIMIT": None}).test_client()
    assert _counts(client) == before


def test_both_article_pages_name_the_other() -> None:
    kb = demo.build(":memory:")
    original = _original(kb)
    client = create_app({"KB_STORE": kb, "RATE_LIMIT": None, "API_TOKEN": "t"}).test_client()
    answer = client.post("/api/articles", headers={"Authorization": "Bearer t"},
                         json={"text": TOLD, "title": "Front toll, reprinted", "url": "https://detik.example/toll",
                               "outlet": "Detik", "published": "2020-10-07", "lang": "en"})
    assert answer.status_code == 201 and answer.get_json()["copyOf"] == f"/articles/{original}"
    copy = answer.get_json()["key"]
    copy_page = client.get(f"/articles/{copy}").get_data(as_text=True)
    assert f'A copy of <a href="/articles/{original}">Toll from the front</a> (Kompas)' in copy_page
    original_page = client.get(f"/articles/{original}").get_data(as_text=True)
    assert f'<a href="/articles/{copy}">Front toll, reprinted</a> (Detik)' in original_page
    assert "Copied by another article" in original_page and "A copy of" not in original_page
    as_json = client.get(f"/articles/{copy}.json").get_json()["article"]
    assert as_json["copyOf"]["url"] == f"/articles/{original}" and as_json["copies"] == []
    assert [c["key"] for c in client.get(f"/articles/{original}.json").get_json()["article"]["copies"]] == [copy]


def test_an_article_without_copies_says_nothing_of_them() -> None:
    kb = demo.build(":memory:")
    key = _original(kb)
    page = create_app({"KB_STORE": kb, "RATE_LIMIT": None}).test_client().get(f"/articles/{key}")
    text = page.get_data(as_text=True)
    assert "A copy of" not in text and "Copied by" not in text
