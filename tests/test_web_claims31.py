"""The claims list (/claims): every noun of the nav has a list, and /claims was a 404 (trial user31)."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from tests.fixtures import demo
from web import create_app
from web.views import claim_list


@pytest.fixture(scope="module")
def client() -> FlaskClient:
    app = create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None})
    return app.test_client()


def _keys(doc: dict[str, object]) -> list[str]:
    return [str(r["claim"]) for r in doc["rows"]]  # type: ignore[attr-defined]


def test_every_claim_newest_article_first_with_its_fields(client: FlaskClient) -> None:
    doc = client.get("/claims.json").get_json()
    assert doc["columns"][:3] == ["claim", "type", "speaker"] and doc["total"] == len(doc["rows"]) == 6
    published = [r["published"] for r in doc["rows"]]
    assert published == sorted(published, reverse=True)
    casualty = [r for r in doc["rows"] if r["type"].endswith("#CasualtyClaim")]
    assert {r["figure"] for r in casualty} == {"at least 201 soldiers killed", "84 soldiers killed"}
    assert all(r["partyLabels"] == "Armenia" and r["articleKey"] and r["speakerLabel"] for r in casualty)
    assert [q["name"] for q in doc["queries"]].count("claims-of-articles") >= 1


def test_the_page_links_each_claim_and_the_nav_links_the_list(client: FlaskClient) -> None:
    html = client.get("/claims").data.decode()
    first = client.get("/claims.json?limit=1").get_json()["rows"][0]
    key = first["claim"].rsplit("/", 1)[-1]
    assert f'href="/claims/{key}"' in html and f'href="/articles/{first["articleKey"]}"' in html
    assert "at least 201 soldiers killed" in html and "claims-of-articles.rq" in html
    assert '<a href="/claims">Claims</a>' in client.get("/articles").data.decode()


def test_pages_add_up_to_the_whole_list_and_past_the_end_is_404(client: FlaskClient) -> None:
    whole = client.get("/claims.json").get_json()
    pages = [client.get(f"/claims.json?limit=4&page={n}").get_json() for n in (1, 2)]
    assert [p["total"] for p in pages] == [6, 6] and pages[0]["pages"] == 2
    assert _keys(pages[0]) + _keys(pages[1]) == _keys(whole)
    assert client.get("/claims.json?limit=4&page=3").status_code == 404
    assert client.get("/claims?limit=4&page=3").status_code == 404
    assert client.get("/claims.csv?limit=4").headers["X-Total-Count"] == "6"


def test_a_walk_stopped_before_the_last_article_still_knows_the_total(
        client: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = _keys(client.get("/claims.json").get_json())
    casualties = _keys(client.get("/claims.json?type=casualty").get_json())
    monkeypatch.setattr(claim_list, "FIRST_STEP", 1)
    monkeypatch.setattr(claim_list, "LAST_STEP", 1)
    first = client.get("/claims.json?limit=1").get_json()
    assert first["total"] == 6 and _keys(first) == whole[:1]
    typed = client.get("/claims.json?type=casualty&limit=1").get_json()
    assert typed["total"] == 2 and _keys(typed) == casualties[:1]
    one_by_one = [k for n in range(1, 7) for k in _keys(client.get(f"/claims.json?limit=1&page={n}").get_json())]
    assert one_by_one == whole  # the articles before a page passed by their counts
    assert _keys(client.get("/claims.json?type=casualty&limit=1&page=2").get_json()) == casualties[1:]


def test_filters_narrow_the_list(client: FlaskClient) -> None:
    typed = client.get("/claims.json?type=casualty").get_json()
    assert typed["total"] == 2 and all(r["type"].endswith("#CasualtyClaim") for r in typed["rows"])
    armenia = client.get("/claims.json?actor=armenia").get_json()["rows"]
    assert armenia and all("actor/armenia" in r["speaker"] + r["parties"] for r in armenia)
    article = client.get("/claims.json").get_json()["rows"][-1]["articleKey"]
    one = client.get(f"/claims.json?article={article}").get_json()
    assert one["total"] >= 2 and {r["articleKey"] for r in one["rows"]} == {article}
    both = client.get(f"/claims.json?article={article}&type=casualty").get_json()
    assert both["total"] == 1 and both["rows"][0]["figure"] == "84 soldiers killed"


def test_unknown_filters_are_refused_as_on_the_other_lists(client: FlaskClient) -> None:
    for query, status in (("actor=nobody-at-all", 404), ("article=no-such-article", 404), ("type=rumour", 400)):
        for path in ("/claims.json", "/claims"):
            answer = client.get(f"{path}?{query}")
            assert answer.status_code == status, (path, query)
    assert client.get("/claims.json?actor=nobody-at-all").get_json()["error"]["status"] == 404
    assert client.get("/claims.xml").status_code == 404


def test_csv_is_the_columns_then_a_line_a_claim(client: FlaskClient) -> None:
    lines = client.get("/claims.csv?type=casualty").data.decode().split("\r\n")
    assert lines[0].split(",")[:4] == ["claim", "type", "speaker", "speakerLabel"] and len(lines) == 4


def test_the_whole_list_sent_in_pieces_is_the_list_read_at_once(
        client: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = client.get("/claims.json").get_json()
    monkeypatch.setattr(claim_list, "FIRST_STEP", 1)
    monkeypatch.setattr(claim_list, "LAST_STEP", 1)
    monkeypatch.setattr(claim_list, "STREAM", 2)
    pieces = client.get("/claims.json")
    assert pieces.headers["X-Total-Count"] == "6" and pieces.get_json()["rows"] == whole["rows"]
    lines = client.get("/claims.csv").data.decode().split("\r\n")
    assert len(lines) == 8 and lines[1].startswith(whole["rows"][0]["claim"])


def test_a_walked_list_is_paged_only_so_far_down(client: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claim_list, "FIRST_STEP", 1)
    monkeypatch.setattr(claim_list, "LAST_STEP", 1)
    monkeypatch.setattr(claim_list, "DEEPEST", 2)  # the newest two articles hold 3 claims
    assert client.get("/claims.json?limit=1&page=3").status_code == 200
    refused = client.get("/claims.json?limit=1&page=4")
    assert refused.status_code == 400 and "?actor=" in refused.get_json()["error"]["detail"]
    assert client.get("/claims.json?limit=1&page=1&type=casualty").status_code == 200
    assert client.get("/claims.json?limit=1&page=2&type=casualty").status_code == 400  # in the third article
    html = client.get("/claims?limit=1&page=3").data.decode()
    assert 'id="capped"' in html and 'rel="next"' not in html and 'rel="prev"' in html
    assert client.get("/claims.json?limit=1&page=4&actor=armenia").status_code == 200  # read whole: no cap
    assert len(client.get("/claims.json").get_json()["rows"]) == 6  # nor on the whole list


def test_a_long_list_binding_is_listed_by_its_first_terms_and_a_count() -> None:
    """A walk deep into /claims binds hundreds of articles a run: the queries box shows the first few and how many
    more (the bindings were 140 of a deep JSON page's 176 KB), a short list whole."""
    from flask import g
    from rdflib import URIRef

    from kb import sparql
    from web import core

    app = create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None})
    query = sparql.get("claims-of-articles")
    many = [URIRef(f"http://example.org/a{i}") for i in range(30)]
    with app.test_request_context("/claims.json"):
        core.note(query, {"article": many})
        core.note(query, {"article": many[:core.SHOWN_TERMS]})
        long, short = (q["bindings"]["article"] for q in g.queries)
    assert long.split(" … ")[0].split() == [t.n3() for t in many[:core.SHOWN_TERMS]]
    assert long.endswith(f"(+{30 - core.SHOWN_TERMS} more)")
    assert short.split() == [t.n3() for t in many[:core.SHOWN_TERMS]]


def test_the_cut_is_where_it_is_said_whatever_the_walks_step(
        client: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """Trial user32: at 1,050 articles ``?page=1001&limit=1`` answered but ``?page=1040`` was refused (the walk's
    last step ran past the deepest start), and a page past the last was refused as too deep instead of a 404."""
    monkeypatch.setattr(claim_list, "DEEPEST", 2)  # steps stay 20 and more: one step would read every article
    assert client.get("/claims.json?limit=1&page=3").status_code == 200
    assert client.get("/claims.json?limit=1&page=4").status_code == 400
    assert client.get("/claims.json?limit=1&page=7").status_code == 404  # six claims: past the last page


def test_a_type_filter_takes_the_class_iri_the_list_gives(client: FlaskClient) -> None:
    """The list's ``type`` column gives the class IRI: fed back as ``?type=`` it names the same type (trial user32)."""
    row = client.get("/claims.json?type=casualty").get_json()["rows"][0]
    again = client.get("/claims.json", query_string={"type": row["type"]})
    assert again.status_code == 200 and again.get_json()["total"] == 2
