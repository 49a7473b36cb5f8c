"""A write's aggregates diffed without reading their triples back (session 33): the aggregates of the measures a write
changes are made again from the summaries they were computed from (``incremental.Recomputed.was_aggregates``) and
their triples compared with the new ones (``findings_diff``); only an aggregate whose stored digest differs from the
one made again is read back.  Either way the store ends as a whole recompute leaves it."""

from __future__ import annotations

import importlib
from typing import Any

import pyoxigraph as ox
import pytest

from kb.derived.conflicts import summaries, summary_records
from kb.derived.conflicts.state import STATE_GRAPH
from kb.service import KnowledgeBase
from kb.store.oxigraph import OxigraphStore
from kb.vocab import CONFLICTS_GRAPH
from tests.test_conflicts_incremental import _derived, _figure, _from_scratch, _publish

readback = importlib.import_module("kb.derived.conflicts.readback")
_AGGREGATE = "https://w3id.org/claimkb/id/aggregate/"


def _store_with_two_months() -> tuple[KnowledgeBase, OxigraphStore]:
    """Three states' tolls of one measure, in September and October (day 9 is 1 October)."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    for key, (speaker, figure, day, scope) in enumerate([("Baku", 2000, 2, "incident"), ("Yerevan", 50, 10, "period"),
                                                         ("Russia", 300, 12, "incident")]):
        _publish(kb, key, key, _figure(speaker, figure, day, scope))
    store = kb.store
    assert isinstance(store, OxigraphStore)
    return kb, store


def _read_back(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The finding nodes whose triples a write reads back by look-up."""
    read: list[str] = []
    real = readback.read_node

    def read_node(db: Any, graph: Any, node: Any, *rest: Any) -> Any:
        read.append(node.value)
        return real(db, graph, node, *rest)

    monkeypatch.setattr(readback, "read_node", read_node)
    return read


def _aggregates(store: OxigraphStore) -> set[tuple[str, str, str]]:
    return {t for t in _derived(store)[str(CONFLICTS_GRAPH)] if t[0].startswith("<" + _AGGREGATE)}


def test_a_write_diffs_its_aggregate_without_reading_it_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """A figure replaced in October changes the measure's aggregate (its month and its sum): the write rewrites it
    from what the summaries say was stored, reads none of its triples, and leaves what a whole recompute leaves."""
    kb, store = _store_with_two_months()
    before = _aggregates(store)
    read = _read_back(monkeypatch)
    _publish(kb, 2, 3, _figure("Russia", 400, 12, "incident"))
    assert _aggregates(store) != before  # the aggregate was rewritten
    assert not [n for n in read if n.startswith(_AGGREGATE)]
    assert _derived(store) == _from_scratch(store)


def test_an_aggregate_its_summaries_no_longer_give_is_read_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stored summary that no longer gives the stored aggregate (here emptied by hand): the aggregate made again
    from it has another digest than the stored one, so the write reads the stored triples back, as before."""
    kb, store = _store_with_two_months()
    tag = next(t for t in summary_records.read(store) if "russia" in t.lower())
    node = summary_records.node(tag)
    graph = ox.NamedNode(STATE_GRAPH)
    (old,) = list(store.ox.quads_for_pattern(node, summary_records._SUMMARY, None, graph))
    store.ox.remove(old)
    store.ox.add(ox.Quad(node, old.predicate, ox.Literal(summaries.encode(summaries.Summary())), graph))
    read = _read_back(monkeypatch)
    _publish(kb, 2, 3, _figure("Russia", 400, 12, "incident"))
    assert [n for n in read if n.startswith(_AGGREGATE)]
    assert _derived(store) == _from_scratch(store)
