"""A claim's page, .json and .csv carry the whole claim (tryout D): the CSV is the claim as one row (its quote,
speaker, figure, scope, place, confidence, with its via chain and parties as columns), not its parties table; the
page and the JSON show the stored scope, period, place and confidence."""

from __future__ import annotations

import csv
import io

import pytest
from flask.testing import FlaskClient

from kb.pipeline.article import Article
from kb.service import KnowledgeBase
from tests.conftest import make_claim
from web import create_app

TEXT = "Baku says more than 300 Armenian soldiers were killed on Monday near the ridge. Tail."


@pytest.fixture(scope="module")
def stored() -> tuple[FlaskClient, str]:
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    article = Article(text=TEXT, name="ridge", lang="en", outlet="Kompas", published="2020-09-29")
    claim = make_claim(article)
    kb.ingest_claims(article, [claim])
    key = str(kb.store.select("PREFIX ckb: <https://w3id.org/claimkb/ns#> SELECT ?c WHERE { ?c a ckb:CasualtyClaim }")
              .rows[0]["c"]).rsplit("/", 1)[1]
    return create_app({"KB_STORE": kb, "RATE_LIMIT": None}).test_client(), key


def test_the_csv_is_the_claim_as_one_row(stored: tuple[FlaskClient, str]) -> None:
    client, key = stored
    response = client.get(f"/claims/{key}.csv")
    assert response.mimetype == "text/csv"
    (row,) = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert row["quote"] == TEXT[:TEXT.index(".") + 1] and row["speakerLabel"] == "Government of Azerbaijan"
    assert (row["min"], row["quantityText"], row["unit"]) == ("301", "more than 300", "soldiers killed")
    assert (row["scope"], row["periodStart"], row["periodEnd"]) == ("cumulative", "2020-09-27", "2020-09-28")
    assert row["place"] == "Nagorno-Karabakh" and float(row["confidence"]) == 0.8
    assert row["subjectLabels"] == "Armenia" and row["viaLabels"] == "Reuters"
    assert row["subjects"].startswith("https://w3id.org/claimkb/id/actor/")


def test_the_json_gives_the_claim_its_row_and_its_parties(stored: tuple[FlaskClient, str]) -> None:
    client, key = stored
    data = client.get(f"/claims/{key}.json").get_json()
    assert data["claim"]["scope"] == "cumulative" and data["claim"]["place"] == "Nagorno-Karabakh"
    assert float(data["claim"]["confidence"]) == 0.8
    assert len(data["rows"]) == 1 and data["rows"][0]["quote"] == data["claim"]["quote"]
    assert {(p["role"], p["label"]) for p in data["parties"]} == {("subject", "Armenia"), ("via", "Reuters")}


def test_the_page_shows_scope_place_and_confidence(stored: tuple[FlaskClient, str]) -> None:
    client, key = stored
    page = client.get(f"/claims/{key}").get_data(as_text=True)
    assert '<dd id="scope">cumulative (from 2020-09-27 to 2020-09-28)</dd>' in page
    assert '<dd id="place">Nagorno-Karabakh</dd>' in page
    assert '<dd id="confidence">0.8 ' in page
