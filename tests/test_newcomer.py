"""What a newcomer trial found (issue 17): titles from a headline line, one article for the same text however
it was sent, figures beside claims, thousands separated, readable actor kinds, prefixes in exports."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kb.cli import main
from kb.pipeline.article import Article, first_line_headline, text_identity
from kb.service import KnowledgeBase
from tests.fixtures import demo
from web import create_app
from web.views import thousands

TOKEN = "newcomer token"
HEADLINE = "Baku says 5,001 Armenian soldiers killed since Sunday"
BODY = ("BAKU - Azerbaijan's defence ministry said on Monday that 5,001 Armenian soldiers had been killed "
        "since Sunday, while Armenia said 12 of its soldiers died and 31 were wounded.\n")


@pytest.fixture(scope="module")
def app() -> Flask:
    return create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None, "API_TOKEN": TOKEN})


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def test_the_first_line_is_the_title_when_it_reads_as_a_headline() -> None:
    assert first_line_headline(f"{HEADLINE}\n\n{BODY}") == HEADLINE
    assert first_line_headline(f"  {HEADLINE}  \r\n{BODY}") == HEADLINE
    assert first_line_headline(BODY + "More text.\n") is None  # a sentence, not a headline
    assert first_line_headline("JAKARTA\n" + BODY) is None  # a dateline alone
    assert first_line_headline(HEADLINE) is None  # nothing after it: the whole text is one line
    assert first_line_headline("x " * 300 + "\n" + BODY) is None


def test_a_text_file_without_sidecar_gets_its_headline_as_title(tmp_path: Path) -> None:
    path = tmp_path / "no-sidecar.txt"
    path.write_text(f"{HEADLINE}\n\n{BODY}", encoding="utf-8")
    store = str(tmp_path / "store")
    assert CliRunner().invoke(main, ["ingest", "--store", store, str(path)]).exit_code == 0
    kb = KnowledgeBase.open(store, read_only=True)
    try:
        key = Article(text=f"{HEADLINE}\n\n{BODY}").key
        assert kb.article(key).title == HEADLINE
    finally:
        kb.close()
    other = tmp_path / "titled.txt"
    other.write_text(f"{HEADLINE}\n\n{BODY}", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--store", store, "--title", "Given title", str(other)])
    assert result.exit_code == 0, result.output
    kb = KnowledgeBase.open(store, read_only=True)
    try:
        assert kb.article(Article(text=f"{HEADLINE}\n\n{BODY}").key).title == "Given title"  # --title wins
    finally:
        kb.close()


@given(st.text(alphabet=st.sampled_from("ab \n\r\t."), max_size=60))
def test_text_identity_ignores_line_ends_and_trailing_space(text: str) -> None:
    crlf = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    same = text_identity(text)
    assert same == text_identity(crlf) == text_identity(text + "\n\n") == text_identity(same)


def test_the_usual_text_file_keeps_its_key() -> None:
    """An LF file with one final newline keys as before this change (stored articles keep their IRIs)."""
    import hashlib

    text = f"{HEADLINE}\n\n{BODY}"
    assert Article(text=text).key == hashlib.sha256(("text:" + text).encode()).hexdigest()[:16]


def test_the_same_text_pasted_and_uploaded_is_one_article(client: FlaskClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    text = f"{HEADLINE}\n\n{BODY}"
    first = client.post("/api/articles", json={"text": text.replace("\n", "\r\n").rstrip()}, headers=auth)
    assert first.status_code == 201, first.get_data(as_text=True)
    again = client.post("/api/articles", json={"text": text + "\n"}, headers=auth)
    assert again.get_json()["key"] == first.get_json()["key"]
    assert again.get_json()["status"] in ("replaced", "unchanged")  # the same article, not a second one
    listed = client.get("/articles.json").get_json()["rows"]
    assert [r["title"] for r in listed].count(HEADLINE) == 1


def test_actor_and_article_pages_show_each_claims_figure(client: FlaskClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    posted = client.post("/api/articles", json={"text": f"{HEADLINE}\n\n{BODY}", "lang": "en"}, headers=auth)
    key = posted.get_json()["key"]
    page = client.get(f"/articles/{key}").get_data(as_text=True)
    assert "5,001" in page and "5001" not in page.split('id="article-text"')[0]
    claims = client.get(f"/articles/{key}.json").get_json()["rows"]
    figures = [(c["quote"], c["min"], c["max"]) for c in claims]
    assert len(set(figures)) == len(figures)  # one sentence, several claims: the figures tell them apart
    assert any(c["min"] == 5001 for c in claims)
    azerbaijan = client.get("/actors/azerbaijan-mod").get_data(as_text=True)
    assert '<span class="figure">' in azerbaijan and "5,001" in azerbaijan


def test_thousands() -> None:
    assert thousands(43799) == "43,799" and thousands("1200") == "1,200" and thousands(12) == "12"
    assert thousands(None) == "" and thousands("about") == "about"
    assert thousands(2552.5) == "2,552.5" and thousands("2552.5") == "2,552.5" and thousands(12.0) == "12"
    assert thousands(-3400) == "-3,400"  # a median of two figures, an aggregate's value: separated as well


def test_actor_kinds_read_as_names_in_csv_and_json(client: FlaskClient) -> None:
    rows = list(csv.DictReader(io.StringIO(client.get("/actors.csv").get_data(as_text=True))))
    assert rows and all("/" not in r["kind"] and "#" not in r["kind"] for r in rows)
    assert all(r["kindIri"] == "https://w3id.org/claimkb/ns#" + r["kind"] for r in rows)
    people = client.get("/actors.json?kind=person").get_json()["rows"]
    assert people and {r["kind"] for r in people} == {"Person"}


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_exports_bind_prefixes(tmp_path: Path, fmt: str) -> None:
    store = str(tmp_path / "store")
    path = tmp_path / "a.txt"
    path.write_text(f"{HEADLINE}\n\n{BODY}", encoding="utf-8")
    assert CliRunner().invoke(main, ["ingest", "--store", store, str(path)]).exit_code == 0
    out = CliRunner().invoke(main, ["export", "--store", store, "--format", fmt]).stdout_bytes
    quads = CliRunner().invoke(main, ["export", "--store", store, "--format", "nquads"]).stdout_bytes
    text = out.decode()
    for prefix in ("ckb:", "schema:", "skos:", "prov:"):
        assert f"@prefix {prefix} " in text
    assert "ckb:CasualtyClaim" in text
    ours, theirs = Dataset(), Dataset()
    ours.parse(data=out, format=fmt)
    theirs.parse(data=quads, format="nquads")
    if fmt == "turtle":
        union = Graph()
        for s, p, o, _g in theirs.quads():
            union.add((s, p, o))
        assert isomorphic(Graph().parse(data=out, format="turtle"), union)
    else:
        names = [{str(g.identifier) for g in ds.graphs() if len(g)} for ds in (ours, theirs)]
        assert names[0] == names[1]
        assert len(list(ours.quads())) == len(list(theirs.quads()))


@given(st.lists(st.sampled_from(["Baku", "says", "of", "dan", "550", "tentara", "the", "around", "“", "”", ".",
                                 "!", ":", "'", ")", "Kompas.com", "-", "’", "«", "»", "?"]), min_size=3, max_size=16))
def test_a_first_line_taken_as_title_is_a_headline_to_the_extractor(words: list[str]) -> None:
    """The title heuristic never takes a line the extractor reads as body text: no claim is lost to it."""
    from kb.extract.text import _is_short_unpunctuated, normalize

    line = " ".join(words)
    if first_line_headline(line + "\nBody text follows here.") is not None:
        assert _is_short_unpunctuated(normalize(line)), line
