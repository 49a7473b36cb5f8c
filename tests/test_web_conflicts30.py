"""Session 30's conflict pages: a neutral body's claims are no side on a card, and the whole ``/conflicts.json`` is
read as ``kb conflicts --format json`` reads (``stream.Newest``), giving the same conflicts and claims as the CLI's
list and as the pages, newest first.  Sentences written for these tests."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from rdflib import URIRef

from kb import sparql
from kb.derived import conflicts
from kb.derived.conflicts import read, stream
from kb.service import KnowledgeBase
from tests.conftest import Plain
from tests.fixtures.synthetic import Said, publish
from tests.test_conflicts_actor_order import _kb
from web import create_app
from web.views import conflicts as conflict_views

ROW = ("claim", "speaker", "quote", "article", "quantity_min", "quantity_max")


def _said(speaker: str, sentence: str, figure: int) -> Said:
    return Said(sentence, "casualty", speaker, subject="Armenia", qmin=figure, qmax=figure, unit="deaths",
                scope="cumulative", date="2020-10-05", period_start="2020-09-27")


def neutral_kb(location: str = ":memory:") -> KnowledgeBase:
    """A party's toll against a UN office's and the WHO chief's (who speaks for the WHO, which speaks for the UN)."""
    kb = KnowledgeBase.open(location)
    kb.sync_reference_graphs()
    publish(kb, "https://news.example/web30/1", "2020-10-06", "Harbour Gazette", [
        _said("Yerevan", "Yerevan put the toll of its dead at 120 since the fighting began.", 120),
        _said("OCHA", "OCHA counted 310 dead in Armenia since the fighting began.", 310),
        _said("Tedros", "Tedros told reporters that 540 people in Armenia had died since the fighting began.", 540)])
    conflicts.refresh(kb.store)
    return kb


def _client(kb: KnowledgeBase) -> FlaskClient:
    return create_app({"KB_STORE": kb, "RATE_LIMIT": None, "CONFLICTS_CACHE_SECONDS": 0}).test_client()


def _headings(page: str) -> list[tuple[str, str]]:
    return re.findall(r'<p class="(side-name|neutral-name meta)">([^<]*)', page)


def test_a_neutral_body_s_claims_are_grouped_apart_and_never_as_a_side() -> None:
    client = _client(neutral_kb())
    numeric = next(c for c in client.get("/conflicts.json").get_json()["rows"] if "Government of Armenia" in
                   c["speaker"])["key"]
    page = client.get(f"/conflicts/{numeric}").get_data(as_text=True)
    assert _headings(page) == [("side-name", "Armenia"), ("neutral-name meta", "Neutral: United Nations ")]
    assert "(not a party to the war)" in page and 'class="side-name">United Nations' not in page
    listed = client.get("/conflicts").get_data(as_text=True)  # the two conflicts' cards, each with its groups
    assert ("side-name", "United Nations") not in _headings(listed)
    assert _headings(listed).count(("neutral-name meta", "Neutral: United Nations ")) == 2


def test_the_sides_query_says_who_speaks_neutrally_along_the_chain() -> None:
    kb = neutral_kb()
    keys = ("ocha", "tedros-adhanom-ghebreyesus", "armenia-government")
    actors = [f"https://w3id.org/claimkb/id/actor/{k}" for k in keys]
    rows = sparql.run(kb.store, "actor-sides", actor=[URIRef(a) for a in actors]).values()
    neutral = {str(r["actor"]).rsplit("/", 1)[-1]: conflict_views._true(r["neutral"]) for r in rows}
    assert neutral == {"ocha": True, "tedros-adhanom-ghebreyesus": True, "armenia-government": False}


