"""Causes found on ten fresh real articles annotated blind in session 32 (issue 13, extract32f), each class pinned
with sentences of our own (the fresh articles never enter the repo).

- A toll its speaker tells again in a later sentence, adding no figure, is one claim: the first telling
  (``restated._told_again``).
- An attack told as foiled or thwarted ("an attempted drone attack had been thwarted", "berhasil digagalkan") is the
  defender's interception, out of scope like equipment lost: no accusation (``equipment.foiled_attack``); so are
  drones "entah dihancurkan atau dicegat".
- A deal announced or reached to end the airstrikes or the fighting is a truce (``brokered.deal_to_halt``); a deal
  only sought stays what it was.
- The paragraph after the lead opening with a wire credit and the source whose words it gives ("Seperti dilansir
  dari AP, Jaringan Dokter Sudan menyatakan ...") credits the lead to that wire, as one pointing back to it does
  (``carry._SOURCE_SAYS``).
- A name set off by commas after the attacker ("RSF dan sekutunya, Gerakan Rakyat Utara (GRU), menghantam sebuah
  sekolah") is an apposition: the civilian target after it still makes the attack a charge (``attacks._apposed``);
  a kindergarten is a civilian target.
- A truce told with the talks or mediation it came from ("agreed a truce after ten hours of talks", "after X mediated
  by phone", "selama pembicaraan maraton") is a ceasefire and talks (``cue_types._TALKS_HELD``).
- The owner of a place struck ("hit a facility owned by Yemen's oil company", "yang dimiliki oleh") is no attacker,
  as its holder is not (``by_agents._HELD_BY``): an army telling its own strike accused the target's owner.
- A past year a superlative measures from ("the worst since a war there ended in 1994") does not set the sentence in
  the past: its current toll stays news (``past_years._YARDSTICK``).
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.pipeline.record import Claim
from tests.extraction import run_as


def tolls(text: str, gazetteer: Gazetteer, lang: str) -> list[Claim]:
    return [c for c in run_as(text, gazetteer, lang) if c.type == "casualty"]


def figures(text: str, gazetteer: Gazetteer, lang: str) -> list[tuple[int | None, str | None, str]]:
    return [(c.quantity_min, c.unit, c.speaker) for c in tolls(text, gazetteer, lang)]


@pytest.mark.parametrize(("lang", "text", "told"), [
    ("en", "A shell hit the bus depot in Kherson, killing four people, governor Oleh Varna said. "
     "The depot's roof caught fire. \"Four of our drivers died this morning,\" Varna wrote later.", 1),
    ("en", "Army jets struck a village in Sagaing on Monday, killing nine people and wounding 14, resistance "
     "spokesman Ko Thura said. The jets killed nine and wounded 14, he said, adding that a school burned.", 2),
    ("en", "Shelling killed six civilians in Donetsk, regional governor Vadym Filashkin said. "
     "The dead were three men, two women and a boy, Filashkin said.", 1),
    ("id", "Serangan drone di pasar Omdurman menewaskan tujuh orang, kata juru bicara Sudan Doctors Network, "
     "Ahmed Salih. \"Jumlah total korban tewas kini mencapai tujuh orang,\" ujar Salih.", 1),
])
def test_a_toll_told_again_by_its_speaker_is_one_claim(gazetteer: Gazetteer, lang: str, text: str,
                                                        told: int) -> None:
    found = tolls(text, gazetteer, lang)
    assert len(found) == told, figures(text, gazetteer, lang)
    assert found[0].start == 0  # the first telling is kept


@pytest.mark.parametrize(("lang", "text", "told"), [
    # the later sentence adds a figure: its new figure is kept beside the first telling, its toll told again is not
    # (session 34, ``told_in_part``: the dev gold and batch 25's annotate the quotation's wounded only)
    ("en", "A drone killed three children in a house in Hodeidah, a local official said. \"The drone killed three "
     "children of one family and wounded two others,\" the official said.", 2),
    # a small toll recurs for another strike of the day
    ("en", "Shelling killed two people in Kherson, governor Oleh Varna said. Later a drone killed two people in "
     "Beryslav, Varna said.", 2),
    # the later sentence says it is another report
    ("id", "Serangan drone menewaskan lima orang di Omdurman, kata juru bicara Sudan Doctors Network, Ahmed Salih. "
     "Di Bahri, lima orang juga tewas akibat tembakan artileri, kata Salih.", 2),
    # another speaker's figure is another report
    ("en", "Shelling killed six civilians in Donetsk, regional governor Vadym Filashkin said. "
     "Six people died, the Russian-installed mayor Oleg Grishin said.", 2),
])
def test_a_toll_told_again_near_misses(gazetteer: Gazetteer, lang: str, text: str, told: int) -> None:
    assert len(tolls(text, gazetteer, lang)) == told, figures(text, gazetteer, lang)


def accusations(text: str, gazetteer: Gazetteer, lang: str) -> list[tuple[str, str | None]]:
    return [(c.speaker, c.subject) for c in run_as(text, gazetteer, lang) if c.type == "accusation"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Late on Monday, Russia's defence ministry wrote on its channel that an attempted Ukrainian drone attack "
     "on the Kursk region had been \"thwarted\" before midnight."),
    ("en", "The Russian Defence Ministry said an attempted Ukrainian drone attack on Bryansk was foiled overnight."),
    ("en", "The Russian Defence Ministry said its air defences foiled a Ukrainian drone attack on Bryansk."),
    ("id", "Kementerian Pertahanan Rusia mengatakan serangan drone Ukraina di wilayah Kursk berhasil digagalkan."),
    ("id", "Rusia menghujani Kyiv dengan rudal pada Kamis malam. Kementerian pertahanan Rusia menyatakan bahwa 40 "
     "drone Ukraina telah entah dihancurkan atau dicegat di atas beberapa wilayah Rusia."),
])
def test_a_foiled_attack_accuses_nobody(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert accusations(text, gazetteer, lang) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Russian Defence Ministry said a Ukrainian drone attack on Bryansk damaged a school."),
    ("id", "Kementerian Pertahanan Armenia mengatakan pasukannya telah menangkis serangan besar Azerbaijan di "
     "dekat Martuni."),
])
def test_an_attack_that_landed_or_was_fought_still_accuses(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert accusations(text, gazetteer, lang), run_as(text, gazetteer, lang)


def types_of(text: str, gazetteer: Gazetteer, lang: str) -> list[str]:
    return [c.type for c in run_as(text, gazetteer, lang)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The White House in June announced a deal with the rebels to halt the airstrikes in return for safe "
     "passage for cargo ships."),
    ("en", "Washington and the rebels reached an agreement to stop the bombing, officials said on Friday."),
    ("id", "Gedung Putih pada Juni mengumumkan kesepakatan dengan kelompok pemberontak untuk menghentikan serangan "
     "udara dengan imbalan jalur aman bagi kapal kargo."),
])
def test_a_deal_made_to_halt_the_strikes_is_a_truce(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "ceasefire" in types_of(text, gazetteer, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The White House said efforts to reach a deal to end the fighting were continuing."),
    ("en", "The White House said a deal to end the bombing was close."),
])
def test_a_deal_sought_is_no_truce(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "ceasefire" not in types_of(text, gazetteer, lang)


@pytest.mark.parametrize(("lang", "text", "low"), [
    ("en", "The latest clashes between the two armies began on 3 March and have left hundreds dead, the worst "
     "violence since a war there ended in 1994.", 100),
    ("en", "Fighting that flared up on 2 April 2020 has killed 40 soldiers, the heaviest losses in the region since "
     "the clashes in 2016.", 40),
    ("id", "Bentrokan terbaru yang pecah pada 3 Maret telah menewaskan ratusan orang, yang terburuk sejak perang di "
     "wilayah itu berakhir pada 1994.", 100),
])
def test_a_toll_measured_against_a_past_year_is_news(gazetteer: Gazetteer, lang: str, text: str, low: int) -> None:
    assert [c.quantity_min for c in tolls(text, gazetteer, lang)] == [low]


def test_a_toll_set_in_a_past_year_stays_history(gazetteer: Gazetteer) -> None:
    """Near miss: a toll the sentence sets in its past year ("in 1994") is no news of today."""
    text = ("Clashes between the two armies began on 3 March and have killed 40 soldiers. About 30,000 people were "
            "killed in the war there, which ended in 1994.")
    assert [c.quantity_min for c in tolls(text, gazetteer, "en")] == [40]


_LEAD = "Shelling blamed on the RSF killed at least 19 people, including six children, in a market in Nyala.\n"
_LEAD_ID = "Serangan artileri yang diduga dilakukan RSF menewaskan sedikitnya 19 orang, termasuk enam anak, di Nyala.\n"


@pytest.mark.parametrize(("lang", "text"), [
    ("id", _LEAD_ID + "Seperti dilansir dari Reuters, Jaringan Dokter Sudan menyatakan serangan terjadi pada siang "
     "hari ketika pasar sedang ramai."),
    ("id", _LEAD_ID + "Dikutip dari Reuters, Sudan Doctors Network mengatakan peluru jatuh di tengah pasar."),
    ("en", _LEAD + "Citing Reuters, the Sudan Doctors Network said the shells landed at noon on a crowded market."),
])
def test_a_wire_credited_with_the_source_after_the_lead_relays_the_lead(gazetteer: Gazetteer, lang: str,
                                                                       text: str) -> None:
    lead = [c for c in tolls(text, gazetteer, lang) if c.start == 0]
    assert lead and all(c.via == ["Reuters"] for c in lead), [(c.quote[:30], c.via) for c in lead]


def test_a_wire_credited_for_new_matter_leaves_the_lead(gazetteer: Gazetteer) -> None:
    """Near miss: the credit opens a paragraph of new news, no source of the lead's."""
    text = _LEAD_ID + "Dikutip dari Reuters, tiga pekerja bantuan tewas di Geneina pada hari yang sama."
    lead = [c for c in tolls(text, gazetteer, "id") if c.start == 0]
    assert lead and all(c.via == [] for c in lead)


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Dalam keterangannya, Sudan Doctors Network melaporkan bahwa drone yang diluncurkan RSF dan sekutunya, "
     "Gerakan Rakyat Utara (GRU), menghantam sebuah sekolah di Kadugli."),
    ("en", "In a statement, the Sudan Doctors Network said drones launched by the RSF and its ally, the Northern "
     "People's Movement (NPM), struck a school in Kadugli."),
    ("id", "Sudan Doctors Network melaporkan bahwa drone yang diluncurkan RSF menghantam sebuah taman kanak-kanak di "
     "Kadugli."),
])
def test_an_apposition_after_the_attacker_keeps_the_charge(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert ("Sudan Doctors Network", "Rapid Support Forces") in accusations(text, gazetteer, lang)


def test_a_counting_body_telling_a_strike_on_soldiers_accuses_nobody(gazetteer: Gazetteer) -> None:
    """Near miss: with no civilian target after the apposition a counting body's report stays no charge."""
    text = ("Sudan Doctors Network melaporkan bahwa drone yang diluncurkan RSF dan sekutunya, Gerakan Rakyat Utara "
            "(GRU), menghantam sebuah pos militer di Kadugli.")
    assert accusations(text, gazetteer, "id") == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Armenia and Azerbaijan agreed a truce in Geneva after Macron mediated by phone with both leaders."),
    ("en", "The ceasefire was announced early on Monday, after twelve hours of talks in Geneva hosted by the Swiss "
     "foreign minister, and took effect at noon."),
    ("en", "The two foreign ministers signed a truce in Geneva after the French president brokered it through phone "
     "calls with both leaders."),
    ("id", "Gencatan senjata itu disepakati kedua menteri luar negeri selama pembicaraan maraton yang ditengahi Swiss "
     "di Jenewa dan mulai berlaku pada Senin siang."),
])
def test_a_truce_and_the_talks_it_came_from_are_two_claims(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert {"ceasefire", "talks"} <= set(types_of(text, gazetteer, lang)), types_of(text, gazetteer, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Armenia and Azerbaijan agreed a truce in Geneva on Monday, which took effect at noon."),
    ("en", "The truce agreed in Geneva collapsed after two hours, both sides said."),
])
def test_a_truce_with_no_talks_is_one_claim(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "talks" not in types_of(text, gazetteer, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Israeli jets struck a port owned by Yemen's state shipping firm, the Israeli army said."),
    ("en", "The Israeli strikes hit a depot owned by Yemen's main fuel company and a power station, according to "
     "Israel's military."),
])
def test_the_owner_of_a_place_struck_is_not_accused(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert not [s for _, s in accusations(text, gazetteer, lang) if "Yemen" in (s or "")]


def test_the_striker_is_still_accused_beside_an_owner(gazetteer: Gazetteer) -> None:
    """Near miss: the struck side telling the strike still accuses the striker, not the owner."""
    text = "Israeli jets struck a port owned by Yemen's state shipping firm, killing three workers, the Houthis said."
    assert not [s for _, s in accusations(text, gazetteer, "en") if "Yemen" in (s or "")]
    assert any(c.type == "casualty" for c in run_as(text, gazetteer, "en"))
