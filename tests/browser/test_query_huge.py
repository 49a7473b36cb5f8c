"""The SPARQL page over a huge result, in Debian's chromium (tryout 19): the endpoint's 10,000 rows froze the
browser ~80 s, so the page asks for fewer (in its own module: the row-capped server of test_query_page sets
KB_SPARQL_MAX_ROWS while it runs)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest

pytestmark = pytest.mark.browser


HUGE = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # the demo store's cube: far past 10,000 rows


def test_a_huge_result_is_cut_to_what_the_page_can_draw(server: str, watched: Any) -> None:
    """Tryout 19: the endpoint's 10,000 rows froze chromium ~80 s. The page asks for 1,000, says so, offers the
    whole result from /sparql, and the Run button answers at once after."""
    page = watched.page
    page.set_default_timeout(30000)  # generous: the point is that it renders at all, not how fast
    page.goto(server + "/query?query=" + quote(HUGE))  # the permalink runs on load
    page.wait_for_selector(".yasr table tbody tr")
    notice = page.locator("#sparql-notice")
    notice.wait_for(state="visible")
    assert "Only the first 1000 results are shown" in notice.inner_text()
    href = page.locator("#sparql-download").get_attribute("href")
    assert href is not None and href.startswith(server + "/sparql?query=") and "max-rows" not in href
    page.evaluate("() => { window.claimkbYasgui.getTab().setQuery('ASK { ?s ?p ?o }'); }")
    page.locator(".yasqe_queryButton").click()
    page.wait_for_function("() => document.getElementById('sparql-notice').hidden"
                           " && !document.querySelector('.yasr table tbody tr')")
