"""The claim page and its formats (tryout 19): what an accusation alleges and whether a figure is an increment
(or, since session 22, a breakdown of a toll) are shown and exported; a rejected claim answers the same status in
HTML, JSON and CSV; numbers are numbers."""

from __future__ import annotations

import csv
import io

import pytest
from flask import Flask
from flask.testing import FlaskClient

from kb.pipeline.article import Article
from kb.pipeline.record import Claim
from kb.review import service
from kb.service import KnowledgeBase
from web import create_app

TEXT = ("Lakeside clashes\n\n"
        "The river council accused the hill militia of burning the grain depot near the ferry.\n\n"
        "Medics said another 12 villagers had died overnight.\n\n"
        "The mayor said 3 bridges were closed.\n")
ARTICLE = Article(name="lakeside", title="Lakeside clashes", published="2021-03-02",
                  url="https://news.example.org/2021/03/02/lakeside", lang="en", text=TEXT)
SPECS = [
    {"type": "accusation", "speaker": "River Council", "subject": "Hill Militia",
     "allegation": "burning the grain depot",
     "quote": "The river council accused the hill militia of burning the grain depot near the ferry.",
     "factuality": "alleged", "confidence": 0.75},
    {"type": "casualty", "speaker": "Medics", "subject": "River Council",
     "quantity_min": 12, "quantity_max": 12, "quantity_text": "another 12",
     "unit": "villagers killed", "increment": True, "breakdown": True,
     "quote": "Medics said another 12 villagers had died overnight."},
    {"type": "statement", "speaker": "Mayor", "quote": "The mayor said 3 bridges were closed."},
]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    kb = KnowledgeBase.open(":memory:")
    claims = []
    for spec in SPECS:
        start = TEXT.find(str(spec["quote"]))
        claims.append(Claim.from_dict({"article": ARTICLE.key, "start": start, "end": start + len(str(spec["quote"])),
                                       **spec}))
    assert kb.ingest_claims(ARTICLE, claims).status == "ingested"
    return kb


@pytest.fixture(scope="module")
def app(kb: KnowledgeBase) -> Flask:
    return create_app({"KB_STORE": kb, "RATE_LIMIT": None})


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def _key(client: FlaskClient, kind: str) -> str:
    r = client.get("/sparql", query_string={"query": "PREFIX ckb: <https://w3id.org/claimkb/ns#> SELECT ?c WHERE "
                                            f"{{ ?c a ckb:{kind} }}"})
    return str(r.get_json()["results"]["bindings"][0]["c"]["value"]).rsplit("/", 1)[1]


def test_the_allegation_is_on_the_page_json_and_csv(client: FlaskClient) -> None:
    key = _key(client, "AccusationClaim")
    assert "burning the grain depot" in client.get(f"/claims/{key}").get_data(as_text=True)
    assert client.get(f"/claims/{key}.json").get_json()["claim"]["allegation"] == "burning the grain depot"
    row = next(csv.DictReader(io.StringIO(client.get(f"/claims/{key}.csv").get_data(as_text=True))))
    assert row["allegation"] == "burning the grain depot"


@pytest.mark.parametrize("flag", ["increment", "breakdown"])
def test_an_increment_or_a_breakdown_is_said_and_exported(client: FlaskClient, flag: str) -> None:
    """"another 12" and a part of a toll its sentence gives (session 22) are marked on the page and in both formats."""
    key = _key(client, "CasualtyClaim")
    assert f'id="{flag}"' in client.get(f"/claims/{key}").get_data(as_text=True)
    assert client.get(f"/claims/{key}.json").get_json()["claim"][flag] is True
    row = next(csv.DictReader(io.StringIO(client.get(f"/claims/{key}.csv").get_data(as_text=True))))
    assert row[flag].lower() == "true"
    accusation = _key(client, "AccusationClaim")
    assert f'id="{flag}"' not in client.get(f"/claims/{accusation}").get_data(as_text=True)


def test_confidence_is_a_number(client: FlaskClient) -> None:
    key = _key(client, "AccusationClaim")
    assert client.get(f"/claims/{key}.json").get_json()["claim"]["confidence"] == 0.75


def test_a_rejected_claim_answers_alike_in_every_format(client: FlaskClient, kb: KnowledgeBase) -> None:
    key = _key(client, "StatementClaim")
    service.reject(kb.store, kb.gazetteer, f"https://w3id.org/claimkb/id/claim/{key}", by="Ana", reason="no claim")
    page, data, table = (client.get(f"/claims/{key}{s}") for s in ("", ".json", ".csv"))
    assert page.status_code == data.status_code == table.status_code == 200
    assert "Rejected" in page.get_data(as_text=True)
    assert data.get_json()["claim"]["status"] == "rejected" and data.get_json()["claim"]["shown"] is False
    assert data.get_json()["history"][-1]["status"] == "rejected"
    assert next(csv.DictReader(io.StringIO(table.get_data(as_text=True))))["status"] == "rejected"
    assert client.get(f"/claims/{key}.ttl").status_code == 404
