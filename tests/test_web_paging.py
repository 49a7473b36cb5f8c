"""Long lists come a page at a time (``?page=``, ``?limit=``) with their total; JSON/CSV stay whole unless paged."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from tests.fixtures import demo
from web import create_app


@pytest.fixture(scope="module")
def client() -> FlaskClient:
    app = create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None})
    return app.test_client()


def test_articles_page_by_page(client: FlaskClient) -> None:
    whole = client.get("/articles.json").get_json()
    assert whole["total"] == len(whole["rows"]) == 3 and "page" not in whole
    first = client.get("/articles.json?limit=2").get_json()
    second = client.get("/articles.json?limit=2&page=2").get_json()
    assert (first["total"], first["pages"], len(first["rows"]), len(second["rows"])) == (3, 2, 2, 1)
    assert first["rows"] + second["rows"] == whole["rows"]
    html = client.get("/articles?limit=2").data.decode()
    assert 'rel="next" href="/articles?limit=2&amp;page=2"' in html and "1–2 of 3" in html
    assert client.get("/articles.csv?limit=1").data.decode().count("\r\n") == 2
    assert client.get("/articles.csv").headers["X-Total-Count"] == "3"


def test_actors_and_an_actor_page(client: FlaskClient) -> None:
    whole = client.get("/actors.json").get_json()["rows"]
    paged = [r for n in (1, 2, 3) for r in client.get(f"/actors.json?limit=3&page={n}").get_json()["rows"]]
    assert paged == whole
    actor = client.get("/actors/armenia.json?limit=1").get_json()
    assert actor["total"] >= 2 and len(actor["rows"]) == 1
    html = client.get("/actors/armenia?limit=1").data.decode()
    assert 'rel="next"' in html and "Claims about Armenia (" in html


def test_conflicts_page_and_bad_arguments(client: FlaskClient) -> None:
    doc = client.get("/conflicts.json?limit=1").get_json()
    assert doc["limit"] == 1 and doc["total"] is not None and len({r["explanation"] for r in doc["rows"]}) <= 1
    assert client.get("/conflicts?page=99").status_code == 404  # past the last page (trial user29)
    for bad in ("page=0", "page=x", "limit=0", "limit=100000"):
        assert client.get(f"/articles.json?{bad}").status_code == 400, bad


def test_a_conflict_has_its_own_page_with_every_claim(client: FlaskClient) -> None:
    page = client.get("/conflicts.json?limit=5").get_json()
    key = page["rows"][0]["key"]
    whole = client.get(f"/conflicts/{key}.json").get_json()
    shown = [r for r in page["rows"] if r["key"] == key]
    assert {r["key"] for r in whole["rows"]} == {key} and whole["key"] == key and whole["actors"]
    assert all(r in whole["rows"] for r in shown) and len(whole["rows"]) >= len(shown) >= 2
    html = client.get(f"/conflicts/{key}").data.decode()
    assert client.get(f"/conflicts/{key}").status_code == 200 and shown[0]["quote"] in html
    assert f'href="/conflicts/{key}"' in client.get("/conflicts").data.decode()
    missing = client.get("/conflicts/0000000000000000.json")
    assert missing.status_code == 404 and missing.get_json()["error"]["status"] == 404


def test_actor_pages_list_the_same_claims_in_the_same_order_as_the_whole_list(client: FlaskClient) -> None:
    import re

    whole = client.get("/actors/armenia.json").get_json()["rows"]
    for role, section in (("speaker", "spoken"), ("subject", "about")):
        wanted = [r["claim"].rsplit("/", 1)[-1] for r in whole if r["role"] == role]
        seen: list[str] = []
        pages = client.get("/actors/armenia.json?limit=2&page=1").get_json()["pages"]  # of the longer list
        assert client.get(f"/actors/armenia?limit=2&page={pages + 1}").status_code == 404  # past it (trial user29)
        for number in range(1, pages + 1):
            html = client.get(f"/actors/armenia?limit=2&page={number}").data.decode()
            part = html.split(f'<section id="{section}">', 1)[1].split("</section>", 1)[0]
            seen += re.findall(r'href="/claims/([^"]+)"', part)
        assert seen == wanted and (role == "speaker" or len(wanted) >= 2), role


def test_actor_pages_follow_the_order_of_the_live_query() -> None:
    """The timelines ``kb.service`` keeps give each actor's claims in the order the live query (a test oracle,
    ``tests/fixtures/live/actor-timeline.rq``) sorted by ``timeline.order_key`` gives, page after page."""
    import re

    from rdflib import URIRef

    from kb.actors import Gazetteer
    from kb.derived import conflicts, timeline
    from kb.pipeline.quarantine import Quarantine
    from kb.service import KnowledgeBase
    from tests.fixtures import live
    from tests.fixtures.conflicts_store import build

    store = build(240, 12)  # 12 speakers with 20 claims each, dates that tie
    conflicts.refresh(store)
    client = create_app({"KB_STORE": KnowledgeBase(store, Quarantine(None), Gazetteer.load()),
                         "RATE_LIMIT": None}).test_client()
    for key in ("armenia", "tempo"):
        rows = live.values(store, "actor-timeline", actor=URIRef(f"https://w3id.org/claimkb/id/actor/{key}"))
        ordered = sorted(rows, key=lambda c: (*timeline.order_key(c["when"], str(c["claim"])), c["role"]))
        wanted = [str(c["claim"]).rsplit("/", 1)[-1] for c in ordered if c["role"] == "speaker"]
        seen: list[str] = []
        for number in range(1, len(wanted) // 7 + 2):
            page = client.get(f"/actors/{key}?limit=7&page={number}").data.decode()
            spoken = page.split('<section id="spoken">', 1)[1].split("</section>", 1)[0]
            seen += re.findall(r'href="/claims/([^"]+)"', spoken)
        assert seen == wanted and len(wanted) >= 10, key


def _claims_listed(html: str) -> list[str]:
    import re

    return re.findall(r'href="/claims/([^"]+)"', html.split('<section id="spoken">', 1)[1].split("<footer", 1)[0])
