"""Mechanisms found on batch 19 once it had been read blind (issue 13, session 26), each pinned with sentences of the
project's own (never an article's), with the near misses that must keep their old reading:

- an attribution after everything it credits ("..., after a drone hit a house, according to X.", "..., the ministry
  said.") speaks for the clauses a subordinate opening ("after", "setelah") splits off (``postposed``);
- "officials from X" after "according to" speak for X, as they do before a verb (``agents_right``);
- a bracketed description between a subject and its verb ("Yerevan (the Armenian capital) accused") is skipped
  (``agents``); an acronym defined after "The" at a sentence's start is the article's (``local_acronyms``);
- a finite verb after a comma and its object ("X mengecam tindakan Israel, meminta PBB ...") is X's (``frames``);
  a verb of purpose after "untuk"/"agar" is none of its own;
- a source cited by a speaker ("citing a medical source") is no one "he" goes back to (``pipeline``);
- "condemned what it called a massacre" condemns an attack (``condemn``);
- "Among the dead are ..." tells the dead of the last toll's source, whoever spoke since (``follows``);
- "will stop ... once a ceasefire is reached" is a promise's condition, no truce (``kinds``);
- victims counted as peacekeepers, nationals, settlers, prisoners, firefighters ... (``lexicon_figures``,
  ``singular``); "for the first time" between a speaker and its verb (``lexicon_speech.AGENT_GAP``).
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.extraction import OUTLET, of_type, run_as


def _speakers(text: str, gazetteer: Gazetteer, lang: str = "en", kind: str = "casualty") -> set[str]:
    return {c.speaker for c in of_type(run_as(text, gazetteer, lang), kind)}


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Nine people died, including four children, after a shell hit a school, according to the Sudan Doctors "
         "Network.", "en", "Sudan Doctors Network"),
        ("Nine people died, including four children, after a shell hit a school, the ministry said.", "en",
         "ministry"),
        ("Sembilan orang tewas, termasuk empat anak, setelah sebuah peluru menghantam sekolah, menurut Jaringan "
         "Dokter Sudan.", "id", "Sudan Doctors Network"),
    ],
)
def test_an_attribution_closing_the_sentence_credits_the_subordinate_clause_too(
    text: str, lang: str, speaker: str, gazetteer: Gazetteer
) -> None:
    assert _speakers(text, gazetteer, lang) == {speaker}


def test_a_speech_verb_inside_an_after_clause_stays_background(gazetteer: Gazetteer) -> None:
    # the verb does not close the sentence: what it credits is its own clause, never "Fighting resumed"
    claims = run_as("Fighting resumed in the north, after the ministry said nine people died in the town.", gazetteer)
    assert [(c.speaker, c.quantity_min) for c in of_type(claims, "casualty")] == [("ministry", 9)]
    assert not of_type(claims, "statement")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("According to officials from the Arakan Army, the airstrike killed 31 people.", "en"),
        ("Menurut pejabat dari kelompok pemberontak Arakan Army, serangan udara itu menewaskan 31 orang.", "id"),
    ],
)
def test_officials_from_a_body_after_according_to_speak_for_it(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert _speakers(text, gazetteer, lang) == {"Arakan Army"}


def test_a_relief_worker_from_an_unknown_place_stays_who_he_is(gazetteer: Gazetteer) -> None:
    # "from" after no member noun opens no body: the walk stops as before
    assert _speakers("Thirty people were killed, according to a man from the village.", gazetteer) != {"village"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Yerevan (the Armenian capital) accused Baku of shelling villages.", "en"),
        ("Sebaliknya Yerevan (Ibu Kota Armenia) menuding Baku terus menembaki desa.", "id"),
    ],
)
def test_a_bracketed_description_after_the_subject_is_skipped(text: str, lang: str, gazetteer: Gazetteer) -> None:
    accusations = of_type(run_as(text, gazetteer, lang), "accusation")
    assert accusations and all(c.speaker != OUTLET and "Kota" not in c.speaker for c in accusations)
    assert {c.subject for c in accusations} == {"Azerbaijan"}


def test_an_acronym_defined_after_the_opening_article_is_the_articles(gazetteer: Gazetteer) -> None:
    text = "The Arakan Army (AA) said 12 soldiers were killed. The AA said two more died on Monday."
    assert _speakers(text, gazetteer) == {"Arakan Army"}
    # the gazetteer's reading where the article defines nothing
    assert _speakers("The AA said two soldiers died on Monday.", gazetteer) == {"Anadolu Agency"}


def test_a_verb_after_the_object_of_a_verb_is_its_subjects(gazetteer: Gazetteer) -> None:
    claims = run_as("Otoritas Gaza mengecam tindakan Israel, meminta PBB untuk turun tangan.", gazetteer, "id")
    assert {(c.type, c.speaker) for c in claims} == {
        ("accusation", "Gaza Government Media Office"), ("call", "Gaza Government Media Office")}


def test_an_apposed_subject_before_its_verb_still_speaks(gazetteer: Gazetteer) -> None:
    text = "AFP reports the port authority, Ukrporty, said two ships were hit in drone attacks overnight."
    assert "AFP" not in {c.speaker for c in run_as(text, gazetteer)}


def test_a_verb_of_purpose_is_no_speech_of_its_own(gazetteer: Gazetteer) -> None:
    text = ("Hamas mengatakan mobil itu ditembaki. Kelompok itu mendesak Mesir dan Qatar untuk menekan Israel agar "
            "mematuhi gencatan senjata.")
    calls = of_type(run_as(text, gazetteer, "id"), "call")
    assert [c.speaker for c in calls] == ["Hamas"]


def test_a_cited_source_is_not_who_he_is_next(gazetteer: Gazetteer) -> None:
    text = ("Ahmed Salem, a journalist in Hodeidah, said 18 people were killed in the raids, citing a hospital "
            "source. \"The planes first hit the market, killing six people,\" he told Al Jazeera.")
    claims = of_type(run_as(text, gazetteer), "casualty")
    assert {(c.quantity_min, c.speaker) for c in claims} == {(18, "Ahmed Salem"), (6, "Ahmed Salem")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Israeli troops shelled a car in Gaza City, killing 9 people. Hamas condemned what it called a massacre.",
         "en"),
        ("Tank Israel menembaki sebuah mobil di Kota Gaza, menewaskan 9 orang. Hamas mengecam apa yang disebutnya "
         "sebagai “pembantaian keji”.", "id"),
    ],
)
def test_condemning_what_the_speaker_called_an_attack_accuses_its_attacker(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    accusations = of_type(run_as(text, gazetteer, lang), "accusation")
    assert {(c.speaker, c.subject) for c in accusations} == {("Hamas", "Israel")}


def test_condemning_what_it_called_a_decision_accuses_nobody(gazetteer: Gazetteer) -> None:
    text = "Israeli tanks shelled a car in Gaza City. Hamas condemned what it called a shameful decision by the UN."
    assert not any(c.subject == "Israel" for c in of_type(run_as(text, gazetteer), "accusation"))


def test_the_dead_of_a_toll_are_its_sources_whoever_spoke_since(gazetteer: Gazetteer) -> None:
    text = ("The Lebanese health ministry says Israeli shelling near Tyre has killed at least 8 Syrian nationals. "
            "The strike was among the deadliest of the year. Hezbollah says it will keep up its attacks. Among the "
            "dead were two teachers and a nurse.")
    dead = [c for c in of_type(run_as(text, gazetteer), "casualty") if c.quote.startswith("Among")]
    assert [c.speaker for c in dead] == ["Lebanese Health Ministry"]


def test_the_dead_with_no_sourced_toll_before_stay_the_outlets(gazetteer: Gazetteer) -> None:
    text = ("Hezbollah says it will keep up its attacks. An Israeli strike in the south killed 8 people. Among the "
            "dead were two teachers and a nurse.")
    dead = [c for c in of_type(run_as(text, gazetteer), "casualty") if c.quote.startswith("Among")]
    assert dead and all(c.speaker == OUTLET for c in dead)


def test_a_truce_after_once_in_a_promise_is_no_ceasefire_claim(gazetteer: Gazetteer) -> None:
    promise = "Hezbollah says it will stop its attacks once a ceasefire is reached in Gaza."
    assert not of_type(run_as(promise, gazetteer), "ceasefire")
    event = "The army said fighting stopped once the ceasefire took effect at noon."
    assert of_type(run_as(event, gazetteer), "ceasefire")


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("The ministry said six Russian peacekeepers were killed.", "en", "soldiers killed"),
        ("A Russian peacekeeper was killed, the ministry said.", "en", "soldiers killed"),
        ("The ministry says Israeli shelling near Tyre killed eleven Syrian nationals.", "en", "civilians killed"),
        ("The ministry said four settlers were killed.", "en", "civilians killed"),
        ("Kementerian itu mengatakan enam penjaga perdamaian tewas.", "id", "soldiers killed"),
        ("Kementerian itu mengatakan empat pemukim tewas.", "id", "civilians killed"),
        ("Kementerian itu mengatakan lima tahanan tewas.", "id", "deaths"),
    ],
)
def test_victims_by_who_they_were(text: str, lang: str, unit: str, gazetteer: Gazetteer) -> None:
    claims = of_type(run_as(text, gazetteer, lang), "casualty")
    assert [c.unit for c in claims] == [unit]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Azerbaijan for the first time said that six soldiers were killed.", "en"),
        ("Azerbaijan untuk pertama kalinya mengatakan enam tentara tewas.", "id"),
    ],
)
def test_for_the_first_time_between_a_speaker_and_its_verb(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert _speakers(text, gazetteer, lang) == {"Azerbaijan"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Israeli tanks shelled a car in Gaza City, killing 9 people.", "en"),
        ("Tank Israel menembaki sebuah mobil di Kota Gaza, menewaskan 9 orang.", "id"),
    ],
)
def test_a_sides_arms_name_the_striker(text: str, lang: str, gazetteer: Gazetteer) -> None:
    claims = of_type(run_as(text, gazetteer, lang), "casualty")
    assert [c.subject for c in claims] == ["Palestine; Israel"]


# The statement gate (``statement_gate``), fitted on the first readings: a plain statement stays only when a speaker
# the gazetteer knows, or one holding a named office, makes it, and never through an "according to".
def _statements(text: str, gazetteer: Gazetteer, lang: str = "en") -> list[str]:
    return [c.speaker for c in of_type(run_as(text, gazetteer, lang), "statement")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A military analyst said the offensive by the army would fail within weeks.", "en"),
        ("Sejumlah analis menilai jatuhnya kota itu akan mengubah jalannya perang.", "id"),
        ("According to Russia, the war would end soon on its own terms.", "en"),
    ],
)
def test_a_statement_no_known_speaker_makes_is_left_out(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert _statements(text, gazetteer, lang) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Russia said the war would end soon on its own terms.", "Russia"),
        ("Russia's Deputy Defence Minister Ivan Petrovsky says Moscow will keep its troops in the region.",
         "Ivan Petrovsky"),
    ],
)
def test_a_statement_of_a_known_speaker_or_an_office_holder_stays(speaker: str, text: str,
                                                                   gazetteer: Gazetteer) -> None:
    assert _statements(text, gazetteer) == [speaker]


def test_the_gate_leaves_other_types_alone(gazetteer: Gazetteer) -> None:
    claims = run_as("Local residents said 12 people were killed and accused the RSF of shelling homes.", gazetteer)
    assert {c.type for c in claims} == {"casualty", "accusation"}


# Found by probing the rules with sentences of our own, one wording at a time (no article read): each shape credits
# the named source, in both languages, and each word of dying or speaking makes its claim.
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("14 people were killed in the raid, the Gaza Health Ministry said in its daily update.", "en",
         "Gaza Health Ministry"),
        ("14 people were killed in the raid, the Gaza Health Ministry said, citing hospital records.", "en",
         "Gaza Health Ministry"),
        ("Data from the Gaza Health Ministry showed 14 people were killed in the raid.", "en", "Gaza Health Ministry"),
        ("The figures, released by the Gaza Health Ministry on Monday, showed 14 people were killed.", "en",
         "Gaza Health Ministry"),
        ("The Gaza Health Ministry verified that 14 people were killed in the raid.", "en", "Gaza Health Ministry"),
        ("Menurut data yang dirilis Kementerian Kesehatan Gaza, 14 orang tewas dalam serangan itu.", "id",
         "Gaza Health Ministry"),
        ("Seorang pejabat Kementerian Kesehatan Gaza mengatakan 14 orang tewas dalam serangan itu.", "id",
         "Gaza Health Ministry"),
        ("Kementerian Kesehatan Gaza kepada wartawan mengatakan 14 orang tewas dalam serangan itu.", "id",
         "Gaza Health Ministry"),
        ("Hamas melalui juru bicaranya mengatakan 14 orang tewas dalam serangan itu.", "id", "Hamas"),
        ("PBB dalam laporannya menyebutkan 14 orang tewas dalam serangan itu.", "id", "United Nations"),
        ("Kementerian Kesehatan Gaza memutakhirkan data: 14 orang tewas dalam serangan itu.", "id",
         "Gaza Health Ministry"),
    ],
)
def test_probed_shapes_of_attribution(text: str, lang: str, speaker: str, gazetteer: Gazetteer) -> None:
    assert _speakers(text, gazetteer, lang) == {speaker}


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Kementerian itu mengatakan 14 orang wafat dalam serangan itu.", "id", "deaths"),
        ("Kementerian itu mengatakan 14 orang menemui ajal dalam serangan itu.", "id", "deaths"),
        ("The ministry said the militia slaughtered 14 people in the village.", "en", "deaths"),
        ("The ministry said 14 people were maimed in the blast.", "en", "wounded"),
    ],
)
def test_probed_words_of_dying_and_hurt(text: str, lang: str, unit: str, gazetteer: Gazetteer) -> None:
    assert [(c.quantity_min, c.unit) for c in of_type(run_as(text, gazetteer, lang), "casualty")] == [(14, unit)]


def test_banned_weapons_are_a_wrong(gazetteer: Gazetteer) -> None:
    claims = run_as("Hamas mengklaim Israel menggunakan senjata terlarang di Rafah.", gazetteer, "id")
    assert {(c.type, c.subject) for c in claims} == {("accusation", "Israel")}


@pytest.mark.parametrize("verb", ["are accused of", "are suspected of"])
def test_a_passive_accusation_accuses_its_subject_in_the_reporters_words(verb: str, gazetteer: Gazetteer) -> None:
    claims = of_type(run_as(f"The Rapid Support Forces {verb} the looting of the camp.", gazetteer), "accusation")
    assert [(c.speaker, c.subject) for c in claims] == [(OUTLET, "Rapid Support Forces")]


def test_a_progressive_after_are_still_speaks(gazetteer: Gazetteer) -> None:
    claims = run_as("The UN and the EU are calling for a halt to the shelling.", gazetteer)
    assert {c.type for c in claims} == {"call"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Armenia reported heavy shelling from Azerbaijan overnight.", "en"),
        ("Armenian authorities report rocket and artillery fire from Azerbaijan.", "en"),
        ("Armenia melaporkan tembakan artileri dari Azerbaijan semalam.", "id"),
    ],
)
def test_fire_from_a_party_accuses_it(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert {c.subject for c in of_type(run_as(text, gazetteer, lang), "accusation")} == {"Azerbaijan"}


def test_troops_from_a_party_accuse_nobody(gazetteer: Gazetteer) -> None:
    assert not of_type(run_as("Armenia said troops from Russia arrived in the town.", gazetteer), "accusation")


def test_a_person_goes_on_by_the_first_name(gazetteer: Gazetteer) -> None:
    text = ("Juru bicara militer Sudan Brigadir Jenderal Nabil Abdallah mengatakan dua prajurit terluka. "
            "Menurut Nabil, satu prajurit gugur dalam kontak tembak itu.")
    assert _speakers(text, gazetteer, "id") == {"Nabil Abdallah"}


def test_a_first_name_two_people_share_resolves_to_neither(gazetteer: Gazetteer) -> None:
    text = "Nabil Abdallah dan Nabil Osman tiba di lokasi. Menurut Nabil, satu prajurit gugur dalam kontak itu."
    assert _speakers(text, gazetteer, "id") == {"Nabil"}


def test_a_two_word_rank_is_no_part_of_the_name(gazetteer: Gazetteer) -> None:
    assert _speakers("Laksamana Muda Rudi Hartono mengatakan dua prajurit terluka.", gazetteer, "id") == {
        "Rudi Hartono"}


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("A witness told AFP that jets struck the village twice. \"Eleven people were killed,\" the man said.", "en",
         "witness"),
        ("Seorang saksi mata mengatakan kepada AFP bahwa jet menyerang desa itu. \"Sebelas orang tewas,\" kata pria "
         "tersebut.", "id", "saksi mata"),
    ],
)
def test_the_man_is_the_witness_who_spoke_last(text: str, lang: str, speaker: str, gazetteer: Gazetteer) -> None:
    claims = of_type(run_as(text, gazetteer, lang), "casualty")
    assert [(c.speaker, c.via) for c in claims] == [(speaker, ["AFP"])]


def test_the_man_is_no_body_nor_a_woman(gazetteer: Gazetteer) -> None:
    after_body = "The ministry said jets struck the village. \"Eleven people were killed,\" the man said."
    assert _speakers(after_body, gazetteer) == {"man"}
    after_woman = "A woman told AFP that jets struck the village. \"Eleven people were killed,\" the man said."
    assert [c.speaker for c in of_type(run_as(after_woman, gazetteer), "casualty")] == ["man"]


# Guards from the review of this change: what each new reading must leave alone.
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("According to officials from Ukraine, 20 soldiers were killed.", "en", "officials"),
        ("Menurut pejabat dari Gaza, 20 orang tewas dalam serangan itu.", "id", "pejabat"),
        ("Menurut data yang dirilis Senin, 20 orang tewas dalam serangan itu.", "id", OUTLET),
        ("Figures from Gaza show 20 people were killed in the strike.", "en", OUTLET),
    ],
)
def test_a_place_after_from_or_a_day_after_released_is_no_source(text: str, lang: str, speaker: str,
                                                                  gazetteer: Gazetteer) -> None:
    assert _speakers(text, gazetteer, lang) == {speaker}


def test_the_accused_named_before_the_fire_wins_over_where_it_came_from(gazetteer: Gazetteer) -> None:
    claims = of_type(run_as("Israel accused Hezbollah of rocket fire from Lebanon.", gazetteer), "accusation")
    assert [c.subject for c in claims] == ["Hezbollah"]


def test_once_again_is_no_condition(gazetteer: Gazetteer) -> None:
    text = "Armenia and Azerbaijan will once again observe a humanitarian ceasefire from midnight, the ministry said."
    assert of_type(run_as(text, gazetteer), "ceasefire")


def test_untuk_before_an_adverb_makes_no_speaker_of_the_addressee(gazetteer: Gazetteer) -> None:
    claims = run_as("PBB mendesak Israel untuk segera menjelaskan serangan itu.", gazetteer, "id")
    assert {(c.type, c.speaker) for c in claims} == {("call", "United Nations")}


def test_the_dead_after_the_outlets_own_toll_are_that_tolls(gazetteer: Gazetteer) -> None:
    text = ("The Gaza health ministry said 20 people were killed in Gaza on Monday. In a separate strike in southern "
            "Lebanon on Tuesday, five people were killed. Among the dead were two children.")
    dead = [c for c in of_type(run_as(text, gazetteer), "casualty") if c.quote.startswith("Among")]
    assert dead and all(c.speaker == OUTLET for c in dead)


@pytest.mark.parametrize("before", ["Residents told AFP that jets struck the village.",
                                    "A military source told AFP that jets struck the village."])
def test_the_man_is_no_group_nor_a_source(before: str, gazetteer: Gazetteer) -> None:
    text = f"{before} \"Eleven people were killed,\" the man said."
    assert [c.speaker for c in of_type(run_as(text, gazetteer), "casualty")] == ["man"]


def test_a_resident_named_like_an_official_is_someone_new(gazetteer: Gazetteer) -> None:
    text = ("Regional director Ahmed Al-Mandhari said the clinic was closed. A local resident named Ahmed said 12 "
            "people were killed in the strike.")
    assert "Ahmed Al-Mandhari" not in _speakers(text, gazetteer)
