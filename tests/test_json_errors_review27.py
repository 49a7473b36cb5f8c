"""``POST /api/articles`` names broken JSON with the whole reason, as ``kb add`` and ``kb eval`` do since user27
(``kb.errors.json_reason``): Python's "Unterminated string starting at" ended the detail in a dangling "at)"."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.fixtures import demo
from web import create_app

TOKEN = "correct horse battery staple"


@pytest.fixture
def client() -> FlaskClient:
    app: Flask = create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None, "API_TOKEN": TOKEN})
    return app.test_client()


@pytest.mark.parametrize("body", [b'{"text": "an unterminated', b'{"text": "a\x01b"}'])
def test_a_broken_body_gives_the_whole_reason(client: FlaskClient, body: bytes) -> None:
    response = client.post("/api/articles", data=body, content_type="application/json",
                           headers={"Authorization": f"Bearer {TOKEN}"})
    detail = str(response.get_json()["error"]["detail"])
    assert response.status_code == 400 and detail.startswith("the body is not valid JSON (line 1, column "), detail
    assert not detail.endswith(" at)"), detail
