"""What a new user's tryout of a fresh clone found in session 20, pinned (the map's actor filter, CSV cells and the
memory budget are tested beside their kin: test_map.py, test_web_render.py, test_sparql_sandbox.py)."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from kb.pipeline.article import Article
from tests.fixtures import demo
from web import create_app

# Two speakers' figures, each on two days: a series for each side (written for the project)
_FIGURES = [
    ("2020-10-06", "Armenia's defence ministry said 210 Azerbaijani soldiers had been killed since the war began."),
    ("2020-10-08", "Armenia's defence ministry said 260 Azerbaijani soldiers had been killed since the war began."),
    ("2020-10-06", "Azerbaijan's defence ministry said 330 Armenian soldiers had been killed since the war began."),
    ("2020-10-08", "Azerbaijan's defence ministry said 390 Armenian soldiers had been killed since the war began."),
]


@pytest.fixture(scope="module")
def client() -> FlaskClient:
    kb = demo.build(":memory:")
    kb.ingest(Article(text="Officials said 12 people were killed in the shelling of the depot on Monday.\n",
                      name="untitled", published="2020-10-05", lang="en", outlet="Kompas"))
    for number, (day, text) in enumerate(_FIGURES):
        kb.ingest(Article(text=f"Figures from the front\n\n{text}\n", name=f"front{number}", published=day, lang="en",
                          outlet="Kompas"))
    return create_app({"KB_STORE": kb, "RATE_LIMIT": None}).test_client()


def test_an_untitled_article_is_named_by_its_outlet_and_date_not_its_key(client: FlaskClient) -> None:
    rows = client.get("/articles.json").get_json()["rows"]
    untitled = next(r for r in rows if not r.get("title") and r.get("published") == "2020-10-05")
    name = "Untitled article, Kompas, 2020-10-05"
    for path in ("/articles", "/", f"/articles/{untitled['key']}"):
        page = client.get(path).get_data(as_text=True)
        assert name in page, path
    assert f">{untitled['key']}<" not in client.get("/articles").get_data(as_text=True)
    claims = client.get(f"/articles/{untitled['key']}.json").get_json()["rows"]
    claim = client.get(f"/claims/{str(claims[0]['claim']).rsplit('/', 1)[-1]}").get_data(as_text=True)
    assert name in claim and f">{untitled['key']}<" not in claim  # the claim's page names its article so (tryout 21)
    speaker = str(claims[0]["speaker"]).rsplit("/", 1)[-1]
    for path in (f"/claims?article={untitled['key']}", f"/actors/{speaker}"):  # the lists of claims too (trial user33)
        page = client.get(path).get_data(as_text=True)
        assert name in page and f">{untitled['key']}<" not in page, path


@pytest.mark.parametrize("family", ["series", "aggregates", "corroborations"])
def test_a_findings_list_keeps_those_involving_the_actor_named(client: FlaskClient, family: str) -> None:
    every = client.get(f"/{family}.json").get_json()["rows"]
    armenia = client.get(f"/{family}.json?actor=Armenia").get_json()["rows"]
    assert len(armenia) <= len(every)
    assert client.get(f"/{family}.json?actor=Turkey").get_json()["rows"] == []  # a party none of them involves
    assert client.get(f"/{family}?actor=Turkey").status_code == 200
    for suffix in ("", ".json"):  # nobody at all: a 404, as on every list filtered by actor (trial user29)
        assert client.get(f"/{family}{suffix}?actor=Nobody%20At%20All").status_code == 404
    if family != "corroborations":  # the demo's series and aggregates are Armenia's and Azerbaijan's
        assert armenia and every, (family, len(armenia), len(every))
