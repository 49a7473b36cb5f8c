"""A figure counts inside a running total only where their places can meet (rules 33, trial user31): a strike's toll
in one town is no part of another town's running total, and the explanation names a total's place so a reader sees
which area it counts.  Claims written for the test, in a war whose towns the places gazetteer holds."""

from __future__ import annotations

from datetime import date

import pytest

from kb.actors import normalize_name
from kb.derived import conflicts
from kb.derived.conflicts.model import ClaimFacts
from kb.derived.conflicts.where import places_meet
from kb.derived.conflicts.wording import scope_words
from kb.service import KnowledgeBase
from tests.fixtures.synthetic import Said, publish

U = "https://news.example/places31/"


@pytest.fixture
def kb() -> KnowledgeBase:
    base = KnowledgeBase.open(":memory:")
    base.sync_reference_graphs()
    return base


def total(place: str | None, dead: int = 20) -> Said:
    """A running total of Azerbaijan's dead since 27 September, reported by Baku on 10 October."""
    return Said(f"Baku tallied {dead} people dead there since the fighting began.", "casualty", "Baku",
                subject="Azerbaijan", qmin=dead, qmax=dead, unit="deaths", scope="cumulative",
                period_start="2020-09-27", date="2020-10-10", place=place)


def strike(place: str | None, dead: int = 30, scope: str = "incident") -> Said:
    """A figure of Azerbaijan's dead from Yerevan, two days before the total: one strike's, or a running total."""
    return Said(f"Yerevan reported {dead} people dead in Azerbaijan after shelling.", "casualty", "Yerevan",
                subject="Azerbaijan", qmin=dead, qmax=dead, unit="deaths", scope=scope,
                period_start="2020-09-27" if scope == "cumulative" else None,
                date="2020-10-08" if scope == "incident" else "2020-10-10", place=place)


def findings(kb: KnowledgeBase, whole: Said, part: Said) -> list[conflicts.Finding]:
    publish(kb, U + "total", "2020-10-10", "Kompas", [whole])
    publish(kb, U + "part", "2020-10-10", "Tempo", [part])
    conflicts.refresh(kb.store)
    return [c for c in conflicts.list_conflicts(kb.store) if c.kind in ("part-whole", "numeric", "same-side")]


def test_a_strike_in_another_town_is_no_part_of_a_towns_total(kb: KnowledgeBase) -> None:
    assert findings(kb, total("Ganja"), strike("Tartar")) == []


def test_two_running_totals_of_towns_apart_are_not_compared(kb: KnowledgeBase) -> None:
    assert findings(kb, total("Ganja"), strike("Tartar", 300, scope="cumulative")) == []


@pytest.mark.parametrize(("whole", "part", "said"), [
    ("Ganja", "Ganja", "in Ganja since 27 Sep"),  # the same town
    ("Azerbaijan", "Tartar", "in Azerbaijan since 27 Sep"),  # a town inside the country's total
    ("Ganja", None, "in Ganja since 27 Sep"),  # an unplaced strike: as before, it may be anywhere
])
def test_a_strike_inside_the_totals_place_is_found_and_the_place_said(
        kb: KnowledgeBase, whole: str, part: str | None, said: str) -> None:
    (found,) = findings(kb, total(whole), strike(part))
    assert found.kind == "part-whole"
    assert f"above the total of 20 deaths (parties: Azerbaijan) {said} given by" in found.explanation


def test_a_total_without_a_place_reads_as_before(kb: KnowledgeBase) -> None:
    (found,) = findings(kb, total(None), strike("Tartar"))
    assert "at 30 in one incident at Tartar, above the total of 20 deaths (parties: Azerbaijan) since 27 Sep" in \
        found.explanation


@pytest.mark.parametrize(("a", "b", "meet"), [
    ("Gaza", "Tepi Barat", False),  # two areas of one war, neither holding the other
    ("Kharkiv", "Odesa", False),
    ("Gaza", "Gaza City", True),  # one name inside the other
    ("Jalur Gaza", "Gaza Strip", True),  # two names of one gazetteer place
    ("Ukraina", "kota Kharkiv", True),  # a country holds its towns, a generic lead dropped
    ("Israel", "Gaza", False),  # a country does not hold another code's places
    ("Ganja", None, None),
])
def test_places_meet_by_names_and_the_gazetteer(a: str, b: str | None, meet: bool | None) -> None:
    assert places_meet(normalize_name(a), normalize_name(b) if b else None) is meet


@pytest.mark.parametrize(("scope", "start", "end", "words"), [
    ("cumulative", None, None, "in total so far in Tartar"),
    ("period", "2020-10-01", "2020-10-03", "in Tartar from 1 Oct to 3 Oct"),
])
def test_a_totals_or_a_spans_place_is_said(scope: str, start: str | None, end: str | None, words: str) -> None:
    fact = ClaimFacts(iri="c", type="casualty", speaker="s", speaker_root="s", article="a", scope=scope, qmin=9,
                      qmax=9, claim_date=date(2020, 10, 3), place="Tartar",
                      period_start=date.fromisoformat(start) if start else None,
                      period_end=date.fromisoformat(end) if end else None)
    assert scope_words(fact) == words
