"""Round 10 of the claim types (issue 13): accusations, statements and calls, as classes that hold on unseen text.

Every sentence here is the project's own, written for these tests (never an article's): for each mechanism three
that must give the claim and three near misses that must not, in English and Indonesian, worded unlike each other.

- a call made by what follows a speech verb: an addressee told or warned (not) to act, a call quoted right after
  "called", a call renewed or a request sent as a noun (``lexicon.CALL_AFTER``);
- a statement is a position of a party: what a private person (a relative, a doctor, a named bystander, "the
  source") says naming no party is no claim, unless it speaks of the war itself (``kinds.private_person``);
- accusations told as a party's attack in a speaker's words (see the round's later sections below).
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.extraction import of_type, run


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


# --- calls made by what follows a speech verb --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        ("Iran warned Israel not to widen the conflict into Lebanon, its foreign ministry said.", "Israel"),
        ("Rusia melayangkan permintaan kepada Ukraina untuk menarik pasukannya dari Kursk.", "Ukraine"),
        ("Militer Israel memperingatkan warga Lebanon agar tidak kembali ke desa-desa di perbatasan.", "Lebanon"),
    ],
)
def test_an_addressee_told_to_act_is_called_on(gazetteer: Gazetteer, text: str, addressee: str) -> None:
    calls = of_type(run(text, gazetteer), "call")
    assert len(calls) == 1 and addressee in (calls[0].subject or "")


@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry told villagers in Kherson not to return to the riverbank this week.",
        "The UN envoy called \"for an immediate halt to the shelling\" of Kharkiv.",
        "The foreign minister renewed his call on both armies to stop fighting around El Fasher.",
    ],
)
def test_a_call_quoted_told_or_renewed_is_a_call(gazetteer: Gazetteer, text: str) -> None:
    assert len(of_type(run(text, gazetteer), "call")) == 1


@pytest.mark.parametrize(
    "text",
    [
        # told a medium what others must do, warned of something, warned that: no call
        "The army told AFP the militants had to leave the town by Friday.",
        "Iran warned of attempts to drag the whole region into a wider war.",
        "Militer Israel memperingatkan bahwa warga Lebanon tidak boleh kembali ke desa itu.",
        # renewing anything but a call, telling reporters
        "The ministry repeated its figures for the third day running.",
        "The minister told reporters to expect more strikes on Gaza.",
    ],
)
def test_telling_warning_or_renewing_is_no_call_by_itself(gazetteer: Gazetteer, text: str) -> None:
    assert of_type(run(text, gazetteer), "call") == []


# --- a statement is a position of a party ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A relative, who asked not to be named, said the family had been asleep at the time.",
        "\"We have had no fuel for the generators for two weeks now,\" hospital worker Samir Haddad said.",
        "Seorang kerabat mengatakan keluarga itu baru tiba dari desa tetangga dua hari sebelumnya.",
    ],
)
def test_a_private_person_naming_no_party_states_nothing(gazetteer: Gazetteer, text: str) -> None:
    assert of_type(run(text, gazetteer), "statement") == []


@pytest.mark.parametrize(
    "text",
    [
        # an office, a party in the speaker's phrase, or the war itself keeps the statement
        "Jenderal itu mengatakan pasukannya akan tetap bertahan di kota tersebut.",
        "Russian sources said the government does not trust the rebels in Donetsk.",
        "Sejumlah pengamat menilai jatuhnya kota itu akan menentukan arah perang.",
    ],
)
def test_an_office_a_party_or_the_war_keeps_a_statement(gazetteer: Gazetteer, text: str) -> None:
    assert len(of_type(run(text, gazetteer), "statement")) == 1
