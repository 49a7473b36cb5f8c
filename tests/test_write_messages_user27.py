"""What a refused write says (user27's trial): a broken JSON body to ``POST /api/articles`` is named as broken
JSON with its position (it was "must be a JSON object with at least 'text'"), and the upload form sent with neither
a file nor text says that (it was "text: the article text is empty", as if text had been given)."""

from __future__ import annotations

import io
import re

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.fixtures import demo
from web import create_app

TOKEN = "correct horse battery staple"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def client() -> FlaskClient:
    app: Flask = create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None, "API_TOKEN": TOKEN})
    return app.test_client()


def _error(response) -> str:  # type: ignore[no-untyped-def]
    body = response.get_json()
    assert response.status_code == 400 and set(body) == {"error"}, body
    assert body["error"]["status"] == 400 and body["error"]["title"] == "Bad article"
    return str(body["error"]["detail"])


@pytest.mark.parametrize(("body", "where"), [(b'{"text":', "line 1, column 9"),
                                              (b'{"text": "a"\n "title": 1}', "line 2, column 2"),
                                              (b"{'text': 'a'}", "line 1, column 2")])
def test_broken_json_is_named_with_its_position(client: FlaskClient, body: bytes, where: str) -> None:
    detail = _error(client.post("/api/articles", data=body, content_type="application/json", headers=AUTH))
    assert detail.startswith("the body is not valid JSON (") and where in detail, detail


def test_json_that_is_not_an_object_keeps_its_message(client: FlaskClient) -> None:
    for body in (b"[1, 2]", b'"text"', b"", b"null"):
        detail = _error(client.post("/api/articles", data=body, content_type="application/json", headers=AUTH))
        assert detail == "the body must be a JSON object with at least 'text'", (body, detail)


def test_a_body_not_in_utf8_is_named(client: FlaskClient) -> None:
    detail = _error(client.post("/api/articles", data='{"text": "caf\u00e9"}'.encode("latin-1"),
                                content_type="application/json", headers=AUTH))
    assert detail.startswith("the body is not valid JSON"), detail


def _form(client: FlaskClient, **fields: object) -> dict[str, object]:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get("/upload").get_data(as_text=True))
    assert found is not None
    return {"csrf": found.group(1), "token": TOKEN, "lang": "en", **fields}


def test_the_form_with_neither_file_nor_text_says_so(client: FlaskClient) -> None:
    page = client.post("/upload", data=_form(client, text=""), content_type="multipart/form-data")
    assert page.status_code == 400
    assert "no article: choose a file or paste its text" in page.get_data(as_text=True)
    blank = client.post("/upload", data=_form(client, text="   \n"), content_type="multipart/form-data")
    assert "the article text is empty" in blank.get_data(as_text=True)  # text given, but blank
    empty_file = client.post("/upload", data=_form(client, text="", file=(io.BytesIO(b""), "a.txt")),
                             content_type="multipart/form-data")
    assert "empty file" in empty_file.get_data(as_text=True)
