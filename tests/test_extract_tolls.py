"""A toll that names its victims (issue 13, third round): "the number of its soldiers killed rose to 104",
"jumlah tentaranya yang tewas mencapai 104 orang" count soldiers killed on the speaker's side — not
deaths, and with no second, figureless "soldiers killed" claim.

Every sentence is written for these tests; none comes from an article.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.extract import extract_claims
from kb.extract.tolls import named_toll
from kb.pipeline.article import Article
from kb.pipeline.record import Claim


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def casualties(text: str, gazetteer: Gazetteer, lang: str) -> list[Claim]:
    article = Article(text=text, lang=lang, published="2024-03-04", outlet="Harian Contoh")
    return [c for c in extract_claims(article, gazetteer) if c.type == "casualty"]


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Azerbaijan said the number of its soldiers killed rose to 104.", "en", "soldiers killed"),
        ("Azerbaijan said the death toll among its soldiers has reached 104.", "en", "soldiers killed"),
        ("Azerbaijan said the number of civilians wounded climbed to 104.", "en", "civilians wounded"),
        ("Azerbaijan mengatakan jumlah tentaranya yang tewas mencapai 104 orang.", "id", "soldiers killed"),
        ("Azerbaijan mengatakan jumlah tentara mereka yang gugur menjadi 104 orang.", "id", "soldiers killed"),
        ("Azerbaijan mengatakan jumlah tentara yang tewas mencapai 104 orang.", "id", "soldiers killed"),
        ("Azerbaijan mengatakan jumlah warga sipil yang terluka menjadi 104 orang.", "id", "civilians wounded"),
    ],
)
def test_a_toll_naming_its_victims_counts_them(text: str, lang: str, unit: str, gazetteer: Gazetteer) -> None:
    [claim] = casualties(text, gazetteer, lang)  # one claim: no figureless "tentara tewas" beside it
    assert (claim.unit, claim.quantity_min, claim.quantity_max) == (unit, 104, 104)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Azerbaijan said the number of its soldiers killed rose to 104.", "en"),
        ("Azerbaijan mengatakan jumlah tentaranya yang tewas mencapai 104 orang.", "id"),
        ("Azerbaijan mengatakan jumlah tentara mereka yang tewas mencapai 104 orang.", "id"),
    ],
)
def test_a_possessive_toll_is_the_speakers_side(text: str, lang: str, gazetteer: Gazetteer) -> None:
    [claim] = casualties(text, gazetteer, lang)
    assert claim.subject == "Azerbaijan"


def test_a_count_of_soldiers_without_a_loss_is_no_toll(gazetteer: Gazetteer) -> None:
    assert casualties("Azerbaijan said the number of soldiers at the border rose to 4,000.", gazetteer, "en") == []
    text = "Azerbaijan said the number of soldiers at the border rose to 4,000."
    assert named_toll(text, text.index("4,000"), text.index("4,000") + 5) is None


def test_the_toll_look_back_is_bounded() -> None:
    text = "the number of soldiers killed " + "x " * 5000 + "rose to 104"
    assert named_toll(text, text.index("104"), len(text)) is None


# --- figures written without their noun or numeral -------------------------------------------------------


def test_a_second_figure_with_auxiliaries_is_read(gazetteer: Gazetteer) -> None:
    text = ("A total of 1,204 Palestinians have been killed and 3,310 have been injured since 7 October, "
            "the Gaza health ministry said.")
    found = {(c.quantity_min, c.unit) for c in casualties(text, gazetteer, "en")}
    assert found == {(1204, "deaths"), (3310, "wounded")}


def test_another_person_is_one_more_victim(gazetteer: Gazetteer) -> None:
    text = "Two people were killed in the strike and another person died in hospital, Petro Hlynka said."
    assert sorted(c.quantity_min for c in casualties(text, gazetteer, "en")) == [1, 2]


@pytest.mark.parametrize(
    ("text", "lang", "minimum"),
    [
        ("Medics at Nasser Hospital said the bodies of 12 people had been brought in.", "en", 12),
        ("The bodies of at least nine people were found in the village, residents said.", "en", 9),
        ("Tim medis di Rumah Sakit Nasser mengatakan jenazah 12 orang telah dibawa masuk.", "id", 12),
    ],
)
def test_bodies_are_the_dead(text: str, lang: str, minimum: int, gazetteer: Gazetteer) -> None:
    [claim] = casualties(text, gazetteer, lang)
    assert (claim.quantity_min, claim.unit) == (minimum, "deaths")


def test_bodies_of_no_person_count_no_one(gazetteer: Gazetteer) -> None:
    assert casualties("Rescuers found the bodies of 3 vehicles near the bridge, officials said.", gazetteer, "en") == []


def test_our_soldiers_lost_are_a_figure(gazetteer: Gazetteer) -> None:
    text = '"We have lost 31 of our soldiers," the defence minister Arman Petrosyan told reporters.'
    [claim] = casualties(text, gazetteer, "en")
    assert (claim.quantity_min, claim.unit, claim.speaker) == (31, "soldiers killed", "Arman Petrosyan")


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("Petro Hlynka said two people were killed. Hlynka said another 15 were wounded.", "en",
         [(2, "deaths"), (15, "wounded")]),
        ("Petro Hlynka said seven people were killed. He said 20 more were wounded.", "en",
         [(7, "deaths"), (20, "wounded")]),
        ("Petro Hlynka mengatakan tujuh orang tewas. Ia menambahkan 20 lainnya terluka.", "id",
         [(7, "deaths"), (20, "wounded")]),
        ("The ministry of Ardania said the toll since October had reached 34,000.", "en", [(34000, "deaths")]),
    ],
)
def test_figures_without_their_noun(text: str, lang: str, figures: list[tuple[int, str]], gazetteer: Gazetteer) -> None:
    assert [(c.quantity_min, c.unit) for c in casualties(text, gazetteer, lang)] == figures


def test_a_year_before_a_hurt_word_is_no_figure(gazetteer: Gazetteer) -> None:
    assert casualties("Petro Hlynka said that in 2014 more were killed.", gazetteer, "en") == []


def test_one_victim_of_an_active_verb(gazetteer: Gazetteer) -> None:
    text = "Israel's military said it had killed a senior Hezbollah commander in a strike."
    [claim] = casualties(text, gazetteer, "en")
    assert (claim.quantity_min, claim.unit, claim.subject) == (1, "soldiers killed", "Hezbollah")


def test_bodies_counted_as_a_noun(gazetteer: Gazetteer) -> None:
    text = "Ukraine's emergency service said rescuers had pulled 12 bodies from the rubble."
    [claim] = casualties(text, gazetteer, "en")
    assert (claim.quantity_min, claim.unit) == (12, "deaths")


def test_a_place_run_by_a_party_is_not_that_party(gazetteer: Gazetteer) -> None:
    text = ("The ministry of health in Hamas-run Gaza reported on Tuesday that 57 people had been killed in the "
            "past day.")
    [claim] = casualties(text, gazetteer, "en")
    assert claim.subject == "Palestine"


# --- a report of none ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("The ministry of Ardania said there were no casualties in the strike.", "en", "killed and wounded"),
        ("Petro Hlynka said no one was killed in the attack.", "en", "deaths"),
        ("Petro Hlynka mengatakan tak ada korban dalam serangan itu.", "id", "killed and wounded"),
        ("Petro Hlynka mengatakan tidak ada yang terluka dalam serangan itu.", "id", "wounded"),
    ],
)
def test_none_reported_is_a_figure_of_zero(text: str, lang: str, unit: str, gazetteer: Gazetteer) -> None:
    [claim] = casualties(text, gazetteer, lang)
    assert (claim.quantity_min, claim.quantity_max, claim.unit) == (0, 0, unit)


@pytest.mark.parametrize(
    "text",
    [
        "There were no immediate reports of casualties, officials said.",
        "Officials gave no casualty figures.",
        "No deaths or injuries are reported.",
        "No fatalities have been reported elsewhere in the capital.",
    ],
)
def test_nothing_reported_is_no_zero(text: str, gazetteer: Gazetteer) -> None:
    assert casualties(text, gazetteer, "en") == []


def test_a_toll_with_a_nationality_and_a_date_before_its_figure(gazetteer: Gazetteer) -> None:
    text = ("Kementerian Kesehatan Gaza dalam pernyataannya menyebutkan, jumlah warga Palestina yang tewas sejak "
            "7 Oktober tahun lalu telah mencapai 35.173 orang, sementara 79.061 lainnya terluka.")
    found = [(c.speaker, c.quantity_min, c.unit) for c in casualties(text, gazetteer, "id")]
    assert found == [("Gaza Health Ministry", 35173, "civilians killed"),
                     ("Gaza Health Ministry", 79061, "civilians wounded")]


def test_another_number_between_toll_and_figure_breaks_the_toll() -> None:
    text = "jumlah orang yang tewas di 12 desa mencapai 300 orang"
    assert named_toll(text, text.index("mencapai"), len(text)) is None


def test_the_rest_of_a_list_after_while(gazetteer: Gazetteer) -> None:
    text = "The ministry of Ardania said 300 soldiers were killed, while 900 others were wounded."
    found = [(c.speaker, c.quantity_min) for c in casualties(text, gazetteer, "en")]
    assert found == [("ministry of Ardania", 300), ("ministry of Ardania", 900)]


def test_an_arabic_particle_name_is_a_speaker(gazetteer: Gazetteer) -> None:
    text = ("Direktur Rumah Sakit Nasser, Atef al-Hout, mengatakan jenazah para korban dibawa ke sana. "
            "Ia menambahkan, puluhan orang lainnya mengalami luka-luka.")
    assert [c.speaker for c in casualties(text, gazetteer, "id")] == ["Atef al-Hout"]
