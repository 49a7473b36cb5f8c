"""The findings pages over the bundled samples in a real browser: aggregates, series (its chart) and
corroborations load clean, and a series chart takes its own room instead of spilling over the list below it
(it did: the range chart's fixed height was inherited)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kb.pipeline.batch import expand_inputs
from kb.service import KnowledgeBase
from tests.browser.conftest import serving

pytestmark = pytest.mark.browser
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def samples_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    location = tmp_path_factory.mktemp("findings") / "kb"
    kb = KnowledgeBase.open(str(location))
    kb.ingest_inputs(expand_inputs([str(SAMPLES)]))
    kb.close()
    with serving(location, "/series") as url:
        yield url


def test_findings_pages_load_and_the_series_chart_keeps_its_room(samples_server: str, watched: Any) -> None:
    page = watched.page
    for path, heading in (("/aggregates", "Aggregates"), ("/corroborations", "Corroborations")):
        page.goto(samples_server + path)
        assert heading in page.locator("h1").inner_text()
    page.goto(samples_server + "/series")
    chart = page.locator("figure.series-box svg").first.bounding_box()  # the drawing, not its box
    first_series = page.locator("main h2").first.bounding_box()
    assert chart is not None and first_series is not None
    assert chart["height"] > 100 and chart["y"] + chart["height"] <= first_series["y"]
