"""The map at 100k claims (issue 14, branch map30): the page and ``.geojson`` are drawn from counts the store groups,
a place's claims are read only when asked for (``/map.json?place=KEY``, a page at a time, newest first), and
``.json`` / ``.csv`` page through the placed claims like every other list (a page past the last is a 404)."""

from __future__ import annotations

import csv
import html
import io
import json
import re

import pytest
from flask.testing import FlaskClient

from kb.service import KnowledgeBase
from web import create_app

TEXT = (
    "Ukraine's emergency service said 3 people were killed in Kharkiv on Monday.\n\n"
    "Ukraine's emergency service said 5 people were killed in Kharkiv on Wednesday.\n\n"
    "The Ukrainian defence ministry said 2 soldiers were wounded in Kharkiv.\n\n"
    "Russia's defence ministry said 7 Ukrainian soldiers were killed in the village of Verkhnia Lypka on Tuesday.\n\n"
    "The Ukrainian defence ministry said 6 civilians were wounded in the village of Verkhnia Lypka.\n\n"
    "Ukraine's emergency service said 4 people were killed in Kherson on Tuesday.\n")
"""Written for this test, published on Friday 2024-03-08: three claims at Kharkiv (Monday the 4th, Wednesday the
6th, and one without a day of its own, dated by its article), one at Kherson (the 5th), and two at a village the
gazetteer cannot locate (the 5th, and one dated by its article)."""
UNPLACED = "village of Verkhnia Lypka"


@pytest.fixture(scope="module")
def client() -> FlaskClient:
    kb = KnowledgeBase.open(":memory:")
    assert kb.ingest_text(TEXT, {"lang": "en", "published": "2024-03-08"}).claims == 6
    return create_app({"KB_STORE": kb, "RATE_LIMIT": None}).test_client()


def _rows(client: FlaskClient, query: str) -> list[dict[str, object]]:
    response = client.get("/map.json?" + query)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()["rows"]  # type: ignore[no-any-return]


def test_a_places_claims_come_a_page_at_a_time_newest_first(client: FlaskClient) -> None:
    rows = _rows(client, "place=kharkiv")
    assert [(r["when"], r["figure"]) for r in rows] == [
        ("2024-03-08", "2 soldiers wounded"), ("2024-03-06", "5 deaths"), ("2024-03-04", "3 deaths")]
    assert _rows(client, "place=https://w3id.org/claimkb/id/place/kharkiv") == rows  # its IRI names it too
    second = client.get("/map.json?place=kharkiv&limit=1&page=2").get_json()
    assert second["rows"] == rows[1:2] and (second["total"], second["pages"]) == (3, 3)
    assert client.get("/map.json?place=kharkiv&limit=1&page=4").status_code == 404  # past the last page
    assert [r["figure"] for r in _rows(client, "place=kharkiv&actor=ukraine-mod")] == ["2 soldiers wounded"]
    assert [r["when"] for r in _rows(client, "place=kharkiv&from=2024-03-05&to=2024-03-07")] == ["2024-03-06"]
    assert _rows(client, "place=kherson&type=talks") == []
    for unknown in ("atlantis", "https://w3id.org/claimkb/id/place/atlantis", "kharkiv/x", UNPLACED):
        refused = client.get("/map.json", query_string={"place": unknown})
        assert refused.status_code == 404 and "no place named" in refused.get_json()["error"]["detail"], unknown


def test_the_map_is_drawn_from_counts_and_lists_what_it_cannot_draw(client: FlaskClient) -> None:
    def places(query: str = "") -> dict[str, dict[str, object]]:
        features = client.get("/map.geojson?" + query).get_json()["features"]
        return {f["properties"]["key"]: f["properties"] for f in features}

    every = places()
    assert list(every) == ["kharkiv", "kherson"]  # most claims first
    kharkiv = every["kharkiv"]
    assert (kharkiv["claims"], kharkiv["types"], kharkiv["first"], kharkiv["last"]) == (
        3, {"casualty": 3}, "2024-03-04", "2024-03-08")
    assert "items" not in kharkiv  # its claims are fetched when its popup opens
    assert {k: p["claims"] for k, p in places("from=2024-03-05").items()} == {"kharkiv": 2, "kherson": 1}
    assert {k: p["claims"] for k, p in places("actor=ukraine-mod").items()} == {"kharkiv": 1}
    assert places("type=denial") == {} and list(places("place=kherson")) == ["kherson"]
    unplaced = client.get("/map.json").get_json()["unplaced"]
    assert unplaced == [{"placeName": UNPLACED, "claims": 2, "first": "2024-03-05", "last": "2024-03-08"}]
    assert client.get("/map.json?actor=ukraine-mod").get_json()["unplaced"] == [
        {"placeName": UNPLACED, "claims": 1, "first": "2024-03-08", "last": "2024-03-08"}]
    assert client.get("/map.json?from=2024-03-06").get_json()["unplaced"][0]["claims"] == 1
    assert client.get("/map.json?place=kharkiv").get_json()["unplaced"] == []  # a place on the map: none


def test_the_page_reads_counts_not_claims(client: FlaskClient) -> None:
    page = client.get("/map", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "(4 claims, 2 places)" in page and UNPLACED in page
    assert "map-places" in page and "map-unplaced" in page  # what it ran
    assert "map-claims" not in page and "map-claim-order" not in page  # no claim read for the page
    assert 'data-claims="/map.json?"' in page  # where the popup asks for a place's claims
    carried = html.unescape(re.search(r"data-features='([^']*)'", page).group(1))  # type: ignore[union-attr]
    assert json.loads(carried) == client.get("/map.geojson").get_json()  # drawn without a second count
    filtered = client.get("/map?actor=ukraine-mod&page=2", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'data-claims="/map.json?actor=ukraine-mod"' in filtered and "map-places-of-actor" in filtered


def test_json_and_csv_page_like_every_list(client: FlaskClient) -> None:
    whole = client.get("/map.json")
    assert whole.headers["X-Total-Count"] == "4"
    claims = [r["claim"] for r in whole.get_json()["rows"]]
    pages = [r["claim"] for n in (1, 2) for r in _rows(client, f"limit=2&page={n}")]
    assert pages == claims and len(set(claims)) == 4
    assert [r["when"] for r in whole.get_json()["rows"]] == ["2024-03-08", "2024-03-06", "2024-03-05", "2024-03-04"]
    table = list(csv.DictReader(io.StringIO(client.get("/map.csv?limit=2&page=2").get_data(as_text=True))))
    assert [r["claim"] for r in table] == claims[2:] and table[0]["figure"]
    assert client.get("/map.csv?limit=2&page=3").status_code == 404
    assert client.get("/map.json?page=2").status_code == 404  # 4 claims: one page of 50
