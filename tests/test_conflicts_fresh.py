"""Conflicts are current right after a write, and say what a full recompute says: a contradicting figure written
through ``kb ingest`` or ``POST /api/articles`` is a conflict at once (so a write path that skipped its refresh
fails here), ``kb conflicts`` answers the same after the incremental refresh as after ``--refresh``, and the
streamed ``--format json`` is the text the whole list gave."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from kb.cli import main
from kb.derived.conflicts import list_conflicts, refresh, stream
from kb.pipeline.article import Article
from kb.service import KnowledgeBase
from tests.fixtures import demo
from tests.fixtures.synthetic import Said, publish
from web import create_app

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TOKEN = "a token for the freshness tests"


def kb(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _figure(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    meta = {"published": "2020-10-12", "outlet": "Kompas", "url": f"https://news.example.org/fresh/{name}"}
    path.with_name(f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return path


def _with_quote(found: list[dict[str, Any]], words: str) -> list[dict[str, Any]]:
    return [c for c in found if any(words in claim["quote"] for claim in c["claims"])]


def test_kb_ingest_makes_a_contradicting_figure_a_conflict_as_a_refresh_would(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    articles = tmp_path / "articles"
    shutil.copytree(SAMPLES, articles)
    assert kb("ingest", "--store", store, str(articles)).exit_code == 0
    first = _figure(tmp_path, "baku", "Baku says more than 9,000 Armenian soldiers were killed on Monday.\n")
    assert kb("ingest", "--store", store, str(first)).exit_code == 0
    second = _figure(tmp_path, "yerevan", "Yerevan says 12 Armenian soldiers were killed on Monday.\n")
    assert kb("ingest", "--store", store, str(second)).exit_code == 0
    incremental = json.loads(kb("conflicts", "--store", store, "--format", "json").stdout)
    newest = kb("conflicts", "--store", store, "--format", "json", "--limit", "5").stdout
    mine = _with_quote(incremental, "12 Armenian soldiers")
    assert mine and _with_quote(mine, "9,000"), "the contradicting figure is no conflict after kb ingest"
    recomputed = json.loads(kb("conflicts", "--store", store, "--format", "json", "--refresh").stdout)
    assert incremental == recomputed
    assert kb("conflicts", "--store", store, "--format", "json", "--limit", "5").stdout == newest


def test_kb_delete_takes_a_figure_out_of_its_conflict_at_once(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    first = _figure(tmp_path, "baku", "Baku says more than 9,000 Armenian soldiers were killed on Monday.\n")
    second = _figure(tmp_path, "yerevan", "Yerevan says 12 Armenian soldiers were killed on Monday.\n")
    assert kb("ingest", "--store", store, str(first), str(second)).exit_code == 0
    assert _with_quote(json.loads(kb("conflicts", "--store", store, "--format", "json").stdout), "12 Armenian")
    key = Article(text="", name="yerevan", url="https://news.example.org/fresh/yerevan").key
    refused = kb("delete", "--store", store, key, "0000000000000000")
    assert refused.exit_code == 2 and "0000000000000000" in refused.stderr and "nothing was deleted" in refused.stderr
    assert _with_quote(json.loads(kb("conflicts", "--store", store, "--format", "json").stdout), "12 Armenian")
    done = kb("delete", "--store", store, key)
    assert done.exit_code == 0 and key in done.stdout
    after = json.loads(kb("conflicts", "--store", store, "--format", "json").stdout)
    assert not _with_quote(after, "12 Armenian")
    assert after == json.loads(kb("conflicts", "--store", store, "--format", "json", "--refresh").stdout)
    assert json.loads(kb("stats", "--store", store, "--format", "json").stdout)["articles"] == 1


def test_a_figure_posted_through_the_api_shows_on_conflicts_json_at_once() -> None:
    client = create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None, "API_TOKEN": TOKEN}).test_client()
    auth = {"Authorization": f"Bearer {TOKEN}"}
    for n, text in ((1, "Baku says more than 9,000 Armenian soldiers were killed on Monday.\n"),
                    (2, "Yerevan says 12 Armenian soldiers were killed on Monday.\n")):
        body = {"text": text, "title": f"Figure {n}", "published": "2020-10-12", "outlet": "Kompas", "lang": "en",
                "url": f"https://news.example.org/fresh/api/{n}"}
        response = client.post("/api/articles", json=body, headers=auth)
        assert response.status_code == 201, response.get_data(as_text=True)
    rows = client.get("/conflicts.json").get_json()["rows"]
    keys = {r["key"] for r in rows if "12 Armenian soldiers" in r["quote"]}
    assert keys and any("9,000" in r["quote"] for r in rows if r["key"] in keys)


def _small() -> KnowledgeBase:
    kb_ = KnowledgeBase.open(":memory:")
    kb_.sync_reference_graphs()
    for n, (speaker, figure, day) in enumerate([("Baku", 2000, "2020-10-02"), ("Yerevan", 50, "2020-10-03"),
                                                ("Baku", 2500, "2020-10-20"), ("Yerevan", 60, "2020-10-21"),
                                                ("Russia", 900, "2020-10-21")]):
        said = Said(f"({n}) {speaker} said {figure} Armenia soldiers killed.", "casualty", speaker,
                    subject="Armenia", qmin=figure, qmax=figure, unit="soldiers killed", date=day)
        publish(kb_, f"https://news.example/fresh/{n}", day, "Kompas", [said])
    refresh(kb_.store)
    return kb_


@pytest.mark.parametrize("actor", [None, "Baku", "Russia", "Turkey"])
def test_the_streamed_json_is_the_whole_list(monkeypatch: pytest.MonkeyPatch, actor: str | None) -> None:
    kb_ = _small()
    monkeypatch.setattr(stream, "CHUNK", 1)
    monkeypatch.setattr(stream, "CARD_CACHE", 1)
    out = io.StringIO()
    stream.write_json(stream.iter_conflicts(kb_.store, actor), out)
    whole = [c.to_dict() for c in list_conflicts(kb_.store, actor=actor)]
    assert out.getvalue() == json.dumps(whole, ensure_ascii=False, indent=1) + "\n"
    assert (actor == "Turkey") == (whole == [])
