"""What tryout 19 found on the web app, over the demo store.

``max-rows`` on /sparql: a client (the SPARQL page) may ask for fewer rows than the endpoint's cap, never more."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask

from tests.fixtures import demo
from web import create_app


@pytest.fixture(scope="module")
def app() -> Flask:
    return create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None})


@pytest.fixture()
def client(app: Flask) -> Any:
    return app.test_client()

QUERY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"


def test_max_rows_lowers_the_cap(client: Any) -> None:
    r = client.get("/sparql", query_string={"query": QUERY, "max-rows": "5"})
    assert r.status_code == 200
    assert len(r.get_json()["results"]["bindings"]) == 5
    assert r.headers["X-SPARQL-Truncated"] == "true" and r.headers["X-SPARQL-Max-Rows"] == "5"


def test_max_rows_never_raises_the_cap(client: Any, app: Any) -> None:
    cap = int(app.config["SPARQL_MAX_ROWS"])
    r = client.post("/sparql", data={"query": QUERY, "max-rows": str(cap * 10)})
    assert r.status_code == 200 and len(r.get_json()["results"]["bindings"]) <= cap


@pytest.mark.parametrize("bad", ["0", "-3", "many"])
def test_a_bad_max_rows_is_a_400(client: Any, bad: str) -> None:
    assert client.get("/sparql", query_string={"query": QUERY, "max-rows": bad}).status_code == 400


def test_the_page_asks_for_a_thousand(client: Any) -> None:
    assert b'data-max-rows="1000"' in client.get("/query").data
