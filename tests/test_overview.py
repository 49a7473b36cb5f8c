"""The home page from the precomputed timelines and articles order (kb.derived.home) shows what the live queries
(kept as oracles in ``tests/fixtures/live``) show."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from flask import Flask, template_rendered

from kb.actors import Gazetteer
from kb.derived import conflicts
from kb.derived import home as overview
from kb.pipeline.article import Article
from kb.pipeline.quarantine import Quarantine
from kb.service import KnowledgeBase
from kb.store import Store
from tests.conftest import TEXT, make_claim
from tests.fixtures import live
from tests.fixtures.conflicts_store import build
from web import create_app


@pytest.fixture(scope="module")
def store() -> Store:
    s = build(480, 30)  # 60 articles, 12 speakers: ties among the most quoted
    conflicts.refresh(s)
    return s


def app_for(store: Store) -> Flask:
    kb = KnowledgeBase(store, Quarantine(None), Gazetteer.load())
    return create_app({"KB_STORE": kb, "RATE_LIMIT": None, "CONFLICTS_CACHE_SECONDS": 0})


@contextmanager
def home_context(app: Flask) -> Iterator[dict[str, Any]]:
    """What the home template was given, as plain values."""
    seen: dict[str, Any] = {}

    def record(sender: Flask, template: Any, context: dict[str, Any], **extra: Any) -> None:
        if template.name == "home.html":
            seen.update(counts=dict(context["counts"]),
                        latest=[{k: str(v) for k, v in dict(r).items()} for r in context["latest"]],
                        speakers=[{k: str(v) for k, v in dict(r).items()} for r in context["speakers"]])

    template_rendered.connect(record, app)
    try:
        yield seen
    finally:
        template_rendered.disconnect(record, app)


def home(app: Flask) -> tuple[dict[str, Any], str]:
    with home_context(app) as seen:
        page = app.test_client().get("/").get_data(as_text=True)
    return seen, page


def test_precomputed_home_equals_the_live_queries(store: Store) -> None:
    app = app_for(store)
    precomputed, page = home(app)
    assert "actor-counts.rq" in page and "stats.rq" not in page  # the queries box says what ran
    kb = KnowledgeBase(store, Quarantine(None), Gazetteer.load())
    as_text = [{k: str(v) for k, v in row.items()} for row in live.values(store, "latest-articles")]
    assert precomputed["counts"] == kb.stats()
    assert precomputed["latest"] == as_text
    assert precomputed["speakers"] == [{k: str(v) for k, v in r.items()} for r in live.values(store, "top-speakers")]
    assert precomputed["counts"]["claims"] == 480 and len(precomputed["latest"]) == overview.LATEST
    assert len(precomputed["speakers"]) == overview.TOP


def test_contenders_keep_every_tie_at_the_cut() -> None:
    found = overview.Overview(0, 0, 0, [], {"a": 5, "b": 3, "c": 3, "d": 3, "e": 1})
    assert found.contenders(2) == {"a": 5, "b": 3, "c": 3, "d": 3}
    assert found.contenders(10) == found.speakers


def test_an_article_written_through_the_service_is_counted_at_once() -> None:
    s = build(80, 10)
    conflicts.refresh(s)
    assert overview.read(s).articles == 10
    kb = KnowledgeBase(s, Quarantine(None), Gazetteer.load())
    article = Article(text=f"{TEXT} Late.", name="late", title="Late", published="2030-01-01", lang="en")
    assert kb.ingest_claims(article, [make_claim(article)]).status == "ingested"  # no refresh called here
    seen, _ = home(app_for(s))
    assert seen["counts"]["articles"] == 11 and seen["counts"] == kb.stats()
    assert seen["latest"][0]["article"] == str(article.iri)
