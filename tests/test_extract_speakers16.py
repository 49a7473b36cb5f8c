"""Round 16 of attribution (issue 13): who speaks, on wording the rules were not written from.

Every sentence is written for these tests (names, places and figures invented or generic); none comes from
an article.  Each mechanism has texts that must work (English and Indonesian where the language has the
construction) and near misses that must keep their reading (the outlet or the reporter really speaking).
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.extraction import OUTLET, speakers_of
from tests.extraction import run_as as run

# --- 1. a definite document speaks for whoever issued it: "the report added", "tambah laporan itu" ----------


@pytest.mark.parametrize(
    ("text", "lang", "needle", "wanted"),
    [
        ("The Hill Post news website reported on Monday that rescuers reached the burned hamlet. "
         "Only three of the dead were fighters, while the rest were farmers, the report added.",
         "en", "Only three", "Hill Post news website"),
        ("The Gaza Health Ministry said on Monday that the clinic had closed. "
         "The statement also said that 14 people were wounded in the night raid.",
         "en", "The statement", "Gaza Health Ministry"),
        ("Kantor berita Antara melaporkan pada Senin bahwa tim penyelamat mencapai desa itu. "
         "Hanya dua dari korban tewas yang merupakan pejuang, sedangkan sisanya petani, tambah laporan itu.",
         "id", "Hanya dua", "ANTARA"),
        ("Kantor berita Antara melaporkan pada Senin bahwa tim penyelamat mencapai desa itu. "
         "Laporan tersebut kemudian mengatakan delapan warga lain luka-luka di pasar.",
         "id", "Laporan tersebut", "ANTARA"),
    ],
)
def test_a_document_speaks_for_its_issuer(text: str, lang: str, needle: str, wanted: str,
                                          gazetteer: Gazetteer) -> None:
    assert speakers_of(text, gazetteer, lang, needle) == {wanted}


def test_a_document_with_nobody_before_stays_unresolved(gazetteer: Gazetteer) -> None:
    # near miss: no one spoke before, so "the report" names no one and the figure stays the reporter's
    text = "Nine people were killed in the raid on the market, the report added."
    assert speakers_of(text, gazetteer, "en", "Nine") == {OUTLET}


def test_an_indefinite_report_is_no_issuer(gazetteer: Gazetteer) -> None:
    # near miss: "a report" is not the one before it
    text = ("The Gaza Health Ministry said on Monday that the clinic had closed. "
            "A report by aid groups said 30 people were wounded in the raid.")
    assert "Gaza Health Ministry" not in speakers_of(text, gazetteer, "en", "A report")


def test_a_document_keeps_the_relay_of_its_issuer(gazetteer: Gazetteer) -> None:
    text = ("Menurut laporan Kantor Berita Nasional Lebanon, 11 petugas kesehatan tewas dalam serangan itu. "
            "Dikutip Anadolu, laporan itu pun mencatat, tujuh warga lain luka-luka.")
    claims = [c for c in run(text, gazetteer, "id") if "Dikutip" in c.quote]
    assert claims and all(c.speaker == "National News Agency" and "Anadolu Agency" in c.via for c in claims)


# --- 2. a surname is the person the article named in full, before a namesake the gazetteer knows ----------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Regional ombudsman Gegham Stepanyan said on Friday that 15 people had died in the shelling. "
         "Stepanyan added later that 40 people, including six children, were wounded.", "en"),
        ("Ombudsman setempat Gegham Stepanyan mengatakan pada Jumat bahwa 15 orang tewas dalam penembakan itu. "
         "Sedikitnya 40 warga terluka, termasuk enam anak, tambah Stepanyan.", "id"),
    ],
)
def test_a_surname_is_the_person_named_in_full(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert speakers_of(text, gazetteer, lang, "40") == {"Gegham Stepanyan"}


def test_a_surname_alone_is_the_gazetteer_person(gazetteer: Gazetteer) -> None:
    # near miss: no namesake named in the article, so the known spokeswoman speaks
    text = "Stepanyan said on Friday that 12 soldiers were killed in the night."
    assert speakers_of(text, gazetteer, "en", "12 soldiers") == {"Shushan Stepanyan"}


# --- 3. "with X saying ...": the absolute clause names who speaks --------------------------------------------


def test_with_a_body_saying_speaks(gazetteer: Gazetteer) -> None:
    text = "Shelling pounded the border town overnight, with the health ministry saying 23 people were killed."
    assert speakers_of(text, gazetteer, "en", "Shelling") == {"health ministry"}


def test_with_and_a_plain_noun_is_no_speaker(gazetteer: Gazetteer) -> None:
    # near miss: "with" before no participle is a circumstance, and the reporter counts the dead
    text = "Rescuers dug through the rubble with their hands, with nine people killed in the blast."
    assert speakers_of(text, gazetteer, "en", "Rescuers") == {OUTLET}


# --- 4. a relative clause between the speaker and the verb ("X yang ... mengatakan") --------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Kelompok Houthi yang berbasis di Sanaa menyebut sedikitnya enam orang tewas dalam serangan itu.", "Houthis"),
        ("Zelensky, yang pernah tinggal di kota itu mengatakan serangan rudal tersebut menewaskan empat warga sipil.",
         "Volodymyr Zelensky"),
        ("Kemenkes Gaza yang berada di bawah kekuasaan Hamas pada Selasa (7/11) menyebutkan "
         "sedikitnya 240 warga tewas.", "Gaza Health Ministry"),
    ],
)
def test_a_relative_clause_is_no_speaker(text: str, wanted: str, gazetteer: Gazetteer) -> None:
    assert speakers_of(text, gazetteer, "id", text[:8]) == {wanted}


def test_what_a_body_issued_still_names_the_issuer(gazetteer: Gazetteer) -> None:
    # near miss: a relative clause after a document says who released it; the issuer speaks, not the document
    text = "Video yang diunggah oleh kelompok relawan Sanad menunjukkan lima warga tewas di jalan itu."
    assert "Video" not in speakers_of(text, gazetteer, "id", "lima")


# --- 5. "the junta" is the state's military government, never the armed group the article names most -------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Fighters of the People's Defence Force held the village in Myanmar. The junta said it struck a rebel camp "
         "and killed 30 fighters.", "en"),
        ("Pasukan PDF menguasai desa itu di Myanmar. Junta mengatakan pihaknya menyerang kamp pemberontak "
         "dan menewaskan 30 pejuang.", "id"),
    ],
)
def test_the_junta_is_the_military_government(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert speakers_of(text, gazetteer, lang, "30") == {"Myanmar military government"}


# --- 6. a figure of the count before: "Among the injured", "Dari jumlah tersebut", "Di antara korban" ---------


@pytest.mark.parametrize(
    ("text", "lang", "needle", "wanted"),
    [
        ("According to the city governor, Ivan Petrenko, a rocket killed six people in the market. "
         "Among the wounded were three children.", "en", "Among", "Ivan Petrenko"),
        ("Menurut Wali Kota Ivan Petrenko, roket itu menewaskan enam orang di pasar.\n"
         "Di antara korban yang luka-luka, ada tiga anak kecil.", "id", "Di antara", "Ivan Petrenko"),
        ("Dinas kesehatan setempat mengatakan 800 warga tewas sejak awal bulan.\n"
         "Dari jumlah tersebut, 310 korban tewas adalah anak-anak.", "id", "Dari jumlah", "Dinas kesehatan setempat"),
    ],
)
def test_a_figure_of_the_count_before_is_its_source(text: str, lang: str, needle: str, wanted: str,
                                                     gazetteer: Gazetteer) -> None:
    assert speakers_of(text, gazetteer, lang, needle) == {wanted}


def test_a_count_of_the_reporters_own_is_no_pointer(gazetteer: Gazetteer) -> None:
    # near miss: "the number of injured" counts anew; the reporter's own figure stays the outlet's
    text = ("According to the city governor, a rocket killed six people in the market.\n"
            "The number of injured people in the region rose to 40 this week.")
    assert speakers_of(text, gazetteer, "en", "The number") == {OUTLET}


# --- 7. a body named without its state is the body of the state that spoke last --------------------------


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        ("Shells hit a depot of Armenia's defence ministry last week. Azerbaijan said on Monday that "
         "its troops repelled an attack. The defence ministry said two of its soldiers were killed.", "en",
         "Azerbaijani Defence Ministry"),
        ("Kementerian Pertahanan Armenia melaporkan pertempuran sengit pekan lalu. Azerbaijan mengatakan pada Senin "
         "bahwa pasukannya menangkis serangan. Kementerian pertahanan mengatakan dua prajuritnya tewas.", "id",
         "Azerbaijani Defence Ministry"),
    ],
)
def test_a_bare_body_is_the_last_speakers_states(text: str, lang: str, wanted: str, gazetteer: Gazetteer) -> None:
    assert speakers_of(text, gazetteer, lang, "two" if lang == "en" else "dua") == {wanted}


def test_a_state_run_agency_is_no_government(gazetteer: Gazetteer) -> None:
    # "yang dikelola pemerintah" says who runs the agency: the agency speaks, not the government
    text = ("Kementerian Kesehatan Lebanon mengatakan dua orang tewas. Kantor Berita Nasional Lebanon yang "
            "dikelola pemerintah melaporkan sebuah drone menewaskan tiga warga di desa itu.")
    assert "Government of Lebanon" not in speakers_of(text, gazetteer, "id", "drone")


# --- 8. relays written as "dinukil X", "per X", and "X ..., dengan mengutip Y" --------------------------------


def test_dinukil_credits_the_medium(gazetteer: Gazetteer) -> None:
    text = "“Dua puluh warga tewas di pasar itu,” kata juru bicara Hamdan Salih dinukil Reuters, Senin."
    claims = [c for c in run(text, gazetteer, "id") if c.type == "casualty"]
    assert claims and all(c.speaker != "Reuters" and "Reuters" in c.via for c in claims)


def test_per_credits_the_medium(gazetteer: Gazetteer) -> None:
    text = "The ministry of health said 40 people were killed in the strike on the camp, per Reuters."
    claims = [c for c in run(text, gazetteer, "en") if c.type == "casualty"]
    assert claims and all("Reuters" in c.via for c in claims)


def test_a_medium_citing_a_body_after_an_aside(gazetteer: Gazetteer) -> None:
    text = ("Sebanyak 12 warga tewas dalam serangan itu, kata Al-Masirah TV, yang dijalankan kelompok Houthi, "
            "dengan mengutip Kementerian Kesehatan setempat.")
    claims = [c for c in run(text, gazetteer, "id") if c.type == "casualty"]
    assert claims and all(c.speaker != "Al Masirah" and "Al Masirah" in c.via for c in claims)


# --- 9. what a quoted speaker goes on to do after the name is still the speaker's ---------------------------


def test_a_participle_after_a_quoted_speaker_is_theirs(gazetteer: Gazetteer) -> None:
    text = ('"Nine people died in the blast at the port," said health ministry spokesman Ahmed Saleh, '
            "revising an earlier toll of six dead.")
    assert speakers_of(text, gazetteer, "en", "Nine") == {"Ahmed Saleh"}


# --- 10. "shared on social media:" speaks; "shared a border" does not --------------------------------------


def test_shared_on_a_channel_speaks(gazetteer: Gazetteer) -> None:
    text = 'The Gaza health ministry shared on Telegram: "At least 20 people were killed and 40 wounded."'
    assert speakers_of(text, gazetteer, "en", "Telegram") == {"Gaza Health Ministry"}


def test_shared_a_thing_is_no_speech(gazetteer: Gazetteer) -> None:
    # near miss: "shared" before an object says nothing; the reporter counts the dead
    text = "The two villages shared a well where 20 soldiers were killed last spring."
    assert speakers_of(text, gazetteer, "en", "villages") == {OUTLET}


# --- 11. a closing tag naming two agencies: each relays the story --------------------------------------------


def test_a_closing_tag_of_two_agencies_credits_both(gazetteer: Gazetteer) -> None:
    text = ("The health ministry of Lebanon said four people were killed in one strike on a farm near Tyre.\n"
            "The army said it hit a launch site. (dpa/NAN)")
    claims = [c for c in run(text, gazetteer, "en") if c.type == "casualty"]
    assert claims and all({"dpa", "News Agency of Nigeria"} <= set(c.via) for c in claims)


def test_a_closing_tag_of_one_agency_credits_it_alone(gazetteer: Gazetteer) -> None:
    text = ("The health ministry of Lebanon said four people were killed in one strike on a farm near Tyre.\n"
            "The army said it hit a launch site. (AFP)")
    claims = [c for c in run(text, gazetteer, "en") if c.type == "casualty"]
    assert claims and all(c.via == ["AFP"] for c in claims)


# --- 12. "the Iran-backed movement", "gerakan itu": the party the article named, never a medium it owns -------


@pytest.mark.parametrize(
    ("text", "lang", "needle"),
    [
        ("Hezbollah's Al-Manar television said two fighters died. Israel said it hit a depot, while the Iran-backed "
         "movement says it struck 14 soldiers at an army post.", "en", "Israel said"),
        ("Hezbollah mengatakan dua pejuangnya tewas. Gerakan itu mengatakan serangannya menewaskan 14 tentara "
         "Israel di pos perbatasan.", "id", "Gerakan"),
    ],
)
def test_the_movement_is_the_party_named(text: str, lang: str, needle: str, gazetteer: Gazetteer) -> None:
    claims = [c for c in run(text, gazetteer, lang) if needle in c.quote and c.speaker != "Israel"]
    assert claims and {c.speaker for c in claims} == {"Hezbollah"}


def test_dengan_a_body_announcing_speaks(gazetteer: Gazetteer) -> None:
    # the Indonesian absolute clause: "..., dengan Hizbullah kemudian mengumumkan ...": Hezbollah speaks
    text = ("Kementerian Kesehatan mengatakan serangan itu menewaskan dua warga, dengan Hizbullah kemudian "
            "mengumumkan tiga pejuangnya tewas.")
    assert "Hezbollah" in speakers_of(text, gazetteer, "id", "Hizbullah")


def test_meeting_with_someone_is_no_speaker(gazetteer: Gazetteer) -> None:
    # near miss: whom the minister met does not speak for him
    text = "Menteri itu bertemu dengan Presiden Prancis dan mengatakan 20 warga tewas dalam serangan itu."
    assert "Presiden Prancis" not in speakers_of(text, gazetteer, "id", "Menteri")


# --- 13. "Sebagaimana dilaporkan X, ...", "As reported by X, ...": the medium reported it, and speaks ---------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Seperti dilaporkan Reuters, di kota Kherson sedikitnya enam warga tewas akibat penembakan. "
         "Sementara itu, di pinggiran kota, empat orang tewas.", "id"),
        ("As reported by Reuters, at least six residents were killed by shelling in the city of Kherson. "
         "In the suburbs, four people died.", "en"),
    ],
)
def test_a_medium_that_reported_it_speaks(text: str, lang: str, gazetteer: Gazetteer) -> None:
    claims = [c for c in run(text, gazetteer, lang) if c.type == "casualty"]
    assert len(claims) >= 2 and all(c.speaker == "Reuters" and "Reuters" not in c.via for c in claims)


def test_quoted_from_a_medium_stays_the_reporters(gazetteer: Gazetteer) -> None:
    # near miss: "Dikutip X" quotes the medium as the reporter's relay, as the annotation conventions have it
    text = "Dikutip Reuters, sedikitnya enam warga tewas akibat penembakan di kota Kherson."
    claims = [c for c in run(text, gazetteer, "id") if c.type == "casualty"]
    assert claims and all(c.speaker == OUTLET and "Reuters" in c.via for c in claims)


def test_a_source_inside_the_report_still_speaks(gazetteer: Gazetteer) -> None:
    # near miss: a speaker of its own inside the reported sentence speaks, the medium relays
    text = "Seperti dilaporkan Reuters, gubernur Oleksandr Prokudin mengatakan enam warga tewas di Kherson."
    claims = [c for c in run(text, gazetteer, "id") if c.type == "casualty"]
    assert claims and all(c.speaker != "Reuters" for c in claims)
