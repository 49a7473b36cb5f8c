"""A neutral body is no side of a war (rules 29).  A UN agency, the Red Cross or a rights monitor whose figure differs
from a party's for the same frame was told "cannot both be true ... from opposing sides" (the UN speaks for a body,
so its side counted as known); it is a discrepancy that says one figure is a neutral body's.  The gazetteer marks such
bodies ``ckb:neutral``, and a speaker speaks neutrally when it or a body it represents is marked.  Two belligerents'
ministries still contradict each other, and a body minted for an unknown speaker is no neutral body: its side stays
"not known".  Articles written for this test, ingested with the real extraction into an in-memory store."""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.derived import conflicts
from kb.derived.conflicts.load import load_actors
from kb.derived.conflicts.read import Conflict
from kb.pipeline.article import Article
from kb.service import KnowledgeBase
from tests.test_conflicts_incremental import _derived, _from_scratch

ACTOR = "https://w3id.org/claimkb/id/actor/"
OCHA = "UN Office for the Coordination of Humanitarian Affairs"
UN_SAID = ("The UN Office for the Coordination of Humanitarian Affairs reported on Thursday that 412 Palestinians had "
           "been killed in Gaza since 7 October.")
MINISTRY_SAID = ("The Gaza Health Ministry said on Thursday that 1,354 Palestinians had been killed in Gaza since 7 "
                 "October.")
ARTICLES = {
    "gaza": ("2023-10-12", f"Figures from the enclave differ\n\n{UN_SAID} {MINISTRY_SAID}\n"),
    "karabakh": ("2020-10-05", "Both capitals give their count\n\nArmenia's Defence Ministry said 210 Armenian "
                 "soldiers had been killed since 27 September. Azerbaijan's Defence Ministry said 2,300 Armenian "
                 "soldiers had been killed since 27 September.\n"),
    "fasher": ("2024-05-20", "Counting the dead in the north\n\nThe Northern Relief Council said 95 Sudanese civilians "
               "had been killed in El Fasher since 10 May. Sudan's health ministry said 31 Sudanese civilians had been "
               "killed in El Fasher since 10 May.\n"),
    "red-cross": ("2020-10-09", "The Red Cross and the ministry\n\nThe ICRC said 75 Armenian civilians had been killed "
                  "since 27 September. Armenia's Defence Ministry said 40 Armenian civilians had been killed since 27 "
                  "September.\n"),
}


def _ingest(kb: KnowledgeBase, name: str, published: str, text: str) -> None:
    outcome = kb.ingest(Article(text=text, name=name, title=name, published=published, lang="en", outlet="Kompas",
                                url=f"https://news.example/rules29/{name}"))
    assert outcome.status == "ingested" and outcome.claims == 2, outcome


@pytest.fixture(scope="module")
def found() -> dict[str, Conflict]:
    """Each article's one numeric finding, by article name (every article is of its own war and dates)."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    for name, (published, text) in ARTICLES.items():
        _ingest(kb, name, published, text)
    conflicts.refresh(kb.store)
    numeric = [c for c in conflicts.list_conflicts(kb.store) if c.kind == "numeric"]
    by_name = {name: [c for c in numeric if all(m["quote"] in text for m in c.claims)]
               for name, (_, text) in ARTICLES.items()}
    assert sorted(len(v) for v in by_name.values()) == [1] * len(ARTICLES), [c.explanation for c in numeric]
    return {name: v[0] for name, v in by_name.items()}


def test_a_un_agencys_figure_against_a_ministrys_is_a_discrepancy_naming_the_neutral_body(
        found: dict[str, Conflict]) -> None:
    gaza = found["gaza"]
    assert gaza.details["verdict"] == "discrepancy", gaza.explanation
    assert OCHA in gaza.explanation and "Gaza Health Ministry" in gaza.explanation
    assert "one from a neutral body (no side of the war), one from a party" in gaza.explanation
    assert "opposing" not in gaza.explanation and "cannot both be true" not in gaza.explanation


def test_the_red_cross_is_a_neutral_body_too(found: dict[str, Conflict]) -> None:
    """The ICRC speaks for no body: its side was "not known"; it is known now to be none."""
    icrc = found["red-cross"]
    assert icrc.details["verdict"] == "discrepancy", icrc.explanation
    assert "International Committee of the Red Cross" in icrc.explanation
    assert "neutral body" in icrc.explanation and "not known" not in icrc.explanation


def test_two_belligerents_ministries_still_contradict_from_opposing_sides(found: dict[str, Conflict]) -> None:
    karabakh = found["karabakh"]
    assert karabakh.details["verdict"] == "contradiction", karabakh.explanation
    assert karabakh.explanation.endswith("cannot both be true — both are cumulative figures for the same frame, "
                                         "from opposing sides.")


def test_a_minted_unknown_body_stays_a_source_of_a_side_not_known(found: dict[str, Conflict]) -> None:
    fasher = found["fasher"]
    assert fasher.details["verdict"] == "discrepancy", fasher.explanation
    assert "Northern Relief Council" in fasher.explanation and "the side of one of them is not known" in \
        fasher.explanation
    assert "neutral" not in fasher.explanation


def test_the_gazetteer_marks_bodies_that_observe_and_no_party_or_minted_actor(gazetteer: Gazetteer) -> None:
    """Read back from a store as the rules read it: the UN's agencies, the UN chief and the WHO's head speak
    neutrally (marked, or along ``represents``); a party's bodies and an actor minted for a new name do not."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    actors = load_actors(kb.store)
    neutral = ["united-nations", "ocha", "unrwa", "who", "unicef", "wfp", "unhcr", "ohchr", "icrc",
               "palestinian-red-crescent", "msf", "amnesty-international", "human-rights-watch", "osce-minsk-group",
               "antonio-guterres", "tedros-adhanom-ghebreyesus"]
    assert [k for k in neutral if not actors.speaks_neutrally(ACTOR + k)] == []
    parties = ["hamas", "gaza-health-ministry", "rapid-support-forces", "armenia-mod", "israel", "karabakh-ombudsman",
               "sudan-doctors-network"]
    assert [k for k in parties if actors.speaks_neutrally(ACTOR + k)] == []
    minted = gazetteer.resolve("Northern Relief Council", kind="Organization")
    assert minted.minted and not minted.neutral and not actors.speaks_neutrally(minted.iri)
    assert gazetteer.by_iri(ACTOR + "ocha").neutral  # type: ignore[union-attr]


