"""A corroboration needs two independent sources, and its sentence names what a reader sees (tryout 25).

``/corroborations`` listed a figure carried by one article and its copy (one source) as corroborated; its
sentence said "Israel's claim" where the speaker column said "Israel Defense Forces" (propositions are grouped by
the state a speaker speaks for), and named an article without an outlet by its key ("e50f036c2d70f440")."""

from __future__ import annotations

from flask.testing import FlaskClient

from kb.derived import conflicts
from kb.pipeline.article import Article
from kb.service import KnowledgeBase
from tests.fixtures import demo
from web import create_app

TOLD = ("Israel Defense Forces spokesman said 12 Israeli soldiers had been killed on Monday in the fighting "
        "around the northern villages, and that its own units had held every position overnight.\n")
SINGLE = ("Gaza Health Ministry said 40 Palestinians had been killed on Monday in the strikes on the camps in the "
          "south, while the wounded had been taken to the hospital in the town for treatment.\n")


def _store() -> KnowledgeBase:
    kb = demo.build(":memory:")
    kb.ingest(Article(text=TOLD, name="a", title="Toll from the front", published="2020-10-06", lang="en",
                      outlet="Kompas", url="https://kompas.example/toll"))
    kb.ingest(Article(text="Reports from the north\n\n" + TOLD.replace("the northern villages", "the hill towns"),
                      name="b", title="Northern report", published="2020-10-06", lang="en"))  # no outlet
    kb.ingest(Article(text=SINGLE, name="c", title="Gaza toll", published="2020-10-06", lang="en",
                      url="https://gvs.example/gaza"))
    kb.ingest(Article(text=SINGLE, name="d", title="Gaza toll again", published="2020-10-06", lang="en"))  # a copy
    return kb


def test_only_figures_two_independent_sources_carry_are_corroborations() -> None:
    kb = _store()
    found = conflicts.corroborations(kb.store)
    assert found, "the IDF's figure is carried by Kompas and by an article without outlet"
    assert all(f.details["independent_sources"] >= 2 for f in found), [f.explanation for f in found]
    assert not any("40" in f.explanation for f in found)  # the Gaza figure: one article and its copy


def test_the_sentence_names_the_claims_speaker_and_the_sources_by_outlet_or_title() -> None:
    kb = _store()
    texts = [f.explanation for f in conflicts.corroborations(kb.store)]
    idf = [t for t in texts if " 12) " in t]
    assert idf == ["Israel Defense Forces' claim (soldiers killed (parties: Israel) 12) is carried by 2 reports "
                   "from 2 independent sources (Kompas, “Northern report”)."], texts
    assert not any("Israel's claim" in t for t in texts)


def test_the_pages_list_no_one_source_finding(tmp_path: object) -> None:
    client: FlaskClient = create_app({"KB_STORE": _store(), "RATE_LIMIT": None}).test_client()
    rows = client.get("/corroborations.json").get_json()["rows"]
    assert rows and all(r["independent_sources"] >= 2 for r in rows)
    for r in rows:
        assert r["explanation"].startswith(r["speaker"]), r  # the sentence and the speaker column agree
    page = client.get("/corroborations").get_data(as_text=True)
    assert "one source only" not in page and "Gaza toll" not in page
