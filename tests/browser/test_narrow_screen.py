"""The pages on a phone-sized screen (390 px wide) in a real browser: nothing wider than the screen (tryout 20: the
home page's count cards and the lists' tables ran off the right edge, 489 px and 417 px)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["/", "/actors", "/articles", "/conflicts", "/aggregates", "/query"])
def test_no_page_is_wider_than_a_phone(server: str, browser: Any, path: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(server + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path}: {width} px wide on a 390 px screen"
    finally:
        context.close()


@pytest.mark.parametrize("path", ["/articles", "/claims"])
def test_a_date_never_breaks_at_its_hyphens(server: str, browser: Any, path: str) -> None:
    """A long title beside it squeezed the date column until "2020-09-" and "28" sat on two lines (trial 34)."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(server + path)
        lines = page.evaluate("""[...document.querySelectorAll('td.date')].map(td => {
            const r = document.createRange(); r.selectNodeContents(td);
            return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; })""")
        assert lines and set(lines) == {1}, f"{path}: date cells on {sorted(set(lines))} lines"
    finally:
        context.close()
