"""HTML articles: main text and metadata extracted offline, command line and sidecar win, no article → exit 2."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb.actors import Gazetteer
from kb.cli import main
from kb.errors import InputError
from kb.extract import extract_claims
from kb.pipeline.article import read_article
from kb.pipeline.html import extract_page, looks_like_html
from kb.service import KnowledgeBase

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Baku claims 300 | The Daily</title>
<link rel="canonical" href="https://daily.example/news/baku-300">
<meta property="og:site_name" content="The Daily"><meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2020-10-01T10:00:00Z"></head>
<body><nav>Home | World | Sport | Subscribe now</nav><article><h1>Baku claims 300</h1>
<p>Azerbaijan's defence ministry said more than 300 Armenian soldiers were killed on Monday.</p>
<p>Armenia's defence ministry said 45 Armenian soldiers were killed in the fighting on Monday.</p></article>
<div class="comments"><p>Great article, buy cheap watches at example.com</p></div>
<footer>Copyright 2020 The Daily. All rights reserved.</footer></body></html>"""


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test loudly: pages are never fetched."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_page_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article, notes = read_article(path)
    assert notes == []
    assert "300 Armenian soldiers" in article.text and "45 Armenian soldiers" in article.text
    assert "Subscribe" not in article.text and "Copyright" not in article.text and "watches" not in article.text
    assert (article.title, article.published, article.outlet, article.url, article.lang) == (
        "Baku claims 300", "2020-10-01", "The Daily", "https://daily.example/news/baku-300", "en")
    claims = extract_claims(article, Gazetteer.load())
    assert claims and all(article.text[c.start:c.end] == c.quote for c in claims)


def test_command_line_and_sidecar_win_over_the_page(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(PAGE, encoding="utf-8")
    path.with_name("page.meta.json").write_text(json.dumps({"outlet": "Kompas", "published": "2020-10-02"}))
    article, _ = read_article(path, {"published": "2020-10-03"})
    assert (article.outlet, article.published, article.title) == ("Kompas", "2020-10-03", "Baku claims 300")


def test_html_is_sniffed_and_language_detected_when_absent(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(PAGE.replace(' lang="en"', "").replace("Baku claims 300", "Baku klaim 300"), encoding="utf-8")
    assert looks_like_html(path.read_bytes()) and not looks_like_html(b"Plain <b>text</b> article")
    article, _ = read_article(path)
    assert "<p>" not in article.text and article.lang == "en"


def test_cli_ingests_a_page_and_refuses_a_page_without_article(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--store", store, str(page)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ingested    page (")
    base = KnowledgeBase.open(store, read_only=True)
    assert "https://daily.example/news/baku-300" in base.article_graphs()
    base.close()
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>")
    result = CliRunner().invoke(main, ["ingest", "--store", store, str(empty)])
    assert result.exit_code == 2 and f"{empty}: no article text found" in result.stderr


HTMLISH = st.lists(st.sampled_from(["<p>", "</p>", "<div>", "<script>", "<!--", "-->", "<html lang='id'>", "<br>",
                                    "&amp;", "&#0;", "Baku says 300 Armenian soldiers were killed.", " ", "\n",
                                    "<meta name='date' content='2020-13-45'>", "<link rel=canonical href='x'>"]),
                   max_size=30).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(HTMLISH, st.text(max_size=300)))
def test_extraction_never_crashes_and_quotes_match(markup: str) -> None:
    try:
        page = extract_page(markup, "fuzz.html")
    except InputError as exc:
        assert str(exc).startswith("fuzz.html: ")
        return
    assert page.text.strip()
    from kb.pipeline.article import Article

    article = Article(text=page.text, name="fuzz", lang=page.lang)
    for claim in extract_claims(article, _GAZETTEER):
        assert article.text[claim.start:claim.end] == claim.quote


_GAZETTEER = Gazetteer.load()
