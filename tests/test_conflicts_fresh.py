"""Conflicts are current right after a write, and say what a full recompute says: a contradicting figure written
through ``kb ingest`` or ``POST /api/articles`` is a conflict at once (so a write path that skipped its refresh
fails here), ``kb conflicts`` answers the same after the incremental refresh as after ``--refresh``, and the
streamed ``--format json`` is the text the whole list gave.

Each freshness test reads the conflicts *before* the contradicting write too: the web app caches the conflicts
page per store generation (``web/views/conflicts.py``), so a cache that ignored the write would serve the page
read before it.  The same holds on a remote store (an Oxigraph server on 127.0.0.1, ``tests/servers.py``)
through the CLI and the web API.
"""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from kb.cli import main
from kb.derived.conflicts import list_conflicts, refresh, stream
from kb.pipeline.article import Article
from kb.service import KnowledgeBase
from tests.conftest import needs
from tests.fixtures import demo
from tests.fixtures.synthetic import Said, publish
from tests.servers import Unavailable, oxigraph_server
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


BAKU = "Baku says more than 9,000 Armenian soldiers were killed on Monday.\n"
YEREVAN = "Yerevan says 12 Armenian soldiers were killed on Monday.\n"
PAIR = ("12 Armenian soldiers", "9,000")  # the words of the claim the second figure makes, and of the first


def _paired(found: list[dict[str, Any]], pair: tuple[str, str] = PAIR) -> bool:
    """Whether a conflict sets the second figure against the first (``kb conflicts --format json``'s shape)."""
    return bool(_with_quote(_with_quote(found, pair[0]), pair[1]))


def _paired_rows(rows: list[dict[str, Any]], pair: tuple[str, str] = PAIR) -> bool:
    """The same on ``/conflicts.json``'s rows (one per claim of a conflict, ``key`` naming the conflict)."""
    keys = {r["key"] for r in rows if pair[0] in r["quote"]}
    return any(pair[1] in r["quote"] for r in rows if r["key"] in keys)


