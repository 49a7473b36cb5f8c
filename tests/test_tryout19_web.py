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


G = "https://w3id.org/claimkb/graph/"


def _count(client: Any, query: str, **protocol: str) -> int:
    r = client.get("/sparql", query_string={"query": query, **protocol})
    assert r.status_code == 200, r.get_json()
    return int(r.get_json()["results"]["bindings"][0]["n"]["value"])


def _in_graph(client: Any, graph: str) -> int:
    return _count(client, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")


def test_without_a_dataset_the_default_graph_is_the_union(client: Any) -> None:
    everything = _count(client, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert _count(client, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == everything


def test_from_in_the_query_is_the_default_graph(client: Any) -> None:
    """Tryout 19: FROM was ignored, the union counted."""
    actors = _in_graph(client, G + "actors")
    assert 0 < actors < _count(client, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert _count(client, f"SELECT (COUNT(*) AS ?n) FROM <{G}actors> WHERE {{ ?s ?p ?o }}") == actors
    both = _in_graph(client, G + "actors") + _in_graph(client, G + "cards")
    assert _count(client, f"SELECT (COUNT(*) AS ?n) FROM <{G}actors> FROM <{G}cards> WHERE {{ ?s ?p ?o }}") == both


def test_from_named_gives_the_named_graphs_and_an_empty_default(client: Any) -> None:
    actors = _in_graph(client, G + "actors")
    assert _count(client, f"SELECT (COUNT(*) AS ?n) FROM NAMED <{G}actors> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}") \
        == actors
    assert _count(client, f"SELECT (COUNT(*) AS ?n) FROM NAMED <{G}actors> WHERE {{ ?s ?p ?o }}") == 0


def test_the_protocol_dataset_wins_over_the_query(client: Any) -> None:
    cards = _in_graph(client, G + "cards")
    assert _count(client, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", **{"default-graph-uri": G + "cards"}) == cards
    assert _count(client, f"SELECT (COUNT(*) AS ?n) FROM <{G}actors> WHERE {{ ?s ?p ?o }}",
                  **{"default-graph-uri": G + "cards"}) == cards


def test_an_unknown_graph_is_still_refused(client: Any) -> None:
    r = client.get("/sparql", query_string={"query": f"SELECT * FROM <{G}nowhere> WHERE {{ ?s ?p ?o }}"})
    assert r.status_code == 403


def test_two_query_parameters_are_a_400(client: Any) -> None:
    """SPARQL 1.1 Protocol: exactly one query; tryout 19 saw one of two run."""
    two = [("query", "ASK { ?s ?p ?o }"), ("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1")]
    assert client.get("/sparql", query_string=two).status_code == 400
    assert client.post("/sparql", data=dict(query=two[0][1]), query_string=[two[1]]).status_code == 400
    assert client.get("/sparql", query_string=two[:1]).status_code == 200


def test_the_favicon_is_served(client: Any) -> None:
    r = client.get("/favicon.ico")
    assert r.status_code == 200 and r.mimetype == "image/svg+xml"
