"""Parties of denials and accusations on real-news wording (issue 13, round par15): the sentences are the
project's own.

Each group pins one mechanism, in English and Indonesian, with near misses that must not fire:

- a denial's parties are whose claim it rejects *and* the denier's own side, as the annotation conventions say
  ("denial — denier, and whose claim is denied"); "both sides denied" gives each side the other's claim and its
  own side;
- an armed group the gazetteer knows as a group (the PDF, the KIA) is a party an accusation can name, not a word
  of the accused as written ("PDF keliru", "looting homes");
- a backer or a holder is not the attacker: "strikes on ports held by the Iran-backed movement" are the striker's,
  "struck by the Iran-backed Houthis" the Houthis';
- a weapon before a gerund is no doer: "reported artillery shelling and rocket strikes by X forces" accuses X.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.extract import extract_claims
from kb.pipeline.article import Article
from kb.pipeline.record import Claim


def claims(text: str, gazetteer: Gazetteer, lang: str, kind: str) -> list[Claim]:
    found = extract_claims(Article(text=text, lang=lang, published="2024-03-04", outlet="Warta Contoh"), gazetteer)
    return [c for c in found if c.type == kind]


def parts(claim: Claim) -> list[str]:
    return [p.strip() for p in (claim.subject or "").split(";") if p.strip()]


# --- a denial: whose claim, and the denier's side ----------------------------------------------------------------

OWNED_DENIALS = [
    ("The interior ministry of Azerbaijan rejected Armenia's claims that its drones had struck a bus.", "en",
     ["Armenia", "Azerbaijan"]),
    ("Kementerian Pertahanan Armenia membantah klaim Azerbaijan bahwa pasukannya menembaki sebuah sekolah.", "id",
     ["Azerbaijan", "Armenia"]),
]


@pytest.mark.parametrize(("text", "lang", "subject"), OWNED_DENIALS)
def test_a_denial_names_whose_claim_then_the_denier(text: str, lang: str, subject: list[str],
                                                    gazetteer: Gazetteer) -> None:
    [denial] = claims(text, gazetteer, lang, "denial")
    assert parts(denial) == subject


MUTUAL_DENIALS = [
    ("Armenian and Azerbaijani troops clashed again near the border on Monday. Armenia accused Azerbaijan of "
     "shelling a village. Both sides denied breaking the truce.", "en"),
    ("Pasukan Armenia dan Azerbaijan kembali bentrok di perbatasan. Azerbaijan menuduh Armenia menembaki desa. "
     "Kedua pihak membantah melanggar gencatan senjata.", "id"),
]


@pytest.mark.parametrize(("text", "lang"), MUTUAL_DENIALS)
def test_both_sides_deny_each_the_others_claim_with_its_own_side(text: str, lang: str,
                                                                 gazetteer: Gazetteer) -> None:
    denials = claims(text, gazetteer, lang, "denial")
    assert sorted((d.speaker, d.subject) for d in denials) == [
        ("Armenia", "Azerbaijan; Armenia"),
        ("Azerbaijan", "Armenia; Azerbaijan"),
    ]


def test_near_miss_a_denial_of_its_own_losses_names_its_side_once(gazetteer: Gazetteer) -> None:
    text = "The Russian Defence Ministry denied reports that its losses in the offensive were heavy."
    [denial] = claims(text, gazetteer, "en", "denial")
    assert denial.subject == "Russia"


# --- an armed group is a party an accusation names ---------------------------------------------------------------

GROUPS_ACCUSED = [
    ("Military spokesman Zaw Min Tun accused KIA fighters of planting mines along the road.", "en",
     "Kachin Independence Army"),
    ("Junta spokesman Zaw Min Tun accused PDF members of committing abuses by looting homes in the town.", "en",
     "People's Defence Force"),
    ("Juru bicara junta Zaw Min Tun menuduh anggota KIA menanam ranjau di jalan itu.", "id",
     "Kachin Independence Army"),
    ("Juru bicara junta Zaw Min Tun menuduh PDF keliru melaporkan korban sipil.", "id", "People's Defence Force"),
]


@pytest.mark.parametrize(("text", "lang", "accused"), GROUPS_ACCUSED)
def test_an_armed_group_is_the_accused(text: str, lang: str, accused: str, gazetteer: Gazetteer) -> None:
    [accusation] = claims(text, gazetteer, lang, "accusation")
    assert accusation.subject == accused


def test_near_miss_the_groups_own_spokesman_does_not_accuse_it(gazetteer: Gazetteer) -> None:
    [accusation] = claims("A PDF spokesman accused the junta of burning homes in the village.", gazetteer, "en",
                          "accusation")
    assert "People's Defence Force" not in parts(accusation)


# --- a backer or a holder is not the attacker --------------------------------------------------------------------

BACKERS = [
    ("Houthi television reported British strikes on ports held by the Iran-backed movement.", "en",
     "United Kingdom"),
    ("The depot was struck by the Iran-backed Houthis, the ministry said.", "en", "Houthis"),
    ("Televisi Houthi melaporkan serangan udara Inggris terhadap pelabuhan yang dikuasai oleh kelompok yang "
     "didukung Iran.", "id", "United Kingdom"),
    ("Pejabat Yaman mengatakan gudang itu diserang oleh Houthi yang didukung Iran.", "id", "Houthis"),
]


@pytest.mark.parametrize(("text", "lang", "accused"), BACKERS)
def test_the_backer_is_not_the_attacker(text: str, lang: str, accused: str, gazetteer: Gazetteer) -> None:
    [accusation] = claims(text, gazetteer, lang, "accusation")
    assert accusation.subject == accused


NEAR_BACKERS = [
    ("Houthi television reported British strikes carried out by the Saudi-led coalition.", "en",
     "Saudi-led coalition"),
    ("Yemeni officials accused Iran of smuggling missiles to the rebels.", "en", "Iran"),
]


@pytest.mark.parametrize(("text", "lang", "accused"), NEAR_BACKERS)
def test_near_miss_a_doer_named_after_by_or_accused_by_name(text: str, lang: str, accused: str,
                                                            gazetteer: Gazetteer) -> None:
    [accusation] = claims(text, gazetteer, lang, "accusation")
    assert accusation.subject == accused


# --- a weapon is no doer -----------------------------------------------------------------------------------------

WEAPONS = [
    ("Armenian army officials on Sunday reported artillery shelling and rocket strikes by Azerbaijani forces along "
     "the front.", "en", "Azerbaijan"),
    ("Pejabat Armenia melaporkan penembakan artileri dan serangan roket oleh pasukan Azerbaijan di garis depan.", "id",
     "Azerbaijan"),
]


@pytest.mark.parametrize(("text", "lang", "accused"), WEAPONS)
def test_a_weapon_before_the_attack_is_no_doer(text: str, lang: str, accused: str, gazetteer: Gazetteer) -> None:
    [accusation] = claims(text, gazetteer, lang, "accusation")
    assert accusation.subject == accused


@pytest.mark.parametrize("text", ["Villagers said junta airstrikes hit the school.",
                                  "Ukrainian officials said enemy shelling hit the village overnight."])
def test_near_miss_a_force_word_before_the_attack_still_names_the_doer(text: str, gazetteer: Gazetteer) -> None:
    [accusation] = claims(text, gazetteer, "en", "accusation")
    assert accusation.subject in ("junta", "enemy")
