"""Extraction beyond the Karabakh articles it was built on: other wars, the SHACL contract, speakers.

Every example sentence is written for these tests; tests/devextra holds short articles (with gold)
written for development on Ukraine, Gaza, Sudan and Karabakh 2023.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb.actors import Gazetteer
from kb.eval import evaluate
from kb.extract import extract_claims
from kb.pipeline.article import Article, load_article
from kb.pipeline.record import Claim
from kb.service import KnowledgeBase

DEVEXTRA = Path(__file__).resolve().parent / "devextra"
NEEDS_SUBJECT = ("casualty", "mobilization", "accusation")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def run(text: str, gazetteer: Gazetteer, **meta: str) -> list[Claim]:
    meta.setdefault("published", "2023-11-20")
    return extract_claims(Article(text=text, **meta), gazetteer)


def one(claims: list[Claim], kind: str) -> Claim:
    found = [c for c in claims if c.type == kind]
    assert len(found) == 1, claims
    return found[0]


def _contract(claims: list[Claim]) -> None:
    for claim in claims:
        if claim.type in NEEDS_SUBJECT:
            assert claim.subjects, claim
        if claim.type == "casualty":
            assert claim.unit, claim


# --- the contract the SHACL gate enforces -------------------------------------------------------


def test_demonym_names_the_victims_side(gazetteer: Gazetteer) -> None:
    text = "Moscow's defence ministry claimed its units had killed roughly 150 Ukrainian servicemen near Kupiansk."
    claim = one(run(text, gazetteer), "casualty")
    assert claim.subject == "Ukraine" and claim.unit == "soldiers killed"


def test_metonym_is_the_accused(gazetteer: Gazetteer) -> None:
    [claim] = run("Kremlin spokesman Dmitry Peskov accused Kiev of sabotaging the grain deal.", gazetteer)
    assert (claim.type, claim.speaker, claim.subject) == ("accusation", "Dmitry Peskov", "Ukraine")


def test_own_losses_are_the_speakers_side(gazetteer: Gazetteer) -> None:
    text = "The Israeli military said 12 of its soldiers were killed in fighting in Gaza City on Tuesday."
    claim = one(run(text, gazetteer), "casualty")
    assert (claim.speaker, claim.subject) == ("Israel Defense Forces", "Israel")


def test_side_that_lost_the_soldiers(gazetteer: Gazetteer) -> None:
    text = "Kyiv said Russia had lost nearly 900 soldiers around Bakhmut in a week."
    claim = one(run(text, gazetteer), "casualty")
    assert claim.subject == "Russia" and claim.quantity_max == 899


def test_plural_demonym_stands_for_the_victims(gazetteer: Gazetteer) -> None:
    text = "Officials in Tel Aviv said more than 1,200 Israelis were killed in the October attack."
    claim = one(run(text, gazetteer), "casualty")
    assert (claim.subject, claim.quantity_min) == ("Israel", 1201)


def test_unnamed_victims_fall_back_to_the_words(gazetteer: Gazetteer) -> None:
    text = "RSF mengklaim telah menewaskan ratusan tentara pemerintah di Nyala."
    claim = one(run(text, gazetteer), "casualty")
    assert claim.subject == "tentara pemerintah" and claim.unit == "soldiers killed"


def test_unnamed_accused_fall_back_to_the_words(gazetteer: Gazetteer) -> None:
    claims = run("Hemedti menuduh milisi sekutu militer menjarah pasar di El Fasher.", gazetteer)
    claim = one(claims, "accusation")
    assert claim.speaker == "Mohamed Hamdan Dagalo" and claim.subject


def test_organisation_victims_get_their_side(gazetteer: Gazetteer) -> None:
    text = "Sudan's army said it had killed about 60 RSF fighters in Omdurman."
    claim = one(run(text, gazetteer), "casualty")
    assert (claim.speaker, claim.subject) == ("Sudanese Armed Forces", "Rapid Support Forces")


CONTRACT_WORDS = st.sampled_from(
    [
        "Ukraina", "Kyiv", "Israel", "Hamas", "RSF", "militer", "the group", "its", "their", "accused",
        "menuduh", "menuding", "killed", "tewas", "lost", "kehilangan", "400", "sekitar", "soldiers",
        "tentara", "warga sipil", "civilians", "mobilisasi", "mobilization", "said", "mengatakan", ",", ".",
        "\u201c", "\u201d", "of", "and", "dan", "pasukannya", "tentaranya", "fighters", "Palestinians",
        "condemned", "mengecam", "blamed", "Russian", "Sudanese", "Kremlin", "Peskov", "KYIV (Reuters) -",
    ]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(CONTRACT_WORDS, max_size=40), st.sampled_from([None, "id", "en"]))
def test_typed_claims_always_carry_what_the_gate_requires(
    gazetteer: Gazetteer, words: list[str], lang: str | None
) -> None:
    text = " ".join(words)
    _contract(extract_claims(Article(text=text, lang=lang, published="2023-11-20"), gazetteer))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_contract_holds_on_arbitrary_text(gazetteer: Gazetteer, text: str) -> None:
    _contract(extract_claims(Article(text=text), gazetteer))


def test_devextra_articles_are_never_quarantined() -> None:
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    for path in sorted(DEVEXTRA.glob("*.txt")):
        outcome = kb.ingest(load_article(path))
        assert outcome.status != "quarantined", (path.name, outcome)
        assert outcome.claims > 0


def test_devextra_quality_bar(gazetteer: Gazetteer) -> None:
    gold = [json.loads(line) for line in (DEVEXTRA / "gold.jsonl").read_text().splitlines() if line.strip()]
    articles = {p.stem: load_article(p) for p in sorted(DEVEXTRA.glob("*.txt"))}
    report = evaluate(gold, articles, gazetteer)
    # recall 0.921; 0.895 since session 24's statement gate left out the WHO's count of working hospitals (no act of
    # war named: on real text such statements are commentary, ``kb.extract.war_action``)
    assert report.overall.recall >= 0.89 and report.overall.precision >= 0.9
    assert report.speaker_accuracy is not None and report.speaker_accuracy >= 0.85


# --- gazetteer breadth ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Kiev", "Government of Ukraine"), ("Zelenskyy", "Volodymyr Zelensky"), ("Ukrainian", "Ukraine"),
        ("IDF", "Israel Defense Forces"), ("Palestinian", "Palestine"), ("SAF", "Sudanese Armed Forces"),
        ("Hemedti", "Mohamed Hamdan Dagalo"), ("Kementerian Kesehatan Gaza", "Gaza Health Ministry"),
        ("detikNews", "Detik"), ("UNRWA", "UNRWA"), ("Ukrinform", "Ukrinform"), ("Sudanese", "Sudan"),
        ("Katz", "Israel Katz"),
    ],
)
def test_gazetteer_knows_other_wars(gazetteer: Gazetteer, name: str, label: str) -> None:
    actor = gazetteer.lookup(name)
    assert actor is not None and actor.label == label


# --- speakers on unseen text -----------------------------------------------------------------------


def test_unknown_role_before_a_name(gazetteer: Gazetteer) -> None:
    text = "Regional governor Vitaliy Kim said a missile strike wounded 14 people in Mykolaiv."
    claim = one(run(text, gazetteer), "casualty")
    assert (claim.speaker, claim.speaker_role) == ("Vitaliy Kim", "Regional governor")


def test_known_role_and_name_is_the_person(gazetteer: Gazetteer) -> None:
    [claim] = run("Ukrainian President Volodymyr Zelenskiy urged partners to send more shells.", gazetteer)
    assert (claim.type, claim.speaker, claim.speaker_role) == ("call", "Volodymyr Zelensky", "Ukrainian President")


def test_possessive_military_is_the_armed_forces(gazetteer: Gazetteer) -> None:
    # (an interception is an equipment claim and no statement since round 7; the speaker is what this pins)
    [claim] = run("Ukraine's military said its troops would hold their positions near Bakhmut.", gazetteer)
    assert claim.speaker == "Armed Forces of Ukraine"


def test_adjectives_between_party_and_speaker_noun(gazetteer: Gazetteer) -> None:
    # a side's health or medical officials speak as written, on the side's behalf (session 27: the real dev set's
    # annotators credit "Palestinian health officials", "Hamas health officials" so, never the state)
    claims = run("Ten people were killed in Rafah overnight, Palestinian medical officials said.", gazetteer)
    assert one(claims, "casualty").speaker == "Palestinian medical officials"
    claims = run("Ten people were killed in Rafah overnight, Palestinian officials said.", gazetteer)
    assert one(claims, "casualty").speaker == "Palestinian officials"  # officials of no trade: as before


def test_several_actors_of_one_side_name_the_most_specific(gazetteer: Gazetteer) -> None:
    [claim] = run("Otoritas separatis Karabakh menyatakan perundingan dengan Baku akan dilanjutkan.", gazetteer)
    assert claim.speaker == "Nagorno-Karabakh authorities"


def test_unknown_organisation_keeps_its_name(gazetteer: Gazetteer) -> None:
    text = "Serikat Dokter Sudan mengatakan sedikitnya 9 warga sipil tewas di Nyala."
    assert one(run(text, gazetteer), "casualty").speaker == "Serikat Dokter Sudan"


def test_wire_dateline_is_via_unless_the_outlet_is_the_wire(gazetteer: Gazetteer) -> None:
    text = "KHARTOUM, April 30 (Reuters) - The RSF accused the army of bombing a market in Bahri."
    [claim] = run(text, gazetteer, outlet="VOA")
    # "the army" of a story datelined in Khartoum is Sudan's (session 29; it stayed "army" before)
    assert (claim.speaker, claim.via, claim.subject) == ("Rapid Support Forces", ["Reuters"], "Sudanese Armed Forces")
    [claim] = run(text, gazetteer, outlet="Reuters")
    assert claim.via == []


def test_verb_with_object_pronoun(gazetteer: Gazetteer) -> None:
    text = "Menteri Luar Negeri Qatar menelepon Netanyahu dan mendesaknya memperpanjang jeda kemanusiaan."
    assert any(c.type == "call" for c in run(text, gazetteer))


def test_estimate_verb_attributes(gazetteer: Gazetteer) -> None:
    [claim] = run("UNRWA memperkirakan sekitar 1,5 juta orang telah mengungsi di Gaza.", gazetteer)
    assert (claim.type, claim.speaker) == ("statement", "UNRWA")


def test_the_group_is_the_last_organisation(gazetteer: Gazetteer) -> None:
    text = "Hamas merilis pernyataan pada Kamis malam.\n\nKelompok itu menuduh Israel menembaki konvoi bantuan."
    claim = one(run(text, gazetteer), "accusation")
    assert (claim.speaker, claim.subject) == ("Hamas", "Israel")


def test_it_said_is_the_last_body_that_spoke(gazetteer: Gazetteer) -> None:
    text = "The Israeli military said its jets struck targets in Khan Younis. It said 15 militants were killed."
    claim = one(run(text, gazetteer), "casualty")
    assert claim.speaker == "Israel Defense Forces"


def test_passive_announcement_names_the_speaker(gazetteer: Gazetteer) -> None:
    text = "Perpanjangan gencatan senjata itu diumumkan Kementerian Luar Negeri Mesir pada Kamis."
    claim = one(run(text, gazetteer), "ceasefire")
    assert claim.speaker == "Egypt" or claim.speaker.startswith("Kementerian Luar Negeri Mesir")


def test_unknown_title_before_a_name(gazetteer: Gazetteer) -> None:
    text = "Defence Minister Rustem Umerov said the army needed more artillery shells before spring."
    claims = run(text, gazetteer)
    assert claims and claims[0].speaker == "Rustem Umerov" and claims[0].speaker_role == "Defence Minister"
