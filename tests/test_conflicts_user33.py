"""Trial user33: denials linked to a figure they did not reject, explanations that contradicted their own claims, and
one strike's toll summed twice in a month's line.  Sentences written for this test: the ingested ones go through
the real extraction into an in-memory store; the others are claim facts given to the rules directly."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from kb.actors import normalize_name
from kb.derived import conflicts
from kb.derived.conflicts import figures, tolls
from kb.derived.conflicts.accusations import denials
from kb.derived.conflicts.compare import _unclear
from kb.derived.conflicts.load import Actors
from kb.derived.conflicts.model import ClaimFacts, Proposition
from kb.derived.conflicts.read import Conflict
from kb.derived.conflicts.vocabulary import categories
from kb.pipeline.article import Article
from kb.service import KnowledgeBase

ACTOR = "https://w3id.org/claimkb/id/actor/"
DAY = date(2024, 3, 5)


def _facts(iri: str, kind: str, speaker: str, parties: set[str], start: int, article: str = "a1",
           obj: str | None = None, figure: int | None = None, **more: object) -> ClaimFacts:
    return ClaimFacts(iri=iri, type=kind, speaker=speaker, speaker_root=speaker, article=article, start=start,
                      parties=frozenset(parties), subjects=frozenset(parties), object=obj, qmin=figure, qmax=figure,
                      unit="deaths" if figure is not None else None, published=DAY, source="wire", **more)  # type: ignore[arg-type]


def _prop(c: ClaimFacts) -> Proposition:
    return Proposition(key=(c.iri,), claims=[c])


def _answered(*claims: ClaimFacts) -> set[str]:
    """The claims the denials among ``claims`` are linked to; "Baku" an alias of Azerbaijan, as a store's actors."""
    names = {c.speaker for c in claims} | {p for c in claims for p in c.parties}
    actors = Actors(labels={n: n.replace("-", " ").title() for n in names})
    actors.names.update({n: {normalize_name(actors.labels[n])} for n in names})
    actors.names["azerbaijan"].add("baku")
    found = denials([_prop(c) for c in claims], actors.label, Counter())
    return {c.iri for f in found for c in f.claims if c.type != "denial"}


def test_a_denial_naming_whose_figure_answers_that_speakers_figure_not_the_nearest() -> None:
    rebels = _facts("t", "casualty", "taliban", {"usa"}, 10, figure=23)
    police = _facts("p", "casualty", "police-chief", {"usa"}, 50, figure=12, approximate=True)
    denial = _facts("d", "denial", "usa", {"usa"}, 90, obj="the Taliban figure")
    assert _answered(rebels, police, denial) == {"t"}
    # naming someone whose figure is not there, it answers none: the police chief's 12 is no rebel's
    assert _answered(police, _facts("r", "denial", "usa", {"usa"}, 90, obj="the rebel figure")) == set()
    # an office's words name no side: the Armenian ministry's figure, not the nearer one of Azerbaijan's ministry
    yerevan = _facts("ya", "casualty", "armenian-defence-ministry", {"armenia"}, 10, figure=7)
    baku = _facts("ba", "casualty", "azerbaijani-defence-ministry", {"armenia"}, 50, figure=9)
    asked = _facts("q", "denial", "monitors", {"armenian-defence-ministry", "azerbaijani-defence-ministry"}, 90,
                   obj="the Armenian Defence Ministry's figure")
    assert _answered(yerevan, baku, asked) == {"ya"}
    # naming no one, the nearest figure before it, as before
    assert _answered(rebels, police, _facts("n", "denial", "usa", {"usa"}, 90, obj="the figure")) == {"p"}


@pytest.mark.parametrize("said", ["Baku's claim that five Armenian soldiers died",
                                  "Baku's claim that 5 Armenian soldiers died",
                                  "klaim Baku bahwa lima tentara Armenia tewas"])
def test_a_number_in_words_names_the_figure_and_an_exact_one_beats_a_bound(said: str) -> None:
    five = _facts("f", "casualty", "azerbaijan", {"armenia"}, 10, figure=5)
    one = _facts("o", "casualty", "azerbaijan", {"azerbaijan"}, 10, figure=1)
    six = _facts("s", "casualty", "azerbaijan", {"armenia", "azerbaijan"}, 40, figure=6)
    six.qmax = None  # "at least 6" of both sides, nearer: one above five is its floor, not the number named
    denial = _facts("d", "denial", "armenia", {"armenia", "azerbaijan"}, 90, obj=said)
    assert _answered(five, one, six, denial) == {"f"}


def test_a_denial_of_losses_naming_no_figure_answers_a_count_of_the_deniers_own_side() -> None:
    theirs = _facts("z", "casualty", "azerbaijan", {"azerbaijan"}, 10, figure=1)
    denial = _facts("d", "denial", "armenia", {"armenia", "azerbaijan"}, 90, obj="any casualties")
    assert _answered(theirs, denial) == set()  # the other side's own dead are not what Yerevan denies
    ours = _facts("y", "casualty", "azerbaijan", {"armenia"}, 5, figure=4)
    assert _answered(ours, theirs, denial) == {"y"}


