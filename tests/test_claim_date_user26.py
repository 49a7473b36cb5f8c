"""A claim page whose text gives no date says which date stands for it (trial user26).

The claim page said "Date: not stated" while the actor's list, the conflicts and their explanations dated the same
claim by its article's publication date (``ClaimFacts.date``: the claim's date, else the article's): a reader
comparing the pages saw a date appear from nowhere ("Armenia denies what Azerbaijan claimed on 11 Oct 2020" beside
a claim page saying its date is not stated).  The page now names the date the other pages use."""

from __future__ import annotations

import re
from pathlib import Path

from kb.pipeline.article import Article
from kb.review import listing
from kb.service import KnowledgeBase
from web import create_app

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "en_karabakh_truce_broken.txt"


def _date_of(page: str) -> str:
    found = re.search(r"<dt>Date</dt><dd>(.*?)</dd>", page, re.S)
    assert found is not None
    return re.sub(r"<[^>]+>|\s+", " ", found.group(1)).strip()


def _undated_claim_page(published: str | None) -> str:
    kb = KnowledgeBase.open(":memory:")
    kb.ingest(Article(text=SAMPLE.read_text(encoding="utf-8"), name="a", title="Truce frays", lang="en",
                      published=published))
    undated = [r.claim for r in listing.rows(kb.store, kb.gazetteer) if r.record and r.record.date is None]
    assert undated, "the sample must have a claim its text does not date"
    client = create_app({"KB_STORE": kb, "RATE_LIMIT": None}).test_client()
    return client.get("/claims/" + str(undated[0]).rsplit("/", 1)[-1]).get_data(as_text=True)


def test_an_undated_claim_names_the_articles_date_that_stands_for_it() -> None:
    shown = _date_of(_undated_claim_page("2020-10-11"))
    assert "not stated" in shown and "2020-10-11" in shown


def test_an_undated_claim_of_an_undated_article_is_not_stated() -> None:
    assert _date_of(_undated_claim_page(None)) == "not stated"
