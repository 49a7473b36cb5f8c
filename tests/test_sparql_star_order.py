"""``SELECT *`` lists its variables in the order the query first writes them (tryout 25).

Oxigraph projects ``*`` in its own sorted order, so ``SELECT * WHERE { ?s ?p ?o }`` came back as o, p, s on
``/sparql``, the query page (which posts there) and ``kb query``; every engine clients know keeps the written
order. The engine still decides which variables are in scope; only their order changes."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from kb.sparql.safety import analyse, in_written_order
from tests.fixtures import demo
from web import create_app

TRIPLE = "SELECT * WHERE { ?s ?p ?o } LIMIT 3"
CLAIMS = ("PREFIX ckb: <https://w3id.org/claimkb/ns#> SELECT * WHERE { ?claim a ckb:CasualtyClaim ; ckb:quote ?quote "
          "OPTIONAL { ?claim ckb:date ?date } BIND (STRLEN(?quote) AS ?length) } LIMIT 3")


@pytest.fixture(scope="module")
def client() -> FlaskClient:
    return create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None}).test_client()


@pytest.mark.parametrize(("query", "names"), [(TRIPLE, ["s", "p", "o"]),
                                              (CLAIMS, ["claim", "quote", "date", "length"])])
def test_the_protocol_endpoint_keeps_the_written_order(client: FlaskClient, query: str, names: list[str]) -> None:
    as_json = client.get("/sparql", query_string={"query": query})
    assert as_json.status_code == 200 and as_json.get_json()["head"]["vars"] == names
    for row in as_json.get_json()["results"]["bindings"]:
        assert list(row) == [n for n in names if n in row]
    as_csv = client.get("/sparql", query_string={"query": query}, headers={"Accept": "text/csv"})
    assert next(csv.reader(io.StringIO(as_csv.get_data(as_text=True)))) == names
    as_tsv = client.get("/sparql", query_string={"query": query}, headers={"Accept": "text/tab-separated-values"})
    assert as_tsv.get_data(as_text=True).splitlines()[0] == "\t".join(f"?{n}" for n in names)
    as_xml = client.get("/sparql", query_string={"query": query},
                        headers={"Accept": "application/sparql-results+xml"}).get_data(as_text=True)
    assert [as_xml.index(f'<variable name="{n}"/>') for n in names] == sorted(
        as_xml.index(f'<variable name="{n}"/>') for n in names)


def test_the_query_page_asks_as_yasgui_does_and_gets_the_written_order(client: FlaskClient) -> None:
    page = client.get("/query", query_string={"query": TRIPLE})
    assert page.status_code == 200 and 'data-max-rows="' in page.get_data(as_text=True)
    answer = client.post("/sparql", data={"query": TRIPLE, "max-rows": "1000"},
                         headers={"Accept": "application/sparql-results+json,*/*;q=0.9"})
    assert answer.status_code == 200 and answer.get_json()["head"]["vars"] == ["s", "p", "o"]


def test_kb_query_keeps_the_written_order(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "kb.cli", "query", "--store", ":memory:", "--format", "csv",
                           "SELECT * WHERE { VALUES (?zeta ?alpha ?mid) { (1 2 3) } }"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.splitlines()[0] == "zeta,alpha,mid", done.stderr


def test_only_the_order_changes() -> None:
    """An explicit projection keeps its own order; a variable only in a FILTER is not in scope and is not added."""
    assert analyse("SELECT ?o ?s WHERE { ?s ?p ?o }").written is None
    written = analyse("SELECT * WHERE { ?s ?p ?o FILTER (?nowhere != 1) }").written
    assert in_written_order(["o", "p", "s"], written) == ["s", "p", "o"]
    assert in_written_order(["b", "a"], ["a"]) == ["a", "b"]
