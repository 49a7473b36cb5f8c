"""The map page in a real browser (issue 17): the vendored base map and the places drawn, a popup with the
place's claims, filters, nothing fetched outside 127.0.0.1 (no tile server), no console error."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.browser.conftest import SCREENSHOTS, Watched, serving
from tests.test_map import build_with_places

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def map_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    location = tmp_path_factory.mktemp("map") / "kb"
    build_with_places(str(location)).close()
    with serving(location, "/map.json") as url:
        yield url


def test_the_map_draws_countries_and_places(map_server: str, watched: Watched) -> None:
    page = watched.page
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(map_server + "/map")
    page.wait_for_selector("#map[data-ready='3']")
    assert page.locator("#map path.leaflet-interactive.place-marker").count() == 3
    assert page.locator("#map .leaflet-overlay-pane path").count() > 100  # the countries base layer
    page.locator("#map path.place-marker").first.click(force=True)
    # the popup shows the place's counts at once and fetches its newest claims (/map.json?place=KEY) when opened
    popup = page.wait_for_selector(".leaflet-popup-content .map-popup[data-ready='1']")
    text = popup.inner_text()
    assert "1 claim" in text and "casualty" in text and "“" in text
    link = page.locator(".leaflet-popup-content a").first.get_attribute("href")
    assert link and link.startswith("/claims/")
    assert not any("/map.geojson" in url for url in asked)  # the page carries its places
    assert sum("/map.json?place=" in url for url in asked) == 1  # the popup asked for its place's claims alone
    # laid out again once its claims came: the whole popup inside the map (opened short, it grew past the map's top)
    page.wait_for_timeout(300)
    box, frame = page.locator(".leaflet-popup").bounding_box(), page.locator("#map").bounding_box()
    assert box and frame and box["y"] >= frame["y"] - 1 and box["y"] + box["height"] <= frame["y"] + frame["height"] + 1
    page.keyboard.press("Escape")  # closed and opened again: its claims are kept, not fetched again
    page.locator("#map path.place-marker").first.click(force=True)
    page.wait_for_selector(".leaflet-popup-content .map-popup[data-ready='1']")
    assert sum("/map.json?place=" in url for url in asked) == 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    watched.shot("map")


def test_the_map_filters(map_server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(map_server + "/map")
    page.fill("input[name=actor]", "armenia-mod")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector("#map[data-ready='1']")
    assert page.locator("#places tbody tr").count() == 1 and "Stepanakert" in page.inner_text("#places")
    page.goto(map_server + "/map?to=2020-09-30")
    page.wait_for_selector("#map[data-ready='1']")
    assert "Kramatorsk" in page.inner_text("#places")
    page.goto(map_server + "/map?type=talks")
    page.wait_for_selector("#map[data-ready='0']")
    assert "No claim with a known place" in page.inner_text("main")
