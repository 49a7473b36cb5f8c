"""The remote store's error paths against a real HTTP server on 127.0.0.1 that misbehaves on purpose.

A SPARQL server can refuse a login, fail, answer something that is not SPARQL, answer too slowly, trickle
bytes, break off mid-answer, or stop a query at its own time limit.  Each must reach the caller as one line
of the ``kb.errors`` hierarchy (``QueryError`` / ``QueryTimeout`` for queries, ``StoreError`` for the
rest), and ``kb query`` must print that line and exit 2, never a traceback.  The per-query time limit
must also be in the request (Virtuoso's ``timeout`` parameter), so that the server can stop too.
"""

from __future__ import annotations

import queue
import threading
import time
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from kb.cli import main
from kb.errors import KBError, QueryError, QueryTimeout, StoreError
from kb.store.remote import SparqlStore

SELECT = "SELECT ?s WHERE { ?s ?p ?o }"
JSON = "application/sparql-results+json"
SEEN: list[dict[str, list[str]]] = []
TRICKLED: queue.Queue[str] = queue.Queue()


class Misbehaving(BaseHTTPRequestHandler):
    """Answers by the first path segment: ``/<mode>/query`` (Oxigraph-like) or ``/<mode>/sparql``."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:  # quiet test output
        pass

    def do_GET(self) -> None:
        self._answer(b"")

    def do_POST(self) -> None:
        self._answer(self.rfile.read(int(self.headers.get("Content-Length", 0))))

    def do_PUT(self) -> None:
        self.do_POST()

    def _send(self, status: int, body: bytes, ctype: str = JSON, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def _answer(self, body: bytes) -> None:
        SEEN.append(urllib.parse.parse_qs(body.decode()))
        mode = self.path.split("/")[1]
        if mode == "unauthorised":
            self._send(401, b"Unauthorized", "text/plain", WWW_Authenticate='Basic realm="sparql"')
        elif mode == "failing":
            text = b"Virtuoso 42000 Error SR185: Undefined procedure\n\nSPARQL query:\nSELECT ..."
            self._send(500, text, "text/plain")
        elif mode == "html":
            self._send(200, b"<html><body>Proxy login</body></html>", "text/html")
        elif mode == "slow":
            time.sleep(3)
            self._send(200, b'{"head":{"vars":[]},"results":{"bindings":[]}}')
        elif mode == "trickle":
            self._trickle()
        elif mode == "truncated":
            self.send_response(200)
            self.send_header("Content-Type", JSON)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b'{"head":')
        elif mode == "partial":  # Virtuoso's "anytime" answer after its timeout parameter
            self._send(200, b'{"head":{"vars":["s"]},"results":{"bindings":[]}}', X_SQL_State="S1TAT")
        elif mode == "cancelled":  # Oxigraph after --timeout-s, once its 200 went out
            self._send(200, b'{"head":{"vars":["s"]},"results":{"bindings":[The SPARQL operation has been cancelled')
        elif mode == "cancelled500":
            self._send(500, b"The SPARQL operation has been cancelled", "text/plain")
        else:
            self._send(200, b'{"head":{"vars":["s"]},"results":{"bindings":[]}}')

    def _trickle(self) -> None:
        """A valid answer, one byte at a time: each read is quick, the whole never ends in time.  How it
        ended goes to ``TRICKLED``: "cut" when the client hung up mid-answer, "sent" when all 100 bytes
        (10 s) went out to a client still waiting for more."""
        self.send_response(200)
        self.send_header("Content-Type", JSON)
        self.send_header("Content-Length", "100000")
        self.end_headers()
        try:
            for _ in range(100):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:  # the client closed the connection: what it should do
            TRICKLED.put("cut")
            return
        TRICKLED.put("sent")


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """Quiet: clients that give up on the slow modes leave broken pipes behind, as they should."""


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = Server(("127.0.0.1", 0), Misbehaving)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join(5)


def _one_line_error(exc: pytest.ExceptionInfo[KBError]) -> str:
    text = str(exc.value)
    assert "\n" not in text and 0 < len(text) < 400
    return text


@pytest.mark.parametrize("kind", ["query", "sparql"])
def test_not_allowed_is_a_store_error_that_says_what_to_set(base: str, kind: str) -> None:
    for store in (SparqlStore(f"{base}/unauthorised/{kind}", timeout=5),
                  SparqlStore(f"{base}/unauthorised/{kind}", timeout=5, user="u", password="wrong")):
        with pytest.raises(StoreError) as exc:
            store.select(SELECT)
        assert "HTTP 401" in _one_line_error(exc) and "KB_SPARQL_USER" in str(exc.value)


def test_server_failure_is_one_line(base: str) -> None:
    store = SparqlStore(f"{base}/failing/query", timeout=5)
    with pytest.raises(QueryError) as exc:
        store.select(SELECT)
    assert "HTTP 500" in _one_line_error(exc) and "Undefined procedure" in str(exc.value)
    assert not isinstance(exc.value, QueryTimeout)
    with pytest.raises(StoreError) as stored:
        store.put_graph("http://example.org/g", _graph())
    assert "HTTP 500" in _one_line_error(stored)


def test_an_answer_that_is_not_sparql_results(base: str) -> None:
    with pytest.raises(QueryError) as exc:
        SparqlStore(f"{base}/html/query", timeout=5).select(SELECT)
    assert "text/html" in _one_line_error(exc) and "not SPARQL JSON results" in str(exc.value)


@pytest.mark.parametrize("mode", ["slow", "trickle"])
def test_slow_or_trickling_server_is_a_timeout_at_the_limit(base: str, mode: str) -> None:
    """A valid answer that comes too late is a timeout, never the answer.  The limit is for the whole
    answer, not each read: the client hangs up on a trickle while bytes are still coming (a per-read
    limit would take all 100 of them, 10 s).  How long the stop takes: ``bench/limits.py``."""
    while not TRICKLED.empty():
        TRICKLED.get_nowait()
    store = SparqlStore(f"{base}/{mode}/query", timeout=1)
    with pytest.raises(QueryTimeout) as exc:
        store.select(SELECT)
    assert "within 1 s" in _one_line_error(exc)
    if mode == "trickle":
        assert TRICKLED.get(timeout=30) == "cut", "the client read the whole trickle: its limit is per read"
    with pytest.raises(StoreError):
        store.drop_graph("http://example.org/g")  # a write past the limit is a store error


def test_an_answer_that_breaks_off(base: str) -> None:
    with pytest.raises(StoreError) as exc:
        SparqlStore(f"{base}/truncated/query", timeout=5).select(SELECT)
    assert "broke off" in _one_line_error(exc)


@pytest.mark.parametrize("mode", ["partial", "cancelled", "cancelled500"])
def test_a_query_the_server_stopped_at_its_limit_is_a_timeout_never_partial_rows(base: str, mode: str) -> None:
    store = SparqlStore(f"{base}/{mode}/query", timeout=5)
    with pytest.raises(QueryTimeout) as exc:
        store.select(SELECT)
    assert "stopped the query" in _one_line_error(exc)
    for fmt in ("json", "csv"):
        with pytest.raises(QueryTimeout):
            store.query_raw(SELECT, fmt)


def test_the_time_limit_is_in_the_request_for_virtuoso(base: str) -> None:
    SEEN.clear()
    SparqlStore(f"{base}/fine/sparql", timeout=2.5, exclude_graphs=[]).select(SELECT)
    SparqlStore(f"{base}/fine/query", timeout=2.5).select(SELECT)
    virtuoso, oxigraph = SEEN
    assert virtuoso["timeout"] == ["2500"]  # milliseconds, as Virtuoso reads it
    assert "timeout" not in oxigraph  # Oxigraph server has no such parameter: --timeout-s does it


@pytest.mark.parametrize("mode", ["unauthorised", "failing", "html", "slow", "truncated", "partial"])
def test_kb_query_prints_one_line_and_exits_2(base: str, mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KB_SPARQL_TIMEOUT", "1")
    result = CliRunner().invoke(main, ["query", "--store", f"{base}/{mode}/query", SELECT])
    assert result.exit_code == 2, (result.output, result.exception)
    assert "Traceback" not in result.output and not isinstance(result.exception, KBError)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("kb: "), result.output


@pytest.mark.parametrize("mode", ["unauthorised", "failing", "html", "slow"])
def test_kb_ingest_prints_one_line_per_failure_and_exits_2(base: str, mode: str, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The write path: ``kb ingest`` into a server that refuses, fails, answers HTML or is too slow."""
    monkeypatch.setenv("KB_SPARQL_TIMEOUT", "1")
    monkeypatch.setenv("KB_QUARANTINE", str(tmp_path / "quarantine"))
    article = tmp_path / "figure.txt"
    article.write_text("Baku says more than 300 Armenian soldiers were killed on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--store", f"{base}/{mode}/query", str(article)])
    assert result.exit_code == 2, (result.output, result.exception)
    assert "Traceback" not in result.output and not isinstance(result.exception, KBError)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines and all(line.startswith("kb: ") for line in lines), result.output


