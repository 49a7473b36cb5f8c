"""The write API (``POST /api/articles``) and the upload form: every status they answer, the writer lock
borrowed only per request, CSRF, escaping, and new claims visible on the pages right after a write."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from kb.service import KnowledgeBase
from tests.fixtures import demo
from web import create_app

TOKEN = "correct horse battery staple"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def article(n: int = 350, **meta: str) -> dict[str, str]:
    text = (f"Baku says more than {n} Armenian soldiers were killed on Monday. "
            "Yerevan denied the figure, the outlet reported.\n")
    return {"text": text, "title": f"Baku figure {n}", "published": "2020-10-01",
            "url": f"https://news.example.org/write/{n}", "outlet": "ARRAHMAHNEWS", "lang": "en", **meta}


def make_app(**config: object) -> Flask:
    return create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None, "API_TOKEN": TOKEN, **config})


@pytest.fixture()
def client() -> FlaskClient:
    return make_app().test_client()


def error_of(response) -> dict[str, object]:  # type: ignore[no-untyped-def]
    body = response.get_json()
    assert set(body["error"]) == {"status", "title", "detail"} and body["error"]["status"] == response.status_code
    return body["error"]  # type: ignore[no-any-return]


def test_201_ingests_and_the_claims_show_on_the_pages_at_once(client: FlaskClient) -> None:
    response = client.post("/api/articles", json=article(350), headers=AUTH)
    assert response.status_code == 201, response.get_data(as_text=True)
    out = response.get_json()
    assert out["status"] == "ingested" and out["claims"] >= 1 and re.fullmatch(r"[0-9a-f]{16}", out["key"])
    assert out["url"] == f"/articles/{out['key']}" and response.headers["Location"] == out["url"]
    assert "Access-Control-Allow-Origin" not in response.headers  # writes are not offered cross-origin
    page = client.get(out["url"]).get_data(as_text=True)
    assert "Baku figure 350" in page and "<mark" in page  # the extracted claims are highlighted
    titles = [r["title"] for r in client.get("/articles.json").get_json()["rows"]]
    assert "Baku figure 350" in titles
    again = client.post("/api/articles", json=article(350), headers=AUTH)
    assert again.status_code == 200 and again.get_json()["status"] == "unchanged"
    assert again.get_json()["key"] == out["key"] and again.headers["Location"] == out["url"]
    changed = client.post("/api/articles", json=article(350, title="Baku figure, corrected"), headers=AUTH)
    assert changed.status_code == 200 and changed.get_json()["status"] == "replaced"


def test_201_from_a_text_plain_body_with_metadata_in_the_query(client: FlaskClient) -> None:
    meta = article(420)
    text = meta.pop("text")
    response = client.post("/api/articles", data=text.encode(), content_type="text/plain; charset=utf-8",
                           query_string=meta, headers=AUTH)
    assert response.status_code == 201 and response.get_json()["status"] == "ingested"
    assert "Baku figure 420" in client.get(response.get_json()["url"]).get_data(as_text=True)


def test_403_when_no_token_is_configured() -> None:
    client = make_app(API_TOKEN=None).test_client()
    response = client.post("/api/articles", json=article(), headers=AUTH)
    assert response.status_code == 403 and "KB_API_TOKEN" in str(error_of(response)["detail"])
    assert client.get("/upload").status_code == 403
    assert 'href="/upload"' not in client.get("/").get_data(as_text=True)  # no nav link when writes are off


@pytest.mark.parametrize("header", [None, "Bearer wrong", f"Basic {TOKEN}", f"Bearer {TOKEN}x", "Bearer "])
def test_401_for_a_missing_or_wrong_token(client: FlaskClient, header: str | None) -> None:
    headers = {"Authorization": header} if header is not None else {}
    response = client.post("/api/articles", json=article(), headers=headers)
    assert response.status_code == 401 and response.headers["WWW-Authenticate"].startswith("Bearer")
    assert error_of(response)["title"] == "Unauthorized"


def test_413_for_a_body_over_the_cap() -> None:
    client = make_app(WRITE_MAX_BYTES=1000).test_client()
    response = client.post("/api/articles", json=article(n=1, text="x" * 2000), headers=AUTH)
    assert response.status_code == 413 and error_of(response)["status"] == 413
    plain = client.post("/api/articles", data=b"y" * 5000, content_type="text/plain", headers=AUTH)
    assert plain.status_code == 413


def test_an_article_above_the_apps_64_kib_default_cap_is_accepted(client: FlaskClient) -> None:
    big = article(360)
    big["text"] = "Fighting over Nagorno-Karabakh resumed in late September. " * 1300 + big["text"]
    assert len(big["text"]) > 70_000
    assert client.post("/api/articles", json=big, headers=AUTH).status_code == 201


def test_upload_413_for_a_file_over_the_cap() -> None:
    import io

    client = make_app(WRITE_MAX_BYTES=1000).test_client()
    data = form(csrf_of(client), file=(io.BytesIO(b"z" * 100_000), "big.txt"))
    assert client.post("/upload", data=data, content_type="multipart/form-data").status_code == 413


@pytest.mark.parametrize(("change", "field"), [
    ({"published": "yesterday"}, "published"),
    ({"url": "javascript:alert(1)"}, "url"),
    ({"lang": "<script>"}, "lang"),
    ({"title": 42}, "title"),
    ({"colour": "red"}, "colour"),
    ({"text": ""}, "text"),
    ({"text": None}, "text"),
])
def test_400_names_the_bad_field(client: FlaskClient, change: dict[str, object], field: str) -> None:
    response = client.post("/api/articles", json={**article(), **change}, headers=AUTH)
    assert response.status_code == 400 and field in str(error_of(response)["detail"])


def test_400_and_415_for_bodies_that_are_not_articles(client: FlaskClient) -> None:
    assert client.post("/api/articles", data=b"[1, 2]", content_type="application/json",
                       headers=AUTH).status_code == 400
    assert client.post("/api/articles", data=b"\xff\xfe", content_type="text/plain", headers=AUTH).status_code == 400
    assert client.post("/api/articles", data=b"<p>x</p>", content_type="text/html", headers=AUTH).status_code == 415


def test_422_with_the_shacl_messages_when_quarantined(client: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    refused = demo.REFUSED
    monkeypatch.setattr(KnowledgeBase, "extract", lambda self, a: demo.claims_for(refused))
    a = refused.article
    body = {"text": a.text, "title": a.title, "url": a.url, "published": a.published, "lang": a.lang}
    response = client.post("/api/articles", json=body, headers=AUTH)
    assert response.status_code == 422
    assert "offsets must lie inside the article text" in str(error_of(response)["detail"])
    outcome = response.get_json()["outcome"]
    assert outcome["status"] == "quarantined" and outcome["url"] == f"/quarantine/{a.key}"
    assert any("offsets" in m for m in outcome["messages"])
    assert client.get(outcome["url"]).status_code == 200


HOLD = textwrap.dedent("""
    import sys, time, pyoxigraph
    store = pyoxigraph.Store(sys.argv[1])
    print("locked", flush=True)
    sys.stdin.readline()
