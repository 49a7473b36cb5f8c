"""A real server (``web.serve`` → waitress, in a subprocess) over a disk store, driven by real SPARQL
clients: SPARQLWrapper and rdflib's SPARQLStore."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

from tests.fixtures import demo

CKB = "PREFIX ckb: <https://w3id.org/claimkb/ns#>\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    location = tmp_path_factory.mktemp("served") / "kb"
    demo.build(str(location)).close()
    port = free_port()
    code = f"from web import serve; serve({str(location)!r}, port={port})"
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=Path(__file__).parents[1],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/sparql", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode() if proc.stderr else "server died") from None
            time.sleep(0.1)
    yield url
    proc.terminate()
    out, _ = proc.communicate(timeout=10)
    assert out == b""  # serve prints nothing itself


def wrapper(base_url: str, query: str, fmt: str, method: str = "GET") -> SPARQLWrapper:
    sw = SPARQLWrapper(base_url + "/sparql")
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    sw.setMethod(method)
    return sw


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_select_json(base_url: str, method: str) -> None:
    result = wrapper(base_url, CKB + "SELECT ?c ?q WHERE { ?c ckb:quote ?q }", JSON, method).queryAndConvert()
    assert len(result["results"]["bindings"]) == 6  # type: ignore[index]


def test_sparqlwrapper_select_xml_csv_and_ask(base_url: str) -> None:
    xml = wrapper(base_url, CKB + "SELECT ?c WHERE { ?c ckb:speaker ?s }", XML).queryAndConvert()
    assert len(xml.getElementsByTagName("result")) == 6  # type: ignore[union-attr]
    csv_text = wrapper(base_url, CKB + "SELECT ?c WHERE { ?c ckb:speaker ?s }", CSV).queryAndConvert()
    assert csv_text.decode().count("\r\n") == 7  # type: ignore[union-attr]
    assert wrapper(base_url, "ASK { ?s ?p ?o }", JSON).queryAndConvert()["boolean"] is True  # type: ignore[index]


def test_sparqlwrapper_construct_turtle(base_url: str) -> None:
    data = wrapper(base_url, CKB + "CONSTRUCT WHERE { ?c ckb:quote ?q }", TURTLE).queryAndConvert()
    assert len(Graph().parse(data=data, format="turtle")) == 6


def test_sparqlwrapper_sees_refusals(base_url: str) -> None:
    from urllib.error import HTTPError

    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    with pytest.raises(QueryBadFormed, match="invalid SPARQL"):
        wrapper(base_url, "SELECT * WHERE { ?s ", JSON).queryAndConvert()
    with pytest.raises(HTTPError) as refused:  # SPARQLWrapper has no exception class for 403
        wrapper(base_url, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", JSON).queryAndConvert()
    assert refused.value.code == 403 and b'"status":403' in refused.value.read()


def test_rdflib_sparqlstore(base_url: str) -> None:
    store = SPARQLStore(base_url + "/sparql", returnFormat="json")
    graph = Graph(store=store)
    rows = list(graph.query(CKB + "SELECT ?c ?q WHERE { ?c ckb:quote ?q } ORDER BY ?c"))
    assert len(rows) == 6 and all(isinstance(r[0], URIRef) for r in rows)  # type: ignore[index]
    assert graph.query("ASK { ?s ?p ?o }").askAnswer is True
    triples = list(graph.triples((None, URIRef("https://w3id.org/claimkb/ns#factuality"), None)))
    assert len(triples) == 6


def test_pages_over_the_disk_store(base_url: str) -> None:
    """Every page answers over the served disk store (their speed: ``bench/limits.py`` and ``bench/run.py``)."""
    for path in ("/", "/actors", "/actors/armenia", "/conflicts", "/query", "/articles.json"):
        with urllib.request.urlopen(base_url + path, timeout=30) as response:
            assert response.status == 200
            assert "script-src 'self'" in response.headers["Content-Security-Policy"]


def test_serving_on_a_port_in_use_is_one_line_and_exit_2(base_url: str) -> None:
    """A second server on the same port says so in one line (exit 2), and never announces it is serving first
    (tryout 20: "Serving ... at" then "kb: file: Address already in use")."""
    port = base_url.rsplit(":", 1)[1]
    result = subprocess.run([sys.executable, "-m", "kb.cli", "serve", "--store", ":memory:", "--port", port],
                            cwd=Path(__file__).parents[1], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2, result
    expected = f"kb: 127.0.0.1:{port} is already in use (another server?); choose another with --port"
    assert result.stdout == "" and result.stderr.strip() == expected
