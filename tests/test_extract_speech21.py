"""Who speaks, session 21 (issue 13): a sentence between two of one source's, verbs that report nothing before
certain words, and a speaker placed in a region the text does not name.

Every sentence is written for these tests (names and places invented or generic); none comes from an article.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.extraction import OUTLET, run_as, speakers_of

# --- a sentence between two of one source's sentences (``between.py``) ----------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "needle", "speaker"),
    [
        # wire: the source named again after the figure between
        ("Petro Hlynka said four people were killed in the shelling of Dovhe. At least 16 were wounded, "
         "including three children. Petro Hlynka said rescuers were still searching the ruins.", "en",
         "At least 16", "Petro Hlynka"),
        # a quotation, then the reporter's line, then "he added" across a paragraph break
        ("\"Six people died when the shell hit the bus stop,\" Petro Hlynka said.\n\nIn the east of the town, "
         "another strike killed two more people.\n\n\"Nine others were taken to hospital,\" he added.", "en",
         "another strike", "Petro Hlynka"),
        # Indonesian portal: "tambahnya" across the break
        ("\"Serangan itu menewaskan delapan orang di pasar Lomaru,\" kata Petro Hlynka dalam keterangannya.\n\n"
         "Di bagian selatan kota, serangan lain menewaskan sedikitnya lima orang.\n\n"
         "\"Sebanyak 11 orang lainnya terluka,\" tambahnya.", "id", "serangan lain", "Petro Hlynka"),
        # Indonesian: the same source named again in the same paragraph
        ("Petro Hlynka menulis di Telegram bahwa 20 orang tewas di Dovhe. Sedikitnya 40 orang terluka, "
         "termasuk empat anak. Petro Hlynka mengatakan warga dari dua desa telah dievakuasi.", "id",
         "Sedikitnya 40", "Petro Hlynka"),
    ],
)
def test_a_sentence_between_two_of_one_sources_is_theirs(text: str, lang: str, needle: str, speaker: str,
                                                          gazetteer: Gazetteer) -> None:
    assert speakers_of(text, gazetteer, lang, needle) == {speaker}


@pytest.mark.parametrize(
    ("text", "lang", "needle"),
    [
        # another source after the figure: the reporter's line stays the reporter's
        ("Petro Hlynka said four people were killed in Dovhe. At least 16 were wounded in a separate attack. "
         "Ivan Marchuk said the power station was hit.", "en", "At least 16"),
        # the source named anew after a paragraph break opens a new account
        ("Petro Hlynka said four people were killed in Dovhe.\n\nAt least 16 were wounded in Lomaru on "
         "Sunday.\n\nPetro Hlynka said schools would stay closed.", "en", "At least 16"),
        # nobody spoke before the figure
        ("A missile hit a school in Dovhe on Monday. At least 16 people were wounded. Petro Hlynka said "
         "classes were cancelled.", "en", "At least 16"),
        ("Petro Hlynka mengatakan empat orang tewas di Dovhe.\n\nSedikitnya 16 orang terluka di Lomaru pada "
         "Minggu.\n\nIvan Marchuk mengatakan sekolah ditutup.", "id", "Sedikitnya 16"),
    ],
)
def test_a_figure_not_between_one_sources_words_stays_the_outlets(text: str, lang: str, needle: str,
                                                                    gazetteer: Gazetteer) -> None:
    assert speakers_of(text, gazetteer, lang, needle) == {OUTLET}


# --- verbs that report nothing before certain words (``not_speech.py``) --------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Overnight shelling by government forces in central Lomaru claimed the lives of at least 18 people.", "en"),
        ("Drone strikes on the port of Dovhe have claimed 12 lives since Sunday.", "en"),
        ("Konflik di Lomaru, yang belum juga menunjukkan tanda akan berakhir, sudah merenggut 9.000 nyawa.", "id"),
    ],
)
def test_a_toll_verb_is_no_speaker_frame(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert {c.speaker for c in run_as(text, gazetteer, lang) if c.type == "casualty"} == {OUTLET}


def test_blamed_on_after_a_comma_is_the_reporters_passive(gazetteer: Gazetteer) -> None:
    text = ("A car bomb in the centre of Lomaru last week killed a senior commander, hours before a second "
            "bombing, blamed on Hezbollah, hit the port.")
    accusations = [c for c in run_as(text, gazetteer) if c.type == "accusation"]
    assert accusations
    assert {c.speaker for c in accusations} == {OUTLET}


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # near-misses: "claimed that", "blamed X on", "menunjukkan bahwa" still speak
        ("The rebels claimed that 40 soldiers were killed in the ambush near Dovhe.", "en", "rebels"),
        ("Data rumah sakit menunjukkan bahwa 30 orang tewas di Lomaru.", "id", None),
    ],
)
def test_near_misses_still_speak(text: str, lang: str, speaker: str | None, gazetteer: Gazetteer) -> None:
    speakers = {c.speaker for c in run_as(text, gazetteer, lang) if c.type == "casualty"}
    assert speakers and OUTLET not in speakers
    if speaker is not None:
        assert speakers == {speaker}


# --- a speaker placed in a region the text does not name (``place_tail.py``) ----------------------------


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("The human rights ombudsman in the breakaway region said that four civilians had been killed.", "en",
         "human rights ombudsman in the breakaway region"),
        ("A doctor in the embattled district said seven people were wounded.", "en",
         "doctor in the embattled district"),
        ("Pejabat hak asasi manusia di wilayah separatis itu mengatakan empat warga sipil tewas.", "id",
         "Pejabat hak asasi manusia di wilayah separatis itu"),
    ],
)
def test_a_speaker_in_an_unnamed_region_speaks(text: str, lang: str, speaker: str, gazetteer: Gazetteer) -> None:
    assert {c.speaker for c in run_as(text, gazetteer, lang) if c.type == "casualty"} == {speaker}


def test_a_hospital_in_that_region_is_no_speaker(gazetteer: Gazetteer) -> None:
    # "di wilayah tersebut" alone is a place the sentence before named: the body there receives, it does not speak
    text = "Menurut Kementerian Kesehatan, dua rumah sakit di wilayah tersebut sejak Senin menampung 23 jenazah."
    speakers = {c.speaker for c in run_as(text, gazetteer, "id") if c.type == "casualty"}
    assert "rumah sakit di wilayah tersebut" not in speakers


# --- "they" after a sentence narrating what a group did (``they.py``) -------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Petro Hlynka said the town was calm.\n\nHamas has added new demands to its list. They also blamed Egypt "
         "for closing the crossing.", "en"),
        ("Petro Hlynka mengatakan kota itu tenang.\n\nMenyusul bentrokan di perbatasan pekan lalu, kelompok Hamas "
         "menambah daftar tuntutan mereka. Mereka juga menuduh Mesir menutup perlintasan.", "id"),
    ],
)
def test_they_are_the_group_the_sentence_before_narrated(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert {c.speaker for c in run_as(text, gazetteer, lang) if c.type == "accusation"} == {"Hamas"}


def test_they_after_a_state_narrated_stay_the_last_speaker(gazetteer: Gazetteer) -> None:
    # a state opening the sentence before is "it", not "they": the last source goes on
    text = ("Hamas said the talks had stalled.\n\nEgypt closed the crossing on Monday. They also accused Israel "
            "of blocking aid.")
    assert {c.speaker for c in run_as(text, gazetteer) if c.type == "accusation"} == {"Hamas"}


# --- a medium credited after the speaker at the sentence's end (``trailing_credit.py``) ------------------


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "via"),
    [
        ("Missiles hit Dovhe and two other towns on Monday, killing at least 27 people, officials said, Reuters "
         "reports.", "en", "officials", ["Reuters"]),
        ("The army said 12 soldiers were killed near Dovhe, AFP reported on Monday.", "en", "army", ["AFP"]),
        ("Rudal menghantam Dovhe pada Senin, menewaskan sedikitnya 27 orang, kata Petro Hlynka, Reuters "
         "melaporkan.", "id", "Petro Hlynka", ["Reuters"]),
    ],
)
def test_a_trailing_medium_relays_the_speaker_before_it(text: str, lang: str, speaker: str, via: list[str],
                                                         gazetteer: Gazetteer) -> None:
    claims = [c for c in run_as(text, gazetteer, lang) if c.type == "casualty"]
    assert [(c.speaker, c.via) for c in claims] == [(speaker, via)]


def test_a_trailing_medium_with_no_speaker_before_it_speaks(gazetteer: Gazetteer) -> None:
    text = "Separatist forces in Dovhe have agreed to a ceasefire proposed by the mediators, Reuters reported."
    assert {c.speaker for c in run_as(text, gazetteer) if c.type == "ceasefire"} == {"Reuters"}


# --- a state's ministry or portfolio official is no state (``owned.py``, ``unnamed.py``) ----------------


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("The Yemeni Ministry of Defense said eleven soldiers were killed in the attack near Lomaru.", "en",
         "Yemeni Ministry of Defense"),
        ("Strikes near Lomaru killed 12 fighters overnight, a US defense official told reporters.", "en",
         "US defense official"),
        ("Seorang pejabat keamanan Lebanon mengatakan dua tentara tewas dalam serangan itu.", "id",
         "pejabat keamanan Lebanon"),
        # near-misses: officials with no portfolio stay as they were ("officials" of the state)
        ("Ukrainian officials said 12 people were killed in the shelling of Dovhe.", "en", "Ukrainian officials"),
    ],
)
def test_a_ministry_or_portfolio_official_speaks_not_the_state(text: str, lang: str, speaker: str,
                                                                gazetteer: Gazetteer) -> None:
    assert {c.speaker for c in run_as(text, gazetteer, lang) if c.type == "casualty"} == {speaker}


# --- a pronoun subject inside a report is its reporter (``nested_pronoun.py``) --------------------------


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Hamas said the talks had stalled.\n\nAn official at Nasser hospital told a Reuters reporter on Monday "
         "that it had received 31 bodies since dawn.", "en", "official at Nasser hospital"),
        ("Hamas said the talks had stalled.\n\nThe Lomaru health ministry said it had recorded 12 deaths in the "
         "camp.", "en", "Lomaru health ministry"),
        ("Hamas mengatakan perundingan terhenti.\n\nKementerian Kesehatan Lomaru mengatakan pihaknya telah "
         "mencatat 12 kematian di kamp itu.", "id", "Kementerian Kesehatan Lomaru"),
    ],
)
def test_a_pronoun_inside_a_report_is_the_reporter(text: str, lang: str, speaker: str,
                                                   gazetteer: Gazetteer) -> None:
    assert {c.speaker for c in run_as(text, gazetteer, lang) if c.type == "casualty"} == {speaker}


def test_they_inside_a_ministrys_report_is_not_the_ministry(gazetteer: Gazetteer) -> None:
    # a ministry is "it": "they" inside its report are others
    text = "Hamas said the talks had stalled.\n\nThe Lomaru health ministry said they had recorded 12 deaths."
    assert "Lomaru health ministry" not in {c.speaker for c in run_as(text, gazetteer) if c.type == "casualty"}


# --- "the organization" is the organisation named before (``speakers._KIND_ANAPHORS``) -------------------


def test_the_organization_is_the_one_named_before(gazetteer: Gazetteer) -> None:
    text = ("Doctors Without Borders said its teams treated 30 wounded people in Lomaru on Thursday.\n\n"
            "The organization noted that the clinic had been shelled by the militia, killing two nurses.")
    claims = [c for c in run_as(text, gazetteer) if "organization noted" in text[c.start : c.end]]
    assert claims
    assert {c.speaker for c in claims} == {"Médecins Sans Frontières"}


def test_the_organization_with_none_known_before_stays_as_written(gazetteer: Gazetteer) -> None:
    # no organisation the gazetteer knows was named: never the outlet, never another party
    text = "Petro Hlynka said the town was calm.\n\nThe organization said ten of the wounded were children."
    speakers = {c.speaker for c in run_as(text, gazetteer) if "organization said" in text[c.start : c.end]}
    assert speakers and OUTLET not in speakers and "Petro Hlynka" not in speakers


# --- "indicating that", "stating that" (``lexicon_after.NEEDS_AFTER``); "is reporting that" as before ------


@pytest.mark.parametrize(
    ("text", "claim_type", "speaker"),
    [
        ("The separatist leaders in Dovhe issued a joint statement, indicating that the mediators had brokered a "
         "full ceasefire from noon.", "ceasefire", "separatist leaders"),
        ("Al Masirah television is reporting that 12 people were killed in the strike on the port.", "casualty",
         "Al Masirah"),
    ],
)
def test_a_participle_or_progressive_before_that_speaks(text: str, claim_type: str, speaker: str,
                                                        gazetteer: Gazetteer) -> None:
    assert {c.speaker for c in run_as(text, gazetteer) if c.type == claim_type} == {speaker}


def test_a_correspondent_reporting_from_a_place_is_no_frame(gazetteer: Gazetteer) -> None:
    text = "Petro Hlynka, reporting from Dovhe, said 12 people were killed in the strike."
    assert {c.speaker for c in run_as(text, gazetteer) if c.type == "casualty"} == {"Petro Hlynka"}
