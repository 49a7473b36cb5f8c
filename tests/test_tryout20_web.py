"""What a new user's tryout of a fresh clone found in session 20, pinned (the map's actor filter, CSV cells and the
memory budget are tested beside their kin: test_map.py, test_web_render.py, test_sparql_sandbox.py)."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from kb.pipeline.article import Article
from tests.fixtures import demo
from web import create_app


@pytest.fixture(scope="module")
def client() -> FlaskClient:
    kb = demo.build(":memory:")
    kb.ingest(Article(text="Officials said 12 people were killed in the shelling of the depot on Monday.\n",
                      name="untitled", published="2020-10-05", lang="en", outlet="Kompas"))
    return create_app({"KB_STORE": kb, "RATE_LIMIT": None}).test_client()


def test_an_untitled_article_is_named_by_its_outlet_and_date_not_its_key(client: FlaskClient) -> None:
    rows = client.get("/articles.json").get_json()["rows"]
    untitled = next(r for r in rows if not r.get("title"))
    name = "Untitled article, Kompas, 2020-10-05"
    for path in ("/articles", "/", f"/articles/{untitled['key']}"):
        page = client.get(path).get_data(as_text=True)
        assert name in page, path
    assert f">{untitled['key']}<" not in client.get("/articles").get_data(as_text=True)
