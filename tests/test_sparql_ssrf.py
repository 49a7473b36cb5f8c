"""No user query makes anything call out: an obfuscation corpus against the parse-based check, the
network-less worker on its own, /sparql, the SPARQL page, ``kb query``, and an Oxigraph server run
under ``kb.sparql.nonet`` — each with a loopback listener that counts the connections it receives.

Every test that expects 0 connections has a control beside it that makes the listener count one,
so a listener that never hears anything cannot pass the suite.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask.testing import FlaskClient

from kb.errors import QueryError
from kb.service import KnowledgeBase
from kb.sparql import worker as worker_module
from kb.sparql.safety import CheckedQuery, check_query
from kb.sparql.sandbox import Formats, Limits, Sandbox
from tests.conftest import needs
from tests.fixtures import demo
from web import create_app


class Listener:
    """A TCP listener on 127.0.0.1 that counts connections (and closes each at once)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = int(self.sock.getsockname()[1])
        self.connections = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()

    def settle(self) -> int:
        """The count once any connection under way has had time to arrive."""
        time.sleep(0.2)
        return self.connections


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    lis = Listener()
    yield lis
    lis.sock.close()


# {u}: the listener's URL, {h}: its host:port.  Each entry tries to make the evaluator call out.
CORPUS = [
    "SELECT * WHERE { SERVICE <{u}> { ?s ?p ?o } }",
    "SELECT ?x WHERE { FILTER(1<2)SERVICE#>\n<{u}> { ?x ?b ?c } }",  # the reported bypass
    "SELECT ?x WHERE { FILTER(1<2)SERVICE#>\r<{u}> { ?x ?b ?c } }",
    "SELECT ?x WHERE { FILTER(?a<?b)SERVICE<{u}>{ ?x ?b ?c } }",
    "select * where { sErViCe <{u}> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <{u}> { ?s ?p ?o } }",
    "SELECT * WHERE {\tSERVICE\t<{u}>\t{ ?s ?p ?o } }",
    "SELECT * WHERE {\r\nSERVICE\r\n<{u}>\f{ ?s ?p ?o } }",
    "SELECT * WHERE { #{\n SERVICE <{u}> #}\n { ?s ?p ?o } }",
    "# SELECT\nSELECT * WHERE { SERVICE <{u}> { ?s ?p ?o } } # }",
    "PREFIX e: <http://{h}/> SELECT * WHERE { SERVICE e:x { ?s ?p ?o } }",
    "PREFIX : <http://{h}/> SELECT * WHERE { SERVICE :x { ?s ?p ?o } }",
    "BASE <http://{h}/> SELECT * WHERE { SERVICE <x> { ?s ?p ?o } }",
    "SELECT * WHERE { VALUES ?u { <{u}> } SERVICE ?u { ?s ?p ?o } }",
    'SELECT * WHERE { BIND(IRI("{u}") AS ?u) SERVICE ?u { ?s ?p ?o } }',
    "SELECT * WHERE { ?a ?b ?c OPTIONAL { SERVICE <{u}> { ?a ?d ?e } } }",
    "SELECT * WHERE { { ?a ?b ?c } UNION { SERVICE <{u}> { ?a ?d ?e } } }",
    "SELECT * WHERE { ?a ?b ?c MINUS { SERVICE <{u}> { ?a ?d ?e } } }",
    "SELECT * WHERE { FILTER NOT EXISTS { SERVICE <{u}> { ?a ?d ?e } } }",
    "ASK { FILTER EXISTS { SERVICE <{u}> { ?a ?d ?e } } }",
    "SELECT * WHERE { { SELECT ?a WHERE { SERVICE <{u}> { ?a ?d ?e } } } }",
    "SELECT * WHERE { GRAPH ?g { SERVICE <{u}> { ?a ?d ?e } } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <{u}> { ?s ?p ?o } }",
    "DESCRIBE ?s WHERE { SERVICE <{u}> { ?s ?p ?o } }",
    "SELECT * WHERE " + "{ " * 300 + "SERVICE <{u}> { ?s ?p ?o }" + " }" * 300,
    "SELECT * WHERE { ?s ?p ?o } " + "#" + "x" * 15000 + "\nSERVICE <{u}> { }",
    "SELECT * WHERE { BIND('''x''' AS ?a) SERVICE <{u}> { ?s ?p ?o } }",
    'SELECT * WHERE { BIND("x\\"" AS ?a) SERVICE <{u}> { ?s ?p ?o } }',
    'SELECT * WHERE { BIND("\\u0022 # " AS ?a) SERVICE <{u}> { ?s ?p ?o } BIND(""\n AS ?b) }',
    "SELECT * WHERE { SERVICE <http://127.0.0.1:\\u0030{port}/> { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <{u}> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE <http://user@{h}/x> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o } ; SELECT * WHERE { SERVICE <{u}> { } }",
    "LOAD <{u}>",
    "LOAD SILENT <{u}> INTO GRAPH <http://g/>",
    "INSERT { ?s ?p ?o } WHERE { SERVICE <{u}> { ?s ?p ?o } }",
    "SELECT * FROM <{u}> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <{u}> WHERE { GRAPH ?g { ?s ?p ?o } }",
    # Virtuoso's own functions fetch URLs for any SPARQL user (no grant stops them): only built-ins and XSD
    'SELECT (bif:http_get("{u}") AS ?r) WHERE { }',
    'PREFIX bif: <bif:> SELECT (bif:http_client("{u}") AS ?r) WHERE { }',
    'SELECT * WHERE { ?s ?p ?o FILTER(<sql:http_get>("{u}")) }',
    'DEFINE get:soft "soft" SELECT * FROM <{u}> WHERE { ?s ?p ?o }',
]
HARMLESS = [  # they name the listener but never ask for it: answered, and still 0 connections
    "DESCRIBE <{u}>",
    'SELECT * WHERE { ?s ?p "SERVICE <{u}> { }" }',
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <{u}> { }",
]


