"""Parties of casualty figures on real-news wording (issue 13, round par16): the sentences are the project's own.

Each group pins one mechanism, in English and Indonesian, with near misses that must not fire:

- people who died *in* the war or *since* it began, told by a speaker of no side, with no place, victims or
  attacker named, are a toll of all its parties ("more than 3,000 people have died in the fighting");
- the war's own place is not the victims' side: "the conflict in Sudan has killed ..." counts all parties.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.extract import extract_claims
from kb.pipeline.article import Article
from kb.pipeline.record import Claim


def casualties(text: str, gazetteer: Gazetteer, lang: str) -> list[Claim]:
    found = extract_claims(Article(text=text, lang=lang, published="2024-03-04", outlet="Warta Contoh"), gazetteer)
    return [c for c in found if c.type == "casualty"]


# --- a toll of the war itself ------------------------------------------------------------------------------------

WAR_TOLLS = [
    ("Army and RSF troops traded fire across the capital again. More than 3,000 people have died in the fighting "
     "so far, an aid group said.", "en"),
    ("Since the start of the war, at least 700 people have been killed, the monitoring group said.", "en"),
    ("Pasukan Armenia dan Azerbaijan kembali saling tembak di perbatasan. Sedikitnya 900 orang tewas sejak "
     "pertempuran pecah pada akhir September.", "id"),
    ("Ratusan orang meninggal dunia dalam konflik itu, menurut sebuah lembaga pemantau.", "id"),
]


@pytest.mark.parametrize(("text", "lang"), WAR_TOLLS)
def test_people_who_died_in_the_war_are_all_parties(text: str, lang: str, gazetteer: Gazetteer) -> None:
    [toll] = casualties(text, gazetteer, lang)
    assert toll.subject == "all parties"


WAR_PLACES = [
    ("The conflict in Sudan has killed at least 15,000 people.", "en"),
    ("Perang dua tahun di Sudan telah menewaskan puluhan ribu orang.", "id"),
]


@pytest.mark.parametrize(("text", "lang"), WAR_PLACES)
def test_the_wars_place_is_not_the_victims_side(text: str, lang: str, gazetteer: Gazetteer) -> None:
    [toll] = casualties(text, gazetteer, lang)
    assert toll.subject == "all parties"


NOT_WAR_TOLLS = [
    # a speaker with a side reports its own dead
    ("The Israeli army said a soldier was killed during clashes in Khan Younis.", "en", "Israel"),
    ("Juru bicara militer Israel mengatakan seorang prajurit tewas dalam pertempuran di Gaza utara.", "id", "Israel"),
    # a toll in one place is that place's, not the war's
    ("Russian forces shelled the city again. At least 40 people have died in Kharkiv since the war began, the "
     "mayor said.", "en", None),
    # a war named by its author is that author's
    ("Pasukan Israel kembali menggempur Rafah. Sedikitnya 30 orang tewas dalam perang Israel di Gaza pekan ini, "
     "kata seorang pejabat PBB.", "id", None),
]


@pytest.mark.parametrize(("text", "lang", "party"), NOT_WAR_TOLLS)
def test_a_sided_or_placed_toll_is_not_all_parties(text: str, lang: str, party: str | None,
                                                   gazetteer: Gazetteer) -> None:
    toll = casualties(text, gazetteer, lang)[-1]
    assert toll.subject != "all parties"
    if party:
        assert party in (toll.subject or "").split("; ")


# --- "the enemy" said by a speaker of no known side ----------------------------------------------------------------

ENEMY_ARTICLES = [
    ("Russia launched another wave of drones overnight, Ukraine said, adding that Ukraine's air defences shot down "
     "most of them. A Russian missile strike killed three civilians in Kharkiv. \"The enemy shelled our town through "
     "the night,\" said Ivan Petrenko, the regional governor.", "en"),
    ("Rusia kembali meluncurkan gelombang drone semalam, kata Ukraina, dan menurut Ukraina pertahanan udaranya "
     "menembak jatuh sebagian besar. Serangan rudal Rusia menewaskan tiga warga sipil di Kharkiv. \"Musuh menembaki "
     "kota kami sepanjang malam,\" kata Ivan Petrenko, gubernur wilayah itu.", "id"),
]


@pytest.mark.parametrize(("text", "lang"), ENEMY_ARTICLES)
def test_the_enemy_of_a_sideless_speaker_is_the_one_attacker(text: str, lang: str, gazetteer: Gazetteer) -> None:
    found = extract_claims(Article(text=text, lang=lang, published="2024-03-04", outlet="Warta Contoh"), gazetteer)
    enemy = [c for c in found if c.type == "accusation" and "Petrenko" in c.speaker]
    assert [c.subject for c in enemy] == ["Russia"]


def test_the_enemy_stays_unnamed_when_both_sides_attack(gazetteer: Gazetteer) -> None:
    text = ("Azerbaijani shelling killed two Armenian soldiers on Monday, Armenia said. Armenian shelling killed an "
            "Azerbaijani soldier, Azerbaijan said. \"The enemy shelled our town through the night,\" said Ivan "
            "Petrenko, a local official.")
    found = extract_claims(Article(text=text, lang="en", published="2024-03-04", outlet="Warta Contoh"), gazetteer)
    enemy = [c for c in found if c.type == "accusation" and "Petrenko" in c.speaker]
    assert all(c.subject not in ("Armenia", "Azerbaijan") for c in enemy)


# --- a call to "those responsible": the article's striker ----------------------------------------------------------

CULPRIT_CALLS = [
    ("Myanmar military jets bombed a village in Sagaing on Tuesday, killing 30 villagers, witnesses said. The UN "
     "rights office called for those responsible to be held to account.", "en"),
    ("Jet tempur militer Myanmar mengebom sebuah desa di Sagaing pada Selasa dan menewaskan 30 warga, kata para "
     "saksi. Badan dunia itu menyerukan agar para pelaku diadili.", "id"),
]


@pytest.mark.parametrize(("text", "lang"), CULPRIT_CALLS)
def test_a_call_to_those_responsible_is_addressed_to_the_striker(text: str, lang: str,
                                                                 gazetteer: Gazetteer) -> None:
    found = extract_claims(Article(text=text, lang=lang, published="2024-03-04", outlet="Warta Contoh"), gazetteer)
    assert [c.subject for c in found if c.type == "call"] == ["Myanmar military government"]


NO_STRIKER_CALLS = [
    ("The UN rights office called for those responsible to be held to account.", "en"),
    ("Militer Myanmar dan PDF saling tuduh. Badan dunia itu menyerukan agar para pelaku diadili.", "id"),
]


@pytest.mark.parametrize(("text", "lang"), NO_STRIKER_CALLS)
def test_a_call_to_those_responsible_names_nobody_without_a_striker(text: str, lang: str,
                                                                    gazetteer: Gazetteer) -> None:
    found = extract_claims(Article(text=text, lang=lang, published="2024-03-04", outlet="Warta Contoh"), gazetteer)
    assert [c.subject for c in found if c.type == "call"] == [None]


# --- "the junta" struck: the article's military government --------------------------------------------------------

JUNTA_STRIKES = [
    ("Myanmar's military has ruled since the 2021 coup. Junta air strikes killed 17 people in a village in Sagaing "
     "on Friday, a local resistance group said.", "en"),
    ("Militer Myanmar berkuasa sejak kudeta 2021. Serangan udara junta menewaskan 17 orang di sebuah desa di Sagaing "
     "pada Jumat, kata kelompok perlawanan setempat.", "id"),
]


@pytest.mark.parametrize(("text", "lang"), JUNTA_STRIKES)
def test_junta_strikes_are_the_military_governments(text: str, lang: str, gazetteer: Gazetteer) -> None:
    [toll] = casualties(text, gazetteer, lang)
    assert toll.subject is not None and "Myanmar military government" in toll.subject.split("; ")


NO_JUNTA_NAMED = [
    # an armed group is no junta: with no military government named, "the junta" stays unread
    ("The People's Defence Force attacked a checkpoint, and fighting spread across Sagaing. Junta air strikes killed "
     "17 people in a village on Friday, a local aid worker said.", "en"),
    ("Jet tempur Rusia menyerang Kharkiv. Serangan udara junta menewaskan 17 orang di sebuah desa, kata seorang "
     "pekerja bantuan.", "id"),
]


@pytest.mark.parametrize(("text", "lang"), NO_JUNTA_NAMED)
def test_junta_strikes_need_a_military_government_named(text: str, lang: str, gazetteer: Gazetteer) -> None:
    toll = casualties(text, gazetteer, lang)[-1]
    assert toll.subject == "people"


def test_militias_are_no_enemy_of_a_sideless_speaker(gazetteer: Gazetteer) -> None:
    text = ("Russia launched another wave of drones overnight, Ukraine said, adding that Ukraine's air defences shot "
            "down most of them. A Russian missile strike killed three civilians in Kharkiv. Local militias have "
            "ambushed supply convoys near the border, a local monitoring group reported.")
    found = extract_claims(Article(text=text, lang="en", published="2024-03-04", outlet="Warta Contoh"), gazetteer)
    accused = [c.subject for c in found if c.type == "accusation" and c.speaker == "local monitoring group"]
    assert accused == ["Local militias"]


# --- "the death toll in X": the toll's own place, however far its figure comes after it ---------------------------

TOLLS_IN_A_PLACE = [
    ("Lebanon's health minister said on Tuesday the death toll in Lebanon after a full year of fighting between "
     "Israel and Hezbollah had reached 3,512 people.", "en"),
    ("Menteri kesehatan Lebanon mengatakan jumlah korban tewas di Lebanon sepanjang tahun pertempuran antara Israel "
     "dan Hizbullah telah mencapai 3.512 orang.", "id"),
]


@pytest.mark.parametrize(("text", "lang"), TOLLS_IN_A_PLACE)
def test_the_toll_in_a_place_is_that_places(text: str, lang: str, gazetteer: Gazetteer) -> None:
    [toll] = casualties(text, gazetteer, lang)
    assert toll.subject is not None and "Lebanon" in toll.subject.split("; ")


def test_the_toll_of_a_war_between_two_is_all_parties(gazetteer: Gazetteer) -> None:
    [toll] = casualties("The death toll in the war between Israel and Hezbollah has reached 3,512 people, a monitor "
                        "said.", gazetteer, "en")
    assert toll.subject == "all parties"
