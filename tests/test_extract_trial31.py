"""What a new user's trial of the CLI found in session 31 (issue 13), each class pinned with sentences of our own
(the trial's articles never enter the repo).

- "accused the group of ..." after the speaker's own side was told striking: "the group" is the armed group the
  sentence named before it, never the speaker's side (it was the speaker's own state); and a pronoun or a
  demonstrative never makes the speaker's own side the accused (``pronoun_parties``).
- "said 25 drones were shot down", "14 tank juga dihancurkan": equipment lost is out of scope, not an attack
  with no attacker blamed on the equipment's owner (``equipment``); an accusing word beside it still accuses.
- "according to a statement carried by the state news agency SUNA", "Dilansir dari The X, ...": the kind of agency
  before its name, and a cue opening the sentence with its capital, keep the relay (``credits``).
- "accused X of using civilians as human shields": a use that "as" completes stays whole in the allegation
  (``attacks.allegation_at``); "told reporters that Y does not strike ...": the audience is no part of the denied
  words (``disavowals``).
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.pipeline.record import Claim
from tests.extraction import run_as


def of(text: str, gazetteer: Gazetteer, lang: str, kind: str) -> list[Claim]:
    return [c for c in run_as(text, gazetteer, lang) if c.type == kind]


_GAZA = "Israeli shelling killed nine people in Khan Younis on Friday, the Gaza health ministry said. "
_GAZA_ID = ("Serangan udara Israel menewaskan sembilan orang di Khan Younis pada Jumat, kata kementerian kesehatan "
            "Gaza. ")
_SUDAN = "Sudanese army shelling killed eleven people in Omdurman, medics said. "


@pytest.mark.parametrize(("lang", "text", "accused"), [
    ("en", _GAZA + "The Israeli army said it had hit dozens of Hamas positions and accused the group of storing "
     "rockets inside a mosque.", "Hamas"),
    ("id", _GAZA_ID + "Militer Israel mengatakan telah menggempur puluhan posisi Hamas dan menuduh kelompok itu "
     "menyimpan roket di dalam masjid.", "Hamas"),
    ("en", _SUDAN + "The army said it had pushed back the Rapid Support Forces and accused the militia of looting "
     "homes.", "Rapid Support Forces"),
])
def test_the_group_is_the_armed_group_named_before(lang: str, text: str, accused: str, gazetteer: Gazetteer) -> None:
    found = of(text, gazetteer, lang, "accusation")
    assert [c.subject for c in found] == [accused], [(c.speaker, c.subject) for c in found]


def test_an_accusation_never_accuses_the_speakers_own_side(gazetteer: Gazetteer) -> None:
    text = ("Russian missiles killed seven people in Kharkiv overnight, the regional governor said. "
            "The Russian Defence Ministry accused it of hiding artillery near a hospital.")
    found = of(text, gazetteer, "en", "accusation")
    assert found and all("Russia" not in (c.subject or "") for c in found), [c.subject for c in found]


_KHERSON = "Ukraine's army said Russian shelling killed four people in Kherson on Sunday. "


@pytest.mark.parametrize(("lang", "text"), [
    ("en", _KHERSON + "The Russian Defence Ministry said 25 Ukrainian drones were shot down over Crimea at night."),
    ("id", "Militer Ukraina mengatakan serangan Rusia menewaskan empat orang di Kherson pada Minggu. Kementerian "
     "Pertahanan Rusia menyatakan bahwa 25 drone Ukraina juga ditembak jatuh di atas Krimea."),
    ("id", "Kementerian Pertahanan Azerbaijan mengatakan serangan Armenia menewaskan dua warga di Tartar. Menurut "
     "juru bicara Kementerian Pertahanan Azerbaijan, 14 tank Armenia telah dihancurkan."),
    ("id", "Juru bicara militer Armenia menyatakan bahwa sebelas tank Azerbaijan juga dihancurkan di dekat Hadrut."),
])
def test_equipment_lost_is_no_claim(lang: str, text: str, gazetteer: Gazetteer) -> None:
    last = text.rstrip(".").rsplit(". ", 1)[-1]
    found = [c for c in run_as(text, gazetteer, lang) if last[:30] in c.quote]
    assert found == [], [(c.type, c.speaker, c.subject) for c in found]


@pytest.mark.parametrize(("text", "accused"), [
    (_KHERSON + "The Russian Defence Ministry said 25 Ukrainian drones were destroyed and accused Kyiv of targeting "
     "a school in Belgorod.", "Ukraine"),
    (_KHERSON + "The Ukrainian air force said the apartment block was shelled again overnight.", "Russia"),
    (_KHERSON + "Kyiv said Russian drones hit a power plant near Odesa.", "Russia"),
])
def test_an_accusation_beside_equipment_or_an_attack_stays(text: str, accused: str, gazetteer: Gazetteer) -> None:
    found = of(text, gazetteer, "en", "accusation")
    assert [c.subject for c in found] == [accused], [(c.speaker, c.subject) for c in found]


@pytest.mark.parametrize(("lang", "text", "via"), [
    ("en", "The Sudanese army said shelling by the Rapid Support Forces killed 14 people in El Obeid, according to a "
     "statement carried by the state news agency SUNA.", "Sudan News Agency"),
    ("en", "The Sudanese army said shelling by the Rapid Support Forces killed 14 people in El Obeid, in a statement "
     "carried by the official news agency SUNA.", "Sudan News Agency"),
    ("id", "Dilansir dari The Harbour Post, juru bicara kementerian kesehatan Gaza mengatakan 40 orang tewas dalam "
     "serangan Israel di Rafah.", "The Harbour Post"),
    ("id", "Dikutip dari Lembah Times, Senin, 6 November 2023, Al-Qudra mengatakan 40 orang tewas dalam serangan "
     "Israel di Rafah.", "Lembah Times"),
])
def test_the_relay_is_kept(lang: str, text: str, via: str, gazetteer: Gazetteer) -> None:
    found = of(text, gazetteer, lang, "casualty")
    assert found and all(c.via == [via] for c in found), [(c.speaker, c.via) for c in found]


def test_a_use_completed_by_as_stays_in_the_allegation(gazetteer: Gazetteer) -> None:
    text = "The Yemeni army accused the Houthis of using schools as weapons stores near Marib."
    found = of(text, gazetteer, "en", "accusation")
    assert [c.allegation for c in found] == ["using schools as weapons stores near Marib"], [
        c.allegation for c in found]


def test_the_audience_told_is_no_part_of_what_is_denied(gazetteer: Gazetteer) -> None:
    text = "A Kremlin spokesman told journalists that Moscow does not target hospitals in Ukraine."
    found = of(text, gazetteer, "en", "denial")
    assert [c.allegation for c in found] == ["Moscow does not target hospitals in Ukraine"], [
        c.allegation for c in found]
