"""The map's data (issue 17): claims by place as JSON, CSV and GeoJSON agree; filters by actor, type, period."""

from __future__ import annotations

import csv
import io

import pytest
from flask.testing import FlaskClient

from kb.pipeline.article import Article
from kb.service import KnowledgeBase
from tests.fixtures import demo
from web import create_app

PLACES_TEXT = (
    "Shelling hits towns on both sides of the front\n\n"
    "BAKU - Azerbaijan's prosecutor general said 12 civilians were killed in Tartar on Monday.\n\n"
    "Armenia's defence ministry said 4 civilians were killed in Stepanakert on Monday, and accused Azerbaijani "
    "forces of shelling the city.\n\n"
    "Ukraine's emergency service said 9 people were killed in Kramatorsk on Tuesday.\n")
"""Written for the project: three claims at three places of the gazetteer."""


def build_with_places(location: str = ":memory:") -> KnowledgeBase:
    kb = demo.build(location)
    kb.ingest(Article(text=PLACES_TEXT, name="places", published="2020-10-05", lang="en", outlet="Kompas"))
    return kb  # the service keeps the derived data current itself


@pytest.fixture(scope="module")
def client() -> FlaskClient:
    return create_app({"KB_STORE": build_with_places(), "RATE_LIMIT": None}).test_client()


def test_claims_by_place_in_three_formats(client: FlaskClient) -> None:
    rows = client.get("/map.json").get_json()["rows"]
    assert {r["placeLabel"] for r in rows} == {"Tartar", "Stepanakert", "Kramatorsk"}
    tartar = next(r for r in rows if r["placeLabel"] == "Tartar")
    assert (round(tartar["lat"], 2), round(tartar["long"], 2)) == (40.34, 46.93)
    table = list(csv.DictReader(io.StringIO(client.get("/map.csv").get_data(as_text=True))))
    assert sorted(r["claim"] for r in table) == sorted(r["claim"] for r in rows)
    geo = client.get("/map.geojson")
    assert geo.mimetype == "application/geo+json"
    features = geo.get_json()["features"]
    assert sum(f["properties"]["claims"] for f in features) == len(rows)
    point = next(f for f in features if f["properties"]["label"] == "Kramatorsk")
    assert point["geometry"] == {"type": "Point", "coordinates": [37.5562, 48.723]}  # longitude first
    assert point["properties"]["key"] == "kramatorsk" and point["properties"]["types"] == {"casualty": 1}
    claims = client.get("/map.json?place=kramatorsk").get_json()["rows"]  # what the popup fetches
    assert [c["figure"][:2] for c in claims] == ["9 "]
    page = client.get("/map").get_data(as_text=True)
    assert "Tartar" in page and 'id="map"' in page and "map-places" in page  # the named query it ran


def test_filters_by_actor_type_and_period(client: FlaskClient) -> None:
    def labels(query: str) -> set[str]:
        return {r["placeLabel"] for r in client.get("/map.json?" + query).get_json()["rows"]}

    assert labels("actor=armenia-mod") == {"Stepanakert"}
    assert labels("actor=nagorno-karabakh") == {"Stepanakert"}  # a subject: whose civilians the figure counts
    # Azerbaijan speaks of Tartar, and struck Stepanakert: the ministry accuses it in the figure's own sentence,
    # so the figure names it after the victims (par13)
    assert labels("actor=azerbaijan") == {"Tartar", "Stepanakert"}
    assert client.get("/map.json?actor=nobody").status_code == 404  # as every list (trial user29)
    # a name typed into the form, with spaces or in capitals, is the actor it names; text no actor has is a 404
    # naming it, never a 500 (tryout 20: the name was made into an IRI with spaces), as /conflicts answers it
    assert labels("actor=Azerbaijan") == labels("actor=azerbaijan")
    assert labels("actor=Armenian%20Defence%20Ministry") == {"Stepanakert"}
    for odd in ("Nobody%20At%20All", "%3Cx%3E", "http://example.org/a%20b"):
        for path in ("/map", "/map.json", "/conflicts"):  # as `kb conflicts --actor` (exit 2): a 404 naming it
            refused = client.get(f"{path}?actor={odd}")
            assert refused.status_code == 404 and "no actor named" in refused.get_data(as_text=True)
    assert labels("type=casualty") == {"Tartar", "Stepanakert", "Kramatorsk"}
    assert labels("type=Talks") == set()
    assert labels("from=2020-10-01&to=2020-10-31") == {"Tartar", "Stepanakert"}
    assert labels("to=2020-09-30") == {"Kramatorsk"}  # "on Tuesday" before a Monday publication: 29 Sep
    for bad in ("type=planet", "from=yesterday", "to=2020-02-30"):
        response = client.get("/map.json?" + bad)
        assert response.status_code == 400 and response.get_json()["error"]["detail"]
