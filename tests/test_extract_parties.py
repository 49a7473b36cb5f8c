"""Parties of a claim (issue 13): who the subject names, per type, and what the article around a
sentence says when the sentence itself names nobody.

Every sentence here is written for these tests, in the style of the wire and Indonesian news
reports the extractor reads; none is taken from an article.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.pipeline.record import Claim
from tests.extraction import of_type, run


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()




def parties(claim: Claim) -> list[str]:
    return [p.strip() for p in (claim.subject or "").split(";")]


# --- a party is not a place -------------------------------------------------------------------


def test_the_before_a_party_is_no_place(gazetteer: Gazetteer) -> None:
    text = "The Houthis said on Monday that they had held talks with the Saudi-led coalition in Muscat."
    claims = run(text, gazetteer)
    (talks,) = of_type(claims, "talks")
    assert "Saudi-led coalition" in parties(talks)


# --- the accused ------------------------------------------------------------------------------


def test_a_possessive_state_only_qualifies_the_accused(gazetteer: Gazetteer) -> None:
    text = "A rights group accused Sudan's Rapid Support Forces of killing 30 villagers near the town."
    claims = run(text, gazetteer)
    (claim,) = of_type(claims, "accusation")
    assert claim.subject == "Rapid Support Forces"


@pytest.mark.parametrize(
    "text",
    [
        '"Washington bears full responsibility for this aggression against the people of Yemen," '
        "Houthi spokesman Yahya Saree said.",
        '"Amerika memikul tanggung jawab penuh atas agresi terhadap rakyat Yaman," kata Yahya Saree.',
    ],
)
def test_accused_written_before_the_accusing_word_and_not_the_victims(text: str, gazetteer: Gazetteer) -> None:
    (claim,) = of_type(run(text, gazetteer), "accusation")
    assert claim.subject == "United States"


# --- casualties: what the article says around the sentence --------------------------------------

ONE_SIDED = (
    "Russia launched waves of drones at Ukraine overnight, Ukrainian officials said. Ukraine's air force said it "
    "shot down most of them over the north.\n\n"
    "At least 12 people were killed in the attack by Russian forces, officials said.\n\n"
    "In a southern district, four people died and nine were wounded."
)


def test_victims_of_a_named_attacker_are_the_other_main_side(gazetteer: Gazetteer) -> None:
    (twelve,) = [c for c in of_type(run(ONE_SIDED, gazetteer), "casualty") if c.quantity_text == "At least 12"]
    assert parties(twelve) == ["Ukraine", "Russia"]


def test_figure_nobody_inflicts_in_a_one_sided_article(gazetteer: Gazetteer) -> None:
    (four,) = [c for c in of_type(run(ONE_SIDED, gazetteer), "casualty") if c.quantity_text == "four"]
    assert parties(four) == ["Ukraine", "Russia"]


def test_an_attack_referred_back_takes_the_parties_of_the_sentence_before(gazetteer: Gazetteer) -> None:
    text = (
        "Juru bicara Houthi, Yahya Saree, mengatakan 40 serangan menghantam wilayah di bawah kendali mereka.\n\n"
        "Agresi militer tersebut menewaskan tiga orang dan melukai tujuh lainnya."
    )
    figures = of_type(run(text, gazetteer), "casualty")
    assert figures and all("Houthis" in parties(c) for c in figures)


def test_attacker_before_a_light_verb(gazetteer: Gazetteer) -> None:
    text = "Tentara Azerbaijan melancarkan serangan di kawasan itu yang menewaskan 20 orang, kata pejabat Armenia."
    (figure,) = of_type(run(text, gazetteer), "casualty")
    assert "Azerbaijan" in parties(figure)


# --- other types: mutual blame, ceasefires and statements naming no party -------------------------


def test_both_sides_accusing_each_other_are_the_main_sides(gazetteer: Gazetteer) -> None:
    text = (
        "Armenia and Azerbaijan have fought for weeks. Armenia said it lost soldiers, and Azerbaijan said the same.\n\n"
        "Both sides have again accused each other of attacks despite appeals from around the world."
    )
    pairs = {(c.speaker, c.subject) for c in of_type(run(text, gazetteer), "accusation")}
    assert pairs == {("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")}


def test_ceasefire_naming_no_party_is_between_the_main_sides(gazetteer: Gazetteer) -> None:
    text = (
        "Azerbaijan and Armenia traded fire again on Monday. Armenia said Azerbaijan shelled Stepanakert.\n\n"
        "Azerbaijan confirmed that a ceasefire agreement had been reached."
    )
    (claim,) = of_type(run(text, gazetteer), "ceasefire")
    assert set(parties(claim)) == {"Azerbaijan", "Armenia"}


def test_statement_about_its_own_side(gazetteer: Gazetteer) -> None:
    text = "Sementara itu, Pemimpin RSF Mohamed Hamdan Dagalo mengeklaim pihaknya berupaya untuk menyatukan Sudan."
    (claim,) = of_type(run(text, gazetteer), "statement")
    assert parties(claim)[0] == "Rapid Support Forces"


# --- generic forces: "troops", "junta jets", "tentaranya" are the army the article names ------------


@pytest.mark.parametrize(
    ("text", "army"),
    [
        ("Myanmar's military government has imposed martial law on the township. "
         "Troops fired on the village on Sunday, residents told reporters.",
         "Myanmar military government"),
        ("The Tatmadaw has lost several outposts this month. "
         "Junta jets bombed a school near the river, a local resistance group said.",
         "Myanmar military government"),
        ("Myanmar remains under emergency rule, and Myanmar's borders are closed. "
         "Villagers said the military shelled the market and burned the clinic.",
         "Myanmar military government"),
    ],
)
def test_a_generic_force_is_the_army_the_article_names(text: str, army: str, gazetteer: Gazetteer) -> None:
    accusations = of_type(run(text, gazetteer), "accusation")
    assert accusations and all(claim.subject == army for claim in accusations)


def test_a_generic_force_is_never_the_speakers_own_army(gazetteer: Gazetteer) -> None:
    text = ("The Israel Defense Forces said it had struck Hezbollah positions in Lebanon overnight. "
            "Hezbollah said troops had shelled the village of Aitaroun on Monday.")
    accusations = of_type(run(text, gazetteer), "accusation")
    assert [c.subject for c in accusations if c.speaker == "Hezbollah"] == ["Israel Defense Forces"]
    text = "The Israel Defense Forces said troops had come under fire near the border."
    assert all(c.subject != "Israel Defense Forces" for c in of_type(run(text, gazetteer), "accusation"))


def test_hostile_soldiers_killed_are_the_other_sides_army(gazetteer: Gazetteer) -> None:
    text = ("Myanmar's junta launched air strikes across the region on Monday. "
            "More than 40 regime soldiers were killed in the fighting, according to a local defence force.")
    (casualty,) = [c for c in of_type(run(text, gazetteer), "casualty") if c.quantity_min == 41]
    assert casualty.subject == "Myanmar military government"
    text = "Myanmar's junta launched air strikes on Monday. Twelve soldiers were killed, a villager said."
    (casualty,) = of_type(run(text, gazetteer), "casualty")
    assert casualty.subject != "Myanmar military government"  # plain "soldiers" may be anyone's


def test_a_ministry_representing_its_people_counts_their_dead(gazetteer: Gazetteer) -> None:
    text = "The Gaza Health Ministry said the death toll has reached 31,200 since the war began."
    (casualty,) = of_type(run(text, gazetteer), "casualty")
    assert parties(casualty)[0] == "Palestine"


def test_the_attacker_never_stands_alone_as_the_victims() -> None:
    """ "killed by Ardanian artillery": the victims are not Ardania's, so the attacker follows the victims
    as written (issue 13, third round)."""
    claims = run("Four soldiers were killed by Armenian artillery, officials said.", Gazetteer.load())
    [claim] = of_type(claims, "casualty")
    assert claim.subject == "soldiers; Armenia"