ARTICLES = {
    "border": ("2024-05-10", "Shots on the northern line\n\nAzerbaijan's defence ministry said on Saturday that five "
               "Armenian soldiers were killed in an exchange of fire along the northern border, and that one "
               "Azerbaijani soldier also died.\n\nArmenian defence ministry spokesman Artsrun Hovhannisyan denied "
               "Baku's claim that five Armenian soldiers died and blamed Azerbaijan for starting the shooting.\n"),
    "truce": ("2024-06-14", "Truce broken again on the frontier\n\nAzerbaijan's defence ministry said one Azerbaijani "
              "soldier was killed near the village of Alibeyli on Sunday.\n\nYerevan denied any casualties and "
              "accused Baku of shelling border villages.\n"),
}


@pytest.fixture(scope="module")
def found() -> list[Conflict]:
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    for name, (published, text) in ARTICLES.items():
        outcome = kb.ingest(Article(text=text, name=name, title=name, published=published, lang="en",
                                    outlet="Test Wire", url=f"https://news.example/user33/{name}"))
        assert outcome.status == "ingested", outcome
    conflicts.refresh(kb.store)
    return [c for c in conflicts.list_conflicts(kb.store) if c.kind == "denial"]


def test_in_a_store_baku_names_azerbaijan_and_five_its_figure_of_armenian_dead(found: list[Conflict]) -> None:
    """"Baku" is an alias of Azerbaijan's government, read from the store's actors; "five" names the 5."""
    (one,) = [c for c in found if "Baku's claim" in c.explanation]
    assert "(5 soldiers killed; parties: Armenia)" in one.explanation, one.explanation


def test_in_a_store_yerevan_denying_casualties_is_not_linked_to_azerbaijans_own_dead(found: list[Conflict]) -> None:
    assert not [c for c in found if "any casualties" in c.explanation], [c.explanation for c in found]


def test_one_placed_strike_is_not_told_that_no_place_is_given() -> None:
    placed = _facts("a", "casualty", "taliban", {"usa"}, 0, figure=23, scope="incident", place="Haska Mena")
    unplaced = _facts("b", "casualty", "governor", {"usa"}, 0, article="a2", figure=16, scope="incident")
    why = _unclear(placed, unplaced)
    assert "no place is given" not in why and "only one says where (Haska Mena)" in why
    assert "no place is given" in _unclear(unplaced, unplaced)


def test_one_article_dating_a_strike_twice_counts_its_toll_once() -> None:
    """The strike's day (4 Aug) and the day a second speaker spoke of it (8 Aug), one article, the same 9."""
    first = _facts("x", "casualty", "doctor", {"houthis"}, 0, figure=9, scope="incident", claim_date=date(2017, 8, 4))
    later = _facts("y", "casualty", "official", {"houthis"}, 60, figure=9, scope="incident", place="yemen",
                   claim_date=date(2017, 8, 8))
    props = [_prop(first), _prop(later)]
    made = tolls.line([(i, tolls.unit_key(p), p) for i, p in enumerate(props)])
    assert made is not None and made[0]["low"][0] == 9 and made[1] == 1, made
    elsewhere = _facts("z", "casualty", "official", {"houthis"}, 60, article="a2", figure=9, scope="incident",
                       claim_date=date(2017, 8, 8))  # another article's strike four days on: its own
    props = [_prop(first), _prop(elsewhere)]
    made = tolls.line([(i, tolls.unit_key(p), p) for i, p in enumerate(props)])
    assert made is not None and made[0]["low"][0] == 18 and made[1] == 2, made


def test_a_part_above_two_totals_names_the_one_its_finding_does_not_list() -> None:
    """"(and 1 other total of that measure)" sent the reader looking for a claim the page did not show."""
    ns = "https://w3id.org/claimkb/ns#"
    part = _facts("k", "casualty", "taliban", {"usa"}, 0, figure=23, scope="incident", category=ns + "CiviliansKilled",
                  place="Haska Mena")
    wholes = [_facts("w1", "casualty", "police-chief", {"usa"}, 40, figure=12, scope="incident",
                     category=ns + "Deaths", approximate=True),
              _facts("w2", "casualty", "governor", {"usa"}, 0, article="a2", figure=10, scope="incident",
                     category=ns + "Deaths")]
    props = [_prop(c) for c in (part, *wholes)]
    measures = figures.by_measure(figures.figure_propositions(props))
    (found,) = figures.part_whole_conflicts(measures, categories(), lambda iri: iri.title(), Counter())
    shown = {c.iri for c in found.claims}
    assert "other total" not in found.explanation, found.explanation
    (other,) = [w for w in wholes if w.iri not in shown]
    assert f"{other.qmin} deaths by {other.speaker.title()}" in found.explanation, found.explanation
