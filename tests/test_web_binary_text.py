"""The same bytes get the same answer on every path that takes an article (tryout 25).

A binary file was "binary file, not article text" to the upload form, ``kb ingest`` and ``kb extract``, but
``POST /api/articles`` as text/plain said "not valid utf-8-sig (byte 0)", and ``{"text": 42}`` was "missing or
empty". Now one check (``kb.pipeline.decode.check_text`` / ``decode_text``) gives one message everywhere, in the
documented JSON error shape for the API and exit 2 for the CLI; a text/plain body without a charset is decoded as
``kb ingest`` decodes a file (a legacy encoding with a note)."""

from __future__ import annotations

import io
import random
import subprocess
import sys
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from tests.test_web_write import AUTH, TOKEN, article, csrf_of, error_of, make_app

BINARY = "binary file, not article text"
NOISE = bytes(b or 1 for b in random.Random(25).randbytes(3000))  # no NUL: the user's scan had none at its start
SAMPLES = {"noise": NOISE, "nul": b"\x00\x01\x02binary" * 50}


@pytest.fixture()
def client() -> FlaskClient:
    return make_app().test_client()


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_one_binary_file_gets_one_message_on_every_path(client: FlaskClient, tmp_path: Path, kind: str) -> None:
    data = SAMPLES[kind]
    path = tmp_path / "scan.txt"
    path.write_bytes(data)
    said = []  # each path's message, from "binary file" on (a reason may follow it, the same on every path)
    for command in (["ingest", "--store", ":memory:"], ["extract"]):
        done = subprocess.run([sys.executable, "-m", "kb.cli", *command, str(path)], capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 2 and done.stderr.startswith(f"kb: {path}: {BINARY}"), done.stderr
        said.append(done.stderr.splitlines()[0].split(": ", 2)[2])
    form = {"token": TOKEN, "title": "Scan", "lang": "en", "csrf": csrf_of(client),
            "file": (io.BytesIO(data), "scan.txt")}
    page = client.post("/upload", data=form, content_type="multipart/form-data").get_data(as_text=True)
    assert f"file scan.txt: {BINARY}" in page
    for content_type in ("text/plain", "text/plain; charset=utf-8"):
        api = client.post("/api/articles", data=data, content_type=content_type, headers=AUTH)
        detail = str(error_of(api)["detail"])
        assert api.status_code == 400 and detail.startswith(f"text: {BINARY}"), detail
        said.append(detail.removeprefix("text: "))
    assert len(set(said)) == 1 and said[0] in page, said


def test_json_text_with_control_characters_gets_the_same_message(client: FlaskClient) -> None:
    for text in ("Baku says\x00 10 soldiers died.", "\x01\x02\x03\x04" * 30 + "Baku says 10 soldiers died."):
        response = client.post("/api/articles", json=article(text=text), headers=AUTH)
        assert response.status_code == 400 and error_of(response)["detail"] == f"text: {BINARY}"


@pytest.mark.parametrize(("text", "detail"), [
    (42, "text: must be a string (the article text), not a number"),
    (["Baku says"], "text: must be a string (the article text), not an array"),
    ({"body": "Baku says"}, "text: must be a string (the article text), not an object"),
    (True, "text: must be a string (the article text), not a boolean"),
    (None, "text: the article text is missing"),
    ("  \n", "text: the article text is empty"),
])
def test_a_text_that_is_not_a_string_is_named_as_such(client: FlaskClient, text: object, detail: str) -> None:
    response = client.post("/api/articles", json={**article(), "text": text}, headers=AUTH)
    assert response.status_code == 400 and error_of(response)["detail"] == detail


def test_a_missing_text_field_is_missing(client: FlaskClient) -> None:
    body = {k: v for k, v in article().items() if k != "text"}
    response = client.post("/api/articles", json=body, headers=AUTH)
    assert response.status_code == 400 and error_of(response)["detail"] == "text: the article text is missing"


def test_text_plain_without_a_charset_is_decoded_as_kb_ingest_decodes_a_file(client: FlaskClient) -> None:
    text = "Baku says more than 350 Armenian soldiers were killed on Monday, the café owner’s paper reported.\n"
    response = client.post("/api/articles", data=text.encode("cp1252"), content_type="text/plain",
                           query_string={"title": "Legacy bytes", "lang": "en"}, headers=AUTH)
    assert response.status_code == 201, response.get_data(as_text=True)
    assert response.get_json()["notes"] == ["text: not UTF-8; decoded as cp1252"]
    assert "café owner’s" in client.get(response.get_json()["url"]).get_data(as_text=True)


def test_a_declared_charset_is_still_honoured_and_named_when_wrong(client: FlaskClient) -> None:
    text = "Baku says 350 soldiers were killed in Ağdam on Monday.\n"
    latin = client.post("/api/articles", data=text.replace("ğ", "g").replace("A", "Á").encode("latin-1"),
                        content_type="text/plain; charset=latin-1", query_string={"lang": "en"}, headers=AUTH)
    assert latin.status_code == 201 and "notes" not in latin.get_json()
    wrong = client.post("/api/articles", data=b"Baku says \xff 350.", content_type="text/plain; charset=ascii",
                        headers=AUTH)
    assert wrong.status_code == 400 and error_of(wrong)["detail"] == "text: not valid ascii (byte 10)"
    unknown = client.post("/api/articles", data=b"x", content_type="text/plain; charset=klingon", headers=AUTH)
    assert unknown.status_code == 400 and error_of(unknown)["detail"] == "text: unknown charset 'klingon'"
