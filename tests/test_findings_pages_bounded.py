"""A page of series reads each series' latest steps only (``STEPS_SHOWN``), so its cost follows the page and not
the length of a series (issue 15: pages at scale); the series' own page, JSON and CSV still give every step."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from flask.testing import FlaskClient

from kb.service import KnowledgeBase
from tests.fixtures.synthetic import Said, publish
from web import create_app
from web.views import findings
from web.views.findings import STEPS_SHOWN

STEPS = STEPS_SHOWN + 5


@pytest.fixture(scope="module")
def client() -> FlaskClient:
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    start = date(2020, 9, 28)
    for n in range(STEPS):  # one speaker's running total, a higher figure each day
        figure = 100 + 10 * n
        publish(kb, f"https://news.example/s{n}", (start + timedelta(days=n)).isoformat(), "Kompas", [
            Said(f"Baku now counts {figure} Armenian soldiers killed.", "casualty", "Baku", subject="Armenia",
                 qmin=figure, qmax=figure, unit="soldiers killed")])
    return create_app({"KB_STORE": kb, "RATE_LIMIT": None, "CONFLICTS_CACHE_SECONDS": 0}).test_client()


def test_a_page_of_series_shows_the_latest_steps_and_says_how_many_there_are(client: FlaskClient) -> None:
    rows = client.get("/series.json").get_json()["rows"]
    assert len(rows) == STEPS and [r["position"] for r in rows] == list(range(1, STEPS + 1))
    key = rows[0]["key"]
    page = client.get("/series").get_data(as_text=True)
    listed = page[page.index('<ol class="steps">'):page.index("</ol>")]
    assert listed.count("<li>") == STEPS_SHOWN
    assert f"{100 + 10 * (STEPS - 1)} soldiers killed" in listed and ">100 soldiers killed" not in listed
    assert f"The latest {STEPS_SHOWN} of {STEPS} steps" in page and f'href="/series/{key}"' in page
    chart = page[page.index("<svg"):page.index("</svg>")]
    assert len(re.findall(r"<circle", chart)) == STEPS_SHOWN  # the chart draws the steps listed


def test_the_whole_json_and_csv_give_every_step_a_page_of_json_the_latest(client: FlaskClient) -> None:
    whole = client.get("/series.json").get_json()["rows"]
    assert [r["position"] for r in whole] == list(range(1, STEPS + 1)) and {r["steps"] for r in whole} == {STEPS}
    assert client.get("/series.csv").get_data(as_text=True).count("\r\n") == STEPS + 1
    paged = client.get("/series.json?limit=1").get_json()["rows"]
    assert [r["position"] for r in paged] == list(range(STEPS - STEPS_SHOWN + 1, STEPS + 1))
    assert paged == whole[-STEPS_SHOWN:] and {r["steps"] for r in paged} == {STEPS}
    assert client.get("/series.csv?page=1").get_data(as_text=True).count("\r\n") == STEPS_SHOWN + 1


def test_the_series_own_page_gives_its_steps_a_page_at_a_time(client: FlaskClient,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    key = client.get("/series.json").get_json()["rows"][0]["key"]
    own = client.get(f"/series/{key}").get_data(as_text=True)
    assert own[own.index('<ol class="steps">'):own.index("</ol>")].count("<li>") == STEPS
    assert "The latest" not in own and "earlier steps" not in own
    monkeypatch.setattr(findings, "STEP_PAGE", 5)
    seen = []
    for n in range(1, 5):  # 17 steps, 5 a page: 13-17, 8-12, 3-7, 1-2
        doc = client.get(f"/series/{key}.json?steps={n}").get_json()
        assert doc["steps"] == {"total": STEPS, "page": n, "pages": 4, "per_page": 5}
        seen.append([r["position"] for r in doc["rows"]])
        html = client.get(f"/series/{key}?steps={n}").get_data(as_text=True)
        assert (f'?steps={n + 1}">earlier steps' in html) == (n < 4) and (f'?steps={n - 1}">later' in html) == (n > 1)
    assert seen == [list(range(13, 18)), list(range(8, 13)), list(range(3, 8)), [1, 2]]
    assert client.get(f"/series/{key}?steps=0").status_code == 400
    assert client.get(f"/series/{key}?steps=x").status_code == 400
    for digit in ("\u00b2", "\u2460", "\u0661"):  # Unicode digits int() refuses or reads: a 400, never a 500
        assert client.get(f"/series/{key}?steps={digit}").status_code == 400, digit


def test_an_aggregate_gives_its_estimates_per_month(client: FlaskClient) -> None:
    """The figures run from 28 Sep into October: one row a month, each over the latest figure of that month."""
    (row,) = client.get("/aggregates.json").get_json()["rows"]
    assert row["high"] == 100 + 10 * (STEPS - 1)
    doc = client.get(f"/aggregates/{row['key']}.json").get_json()
    assert [p["period"] for p in doc["periods"]] == ["2020-09", "2020-10"]
    assert doc["periods"][0]["high"] == 100 + 10 * 2 and doc["periods"][1]["high"] == row["high"]  # 28–30 Sep
    page = client.get("/aggregates").get_data(as_text=True)
    assert 'class="estimates periods"' in page and "<td>2020-09</td>" in page and "<td>2020-10</td>" in page


def test_the_list_of_aggregates_shows_their_latest_months(client: FlaskClient,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """With one month shown, the list gives October alone and says there are two (its own page gives both)."""
    monkeypatch.setattr(findings, "MONTHS_SHOWN", 1)
    page = client.get("/aggregates").get_data(as_text=True)
    assert "<td>2020-10</td>" in page and "<td>2020-09</td>" not in page
    assert "The latest 1 of 2 months" in page
    (row,) = client.get("/aggregates.json").get_json()["rows"]
    own = client.get(f"/aggregates/{row['key']}").get_data(as_text=True)
    assert "<td>2020-09</td>" in own and "<td>2020-10</td>" in own



def test_a_series_turtle_is_its_whole_description_written_by_oxigraph(client: FlaskClient) -> None:
    """The Turtle (written by Oxigraph since branch pg19: rdflib's writer was most of a long series' Turtle) holds
    the same triples as the "describe-node" graph rdflib wrote, every step with its claims; JSON-LD says the same."""
    from rdflib import Graph, URIRef
    from rdflib.compare import isomorphic

    from kb import sparql
    from kb.vocab import DATA

    key = client.get("/series.json").get_json()["rows"][0]["key"]
    iri = URIRef(DATA[f"series/{key}"])
    bindings = {"node": iri}
    store = client.application.extensions["kb"].store
    described = store.construct(sparql.query_text("describe-node", bindings), bindings)
    response = client.get(f"/series/{key}.ttl")
    assert response.status_code == 200 and response.mimetype == "text/turtle"
    turtle = Graph().parse(data=response.get_data(as_text=True), format="turtle")
    assert isomorphic(turtle, described) and len(turtle) > 4 * STEPS
    steps = {o for o in turtle.objects(iri, None) if str(o).startswith(f"{iri}#step")}
    assert len(steps) == STEPS
    jsonld = Graph().parse(data=client.get(f"/series/{key}.jsonld").get_data(as_text=True), format="json-ld")
    assert isomorphic(turtle, jsonld)
    assert client.get("/series/0000000000000000.ttl").status_code == 404
