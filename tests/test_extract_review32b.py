"""Session 32 review: an accusation of sending arms at a target is an attack, and its accused stays the striker
later tolls with no attacker fall back on (``claims._BACKING`` read "sending drones against power stations" as a
charge of backing a side, whatever the drones were sent at)."""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.extraction import of_type, run_as


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ukraine's air force accused Russia of sending drones against power stations across the east overnight."
     "\n\nFour Ukrainian soldiers and two civilians were killed in the Donetsk region on Tuesday, the general staff "
     "said."),
    ("id", "Angkatan udara Ukraina menuduh Rusia mengirim drone ke arah pembangkit listrik di wilayah timur semalam."
     "\n\nEmpat tentara Ukraina dan dua warga sipil tewas di wilayah Donetsk pada hari Selasa, kata staf umum."),
])
def test_drones_sent_at_a_target_name_the_striker(gazetteer: Gazetteer, lang: str, text: str) -> None:
    tolls = of_type(run_as(text, gazetteer, lang), "casualty")
    assert tolls and all("Russia" in (c.subject or "") for c in tolls), [c.subject for c in tolls]


def test_near_miss_drones_sent_to_an_ally_name_no_striker(gazetteer: Gazetteer) -> None:
    text = ("Ukraine's air force accused Iran of sending drones to Russia for the winter campaign.\n\nFour Ukrainian "
            "soldiers were killed in the Donetsk region on Tuesday, the general staff said.")
    tolls = of_type(run_as(text, gazetteer, "en"), "casualty")
    assert tolls and all("Iran" not in (c.subject or "") for c in tolls), [c.subject for c in tolls]