def _cli(store: Any, actor: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """``kb conflicts --format json``'s list as the web's rows, by conflict key."""
    out = io.StringIO()
    stream.write_json(store, out, actor)
    return {c["key"]: [{"key": c["key"], "kind": c["kind"], "explanation": c["explanation"],
                        **{k: x[k] for k in ROW}} for x in c["claims"]] for c in json.loads(out.getvalue())}


@pytest.mark.parametrize("actor", [None, "Armenia", "Russia"])
def test_the_whole_json_is_the_cli_s_list_newest_first(monkeypatch: pytest.MonkeyPatch, actor: str | None) -> None:
    """Every conflict and claim ``kb conflicts --format json`` lists, in the pages' order, read a few a piece without
    a page of conflicts or its "Members of findings" (those read each piece: 123 s at 100k claims)."""
    monkeypatch.setattr(conflict_views, "STREAMED", 3)
    kb = _kb(3)
    client = _client(kb)
    query = f"?actor={actor}" if actor else ""
    paged, page = [], 1
    while (found := client.get(f"/conflicts.json?limit=4&page={page}{'&actor=' + actor if actor else ''}")
           ).status_code == 200 and found.get_json()["rows"]:
        paged += list(dict.fromkeys(r["key"] for r in found.get_json()["rows"]))
        page += 1

    page_of, every_claim = read._page, read._every_claim

    def no_page(store: Any, ranks: list[int]) -> Any:
        assert not ranks, "the whole list read a page of conflicts"
        return page_of(store, ranks)

    def no_members(store: Any, page: list[Any], wanted: bool) -> Any:
        assert not (page and wanted), "the whole list read the members of a page of conflicts"
        return every_claim(store, page, wanted)

    monkeypatch.setattr(read, "_page", no_page)  # a count of the conflicts reads no page: that is left
    monkeypatch.setattr(read, "_every_claim", no_members)
    response = client.get(f"/conflicts.json{query}")
    assert response.is_streamed
    doc = response.get_json()
    rows = doc["rows"]
    keys = list(dict.fromkeys(r["key"] for r in rows))
    assert keys == paged and doc["total"] == len(paged) > 3
    cli = _cli(kb.store, actor)
    assert sorted(cli) == sorted(keys)
    assert rows == [row for key in keys for row in cli[key]]


@pytest.mark.parametrize("plain", [False, True], ids=["embedded", "protocol"])
def test_newest_reads_what_pages_of_every_claim_read(plain: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """``stream.Newest`` on the embedded store and through the ``Store`` protocol alone (a remote store): the
    conflicts and claims of ``list_conflicts(..., every_claim=True)``, page by page; an actor's conflicts looked up
    once, not once per conflict (Israel's whole list took 218 s so at 100k claims)."""
    kb = _kb(3)
    store = Plain(kb.store) if plain else kb.store
    involving, asked = stream._involving, []
    monkeypatch.setattr(stream, "_involving", lambda *a: asked.append(a) or involving(*a))
    for actor in (None, "Azerbaijan"):
        asked.clear()
        newest = stream.Newest(store, actor, lambda card: card)  # type: ignore[arg-type]
        assert newest.order is not None and len(newest.order) > 5 and len(asked) == (actor is not None)
        for offset in range(0, len(newest.order), 5):
            page = read.list_conflicts(kb.store, actor=actor, limit=5, offset=offset, every_claim=True)
            got = newest.read(offset, 5)
            assert [(h.key, h.kind, h.explanation, h.details.get("verdict")) for h, _ in got] == \
                [(c.key, c.kind, c.explanation, c.details.get("verdict")) for c in page]
            assert [claims for _, claims in got] == [c.claims for c in page]


def test_a_store_whose_conflicts_have_no_ranks_is_read_as_pages_read_it() -> None:
    """Conflicts written before ranks (none ranked): the whole list falls back to the pages' reading."""
    kb = neutral_kb()
    whole = _client(kb).get("/conflicts.json").get_json()["rows"]
    kb.store.update("DELETE WHERE { GRAPH <https://w3id.org/claimkb/graph/conflicts> "
                    "{ ?c <https://schema.org/position> ?r } }")
    assert stream.Newest(kb.store, None, dict).order is None
    client_rows = _client(kb).get("/conflicts.json").get_json()["rows"]
    assert sorted(r["claim"] + r["key"] for r in client_rows) == sorted(r["claim"] + r["key"] for r in whole)


def test_a_disk_snapshot_is_read_whole_without_counting_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a store on disk the pages read a read-only snapshot, which no write changes: the pieces after the first
    count nothing (a page's count was read for each piece)."""
    neutral_kb(str(tmp_path / "kb")).close()
    monkeypatch.setattr(conflict_views, "STREAMED", 1)
    client = create_app({"KB_STORE": str(tmp_path / "kb"), "RATE_LIMIT": None}).test_client()
    counted: list[object] = []
    real = conflict_views.findings.list_conflicts
    monkeypatch.setattr(conflict_views.findings, "list_conflicts", lambda *a, **k: counted.append(k) or real(*a, **k))
    rows = client.get("/conflicts.json").get_json()["rows"]
    assert len({r["key"] for r in rows}) == 2 and counted == []
