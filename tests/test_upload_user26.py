"""The upload form after a refusal (trial user26): the limit it states is the one it applies, and an over-size
article comes back as the form with the reason; a refused form keeps the text pasted into it; a file and pasted
text together are refused instead of the text being dropped in silence.

Seen in a browser: a 2.15 MB file went in through /upload although the form says "at most 2048 KiB" and
``POST /api/articles`` refuses the same bytes (413); a larger file, or pasted text over the cap, gave a bare error
page (werkzeug's "The data value transmitted exceeds the capacity limit", or a byte count the user was never
told) with the typed metadata gone; a refused form (a wrong date, an expired CSRF token) came back without the
text pasted into it, though the module promised that nothing has to be re-entered; with both a file and pasted
text, the file was stored and the text dropped without a word."""

from __future__ import annotations

import io
import re

from flask import Flask
from flask.testing import FlaskClient

from tests.fixtures import demo
from web import create_app

TOKEN = "correct horse battery staple"
CAP = 10_000
TEXT = ("Baku says more than 420 Armenian soldiers were killed on Monday. "
        "Yerevan denied the figure, the outlet reported.\n")


def _app() -> Flask:
    return create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None, "API_TOKEN": TOKEN, "WRITE_MAX_BYTES": CAP})


def _form(client: FlaskClient, **fields: object) -> dict[str, object]:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get("/upload").get_data(as_text=True))
    assert found is not None
    return {"csrf": found.group(1), "token": TOKEN, "title": "Typed title", "lang": "en", **fields}


def _refused_form(response) -> str:  # type: ignore[no-untyped-def]
    """The upload form itself, shown again with its reason (not the bare error page)."""
    page = str(response.get_data(as_text=True))
    assert '<form class="upload"' in page and 'role="alert"' in page, page[:400]
    return page


def test_a_file_over_the_stated_limit_is_refused_like_the_api_refuses_it() -> None:
    client = _app().test_client()
    data = _form(client, file=(io.BytesIO(TEXT.encode() * (CAP // len(TEXT) + 2)), "long.txt"))
    response = client.post("/upload", data=data, content_type="multipart/form-data")
    assert response.status_code == 413
    page = _refused_form(response)
    assert "long.txt" in page and f"{round(CAP / 1024)} KiB" in page and 'value="Typed title"' in page
    assert "Typed title" not in client.get("/articles").get_data(as_text=True)


def test_a_body_far_over_the_limit_comes_back_as_the_form() -> None:
    client = _app().test_client()
    data = _form(client, file=(io.BytesIO(b"z" * 200_000), "huge.txt"))
    response = client.post("/upload", data=data, content_type="multipart/form-data")
    assert response.status_code == 413
    assert f"at most {round(CAP / 1024)} KiB" in _refused_form(response)


def test_pasted_text_over_the_limit_comes_back_as_the_form() -> None:
    client = _app().test_client()
    response = client.post("/upload", data=_form(client, text=TEXT * (CAP // len(TEXT) + 2)))
    assert response.status_code == 413
    page = _refused_form(response)
    assert "pasted text" in page and f"{round(CAP / 1024)} KiB" in page
    assert "exceeds the capacity limit" not in page


def test_a_refused_form_keeps_the_pasted_text() -> None:
    client = _app().test_client()
    response = client.post("/upload", data=_form(client, published="soon", text=TEXT + "<b>bold</b>"))
    assert response.status_code == 400
    page = _refused_form(response)
    assert "Baku says more than 420 Armenian soldiers" in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page and "<b>bold</b>" not in page


def test_a_file_and_pasted_text_together_are_refused() -> None:
    client = _app().test_client()
    data = _form(client, text="Other words pasted by mistake.", file=(io.BytesIO(TEXT.encode()), "baku.txt"))
    response = client.post("/upload", data=data, content_type="multipart/form-data")
    assert response.status_code == 400
    page = _refused_form(response)
    assert "not both" in page and "Other words pasted by mistake." in page
    assert "Typed title" not in client.get("/articles").get_data(as_text=True)


def test_pasted_text_under_the_cap_goes_in_however_large_the_form_parser_default() -> None:
    """Werkzeug reads at most 500 kB of plain form fields unless told otherwise: pasted text of 600 kB under a 2 MiB
    cap must be read, not refused as "too large"."""
    cap = 2 * 1024 * 1024
    app = create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None, "API_TOKEN": TOKEN, "WRITE_MAX_BYTES": cap})
    client = app.test_client()
    pasted = TEXT * (600_000 // len(TEXT))
    response = client.post("/upload", data=_form(client, text=pasted), content_type="multipart/form-data")
    assert response.status_code in (201, 422), response.get_data(as_text=True)[:400]
