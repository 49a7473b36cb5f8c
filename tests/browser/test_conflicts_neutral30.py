"""A conflict card in chromium: a neutral body's claims stand apart from the one side, headed as no party."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.conftest import serving
from tests.test_web_conflicts30 import neutral_kb

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def neutral_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    location: Path = tmp_path_factory.mktemp("neutral") / "kb"
    neutral_kb(str(location)).close()
    with serving(location) as url:
        yield url


def test_a_un_office_is_no_side_on_the_card(neutral_server: str, watched) -> None:  # type: ignore[no-untyped-def]
    page = watched.page
    page.goto(neutral_server + "/conflicts")
    page.wait_for_url(re.compile(r"/conflicts$"))
    sides = [t.lower() for t in page.locator(".side-name").all_inner_texts()]
    assert "united nations" not in sides and "armenia" in sides
    neutral = page.locator(".neutral-name").all_inner_texts()
    assert neutral and all(t.startswith("Neutral: United Nations") and "not a party" in t for t in neutral)
    assert page.locator(".side.neutral .claim-card").count() >= 2  # OCHA's and the WHO chief's