""")


@pytest.fixture()
def disk_app(tmp_path: Path) -> Iterator[tuple[Flask, Path]]:
    location = tmp_path / "kb"
    demo.build(str(location)).close()
    yield create_app({"KB_STORE": str(location), "RATE_LIMIT": None, "API_TOKEN": TOKEN, "WRITE_WAIT": 0.5}), location


def test_503_with_retry_after_while_another_process_holds_the_writer_lock(disk_app: tuple[Flask, Path]) -> None:
    app, location = disk_app
    client = app.test_client()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(location / "oxigraph")], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        response = client.post("/api/articles", json=article(500), headers=AUTH)
        assert response.status_code == 503 and int(response.headers["Retry-After"]) >= 1
        assert "held the store" in str(error_of(response)["detail"])
        assert client.get("/articles.json").status_code == 200  # reads go on beside the writer
    finally:
        holder.communicate("\n", timeout=10)
    retried = client.post("/api/articles", json=article(500), headers=AUTH)
    assert retried.status_code == 201
    assert "Baku figure 500" in client.get(retried.get_json()["url"]).get_data(as_text=True)


def test_the_app_holds_no_writer_lock_between_writes(disk_app: tuple[Flask, Path]) -> None:
    app, location = disk_app
    client = app.test_client()
    assert client.post("/api/articles", json=article(510), headers=AUTH).status_code == 201
    writer = KnowledgeBase.open(str(location))  # would fail with "lock" if the app had kept it
    writer.close()
    assert client.get("/sparql", query_string={"query": "ASK { ?a <http://purl.org/dc/terms/title> "
                                                        "'Baku figure 510' }"}).get_json()["boolean"] is True


def test_a_new_disk_store_is_created_and_released(tmp_path: Path) -> None:
    location = tmp_path / "fresh"
    client = create_app({"KB_STORE": str(location), "API_TOKEN": TOKEN}).test_client()
    KnowledgeBase.open(str(location)).close()  # the lock is free although the app made the store
    assert client.post("/api/articles", json=article(520), headers=AUTH).status_code == 201
    assert client.get("/articles.json").get_json()["rows"][0]["title"] == "Baku figure 520"


# ---- the upload form

def csrf_of(client: FlaskClient) -> str:
    page = client.get("/upload")
    assert page.status_code == 200
    found = re.search(r'name="csrf" value="([^"]+)"', page.get_data(as_text=True))
    assert found is not None
    return found.group(1)


def form(csrf: str | None, **fields: object) -> dict[str, object]:
    data: dict[str, object] = {"token": TOKEN, "title": "Uploaded figure", "lang": "en", **fields}
    if csrf is not None:
        data["csrf"] = csrf
    return data


def test_upload_link_shows_only_when_writes_are_enabled(client: FlaskClient) -> None:
    assert 'href="/upload"' in client.get("/").get_data(as_text=True)


@pytest.mark.parametrize("csrf", [None, "forged-token-that-is-long-enough-to-look-real"])
def test_upload_refuses_a_missing_or_wrong_csrf_token(client: FlaskClient, csrf: str | None) -> None:
    csrf_of(client)  # the session has a token; the form just does not carry it
    response = client.post("/upload", data=form(csrf, text=article(600)["text"]))
    assert response.status_code == 403 and "CSRF" in response.get_data(as_text=True)
    assert "Uploaded figure" not in client.get("/articles").get_data(as_text=True)


def test_upload_refuses_a_session_without_a_token() -> None:
    fresh = make_app().test_client()
    response = fresh.post("/upload", data=form("anything-at-all-anything-at-all-anything", text="x"))
    assert response.status_code == 403


def test_upload_asks_for_the_api_token(client: FlaskClient) -> None:
    response = client.post("/upload", data=form(csrf_of(client), token="guess", text=article(610)["text"]))
    assert response.status_code == 401 and "API token" in response.get_data(as_text=True)
    assert 'value="Uploaded figure"' in response.get_data(as_text=True)  # what was typed comes back
    assert "guess" not in response.get_data(as_text=True)  # the token does not


def test_upload_pasted_text_shows_the_outcome_and_links_the_article(client: FlaskClient) -> None:
    response = client.post("/upload", data=form(csrf_of(client), text=article(620)["text"]))
    page = response.get_data(as_text=True)
    assert response.status_code == 201 and "Article ingested" in page
    link = re.search(r'href="(/articles/[0-9a-f]{16})"', page)
    assert link is not None and "Uploaded figure" in client.get(link.group(1)).get_data(as_text=True)
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


def test_upload_a_file_with_markup_in_its_title_is_escaped(client: FlaskClient) -> None:
    import io

    data = form(csrf_of(client), title="<script>alert(1)</script>",
                file=(io.BytesIO(article(630)["text"].encode()), "baku.txt"))
    response = client.post("/upload", data=data, content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert response.status_code == 201 and "<script>alert(1)" not in page and "&lt;script&gt;" in page


def test_upload_an_html_file(client: FlaskClient) -> None:
    import io

    body = article(640)["text"]
    html = (f"<html><head><title>Baku page</title></head><body><nav>Menu Home About</nav><article><h1>Baku page</h1>"
            f"<p>{body}</p><p>Fighting over Nagorno-Karabakh resumed in late September, officials said.</p>"
            "</article></body></html>")
    data = form(csrf_of(client), title="", file=(io.BytesIO(html.encode()), "baku.html"))
    response = client.post("/upload", data=data, content_type="multipart/form-data")
    assert response.status_code == 201, response.get_data(as_text=True)
    assert "Baku page" in response.get_data(as_text=True)  # the title came from the page itself


def test_upload_bad_metadata_comes_back_with_the_field_named(client: FlaskClient) -> None:
    response = client.post("/upload", data=form(csrf_of(client), published="soon", text=article(650)["text"]))
    assert response.status_code == 400 and "published" in response.get_data(as_text=True)
