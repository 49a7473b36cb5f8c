"""What the read-only review of 2026-12-05 (session 13) found in round 10 of the claim types, as classes.

Sentences written for these tests:
- an accusing verb said outright is an accusation whatever else its words name beside the speaker's side ("accused
  Russia of shelling a hospital where Ukrainian and Russian wounded were treated"); only a report of one's own
  operation with an ally ("US and UK forces struck") is no accusation;
- "Ukraine's territorial defence units" is a force, not a wronged side ("territorial integrity" is);
- "told the BBC Russia continues to shell" and "memperingatkan Rusia bersiap untuk menyerang" report, they call on
  nobody;
- a person named once with an office ("Hamas spokesman X") still speaks for it when named alone later;
- "tidak disalahkan atas", "was not blamed on" blame nobody.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.test_extract_unseen_sources import gazetteer, run

__all__ = ["gazetteer"]  # the shared module fixture


def kinds(text: str, gazetteer: Gazetteer, lang: str = "en") -> list[tuple[str, str | None]]:
    return [(c.type, c.subject) for c in run(text, gazetteer, lang)]


OUTRIGHT = [
    ("Kyiv accused Russia of shelling a hospital in Kherson where Ukrainian and Russian wounded soldiers were treated.",
     "Russia"),
    ("Israel accused Hamas of breaking the truce after Israeli and Hamas negotiators met in Cairo.", "Hamas"),
    ("Armenia blamed Azerbaijan for the shelling of a village where Armenian and Azerbaijani monitors had met.",
     "Azerbaijan"),
]


@pytest.mark.parametrize(("text", "accused"), OUTRIGHT)
def test_an_accusing_verb_said_outright_stays_an_accusation(text: str, accused: str, gazetteer: Gazetteer) -> None:
    assert ("accusation", accused) in kinds(text, gazetteer), kinds(text, gazetteer)


def test_a_report_of_ones_own_operation_with_an_ally_accuses_nobody(gazetteer: Gazetteer) -> None:
    found = kinds("CENTCOM said US and UK forces struck Houthi targets near Hodeidah.", gazetteer)
    assert not [k for k in found if k[0] == "accusation"], found


def test_a_territorial_defence_force_is_accused(gazetteer: Gazetteer) -> None:
    found = kinds("Russia accused Ukraine's territorial defence units of shelling a school in Donetsk.", gazetteer)
    assert ("accusation", "Ukraine") in found, found


def test_territorial_integrity_is_still_the_wronged_side(gazetteer: Gazetteer) -> None:
    found = kinds("Iran condemned the raids as violations of Yemen's territorial integrity.", gazetteer)
    assert all("Yemen" not in (s or "") for k, s in found if k == "accusation"), found


REPORTED_NOT_CALLED = [
    ("A Ukrainian official told the BBC Russia continues to shell Kharkiv every night.", "en"),
    ("Zelensky warned Russian strikes threatened to cut power to Kharkiv.", "en"),
    ("Zelensky memperingatkan Rusia bersiap untuk menyerang Kyiv lagi.", "id"),
]


@pytest.mark.parametrize(("text", "lang"), REPORTED_NOT_CALLED)
def test_a_reported_clause_after_told_or_warned_is_no_call(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert not [k for k in kinds(text, gazetteer, lang) if k[0] == "call"], kinds(text, gazetteer, lang)


CALLED = [
    ("Israel warned Hezbollah not to escalate the fighting.", "en", "Hezbollah"),
    ("Israel memperingatkan Hizbullah agar tidak memperluas serangan.", "id", "Hezbollah"),
]


@pytest.mark.parametrize(("text", "lang", "addressee"), CALLED)
def test_an_addressee_told_to_act_is_still_called_on(text: str, lang: str, addressee: str,
                                                     gazetteer: Gazetteer) -> None:
    assert ("call", addressee) in kinds(text, gazetteer, lang), kinds(text, gazetteer, lang)


OFFICE_BEFORE = [
    ("Hamas spokesman Abu Obeida said fighters hit five tanks. Abu Obeida said the fighters would keep resisting in "
     "Rafah.", "en"),
    ("Juru bicara Hamas Abu Obeida mengatakan para pejuang menghantam lima tank. Abu Obeida mengatakan para pejuang "
     "akan terus bertahan di Rafah.", "id"),
]


@pytest.mark.parametrize(("text", "lang"), OFFICE_BEFORE)
def test_a_person_named_with_an_office_keeps_it_when_named_alone(text: str, lang: str, gazetteer: Gazetteer) -> None:
    later = [c for c in run(text, gazetteer, lang) if "Rafah" in c.quote]
    assert later, [(c.type, c.quote) for c in run(text, gazetteer, lang)]


def test_a_private_person_still_makes_no_statement(gazetteer: Gazetteer) -> None:
    assert run("Marwan Sultan said the fighters would keep resisting in Rafah.", gazetteer, "en") == []


NOT_BLAMED = [
    ("Ukraina tidak disalahkan atas serangan di Belgorod, kata PBB.", "id"),
    ("The strikes were not blamed on Russia, the UN said.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_BLAMED)
def test_a_negated_passive_blame_blames_nobody(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert not [k for k in kinds(text, gazetteer, lang) if k[0] == "accusation"], kinds(text, gazetteer, lang)


def test_a_passive_blame_still_blames(gazetteer: Gazetteer) -> None:
    assert ("accusation", "Russia") in kinds("Rusia disalahkan atas serangan di Kharkiv, kata PBB.", gazetteer, "id")
