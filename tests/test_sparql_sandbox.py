"""kb.sparql.sandbox and kb.sparql.results: user queries in a killable worker, with a row cap, over memory
and disk stores."""

from __future__ import annotations

import json
import multiprocessing as mp
from pathlib import Path

import pyoxigraph as ox
import pytest

from kb.errors import QueryError, QueryOverBudget, QueryTimeout
from kb.service import KnowledgeBase
from kb.sparql.results import write_solutions
from kb.sparql.sandbox import Dataset, Formats, Limits, Sandbox
from tests.fixtures import demo

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def memory_kb() -> KnowledgeBase:
    return demo.build()


@pytest.fixture(scope="module")
def disk_kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    location = tmp_path_factory.mktemp("kb") / "store"
    demo.build(str(location)).close()
    return KnowledgeBase.open(str(location), read_only=True)


def test_answers_over_memory_and_disk_stores(memory_kb: KnowledgeBase, disk_kb: KnowledgeBase) -> None:
    query = "PREFIX ckb: <https://w3id.org/claimkb/ns#> SELECT ?c WHERE { ?c ckb:speaker ?s }"
    for kb in (memory_kb, disk_kb):
        answer = Sandbox(kb.store, Limits(timeout=5)).run(query, Formats("json"))
        assert answer.kind == "solutions"
        assert len(json.loads(answer.body)["results"]["bindings"]) == answer.rows == 6


def _workers() -> set[int]:
    """The worker processes of this test process still alive (``active_children`` also reaps the dead)."""
    return {p.pid for p in mp.active_children()}


def test_runaway_query_is_stopped_by_the_limit_and_its_worker_is_gone(memory_kb: KnowledgeBase) -> None:
    """How long the stop takes is measured by ``bench/limits.py``; here: the limit stopped it, the error
    says which limit, no worker outlives it, and the next query runs."""
    sandbox = Sandbox(memory_kb.store, Limits(timeout=1.0))
    before = _workers()
    with pytest.raises(QueryTimeout, match="ran past the 1 s limit and was stopped"):
        sandbox.run(RUNAWAY, Formats("json"))
    assert _workers() <= before, "the runaway query's worker outlived its limit"
    assert sandbox.run("ASK { ?s ?p ?o }", Formats("json")).body == b'{"head":{},"boolean":true}'


def test_row_cap_cuts_and_flags(memory_kb: KnowledgeBase) -> None:
    sandbox = Sandbox(memory_kb.store, Limits(max_rows=7))
    answer = sandbox.run("SELECT * WHERE { ?s ?p ?o }", Formats("csv"))
    assert answer.truncated and answer.rows == 7
    assert answer.body.count(b"\r\n") == 8  # header + 7 rows
    graph = sandbox.run("CONSTRUCT WHERE { ?s ?p ?o }", Formats(graph="ntriples"))
    assert graph.truncated and graph.body.count(b"\n") == 7
    small = sandbox.run("SELECT * WHERE { ?s ?p ?o } LIMIT 7", Formats("csv"))
    assert not small.truncated


def test_syntax_errors_come_back_as_query_errors(memory_kb: KnowledgeBase) -> None:
    with pytest.raises(QueryError, match="invalid SPARQL"):
        Sandbox(memory_kb.store, Limits()).run("SELECT * WHERE { ?s ", Formats("json"))


def test_memory_budget_kills_only_the_worker(memory_kb: KnowledgeBase) -> None:
    """The memory cap, not the time limit, stops a query that builds a huge sorted result: the error is
    no ``QueryTimeout`` and names the budget (it dies at 64 MB in ~0.2 s; without the cap it would grow by
    ~200 MB/s until the 10 s limit, so a timeout here means the cap is gone).  The worker is gone, the
    server's process keeps its memory, and the next query runs."""
    sandbox = Sandbox(memory_kb.store, Limits(timeout=10, max_memory_mb=64))
    big = "SELECT ?a ?c ?f ?i WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"
    before = _workers()
    with pytest.raises(QueryError) as stopped:
        sandbox.run(big, Formats("json"))
    assert not isinstance(stopped.value, QueryTimeout), f"stopped by the time limit: {stopped.value}"
    assert isinstance(stopped.value, QueryOverBudget), "a limit of the endpoint (503 on the web), not a bad query"
    assert "memory budget" in str(stopped.value)
    assert _workers() <= before
    assert sandbox.run("ASK { ?s ?p ?o }", Formats("json")).rows == 1


def test_protocol_dataset_restricts_the_default_graph(memory_kb: KnowledgeBase) -> None:
    sandbox = Sandbox(memory_kb.store, Limits())
    actors = Dataset(default=("https://w3id.org/claimkb/graph/actors",))
    query = "PREFIX ckb: <https://w3id.org/claimkb/ns#> ASK { ?c ckb:speaker ?s }"
    assert sandbox.run(query, Formats("json")).body.endswith(b"true}")
    assert sandbox.run(query, Formats("json"), actors).body.endswith(b"false}")


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_our_writers_match_oxigraph(fmt: str, tmp_path: Path) -> None:
    store = ox.Store()
    g = ox.NamedNode("http://g/")
    store.add(ox.Quad(ox.NamedNode("http://a/s"), ox.NamedNode("http://a/p"), ox.Literal('x\ty\n"z"'), g))
    store.add(ox.Quad(ox.NamedNode("http://a/s"), ox.NamedNode("http://a/p"), ox.Literal("kata", language="id"), g))
    store.add(ox.Quad(ox.BlankNode("b1"), ox.NamedNode("http://a/p"),
                      ox.Literal("84", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), g))
    query = "SELECT ?s ?o ?missing WHERE { ?s ?p ?o } ORDER BY STR(?o)"
    native = store.query(query, use_default_graph_as_union=True).serialize(
        format=getattr(ox.QueryResultsFormat, fmt.upper()))
    result = store.query(query, use_default_graph_as_union=True)
    variables = [v.value for v in result.variables]
    ours = write_solutions(variables, [[sol[v] for v in variables] for sol in result], fmt)
    parse_fmt = getattr(ox.QueryResultsFormat, fmt.upper())
    if fmt == "csv":  # CSV loses term kinds, so compare the text
        assert ours == native
        return
    mine = [[str(s[v]) if s[v] is not None else None for v in variables]
            for s in ox.parse_query_results(ours, parse_fmt)]
    theirs = [[str(s[v]) if s[v] is not None else None for v in variables]
              for s in ox.parse_query_results(native, parse_fmt)]
    assert mine == theirs and len(mine) == 3
