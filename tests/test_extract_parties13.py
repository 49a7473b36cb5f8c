"""Parties of casualty claims on real-news wording (issue 13, round par13): the sentences are the project's own.

Each group pins one mechanism, in English and Indonesian where the class exists in both, with near misses that
must not fire:

- the article's attacker for a figure whose sentence names none, also when the speaker has a side of its own
  (a ministry of the struck side reports more wounded after the article said who struck);
- victims the sentence names (a possessive, a demonym) keep their side and get the article's attacker;
- the party a speaker accuses in the same sentence inflicted the figure its clause leaves unpinned ("said nine
  civilians were killed after X forces fired rockets").
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.extract import extract_claims
from kb.pipeline.article import Article
from kb.pipeline.record import Claim


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def casualties(text: str, gazetteer: Gazetteer, lang: str) -> list[Claim]:
    claims = extract_claims(Article(text=text, lang=lang, published="2024-03-04", outlet="Warta Contoh"), gazetteer)
    return [c for c in claims if c.type == "casualty"]


def parts(claim: Claim) -> list[str]:
    return [p.strip() for p in (claim.subject or "").split(";") if p.strip()]


# (text, lang, quote start of the figure, a party its subject must hold)
STRIKER = [
    ("Russia launched a wave of drones at Kharkiv on Tuesday, killing two people, Ukrainian officials said. "
     "Ukraine's interior ministry said 14 more people were wounded.", "en", "Ukraine's interior", "Russia"),
    ("Pasukan Israel menggempur kamp pengungsi di Khan Younis pada Selasa, menewaskan enam orang, kata petugas medis. "
     "Kementerian Kesehatan Palestina mengatakan 30 orang lainnya terluka.", "id", "Kementerian Kesehatan", "Israel"),
]


NAMED_VICTIMS = [
    ("Israeli jets struck the village of Aitaroun on Sunday, killing three people, Lebanon's health ministry said. "
     "Hezbollah said four of its fighters had been killed.", "en", "Hezbollah said", "Israel"),
    ("Rusia menembakkan rudal ke Odesa pada Senin malam, menewaskan dua orang, kata gubernur setempat. "
     "Militer Ukraina mengatakan 12 tentaranya gugur di dekat Pokrovsk.", "id", "Militer Ukraina", "Russia"),
]


@pytest.mark.parametrize(("text", "lang", "start", "party"), STRIKER + NAMED_VICTIMS)
def test_the_articles_attacker_when_the_sentence_names_none(text: str, lang: str, start: str, party: str,
                                                             gazetteer: Gazetteer) -> None:
    claim = next(c for c in casualties(text, gazetteer, lang) if c.quote.startswith(start))
    assert party in parts(claim)


def test_no_attacker_when_both_sides_struck(gazetteer: Gazetteer) -> None:
    text = ("Armenian shelling killed two people in Tartar, Baku said. Azerbaijani artillery killed three people in "
            "Martuni, Yerevan said. Armenia's defence ministry said 40 more soldiers were wounded.")
    claim = next(c for c in casualties(text, gazetteer, "en") if c.quote.startswith("Armenia's defence"))
    assert parts(claim) == ["Armenia"]


ACCUSED_HERE = [
    ("Azerbaijan's government said nine civilians were killed after Armenian forces fired rockets at Ganja "
     "overnight.", "en", "Armenia"),
    ("Kementerian Pertahanan Azerbaijan mengatakan tujuh warga sipil tewas setelah pasukan Armenia menembakkan roket "
     "ke Tartar.", "id", "Armenia"),
]


@pytest.mark.parametrize(("text", "lang", "party"), ACCUSED_HERE)
def test_the_party_accused_in_the_sentence_inflicted_its_figure(text: str, lang: str, party: str,
                                                                gazetteer: Gazetteer) -> None:
    (claim,) = casualties(text, gazetteer, lang)
    assert party in parts(claim)
    assert parts(claim)[0] != party  # the victims come first, and are not the accused


def test_the_accused_is_not_added_to_its_own_dead(gazetteer: Gazetteer) -> None:
    text = "Baku accused Armenia of shelling Tartar and said its own strikes had killed 40 Armenian soldiers."
    (claim,) = casualties(text, gazetteer, "en")
    assert parts(claim)[0] == "Armenia"
    assert parts(claim).count("Armenia") == 1



# A coalition of states is its own side, and a state that leads is the body it leads ("Saudi-led", "dipimpin
# Saudi"); a state named for itself stays the state.
COALITION = [
    ("Saudi-led air strikes killed 12 people in Saada province on Monday, medics said.", "en"),
    ("Warplanes of the Saudi-led coalition killed 12 people in Saada province, medics said.", "en"),
    ("Serangan udara yang dipimpin Saudi menewaskan sembilan orang di Saada, menurut pejabat kesehatan setempat.",
     "id"),
    ("Serangan udara koalisi pimpinan Arab Saudi menewaskan sembilan orang di Saada, kata petugas medis.", "id"),
]


@pytest.mark.parametrize(("text", "lang"), COALITION)
def test_the_coalition_struck_not_its_leader(text: str, lang: str, gazetteer: Gazetteer) -> None:
    (claim,) = casualties(text, gazetteer, lang)
    assert "Saudi-led coalition" in parts(claim)
    assert "Saudi Arabia" not in parts(claim)


def test_a_state_named_for_itself_stays_the_state(gazetteer: Gazetteer) -> None:
    text = ("Saudi air defences intercepted a drone over Jizan, the Saudi defence ministry said, adding that five "
            "people were wounded.")
    (claim,) = casualties(text, gazetteer, "en")
    assert parts(claim)[0] == "Saudi Arabia"


# The striker's abbreviation in brackets after its name does not hide that it struck.
ABBREVIATED = [
    ("Nine residents died late on Friday after the paramilitary Rapid Support Forces (RSF) shelled a clinic in "
     "Nyala, aid workers said.", "en"),
    ("Four people were killed in Rapid Support Forces (RSF) shelling on Omdurman, medics said.", "en"),
    ("Tujuh orang tewas ketika Pasukan Dukungan Cepat (RSF) menembaki pasar di El Fasher, kata relawan.", "id"),
]


@pytest.mark.parametrize(("text", "lang"), ABBREVIATED)
def test_an_abbreviation_after_the_striker(text: str, lang: str, gazetteer: Gazetteer) -> None:
    (claim,) = casualties(text, gazetteer, lang)
    assert "Rapid Support Forces" in parts(claim)[1:]


def accusations(text: str, gazetteer: Gazetteer, lang: str) -> list[Claim]:
    claims = extract_claims(Article(text=text, lang=lang, published="2024-03-04", outlet="Warta Contoh"), gazetteer)
    return [c for c in claims if c.type == "accusation"]


# "by" after a deed nobody is accused of (a truce brokered, a deal mediated) names no accused.
@pytest.mark.parametrize(("text", "lang", "accused"), [
    ("Azerbaijan has accused Armenia of shelling Ganja overnight in violation of the truce brokered by Russia.", "en",
     "Armenia"),
    ("Armenia menuduh Azerbaijan melanggar gencatan senjata yang dimediasi oleh Rusia.", "id", "Azerbaijan"),
    ("Kyiv said the village had been shelled by Russian forces overnight.", "en", "Russia"),
])
def test_the_broker_is_not_the_accused(text: str, lang: str, accused: str, gazetteer: Gazetteer) -> None:
    found = accusations(text, gazetteer, lang)
    assert found and all(accused in (c.subject or "") for c in found), [c.subject for c in found]


# A toll without a number reads its clause's parties like any other ("banyak warga tewas dalam pengepungan yang
# dilakukan X"), but is no party's report of its own people.
@pytest.mark.parametrize(("text", "lang"), [
    ("Medics said several people were killed in shelling by the RSF on Tuesday.", "en"),
    ("Petugas medis menyebutkan banyak warga tewas dalam pengepungan yang dilakukan RSF.", "id"),
])
def test_a_toll_without_a_number_has_its_striker(text: str, lang: str, gazetteer: Gazetteer) -> None:
    (claim,) = casualties(text, gazetteer, lang)
    assert "Rapid Support Forces" in parts(claim)[1:]


def test_a_party_killing_several_does_not_count_its_own(gazetteer: Gazetteer) -> None:
    text = "Pasukan Israel sejak itu maju ke kamp tersebut, membunuh beberapa orang, menurut militer Israel."
    (claim,) = casualties(text, gazetteer, "id")
    assert parts(claim)[0] != "Israel"


def test_a_toll_of_another_war_gets_no_attacker_named_once(gazetteer: Gazetteer) -> None:
    """Victims in a state that is none of the article's two sides: an attacker the article named once is not
    theirs (a story of Karabakh quoting a Ukrainian toll)."""
    text = ("Baku said 12 civilians were killed in Tartar on Monday. Armenia's defence ministry said four civilians "
            "were killed in Stepanakert, and accused Azerbaijani forces of shelling the city. Ukraine's emergency "
            "service said nine people were killed in Kramatorsk on Tuesday.")
    claim = next(c for c in casualties(text, gazetteer, "en") if "Kramatorsk" in c.quote)
    assert "Azerbaijan" not in parts(claim)


# A hyphenated qualifier, quoted or not, between the striker's possessive and its campaign noun.
@pytest.mark.parametrize(("text", "lang"), [
    ("Officials in Stepanakert said the Azerbaijani army's “counter-terror” operation killed 45 people by Tuesday.",
     "en"),
    ("According to Karabakh officials, Azerbaijan's so-called anti-terror operation has killed at least 30 people.",
     "en"),
    ("Menurut pejabat Karabakh, operasi “anti-teror” Azerbaijan telah menewaskan sedikitnya 30 orang.", "id"),
])
def test_a_qualified_campaign_names_its_striker(text: str, lang: str, gazetteer: Gazetteer) -> None:
    (claim,) = casualties(text, gazetteer, lang)
    assert "Azerbaijan" in parts(claim)[1:]


def test_a_possessor_that_strikes_nothing_is_no_striker(gazetteer: Gazetteer) -> None:
    (claim,) = casualties("Hezbollah's pro-Iran supporters said 30 people were killed in the attack.", gazetteer, "en")
    assert "Hezbollah" not in parts(claim)


# The attacker named only after the lead's toll: the lead gets it at the end of the article, when named at least
# twice; named once, it does not.
LATE = [
    ("Local officials said 40 people had been killed by Tuesday evening. Azerbaijan's artillery pounded Stepanakert "
     "through the night, the officials said. Azerbaijani drones also struck Martakert, a resident said.", "en"),
    ("Pejabat setempat melaporkan 40 orang tewas hingga Selasa malam. Artileri Azerbaijan menggempur Stepanakert "
     "sepanjang malam, kata para pejabat. Drone Azerbaijan juga menyerang Martakert, kata seorang warga.", "id"),
]


@pytest.mark.parametrize(("text", "lang"), LATE)
def test_the_lead_gets_the_attacker_named_later(text: str, lang: str, gazetteer: Gazetteer) -> None:
    (claim,) = casualties(text, gazetteer, lang)
    assert parts(claim) == ["people", "Azerbaijan"]


def test_an_attacker_named_once_later_is_not_given(gazetteer: Gazetteer) -> None:
    text = ("Local officials said 40 people had been killed by Tuesday evening. Azerbaijan's artillery pounded "
            "Stepanakert through the night, the officials said.")
    (claim,) = casualties(text, gazetteer, "en")
    assert parts(claim) == ["people"]


# A named victim whose role names a party is that party's dead; a place before the name is no role.
@pytest.mark.parametrize(("text", "lang", "party"), [
    ("Hezbollah commander Fuad Karim was killed in a strike on Tyre, the group said.", "en", "Hezbollah"),
    ("Militer Israel mengonfirmasi kematian komandan brigade Hamas, Yusuf Sabri, dalam serangan di Khan Younis.", "id",
     "Hamas"),
    ("Militer Israel mengklaim bahwa pemimpin Hizbullah, Fuad Karim, telah dilenyapkan dalam serangan di Beirut.",
     "id", "Hezbollah"),
])
def test_a_named_victims_role_names_the_party(text: str, lang: str, party: str, gazetteer: Gazetteer) -> None:
    (claim,) = casualties(text, gazetteer, lang)
    assert parts(claim)[0] == party


def test_a_place_before_a_named_victim_is_no_role(gazetteer: Gazetteer) -> None:
    (claim,) = casualties("In Lebanon, Yusuf Sabri was killed on Monday, his family said.", gazetteer, "en")
    assert "Lebanon" not in parts(claim)
