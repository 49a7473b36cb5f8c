"""The SPARQL page's failures and cut results, in Debian's chromium (tryout E): an endpoint error (400 bad query,
403 SERVICE refused) shows its title and detail as words, not the raw JSON, and raises no uncaught page error
(also when the page runs a ?query= permalink on load); a result cut at the row cap says so above the table."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest

from tests.browser.conftest import serving
from tests.fixtures import demo

pytestmark = pytest.mark.browser
LOADING = "Failed to load resource"  # chromium's own console line for any 4xx answer: not the page's error


@pytest.fixture(scope="module")
def capped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The demo store served with a row cap of 3 (the server reads KB_SPARQL_MAX_ROWS from its environment)."""
    location = tmp_path_factory.mktemp("capped") / "kb"
    demo.build(str(location)).close()
    before = os.environ.get("KB_SPARQL_MAX_ROWS")
    os.environ["KB_SPARQL_MAX_ROWS"] = "3"
    try:
        with serving(location) as url:
            yield url
    finally:
        if before is None:
            os.environ.pop("KB_SPARQL_MAX_ROWS", None)
        else:
            os.environ["KB_SPARQL_MAX_ROWS"] = before


def _only_loading_errors(watched: Any, expected: int) -> None:
    """Chromium reports each 4xx answer on the console a moment after the page has drawn it, so wait for all
    ``expected`` lines before clearing them (a late one would otherwise fail the next check)."""
    for _ in range(50):
        if sum(e.startswith(LOADING) for e in watched.errors) >= expected:
            break
        watched.page.wait_for_timeout(100)
    assert all(e.startswith(LOADING) for e in watched.errors), watched.errors
    assert len(watched.errors) == expected, watched.errors
    watched.errors.clear()


@pytest.mark.parametrize(("query", "title", "detail"), [
    ("SELEC nonsense", "Bad query (400)", "invalid SPARQL"),
    ("SELECT * WHERE { SERVICE <http://elsewhere.example/> { ?s ?p ?o } }", "Query refused (403)", "SERVICE"),
])
def test_an_error_is_shown_in_words(capped: str, watched: Any, query: str, title: str, detail: str) -> None:
    page = watched.page
    page.goto(capped + "/query?query=" + quote(query))  # the permalink runs the query on load
    page.wait_for_selector(".yasr .sparql-error")
    shown = page.locator(".yasr .sparql-error").inner_text()
    assert shown.startswith(title) and detail in shown and '{"error"' not in page.locator(".yasr").inner_text()
    page.evaluate("() => { window.claimkbYasgui.getTab().setQuery('ASK { ?s ?p }'); }")
    page.locator(".yasqe_queryButton").click()  # and again from the button
    page.wait_for_function("() => (document.querySelector('.yasr .sparql-error') || {}).innerText"
                           "?.startsWith('Bad query (400)')")
    assert page.locator("#sparql-notice").is_hidden()
    _only_loading_errors(watched, 2)  # one per run: the permalink and the button


def test_a_result_cut_at_the_row_cap_says_so(capped: str, watched: Any) -> None:
    page = watched.page
    page.goto(capped + "/query?query=" + quote("SELECT * WHERE { ?s ?p ?o }"))
    page.wait_for_selector(".yasr table tbody tr")
    notice = page.locator("#sparql-notice")
    notice.wait_for(state="visible")
    assert "Only the first 3 results are shown" in notice.inner_text()
    page.evaluate("() => { window.claimkbYasgui.getTab().setQuery('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'); }")
    page.locator(".yasqe_queryButton").click()  # one row: not cut, the notice goes
    page.wait_for_function("() => document.getElementById('sparql-notice').hidden")


def test_every_yasgui_control_has_a_label(capped: str, watched: Any) -> None:
    page = watched.page
    page.goto(capped + "/query?query=" + quote("SELECT * WHERE { ?s ?p ?o } LIMIT 2"))
    page.wait_for_selector(".yasr table tbody tr")  # the results' controls (filter, page size) drawn too
    page.wait_for_function("() => [...document.querySelectorAll('#yasgui input, #yasgui select, #yasgui textarea')]"
                           ".every(c => c.getAttribute('aria-label') || (c.labels && c.labels.length))")
    names = page.evaluate("() => [...document.querySelectorAll('#yasgui [aria-label]')]"
                          ".map(c => c.getAttribute('aria-label'))")
    assert {"Tab name", "SPARQL endpoint", "SPARQL query", "Results per page",
            "Result format for SELECT and ASK queries"} <= set(names)


def test_a_query_address_on_the_endpoint_opens_the_page_with_its_results(capped: str, watched: Any) -> None:
    """A browser following ``/sparql?query=…`` (Accept: text/html first) got raw XML (trial user29): it now gets the
    query page, which runs the query and shows its results."""
    page = watched.page
    page.goto(capped + "/sparql?query=" + quote("SELECT ?s WHERE { ?s ?p ?o } LIMIT 2"))
    page.wait_for_selector(".yasr table tbody tr")
    assert page.locator(".yasr table tbody tr").count() == 2
    assert "/query?query=SELECT" in page.url  # the permalink the page keeps is the query page's
