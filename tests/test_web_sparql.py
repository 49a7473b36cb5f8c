"""/sparql (SPARQL 1.1 Protocol) through the Flask test client: forms, formats, refusals, limits."""

from __future__ import annotations

import http.server
import json
import multiprocessing as mp
import threading
from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from rdflib import Graph
from rdflib.compare import isomorphic

from kb.service import KnowledgeBase
from tests.fixtures import demo
from web import create_app

SELECT = "PREFIX ckb: <https://w3id.org/claimkb/ns#> SELECT ?c ?q WHERE { ?c ckb:quote ?q } ORDER BY ?c"
CONSTRUCT = "PREFIX ckb: <https://w3id.org/claimkb/ns#> CONSTRUCT { ?c ckb:quote ?q } WHERE { ?c ckb:quote ?q }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return demo.build()


@pytest.fixture(scope="module")
def app(kb: KnowledgeBase) -> Flask:
    return create_app({"KB_STORE": kb, "RATE_LIMIT": None, "SPARQL_TIMEOUT": 1.0, "SPARQL_MAX_ROWS": 50,
                       "SPARQL_MAX_QUERY_BYTES": 2000})


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def test_get_post_form_and_post_query_agree(client: FlaskClient) -> None:
    got = client.get("/sparql", query_string={"query": SELECT})
    form = client.post("/sparql", data={"query": SELECT})
    direct = client.post("/sparql", data=SELECT.encode(), content_type="application/sparql-query")
    assert got.status_code == form.status_code == direct.status_code == 200
    assert got.mimetype == "application/sparql-results+json"
    assert got.data == form.data == direct.data
    assert len(got.get_json()["results"]["bindings"]) == 6 == int(got.headers["X-SPARQL-Rows"])
    assert got.headers["Vary"] == "Accept" and got.headers["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(("accept", "media", "marker"), [
    ("application/sparql-results+json", "application/sparql-results+json", b'"head"'),
    ("application/sparql-results+xml", "application/sparql-results+xml", b"<sparql"),
    ("text/csv", "text/csv", b"c,q\r\n"),
    ("text/tab-separated-values", "text/tab-separated-values", b"?c\t?q\n"),
    ("*/*", "application/sparql-results+json", b'"head"'),
])
def test_select_result_formats(client: FlaskClient, accept: str, media: str, marker: bytes) -> None:
    response = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": accept})
    assert response.status_code == 200 and response.mimetype == media and marker in response.data


def test_ask(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
    assert response.get_json() == {"head": {}, "boolean": True}
    xml = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"},
                     headers={"Accept": "application/sparql-results+xml"})
    assert b"<boolean>true</boolean>" in xml.data


@pytest.mark.parametrize(("accept", "media", "rdf_format"), [
    (None, "text/turtle", "turtle"),
    ("text/turtle", "text/turtle", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/ld+json", "application/ld+json", "json-ld"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
])
def test_construct_formats(client: FlaskClient, accept: str | None, media: str, rdf_format: str) -> None:
    headers = {"Accept": accept} if accept else {}
    response = client.get("/sparql", query_string={"query": CONSTRUCT}, headers=headers)
    assert response.status_code == 200 and response.mimetype == media
    assert len(Graph().parse(data=response.data, format=rdf_format)) == 6


def test_unacceptable_accept_is_406(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": "text/turtle"})
    assert response.status_code == 406 and response.get_json()["error"]["status"] == 406
    assert client.get("/sparql", query_string={"query": CONSTRUCT},
                      headers={"Accept": "text/csv"}).status_code == 406


def test_bad_query_is_400_with_message(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s "})
    error = response.get_json()["error"]
    assert response.status_code == 400 and error["title"] == "Bad query" and "invalid SPARQL" in error["detail"]
    assert client.post("/sparql", data={"nothing": "here"}).status_code == 400
    assert client.post("/sparql", data="x", content_type="text/plain").status_code == 415


@pytest.mark.parametrize("how", ["update-param", "update-form", "update-body", "update-in-query"])
def test_updates_are_403(client: FlaskClient, kb: KnowledgeBase, how: str) -> None:
    update = "DROP ALL"
    response = {
        "update-param": lambda: client.get("/sparql", query_string={"update": update}),
        "update-form": lambda: client.post("/sparql", data={"update": update}),
        "update-body": lambda: client.post("/sparql", data=update, content_type="application/sparql-update"),
        "update-in-query": lambda: client.post("/sparql", data={"query": update}),
    }[how]()
    assert response.status_code == 403 and "read-only" in response.get_json()["error"]["detail"]
    assert kb.stats()["claims"] == 6


@pytest.fixture()
def witness() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server that records any request, to prove SERVICE never leaves the box."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            hits.append(self.path)
            self.send_response(500)
            self.end_headers()

        do_GET = do_POST

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", hits
    server.shutdown()


def test_service_is_refused_before_any_request(client: FlaskClient, witness: tuple[str, list[str]]) -> None:
    url, hits = witness
    for query in (f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
                  f"SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ SERVICE <{url}> {{ ?a ?p ?o }} }} }}"):
        response = client.get("/sparql", query_string={"query": query})
        assert response.status_code == 403 and "SERVICE" in response.get_json()["error"]["detail"]
    assert hits == []


def test_load_and_foreign_from_are_refused(client: FlaskClient) -> None:
    assert client.post("/sparql", data={"query": "LOAD <file:///etc/passwd>"}).status_code == 403
    foreign = client.get("/sparql", query_string={"query": "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"})
    assert foreign.status_code == 403 and "not in this store" in foreign.get_json()["error"]["detail"]
    stored = client.get("/sparql", query_string={
        "query": "SELECT * FROM <https://w3id.org/claimkb/graph/actors> WHERE { ?s ?p ?o } LIMIT 1"})
    assert stored.status_code == 200
    outside = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }",
                                                  "default-graph-uri": "http://elsewhere.example/"})
    assert outside.status_code == 403


