"""``kb eval`` reads a party written as the people it counts by its demonym (``kb.eval_parties``)."""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.eval import _subjects
from kb.eval_parties import party_of


@pytest.mark.parametrize(
    ("name", "party"),
    [("Yemeni civilians", "Yemen"), ("Armenian soldiers", "Armenia"), ("warga sipil Ukraina", "Ukraine"),
     ("Palestinian children", "Palestine"), ("Israel", "Israel")],
)
def test_a_class_with_its_demonym_is_the_demonyms_party(name: str, party: str, gazetteer: Gazetteer) -> None:
    assert party_of(name, gazetteer) == party


@pytest.mark.parametrize("name", ["civilians", "warga sipil", "El Fasher villagers", "people"])
def test_a_class_naming_no_known_side_stays_as_written(name: str, gazetteer: Gazetteer) -> None:
    assert party_of(name, gazetteer) is None


def test_the_pairs_parties_agree_by_side_not_by_wording(gazetteer: Gazetteer) -> None:
    assert _subjects("Yemeni civilians; Saudi-led coalition", gazetteer) & _subjects("Yemen", gazetteer)
    assert not _subjects("Yemeni civilians; Saudi-led coalition", gazetteer) & _subjects("civilians", gazetteer)


@pytest.mark.parametrize(("gold", "found"), [
    ("Israel", "Israel Defense Forces"), ("Sudanese Armed Forces", "Sudan"), ("Russia", "Russian Armed Forces"),
    ("Nagorno-Karabakh authorities", "Nagorno-Karabakh; Azerbaijan"), ("Saudi Arabia", "Saudi-led coalition"),
])
def test_an_army_and_its_state_are_one_side(gold: str, found: str, gazetteer: Gazetteer) -> None:
    """As the conflict rules compare them (``represents``): the same side against the same figures is no false
    alarm, so the eval counts no wrong party."""
    assert _subjects(gold, gazetteer) & _subjects(found, gazetteer)


@pytest.mark.parametrize(("gold", "found"), [
    ("Sudanese Armed Forces", "Rapid Support Forces"), ("Israel", "Hamas"), ("Russia", "Armed Forces of Ukraine"),
    ("Yemeni civilians", "civilians"),
])
def test_an_army_and_its_enemy_are_two_sides(gold: str, found: str, gazetteer: Gazetteer) -> None:
    assert not _subjects(gold, gazetteer) & _subjects(found, gazetteer)
