"""The map's counts kept with the derived data (``kb.derived.map_counts``, branch map30): the page and the GeoJSON
read them when the store keeps them, with the answers they gave counted from the claims; and a write's counts kept
incrementally equal the same counted whole, after a new article, a replaced one and a deleted one."""

from __future__ import annotations

from typing import Any

from kb.derived import map_counts
from kb.service import KnowledgeBase
from kb.vocab import DATA
from tests.test_web_map30 import TEXT
from web import create_app

META = {"lang": "en", "published": "2024-03-08"}
MORE = ("Ukraine's emergency service said 8 people were killed in Kharkiv on Thursday.\n\n"
        "The Ukrainian defence ministry said 1 soldier was wounded in the village of Verkhnia Lypka on Thursday.\n")
"""Written for this test: two more claims, at a place on the map and at the village it cannot locate."""
FILTERS = ["", "from=2024-03-05", "to=2024-03-05", "type=casualty", "type=talks", "from=2024-03-06&to=2024-03-07",
           "place=kharkiv"]


PAGES = ["limit=1&page=1", "limit=1&page=4", "limit=2&page=2", "limit=3&page=1&type=casualty",
         "limit=1&page=2&from=2024-03-05", "limit=50&page=1&to=2024-03-06", "limit=1&page=1&type=talks"]


def _answers(client: Any) -> list[Any]:
    out = []
    for query in FILTERS:
        out.append(client.get("/map.geojson?" + query).get_json())
        out.append(client.get("/map.json?limit=1&" + query).get_json()["unplaced"])
    for query in PAGES:  # a page of claims, read by days from the kept counts
        page = client.get("/map.json?" + query).get_json()
        out.append(([r["claim"] for r in page["rows"]], page["total"], page["pages"]))
    out.append(client.get("/map.json?limit=1&page=5").status_code)
    return out


def _graph(kb: KnowledgeBase) -> set[str]:
    return {str(q) for q in kb.store.ox.quads_for_pattern(None, None, None, map_counts.GRAPH)}  # type: ignore[attr-defined]


def test_the_kept_counts_answer_as_the_claims_counted() -> None:
    kb = KnowledgeBase.open(":memory:")
    kb.ingest_text(TEXT, META)
    assert map_counts.kept(kb.store)  # kept by the ingest's refresh
    kb.store.drop_graph(map_counts.MAP_COUNTS_GRAPH)  # as a store the refresh has not reached yet: counted live
    client = create_app({"KB_STORE": kb, "RATE_LIMIT": None, "CONFLICTS_CACHE_SECONDS": 0}).test_client()
    live = _answers(client)
    assert not map_counts.kept(kb.store)
    assert map_counts.sync(kb.store, None) > 0 and map_counts.kept(kb.store)
    assert _answers(client) == live
    page = client.get("/map", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "map-places-kept" in page and "map-unplaced-kept" in page and "(4 claims, 2 places)" in page
    ran = [q["name"] for q in client.get("/map.json?limit=2&page=1").get_json()["queries"]]
    assert "map-claim-order-days" in ran and "map-claim-order" not in ran  # a page from its days alone
    by_actor = client.get("/map.json?actor=ukraine-mod").get_data(as_text=True)
    assert "map-unplaced-of-actor" in by_actor  # an actor's map is still counted from the actor's claims


def test_a_write_kept_incrementally_equals_the_counts_made_whole() -> None:
    """Each write's refresh brings the counts up to date by the articles it wrote (added, replaced, deleted): what it
    keeps equals the counts made whole, and a second sync of the same articles changes nothing."""
    kb = KnowledgeBase.open(":memory:")
    first = kb.ingest_text(TEXT, {**META, "url": "https://news.example.org/kharkiv-week"})
    second = kb.ingest_text(MORE, {**META, "published": "2024-03-09"})
    assert second.claims == 2
    changed = [f"{DATA}article/{second.key}"]
    grown = _graph(kb)
    assert map_counts.sync(kb.store, changed) == 0  # kept already
    map_counts.sync(kb.store, None)
    assert _graph(kb) == grown
    replaced = kb.ingest_text(TEXT.split("\n\n", 1)[1], {**META, "url": "https://news.example.org/kharkiv-week"})
    assert replaced.status == "replaced" and replaced.key == first.key
    shrunk = _graph(kb)
    map_counts.sync(kb.store, None)
    assert _graph(kb) == shrunk and shrunk != grown
    assert kb.delete_article(second.key)
    gone = _graph(kb)
    map_counts.sync(kb.store, None)
    assert _graph(kb) == gone and len(gone) < len(shrunk)
    assert map_counts.sync(kb.store, changed) == 0  # nothing left to change


def test_kept_through_the_refresh() -> None:
    """The refresh keeps the counts (``refresh.refresh`` syncs them beside the review order, with the same articles):
    each write's articles as the refresh lists them (a deleted one included) keep the counts equal to the counts made
    whole, and the map reads them."""
    kb = KnowledgeBase.open(":memory:")
    kb.ingest_text(TEXT, {**META, "url": "https://news.example.org/kharkiv-week"})
    second = kb.ingest_text(MORE, {**META, "published": "2024-03-09"})
    kb.ingest_text(TEXT.split("\n\n", 2)[2], {**META, "url": "https://news.example.org/kharkiv-week"})
    steps = [_graph(kb)]
    assert kb.delete_article(second.key)
    steps.append(_graph(kb))
    map_counts.sync(kb.store, None)
    assert _graph(kb) == steps[-1] and steps[0] != steps[1]
    client = create_app({"KB_STORE": kb, "RATE_LIMIT": None}).test_client()
    kharkiv = client.get("/map.geojson?place=kharkiv").get_json()["features"][0]["properties"]
    assert (kharkiv["claims"], kharkiv["first"]) == (1, "2024-03-08")  # Monday's and Wednesday's replaced away


def test_a_whole_list_streamed_past_its_first_piece_is_whole(monkeypatch: Any) -> None:
    """The whole ``.json`` / ``.csv`` is streamed in pieces read after the request has ended: every claim comes, and
    the JSON parses (a piece read ``request.args`` and cut the body after its first piece, review30a)."""
    from web.views import mapview

    monkeypatch.setattr(mapview, "STREAM", 2)
    kb = KnowledgeBase.open(":memory:")
    kb.ingest_text(TEXT, META)
    client = create_app({"KB_STORE": kb, "RATE_LIMIT": None}).test_client()
    whole = client.get("/map.json")
    assert whole.status_code == 200
    rows = whole.get_json()["rows"]
    assert len(rows) == 4 == len({r["claim"] for r in rows})
    csv = client.get("/map.csv").get_data(as_text=True).strip().splitlines()
    assert len(csv) == 1 + 4


def test_a_store_whose_claims_name_no_place_is_counted_whole_once(monkeypatch: Any) -> None:
    """A store none of whose claims names a place keeps an empty counts graph: the next write syncs its own articles
    only (an absent graph made every write count every claim again, review30a)."""
    whole: list[object] = []
    counted = map_counts.contributions

    def spy(store: Any, articles: Any) -> Any:
        whole.append(articles is None)
        return counted(store, articles)

    monkeypatch.setattr(map_counts, "contributions", spy)
    kb = KnowledgeBase.open(":memory:")
    kb.ingest_text("Armenia's defence ministry said 12 soldiers were killed on Sunday.\n", META)
    kb.ingest_text("Azerbaijan's defence ministry said 30 soldiers were killed on Sunday.\n",
                   {**META, "published": "2024-03-09"})
    assert map_counts.kept(kb.store) and not _graph(kb)
    assert whole == [True, False]
