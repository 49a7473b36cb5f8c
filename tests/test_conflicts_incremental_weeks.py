"""A write judges again only the part-whole groups near the figures it changed (rules 32: a group is a part's measure
and week, ``kb.derived.conflicts.part_whole``), and still says what a full recompute says."""

from __future__ import annotations

from typing import Any

import pytest

from kb.derived import conflicts
from kb.derived.conflicts import figures
from kb.service import KnowledgeBase
from kb.store.oxigraph import OxigraphStore
from tests.test_conflicts_incremental import _derived, _figure, _from_scratch, _of, _publish


@pytest.fixture
def judged(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The dates of the parts the part-whole rule judges, as it judges them."""
    seen: list[str] = []
    real = figures._judged

    def spy(part: Any, wholes: Any, same: bool) -> Any:
        seen.append(str(part.date))
        return real(part, wholes, same)

    monkeypatch.setattr(figures, "_judged", spy)
    return seen


def _store(steps: list[dict[str, Any]]) -> tuple[KnowledgeBase, OxigraphStore]:
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    for key, a in enumerate(steps):
        _publish(kb, key, key, a)
        conflicts.refresh(store)
    return kb, store


def test_a_strike_weeks_later_judges_only_the_parts_of_its_own_weeks(judged: list[str]) -> None:
    """Baku's day toll of 22 Sep above Yerevan's running total of two days later is a finding of the week of 21 Sep;
    a strike's toll of the same measure on 21 Nov is no total that day's toll can be inside, so its write judges the
    parts of its own weeks only (before rules 32 every part of the measure, the 22 Sep one among them)."""
    kb, store = _store([_figure("Baku", 2000, 0, "period"), _figure("Yerevan", 50, 2, "cumulative")])
    judged.clear()
    _publish(kb, 2, 2, _figure("Yerevan", 5, 60, "incident"))
    conflicts.refresh(store)
    assert "2020-11-21" in judged
    assert "2020-09-22" not in judged
    assert _derived(store) == _from_scratch(store)


def test_a_wider_total_below_an_earlier_part_judges_its_week_again(judged: list[str]) -> None:
    """A wider measure's unscoped total a month after Baku's day toll and below it is in that toll's finding: the
    write judges the week of 22 Sep again (the part measure's extremes say a figure of it is above the total)."""
    kb, store = _store([_figure("Baku", 2000, 0, "period"), _figure("Russia", 5, 30, "incident")])
    judged.clear()
    _publish(kb, 2, 2, _of("Yerevan", 100, 30, None, "Armenia", "deaths"))
    conflicts.refresh(store)
    assert "2020-09-22" in judged
    assert _derived(store) == _from_scratch(store)
