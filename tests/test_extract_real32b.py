"""Session 32, second round (issue 13): speakers and scope causes from real articles nobody here had read, stated as
rules of grammar and tested on sentences written here (never a real article's), near misses included; every
positive case fails on the code before the round.

- an English participle clause after a speaker's head ("a group fighting the junta told") says who the head is,
  like "yang" in Indonesian: the head speaks, not the outlet (``relatives.reduced_relative_before``);
- a body named again by part of its name ("kata Pertahanan Sipil" after "Pertahanan Sipil Gaza") is that body
  when the article names only one such (``short_names.short_name``);
- "dalam negeri" / "luar negeri" after "kementerian" is the ministry's name, no place (``agents._phrase_start``);
- two bodies joined by one "and" ("layanan darurat Ukraina dan kementerian energi") each speak, as a list of sources
  does (``joined_bodies.two_bodies``);
- a strike the count runs from ("Since the raid of May 2021, ..., strikes have killed 9,000") is the running total's
  start, not the incident its figure counts (``scope._nearer_strike``);
- a role written head first after a name ("Name, pejabat bantuan di Yaman, mengatakan") leaves the name to speak
  (``agents._ROLE_FIRST``).
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.extraction import OUTLET, run_as


def _speakers(text: str, gazetteer: Gazetteer, lang: str) -> set[str]:
    return {c.speaker for c in run_as(text, gazetteer, lang)}


# --- a participle clause after the speaker's head ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("Army jets bombed two hamlets overnight, killing nine farmers, a spokeswoman for an armed group battling the "
     "regime told Reuters.", "spokeswoman for an armed group"),
    ("Shelling on the market killed three traders, residents fleeing the town said.", "residents"),
    ("A drone hit a bus near the border, killing five passengers, an official from the militia defending the valley "
     "said on Sunday.", "official from the militia"),
])
def test_a_participle_clause_says_who_the_head_is(gazetteer: Gazetteer, text: str, speaker: str) -> None:
    assert _speakers(text, gazetteer, "en") == {speaker}


@pytest.mark.parametrize("text", [
    "Myanmar's ruling junta on Wednesday confirmed that it carried out the air strike that killed 30 villagers.",
    "The governing council in the city said 12 people were killed in the blast.",
])
def test_near_miss_a_participle_before_its_noun_qualifies_it(gazetteer: Gazetteer, text: str) -> None:
    speakers = _speakers(text, gazetteer, "en")
    assert speakers and OUTLET not in speakers  # the junta or the council speaks, never a possessor cut before it
    assert not any(s.endswith(("'s", "’s")) for s in speakers)


# --- a body named again by part of its name -----------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("id", "Serangan itu menghantam sebuah sekolah, kata juru bicara Pertahanan Sipil Gaza. Empat remaja tewas di "
           "Jabalia pada Senin, kata Pertahanan Sipil.", "Gaza Civil Defence"),
    ("en", "The Gaza Civil Defence said a strike hit a school. Six children were killed in Zeitun on Monday, the Civil "
           "Defence said.", "Gaza Civil Defence"),
])
def test_a_short_name_is_the_body_named_in_full(gazetteer: Gazetteer, lang: str, text: str, speaker: str) -> None:
    tolls = [c for c in run_as(text, gazetteer, lang) if c.type == "casualty"]
    assert [c.speaker for c in tolls] == [speaker]


def test_near_miss_two_bodies_the_short_name_fits_settle_nothing(gazetteer: Gazetteer) -> None:
    text = ("Lebanon's Civil Defence and the Gaza Civil Defence both said the strikes hit schools. Six children were "
            "killed in Zeitun on Monday, the Civil Defence said.")
    tolls = [c for c in run_as(text, gazetteer, "en") if c.type == "casualty"]
    assert [c.speaker for c in tolls] not in (["Gaza Civil Defence"], ["Lebanese Civil Defence"])


# --- "dalam negeri" / "luar negeri" is part of a ministry's name --------------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("Rusia kembali menyerang Ukraina. Kementerian dalam negeri mengatakan bahwa tujuh orang tewas di Dnipro.",
     ("Ministry of Internal Affairs of Ukraine",)),
    ("Rusia kembali menyerang Ukraina. Seorang pejabat kementerian dalam negeri mengatakan bahwa tujuh orang tewas "
     "di Dnipro.", ("pejabat kementerian dalam negeri", "Ministry of Internal Affairs of Ukraine")),
])
def test_home_and_foreign_affairs_are_no_place(gazetteer: Gazetteer, text: str, speaker: tuple[str, ...]) -> None:
    claims = [c for c in run_as(text, gazetteer, "id") if c.type == "casualty"]
    assert len(claims) == 1 and claims[0].speaker in speaker  # the ministry (or its official), not the outlet


def test_near_miss_a_place_inside_the_country_is_still_a_place(gazetteer: Gazetteer) -> None:
    text = "Pasukan di dalam negeri mengatakan bahwa tujuh orang tewas di Dnipro."
    assert "Pasukan di dalam negeri" not in _speakers(text, gazetteer, "id")


# --- a role written head first after a name --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("Mariam Okonjo, pejabat bantuan di Sudan, mengatakan 14 warga sipil tewas dalam serangan itu.", "Mariam Okonjo"),
    ("Rafael Duarte, koordinator bantuan PBB, menyatakan sembilan pengungsi tewas ketika kamp itu dibom.",
     "Rafael Duarte"),
    ("Yusuf Hamdan, warga di Deir al-Balah, mengatakan enam orang tewas dalam serangan itu.", "Yusuf Hamdan"),
])
def test_the_name_before_a_head_first_role_speaks(gazetteer: Gazetteer, text: str, speaker: str) -> None:
    assert _speakers(text, gazetteer, "id") == {speaker}


def test_near_miss_a_place_before_the_role_is_no_name(gazetteer: Gazetteer) -> None:
    text = "Di Deir al-Balah, pejabat kesehatan setempat mengatakan enam orang tewas dalam serangan itu."
    assert _speakers(text, gazetteer, "id") == {"pejabat kesehatan setempat"}


# --- two bodies joined by "and" each speak ------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "speakers"), [
    ("id", "Layanan darurat Ukraina dan kementerian energi menyatakan bahwa empat orang tewas di Odesa.",
     {"State Emergency Service of Ukraine", "kementerian energi"}),
    ("en", "Ukraine's emergency service and the transport ministry said four people were killed in Odesa.",
     {"State Emergency Service of Ukraine", "transport ministry"}),
])
def test_two_bodies_joined_each_speak(gazetteer: Gazetteer, lang: str, text: str, speakers: set[str]) -> None:
    tolls = [c for c in run_as(text, gazetteer, lang) if c.type == "casualty"]
    assert {c.speaker for c in tolls} == speakers and len(tolls) == 2


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Warga dan petugas medis menyatakan bahwa empat orang tewas di Odesa."),
    ("en", "Residents and medics said four people were killed in Odesa."),
])
def test_near_miss_people_joined_stay_one_voice(gazetteer: Gazetteer, lang: str, text: str) -> None:
    tolls = [c for c in run_as(text, gazetteer, lang) if c.type == "casualty"]
    assert len(tolls) == 1


# --- a strike the count runs from ------------------------------------------------------------------------------

def _scope_of(text: str, gazetteer: Gazetteer, figure: int) -> str | None:
    found = [c for c in run_as(text, gazetteer, "en") if c.type == "casualty" and figure in (c.quantity_min,
                                                                                          c.quantity_max)]
    assert len(found) == 1
    return found[0].scope


@pytest.mark.parametrize(("text", "figure"), [
    ("Since the rebel raid of May 2021 that killed 300 soldiers, army strikes have killed at least 9,000 civilians, "
     "according to a monitoring group.", 9000),
    ("Since the attack on the capital in March, army strikes have killed at least 4,500 people, local officials "
     "said.", 4500),
])
def test_a_strike_the_count_runs_from_is_no_incident(gazetteer: Gazetteer, text: str, figure: int) -> None:
    assert _scope_of(text, gazetteer, figure) == "cumulative"


def test_near_miss_the_strikes_own_toll_is_its_incident(gazetteer: Gazetteer) -> None:
    text = ("Since the rebel raid of May 2021 that killed 300 soldiers, army strikes have killed at least 9,000 "
            "civilians, according to a monitoring group.")
    assert _scope_of(text, gazetteer, 300) == "incident"
