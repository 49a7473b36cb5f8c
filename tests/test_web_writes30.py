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