STATUS = {"unauthorised": 502, "failing": 502, "html": 502, "slow": 503}
"""A page or a write over a remote store runs only the app's own queries: any failure is the server's."""


@pytest.mark.parametrize("mode", list(STATUS))
def test_the_web_app_over_a_failing_server_answers_502_or_503_and_names_no_host(
        base: str, mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from web import create_app

    monkeypatch.setenv("KB_SPARQL_TIMEOUT", "1")  # the remote store's own limit (the slow server takes 3 s)
    host = base.removeprefix("http://")
    client = create_app({"KB_STORE": f"{base}/{mode}/query", "RATE_LIMIT": None, "SPARQL_TIMEOUT": 1.0,
                         "API_TOKEN": "t"}).test_client()
    for path in ("/articles.json", "/conflicts.json", "/actors.json"):
        response = client.get(path)
        error = response.get_json()["error"]
        assert (response.status_code, error["status"]) == (STATUS[mode], STATUS[mode]), (path, error)
        assert host not in response.get_data(as_text=True)
    page = client.get("/")
    assert page.status_code == STATUS[mode] and host not in page.get_data(as_text=True)
    assert "<html" in page.get_data(as_text=True)  # a page for people, in the one error shape
    posted = client.post("/api/articles", headers={"Authorization": "Bearer t"},
                         json={"text": "Baku says more than 300 Armenian soldiers were killed on Monday."})
    assert posted.status_code == 502 and host not in posted.get_data(as_text=True)  # a write failed: StoreError


@pytest.mark.parametrize(("mode", "status", "words"), [
    ("unauthorised", 502, "failed or could not be reached"), ("html", 502, "not SPARQL results"),
    ("slow", 503, "1 s limit"), ("failing", 400, "Undefined procedure"),  # the server's words on the user's query
])
def test_sparql_over_a_failing_server_says_what_failed_and_names_no_host(base: str, mode: str, status: int,
                                                                         words: str) -> None:
    from web import create_app

    client = create_app({"KB_STORE": f"{base}/{mode}/query", "RATE_LIMIT": None,
                         "SPARQL_TIMEOUT": 1.0}).test_client()
    response = client.get("/sparql", query_string={"query": SELECT})
    assert response.status_code == status and words in response.get_json()["error"]["detail"]
    assert base.removeprefix("http://") not in response.get_data(as_text=True)


def _graph() -> Graph:
    g = Graph()
    g.add((URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal("o")))
    return g


def test_a_copy_with_lower_limits_leaves_the_original_alone() -> None:
    """The query sandbox runs user queries on a copy with its own time and size limits (``kb.sparql.sandbox``):
    the app's own store keeps its limits."""
    import copy

    original = SparqlStore("http://127.0.0.1:9/query", timeout=60)
    limited = copy.copy(original)
    limited.timeout, limited.max_answer_bytes = 2, 1000
    assert (original.timeout, original.max_answer_bytes) == (60, None)
    assert (limited.timeout, limited.max_answer_bytes) == (2, 1000)


def test_a_user_query_runs_under_its_own_limits_and_leaves_the_stores(base: str) -> None:
    """``/sparql`` and ``kb query`` send a user's query under the user's limits on a copy of the store;
    the store the app keeps for its pages keeps its own (a shared connector once took the user's)."""
    from kb.sparql.sandbox import Formats, Limits, Sandbox

    store = SparqlStore(f"{base}/fine/query", timeout=5)
    answer = Sandbox(store, Limits(timeout=1, max_result_bytes=1000)).run(SELECT, Formats("json"))
    assert answer.kind == "solutions" and answer.rows == 0
    assert (store.timeout, store.max_answer_bytes) == (5, None)
    slow = SparqlStore(f"{base}/slow/query", timeout=5)
    with pytest.raises(QueryTimeout, match="1 s"):  # the user's limit, not the store's 5 s
        Sandbox(slow, Limits(timeout=1)).run(SELECT, Formats("json"))
    assert slow.timeout == 5
