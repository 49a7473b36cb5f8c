"""A new denial is judged with the claims of its window that may answer it, not with every one of them read whole
(``accusations.may_answer``, ``denial_groups._judged``): the charges and figures of its window that it cannot answer
are read by their window tags only, never as whole propositions, and what is found is what a full recompute finds."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from kb.derived.conflicts import denial_groups, incremental
from kb.derived.conflicts.model import ClaimFacts
from kb.service import KnowledgeBase
from kb.store.oxigraph import OxigraphStore
from tests.fixtures.synthetic import Said, publish
from tests.test_conflicts_incremental import _derived, _from_scratch

U = "https://news.example/deny/"


def _charge(what: str, day: str) -> Said:
    return Said(f"Baku blamed Armenia for {what} that week.", "accusation", "Baku", subject="Armenia", object=what,
                date=day)


def _toll(figure: int, day: str) -> Said:
    return Said(f"Baku counted {figure} Armenian soldiers killed by then.", "casualty", "Baku", subject="Armenia",
                qmin=figure, qmax=figure, unit="soldiers killed", date=day)


@pytest.fixture()
def kb() -> Iterator[KnowledgeBase]:
    """Three charges and two tolls by Baku about Armenia in the days before the denials, refreshed."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    for n, said in enumerate([_charge("shelling Ganja", "2020-10-01"), _charge("drone raids on Stepanakert",
                                                                                 "2020-10-02"),
                              _charge("mining the Lachin road", "2020-10-03"), _toll(300, "2020-10-04"),
                              _toll(45, "2020-10-05")]):
        publish(kb, f"{U}{n}", said.date, "Kompas", [said])
    assert isinstance(kb.store, OxigraphStore)
    yield kb


def _read_whole(monkeypatch: pytest.MonkeyPatch) -> list[ClaimFacts]:
    """Every claim the judging of denials reads by propositions (``p|`` tags: read whole), as the refresh runs (the
    new article's own claims are read whole by the corroborations' step too)."""
    seen: list[ClaimFacts] = []
    load = incremental.View.load

    def spy(self: incremental.View, tags: set[str], *, now: bool = True) -> tuple[list[ClaimFacts],
                                                                                list[ClaimFacts]]:
        found = load(self, tags, now=now)
        if sys._getframe(1).f_code is denial_groups._judged.__code__ and all(t.startswith("p|") for t in tags):
            seen.extend(found[0])
        return found

    monkeypatch.setattr(incremental.View, "load", spy)
    return seen


_OWN = Said("Yerevan in turn blamed Azerbaijan for looting Hadrut.", "accusation", "Yerevan", subject="Azerbaijan",
            object="looting Hadrut", date="2020-10-08")
"""A charge by the denier's own side beside its denial: no denial of Yerevan's can answer it."""


@pytest.mark.parametrize(("said", "answers", "left"), [
    ([Said("Yerevan rejected the story of shelling Ganja.", "denial", "Yerevan", subject="Azerbaijan",
           object="shelling Ganja", date="2020-10-08")], {"shelling Ganja"},
     {"drone raids on Stepanakert", "mining the Lachin road", "300", "45"}),
    ([Said("Yerevan called the 300 toll invented.", "denial", "Yerevan", subject="Azerbaijan", object="the 300 toll",
           date="2020-10-08")], {"300"}, {"shelling Ganja", "mining the Lachin road", "45"}),
    ([Said("Yerevan rejected the story of drone raids on Stepanakert.", "denial", "Yerevan", subject="Azerbaijan",
           object="drone raids on Stepanakert", date="2020-10-08"), _OWN],
     {"drone raids on Stepanakert"}, {"looting Hadrut", "shelling Ganja", "300"}),
])
def test_a_new_denial_reads_whole_only_what_may_answer_it(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch,
                                                          said: list[Said], answers: set[str], left: set[str]) -> None:
    store = kb.store
    assert isinstance(store, OxigraphStore)
    seen = _read_whole(monkeypatch)
    publish(kb, U + "d", said[0].date, "Tempo", said)  # the service refreshes after the write
    whole = {c.object or str(c.qmin) for c in seen if c.type != "denial"}
    assert answers <= whole
    assert not whole & left
    assert _derived(store) == _from_scratch(store)
