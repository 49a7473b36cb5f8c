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
        "Both sides have repeatedly accused each other of attacks amid appeals from around the world."
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
