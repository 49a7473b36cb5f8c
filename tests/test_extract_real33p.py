"""Session 33 (issue 13), parties as a reader of an unseen article finds them: rules of grammar and of the domain,
pinned with sentences written here (never a real article's), both languages, near misses included; every positive
case fails on the code before this round (main 3dafddb).

- a place as written, with the words around its name taken off ("southern Zaporizhzhia region", "kota selatan
  Nabatieh", "provinsi Saada"), is read in a places gazetteer that now holds every oblast, governorate, state and
  region of the wars' countries: people killed there by a striker of another state are that state's
  (``place_names``, ``ontology/places.ttl``);
- people killed at a place of one main side's own state, by no striker of that state, are that side's
  (``sides._own_ground``); never a contested place the actors' gazetteer names as a party, nor a junta's state;
- a call's addressees written by their place in the war: "urged the parties", "mendesak kedua belah pihak" are the
  sides at war, "the international community" is itself; a call for a truce or talks naming nobody is addressed
  to the sides at war (``call_parties``);
- a side's statement of its own strike on ground "Houthi-controlled", "Hezbollah-held" is about the holder
  (``held_areas``; the Indonesian "wilayah yang dikuasai Houthi" named the holder already);
- a party "accused of killing", "blamed for causing", "dituduh menewaskan" is the toll's striker (``inflictors``);
- a toll of a day or a night whose strike "hit a residential building", "menghantam sebuah rumah" is that
  incident's, as one "at the hospital" was (``scope._SITE``).
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.extraction import of_type, run_as


def _parties(text: str, gazetteer: Gazetteer, lang: str, kind: str) -> set[str]:
    """Every party the claims of ``kind`` name, one by one."""
    return {p.strip() for c in of_type(run_as(text, gazetteer, lang), kind) for p in (c.subject or "").split(";")}


# --- a place as written, read in the gazetteer --------------------------------------------------------------------

@pytest.mark.parametrize(("written", "place"), [
    ("southern El Fasher", "el-fasher"),
    ("kota selatan Marjayoun", "marjayoun"),
    ("utara Beit Lahiya", "beit-lahia"),
    ("Gaza selatan", "gaza-strip"),
    ("Hajjah Governorate", "hajjah"),
    ("North Darfur region", "north-darfur"),
    ("Ukraine's Mykolaiv region", "mykolaiv-oblast"),
    ("Lin Ta Lu village, Sagaing township", "sagaing"),
    ("negara bagian Rakhine", "rakhine"),
    ("the Belgorod region", "belgorod"),
])
def test_a_place_is_read_past_the_words_around_its_name(gazetteer: Gazetteer, written: str, place: str) -> None:
    from kb.extract.place_names import place_iri

    assert place_iri(gazetteer.places, written) == f"https://w3id.org/claimkb/id/place/{place}"


@pytest.mark.parametrize("written", ["a Sudanese city", "the breakaway region", "kota tersebut", "wedding party",
                                     "southern", "the region of the north"])
def test_a_description_is_still_no_place(gazetteer: Gazetteer, written: str) -> None:
    from kb.extract.place_names import place_iri

    assert place_iri(gazetteer.places, written) is None


@pytest.mark.parametrize(("lang", "text", "victims"), [
    ("en", "The governor said four people were killed in a Ukrainian drone attack on Belgorod.", "Russia"),
    ("en", "Russian shelling killed two civilians in southern Zaporizhzhia region, the governor said.", "Ukraine"),
    ("en", "US strikes killed three people in Saada governorate, the Houthi health ministry said.", "Yemen"),
    ("id", "Gubernur mengatakan empat orang tewas dalam serangan drone Ukraina di wilayah Belgorod.", "Russia"),
    ("id", "Penembakan Rusia menewaskan dua warga sipil di wilayah Zaporizhzhia selatan, kata gubernur.", "Ukraine"),
    ("id", "Serangan AS menewaskan tiga orang di provinsi Saada, kata Kementerian Kesehatan Houthi.", "Yemen"),
])
def test_people_killed_at_a_known_place_are_its_states(gazetteer: Gazetteer, lang: str, text: str,
                                                       victims: str) -> None:
    assert victims in _parties(text, gazetteer, lang, "casualty")


# --- people killed on a main side's own ground --------------------------------------------------------------------

# Two sides named, nobody named striking: whose the dead are is only the place's.
_KARABAKH = ("Armenia and Azerbaijan held talks in Moscow on Monday. The foreign ministers of Armenia and Azerbaijan "
             "met for hours. ")
_KARABAKH_ID = ("Armenia dan Azerbaijan menggelar perundingan di Moskow pada Senin. Menlu Armenia dan Azerbaijan "
                "bertemu berjam-jam. ")
_UKRAINE = ("Russia and Ukraine exchanged prisoners on Monday, and Ukraine thanked the mediators. Russia said the swap "
            "was the largest so far. ")


@pytest.mark.parametrize(("lang", "text", "side"), [
    ("en", _KARABAKH + "Officials said four people were killed in Tartar.", "Azerbaijan"),
    ("en", _UKRAINE + "The governor said two people were killed in Belgorod.", "Russia"),
    ("id", _KARABAKH_ID + "Pejabat mengatakan empat orang tewas di Goranboy.", "Azerbaijan"),
])
def test_people_killed_on_a_main_sides_ground_are_its_own(gazetteer: Gazetteer, lang: str, text: str,
                                                          side: str) -> None:
    assert side in _parties(text, gazetteer, lang, "casualty")


@pytest.mark.parametrize(("lang", "text", "not_side"), [
    # near misses: a contested place the actors' gazetteer names as a party; a junta's own state
    ("en", _KARABAKH + "Officials said four people were killed in Stepanakert.", "Azerbaijan"),
    ("id", _KARABAKH_ID + "Pejabat mengatakan empat orang tewas di Stepanakert.", "Azerbaijan"),
    ("en", "The junta and the resistance forces clashed again. The People's Defence Force said the junta shelled "
           "its camps. Villagers said that six people were killed in Sagaing.", "Myanmar military government"),
])
def test_contested_ground_and_a_juntas_state_give_no_side(gazetteer: Gazetteer, lang: str, text: str,
                                                          not_side: str) -> None:
    casualties = of_type(run_as(text, gazetteer, lang), "casualty")
    assert casualties and all(not_side not in (c.subject or "").split("; ")[:1] for c in casualties)


# --- whom a call addresses ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "addressees"), [
    ("en", "The Sudanese army and the RSF fought in Khartoum again. The RSF accused the army of shelling its "
           "positions. Saudi and US mediators urged the parties to agree to a new ceasefire, Riyadh said.",
     {"Sudanese Armed Forces", "Rapid Support Forces"}),
    ("id", "Militer Sudan dan RSF kembali bertempur di Khartoum. RSF menuduh militer menembaki posisinya. Mediator "
           "Saudi dan AS mendesak kedua belah pihak menyepakati gencatan senjata baru, kata Riyadh.",
     {"Sudanese Armed Forces", "Rapid Support Forces"}),
    ("en", "The doctors' network urged the international community to act and said the RSF must be held to account.",
     {"international community"}),
    ("id", "\"Seruan saya kepada komunitas internasional adalah bertindak sekarang,\" kata Presiden Azerbaijan Ilham "
           "Aliyev.", {"international community"}),
])
def test_a_calls_addressees_by_their_place_in_the_war(gazetteer: Gazetteer, lang: str, text: str,
                                                      addressees: set[str]) -> None:
    assert addressees <= _parties(text, gazetteer, lang, "call")


def test_a_call_for_a_deal_naming_nobody_goes_to_the_sides_at_war(gazetteer: Gazetteer) -> None:
    text = ("Pasukan Rusia menembaki Kherson pada Senin, dan Ukraina membalas serangan Rusia di tepi timur sungai. "
            "Rusia menuduh Ukraina menembaki warga. PBB telah mendesak kesepakatan evakuasi.")
    assert {"Russia", "Ukraine"} <= _parties(text, gazetteer, "id", "call")


@pytest.mark.parametrize(("lang", "text", "addressees"), [
    # near misses: the named addressees stay; "the parties" as the subject of a sentence is nobody's addressee
    ("en", "Egypt urged Israel and Hamas to accept the truce.", {"Israel", "Hamas"}),
    ("id", "Mesir mendesak Israel dan Hamas menerima gencatan senjata.", {"Israel", "Hamas"}),
])
def test_named_addressees_stay(gazetteer: Gazetteer, lang: str, text: str, addressees: set[str]) -> None:
    assert _parties(text, gazetteer, lang, "call") == addressees


# --- a strike on ground a party holds -----------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "held_by"), [
    ("en", "The US Central Command said American and British jets struck 13 sites across Houthi-controlled areas in "
           "the north.", "Houthis"),
    ("en", "The Israeli army said its jets struck Hezbollah-held positions in southern Lebanon overnight.",
     "Hezbollah"),
    ("en", "The US military said American and British jets had struck 15 targets in Houthi-held parts of Yemen.",
     "Houthis"),
])
def test_a_strike_on_held_ground_is_about_the_holder(gazetteer: Gazetteer, lang: str, text: str,
                                                     held_by: str) -> None:
    assert _parties(text, gazetteer, lang, "statement") == {held_by}


# --- a party accused of the deaths --------- ------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Rapid Support Forces (RSF) militia stands accused of causing eleven deaths when its drone hit a "
           "camp."),
    ("id", "Pasukan RSF dituduh menewaskan sedikitnya 11 orang di sebuah kamp pengungsi."),
])
def test_a_party_accused_of_the_deaths_struck(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "Rapid Support Forces" in _parties(text, gazetteer, lang, "casualty")


@pytest.mark.parametrize(("lang", "text", "striker"), [
    ("en", "The Sudanese army has been accused of killing 20 civilians in an air raid on a market.",
     "Sudan"),
    ("id", "Militer Myanmar dituduh menewaskan 20 warga desa dalam serangan udara.", "Myanmar military government"),
])
def test_an_army_accused_of_the_deaths_struck(gazetteer: Gazetteer, lang: str, text: str, striker: str) -> None:
    assert striker in _parties(text, gazetteer, lang, "casualty")


# --- a day's strike that hit one building -------------------------------------------------------------------------

def _scopes(text: str, gazetteer: Gazetteer, lang: str) -> set[str | None]:
    return {c.scope for c in of_type(run_as(text, gazetteer, lang), "casualty")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Five people died overnight when a drone struck a house in the north of the city, the governor said."),
    ("en", "Four civilians were wounded overnight as a shell struck a school on the edge of the town, the mayor said."),
    ("en", "Two people were killed on Sunday when a rocket hit a market on the edge of the town, police said."),
    ("id", "Lima orang tewas semalam ketika drone menghantam sebuah rumah di utara kota, kata gubernur."),
    ("id", "Empat warga terluka pada Senin malam ketika peluru artileri menghantam sebuah sekolah di pinggir kota, "
           "kata wali kota."),
    ("id", "Dua orang tewas pada Minggu ketika roket mengenai sebuah pasar di pinggir kota, kata polisi."),
])
def test_a_days_strike_on_one_building_is_an_incident(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert _scopes(text, gazetteer, lang) == {"incident"}


@pytest.mark.parametrize(("lang", "text"), [
    # near misses: a night's strikes over a whole country stay that night's toll
    ("en", "Russian strikes overnight killed nine people across Ukraine, officials said."),
    ("id", "Serangan Rusia semalam menewaskan sembilan orang di seluruh Ukraina, kata pejabat."),
])
def test_a_nights_strikes_over_a_country_stay_a_period(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert _scopes(text, gazetteer, lang) == {"period"}


# --- round 2: the causes of a blind set of twelve unseen articles (fresh33) and a new user's trial ----------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two civilians were killed as eight Russian missiles struck a rail yard, the governor said."),
    ("en", "Two civilians were killed when Russian missiles hit a rail yard, the governor said."),
    ("en", "Three people were wounded when four Russian rockets hit a fuel depot near the port, officials said."),
])
def test_the_side_of_the_missiles_that_struck_is_the_striker(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "Russia" in _parties(text, gazetteer, lang, "casualty")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The defence ministry of Serbia said not a single soldier was hurt."),
    ("en", "Not one civilian was killed, the army said."),
    ("id", "Kementerian Pertahanan Serbia mengatakan tidak seorang pun tentaranya tewas."),
    ("id", "Tak satu pun warga tewas, kata polisi."),
])
def test_a_negated_count_is_no_figure(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert not of_type(run_as(text, gazetteer, lang), "casualty")


@pytest.mark.parametrize(("lang", "text", "figure"), [
    # near misses: a count after "not only", "tidak hanya" is still a count
    ("en", "Not only were five soldiers killed, but a village was razed, the ministry said.", 5),
    ("id", "Tidak hanya lima tentara tewas, kata militer.", 5),
])
def test_a_count_after_not_only_stays(gazetteer: Gazetteer, lang: str, text: str, figure: int) -> None:
    assert {c.quantity_min for c in of_type(run_as(text, gazetteer, lang), "casualty")} == {figure}


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Kementerian kesehatan menyebut korban jiwa akibat serangan Israel kini bertambah menjadi sedikitnya 41.000 "
           "orang."),
    ("id", "Kementerian Kesehatan di Gaza mengumumkan pada Minggu bahwa angka korban tewas karena serangan Israel "
           "sudah naik menjadi sedikitnya 41.500 orang."),
])
def test_thousands_killed_in_attacks_of_no_day_are_the_war_so_far(gazetteer: Gazetteer, lang: str,
                                                                 text: str) -> None:
    assert _scopes(text, gazetteer, lang) == {"cumulative"}


def test_a_dated_attack_of_a_thousand_stays_that_attack(gazetteer: Gazetteer) -> None:
    # near miss: the day names the one attack
    text = "Serangan Hamas pada 7 Oktober menewaskan 1.200 orang, menurut Israel."
    assert _scopes(text, gazetteer, "id") == {"incident"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "More than 20 soldiers died in clashes on the border on Thursday, the army said."),
    ("id", "Lebih dari 20 tentara tewas dalam bentrokan di perbatasan pada Kamis, kata militer."),
])
def test_a_clash_on_a_given_day_is_that_clash(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert _scopes(text, gazetteer, lang) == {"incident"}


@pytest.mark.parametrize(("lang", "text"), [
    # near misses: the day the army spoke on; the fighting with no day
    ("en", "The army said on Thursday that more than 20 soldiers died in clashes."),
    ("en", "More than 300 soldiers have died in the fighting, the army said."),
])
def test_a_clash_of_no_day_stays_a_running_total(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert _scopes(text, gazetteer, lang) == {"cumulative"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hezbollah said its rockets were an answer to an Israeli enemy raid on a clinic near the border."),
    ("id", "Kantor berita itu mengatakan serangan musuh Israel menghantam sebuah rumah sakit di Bint Jbeil."),
])
def test_the_enemy_the_words_name(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert _parties(text, gazetteer, lang, "accusation") == {"Israel"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Israel and Hamas fought again in Gaza. Israel accused Hamas of firing rockets. Earlier they had signed a "
           "phased truce proposed by the US president."),
    ("id", "Israel dan Hamas kembali bertempur di Gaza. Israel menuduh Hamas menembakkan roket. Sebelumnya mereka "
           "menyepakati gencatan senjata bertahap yang diusulkan mantan presiden AS."),
])
def test_they_who_agreed_a_truce_are_its_parties(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert {"Israel", "Hamas"} <= _parties(text, gazetteer, lang, "ceasefire")


def test_a_whole_wars_toll_of_the_fight_between_two_sides_is_both(gazetteer: Gazetteer) -> None:
    text = ("The fight between the RSF and the army broke out in 2023 and has since killed at least 40,000 people, "
            "the WHO says.")
    assert _parties(text, gazetteer, "en", "casualty") == {"all parties"}


@pytest.mark.parametrize(("lang", "text"), [
    # near misses: a negated bound is still a count (how "no more than" bounds it is the figures' reading)
    ("en", "The army said no more than 12 civilians had died there since Thursday."),
    ("id", "Militer mengatakan tidak lebih dari 12 warga sipil tewas di sana sejak Kamis."),
])
def test_a_negated_bound_is_still_a_count(gazetteer: Gazetteer, lang: str, text: str) -> None:
    claims = of_type(run_as(text, gazetteer, lang), "casualty")
    assert claims and all(c.quantity_min is not None and c.quantity_min >= 12 for c in claims)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Sudanese army and the RSF fought again in Khartoum. The RSF accused the army of shelling its "
           "positions. Both sides have been accused of war crimes in Darfur."),
    ("id", "Militer Sudan dan RSF kembali bertempur di Khartoum. RSF menuduh militer menembaki posisinya. Kedua belah "
           "pihak dituduh melakukan kejahatan perang di Darfur."),
])
def test_both_sides_accused_are_the_sides_at_war(gazetteer: Gazetteer, lang: str, text: str) -> None:
    accused = [c.subject for c in of_type(run_as(text, gazetteer, lang), "accusation") if "Darfur" in c.quote]
    assert accused == ["Sudanese Armed Forces; Rapid Support Forces"]


def test_a_conflict_described_between_two_sides_is_both(gazetteer: Gazetteer) -> None:
    text = ("Sudan terjebak dalam konflik yang menghancurkan antara militer dan RSF yang telah merenggut lebih dari "
            "20.000 nyawa, menurut PBB.")
    assert _parties(text, gazetteer, "id", "casualty") == {"all parties"}