def fill(template: str, lis: Listener) -> str:
    host = f"127.0.0.1:{lis.port}"
    return template.replace("{u}", f"http://{host}/sparql").replace("{h}", host).replace("{port}", str(lis.port))


@pytest.mark.parametrize("template", CORPUS)
def test_the_check_refuses_every_attempt(template: str, listener: Listener) -> None:
    with pytest.raises(QueryError):
        check_query(fill(template, listener), lambda _graph: False, max_bytes=100_000)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return demo.build()


@pytest.fixture(scope="module")
def client(kb: KnowledgeBase) -> FlaskClient:
    app = create_app({"KB_STORE": kb, "RATE_LIMIT": None, "SPARQL_TIMEOUT": 5.0})
    return app.test_client()


def test_sparql_endpoint_refuses_or_neutralises_the_corpus(client: FlaskClient, listener: Listener) -> None:
    before = listener.settle()
    for template in CORPUS:
        query = fill(template, listener)
        for response in (client.get("/sparql", query_string={"query": query}),
                         client.post("/sparql", data={"query": query})):
            assert response.status_code in (400, 403, 413), (template, response.status_code)
            assert response.get_json()["error"]["detail"]
    for template in HARMLESS:
        assert client.get("/sparql", query_string={"query": fill(template, listener)}).status_code == 200
    assert listener.settle() == before


def test_sparql_page_permalinks_only_show_the_query(client: FlaskClient, listener: Listener) -> None:
    """The page puts a permalink's query in the editor; running it goes through /sparql (above)."""
    before = listener.settle()
    for template in CORPUS[:5]:
        response = client.get("/query", query_string={"query": fill(template, listener)})
        assert response.status_code == 200
    assert listener.settle() == before


def test_kb_query_refuses_the_corpus(tmp_path: Path, listener: Listener) -> None:
    from kb.cli import main

    location = tmp_path / "store"
    demo.build(str(location)).close()
    before = listener.settle()
    runner = CliRunner()
    for template in CORPUS:
        result = runner.invoke(main, ["query", "--store", str(location), fill(template, listener)],
                               env={"KB_SPARQL_MAX_QUERY_BYTES": "100000"})
        assert result.exit_code == 2, (template, result.output)
        assert result.output.startswith("kb: ") and len(result.output.strip().splitlines()) == 1
    assert listener.settle() == before


def _unchecked(query: str) -> CheckedQuery:
    """What a check that let everything through would say (the second wall must hold alone)."""
    return CheckedQuery(text=query, form="SELECT")


