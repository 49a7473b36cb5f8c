"""Rules 23, from reading every conflict on the real dev articles (docs/conflicts.md, "rules 23"): each change
pinned with claims of our own, and its near misses (what must still be found)."""

from __future__ import annotations

import pytest

from kb.derived import conflicts
from kb.service import KnowledgeBase
from tests.fixtures.synthetic import Said, publish

U = "https://news.example/r23/"


@pytest.fixture
def kb() -> KnowledgeBase:
    base = KnowledgeBase.open(":memory:")
    base.sync_reference_graphs()
    return base


def dead(sentence: str, speaker: str, subject: str, n: int, unit: str = "deaths", **kw: object) -> Said:
    return Said(sentence, "casualty", speaker, subject=subject, qmin=n, qmax=n, unit=unit, **kw)  # type: ignore[arg-type]


def found(kb: KnowledgeBase, kind: str | None = None) -> list[conflicts.Conflict]:
    conflicts.refresh(kb.store)
    return [c for c in conflicts.list_conflicts(kb.store) if kind is None or c.kind == kind]


# --- an article's own voice and a figure it quotes are one account -----------------------------------------------

def test_the_outlets_own_figure_is_not_set_against_a_source_it_quotes(kb: KnowledgeBase) -> None:
    publish(kb, U + "v1", None, "Daily Planet", [
        dead("The remains of 43 captives are believed to be held in the town.", "Daily Planet", "Ruritania", 43,
             scope="incident", place="Strelsau"),
        dead("The health office said 360 people had been killed in the town.", "Ruritanian Health Office",
             "Ruritania", 360, scope="incident", place="Strelsau")])
    assert found(kb) == []


def test_two_sources_quoted_by_one_article_still_conflict(kb: KnowledgeBase) -> None:
    publish(kb, U + "v2", None, "Daily Planet", [
        dead("The mayor told the agency that three people were killed in the strike.", "Mayor Rassendyll",
             "Ruritania", 3, scope="incident", place="Zenda"),
        dead("The state news agency said the strike in Zenda killed four people.", "Ruritanian News Agency",
             "Ruritania", 4, scope="incident", place="Zenda")])
    assert [c.kind for c in found(kb)] == ["numeric"]


def test_the_outlets_figure_against_a_source_in_another_article_still_conflicts(kb: KnowledgeBase) -> None:
    publish(kb, U + "v3", None, "Daily Planet", [
        dead("Three people were killed in the strike on Zenda.", "Daily Planet", "Ruritania", 3, scope="incident",
             place="Zenda", date="2024-05-05")])
    publish(kb, U + "v4", None, "Evening Star", [
        dead("The state news agency said the strike in Zenda killed four people.", "Ruritanian News Agency",
             "Ruritania", 4, scope="incident", place="Zenda", date="2024-05-05")])
    assert [c.kind for c in found(kb)] == ["numeric"]


def test_the_outlets_part_above_a_quoted_total_is_no_part_whole_either(kb: KnowledgeBase) -> None:
    publish(kb, U + "v5", "2024-08-14", "Daily Planet", [
        dead("The ministry said 123 civilians were killed in the past 24 hours.", "Ruritanian Health Office",
             "Ruritania", 123, unit="civilians killed", scope="period", period_start="2024-08-13",
             period_end="2024-08-14"),
        dead("Of the 235 dead so far, 106 were children.", "Daily Planet", "Ruritania", 106,
             unit="civilians killed", scope="cumulative")])
    assert found(kb) == []


# --- a period whose span is unknown -------------------------------------------------------------------------------

def test_periods_of_an_undated_article_are_not_one_frame(kb: KnowledgeBase) -> None:
    publish(kb, U + "p1", None, "Daily Planet", [
        dead("On Saturday the division said shelling killed seven civilians.", "Ruritanian Army", "Ruritania", 7,
             unit="civilians killed", scope="period"),
        dead("The camp's clinic reported two deaths from shelling on Monday.", "Camp Clinic", "Ruritania", 2,
             scope="period"),
        dead("Shells hit the market and killed 12 people.", "Market Watch", "Ruritania", 12, scope="incident")])
    assert found(kb) == []


def test_dated_periods_of_one_day_still_conflict(kb: KnowledgeBase) -> None:
    publish(kb, U + "p2", "2024-05-06", "Daily Planet", [
        dead("On Monday the army said shelling killed 30 people.", "Ruritanian Army", "Ruritania", 30,
             scope="period", date="2024-05-06"),
        dead("The rebels said two people died on Monday.", "Free Ruritania Movement", "Ruritania", 2,
             scope="period", date="2024-05-06")])
    assert [c.kind for c in found(kb)] == ["numeric"]


def test_an_undated_day_above_its_articles_running_total_is_still_a_part_whole(kb: KnowledgeBase) -> None:
    publish(kb, U + "p3", None, "Daily Planet", [
        dead("The army said 40 people were killed on Monday.", "Ruritanian Army", "Ruritania", 40, scope="period"),
        dead("The rebels said 25 people had been killed in all since the fighting began.", "Free Ruritania Movement",
             "Ruritania", 25, scope="cumulative")])
    assert [c.kind for c in found(kb)] == ["part-whole"]


# --- a running total that grew, between speakers of unknown sides ------------------------------------------------

