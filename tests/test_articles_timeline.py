"""The articles page reads its page by position from the order ``kb.service`` keeps current
(``kb.derived.timeline``): the same articles in the same order as the whole lists, an article placed as soon
as it is written or deleted."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient

from kb.derived import timeline
from kb.pipeline.article import Article
from kb.service import KnowledgeBase
from kb.vocab import TIMELINES_GRAPH
from tests.conftest import TEXT, make_claim
from web import create_app

# (published, with a claim): ties on 2020-10-01 and 2020-09-28, three undated, one claimless
DATES = [("2020-10-01", True), ("2020-10-01", True), ("2020-10-01", False), ("2020-09-28", True),
         ("2020-09-28", True), ("2020-10-05", True), (None, True), (None, False), ("2019-01-01", True),
         (None, True), ("2020-11-11", True), ("2020-09-30", False), ("2020-10-01", True)]


def _article(n: int, published: str | None) -> Article:
    return Article(text=f"{TEXT} Item {n}.", name=f"item-{n}", title=f"Item {n}", published=published,
                   outlet="Kompas", lang="en")


def _store(n: int = len(DATES)) -> KnowledgeBase:
    """A memory store with the first ``n`` articles of DATES, through the gate, and refreshed."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    with kb.batch():
        for i, (published, with_claim) in enumerate(DATES[:n]):
            article = _article(i, published)
            assert kb.ingest_claims(article, [make_claim(article)] if with_claim else []).status == "ingested"
    return kb


def _client(kb: KnowledgeBase) -> FlaskClient:
    return create_app({"KB_STORE": kb, "RATE_LIMIT": None}).test_client()


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return _store()


def _expected(kb: KnowledgeBase) -> list[str]:
    """The articles page's order worked out here: newest first, undated last, ties by article IRI."""
    dated = sorted((p, str(_article(i, p).iri)) for i, (p, _) in enumerate(DATES) if p)
    ties = sorted(dated, key=lambda d: d[1])
    ties.sort(key=lambda d: d[0], reverse=True)
    undated = sorted(str(_article(i, p).iri) for i, (p, _) in enumerate(DATES) if not p)
    return [iri for _, iri in ties] + undated


def _paged(client: FlaskClient, limit: int) -> tuple[list[str], set[str]]:
    """Every article over every ``.json`` page of ``limit``, and the named queries those pages ran."""
    seen: list[str] = []
    ran: set[str] = set()
    number = 1
    while True:
        response = client.get(f"/articles.json?limit={limit}&page={number}")
        if response.status_code == 404 and number > 1:  # past the last page (trial user29)
            return seen, ran
        doc = response.get_json()
        seen += [r["article"] for r in doc["rows"]]
        ran |= {q["name"] for q in doc["queries"]}
        assert doc["total"] == len(DATES) and len(doc["rows"]) <= limit
        if not doc["rows"]:
            return seen, ran
        number += 1


def _html_keys(client: FlaskClient, limit: int, pages: int) -> list[str]:
    keys: list[str] = []
    for number in range(1, pages + 1):
        html = client.get(f"/articles?limit={limit}&page={number}").data.decode()
        keys += re.findall(r'href="/articles/([0-9a-f]{16})"', html.split("<main", 1)[-1])
    return list(dict.fromkeys(keys))


def test_pages_read_by_position_follow_the_whole_list(kb: KnowledgeBase) -> None:
    client = _client(kb)
    whole = [r["article"] for r in client.get("/articles.json").get_json()["rows"]]
    assert whole == _expected(kb)  # undated last, the same date by IRI
    for limit in (1, 3, 4, 5, 20):
        seen, ran = _paged(client, limit)
        assert seen == whole, limit
        assert "article-order-page" in ran and "article-order" not in ran, limit
    csv = client.get("/articles.csv?limit=4&page=2")
    assert csv.headers["X-Total-Count"] == str(len(DATES)) and csv.data.decode().count("\r\n") == 5
    assert _html_keys(client, 4, 4) == [iri.rsplit("/", 1)[-1] for iri in whole]


def test_a_store_without_an_order_lists_nothing_until_a_full_refresh(kb: KnowledgeBase) -> None:
    """No page reads live: a store whose derived data is missing (written by an older version) lists no article
    until ``kb conflicts --refresh``, then the same pages as a store the service kept current."""
    bare = _store()
    bare.store.drop_graph(str(TIMELINES_GRAPH))
    stale = _client(bare)
    assert stale.get("/articles.json?limit=5").get_json()["rows"] == []
    bare.refresh(full=True)
    for limit in (2, 5):
        assert _paged(stale, limit)[0] == _paged(_client(kb), limit)[0] == _expected(kb)


def test_an_article_written_through_the_service_is_placed_at_once() -> None:
    kb = _store()
    client = _client(kb)
    newest = _article(100, "2021-01-01")
    kb.ingest_claims(newest, [make_claim(newest)])  # nobody refreshes: the service did
    doc = client.get("/articles.json?limit=3").get_json()
    assert doc["rows"][0]["article"] == str(newest.iri) and doc["total"] == len(DATES) + 1
    assert "article-order-page" in {q["name"] for q in doc["queries"]}
    undated = _article(101, None)
    kb.ingest_claims(undated, [])
    doc = client.get(f"/articles.json?limit={len(DATES) + 2}").get_json()
    undated_iris = sorted([str(_article(i, p).iri) for i, (p, _) in enumerate(DATES) if not p] + [str(undated.iri)])
    assert [r["article"] for r in doc["rows"]][-4:] == undated_iris  # undated last, by IRI
    assert kb.delete_article(newest.key) and not kb.delete_article(newest.key)
    doc = client.get("/articles.json?limit=3").get_json()
    assert str(newest.iri) not in [r["article"] for r in doc["rows"]] and doc["total"] == len(DATES) + 1


def test_the_refresh_writes_the_order_beside_the_actor_timelines(kb: KnowledgeBase) -> None:
    page = timeline.articles_page(kb.store, 0, 100)
    assert page is not None and page == (_expected(kb), len(DATES))
    assert timeline.articles_page(kb.store, 4, 3) == (_expected(kb)[4:7], len(DATES))
    speaker = str(make_claim(_article(0, None)).speaker_iri)
    claims = timeline.page(kb.store, speaker, "speaker", 0, 100)
    assert claims is not None and claims[1] == sum(1 for _, with_claim in DATES if with_claim)


def test_a_new_newest_article_is_appended_to_the_stored_order() -> None:
    """Stored from its end, the order grows by one entry (and its count) when the newest article arrives:
    a refresh rewrites the difference, not every position."""
    rows = [{"article": str(_article(i, p).iri), "published": p} for i, (p, _) in enumerate(DATES)]
    before = set(timeline.article_order_triples(timeline.articles_newest_first(rows)))
    rows.append({"article": str(_article(100, "2021-01-01").iri), "published": "2021-01-01"})
    after = set(timeline.article_order_triples(timeline.articles_newest_first(rows)))
    assert len(after - before) == 2 and len(before - after) == 1  # the new entry, the count replaced