def test_timeout_stops_the_query_and_the_server_keeps_serving(client: FlaskClient) -> None:
    """The 1 s limit stopped the query (how long that takes: ``bench/limits.py``) and its worker is gone."""
    before = {p.pid for p in mp.active_children()}
    response = client.get("/sparql", query_string={"query": RUNAWAY})
    assert response.status_code == 503
    assert "ran past the 1 s limit and was stopped" in response.get_json()["error"]["detail"]
    assert {p.pid for p in mp.active_children()} <= before
    assert client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"}).status_code == 200
    assert client.get("/").status_code == 200


def test_row_cap_is_flagged(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert response.headers["X-SPARQL-Truncated"] == "true" and response.headers["X-SPARQL-Max-Rows"] == "50"
    assert len(response.get_json()["results"]["bindings"]) == 50


def test_query_size_cap_is_413(client: FlaskClient) -> None:
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 3000
    for response in (client.get("/sparql", query_string={"query": big}),
                     client.post("/sparql", data={"query": big}),
                     client.post("/sparql", data=big, content_type="application/sparql-query")):
        assert response.status_code == 413 and response.get_json()["error"]["status"] == 413


def test_rate_limit_is_429_in_the_error_shape(kb: KnowledgeBase) -> None:
    client = create_app({"KB_STORE": kb, "RATE_LIMIT": "3/minute"}).test_client()
    statuses = [client.get("/sparql", query_string={"query": "ASK {}"}).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited = client.get("/sparql", query_string={"query": "ASK {}"})
    assert limited.get_json()["error"]["title"] == "Too many requests" and int(limited.headers["Retry-After"]) >= 1
    assert client.get("/actors").status_code == 200  # pages are not limited


def test_service_description_and_cors_preflight(client: FlaskClient) -> None:
    response = client.get("/sparql")
    assert response.mimetype == "text/turtle"
    # a browser following the footer's "SPARQL endpoint" is sent to the query page, not shown raw Turtle (tryout 20)
    browser = client.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert browser.status_code == 303 and browser.headers["Location"] == "/query"
    assert client.get("/sparql", headers={"Accept": "text/turtle"}).mimetype == "text/turtle"
    g = Graph().parse(data=response.data, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert any(str(o) == sd + "Service" for o in g.objects())
    assert any(str(o) == sd + "SPARQL11Query" for o in g.objects())
    for accept in ("application/ld+json", "application/json"):  # a JSON client gets the graph as JSON-LD
        as_json = client.get("/sparql", headers={"Accept": accept})
        assert as_json.mimetype == "application/ld+json", accept
        assert isomorphic(Graph().parse(data=as_json.data, format="json-ld"), g)
    preflight = client.options("/sparql", headers={"Origin": "http://x.example",
                                                   "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 204 and "POST" in preflight.headers["Access-Control-Allow-Methods"]


def test_errors_on_the_endpoint_are_json_even_for_browsers(client: FlaskClient) -> None:
    response = client.post("/sparql", data={"query": "nonsense"}, headers={"Accept": "text/html"})
    assert response.status_code == 400 and json.loads(response.data)["error"]["status"] == 400
    # a browser's GET of a query's address gets the query page, which runs it and says the error in words (the
    # page's script reads this JSON shape: tests/browser/test_query_page.py); trial user29
    page = client.get("/sparql", query_string={"query": "nonsense"}, headers={"Accept": "text/html"})
    assert page.status_code == 200 and page.mimetype == "text/html" and 'id="yasgui"' in page.get_data(as_text=True)