def test_a_growing_toll_between_speakers_of_unknown_sides_is_no_conflict(kb: KnowledgeBase) -> None:
    publish(kb, U + "g1", "2023-09-20", "Daily Planet", [
        dead("The ombudswoman said 32 people had been killed so far.", "Flavia Strelsau", "Ruritania", 32,
             scope="cumulative")])
    publish(kb, U + "g2", "2023-09-22", "Evening Star", [
        dead("A rights official said at least 200 people had been killed so far.", "rights official", "Ruritania",
             200, scope="cumulative")])
    assert found(kb) == []


def test_a_growing_toll_between_two_states_ministries_is_still_shown(kb: KnowledgeBase) -> None:
    publish(kb, U + "g3", "2020-10-02", "Kompas", [
        dead("Yerevan said 310 of its soldiers had died so far.", "Armenian Defence Ministry", "Armenia", 310,
             unit="soldiers killed", scope="cumulative")])
    publish(kb, U + "g4", "2020-10-04", "Tempo", [
        dead("Baku said 2,000 Armenian soldiers had died so far.", "Azerbaijani Defence Ministry", "Armenia", 2000,
             unit="soldiers killed", scope="cumulative")])
    assert [(c.kind, c.details.get("verdict")) for c in found(kb)] == [("numeric", "discrepancy")]


# --- a strike inside a day's toll is the part ---------------------------------------------------------------------

@pytest.mark.parametrize("n", range(4))
def test_a_strike_above_its_days_toll_is_named_as_the_part(kb: KnowledgeBase, n: int) -> None:
    """Whichever of the two the rule meets first (their order follows the claims' IRIs: four articles' worth)."""
    publish(kb, U + f"w1-{n}", "2023-10-08", "Kompas", [
        dead("The attack of 7 October killed 1,221 people, an agency tally says.", "Ruritanian News Agency",
             "Ruritania", 1221, scope="incident", date="2023-10-07")])
    publish(kb, U + f"w2-{n}", "2023-10-08", "Tempo", [
        dead("The rebels said 1,200 people were killed on 7 October.", "Free Ruritania Movement", "Ruritania", 1200,
             scope="period", date="2023-10-07", period_start="2023-10-07", period_end="2023-10-07")])
    (c,) = found(kb, "part-whole")
    assert c.explanation.startswith("Ruritanian News Agency (Kompas, 7 Oct 2023) puts deaths (parties: Ruritania) at "
                                    "1,221 in one incident, above the total of 1,200 deaths")
    assert "far above" not in c.explanation


# --- denials ------------------------------------------------------------------------------------------------------

def deny(sentence: str, speaker: str, whose: str, what: str | None = None) -> Said:
    return Said(sentence, "denial", speaker, subject=whose, object=what)


def charge(sentence: str, speaker: str, accused: str, what: str) -> Said:
    return Said(sentence, "accusation", speaker, subject=accused, object=what)


def test_a_denial_of_a_claim_that_something_is_so_is_not_a_denial_of_a_figure(kb: KnowledgeBase) -> None:
    publish(kb, U + "d1", None, "Kompas", [
        dead("Baku said two civilians died when a car hit an Armenian mine.", "Azerbaijani Defence Ministry",
             "Armenia", 2, unit="civilians killed"),
        deny("Yerevan menolak klaim Baku bahwa pasukan Armenia ada di wilayah itu.", "Armenia", "Armenia",
             "klaim Baku bahwa pasukan Armenia ada di wilayah itu")])
    assert found(kb, "denial") == []


@pytest.mark.parametrize("what", ["klaim ini", "klaim Azerbaijan bahwa 2.300 tentara tewas"])
def test_a_denial_of_that_claim_or_of_a_claim_with_its_number_still_answers_the_figure(kb: KnowledgeBase,
                                                                                       what: str) -> None:
    publish(kb, U + "d2", None, "Kompas", [
        dead("Baku said 2,300 Armenian soldiers had died.", "Azerbaijani Defence Ministry", "Armenia", 2300,
             unit="soldiers killed"),
        deny(f"Yerevan rejected {what}.", "Armenian Defence Ministry", "Armenia", what)])
    (c,) = found(kb, "denial")
    assert sorted(x["type"] for x in c.claims) == ["casualty", "denial"]


def test_a_charge_denied_in_its_own_sentence_is_what_the_denial_answers(kb: KnowledgeBase) -> None:
    both = "The army accuses the rebels of hiding in schools, a charge the rebels deny."
    publish(kb, U + "d3", None, "Kompas", [
        dead("Rescuers said 10 people were killed in strikes overnight.", "Ruritanian Army", "Free Ruritania Movement",
             10),
        charge(both, "Ruritanian Army", "Free Ruritania Movement", "hiding in schools"),
        deny(both, "Free Ruritania Movement", "Free Ruritania Movement")])
    (c,) = found(kb, "denial")
    assert sorted(x["type"] for x in c.claims) == ["accusation", "denial"]


def test_a_preposition_is_no_shared_topic(kb: KnowledgeBase) -> None:
    publish(kb, U + "d4", "2020-10-12", "Kompas", [
        charge("Ankara said Armenia committed crimes against humanity.", "Turkish Defence Ministry", "Armenia",
               "kejahatan terhadap kemanusiaan")])
    publish(kb, U + "d5", "2020-10-12", "Tempo", [
        deny("Yerevan called the charge about the attack on Ganja a lie.", "Armenian Defence Ministry", "Armenia",
             "tuduhan tentang serangan terhadap Ganja")])
    assert found(kb, "denial") == []
