"""Small things a new user tripped on (tryout G): each conflict page has its own title; every 404 is titled
"Not found"; a quote ending on a closing mark it never opened gets no second one; /conflicts.json says that its
total counts conflicts while its rows are their claims; /review.json and .csv say their length in X-Total-Count."""

from __future__ import annotations

import csv
import io
import re

import pytest
from flask import Flask
from flask.testing import FlaskClient

from kb.service import KnowledgeBase
from tests.fixtures import demo
from web import create_app
from web.core import quoted


@pytest.fixture(scope="module")
def app() -> Flask:
    kb: KnowledgeBase = demo.build()
    return create_app({"KB_STORE": kb, "RATE_LIMIT": None})


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def _title(page: str) -> str:
    found = re.search(r"<title>(.*?)</title>", page, re.S)
    assert found
    return found.group(1).strip()


def test_each_conflict_page_has_its_own_title(client: FlaskClient) -> None:
    keys = sorted({r["key"] for r in client.get("/conflicts.json").get_json()["rows"]})
    titles = [_title(client.get(f"/conflicts/{k}").get_data(as_text=True)) for k in keys]
    assert keys and all(t.endswith(f"({k[:8]}) · claimkb") and " conflict: " in t
                        for t, k in zip(titles, keys, strict=True))
    assert len(set(titles)) == len(titles)
    assert _title(client.get("/conflicts").get_data(as_text=True)) == "Conflicts · claimkb"


@pytest.mark.parametrize("path", ["/no/such/page", "/claims/nope", "/conflicts/0000000000000000"])
def test_every_404_reads_the_same(client: FlaskClient, path: str) -> None:
    page = client.get(path, headers={"Accept": "text/html"}).get_data(as_text=True)
    assert _title(page) == "404 Not found · claimkb" and "404 · Not found" in page


def test_a_405_is_in_sentence_case_too(client: FlaskClient) -> None:
    answer = client.delete("/conflicts", headers={"Accept": "application/json"})
    assert answer.status_code == 405 and answer.get_json()["error"]["title"] == "Method not allowed"


@pytest.mark.parametrize(("text", "shown"), [
    ("the shelling went on at intervals.\u201d", "\u201cthe shelling went on at intervals.\u201d"),
    ("plain words", "\u201cplain words\u201d"),
    ("they called it \u201ca lie\u201d", "\u201cthey called it \u201ca lie\u201d\u201d"),  # its own pair, closed
    ("the talks ended.\"", "\u201cthe talks ended.\""),
    ("a \"fair\" deal", "\u201ca \"fair\" deal\u201d"),
    ("\u201cWe will respond,\u201d he said", "\u201cWe will respond,\u201d he said"),
])
def test_a_quote_gets_one_closing_mark(text: str, shown: str) -> None:
    assert quoted(text) == shown


def test_the_conflicts_list_says_what_total_and_rows_count(client: FlaskClient) -> None:
    data = client.get("/conflicts.json").get_json()
    assert data["total_counts"] == "conflicts" and data["rows_are"].startswith("claims: one row per claim")
    assert len({r["key"] for r in data["rows"]}) == data["total"] <= len(data["rows"])
    paged = client.get("/conflicts.json?page=1").get_json()
    assert paged["total_counts"] == "conflicts"


@pytest.mark.parametrize("suffix", ["json", "csv"])
def test_the_review_queue_says_its_length(client: FlaskClient, suffix: str) -> None:
    answer = client.get(f"/review.{suffix}")
    count = answer.headers.get("X-Total-Count")
    assert answer.status_code == 200 and count is not None
    if suffix == "json":
        assert int(count) == len(answer.get_json()["rows"]) == answer.get_json()["total"]
    else:
        assert int(count) == len(list(csv.reader(io.StringIO(answer.get_data(as_text=True))))) - 1
