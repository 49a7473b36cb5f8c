"""Every request has a bounded cost (issue 18, from a new-user trial): claims per article are capped, a
page never queues behind a write, ``kb query @FILE`` reads no further than the size cap."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kb.actors import Gazetteer
from kb.errors import QueryError
from kb.extract import extract_claims
from kb.extract.pipeline import MAX_CLAIMS
from kb.pipeline.article import Article
from kb.pipeline.batch import Input, prepare
from kb.sparql.safety import check_query
from tests.fixtures import demo
from web import create_app
from web.connection import StoreHandle

SENTENCE = "Azerbaijan's Defence Ministry said {n} Armenian soldiers were killed on Monday. "
TOKEN = "secret-token"


def test_an_article_gives_at_most_max_claims_and_ingest_says_so(tmp_path: Path) -> None:
    text = "".join(SENTENCE.format(n=n + 1) for n in range(MAX_CLAIMS + 100))
    article = Article(text=text, name="many", lang="en", published="2020-10-01")
    assert len(extract_claims(article, Gazetteer.load())) == MAX_CLAIMS
    path = tmp_path / "many.txt"
    path.write_text(text, encoding="utf-8")
    prepared = prepare(Input(path.name, path), {}, None, gazetteer=Gazetteer.load())
    assert len(prepared.claims) == MAX_CLAIMS
    assert any(f"cap of {MAX_CLAIMS} claims" in note for note in prepared.notes)


def test_a_periodic_snapshot_check_never_waits_for_a_write(tmp_path: Path) -> None:
    location = tmp_path / "store"
    demo.build(str(location)).close()
    handle = StoreHandle(str(location), refresh_seconds=0.01)
    outcome: list[bool] = []
    handle.native_lock.acquire()  # as a write in progress holds it
    try:
        worker = threading.Thread(target=lambda: outcome.append(handle.reopen()))
        worker.start()
        worker.join(timeout=30)
        assert not worker.is_alive() and outcome == [False]  # went on with the old snapshot
    finally:
        handle.native_lock.release()
    assert handle.reopen() is True


def test_kb_query_reads_a_file_no_further_than_the_size_cap() -> None:
    exe = Path(sys.executable).with_name("kb")
    done = subprocess.run([str(exe), "query", "--store", ":memory:", "@/dev/zero"], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip() == "kb: /dev/zero: file is over the 20000 bytes limit (KB_SPARQL_MAX_QUERY_BYTES)"


def test_only_xsd_casts_by_their_exact_names() -> None:
    with pytest.raises(QueryError, match="only SPARQL's built-in functions and XSD casts"):
        check_query("SELECT (<http://www.w3.org/2001/XMLSchema#/../../x/>(1) AS ?v) WHERE { }", lambda _g: True)


def test_the_api_reads_a_text_body_in_its_declared_charset() -> None:
    client = create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None, "API_TOKEN": TOKEN}).test_client()
    body = "Kementerian Pertahanan Armenia mengatakan 14 tentara tewas di Martakert, ujar pejabat itu. Café."
    response = client.post("/api/articles?lang=id&title=Latin", data=body.encode("latin-1"),
                           headers={"Authorization": f"Bearer {TOKEN}",
                                    "Content-Type": "text/plain; charset=latin-1"})
    assert response.status_code == 201, response.get_json()
    unknown = client.post("/api/articles", data=b"x", headers={"Authorization": f"Bearer {TOKEN}",
                                                               "Content-Type": "text/plain; charset=nope"})
    assert unknown.status_code == 400 and "unknown charset" in unknown.get_json()["error"]["detail"]


def test_the_query_page_never_reflects_the_host_header() -> None:
    client = create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None}).test_client()
    page = client.get("/query", headers={"Host": "evil.example:1"}).get_data(as_text=True)
    assert 'data-endpoint="/sparql"' in page and "evil.example" not in page


def test_kb_query_has_the_time_limit_of_sparql(tmp_path: Path) -> None:
    location = tmp_path / "store"
    demo.build(str(location)).close()
    exe = Path(sys.executable).with_name("kb")
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    done = subprocess.run([str(exe), "query", "--store", str(location), runaway], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "KB_SPARQL_TIMEOUT": "1"})
    assert done.returncode == 2
    assert done.stderr.strip() == "kb: the query ran past the 1 s limit and was stopped"


def test_an_answer_larger_than_its_cap_never_reaches_the_server() -> None:
    """Nested CONCATs: a query of a few hundred bytes whose answer grows twofold per BIND (21 of them made
    134 MB, pickled back to the web process)."""
    from kb.sparql.sandbox import Formats, Limits, Sandbox

    binds = " ".join(f"BIND(CONCAT(?a{i - 1}, ?a{i - 1}) AS ?a{i})" for i in range(1, 16))
    query = f'SELECT ?a15 WHERE {{ BIND("xxxxxxxxxx" AS ?a0) {binds} }}'  # 327,680 characters
    box = Sandbox(demo.build().store, Limits(max_result_bytes=100_000))
    with pytest.raises(QueryError, match="larger than 100000 bytes"):
        box.run(query, Formats("json"))
    assert box.run('SELECT ?a WHERE { BIND("x" AS ?a) }', Formats("json")).rows == 1


def test_a_query_names_a_bounded_number_of_graphs() -> None:
    from kb.errors import QueryRefused

    froms = " ".join(f"FROM <urn:x:g{i}>" for i in range(40))
    with pytest.raises(QueryRefused, match="at most 32"):
        check_query(f"SELECT * {froms} WHERE {{ ?s ?p ?o }}", lambda _g: True)