def test_the_worker_cannot_call_out_even_when_the_check_lets_a_query_through(
        kb: KnowledgeBase, listener: Listener, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker_module, "analyse", _unchecked)  # the forked worker inherits the patch
    box = Sandbox(kb.store, Limits(timeout=5))
    query = fill(CORPUS[0], listener)
    before = listener.settle()
    for template in CORPUS[:25]:
        with contextlib.suppress(QueryError):
            box.run(fill(template, listener), Formats("json", "turtle"))
    assert listener.settle() == before
    # control: without the wall the same worker does connect, so the listener above could have heard it
    monkeypatch.setattr(worker_module, "forbid_network", lambda: None)
    with pytest.raises(QueryError):
        box.run(query, Formats("json"))
    assert listener.settle() > before


def _oxigraph_serve(port: int, wall: bool) -> subprocess.Popen[bytes]:
    binary = Path(sys.executable).with_name("oxigraph")
    if not binary.exists():
        needs("the oxigraph server is not installed (test extra)")
    prefix = [sys.executable, "-m", "kb.sparql.nonet"] if wall else []
    proc = subprocess.Popen([*prefix, str(binary), "serve", "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=2).close()
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    pytest.fail("oxigraph serve did not come up")


def test_an_oxigraph_server_run_under_nonet_cannot_call_out(listener: Listener) -> None:
    """The remote store's own wall: the server evaluates SERVICE itself, but cannot connect anywhere."""
    from tests.servers import free_port

    query = urllib.parse.urlencode({"query": fill(CORPUS[0], listener)})
    counts = {}
    for wall in (True, False):
        port = free_port()
        proc = _oxigraph_serve(port, wall)
        try:
            before = listener.settle()
            with contextlib.suppress(OSError):
                urllib.request.urlopen(f"http://127.0.0.1:{port}/query?{query}", timeout=10).read()
            counts[wall] = listener.settle() - before
        finally:
            proc.terminate()
            proc.wait(10)
    assert counts == {True: 0, False: 1}


@pytest.mark.parametrize("kind", ["oxigraph", "virtuoso"])
def test_remote_stores_refuse_the_corpus_and_cannot_call_out_themselves(
        kind: str, listener: Listener, tmp_path: Path) -> None:
    """/sparql over a remote store checks every query in its worker before the server sees it; and the
    servers as tests/servers.py starts them (Oxigraph under kb.sparql.nonet, Virtuoso without the grants
    that fetch) do not call out when sent SERVICE or LOAD directly.  Virtuoso's bif:http_get still would,
    which is why the check refuses engine functions."""
    from tests.servers import Unavailable, oxigraph_server, virtuoso_server

    server = oxigraph_server(tmp_path) if kind == "oxigraph" else virtuoso_server(tmp_path)
    try:
        url = server.__enter__()
    except Unavailable as exc:
        needs(str(exc))
    try:
        client = create_app({"KB_STORE": url, "RATE_LIMIT": None, "SPARQL_TIMEOUT": 10.0}).test_client()
        before = listener.settle()
        for template in CORPUS:
            response = client.get("/sparql", query_string={"query": fill(template, listener)})
            assert response.status_code in (400, 403, 413), (template, response.status_code)
        assert listener.settle() == before
        for template in ("SELECT * WHERE { SERVICE <{u}> { ?s ?p ?o } }", "LOAD <{u}> INTO GRAPH <urn:x:g>"):
            key = "update" if template.startswith("LOAD") and kind == "oxigraph" else "query"
            target = url.replace("/query", "/update") if key == "update" else url
            data = urllib.parse.urlencode({key: fill(template, listener)}).encode()
            with contextlib.suppress(OSError):
                urllib.request.urlopen(target, data=data, timeout=20).read()
        assert listener.settle() == before
    finally:
        server.__exit__(None, None, None)


def test_a_lone_carriage_return_cannot_hide_service_in_a_comment(listener: Listener) -> None:
    """Oxigraph ends a ``#`` comment at CR, rdflib only at LF: such a text is refused outright."""
    query = fill("SELECT * WHERE { # x\r SERVICE <{u}> { ?a ?b ?c } \n }", listener)
    with pytest.raises(QueryError, match="carriage return"):
        check_query(query, lambda _g: True)
