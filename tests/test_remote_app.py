"""Issue 7: ``KB_STORE=<SPARQL endpoint URL>`` runs every CLI command and the web app against a real server.

For an Oxigraph server and for OpenLink Virtuoso (real processes on loopback, tests/servers.py; skipped
with the reason when a binary is missing), the same articles go in through ``kb ingest`` and ``kb add``
with ``--store URL`` and, beside them, into an embedded disk store; then every read command and every
page must answer as they do over the embedded store, ``/sparql`` included (checked and row-capped,
refusals before anything reaches the server).

A SPARQL server has no place for refused text, so over a remote store the quarantine is a local folder
(``KB_QUARANTINE``, else ``./kb-quarantine``); each store here gets its own.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kb.cli import main
from kb.derived.map_counts import MAP_COUNTS_GRAPH
from kb.derived.review_order import REVIEW_ORDER_GRAPH
from kb.pipeline.article import Article
from tests.conftest import make_claim, needs
from tests.servers import Unavailable, oxigraph_server, virtuoso_server
from web import create_app

CKB = "PREFIX ckb: <https://w3id.org/claimkb/ns#>\n"
ARTICLES = {
    "mod-armenia": (
        "Kementerian Pertahanan Armenia mengatakan 45 tentara Armenia tewas dalam pertempuran hari Senin. "
        "Juru bicara Kremlin Dmitry Peskov mendesak kedua pihak untuk segera menghentikan tembakan.",
        {"published": "2020-09-29", "outlet": "Kompas", "lang": "id", "title": "Armenia: 45 tentara tewas"},
    ),
    "baku-claims": (
        "Azerbaijan's Defence Ministry said 550 Armenian soldiers were killed on Monday, Reuters reported. "
        "The Armenian Defence Ministry said 45 soldiers were wounded on Monday.",
        {"published": "2020-09-29", "outlet": "Antara", "lang": "en", "title": "Baku says 550 killed",
         "url": "https://news.example.org/2020/09/29/baku-claims"},
    ),
}
CLAIMS_QUERY = CKB + "SELECT ?claim ?quote ?speaker WHERE { ?claim ckb:quote ?quote ; ckb:speaker ?speaker } " \
    "ORDER BY ?claim"


def cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _server(kind: str, where: Path) -> Any:
    return oxigraph_server(where) if kind == "oxigraph" else virtuoso_server(where)


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for name, (text, meta) in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder


def _fill(store: str, articles: Path, tmp: Path) -> dict[str, Result]:
    """The writes, as a user would run them: ingest, add a good curated claim, add a bad one."""
    done = {"ingest": cli("ingest", "--store", store, str(articles))}
    titles = CKB + ("PREFIX dcterms: <http://purl.org/dc/terms/>\n"
                    "SELECT ?key ?title WHERE { ?a ckb:key ?key ; dcterms:title ?title }")
    found = json.loads(cli("query", "--store", store, "--format", "json", titles).output)
    keys = {b["title"]["value"]: b["key"]["value"] for b in found["results"]["bindings"]}
    text, meta = ARTICLES["baku-claims"]
    key = keys[meta["title"]]
    article = Article(text=text, name=key)
    good = replace(make_claim(article, type="statement", subject=None, unit=None, quantity_min=None,
                              quantity_text=None, via=[], rule="manual"), article=key)
    bad = replace(make_claim(article, quantity_min=10, quantity_max=2), article=key)
    for name, claim in (("add", good), ("add-bad", bad)):
        path = tmp / f"{name}.jsonl"
        path.write_text(claim.to_json() + "\n", encoding="utf-8")
        done[name] = cli("add", "--store", store, str(path))
    return done


@pytest.fixture(scope="module")
def reference(articles: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Result]]:
    """The embedded disk store, filled the same way: what every remote answer is compared with."""
    tmp = tmp_path_factory.mktemp("embedded")
    store = str(tmp / "kb")
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("KB_QUARANTINE", raising=False)
        return store, _fill(store, articles, tmp)


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def remote(request: pytest.FixtureRequest, articles: Path,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, Result]]]:
    tmp = tmp_path_factory.mktemp(request.param)
    try:
        with _server(request.param, tmp / "server") as url, pytest.MonkeyPatch.context() as mp:
            mp.setenv("KB_QUARANTINE", str(tmp / "quarantine"))
            yield url, _fill(url, articles, tmp)
    except Unavailable as exc:
        needs(f"{request.param}: {exc}")


# ---------------------------------------------------------------- the CLI
def test_writes_report_the_same_outcomes(remote: tuple[str, dict[str, Result]],
                                         reference: tuple[str, dict[str, Result]]) -> None:
    for step in ("ingest", "add", "add-bad"):
        got, want = remote[1][step], reference[1][step]
        assert (got.exit_code, got.stdout) == (want.exit_code, want.stdout), step
    assert remote[1]["ingest"].exit_code == 0 and remote[1]["ingest"].stdout.count("ingested") == 2
    assert remote[1]["add-bad"].exit_code == 1 and "quarantined" in remote[1]["add-bad"].stdout


def _csv(text: str, sep: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter=sep))


def test_query_in_every_format(remote: tuple[str, dict[str, Result]], reference: tuple[str, dict[str, Result]]) -> None:
    url, store = remote[0], reference[0]

    def both(*args: str) -> tuple[str, str]:
        got, want = cli("query", "--store", url, *args), cli("query", "--store", store, *args)
        assert got.exit_code == want.exit_code == 0, got.output
        return got.stdout, want.stdout

    got, want = both("--format", "json", CLAIMS_QUERY)
    assert json.loads(got)["results"]["bindings"] == json.loads(want)["results"]["bindings"]
    assert len(json.loads(got)["results"]["bindings"]) >= 4
    got, want = both("--format", "csv", CLAIMS_QUERY)
    assert _csv(got) == _csv(want)
    got, want = both("--format", "tsv", CLAIMS_QUERY)
    assert len(got.splitlines()) == len(want.splitlines())
    if "/sparql" not in url:  # Virtuoso's TSV is its own (quoted names, no term syntax): passed through as is
        assert got == want
    got, want = both(CLAIMS_QUERY)  # the table
    assert got == want and "claim" in got.splitlines()[1]
    assert both("ASK { ?s ?p ?o }") == ("true\n", "true\n")
    refused = cli("query", "--store", url, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    assert refused.exit_code == 2 and "SERVICE" in refused.output


def test_stats_export_validate(remote: tuple[str, dict[str, Result]], reference: tuple[str, dict[str, Result]]) -> None:
    url, store = remote[0], reference[0]
    got = json.loads(cli("stats", "--store", url, "--format", "json").stdout)
    want = json.loads(cli("stats", "--store", store, "--format", "json").stdout)
    counted = ("articles", "claims", "actors")
    assert {k: got[k] for k in counted} == {k: want[k] for k in counted}
    assert got["articles"] == 2 and got["claims"] >= 4

    exported, expected = Dataset(), Dataset()
    exported.parse(data=cli("export", "--store", url, "--format", "trig").stdout_bytes, format="trig")
    expected.parse(data=cli("export", "--store", store, "--format", "trig").stdout_bytes, format="trig")
    graphs = {str(g.identifier) for g in exported.graphs()} - {"urn:x-rdflib:default"}
    embedded_only = {"urn:x-rdflib:default", REVIEW_ORDER_GRAPH,  # a remote store's /review runs its query
                     MAP_COUNTS_GRAPH}  # and its map counts live (kb.derived.map_counts: embedded stores only)
    assert graphs == {str(g.identifier) for g in expected.graphs()} - embedded_only
    for name in graphs:
        if "/article/" in name or name.startswith("https://news.example.org/"):
            assert isomorphic(exported.graph(name), expected.graph(name)), name  # type: ignore[arg-type]

    got_v, want_v = cli("validate", "--store", url), cli("validate", "--store", store)
    assert (got_v.exit_code, got_v.stdout) == (want_v.exit_code, want_v.stdout)
    assert (got_v.exit_code, got_v.stdout) == (0, "2 of 2 article graphs conform\n")


def test_conflicts_and_quarantine(remote: tuple[str, dict[str, Result]],
                                  reference: tuple[str, dict[str, Result]]) -> None:
    url, store = remote[0], reference[0]
    got = cli("conflicts", "--store", url, "--format", "json")
    want = cli("conflicts", "--store", store, "--format", "json")
    assert got.exit_code == want.exit_code == 0
    assert json.loads(got.stdout) == json.loads(want.stdout)
    listing = cli("quarantine", "list", "--store", url)
    assert listing.exit_code == 0 and "├" not in listing.stdout and listing.stdout.count("\n") > 4  # a row
    stats = json.loads(cli("stats", "--store", url, "--format", "json").stdout)
    assert stats["quarantined"] == 1


# ---------------------------------------------------------------- the web app
@pytest.fixture(scope="module")
def clients(remote: tuple[str, dict[str, Result]], reference: tuple[str, dict[str, Result]]) -> tuple[Any, Any]:
    config = {"RATE_LIMIT": None, "KB_REFRESH_SECONDS": 0, "CONFLICTS_CACHE_SECONDS": 0}  # each answer read afresh
    return (create_app({"KB_STORE": remote[0], **config}).test_client(),
            create_app({"KB_STORE": reference[0], **config}).test_client())


def _json(client: Any, path: str) -> Any:
    response = client.get(path)
    assert response.status_code == 200, (path, response.data[:300])
    return response.get_json()


def _actors(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [{**r, "names": sorted(str(r["names"]).split("|"))} for r in doc["rows"]]  # GROUP_CONCAT order varies


def test_pages_answer_as_over_the_embedded_store(clients: tuple[Any, Any]) -> None:
    remote, local = clients
    for path in ("/", "/actors", "/articles", "/conflicts", "/quarantine", "/query"):
        assert remote.get(path).status_code == 200, path
    actors = _json(remote, "/actors.json")
    assert _actors(actors) == _actors(_json(local, "/actors.json"))
    assert _actors(_json(remote, "/actors.json?kind=State")) == _actors(_json(local, "/actors.json?kind=State"))
    for row in actors["rows"][:3]:
        path = row["actor"].replace("https://w3id.org/claimkb/id/actor/", "/actors/")
        got, want = _json(remote, path + ".json"), _json(local, path + ".json")
        assert got["rows"] == want["rows"] and got["actor"]["label"] == want["actor"]["label"], path
        assert remote.get(path).status_code == 200
    articles = _json(remote, "/articles.json")
    assert articles["rows"] == _json(local, "/articles.json")["rows"] and len(articles["rows"]) == 2
    for row in articles["rows"]:
        got, want = _json(remote, f"/articles/{row['key']}.json"), _json(local, f"/articles/{row['key']}.json")
        assert got["rows"] == want["rows"] and got["article"] == want["article"]
        page = remote.get(f"/articles/{row['key']}")
        assert page.status_code == 200 and page.data == local.get(f"/articles/{row['key']}").data
        for claim in got["rows"]:
            key = claim["claim"].rsplit("/", 1)[-1]
            assert _json(remote, f"/claims/{key}.json") == _json(local, f"/claims/{key}.json")
            page = remote.get(f"/claims/{key}")
            assert page.status_code == 200 and page.data == local.get(f"/claims/{key}").data, key
            turtle = remote.get(f"/claims/{key}.ttl")
            assert isomorphic(Graph().parse(data=turtle.data, format="turtle"),
                              Graph().parse(data=local.get(f"/claims/{key}.ttl").data, format="turtle"))
    assert _json(remote, "/conflicts.json")["rows"] == _json(local, "/conflicts.json")["rows"]


def test_conflict_pages_answer_as_over_the_embedded_store(clients: tuple[Any, Any]) -> None:
    """A page of conflicts (lead claims, read by rank) and one conflict by key (every claim it rests on):
    both read claim cards ("claim-cards", merged in Python) and must match the embedded store's."""
    remote, local = clients
    page = _json(remote, "/conflicts.json?limit=5")
    assert page == _json(local, "/conflicts.json?limit=5")
    assert page["rows"] and page["total"] >= 1
    assert all(row["speaker"] and row["quote"] and row["article"] for row in page["rows"])
    for key in dict.fromkeys(row["key"] for row in page["rows"]):
        got = _json(remote, f"/conflicts/{key}.json")
        assert got == _json(local, f"/conflicts/{key}.json"), key
        assert got["rows"] and {row["key"] for row in got["rows"]} == {key}
        assert {row["claim"] for row in got["rows"]} >= {row["claim"] for row in page["rows"] if row["key"] == key}
        html = remote.get(f"/conflicts/{key}")
        assert html.status_code == 200 and html.data == local.get(f"/conflicts/{key}").data, key
    assert remote.get("/conflicts/no-such-conflict.json").status_code == 404


