"""Each review-queue row shows what a reviewer accepts (tryout 25): type, figure with its bounds, speaker, parties,
scope with its period and allegation, in the HTML and the JSON, for the queue and for a status filter alike."""

from __future__ import annotations

import re

from flask.testing import FlaskClient

from kb.pipeline.article import Article
from kb.pipeline.record import Claim
from kb.review import service as review_service
from kb.service import KnowledgeBase
from web import create_app

TEXT = ("Report from Kompas\n\n"
        "Baku said at least 120 Armenian soldiers were killed in 24 hours.\n"
        "Yerevan accused Azerbaijan of shelling Stepanakert.\n")


def _client() -> tuple[FlaskClient, KnowledgeBase]:
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    article = Article(text=TEXT, name="r", published="2020-10-05", url="https://kompas.example/r", outlet="Kompas",
                      lang="en")
    figure, accusation = TEXT.splitlines()[2], TEXT.splitlines()[3]
    claims = [
        Claim(article=article.key, type="casualty", speaker="Baku", quote=figure, start=TEXT.find(figure),
              end=TEXT.find(figure) + len(figure), subject="Armenia", quantity_min=120, quantity_max=None,
              unit="soldiers killed", scope="period", period_start="2020-10-04", period_end="2020-10-05"),
        Claim(article=article.key, type="accusation", speaker="Yerevan", quote=accusation,
              start=TEXT.find(accusation), end=TEXT.find(accusation) + len(accusation), subject="Azerbaijan",
              allegation="shelling Stepanakert"),
    ]
    assert kb.ingest_claims(article, claims).status == "ingested"
    return create_app({"KB_STORE": kb, "RATE_LIMIT": None}).test_client(), kb


def test_the_queue_json_carries_every_field_a_reviewer_accepts() -> None:
    client, _ = _client()
    rows = {r["speakerLabel"]: r for r in client.get("/review.json").get_json()["rows"]}
    baku = rows["Government of Azerbaijan"]
    assert (baku["min"], baku["max"], baku["unit"], baku["parties"], baku["scope"], baku["periodStart"],
            baku["periodEnd"]) == (120, None, "soldiers killed", "Armenia", "period", "2020-10-04", "2020-10-05")
    yerevan = rows["Government of Armenia"]
    assert (yerevan["parties"], yerevan["allegation"]) == ("Azerbaijan", "shelling Stepanakert")
    assert yerevan["type"].endswith("AccusationClaim")


def test_the_queue_page_shows_them_on_each_row() -> None:
    client, _ = _client()
    page = client.get("/review").get_data(as_text=True)
    items = re.findall(r'<li class="queue-item.*?</li>', page, re.S)
    assert len(items) == 2
    baku = next(i for i in items if "Government of Azerbaijan" in i)
    assert '<dd class="parties">Armenia</dd>' in baku
    assert "at least 120 soldiers killed" in baku and "(bounds 120 to open)" in baku
    assert '<dd class="scope">period (2020-10-04 to 2020-10-05)</dd>' in baku
    yerevan = next(i for i in items if "Government of Armenia" in i)
    assert '<dd class="allegation">shelling Stepanakert</dd>' in yerevan and "accusation" in yerevan
    assert '<dd class="parties">Azerbaijan</dd>' in yerevan


def test_a_status_filter_lists_the_same_fields() -> None:
    client, kb = _client()
    claim = next(r for r in client.get("/review.json").get_json()["rows"] if r["allegation"])
    kb.review(review_service.accept, claim["claim"], by="ana")  # as ``kb review accept`` does
    rows = create_app({"KB_STORE": kb, "RATE_LIMIT": None}).test_client().get("/review.json?status=accepted")
    (row,) = rows.get_json()["rows"]
    assert (row["parties"], row["allegation"], row["scope"]) == ("Azerbaijan", "shelling Stepanakert", None)
