"""One renderer (``web.render``): every view's data becomes HTML, JSON or CSV in one place, so every list and
entity page answers each format with the same shape and headers, pages its long lists the same way, runs the
HTML-only work for HTML alone, and fails in the format it was asked for."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from kb.service import KnowledgeBase
from tests.fixtures import demo
from web import create_app

LISTS = ["/actors", "/articles", "/conflicts", "/aggregates", "/series", "/corroborations", "/map", "/quarantine",
         "/feeds", "/review"]
LONG_LISTS = ["/actors", "/articles", "/conflicts", "/aggregates", "/series", "/corroborations"]


@pytest.fixture(scope="module")
def client() -> FlaskClient:
    return create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None}).test_client()


def _keys(client: FlaskClient) -> dict[str, str]:
    """A key of each entity family the demo data has, from the lists (actors, articles, conflicts, claims at least)."""
    out = {}
    for family, path in (("actors", "/actors.json"), ("articles", "/articles.json"), ("conflicts", "/conflicts.json"),
                         ("aggregates", "/aggregates.json"), ("series", "/series.json")):
        rows = client.get(path).get_json()["rows"]
        if not rows:
            continue
        first = rows[0]
        out[family] = str(first.get("key") or first.get("actor") or first.get("article")).rsplit("/", 1)[-1]
    claim = client.get(f"/articles/{out['articles']}.json").get_json()["rows"][0]["claim"]
    out["claims"] = claim.rsplit("/", 1)[-1]
    assert {"actors", "articles", "conflicts", "claims"} <= set(out)
    return out


@pytest.mark.parametrize("path", LISTS)
def test_every_list_gives_the_same_json_and_csv_table(client: FlaskClient, path: str) -> None:
    doc = client.get(f"{path}.json")
    table = client.get(f"{path}.csv")
    assert doc.status_code == table.status_code == 200, path
    body = doc.get_json()
    assert {"columns", "rows", "queries"} <= set(body)
    lines = list(csv.reader(io.StringIO(table.get_data(as_text=True))))
    assert lines[0] == body["columns"] and len(lines) - 1 == len(body["rows"])
    for row, cells in zip(body["rows"], lines[1:], strict=True):  # each cell as the JSON writes it (tryout 20)
        for column, cell in zip(body["columns"], cells, strict=True):
            value = row.get(column)
            if isinstance(value, bool):
                assert cell == ("true" if value else "false"), (path, column, cell)
            elif isinstance(value, float) and value.is_integer():
                assert cell == str(int(value)), (path, column, cell)
    for response in (doc, table):
        assert response.headers["Access-Control-Allow-Origin"] == "*" and response.headers["Vary"] == "Accept"
    html = client.get(path)
    assert html.mimetype == "text/html" and "Access-Control-Allow-Origin" not in html.headers
    assert html.headers["Vary"] == "Accept"


@pytest.mark.parametrize("path", LONG_LISTS)
def test_every_long_list_pages_the_same_way(client: FlaskClient, path: str) -> None:
    whole = client.get(f"{path}.json")
    body = whole.get_json()
    assert body["total"] == int(whole.headers["X-Total-Count"]) and "page" not in body
    paged = client.get(f"{path}.json?limit=1&page=1").get_json()
    assert (paged["page"], paged["limit"], paged["total"]) == (1, 1, body["total"])
    assert paged["pages"] == max(1, body["total"])
    assert client.get(f"{path}.csv").headers["X-Total-Count"] == str(body["total"])
    assert client.get(f"{path}?limit=1").headers["X-Total-Count"] == str(body["total"])
    assert client.get(f"{path}.json?page=0").status_code == 400


def test_the_format_comes_from_the_suffix_or_accept_the_same_for_every_view(client: FlaskClient) -> None:
    keys = _keys(client)
    for family, key in keys.items():
        by_suffix = client.get(f"/{family}/{key}.json")
        by_accept = client.get(f"/{family}/{key}", headers={"Accept": "application/json"})
        assert by_suffix.status_code == 200, family
        assert by_suffix.get_json()["rows"] == by_accept.get_json()["rows"], family
        turtle = client.get(f"/{family}/{key}", headers={"Accept": "text/turtle"})
        assert turtle.mimetype == "text/turtle" and turtle.headers["Vary"] == "Accept", family
        assert client.get(f"/{family}/{key}", headers={"Accept": "image/png"}).status_code == 406, family


def test_html_only_work_is_not_done_for_json(client: FlaskClient) -> None:
    """A claim's JSON runs no query of its HTML page (the article text for the quote's line); its HTML does."""
    claim = _keys(client)["claims"]
    ran_json = {q["name"] for q in client.get(f"/claims/{claim}.json").get_json()["queries"]}
    assert "claim" in ran_json and "article" not in ran_json
    html = client.get(f"/claims/{claim}").get_data(as_text=True)
    assert "<code>article.rq</code>" in html and "<code>claim.rq</code>" in html


def test_a_failure_answers_in_the_format_asked_for(client: FlaskClient) -> None:
    missing = client.get("/conflicts/0000000000000000", headers={"Accept": "text/csv"})
    assert missing.status_code == 404 and missing.get_json()["error"]["status"] == 404
    page = client.get("/conflicts/0000000000000000")
    assert page.status_code == 404 and page.mimetype == "text/html"
    bad = client.get("/actors?kind=Nothing", headers={"Accept": "text/csv"})
    assert bad.status_code == 400 and bad.get_json()["error"]["title"] == "Bad request"


def test_a_views_own_payload_is_rendered_by_its_media_type(client: FlaskClient) -> None:
    geo = client.get("/map.geojson")
    assert geo.mimetype == "application/geo+json" and geo.headers["Access-Control-Allow-Origin"] == "*"
    assert geo.get_json()["type"] == "FeatureCollection"
    assert client.get("/actors.geojson").status_code == 404  # a payload only the map makes



def test_a_quote_that_opens_with_its_own_mark_is_not_quoted_twice(tmp_path: Path) -> None:
    """Sentences that are all speech keep their own marks; the others get curly ones: never two opening marks."""
    article = tmp_path / "speech.txt"
    article.write_text("\u201cWe will answer every shell,\u201d the Armenian Defence Ministry said on Monday, "
                       "adding that 12 soldiers had been killed.\n"
                       "The Azerbaijani Defence Ministry said 30 soldiers had been killed.\n", encoding="utf-8")
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    kb.ingest_inputs([article])
    client = create_app({"KB_STORE": kb, "RATE_LIMIT": None}).test_client()
    for path in ("/review", f"/actors/{_actor_key(client, 'Armenian Defence Ministry')}"):
        html = client.get(path).get_data(as_text=True)
        assert "We will answer every shell" in html and "\u201c\u201c" not in html, path
        assert "\u201cThe Azerbaijani Defence Ministry said 30" in html or path != "/review"


def _actor_key(client: FlaskClient, label: str) -> str:
    rows = client.get("/actors.json?limit=500").get_json()["rows"]
    return next(str(r["actor"]).rsplit("/", 1)[-1] for r in rows if r.get("label") == label)
