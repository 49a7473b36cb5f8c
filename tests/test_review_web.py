"""Reviewing over HTTP: reviewers' bearer tokens on /api/claims/<id>/review, sign-in with a session cookie,
CSRF on every form, the /review queue, and writes off without reviewers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from kb.review import listing
from kb.review.reviewers import Reviewers
from kb.service import KnowledgeBase
from web import create_app

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture
def kb(tmp_path: Path):  # type: ignore[no-untyped-def]
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    kb.ingest_inputs([SAMPLES / "en_karabakh_truce_broken.txt"])
    yield kb


@pytest.fixture
def token(tmp_path: Path) -> str:
    return Reviewers.load(tmp_path / "reviewers.json").add("Ana")


def _client(kb: KnowledgeBase, reviewers: Path | None) -> FlaskClient:
    config = {"KB_STORE": kb, "RATE_LIMIT": None, "REVIEWERS_FILE": str(reviewers) if reviewers else None}
    return create_app(config).test_client()


@pytest.fixture
def client(kb: KnowledgeBase, tmp_path: Path, token: str) -> FlaskClient:
    return _client(kb, tmp_path / "reviewers.json")


def _claim(kb: KnowledgeBase, **fields: object) -> str:
    rows = [r for r in listing.rows(kb.store, kb.gazetteer)
            if all(getattr(r.record, k) == v for k, v in fields.items())]
    return rows[0].claim


def _csrf(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found, page
    return found.group(1)


def test_the_api_wants_a_reviewer_token(kb: KnowledgeBase, client: FlaskClient, token: str) -> None:
    claim = _claim(kb, quantity_min=9)
    url = f"/api/claims/{claim}/review"
    body = {"action": "correct", "set": {"speaker": "Armenia", "quantity_min": 12, "quantity_max": 12}}
    assert client.post(url, json=body).status_code == 401
    wrong = client.post(url, json=body, headers={"Authorization": "Bearer not-the-token"})
    assert wrong.status_code == 401 and wrong.json["error"]["status"] == 401
    assert listing.history(kb.store, f"https://w3id.org/claimkb/id/claim/{claim}") == []
    made = client.post(url, json=body, headers={"Authorization": f"Bearer {token}"})
    assert made.status_code == 201, made.json
    assert made.json["by"] == "Ana" and made.json["status"] == "corrected"
    page = client.get(f"/claims/{claim}.json").json["claim"]
    assert (page["speakerLabel"], page["min"]) == ("Armenia", 12)
    broken = client.post(url, json={"action": "correct", "set": {"quantity_min": 50, "quantity_max": 3}},
                         headers={"Authorization": f"Bearer {token}"})
    assert broken.status_code == 422 and "not above the upper bound" in broken.json["error"]["detail"]
    assert client.get(f"/claims/{claim}.json").json["claim"]["min"] == 12
    history = client.get(url).json["reviews"]
    assert [h["status"] for h in history] == ["corrected"]
    bad = client.post(url, json={"action": "approve"}, headers={"Authorization": f"Bearer {token}"})
    assert bad.status_code == 400
    missing = client.post("/api/claims/nope-0000000000/review", json={"action": "accept"},
                          headers={"Authorization": f"Bearer {token}"})
    assert missing.status_code == 404


def test_writes_are_off_without_reviewers(kb: KnowledgeBase) -> None:
    client = _client(kb, None)
    claim = _claim(kb, quantity_min=9)
    refused = client.post(f"/api/claims/{claim}/review", json={"action": "accept"},
                          headers={"Authorization": "Bearer anything"})
    assert refused.status_code == 403 and "kb reviewer add" in refused.json["error"]["detail"]
    assert "Reviews are off" in client.get("/review").get_data(as_text=True)
    assert client.post("/review/signin", data={"token": "x"}).status_code == 403


def test_sign_in_once_then_forms_with_csrf(kb: KnowledgeBase, client: FlaskClient, token: str) -> None:
    claim = _claim(kb, quantity_min=5001)
    page = client.get("/review/signin").get_data(as_text=True)
    csrf = _csrf(page)
    assert client.post("/review/signin", data={"csrf": csrf, "token": "wrong"}).status_code == 401
    assert client.post("/review/signin", data={"token": token}).status_code == 403  # no CSRF token
    assert client.post("/review/signin", data={"csrf": csrf, "token": token}).status_code == 303
    queue = client.get("/review").get_data(as_text=True)
    assert "Reviewing as <strong>Ana</strong>" in queue and token not in queue
    csrf = _csrf(queue)
    assert client.post(f"/claims/{claim}/review", data={"action": "reject"}).status_code == 403  # no CSRF
    done = client.post(f"/claims/{claim}/review", data={"csrf": csrf, "action": "reject", "reason": "not deaths",
                                                        "next": "/review"})
    assert done.status_code == 303 and done.headers["Location"] == "/review"
    rows = {r.claim: r for r in listing.rows(kb.store, kb.gazetteer)}
    assert rows[claim].status == "rejected" and rows[claim].review and rows[claim].review.reviewer == "Ana"
    history = client.get(f"/api/claims/{claim}/review").json["reviews"]
    assert history[0]["reason"] == "not deaths"
    hidden = client.get(f"/claims/{claim}")  # the rejected claim's page: its history, and a way back
    assert hidden.status_code == 200 and "Rejected by Ana" in hidden.get_data(as_text=True)
    gone = client.get(f"/claims/{claim}.json")  # gone from the data: the JSON says so, at the page's status
    assert gone.status_code == 200 and gone.json["claim"]["status"] == "rejected" and not gone.json["claim"]["shown"]
    assert client.get(f"/claims/{claim}.ttl").status_code == 404
    restored = client.post(f"/claims/{claim}/review", data={"csrf": _csrf(hidden.get_data(as_text=True)),
                                                            "action": "accept"})
    assert restored.status_code == 303
    assert client.get(f"/claims/{claim}.json").json["claim"]["min"] == 5001
    # a correction through the claim page's form: only the changed fields are sent on
    other = _claim(kb, quantity_min=9)
    form = client.get(f"/claims/{other}").get_data(as_text=True)
    assert 'id="correct-claim"' in form and "Not reviewed yet" in form
    fields = dict(re.findall(r'<input name="(\w+)"[^>]*value="([^"]*)"', form))
    sent = client.post(f"/claims/{other}/review", data={**fields, "csrf": _csrf(form), "action": "correct",
                                                         "quantity_min": "12", "quantity_max": "12",
                                                         "type": "casualty", "factuality": "asserted"})
    assert sent.status_code == 303
    after = client.get(f"/claims/{other}").get_data(as_text=True)
    assert "<code>quantity_min</code>: 9 → 12" in after
    # outside redirects are refused
    odd = client.post(f"/claims/{other}/review", data={"csrf": _csrf(after), "action": "accept",
                                                       "next": "https://evil.example/"})
    assert odd.headers["Location"] == f"/claims/{other}"


def test_the_queue_puts_unreviewed_and_least_confident_first(kb: KnowledgeBase, client: FlaskClient,
                                                             token: str) -> None:
    rows = client.get("/review.json").json["rows"]
    assert rows and all(not r["reviewed"] for r in rows)
    confidences = [r["confidence"] for r in rows if r["confidence"] is not None]
    assert confidences == sorted(confidences)
    first = rows[0]["claim"].rsplit("/", 1)[-1]
    client.post(f"/api/claims/{first}/review", json={"action": "accept"}, headers={"Authorization": f"Bearer {token}"})
    again = client.get("/review.json").json["rows"]
    assert again[-1]["claim"] == rows[0]["claim"] and again[-1]["reviewed"]
    casualties = client.get("/review.json?type=casualty").json["rows"]
    assert casualties and all(r["type"].endswith("CasualtyClaim") for r in casualties)
    # each row carries its figure, which a reviewer checks first (tryout 20: rows had no figure)
    assert all(r["min"] is not None or r["max"] is not None for r in casualties)
    shown = next(r for r in casualties if r["min"] is not None)
    assert f"{int(shown['min']):,}" in client.get("/review?type=casualty").get_data(as_text=True)
    assert client.get("/review.json?type=nonsense").status_code == 400
    armenia = client.get("/review.json?actor=armenia").json["rows"]
    assert armenia and len(armenia) < len(rows)
    second = rows[1]["claim"].rsplit("/", 1)[-1]
    client.post(f"/api/claims/{second}/review", json={"action": "reject"}, headers={"Authorization": f"Bearer {token}"})
    assert second not in {r["claim"].rsplit("/", 1)[-1] for r in client.get("/review.json").json["rows"]}
    rejected = client.get("/review.json?status=rejected").json["rows"]  # the filter that shows them
    assert [r["claim"].rsplit("/", 1)[-1] for r in rejected] == [second]
    page = client.get("/review?status=rejected").get_data(as_text=True)
    assert "rejected" in page and rows[1]["quote"][:30] in page
    assert client.get("/review.json?status=bogus").status_code == 400


def test_readers_get_no_session(kb: KnowledgeBase, client: FlaskClient) -> None:
    """A reader who never signs in gets no cookie and pages stay cacheable (Vary: Accept only)."""
    claim = _claim(kb, quantity_min=9)
    for path in (f"/claims/{claim}", "/review", "/articles"):
        answer = client.get(path)
        assert answer.status_code == 200 and "Set-Cookie" not in answer.headers, path
    assert client.get(f"/claims/{claim}").headers["Vary"] == "Accept"


def test_adding_a_claim_from_a_selection(kb: KnowledgeBase, client: FlaskClient, token: str) -> None:
    key = listing.rows(kb.store, kb.gazetteer)[0].record.article
    text = kb.article(key).text
    start = text.index("Armenia denied")
    csrf = _csrf(client.get("/review/signin").get_data(as_text=True))
    client.post("/review/signin", data={"csrf": csrf, "token": token})
    page = client.get(f"/articles/{key}").get_data(as_text=True)
    assert 'id="add-claim"' in page
    quote = "Armenia denied firing on Ganja"
    made = client.post(f"/articles/{key}/claims", data={"csrf": _csrf(page), "start": str(start + 3),
                                                         "end": str(start + 3 + len(quote)), "quote": quote,
                                                         "type": "denial", "speaker": "Armenia"})
    assert made.status_code == 303 and made.headers["Location"].startswith("/claims/")
    added = [r for r in listing.rows(kb.store, kb.gazetteer) if r.status == "added"]
    assert [(r.record.quote, r.record.start) for r in added] == [(quote, start)]  # found by its text
    api = client.post(f"/api/articles/{key}/claims", json={"start": start, "end": start + 7,
                                                           "set": {"type": "statement", "speaker": "Armenia"}},
                      headers={"Authorization": f"Bearer {token}"})
    assert api.status_code == 201 and api.json["status"] == "added"


def test_sign_out_from_any_page_and_what_a_stale_form_says(kb: KnowledgeBase, client: FlaskClient,
                                                           token: str) -> None:
    """Trial user32: sign-out was only on /review; a stale sign-out form silently kept the reviewer signed in; and a
    tab left open after signing out answered "Form expired" where it meant "sign in again"."""
    claim = _claim(kb)
    csrf = _csrf(client.get("/review/signin").get_data(as_text=True))
    assert client.post("/review/signin", data={"csrf": csrf, "token": token}).status_code == 303
    page = client.get("/claims").get_data(as_text=True)
    assert 'id="nav-signout"' in page
    stale = client.post("/review/signout", data={"csrf": "stale"})
    assert stale.status_code == 403 and "still signed in" in stale.get_data(as_text=True)
    left_open = _csrf(page)  # the nav's form, as any form of a page left open
    out = client.post("/review/signout", data={"csrf": _csrf(page), "next": "/claims"})
    assert out.status_code == 303 and out.headers["Location"] == "/claims"
    assert 'id="nav-signout"' not in client.get("/claims").get_data(as_text=True)
    late = client.post(f"/claims/{claim}/review", data={"csrf": left_open, "action": "accept"})
    assert late.status_code == 401 and "sign in" in late.get_data(as_text=True).lower()
