"""The reporter of an article with no outlet anywhere (no metadata, dateline, tag or URL) is that article's own."""

from __future__ import annotations

from kb.pipeline.article import Article
from kb.service import KnowledgeBase

_SPEAKERS = """SELECT DISTINCT ?actor ?label ?kind WHERE {
  ?claim <https://w3id.org/claimkb/ns#speaker> ?actor .
  ?actor <http://www.w3.org/2004/02/skos/core#prefLabel> ?label ; a ?kind }"""


def test_two_pasted_texts_without_an_outlet_have_two_reporters() -> None:
    kb = KnowledgeBase.open(":memory:")
    texts = ("Fighting went on near Terter on Tuesday. At least 12 civilians were killed in the shelling overnight.",
             "Fighting went on near Barda on Friday. At least 21 civilians were killed in the shelling overnight.")
    keys = [kb.ingest(Article(text=t, name=f"pasted-{n}")).key for n, t in enumerate(texts)]
    rows = kb.store.select(_SPEAKERS).rows
    labels = sorted(str(r["label"]) for r in rows)
    assert labels == sorted(f"unknown outlet of article {k}" for k in keys)  # one each, never a shared one
    assert {str(r["kind"]).rsplit("#", 1)[1] for r in rows} == {"Outlet"}


def test_an_outlet_from_the_url_is_the_reporter() -> None:
    kb = KnowledgeBase.open(":memory:")
    kb.ingest(Article(text="At least 12 civilians were killed in the shelling of Terter overnight.", name="x",
                      url="https://www.valley-courier.example/news/1"))
    assert [str(r["label"]) for r in kb.store.select(_SPEAKERS).rows] == ["valley-courier.example"]