def test_kb_ingest_makes_a_contradicting_figure_a_conflict_as_a_refresh_would(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    articles = tmp_path / "articles"
    shutil.copytree(SAMPLES, articles)
    assert kb("ingest", "--store", store, str(articles)).exit_code == 0
    first = _figure(tmp_path, "baku", BAKU)
    assert kb("ingest", "--store", store, str(first)).exit_code == 0
    before = json.loads(kb("conflicts", "--store", store, "--format", "json").stdout)
    assert not _paired(before)
    second = _figure(tmp_path, "yerevan", YEREVAN)
    assert kb("ingest", "--store", store, str(second)).exit_code == 0
    incremental = json.loads(kb("conflicts", "--store", store, "--format", "json").stdout)
    newest = kb("conflicts", "--store", store, "--format", "json", "--limit", "5").stdout
    assert _paired(incremental), "the contradicting figure is no conflict after kb ingest"
    assert _paired(json.loads(newest)), "the new conflict is not among the newest"
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


def _post(client: Any, n: int, text: str) -> None:
    body = {"text": text, "title": f"Figure {n}", "published": "2020-10-14", "outlet": "Kompas", "lang": "en",
            "url": f"https://news.example.org/fresh/api/{n}"}
    response = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201, response.get_data(as_text=True)


def _conflict_rows(client: Any) -> list[dict[str, Any]]:
    response = client.get("/conflicts.json")
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    return response.get_json()["rows"]  # type: ignore[no-any-return]


def _api_freshness(store: Any, first: str, second: str, pair: tuple[str, str]) -> None:
    """Post ``first``, read /conflicts.json (cached for an hour per store generation), post the contradicting
    ``second``, read again: the conflict is there at once, in the JSON and on the HTML page."""
    client = create_app({"KB_STORE": store, "RATE_LIMIT": None, "API_TOKEN": TOKEN,
                         "CONFLICTS_CACHE_SECONDS": 3600, "KB_REFRESH_SECONDS": 0}).test_client()
    _post(client, 1, first)
    assert not _paired_rows(_conflict_rows(client), pair)
    assert pair[0] not in client.get("/conflicts").get_data(as_text=True)  # the HTML page's read, cached too
    _post(client, 2, second)
    assert _paired_rows(_conflict_rows(client), pair), "the page read before the write is still served"
    assert pair[0] in client.get("/conflicts").get_data(as_text=True)


def test_a_figure_posted_through_the_api_shows_on_conflicts_json_at_once() -> None:
    _api_freshness(demo.build(), BAKU, YEREVAN, PAIR)


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    tmp = tmp_path_factory.mktemp("fresh-remote")
    try:
        with oxigraph_server(tmp / "server") as url, pytest.MonkeyPatch.context() as mp:
            mp.setenv("KB_QUARANTINE", str(tmp / "quarantine"))  # a remote store keeps its quarantine locally
            yield url, tmp
    except Unavailable as exc:
        needs(f"oxigraph: {exc}")


@pytest.mark.slow
def test_on_a_remote_store_kb_ingest_and_the_api_make_the_conflict_at_once(oxigraph: tuple[str, Path]) -> None:
    """One Oxigraph server: first through the CLI (each command a fresh read), then through the web app over
    the same store, with its page cache on, with figures of another day (the CLI's conflict is already there)."""
    url, tmp = oxigraph
    assert kb("ingest", "--store", url, str(_figure(tmp, "baku", BAKU))).exit_code == 0
    before = json.loads(kb("conflicts", "--store", url, "--format", "json").stdout)
    assert not _paired(before)
    assert kb("ingest", "--store", url, str(_figure(tmp, "yerevan", YEREVAN))).exit_code == 0
    after = json.loads(kb("conflicts", "--store", url, "--format", "json").stdout)
    assert _paired(after), "the contradicting figure is no conflict on the remote store after kb ingest"
    recomputed = json.loads(kb("conflicts", "--store", url, "--format", "json", "--refresh").stdout)
    assert after == recomputed
    _api_freshness(url, BAKU.replace("9,000", "7,000").replace("Monday", "Wednesday"),
                   YEREVAN.replace("12", "15").replace("Monday", "Wednesday"), ("15 Armenian soldiers", "7,000"))


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
    whole = [c.to_dict() for c in list_conflicts(kb_.store, actor=actor)]
    out = io.StringIO()
    assert stream.write_json(kb_.store, out, actor) == len(whole)
    assert out.getvalue() == json.dumps(whole, ensure_ascii=False, indent=1) + "\n"
    assert [c.to_dict() for c in stream.iter_conflicts(kb_.store, actor)] == whole
    assert (actor == "Turkey") == (whole == [])


def test_a_whole_recompute_compacts_a_disk_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every derived graph rewritten leaves the old entries for scans to step over until the files are compacted
    (a 10k-article store: 5.3 GB, 1.6 GB compacted): a whole recompute compacts, a one-article refresh does not."""
    from kb.store.oxigraph import OxigraphStore

    compacted: list[str] = []
    monkeypatch.setattr(OxigraphStore, "optimize", lambda self: compacted.append("optimize"))
    kb = KnowledgeBase.open(str(tmp_path / "kb"))
    publish(kb, "https://news.example/compact/1", "2020-10-02", "Kompas", [
        Said("Baku said 2,000 Armenian soldiers were killed.", "casualty", "Baku", subject="Armenia", qmin=2000,
             qmax=2000, unit="soldiers killed")])
    kb.refresh(full=True)
    assert compacted  # the first write (nothing recorded yet) and the full refresh each recompute whole
    before = len(compacted)
    publish(kb, "https://news.example/compact/2", "2020-10-03", "Kompas", [
        Said("Yerevan said 50 Armenian soldiers were killed.", "casualty", "Yerevan", subject="Armenia", qmin=50,
             qmax=50, unit="soldiers killed")])
    assert kb.last_refresh is not None and kb.last_refresh.touched is not None
    assert len(compacted) == before
