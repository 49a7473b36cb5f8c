"""kb.sparql.zygote: the web server's query workers over a disk store are forked by a small process of their own, so
that a query's cost does not grow with what the server holds; the workers keep the sandbox's limits."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from kb.errors import QueryError, QueryTimeout
from kb.service import KnowledgeBase
from kb.sparql import zygote
from kb.sparql.sandbox import Formats, Limits, Sandbox
from tests.fixtures import demo
from web import create_app

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SPEAKERS = "PREFIX ckb: <https://w3id.org/claimkb/ns#> SELECT ?c ?s WHERE { ?c ckb:speaker ?s } ORDER BY ?c"


@pytest.fixture(scope="module")
def location(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("kb") / "store"
    demo.build(str(where)).close()
    return where


@pytest.fixture(scope="module")
def disk_kb(location: Path) -> KnowledgeBase:
    return KnowledgeBase.open(str(location), read_only=True)


def _no_fork(*_: object) -> int:
    raise AssertionError("the server process forked")


def _zygote_children() -> set[int]:
    pid = zygote.shared()._proc.pid
    return {int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}


def test_a_zygote_worker_answers_as_a_forked_one_and_the_server_never_forks(
        disk_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    forked = Sandbox(disk_kb.store, Limits(timeout=5)).run(SPEAKERS, Formats("json"))
    served = Sandbox(disk_kb.store, Limits(timeout=5), zygote=True)
    served.run("ASK { ?s ?p ?o }", Formats("json"))  # the zygote started
    monkeypatch.setattr(os, "fork", _no_fork)
    answer = served.run(SPEAKERS, Formats("json"))
    assert answer.body == forked.body and answer.rows == forked.rows == 6
    assert len(json.loads(answer.body)["results"]["bindings"]) == 6


def test_a_runaway_query_in_a_zygote_worker_is_stopped_and_its_worker_killed(disk_kb: KnowledgeBase) -> None:
    served = Sandbox(disk_kb.store, Limits(timeout=1.0), zygote=True)
    served.run("ASK { ?s ?p ?o }", Formats("json"))
    with pytest.raises(QueryTimeout, match="ran past the 1 s limit and was stopped"):
        served.run(RUNAWAY, Formats("json"))
    deadline = time.monotonic() + 5
    while _zygote_children() and time.monotonic() < deadline:  # SIGKILL, then the kernel reaps it
        time.sleep(0.05)
    assert not _zygote_children(), "the runaway query's worker outlived its limit"
    assert served.run("ASK { ?s ?p ?o }", Formats("json")).rows == 1


def test_the_memory_budget_holds_in_a_zygote_worker(disk_kb: KnowledgeBase) -> None:
    """As ``test_sparql_sandbox``'s: the cap, not the time limit, stops a query that builds a huge sorted result."""
    served = Sandbox(disk_kb.store, Limits(timeout=10, max_memory_mb=64), zygote=True)
    big = "SELECT ?a ?c ?f ?i WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"
    with pytest.raises(QueryError) as stopped:
        served.run(big, Formats("json"))
    assert not isinstance(stopped.value, QueryTimeout), f"stopped by the time limit: {stopped.value}"
    assert "memory budget" in str(stopped.value)


def test_syntax_errors_and_refusals_come_back_from_a_zygote_worker(disk_kb: KnowledgeBase) -> None:
    served = Sandbox(disk_kb.store, Limits(timeout=5), zygote=True)
    with pytest.raises(QueryError, match="invalid SPARQL"):
        served.run("SELECT * WHERE { ?s ", Formats("json"))
    with pytest.raises(QueryError, match="SERVICE"):
        served.run("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", Formats("json"))


def test_the_web_endpoint_on_a_disk_store_queries_through_the_zygote(
        location: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    client = create_app({"KB_STORE": str(location), "RATE_LIMIT": None}).test_client()
    assert client.post("/sparql", data={"query": "ASK { ?s ?p ?o }"}).status_code == 200
    monkeypatch.setattr(os, "fork", _no_fork)
    response = client.post("/sparql", data={"query": SPEAKERS}, headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200 and response.headers["X-SPARQL-Rows"] == "6"


def _query_in_a_forked_process(store: object, sender: object) -> None:
    answer = Sandbox(store, Limits(timeout=10), zygote=True).run(SPEAKERS, Formats("json"))  # type: ignore[arg-type]
    sender.send((answer.rows, zygote.shared().owner == os.getpid()))  # type: ignore[attr-defined]


def test_a_process_forked_from_the_server_starts_its_own_zygote(disk_kb: KnowledgeBase) -> None:
    """The zygote's socket is one conversation: a process forked after it started must not talk on it too."""
    import multiprocessing as mp

    Sandbox(disk_kb.store, Limits(timeout=5), zygote=True).run("ASK { ?s ?p ?o }", Formats("json"))
    ctx = mp.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_query_in_a_forked_process, args=(disk_kb.store, sender))
    child.start()
    assert receiver.poll(30) and receiver.recv() == (6, True)
    child.join(10)
    assert zygote.shared().owner == os.getpid()
