"""The findings order's difference planned by look-up (``findings_order.plan``): where the rewritten findings stood,
the few explanations that place them and the entries that move, not a scan of every stored entry (7.4k on the
newsroom's 13.4k-article store, 55-60 ms of each one-article write) unless a third of them move.  What it plans is
still what reading every finding after the write finds (``findings_order.sync``)."""

from __future__ import annotations

from typing import Any

import pytest

from kb.derived.conflicts import apply, findings_order
from kb.service import KnowledgeBase
from kb.sparql.rows import plain_rows
from tests.test_findings_order import SPEAKERS, _day
from tests.test_findings_order_planned import _days


def _watched(monkeypatch: pytest.MonkeyPatch) -> list[findings_order.Lines | None]:
    """Every incremental refresh's plan, each checked against ``sync`` after its write; a scan of every stored entry
    fails the test."""
    real_plan, real_write, real_sync = findings_order.plan, apply._write, findings_order.sync
    planned: list[findings_order.Lines | None] = []

    def plan(store: Any, said: dict[str, dict[str, str | None]], conflicts: int) -> findings_order.Lines | None:
        planned.append(real_plan(store, said, conflicts))
        return planned[-1]

    def write(store: Any, *args: Any) -> None:
        real_write(store, *args)
        if planned and planned[-1] is not None:
            (counted,) = plain_rows(store, "conflict-count")
            monkeypatch.setattr(findings_order, "_stored_entries", real_scan)  # sync reads every entry, as it may
            assert real_sync(store, int(counted["total"])) == 0
            monkeypatch.setattr(findings_order, "_stored_entries", scan)

    real_scan = findings_order._stored_entries

    def scan(store: Any) -> dict[str, str]:
        raise AssertionError("every stored entry read to plan one write")

    monkeypatch.setattr(findings_order, "plan", plan)
    monkeypatch.setattr(apply, "_write", write)
    monkeypatch.setattr(findings_order, "_stored_entries", scan)
    return planned


def test_a_write_plans_the_order_without_reading_every_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Series placed among older ones, corroborations made, a series ended by a deleted article: each write's plan
    reads its entries by look-up and leaves nothing for ``sync`` to change."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    _day(kb, 0, speakers=SPEAKERS[1:3])  # the first refresh is whole: it syncs, before the watch
    planned = _watched(monkeypatch)
    _days(kb)
    assert len([p for p in planned if p is not None]) >= 4 and any(p and p[0] for p in planned)  # entries replaced


def test_a_finding_rewritten_in_place_is_planned_by_a_few_look_ups(monkeypatch: pytest.MonkeyPatch) -> None:
    """One corroboration rewritten with the explanation it had (its place unchanged): nothing to write, found
    without scanning the order graph."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    for n in range(3):
        _day(kb, n)
    _day(kb, 2, outlet="Antara", own_words=True)  # the third day's figures carried again: corroborations
    store = kb.store
    listed = findings_order.page(store, "corroborations", 0, None)
    assert listed is not None and len(listed[0]) > 10
    middle = listed[0][len(listed[0]) // 2]
    (counted,) = plain_rows(store, "conflict-count")

    def scan(*args: Any) -> dict[str, str]:
        raise AssertionError("the order graph scanned for one finding kept in place")

    monkeypatch.setattr(findings_order, "_stored_entries", scan)
    if hasattr(findings_order, "_stored_entries_of"):
        monkeypatch.setattr(findings_order, "_stored_entries_of", scan)
    assert findings_order.plan(store, {"corroborations": {middle.iri: middle.explanation}},
                               int(counted["total"])) == ([], [], [])


def test_a_stored_order_listing_a_finding_twice_is_not_planned(monkeypatch: pytest.MonkeyPatch) -> None:
    """An order written otherwise (one finding at two places) cannot be planned by look-up: ``plan`` says so and the
    refresh reads every finding after the write instead."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    _day(kb, 0, speakers=SPEAKERS[:2])
    _day(kb, 1, speakers=SPEAKERS[:2])
    store = kb.store
    listed = findings_order.page(store, "series", 0, None)
    assert listed is not None and len(listed[0]) >= 2
    first, second = listed[0][0].iri, listed[0][1].iri
    store.update(f"""DELETE DATA {{ GRAPH <{findings_order.ORDER_GRAPH}> {{
        <{findings_order.entry_iri("series", 2)}> <https://schema.org/item> <{second}> }} }} ;
        INSERT DATA {{ GRAPH <{findings_order.ORDER_GRAPH}> {{
        <{findings_order.entry_iri("series", 2)}> <https://schema.org/item> <{first}> }} }}""")
    assert findings_order.plan(store, {"series": {first: "changed"}}, 0) is None
