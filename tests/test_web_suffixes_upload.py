"""Two web findings of issue 18: unknown list suffixes are 404 (E), and the upload form reads
legacy-encoded files as ``kb ingest`` does (F)."""

from __future__ import annotations

import io
import re

import pytest
from flask import Flask
from flask.testing import FlaskClient

from kb.pipeline.decode import decode_text
from tests.fixtures import demo
from web import create_app

TOKEN = "correct horse battery staple"
LISTS = ["/actors", "/articles", "/conflicts", "/quarantine"]


@pytest.fixture(scope="module")
def app() -> Flask:
    return create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None, "API_TOKEN": TOKEN})


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.mark.parametrize("suffix", ["xml", "foo", "ttl", "jsonld", "JSON", "html.json"])
@pytest.mark.parametrize("path", LISTS)
def test_an_unknown_list_suffix_is_404_in_the_json_shape(client: FlaskClient, path: str, suffix: str) -> None:
    response = client.get(f"{path}.{suffix}", headers={"Accept": "application/json"})
    assert response.status_code == 404, response.get_data(as_text=True)
    assert response.get_json() == {"error": {"status": 404, "title": "Not found",
                                             "detail": f"this resource has no .{suffix} form"}}


@pytest.mark.parametrize("path", LISTS)
def test_an_unknown_list_suffix_is_a_404_page_for_browsers(client: FlaskClient, path: str) -> None:
    response = client.get(f"{path}.xml", headers={"Accept": "text/html"})
    assert response.status_code == 404 and response.mimetype == "text/html"
    assert "this resource has no .xml form" in response.get_data(as_text=True)


@pytest.mark.parametrize("path", LISTS)
def test_the_known_list_suffixes_still_answer(client: FlaskClient, path: str) -> None:
    assert client.get(f"{path}.json").status_code == 200
    assert client.get(f"{path}.csv").mimetype == "text/csv"


# ---- the upload form decodes like the CLI

LATIN1 = ("Baku says more than 710 Armenian soldiers were killed on Monday, the caf\xe9 owner in "
          "Stepanakert said. Yerevan denied the figure, the outlet reported.\n")


def csrf_of(client: FlaskClient) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get("/upload").get_data(as_text=True))
    assert found is not None
    return found.group(1)


def upload(client: FlaskClient, data: bytes, filename: str = "latin.txt"):  # type: ignore[no-untyped-def]
    form = {"token": TOKEN, "title": "Latin-1 upload", "lang": "en", "csrf": csrf_of(client),
            "file": (io.BytesIO(data), filename)}
    return client.post("/upload", data=form, content_type="multipart/form-data")


def test_upload_a_latin1_file_as_the_cli_reads_it(client: FlaskClient) -> None:
    data = LATIN1.encode("latin-1")
    text, note = decode_text(data, "file latin.txt")  # what kb ingest would store
    assert note == "file latin.txt: not UTF-8; decoded as cp1252"
    response = upload(client, data)
    page = response.get_data(as_text=True)
    assert response.status_code == 201, page
    assert "not UTF-8; decoded as cp1252" in page  # the note names the encoding
    link = re.search(r'href="(/articles/[0-9a-f]{16})"', page)
    assert link is not None
    stored = client.get(link.group(1) + ".json").get_json()["article"]["text"]
    assert stored == text and "café" in stored


def test_upload_a_binary_file_is_refused_with_the_clis_reason(client: FlaskClient) -> None:
    response = upload(client, b"\x00\x01\x02binary" * 50, "scan.txt")
    assert response.status_code == 400 and "binary file, not article text" in response.get_data(as_text=True)


def test_actor_kinds_are_matched_whatever_their_case() -> None:
    from tests.fixtures import demo
    from web import create_app

    client = create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None}).test_client()
    upper = client.get("/actors.json", query_string={"kind": "Person"}).get_json()
    lower = client.get("/actors.json", query_string={"kind": "person"}).get_json()
    assert lower == upper and lower
    assert client.get("/actors.json", query_string={"kind": "planet"}).status_code == 400
