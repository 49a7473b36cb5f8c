"""/review's filters together (user27's trial): a review status narrowed by type and actor as the queue is, and
``status=unreviewed`` (a status README and ``kb review list`` name) answered, not refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask.testing import FlaskClient

from kb.review import listing
from kb.review.reviewers import Reviewers
from kb.service import KnowledgeBase
from web import create_app

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture
def kb():  # type: ignore[no-untyped-def]
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    kb.ingest_inputs([SAMPLES / "en_karabakh_truce_broken.txt"])
    yield kb


@pytest.fixture
def reviewed(kb: KnowledgeBase, tmp_path: Path) -> tuple[FlaskClient, list[listing.Row]]:
    """Every ceasefire claim accepted over the API; the client and the accepted rows."""
    token = Reviewers.load(tmp_path / "reviewers.json").add("Ana")
    app = create_app({"KB_STORE": kb, "RATE_LIMIT": None, "REVIEWERS_FILE": str(tmp_path / "reviewers.json")})
    client = app.test_client()
    ceasefires = [r for r in listing.rows(kb.store, kb.gazetteer) if r.record.type == "ceasefire"]
    assert len(ceasefires) >= 2
    for row in ceasefires:
        made = client.post(f"/api/claims/{row.claim}/review", json={"action": "accept"},
                           headers={"Authorization": f"Bearer {token}"})
        assert made.status_code == 201, made.json
    return client, ceasefires


def _claims(client: FlaskClient, query: str) -> set[str]:
    answer = client.get(f"/review.json?{query}")
    assert answer.status_code == 200, answer.json
    return {str(r["claim"]).rsplit("/", 1)[-1] for r in answer.json["rows"]}


def test_a_status_is_narrowed_by_type(reviewed: tuple[FlaskClient, list[listing.Row]]) -> None:
    client, accepted = reviewed
    assert _claims(client, "status=accepted") == {r.claim for r in accepted}
    assert _claims(client, "status=accepted&type=ceasefire") == {r.claim for r in accepted}
    assert _claims(client, "status=accepted&type=casualty") == set()
    shown = client.get("/review?status=accepted").get_data(as_text=True)
    assert all(f"/claims/{r.claim}\"" in shown for r in accepted)
    page = client.get("/review?status=accepted&type=casualty").get_data(as_text=True)
    assert not any(f"/claims/{r.claim}\"" in page for r in accepted)  # no row links to one


def test_a_status_is_narrowed_by_actor(reviewed: tuple[FlaskClient, list[listing.Row]]) -> None:
    client, accepted = reviewed
    pashinyan = {r.claim for r in accepted if r.record.speaker == "Nikol Pashinyan"}
    assert pashinyan, [r.record.speaker for r in accepted]
    assert _claims(client, "status=accepted&actor=nikol-pashinyan") == pashinyan
    parties = {r.claim for r in accepted if "Armenia" in r.record.subjects or r.record.speaker == "Armenia"}
    assert _claims(client, "status=accepted&actor=armenia") == parties
    assert _claims(client, "status=accepted&actor=russia-mfa") == set()


def test_unreviewed_is_a_status(reviewed: tuple[FlaskClient, list[listing.Row]]) -> None:
    client, accepted = reviewed
    unreviewed = _claims(client, "status=unreviewed")
    assert unreviewed and not unreviewed & {r.claim for r in accepted}
    assert unreviewed < _claims(client, "")  # the queue without a status also lists the reviewed ones
    assert _claims(client, "status=unreviewed&type=ceasefire") == set()
    assert client.get("/review?status=unreviewed").status_code == 200
    bogus = client.get("/review.json?status=bogus")
    assert bogus.status_code == 400 and "unreviewed" in bogus.json["error"]["detail"]