@pytest.mark.parametrize(("earlier", "later", "found"), [
    ("OCHA", "The Gaza Health Ministry", []),
    ("The Gaza Health Ministry", "OCHA", []),
    ("The Israeli military", "The Gaza Health Ministry", ["discrepancy"]),
])
def test_a_neutral_bodys_running_total_and_a_higher_later_one_are_an_update_not_a_dispute(
        earlier: str, later: str, found: list[str]) -> None:
    """OCHA's toll two days before the ministry's higher one, or the ministry's before OCHA's: most often the
    ministry's toll OCHA relayed, grown since (``compare._grown``: whichever came first).  Between two belligerents the
    same figures stay a discrepancy ("the toll may have grown")."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    for name, published, speaker, figure in (("first", "2023-10-10", earlier, "900"),
                                             ("then", "2023-10-12", later, "1,900")):
        text = f"A count from Gaza\n\n{speaker} said {figure} Palestinians had been killed in Gaza since 7 October.\n"
        outcome = kb.ingest(Article(text=text, name=name, title=name, published=published, lang="en",
                                    outlet="Kompas", url=f"https://news.example/rules29/{name}"))
        assert outcome.claims == 1, outcome
    conflicts.refresh(kb.store)
    numeric = [c for c in conflicts.list_conflicts(kb.store) if c.kind == "numeric"]
    assert [c.details["verdict"] for c in numeric] == found, [c.explanation for c in numeric]
    assert all("the toll may have grown" in c.explanation for c in numeric)


def test_a_neutral_bodys_total_far_above_a_sides_own_soldiers_says_whose_it_is() -> None:
    """The lattice check (a whole far above one side's count of its soldiers) named a UN office "the other side"."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    _ingest(kb, "losses", "2022-04-04", "Two counts of the losses\n\nThe UN Human Rights Office said 5,200 Ukrainians "
            "had died since 24 February. Ukraine's Defence Ministry said 525 Ukrainian soldiers had been killed since "
            "24 February.\n")
    conflicts.refresh(kb.store)
    texts = [c.explanation for c in conflicts.list_conflicts(kb.store) if c.kind == "part-whole"]
    assert len(texts) == 1 and texts[0].endswith("a neutral body's total is far above this side's own count of a "
                                                 "part of it."), texts
    assert "other side" not in texts[0]


def test_written_one_by_one_the_store_says_what_a_recompute_from_scratch_says() -> None:
    """The speaker's neutrality is kept in each article's state record: OCHA's figure, written first, is read back from
    its record when the ministry's is written; refreshed after every write, the derived graphs equal a full recompute
    over a copy of the articles."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    for name, said in (("ocha", UN_SAID), ("ministry", MINISTRY_SAID)):
        outcome = kb.ingest(Article(text=f"A count from Gaza\n\n{said}\n", name=name, title=name,
                                    published="2023-10-12", lang="en", outlet="Kompas",
                                    url=f"https://news.example/rules29/{name}"))
        assert outcome.claims == 1, outcome  # the service refreshes the conflicts after each write
        assert _derived(kb.store) == _from_scratch(kb.store)  # type: ignore[arg-type]
    texts = [c.explanation for c in conflicts.list_conflicts(kb.store)]
    assert len(texts) == 1 and "one from a neutral body" in texts[0], texts
