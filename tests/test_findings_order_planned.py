"""The findings order's difference read before an incremental refresh writes the findings (``findings_order.plan``)
and written with them (``apply._write``): what it writes is what reading every finding after the write finds
(``findings_order.sync``), in one update and by the bulk loader alike, and a store whose order cannot be planned
(no list yet) gets it written after the findings, as before."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
import pytest

from kb.derived.conflicts import apply, findings_order, pages
from kb.service import KnowledgeBase
from kb.sparql.rows import plain_rows
from kb.store.oxigraph import OxigraphStore
from tests.test_findings_order import FAMILIES, SPEAKERS, _day


def _days(kb: KnowledgeBase) -> None:
    """Series listed among the old ones (Baku's, Azerbaijan's figures, between Armenia's and Russia's),
    corroborations, a speaker's series ended by a deleted article, new ones at the end."""
    _day(kb, 0, speakers=SPEAKERS[1:3])
    second = _day(kb, 1, speakers=SPEAKERS[1:3])
    _day(kb, 2, speakers=SPEAKERS[:3])
    _day(kb, 2, speakers=SPEAKERS[:3], outlet="Antara", own_words=True)  # the same day again: corroborations
    _day(kb, 3, speakers=SPEAKERS[:3])
    assert kb.delete_article(second)
    _day(kb, 4, speakers=SPEAKERS[3:])


@pytest.mark.parametrize("bulk", [False, True])
def test_the_planned_order_is_the_one_read_after_the_write(monkeypatch: pytest.MonkeyPatch, bulk: bool) -> None:
    """After every incremental refresh's write (``bulk``: its additions by the bulk loader, a batch's path), reading
    every finding's head finds nothing left to change in the order, nor in the count of conflicts ranked; and each
    such refresh planned the order (none was synced after)."""
    if bulk:
        monkeypatch.setattr(apply, "BULK_LINES", 1)
    real_plan, real_write, real_sync = findings_order.plan, apply._write, findings_order.sync
    planned: list[findings_order.Lines | None] = []
    synced: list[frozenset[str] | None] = []

    def plan(store: Any, said: dict[str, dict[str, str | None]], conflicts: int) -> findings_order.Lines | None:
        planned.append(real_plan(store, said, conflicts))
        return planned[-1]

    def write(store: Any, *args: Any) -> None:
        real_write(store, *args)
        if planned and planned[-1] is not None:
            (counted,) = plain_rows(store, "conflict-count")
            assert real_sync(store, int(counted["total"])) == 0  # every family read again: nothing differs

    def sync(store: Any, conflicts: int | None = None, families: frozenset[str] | None = None) -> int:
        synced.append(families)
        return real_sync(store, conflicts, families)

    monkeypatch.setattr(findings_order, "plan", plan)
    monkeypatch.setattr(apply, "_write", write)
    monkeypatch.setattr(findings_order, "sync", sync)
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    _days(kb)
    assert len([p for p in planned if p is not None]) >= 4 and any(p and p[0] for p in planned)  # entries replaced
    assert len(synced) == 1  # the first refresh, a whole one
    store = kb.store
    assert isinstance(store, OxigraphStore)
    for family in FAMILIES:
        placed = findings_order.page(store, family, 0, None)
        assert placed is not None and placed[0], family


def test_a_store_without_the_order_gets_it_written_after_the_findings() -> None:
    """No list to start from (a store refreshed before the order existed): ``plan`` cannot say, and the refresh
    writes the order after the findings, whole for the families it touched."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    _day(kb, 0, speakers=SPEAKERS[:3])
    _day(kb, 1, speakers=SPEAKERS[:3])
    store = kb.store
    assert isinstance(store, OxigraphStore)
    store.ox.remove_graph(ox.NamedNode(findings_order.ORDER_GRAPH))
    assert findings_order.plan(store, {"series": {}}, 0) is None
    _day(kb, 2, speakers=SPEAKERS[:3])  # every series grows: the family's order written after the findings
    placed = findings_order.page(store, "series", 0, None)
    assert placed is not None and placed[0]
    assert [f.iri for f in placed[0]] == [f.iri for f in pages.heads(store, "series")]
