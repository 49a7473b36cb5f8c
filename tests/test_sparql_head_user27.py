"""``HEAD /sparql?query=…`` answers as the GET does, without a body (user27's trial: ``curl -I`` of a query
permalink was a 415 "POST a query as application/sparql-query", HEAD being read as a POST without a body)."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from tests.fixtures import demo
from web import create_app

QUERY = "SELECT ?c WHERE { ?c <https://w3id.org/claimkb/ns#quote> ?q } LIMIT 3"


@pytest.fixture(scope="module")
def client() -> FlaskClient:
    return create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None}).test_client()


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "text/csv"])
def test_head_is_the_get_without_a_body(client: FlaskClient, accept: str) -> None:
    get = client.get("/sparql", query_string={"query": QUERY}, headers={"Accept": accept})
    head = client.head("/sparql", query_string={"query": QUERY}, headers={"Accept": accept})
    assert get.status_code == head.status_code == 200, head.get_data(as_text=True)
    assert head.headers["Content-Type"] == get.headers["Content-Type"]
    assert head.headers["X-SPARQL-Rows"] == get.headers["X-SPARQL-Rows"] == "3"
    assert head.get_data() == b""


def test_head_keeps_the_gets_refusals(client: FlaskClient) -> None:
    assert client.head("/sparql", query_string={"query": "SELEC ?x"}).status_code == 400
    assert client.head("/sparql", query_string={"query": "CLEAR ALL"}).status_code == 403
    assert client.head("/sparql", query_string={"update": "CLEAR ALL"}).status_code == 403


def test_head_without_a_query(client: FlaskClient) -> None:
    assert client.head("/sparql", headers={"Accept": "text/html"}).status_code == 303  # as GET: to the page
    assert client.head("/sparql", headers={"Accept": "text/turtle"}).status_code == 200  # the service description
