"""Walk the site as a reader would, in Debian's chromium: home → actor → claim → conflicts → SPARQL page."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser


def test_home_actor_claim_conflicts(server: str, watched) -> None:  # type: ignore[no-untyped-def]
    page = watched.page
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Claims in war reporting"
    assert "6" in page.locator(".counts").inner_text()
    watched.shot("home")

    page.locator("#top-speakers a", has_text="Armenian Defence Ministry").click()
    page.wait_for_url(re.compile(r"/actors/armenia-mod$"))
    assert page.locator("h1").inner_text() == "Armenian Defence Ministry"
    assert page.locator("#spoken li").count() == 1
    watched.shot("actor")

    page.locator("#spoken li a", has_text="84 soldiers").click()
    page.wait_for_url(re.compile(r"/claims/"))
    assert "84 soldiers had been killed" in page.locator("#quote mark").inner_text()
    chain = page.locator("#chain li").all_inner_texts()
    assert [c.split()[0].lower() for c in chain] == ["outlet", "via", "speaker"]
    assert "AFP" in chain[1]
    watched.shot("claim")

    page.locator("header nav a", has_text="Conflicts").click()
    page.wait_for_url(re.compile(r"/conflicts$"))
    assert page.locator(".claim-card").count() == 2
    assert "the figures differ; scope unclear" in page.locator("section.conflict h2").inner_text()  # scopes unsaid
    assert [t.lower() for t in page.locator(".side-name").all_inner_texts()] == ["armenia", "azerbaijan"]  # sides
    assert page.locator(".verdict").inner_text() == "differ; scope unclear"
    page.wait_for_function("() => window.Chart && Chart.getChart(document.querySelector('canvas.range-chart'))")
    watched.shot("conflicts")


def test_hostile_article_stays_inert(server: str, watched) -> None:  # type: ignore[no-untyped-def]
    page = watched.page
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/articles")
    page.locator("a", has_text="Hostile markup test").click()
    assert "<script>alert('text')</script>" in page.locator("#article-text").inner_text()
    assert page.locator("#article-text img").count() == 0
    assert dialogs == []


def test_sparql_page_runs_an_example_in_yasgui(server: str, watched) -> None:  # type: ignore[no-untyped-def]
    page = watched.page
    page.goto(server + "/query")
    page.wait_for_selector(".yasqe .CodeMirror")
    page.locator("#examples a", has_text="Casualty figures by party").click()
    page.wait_for_url(re.compile(r"/query\?query="))
    page.wait_for_selector(".yasqe .CodeMirror")
    assert "CasualtyClaim" in page.evaluate("() => window.claimkbYasgui.getTab().getQuery()")
    page.wait_for_selector(".yasr table tbody tr")
    table = page.locator(".yasr table").inner_text()
    assert "Armenian Defence Ministry" in table and "84 soldiers" in table
    pads = page.locator(".yasr table tbody td").first.evaluate(
        "td => [getComputedStyle(td).paddingLeft, getComputedStyle(td).paddingRight].map(parseFloat)")
    assert min(pads) >= 8, pads  # cells have room: a right-aligned number never runs into the next column
    watched.shot("sparql-example")

    page.evaluate("() => { window.claimkbYasgui.getTab().setQuery('SELECT (COUNT(*) AS ?n) WHERE { ?s a ?t }'); }")
    page.locator(".yasqe_queryButton").click()
    page.wait_for_function("() => [...document.querySelectorAll('.yasr table thead th')]"
                           ".map(th => th.innerText.trim()).filter(Boolean).join() === 'n'")  # the new table
    assert "/query?query=SELECT" in page.url  # the permalink follows the query
    cell = page.locator(".yasr table tbody tr").first.locator("td").last.inner_text().strip()
    assert cell.isdigit(), cell  # a count shows as a number, not as "N"^^<...#integer>
    watched.shot("sparql-count")
