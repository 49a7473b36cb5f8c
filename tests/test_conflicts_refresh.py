"""The conflicts graph as derived data: recomputed whole, stable across refreshes and re-ingests,
and following an article that is replaced with a changed figure."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph

from kb.derived import conflicts
from kb.derived.conflicts import state
from kb.service import KnowledgeBase
from kb.vocab import ACTORS_GRAPH, CONFLICTS_GRAPH
from tests.fixtures.synthetic import Said, publish

U = "https://news.example/"
BAKU = Said("Baku said 2,000 Armenian soldiers had been killed.", "casualty", "Baku", subject="Armenia",
            qmin=2000, qmax=2000, unit="soldiers killed")


def yerevan(figure: int) -> Said:
    return Said(f"Yerevan said {figure} of its soldiers had been killed.", "casualty", "Yerevan", subject="Armenia",
                qmin=figure, qmax=figure, unit="soldiers killed")


@pytest.fixture
def kb() -> KnowledgeBase:
    base = KnowledgeBase.open(":memory:")
    base.sync_reference_graphs()
    publish(base, U + "s1", "2020-10-02", "Kompas", [BAKU])
    publish(base, U + "s2", "2020-10-02", "Tempo", [yerevan(310)])
    return base


def snapshot(kb: KnowledgeBase) -> tuple[set[object], list[str]]:
    return set(kb.store.get_graph(str(CONFLICTS_GRAPH))), [c.iri for c in conflicts.list_conflicts(kb.store)]


def test_the_service_keeps_conflicts_current_and_a_full_refresh_agrees(kb: KnowledgeBase) -> None:
    before = snapshot(kb)  # written by the service after each publish: nobody called refresh
    assert len(before[1]) == 1
    full = conflicts.refresh(kb.store, full=True)
    assert snapshot(kb) == before
    assert full.conflicts == {"numeric": 1, "part-whole": 0, "same-side": 0, "mutual-accusation": 0,
                              "denial": 0}
    assert full.triples == len(before[0])
    assert conflicts.refresh(kb.store, full=True).triples == full.triples  # idempotent


def test_reingesting_an_article_changes_nothing(kb: KnowledgeBase) -> None:
    before = snapshot(kb)
    assert publish(kb, U + "s2", "2020-10-02", "Tempo", [yerevan(310)]).status == "unchanged"
    assert snapshot(kb) == before
    assert len(before[1]) == 1


def test_replacing_an_article_removes_or_changes_its_conflict(kb: KnowledgeBase) -> None:
    (old,) = conflicts.list_conflicts(kb.store)
    assert publish(kb, U + "s2", "2020-10-02", "Tempo", [yerevan(450)]).status == "replaced"
    (new,) = conflicts.list_conflicts(kb.store)
    # a numeric episode (two states, one measure, one week) keeps its IRI while its figures change
    assert new.iri == old.iri and "450" in new.explanation and "310" not in new.explanation
    assert publish(kb, U + "s2", "2020-10-02", "Tempo", [yerevan(2000)]).status == "replaced"
    assert conflicts.list_conflicts(kb.store) == [] and kb.last_refresh is not None
    assert kb.last_refresh.total_conflicts == 0
    (agreed,) = conflicts.aggregates(kb.store)
    assert agreed.details["low"]["value"] == agreed.details["high"]["value"] == 2000


def test_summary_counts_every_finding(kb: KnowledgeBase) -> None:
    update = Said("Baku raised its count to 2,600.", "casualty", "Baku", subject="Armenia", qmin=2600, qmax=2600,
                  unit="soldiers killed")
    publish(kb, U + "s3", "2020-10-08", "Detik", [update])
    s = conflicts.refresh(kb.store, full=True)
    assert (s.claims, s.propositions, s.series, s.aggregates, s.corroborations) == (3, 3, 1, 1, 0)
    assert s.comparisons >= 1 and set(s.seconds) == {"load", "detect and write", "write the rest"}
    assert json.loads(json.dumps(s.to_dict()))["total_conflicts"] == 1


def test_json_and_table_renderings(kb: KnowledgeBase) -> None:
    found = conflicts.list_conflicts(kb.store)
    data = json.loads(json.dumps([c.to_dict() for c in found]))
    claim = data[0]["claims"][0]
    assert data[0]["kind"] == "numeric"
    assert {"speaker", "quote", "article", "quantity_min", "quantity_max", "claim", "date", "unit"} <= set(claim)
    assert claim["subject"] == "Armenia"
    table = conflicts.render_table(found)
    assert table.splitlines()[0].startswith("KIND")
    assert "numeric" in table and "Yerevan said 310" in table and table.endswith("1 conflict")
    assert conflicts.render_table([]) == "No conflicts found."


def test_an_empty_store_refreshes_to_an_empty_graph() -> None:
    base = KnowledgeBase.open(":memory:")
    s = conflicts.refresh(base.store)
    assert s.claims == 0 and s.total_conflicts == 0 and conflicts.list_conflicts(base.store) == []


def test_a_full_refresh_syncs_the_gazetteer_before_recording_it() -> None:
    """The findings record the gazetteer they were computed with: a refresh against the store's older copy of it
    made the next write find a new gazetteer and recompute everything again."""
    kb = KnowledgeBase.open(":memory:")
    kb.store.put_graph(str(ACTORS_GRAPH), Graph())  # a store built with an older gazetteer
    kb.refresh(full=True)
    assert len(kb.store.get_graph(str(ACTORS_GRAPH))) == len(kb.gazetteer.graph) > 0
    assert state.stored_meta(kb.store) == state.computed_with(kb.store)


def test_the_gazetteer_digest_read_by_look_up_is_the_graphs() -> None:
    """``state.computed_with`` reads the embedded store's actor quads without an rdflib graph: the digest must stay the
    one every stored state recorded (another would make the next write recompute everything)."""
    import hashlib

    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    graph = kb.store.get_graph(str(ACTORS_GRAPH))
    assert len(graph) > 100
    lines = sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in graph)
    assert state.computed_with(kb.store) == state.RULES_VERSION + "|" + hashlib.sha256(
        "\n".join(lines).encode()).hexdigest()[:24]
