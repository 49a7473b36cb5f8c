"""``POST /api/articles`` on a store on disk opens a writer and, after it, a fresh snapshot: both take the gazetteer the
app loaded once (``StoreHandle.gazetteer``), where each loaded it again, parsing the actors' Turtle (a tenth of a write
at 100k claims, docs/scaling.md), and each new one got a matcher for extraction kept for good.  Sentences written for
this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.actors import Gazetteer
from kb.extract import mentions
from kb.service import KnowledgeBase
from web import create_app

TOKEN = "a token for session thirty"


def _post(client: object, n: int) -> None:
    text = f"Yerevan said {n} Armenian soldiers had died near the border by Friday evening.\n"
    response = client.post("/api/articles", headers={"Authorization": f"Bearer {TOKEN}"},  # type: ignore[attr-defined]
                           json={"text": text, "title": f"Border toll {n}", "published": "2020-10-09",
                                 "url": f"https://news.example/web30/write/{n}", "outlet": "Harbour Gazette",
                                 "lang": "en"})
    assert response.status_code == 201, response.get_data(as_text=True)


def test_writes_take_the_gazetteer_the_app_loaded_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    KnowledgeBase.open(str(tmp_path / "kb")).close()
    app = create_app({"KB_STORE": str(tmp_path / "kb"), "RATE_LIMIT": None, "API_TOKEN": TOKEN})
    handle = app.extensions["store"]
    loads: list[object] = []
    real = Gazetteer.load.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(Gazetteer, "load", classmethod(lambda cls, *a, **k: loads.append(a) or real(cls, *a, **k)))
    client = app.test_client()
    for n in (140, 260):
        _post(client, n)
    assert loads == []  # neither the writers nor the snapshots after them loaded it again
    assert handle.kb.gazetteer is handle.gazetteer
    assert sum(1 for held, _ in mentions._MATCHERS.values() if held is handle.gazetteer) == 1
    page = client.get("/articles/" + client.get("/articles.json").get_json()["rows"][0]["article"].rsplit("/", 1)[-1])
    assert page.status_code == 200 and "Border toll" in page.get_data(as_text=True)


def test_a_write_replaces_the_reference_graphs_only_when_another_writer_came_between(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each writer replaced the gazetteer's and the ontology's graphs (a drop and ten thousand triples inserted again,
    0.2-0.4 s a write at 100k claims); after this app's own write, while the store's files stay as it left them, the
    next writer knows they hold the same, and after another process's write it replaces them as before."""
    KnowledgeBase.open(str(tmp_path / "kb")).close()
    app = create_app({"KB_STORE": str(tmp_path / "kb"), "RATE_LIMIT": None, "API_TOKEN": TOKEN})
    synced: list[object] = []
    real = KnowledgeBase.sync_reference_graphs
    monkeypatch.setattr(KnowledgeBase, "sync_reference_graphs", lambda kb: synced.append(kb) or real(kb))
    client = app.test_client()
    _post(client, 310)
    _post(client, 320)
    _post(client, 330)
    assert len(synced) == 1
    other = KnowledgeBase.open(str(tmp_path / "kb"))  # another writer, as `kb ingest` beside the server
    other.store.update("INSERT DATA { GRAPH <https://news.example/web30/other> "
                       "{ <https://news.example/web30/s> <https://news.example/web30/p> 1 } }")
    other.close()
    _post(client, 340)
    assert len(synced) == 2
    assert KnowledgeBase.open(str(tmp_path / "kb"), read_only=True).stats()["articles"] == 4
