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


def _title(html: str) -> str:
    import re

    found = re.search(r"<title>(.*?)</title>", html, re.S)
    assert found is not None
    return found.group(1)


@pytest.mark.parametrize("given", ["https://w3id.org/claimkb/id/actor/armenia", "armenia", "Armenia"])
def test_conflicts_of_an_actor_are_titled_by_its_label(client: Any, given: str) -> None:
    html = client.get("/conflicts", query_string={"actor": given}).get_data(as_text=True)
    assert _title(html).startswith("Conflicts involving Armenia ")
    assert "involving https://" not in html and "involving <code>" not in html


def test_an_aggregate_page_is_named_by_its_measure(client: Any) -> None:
    rows = client.get("/aggregates.json").get_json()["rows"]
    assert rows
    for row in rows:
        title = _title(client.get(f"/aggregates/{row['key']}").get_data(as_text=True))
        assert title.startswith("Aggregate: ") and "killed" in title, title


def test_the_map_counts_in_words(app: Flask) -> None:
    from jinja2 import Template

    with app.test_request_context("/map"):
        source = app.jinja_env.loader.get_source(app.jinja_env, "map.html")[0]  # type: ignore[union-attr]
        heading = source[source.index("<h1>"):source.index("</h1>") + 5]
        template = Template(heading)
        template.environment.filters.update(app.jinja_env.filters)
        one = template.render(claims=1, places=[{}])  # the claims counted per place (map30), not rows read
        three = template.render(claims=3, places=[{}] * 2)
    assert "(1 claim, 1 place)" in one and "(3 claims, 2 places)" in three
