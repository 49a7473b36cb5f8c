"""Belligerents named by a generic word (issue 13, round gen18): the articles are the project's own.

"The paramilitary shelled a market", "Pasukan pendudukan menembaki sekolah", "the coalition attack", "the junta's air
force bombed a school": the word names a party only through the article (its two main sides, which is a military
government, which an armed group fighting a state, which side the speaker is on).  Near misses: a speaker's own
forces accuse nobody; "the rebels" of an article naming two rebel movements, "the enemy" said by a UN mission and a
"junta" in an article that names no junta stay unread.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.extract import extract_claims
from kb.extract.article_parties import ArticleParties
from kb.extract.belligerents import resolve, role_of
from kb.pipeline.article import Article
from kb.pipeline.record import Claim


def claims(text: str, gazetteer: Gazetteer, lang: str, kind: str) -> list[Claim]:
    found = extract_claims(Article(text=text, lang=lang, published="2024-05-06", outlet="Warta Contoh"), gazetteer)
    return [c for c in found if c.type == kind]


def accused_in(text: str, gazetteer: Gazetteer, lang: str, marker: str) -> list[str | None]:
    return [c.subject for c in claims(text, gazetteer, lang, "accusation") if marker in c.quote]


SUDAN_EN = ("The Sudanese army and the Rapid Support Forces have battled for Darfur since April. The Rapid Support "
            "Forces claimed on Monday to have overrun a garrison, while the Sudanese army said it had beaten off the "
            "raid. The paramilitary shelled a busy livestock market on Sunday, the army said.")
SUDAN_ID = ("Militer Sudan dan Pasukan Dukungan Cepat (RSF) saling gempur di Darfur sejak April. RSF mengklaim "
            "telah menguasai sebuah garnisun, sementara militer Sudan menyebut serbuan itu berhasil digagalkan. "
            "Paramiliter itu menembaki pasar ternak yang ramai pada Minggu, kata militer Sudan.")
GAZA_EN = ("Israel widened its offensive in Gaza on Tuesday while Hamas said truce talks were going nowhere. Israel "
           "said its troops were fighting Hamas gunmen in the south of the strip. Occupation forces shelled a "
           "school where displaced families slept, Hamas said in a statement.")
GAZA_ID = ("Israel memperluas serangannya di Gaza pada Selasa, sementara Hamas menyebut perundingan gencatan senjata "
           "buntu. Israel mengatakan pasukannya bertempur melawan Hamas di selatan jalur itu. Pasukan pendudukan "
           "menembaki sekolah tempat keluarga pengungsi tidur, kata Hamas dalam sebuah pernyataan.")
MYANMAR_EN = ("Myanmar's military has stepped up its campaign against the People's Defence Force in the Sagaing "
              "region. The People's Defence Force said it had ambushed a supply column, and Myanmar's military said "
              "it had retaken a river town. The junta's air force bombed a village school on Monday, a spokesman "
              "for the People's Defence Force said.")
YEMEN_ID = ("Koalisi pimpinan Arab Saudi kembali menggempur wilayah yang dikuasai Houthi pada Kamis. Houthi menyebut "
            "koalisi pimpinan Arab Saudi menyerang permukiman warga. Kantor berita Houthi melaporkan, koalisi "
            "melakukan sembilan serangan di ibu kota sepanjang malam.")


@pytest.mark.parametrize(("text", "lang", "marker", "party"), [
    (SUDAN_EN, "en", "The paramilitary", "Rapid Support Forces"),
    (SUDAN_ID, "id", "Paramiliter itu", "Rapid Support Forces"),
    (GAZA_EN, "en", "Occupation forces", "Israel"),
    (GAZA_ID, "id", "Pasukan pendudukan", "Israel"),
    (MYANMAR_EN, "en", "air force", "Myanmar military government"),
    (YEMEN_ID, "id", "sembilan serangan", "Saudi-led coalition"),
])
def test_a_generic_belligerent_word_accuses_the_party_the_article_names(
        text: str, lang: str, marker: str, party: str, gazetteer: Gazetteer) -> None:
    assert accused_in(text, gazetteer, lang, marker) == [party]


def test_a_toll_whose_attacker_is_named_by_a_generic_word_gets_that_party(gazetteer: Gazetteer) -> None:
    text = SUDAN_EN + " Nine villagers were killed when paramilitary fighters stormed their hamlet, a medic said."
    [toll] = [c for c in claims(text, gazetteer, "en", "casualty") if "hamlet" in c.quote]
    assert (toll.subject or "").split("; ")[-1] == "Rapid Support Forces"


OWN_FORCES = [  # the speaker's own forces: its operation, no blame
    ("Russia kept up its drone raids on Ukraine overnight, and Ukraine said it downed most of them. Russia claimed "
     "hits on military sites in Ukraine. Our forces struck enemy positions near the river, the Ukrainian army "
     "said.", "en", "Our forces"),
    ("Rusia terus mengirim drone ke Ukraina semalaman, dan Ukraina mengaku menembak jatuh sebagian besar. Rusia "
     "mengklaim mengenai sasaran militer di Ukraina. Pasukan kami menggempur posisi musuh di dekat sungai, kata "
     "militer Ukraina.", "id", "Pasukan kami"),
]


@pytest.mark.parametrize(("text", "lang", "marker"), OWN_FORCES)
def test_the_speakers_own_forces_accuse_nobody(text: str, lang: str, marker: str, gazetteer: Gazetteer) -> None:
    assert accused_in(text, gazetteer, lang, marker) == []


def test_rebels_of_an_article_naming_two_rebel_movements_stay_unread(gazetteer: Gazetteer) -> None:
    text = ("The Arakan Army and the Kachin Independence Army both fought government troops last week. The Arakan "
            "Army said it had seized an outpost, and the Kachin Independence Army said it had taken a ridge. The "
            "rebels shelled a market in the town, a local official said.")
    assert "Arakan Army" not in accused_in(text, gazetteer, "en", "The rebels")
    assert "Kachin Independence Army" not in accused_in(text, gazetteer, "en", "The rebels")


def test_the_enemy_said_by_a_neutral_body_names_nobody(gazetteer: Gazetteer) -> None:
    text = ("Russia fired dozens of drones at Ukraine overnight, and Ukraine said it shot down most of them. Russia "
            "said it had struck military targets in Ukraine. The enemy shelled the town again, a UN monitoring "
            "mission said.")
    assert all(s not in ("Russia", "Ukraine") for s in accused_in(text, gazetteer, "en", "The enemy"))


def parties(main: tuple[str, ...], armed: tuple[tuple[str, str], ...] = ()) -> ArticleParties:
    return ArticleParties(main, armed=armed)


@pytest.mark.parametrize(("phrase", "role"), [
    ("the junta's air force", "junta"), ("pasukan junta", "junta"), ("regime forces", "regime"),
    ("rezim itu", "regime"),
    ("the paramilitary", "group"), ("para pemberontak", "group"), ("occupation forces", "occupier"),
    ("pasukan pendudukan", "occupier"), ("Zionist forces", "zionist"), ("musuh", "enemy"), ("the adversary", "enemy"),
    ("the coalition forces", "coalition"), ("pasukan koalisi", "coalition"),
    ("Saudi-led coalition", None), ("our forces", None), ("troops", None), ("the ministry", None),
])
def test_roles_of_generic_words(phrase: str, role: str | None) -> None:
    assert role_of(phrase) == role


def test_resolution_needs_the_article_to_say_who(gazetteer: Gazetteer) -> None:
    war = parties(("Sudan", "Rapid Support Forces"), (("Sudan", "Sudanese Armed Forces"),))
    assert resolve("the rebels", None, war, gazetteer) == "Rapid Support Forces"
    assert resolve("the rebels", "Rapid Support Forces", war, gazetteer) is None  # never the speaker itself
    assert resolve("musuh", "Sudan", war, gazetteer) == "Rapid Support Forces"
    assert resolve("musuh", None, war, gazetteer) is None  # no side, no enemy
    assert resolve("the junta", None, war, gazetteer) is None  # no military government in this war
    assert resolve("the paramilitary", None, parties(()), gazetteer) is None  # an article naming neither party
    assert resolve("Zionist forces", None, parties(("Sudan", "Rapid Support Forces")), gazetteer) is None


def test_a_toll_struck_by_warplanes_gets_the_one_army_off_the_speakers_side(gazetteer: Gazetteer) -> None:
    # both sides are said to strike, so the article names no one striker: the warplanes are the only army's
    text = ("Militer Sudan dan Pasukan Dukungan Cepat (RSF) saling gempur di Darfur sejak April. RSF menembaki barak "
            "militer Sudan, sementara militer Sudan membom posisi RSF. Sembilan warga tewas setelah pesawat tempur "
            "mengebom pasar, kata RSF.")
    [toll] = [c for c in claims(text, gazetteer, "id", "casualty") if "pasar" in c.quote]
    assert (toll.subject or "").split("; ")[-1] == "Sudanese Armed Forces"


@pytest.mark.parametrize(("text", "lang", "marker"), [
    (GAZA_EN + " Both sides agreed to a three-day ceasefire to let aid convoys in, mediators said.", "en", "three-day"),
    (GAZA_ID + " Kedua belah pihak menyepakati gencatan senjata tiga hari agar bantuan bisa masuk, kata mediator.",
     "id", "tiga hari"),
])
def test_both_sides_of_a_ceasefire_are_the_articles_two_main_sides(
        text: str, lang: str, marker: str, gazetteer: Gazetteer) -> None:
    truces = [c for c in claims(text, gazetteer, lang, "ceasefire") if marker in c.quote]
    assert truces and all(set((c.subject or "").split("; ")) == {"Israel", "Hamas"} for c in truces), [
        c.subject for c in truces]


def test_all_parties_stay_all_parties(gazetteer: Gazetteer) -> None:
    text = GAZA_EN + " The UN urged all parties to agree to a ceasefire at once."
    calls = [c for c in claims(text, gazetteer, "en", "call") if "at once" in c.quote]
    assert all(c.subject != "Israel; Hamas" for c in calls)


UKRAINE_EN = ("Russia fired dozens of drones at Ukraine overnight, and Ukraine said it shot most of them down. Russia "
              "said it had hit military targets in Ukraine. The enemy attacked a power plant in Kharkiv with missiles, "
              "Ukraine's air force said.")


def test_the_enemy_of_a_side_is_the_other_main_side(gazetteer: Gazetteer) -> None:
    assert accused_in(UKRAINE_EN, gazetteer, "en", "power plant") == ["Russia"]


def test_occupiers_named_by_a_speaker_of_no_side_are_the_one_side_with_an_army_there(gazetteer: Gazetteer) -> None:
    war = parties(("Israel", "Palestine"), (("Israel", "Israel Defense Forces"),))
    assert resolve("pasukan pendudukan", None, war, gazetteer) == "Israel"
    both = parties(("Russia", "Ukraine"), (("Russia", "Russian Armed Forces"), ("Ukraine", "Armed Forces of Ukraine")))
    assert resolve("the occupiers", None, both, gazetteer) is None  # two armies: whose is not said
    assert resolve("the occupiers", "Ukraine", both, gazetteer) == "Russia"
