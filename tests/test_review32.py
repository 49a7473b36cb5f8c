"""Session 32's review: near misses of the rules merged in the session, each a sentence the rule fired on wrongly.

- An attack is foiled only in its own clause (``equipment.foiled_attack``): "foiled a plot last month, but on
  Tuesday X attacked a hospital" and "X attacked a hospital, and a second raid was thwarted" still accuse X.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.extraction import run_as


def accusations(text: str, gazetteer: Gazetteer, lang: str) -> list[tuple[str, str | None]]:
    return [(c.speaker, c.subject) for c in run_as(text, gazetteer, lang) if c.type == "accusation"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ukraine's army said it foiled a plot last month, but on Tuesday Russian forces attacked a hospital in "
     "Sumy, killing four patients."),
    ("en", "Ukraine's army said Russian forces attacked a hospital in Sumy on Tuesday, and that a second raid on the "
     "town was thwarted by air defences."),
    ("id", "Militer Ukraina mengatakan pasukan Rusia menyerang sebuah rumah sakit di Sumy pada Selasa, sementara "
     "serangan lain di kota itu berhasil digagalkan."),
])
def test_an_attack_beside_a_foiled_one_still_accuses(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert accusations(text, gazetteer, lang) != []