def test_sparql_endpoint_over_the_remote_store(clients: tuple[Any, Any]) -> None:
    remote, local = clients

    def ask(client: Any, query: str, accept: str = "application/sparql-results+json") -> Any:
        return client.get("/sparql", query_string={"query": query}, headers={"Accept": accept})

    got, want = ask(remote, CLAIMS_QUERY), ask(local, CLAIMS_QUERY)
    assert got.status_code == 200 and got.mimetype == "application/sparql-results+json"
    assert got.get_json()["results"]["bindings"] == want.get_json()["results"]["bindings"]
    assert got.headers["X-SPARQL-Rows"] == want.headers["X-SPARQL-Rows"]
    tables = [_csv(ask(client, CLAIMS_QUERY, "text/csv").data.decode()) for client in (remote, local)]
    assert tables[0] == tables[1]
    assert ask(remote, "ASK { ?s ?p ?o }").get_json() == {"head": {}, "boolean": True}
    construct = CKB + "CONSTRUCT WHERE { ?c ckb:quote ?q }"
    got, want = ask(remote, construct, "text/turtle"), ask(local, construct, "text/turtle")
    assert got.status_code == 200 and got.mimetype == "text/turtle"
    assert isomorphic(Graph().parse(data=got.data, format="turtle"), Graph().parse(data=want.data, format="turtle"))
    # refused before anything reaches the server
    service = ask(remote, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    assert service.status_code == 403 and "SERVICE" in service.get_json()["error"]["detail"]
    assert ask(remote, "DROP ALL").status_code == 403
    assert remote.post("/sparql", data="DROP ALL", content_type="application/sparql-update").status_code == 403
    assert ask(remote, "SELECT * FROM <http://elsewhere.example/g> WHERE { ?s ?p ?o }").status_code == 403
    assert ask(remote, "SELECT * WHERE { ?s ").status_code == 400
    assert ask(remote, "ASK { ?s ?p ?o }").status_code == 200  # the store is still there


def test_sparql_row_cap_over_the_remote_store(remote: tuple[str, dict[str, Result]]) -> None:
    app = create_app({"KB_STORE": remote[0], "RATE_LIMIT": None, "SPARQL_MAX_ROWS": 2})
    response = app.test_client().get("/sparql", query_string={"query": CLAIMS_QUERY})
    assert response.status_code == 200 and response.headers["X-SPARQL-Truncated"] == "true"
    assert len(response.get_json()["results"]["bindings"]) == 2 and response.headers["X-SPARQL-Max-Rows"] == "2"
