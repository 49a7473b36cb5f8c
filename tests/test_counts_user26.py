"""The actors list and the home page count what the actors' timelines hold, copies once (trial user26).

A breakdown of a toll ("24 killed, including four children": the four) is a claim, but the derived data leave
it out (commit 8670afc), the timelines included, so an actor's ``claimCount`` does not count it.  The copies'
claims, subtracted from that count so a copy is counted once, did count it: a speaker quoted once with a
breakdown, then copied, dropped to 0 claims on /actors and out of the home page's most-quoted."""

from __future__ import annotations

import re

from flask.testing import FlaskClient

from kb.pipeline.article import Article
from kb.service import KnowledgeBase
from web import create_app

TOLD = ("Strike toll rises\n\nThe Israeli health ministry said 24 people had died in the strike on the "
        "northern villages on Monday, including four children, and that rescue teams were still at work overnight.\n")


def _article(name: str, outlet: str, url: str) -> Article:
    return Article(text=TOLD, name=name, title="Strike toll rises", published="2020-10-06", lang="en",
                   outlet=outlet, url=url)


def _counts(kb: KnowledgeBase) -> tuple[str, dict[str, int], str]:
    client: FlaskClient = create_app({"KB_STORE": kb, "RATE_LIMIT": None}).test_client()
    home = client.get("/").get_data(as_text=True)
    total = re.search(r"<strong>([\d,]+)</strong> claims", home)
    assert total is not None
    speakers = {r["actor"].rsplit("/", 1)[-1]: r["asSpeaker"] for r in client.get("/actors.json").get_json()["rows"]}
    page = client.get("/actors/israeli-health-ministry").get_data(as_text=True)
    made = re.search(r"Claims made \((\d+)\)", page)
    assert made is not None
    return total.group(1), speakers, made.group(1)


def test_a_copied_breakdown_is_not_subtracted_from_what_was_never_counted() -> None:
    kb = KnowledgeBase.open(":memory:")
    kb.ingest(_article("a", "Kompas", "https://kompas.example/toll"))
    claims = kb.extract(_article("a", "Kompas", "https://kompas.example/toll"))
    assert any(c.breakdown for c in claims), "the text must give a breakdown for this test to mean anything"
    before = _counts(kb)
    assert before[1]["israeli-health-ministry"] >= 1
    copy = kb.ingest(_article("b", "Detik", "https://detik.example/toll"))
    assert copy.copy_of
    after = _counts(kb)
    assert after[0] == before[0] and after[1]["israeli-health-ministry"] == before[1]["israeli-health-ministry"]


def test_a_copy_whose_original_was_deleted_counts_its_claims() -> None:
    """``kb delete`` of an original leaves its copy (``schema:isBasedOn`` still names the deleted article): the
    copy's claims are then the only ones of that story and count, where they were subtracted to nothing."""
    kb = KnowledgeBase.open(":memory:")
    original = kb.ingest(_article("a", "Kompas", "https://kompas.example/toll"))
    before = _counts(kb)
    assert before[1]["israeli-health-ministry"] >= 1
    assert kb.ingest(_article("b", "Detik", "https://detik.example/toll")).copy_of
    assert kb.delete_article(original.key)
    after = _counts(kb)
    assert after[0] == before[0] and after[1]["israeli-health-ministry"] == before[1]["israeli-health-ministry"]


def test_two_copies_outliving_their_original_count_the_story_once() -> None:
    """Both copies name the deleted original: the first (by IRI) stands for the story, the other is still
    subtracted; all counted, the story counted twice (trial user28)."""
    kb = KnowledgeBase.open(":memory:")
    original = kb.ingest(_article("a", "Kompas", "https://kompas.example/toll"))
    before = _counts(kb)
    assert kb.ingest(_article("b", "Detik", "https://detik.example/toll")).copy_of
    assert kb.ingest(_article("c", "Tempo", "https://tempo.example/toll")).copy_of
    assert _counts(kb)[:2] == before[:2]
    assert kb.delete_article(original.key)
    assert _counts(kb)[:2] == before[:2]
