"""Two offices of one neutral body are no side of the war (rules 31).  OCHA and the WHO both speak for the UN
(``ckb:represents``), so their differing figures for one frame are two sources of one body: rules 29 made the UN no
side against a party, but two of its agencies were still told "Within one side (United Nations): ... two sources of
one side give different figures".  They say "one neutral body" now; two ministries of one state are still one side.
Articles written for this test, ingested with the real extraction into an in-memory store."""

from __future__ import annotations

from kb.derived import conflicts
from kb.pipeline.article import Article
from kb.service import KnowledgeBase

TWO_AGENCIES = ("Figures from the enclave differ\n\nOCHA said on Thursday that 412 Palestinians had been "
                "killed in Gaza since 7 October. The World Health Organization said on Thursday that 1,354 "
                "Palestinians had been killed in Gaza since 7 October.\n")
ONE_STATE = ("Two counts from Yerevan\n\nArmenia's Defence Ministry said 210 Armenian soldiers had been killed since "
             "27 September. Armenian Prime Minister Nikol Pashinyan said 480 Armenian soldiers had been killed since "
             "27 September.\n")


def _same_side(text: str, published: str) -> list[str]:
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    outcome = kb.ingest(Article(text=text, name="two", title="two", published=published, lang="en", outlet="Kompas",
                                url="https://news.example/rules31/two"))
    assert outcome.status == "ingested" and outcome.claims == 2, outcome
    conflicts.refresh(kb.store)
    return [c.explanation for c in conflicts.list_conflicts(kb.store) if c.kind == "same-side"]


def test_two_agencies_of_the_un_are_one_neutral_body_not_one_side() -> None:
    texts = _same_side(TWO_AGENCIES, "2023-10-12")
    assert len(texts) == 1, texts
    assert texts[0].startswith("Within one neutral body (United Nations): "), texts[0]
    assert texts[0].endswith("two sources of one neutral body give different figures."), texts[0]
    assert "one side" not in texts[0]


def test_two_voices_of_one_state_are_still_one_side() -> None:
    texts = _same_side(ONE_STATE, "2020-10-05")
    assert len(texts) == 1, texts
    assert texts[0].startswith("Within one side (Armenia): "), texts[0]
    assert texts[0].endswith("two sources of one side give different figures."), texts[0]
