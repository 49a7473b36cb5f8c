"""Statements the annotators do not record, session 19 (issue 13, prec19): each class pinned here.

Every sentence is the project's own, written for these tests (never an article's), English and Indonesian, with
near misses that must still give the statement (``kb.extract.self_told``):

- a speaker already heard in the article, now telling of its own side only ("Its troops also operated ...", "juga
  mengatakan pasukannya beroperasi ..."), is narration going on: no statement; the same words as the speaker's first
  claim, an intention ("would stay", "akan bertahan"), or another party named are statements still;
- a side's own side in its own quoted words ("'Pasukan Armenia bertahan ...,' kata ...") is no statement; a quote
  about the other side, or with an intention, is one;
- a statement on a line that does not end as a sentence (a teaser or a lead cut short) is page furniture.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.extract.self_told import unrecorded
from kb.pipeline.record import Claim
from tests.extraction import run_as


def _statements(text: str, gazetteer: Gazetteer, lang: str, needle: str) -> list[str | None]:
    """Subjects of the plain statements whose quote holds ``needle``."""
    return [c.subject for c in run_as(text, gazetteer, lang) if c.type == "statement" and needle in c.quote]


_HEARD_EN = "The Israeli military said on Tuesday that Hamas fighters fired rockets from a school compound in Rafah. "
_HEARD_ID = ("Militer Israel mengatakan pada Selasa bahwa pejuang Hamas menembakkan roket dari kompleks sekolah "
             "di Rafah. ")
_OWN_EN = "Its troops also operated overnight in the northern districts of the city, the military said."
_OWN_ID = "Militer Israel juga mengatakan pasukannya beroperasi semalaman di distrik utara kota itu."


@pytest.mark.parametrize(("lang", "text", "needle"), [
    ("en", _HEARD_EN + _OWN_EN, "operated overnight"),
    ("id", _HEARD_ID + _OWN_ID, "beroperasi semalaman"),
])
def test_a_heard_side_telling_of_itself_again_is_no_statement(gazetteer: Gazetteer, lang: str, text: str,
                                                              needle: str) -> None:
    assert _statements(text, gazetteer, lang, needle) == []


@pytest.mark.parametrize(("lang", "text", "needle"), [
    # the same words as the speaker's first claim in the article
    ("en", "The Israeli military said its troops operated overnight in the northern districts of Jabalia.", "Jabalia"),
    ("id", "Militer Israel mengatakan pasukannya beroperasi semalaman di distrik utara Jabalia.", "Jabalia"),
    # an intention is a position
    ("en", _HEARD_EN + "Its troops would stay in the northern districts of the city until the spring, the military "
     "said.", "would stay"),
    ("id", _HEARD_ID + "Militer Israel juga mengatakan pasukannya akan bertahan di distrik utara kota itu sampai "
     "musim semi.", "akan bertahan"),
    # another party named in the words
    ("en", "The Houthis said they had fired missiles at a US destroyer in the Red Sea. The group said its drones also "
     "hit a tanker bound for Israeli ports.", "tanker"),
])
def test_a_first_word_an_intention_or_another_party_stays_a_statement(gazetteer: Gazetteer, lang: str, text: str,
                                                                     needle: str) -> None:
    assert len(_statements(text, gazetteer, lang, needle)) == 1


_QUOTE_OWN = "\"Pasukan Armenia bertahan di semua posisi di sepanjang sungai,\" kata Kementerian Pertahanan Armenia."


def test_a_side_quoted_on_its_own_side_is_no_statement(gazetteer: Gazetteer) -> None:
    assert _statements(_QUOTE_OWN, gazetteer, "id", "sepanjang sungai") == []


@pytest.mark.parametrize("text", [
    "\"Baku tidak akan memenangkan perang ini dengan kekuatan,\" kata Kementerian Pertahanan Armenia.",
    "\"Pasukan Armenia akan bertahan di semua posisi di sepanjang sungai,\" kata Kementerian Pertahanan Armenia.",
])
def test_a_quote_on_the_other_side_or_with_an_intention_stays(gazetteer: Gazetteer, text: str) -> None:
    assert len(_statements(text, gazetteer, "id", "kata Kementerian")) == 1


def _claim(quote: str, subject: str = "Russia", rule: str = "en.verb.said") -> Claim:
    return Claim(article="a", type="statement", speaker="Volodymyr Zelensky", quote=quote, start=0, end=len(quote),
                 subject=subject, rule=rule)


@pytest.mark.parametrize(("quote", "dropped"), [
    ("President Zelensky said Russia would never keep the occupied land in the so", True),
    ("Presiden Zelensky mengatakan Rusia tidak akan pernah mempertahankan wilayah yang diduduki di sela", True),
    ("President Zelensky said Russia would never keep the occupied land in the south.", False),
    ("Presiden Zelensky mengatakan Rusia tidak akan pernah mempertahankan wilayah yang diduduki di selatan.", False),
    ("\"Russia will never keep the occupied land,\" President Zelensky said.", False),
])
def test_a_statement_on_a_cut_line_is_page_furniture(gazetteer: Gazetteer, quote: str, dropped: bool) -> None:
    assert unrecorded(_claim(quote), set(), gazetteer) is dropped


def test_other_claim_types_are_untouched(gazetteer: Gazetteer) -> None:
    claim = _claim("President Zelensky said Russian shelling killed four people in the so")
    claim.type = "casualty"
    assert unrecorded(claim, {"Volodymyr Zelensky"}, gazetteer) is False


_EU_TOLL = "The EU said on Monday that shelling killed 14 civilians in Terter. "


def test_a_heard_speaker_saying_nothing_the_war_does_is_no_statement(gazetteer: Gazetteer) -> None:
    """Concern about another party, by a speaker the article already heard: generic (session 19, lead)."""
    later = "The EU also said it was deeply concerned by Armenia's conduct."
    assert _statements(_EU_TOLL + later, gazetteer, "en", "concerned") == []
    # a first word of concern names no act of war either: commentary since session 24 (``war_action``)
    assert _statements(later.replace(" also", ""), gazetteer, "en", "concerned") == []


@pytest.mark.parametrize(("quote", "dropped"), [
    ("President Zelensky also said he was deeply concerned by Russia's conduct.", True),
    ("Presiden Zelensky juga mengatakan sangat prihatin atas sikap Rusia.", True),
    # near misses: an operation, an intention
    ("President Zelensky also said Russian drones targeted a school near Kharkiv.", False),
    ("Presiden Zelensky juga mengatakan drone Rusia menyerang sebuah sekolah di dekat Kharkiv.", False),
    ("President Zelensky also said Russia would never keep the occupied land.", False),
    ("President Zelensky also warned that the fighting risks spreading to the whole region.", False),
    ("Presiden Zelensky juga memperingatkan bahwa pertempuran berisiko meluas ke seluruh kawasan.", False),
    ("Presiden Zelensky juga mengatakan Rusia tidak akan pernah mempertahankan wilayah itu.", False),
])
def test_what_a_heard_speaker_says_of_no_operation_or_intention(gazetteer: Gazetteer, quote: str,
                                                               dropped: bool) -> None:
    assert unrecorded(_claim(quote), {"Volodymyr Zelensky"}, gazetteer) is dropped
    assert unrecorded(_claim(quote), set(), gazetteer) is False  # the speaker's first word stays


@pytest.mark.parametrize(("quote", "dropped"), [
    ("President Zelensky said his office would not comment on the report.", True),
    ("Presiden Zelensky mengatakan pihaknya tidak akan mengomentari laporan itu.", True),
    ("Kantor Presiden Zelensky menolak berkomentar soal laporan tersebut.", True),
    # near miss: a comment that is a position
    ("President Zelensky said Russia's comments showed it would never negotiate.", False),
])
def test_a_refusal_to_comment_is_no_statement(gazetteer: Gazetteer, quote: str, dropped: bool) -> None:
    assert unrecorded(_claim(quote), set(), gazetteer) is dropped
