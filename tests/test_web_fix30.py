"""Review of web30 mended (fix30w): the app's writers follow the user's actors files; a whole conflicts list for an
actor with no conflicts reads no fallback; the snapshot a streamed body reads is closed under the handle's lock.
Sentences written for these tests."""

from __future__ import annotations

import gc
import json
import os
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import web.connection as connection
from kb.derived.conflicts import stream
from kb.service import KnowledgeBase
from kb.vocab import ACTORS_GRAPH
from tests.test_web_conflicts30 import neutral_kb
from web import create_app
from web.views import conflicts as conflict_views

TOKEN = "a token for the fix thirty review"
HEAD = ("@prefix ckb: <https://w3id.org/claimkb/ns#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix actor: <https://w3id.org/claimkb/id/actor/> .\n")


def _post(client: object, n: int, who: str) -> None:
    text = f"The {who} reported that {n} of its members were wounded beside the old mill on Sunday.\n"
    response = client.post("/api/articles", headers={"Authorization": f"Bearer {TOKEN}"},  # type: ignore[attr-defined]
                           json={"text": text, "title": f"Mill report {n}", "published": "2021-03-14",
                                 "url": f"https://news.example/fix30/{n}", "outlet": "Valley Courier", "lang": "en"})
    assert response.status_code == 201, response.get_data(as_text=True)


def _graphs_naming(location: str, slug: str) -> set[str]:
    kb = KnowledgeBase.open(location, read_only=True)
    try:
        query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRENDS(STR(?s), ?slug)) }"
        return {q["g"].value for q in kb.store.ox.query(query.replace("?slug", f'"/{slug}"'))}  # type: ignore[attr-defined]
    finally:
        kb.close()


def test_an_actor_added_to_the_actors_file_is_matched_by_the_next_write(tmp_path: Path) -> None:
    """The app loaded its gazetteer once: an actor the user added to ``KB_ACTORS`` afterwards was minted by the next
    write (and the store's graph of actors kept the old list), where before web30 each write read the file again."""
    mine, location = tmp_path / "mine.ttl", str(tmp_path / "kb")
    mine.write_text(HEAD + 'actor:heron-league a ckb:Organization ; skos:prefLabel "Heron League"@en .\n')
    KnowledgeBase.open(location, actors=[mine]).close()
    app = create_app({"KB_STORE": location, "RATE_LIMIT": None, "API_TOKEN": TOKEN, "KB_ACTORS": [mine]})
    client = app.test_client()
    _post(client, 11, "Heron League")
    mine.write_text(mine.read_text() + 'actor:kestrel-union a ckb:Organization ; skos:prefLabel "Kestrel Union"@en .\n')
    stat = mine.stat()
    os.utime(mine, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # a coarse clock may not tick between
    _post(client, 12, "Kestrel Union")
    graphs = _graphs_naming(location, "kestrel-union")
    assert str(ACTORS_GRAPH) in graphs
    assert not any("minted" in g for g in graphs), graphs


def test_an_actor_with_no_conflicts_reads_an_empty_whole_list_not_the_pages_fallback(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``order is None`` means the store's conflicts have no ranks; it was asked after the actor's filter, so an actor
    in no conflict took the pages' reading (a scan of every conflict) for its empty list."""
    kb = neutral_kb()
    assert stream.Newest(kb.store, "Azerbaijan", dict).order == []
    fallback: list[Any] = []
    real = conflict_views.load_conflict_page

    def counted(*args: Any, **kwargs: Any) -> Any:
        fallback.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(conflict_views, "load_conflict_page", counted)
    client = create_app({"KB_STORE": kb, "RATE_LIMIT": None, "CONFLICTS_CACHE_SECONDS": 0}).test_client()
    response = client.get("/conflicts.json?actor=Azerbaijan")
    assert response.status_code == 200 and response.get_json()["rows"] == []
    assert not [k for k in fallback if k.get("every_claim")]


def test_a_read_only_disk_store_declares_itself_a_snapshot(tmp_path: Path) -> None:
    """The whole list asked ``getattr(store, "read_only")`` where the stores declare what they offer (``Capabilities``):
    only a read-only copy of a disk store is a snapshot no write changes."""
    location = str(tmp_path / "kb")
    writer = KnowledgeBase.open(location)
    assert not writer.store.capabilities.snapshot
    writer.close()
    reader = KnowledgeBase.open(location, read_only=True)
    assert reader.store.capabilities.snapshot
    reader.close()
    assert not KnowledgeBase.open(":memory:").store.capabilities.snapshot


def test_the_snapshot_a_whole_list_reads_is_closed_under_the_handle_s_lock(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A streamed ``/conflicts.json`` held the snapshot it began on; once the handle had retired it, it was closed
    when the body ended, in the streaming thread, outside ``native_lock`` (the SPARQL sandbox may fork then).  Now
    the handle keeps it while the body lives and closes it in a later reopen, holding the lock."""
    neutral_kb(str(tmp_path / "kb")).close()
    monkeypatch.setattr(conflict_views, "STREAMED", 1)
    monkeypatch.setattr(connection, "RETIRE_SECONDS", 0.0)
    app = create_app({"KB_STORE": str(tmp_path / "kb"), "RATE_LIMIT": None, "API_TOKEN": TOKEN})
    handle, client = app.extensions["store"], app.test_client()
    body = client.get("/conflicts.json", buffered=False)
    pieces: Iterator[bytes] = iter(body.response)  # type: ignore[arg-type]
    first = next(pieces)
    closed: list[bool] = []
    weakref.finalize(handle.kb.store, lambda: closed.append(handle.native_lock._is_owned()))
    _post(client, 21, "Heron League")
    for _ in range(3):
        handle.reopen(block=True)
    gc.collect()
    assert closed == []  # retired by the handle, still read by the body
    rest = b"".join(pieces)
    assert json.loads(first + rest)["rows"]
    body.close()
    del body, pieces
    gc.collect()
    handle.reopen(block=True)
    gc.collect()
    assert closed == [True]
