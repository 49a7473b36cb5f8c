"""Trial user29: what a demanding new user met in the CLI, the web app and the write path, each pinned where it was
met (a real ``kb`` subprocess, the Flask test client, a store on a temp dir).  Every text here was written for
these tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from kb.service import KnowledgeBase
from tests.fixtures import demo
from tests.test_trial_user28 import error_of
from web import create_app

TOKEN = "user29 token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
WIRE = ("Kyiv (Wire) - The Ukrainian air force said it shot down 31 of 40 drones launched overnight over the "
        "Kharkiv region, the regional governor said on Saturday.\n"
        "The Russian defence ministry denied the figure and said 12 Ukrainian drones were destroyed over Belgorod.\n")


@pytest.fixture(scope="module")
def client() -> FlaskClient:
    return create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None, "API_TOKEN": TOKEN}).test_client()


def kb(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("kb")
    env = dict(os.environ)  # Python's view of it: pytest's run leaves COLUMNS=80 in the process's own environment
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=300, input=stdin, env=env)


def articles(store: str) -> dict[str, dict[str, str | None]]:
    """Every stored article's outlet, date and the story it copies, by key."""
    base = KnowledgeBase.open(store, read_only=True)
    try:
        rows = base.store.select(
            "PREFIX schema: <https://schema.org/> PREFIX ckb: <https://w3id.org/claimkb/ns#> "
            "SELECT ?key ?outlet ?date ?basedOn WHERE { ?a a schema:NewsArticle ; ckb:key ?key "
            "OPTIONAL { ?a schema:publisher ?outlet } OPTIONAL { ?a schema:datePublished ?date } "
            "OPTIONAL { ?a schema:isBasedOn ?basedOn } }").values()
    finally:
        base.close()
    return {str(r["key"]): {"outlet": str(r["outlet"]).rsplit("/", 1)[-1] if r.get("outlet") else None,
                            "date": str(r["date"]) if r.get("date") else None,
                            "basedOn": str(r["basedOn"]).rsplit("/", 1)[-1] if r.get("basedOn") else None}
            for r in rows}


# ---- 1. the same text again: the same publication keeps what it knew; another outlet or date is a copy

def test_a_bare_reingest_of_a_stored_text_keeps_its_outlet_and_date(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "wire.meta.json").write_text('{"outlet": "ANTARA", "published": "2024-06-01", "lang": "en"}',
                                             encoding="utf-8")
    (tmp_path / "again.txt").write_text(WIRE, encoding="utf-8")
    store = str(tmp_path / "store")
    assert kb("ingest", str(tmp_path / "wire.txt"), "--store", store).returncode == 0
    [(key, before)] = articles(store).items()
    done = kb("ingest", str(tmp_path / "again.txt"), "--store", store)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("unchanged")  # nothing it gives is new: the stored outlet and date stay
    assert articles(store) == {key: before} and before == {"outlet": "antara", "date": "2024-06-01", "basedOn": None}
    assert f"kept stored article {key}'s date '2024-06-01', outlet 'ANTARA'" in done.stderr


def test_the_same_text_from_another_outlet_is_stored_as_a_copy_not_over_the_original(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    store = str(tmp_path / "store")
    assert kb("ingest", str(tmp_path / "wire.txt"), "--outlet", "ANTARA", "--published", "2024-06-01",
              "--store", store).returncode == 0
    [original] = articles(store)
    done = kb("ingest", str(tmp_path / "wire.txt"), "--outlet", "Kompas", "--published", "2024-06-02",
              "--store", store)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ingested") and f"copy of stored article {original}" in done.stdout
    stored = articles(store)
    assert stored[original] == {"outlet": "antara", "date": "2024-06-01", "basedOn": None}
    [copy] = set(stored) - {original}
    assert stored[copy] == {"outlet": "kompas", "date": "2024-06-02", "basedOn": original}
    again = kb("ingest", str(tmp_path / "wire.txt"), "--outlet", "Kompas", "--published", "2024-06-02",
               "--store", store)
    assert again.stdout.startswith("unchanged") and len(articles(store)) == 2  # the copy has a key of its own


def test_the_write_api_stores_another_outlets_publication_as_a_copy(tmp_path: Path) -> None:
    client = create_app({"KB_STORE": str(tmp_path / "store"), "RATE_LIMIT": None, "API_TOKEN": TOKEN}).test_client()
    first = client.post("/api/articles", json={"text": WIRE, "outlet": "ANTARA", "published": "2024-06-01"},
                        headers=AUTH)
    assert first.status_code == 201
    original = first.get_json()["key"]
    other = client.post("/api/articles?outlet=Kompas&published=2024-05-28", data=WIRE,
                        headers={**AUTH, "Content-Type": "text/plain"})
    assert other.status_code == 201 and other.get_json()["key"] != original
    assert other.get_json()["copyOf"] == f"/articles/{original}"
    page = client.get(f"/articles/{original}.json").get_json()["article"]
    assert page["outletName"] == "ANTARA" and page["published"] == "2024-06-01"
    bare = client.post("/api/articles", json={"text": WIRE}, headers=AUTH)
    assert bare.status_code == 200 and bare.get_json()["status"] == "unchanged"
    assert any("kept stored article" in n for n in bare.get_json()["notes"])


def test_a_url_keyed_reingest_without_metadata_keeps_the_stored_fields(tmp_path: Path) -> None:
    base = KnowledgeBase.open(str(tmp_path / "store"))
    try:
        url = "https://news.example.org/user29/drones"
        base.ingest_text(WIRE, {"url": url, "outlet": "Reuters", "published": "2024-06-01", "title": "Drones"})
        outcome = base.ingest_text(WIRE + "Talks are expected next week.\n", {"url": url})
        assert outcome.status == "replaced"
        stored = base.article(outcome.key)
        assert (stored.outlet, stored.published, stored.title) == ("Reuters", "2024-06-01", "Drones")
        corrected = base.ingest_text(WIRE, {"url": url, "outlet": "AFP"})  # a URL names one page: a correction
        assert corrected.status == "replaced" and base.article(corrected.key).outlet == "AFP"
    finally:
        base.close()


# ---- 2. a --lang the text is clearly not in: kept, but said

ENGLISH = ("Kyiv - The Ukrainian air force said on Saturday that it had shot down 31 of the 40 drones that were "
           "launched overnight at the Kharkiv region, and that debris had damaged two houses in the city.\n"
           "The Russian defence ministry said that its forces were not behind the attack and that the figures "
           "given by Kyiv were false.\n")
INDONESIAN = ("Kyiv - Angkatan udara Ukraina mengatakan pada Sabtu bahwa pihaknya telah menembak jatuh 31 dari 40 "
              "drone yang diluncurkan ke wilayah Kharkiv, dan bahwa puing-puing itu merusak dua rumah di kota "
              "tersebut.\nKementerian Pertahanan Rusia membantah tuduhan itu dan mengatakan bahwa angka yang "
              "disebut oleh Kyiv tidak benar.\n")


def test_a_lang_the_text_is_clearly_not_in_is_kept_with_a_one_line_warning(tmp_path: Path) -> None:
    (tmp_path / "english.txt").write_text(ENGLISH, encoding="utf-8")
    store = str(tmp_path / "store")
    done = kb("ingest", "--lang", "id", str(tmp_path / "english.txt"), "--store", store)
    assert done.returncode == 0, done.stderr
    [warning] = [line for line in done.stderr.splitlines() if "warning" in line]
    assert warning.startswith(f"kb: warning: {tmp_path / 'english.txt'}: --lang 'id' was given, but the text reads "
                              "as English (en")
    assert "kept 'id'" in warning
    exported = kb("export", "--format", "nquads", "--store", store).stdout
    assert '<https://schema.org/inLanguage> "id"' in exported  # the user's tag stays
    extracted = kb("extract", "--lang", "id", str(tmp_path / "english.txt"))
    assert "--lang 'id' was given, but the text reads as English" in extracted.stderr


def test_a_sidecars_lang_is_named_and_a_right_tag_says_nothing(tmp_path: Path) -> None:
    (tmp_path / "berita.txt").write_text(INDONESIAN, encoding="utf-8")
    (tmp_path / "berita.meta.json").write_text('{"lang": "en"}', encoding="utf-8")
    (tmp_path / "english.txt").write_text(ENGLISH, encoding="utf-8")
    done = kb("ingest", str(tmp_path / "berita.txt"), "--store", str(tmp_path / "store"))
    assert done.returncode == 0 and "berita.meta.json's lang 'en' was given, but the text reads as Indonesian (id" \
        in done.stderr
    right = kb("ingest", "--lang", "en", str(tmp_path / "english.txt"), "--store", str(tmp_path / "store"))
    assert right.returncode == 0 and "warning" not in right.stderr


def test_the_write_api_warns_of_a_lang_the_text_is_clearly_not_in(tmp_path: Path) -> None:
    client = create_app({"KB_STORE": str(tmp_path / "store"), "RATE_LIMIT": None, "API_TOKEN": TOKEN}).test_client()
    wrong = client.post("/api/articles", json={"text": ENGLISH, "lang": "id"}, headers=AUTH)
    assert wrong.status_code == 201
    [warning] = wrong.get_json()["warnings"]
    assert warning.startswith("text: lang 'id' was given, but the text reads as English (en")
    assert client.get(f"/articles/{wrong.get_json()['key']}.json").get_json()["article"]["lang"] == "id"
    right = client.post("/api/articles", json={"text": INDONESIAN, "lang": "id"}, headers=AUTH)
    assert right.status_code == 201 and "warnings" not in right.get_json()


# ---- 3. a folder's hidden files and folders are left out, and counted

def test_folder_ingest_leaves_out_hidden_folders_and_files_and_says_how_many(tmp_path: Path) -> None:
    root = tmp_path / "inbox"
    (root / ".venv" / "lib").mkdir(parents=True)
    (root / "desk" / ".git").mkdir(parents=True)
    (root / "desk" / "story.txt").write_text(ENGLISH, encoding="utf-8")
    (root / ".venv" / "lib" / "LICENSE.txt").write_text("Permission is granted to use this software.\n")
    (root / "desk" / ".git" / "notes.txt").write_text("A note kept by a tool.\n")
    (root / ".draft.txt").write_text(INDONESIAN, encoding="utf-8")
    store = str(tmp_path / "store")
    done = kb("ingest", str(root), "--store", store)
    assert done.returncode == 0, done.stderr
    [line] = done.stdout.splitlines()
    assert line.startswith("ingested    story (")
    assert "skipped 2 hidden folders and 1 hidden file (names starting with '.'" in done.stderr
    named = kb("ingest", str(root / ".draft.txt"), "--store", store)  # named on the command line: read
    assert named.returncode == 0 and named.stdout.startswith("ingested") and "skipped" not in named.stderr
    extracted = kb("extract", str(root))
    assert extracted.returncode == 0 and "skipped 2 hidden folders and 1 hidden file" in extracted.stderr


def test_a_folder_holding_only_hidden_articles_says_so(tmp_path: Path) -> None:
    (tmp_path / "only" / ".cache").mkdir(parents=True)
    (tmp_path / "only" / ".cache" / "a.txt").write_text(ENGLISH, encoding="utf-8")
    done = kb("ingest", str(tmp_path / "only"), "--store", str(tmp_path / "store"))
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"kb: {tmp_path / 'only'}: no article files (.txt, .html, .htm) found: nothing to read (skipped 1 hidden "
        "folder (names starting with '.'; name a file to read it))"]


# ---- 4. one rule for every list: an unknown actor or article is a 404, and so is a page past the last

FILTERED = ["/conflicts", "/map", "/aggregates", "/series", "/corroborations", "/review"]
HTML = {"Accept": "text/html"}


@pytest.mark.parametrize("path", FILTERED)
@pytest.mark.parametrize("actor", ["nobody", "http://evil.example/x", "https://w3id.org/claimkb/id/actor/nobody"])
def test_an_actor_the_store_does_not_know_is_a_404_on_every_filtered_list(client: FlaskClient, path: str,
                                                                          actor: str) -> None:
    as_json = client.get(f"{path}.json", query_string={"actor": actor})
    assert as_json.status_code == 404
    assert error_of(as_json)["detail"].startswith(f"no actor named {actor!r}")  # type: ignore[union-attr]
    page = client.get(path, query_string={"actor": actor}, headers=HTML)
    assert page.status_code == 404 and "no actor named" in page.get_data(as_text=True)


@pytest.mark.parametrize("path", FILTERED)
def test_a_known_actor_by_key_name_or_iri_still_filters(client: FlaskClient, path: str) -> None:
    for actor in ("armenia", "Armenia", "https://w3id.org/claimkb/id/actor/armenia"):
        assert client.get(f"{path}.json", query_string={"actor": actor}).status_code == 200, actor


def test_an_article_the_store_does_not_know_is_a_404_on_the_review_queue(client: FlaskClient) -> None:
    for article in ("nope", "0000000000000000"):
        response = client.get("/review.json", query_string={"article": article})
        assert response.status_code == 404 and error_of(response)["detail"] == f"no article {article!r}"
        assert client.get("/review", query_string={"article": article}, headers=HTML).status_code == 404
    key = client.get("/articles.json").get_json()["rows"][0]["key"]
    assert client.get("/review.json", query_string={"article": key}).status_code == 200


@pytest.mark.parametrize("path", ["/actors", "/articles", "/conflicts", "/aggregates", "/series", "/corroborations",
                                  "/actors/armenia"])
def test_a_page_past_the_last_is_a_404_in_html_and_json(client: FlaskClient, path: str) -> None:
    last = client.get(f"{path}.json?page=1").get_json()["pages"]
    assert client.get(f"{path}.json?page={last}").status_code == 200
    past = client.get(f"{path}.json?page={last + 1}")
    assert past.status_code == 404 and "is past the last page" in error_of(past)["detail"]  # type: ignore[operator]
    assert client.get(f"{path}?page=1000", headers=HTML).status_code == 404


def test_page_one_of_an_empty_list_is_still_that_list(client: FlaskClient) -> None:
    empty = client.get("/actors.json?q=nobody-has-this-name&page=1")
    assert empty.status_code == 200 and empty.get_json()["rows"] == []


def test_an_error_page_lists_no_queries(client: FlaskClient) -> None:
    for url in ("/actors?page=1000", "/actors?page=100000000000", "/map?actor=nobody"):
        page = client.get(url, headers=HTML).get_data(as_text=True)
        assert "this page ran" not in page, url


# ---- 5. /sparql: the parameter at fault named, HTML for a browser, bytes that are not UTF-8

ASK = "ASK { ?s ?p ?o }"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"


@pytest.mark.parametrize(("params", "named"), [
    ({"default-graph-uri": "http://nope.example/"}, "the default-graph-uri parameter"),
    ({"named-graph-uri": "http://nope.example/"}, "the named-graph-uri parameter"),
    ({"query": "SELECT * FROM <http://nope.example/> WHERE { ?s ?p ?o }"}, "FROM"),
    ({"query": "SELECT * FROM NAMED <http://nope.example/> WHERE { GRAPH ?g { ?s ?p ?o } }"}, "FROM NAMED"),
])
def test_a_graph_the_store_lacks_is_refused_naming_what_named_it(client: FlaskClient, params: dict[str, str],
                                                                  named: str) -> None:
    response = client.get("/sparql", query_string={"query": ASK, **params})
    assert response.status_code == 403
    assert error_of(response)["detail"] == (f"graph <http://nope.example/> is not in this store; {named} may only "
                                            "name stored graphs")


def test_a_browser_on_a_query_address_gets_the_query_page_that_runs_it(client: FlaskClient) -> None:
    page = client.get("/sparql", query_string={"query": ASK}, headers={"Accept": BROWSER})
    assert page.status_code == 200 and page.mimetype == "text/html" and page.headers["Vary"] == "Accept"
    html = page.get_data(as_text=True)
    assert 'id="yasgui"' in html and 'data-query="ASK { ?s ?p ?o }"' in html
    for accept, media in (("*/*", "application/sparql-results+json"), (None, "application/sparql-results+json"),
                          ("application/sparql-results+xml", "application/sparql-results+xml"),
                          ("application/xml", "application/xml"), ("text/csv", "text/csv"),
                          ("text/html;q=0.5, application/sparql-results+json", "application/sparql-results+json")):
        data = client.get("/sparql", query_string={"query": ASK}, headers={"Accept": accept} if accept else {})
        assert (data.status_code, data.mimetype) == (200, media), accept
    posted = client.post("/sparql", data={"query": ASK}, headers={"Accept": BROWSER})  # a client's POST: data
    assert posted.status_code == 200 and posted.mimetype == "application/xml"


def test_a_query_that_is_not_utf8_is_said_to_be_so(client: FlaskClient) -> None:
    for response in (client.get("/sparql?query=%FF%FE"),
                     client.post("/sparql", data=b"query=%FF%FE",
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})):
        assert response.status_code == 400
        assert error_of(response)["detail"] == ("the 'query' parameter is not valid UTF-8 once percent-decoded: "
                                                "send the query as UTF-8")
    fine = client.post("/sparql", data="query=" + "ASK%20%7B%20%3Fs%20%3Fp%20%22%C3%A9%22%20%7D",
                       headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert fine.status_code == 200 and fine.get_json() == {"head": {}, "boolean": False}


# ---- 6. the command line's small things

def test_query_output_ends_with_a_newline_in_every_format(tmp_path: Path) -> None:
    store = ["--store", str(tmp_path / "store")]
    assert kb("ingest", "-", "--lang", "en", *store, stdin=ENGLISH).returncode == 0
    for fmt in ("json", "csv", "tsv", "table"):
        for query in ("ASK {}", "SELECT ?s WHERE { ?s a <https://schema.org/NewsArticle> }"):
            done = kb("query", "--format", fmt, query, *store)
            assert done.returncode == 0 and done.stdout.endswith("\n"), (fmt, query, done.stdout[-20:])
    assert json.loads(kb("query", "--format", "json", "ASK {}", *store).stdout) == {"head": {}, "boolean": True}


def test_review_list_as_a_table_and_in_the_webs_words(tmp_path: Path) -> None:
    demo.build(str(tmp_path / "kb")).close()
    done = kb("review", "list", "--format", "table", "--store", str(tmp_path / "kb"))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("┏") and all(h in lines[1] for h in ("claim", "status", "type", "speaker", "figure"))
    row = next(line for line in lines if "at least 201 soldiers killed" in line)  # not "201 or more"
    claim = row.split("│")[1].strip()
    assert len(claim) == 19 and "…" not in claim  # the id the next command needs, whole
    assert "or more" not in done.stdout
    client = create_app({"KB_STORE": str(tmp_path / "kb"), "RATE_LIMIT": None}).test_client()
    assert "at least 201" in client.get(f"/claims/{claim}").get_data(as_text=True)
    from web.views.mapview import _figure  # the map's GeoJSON says it alike

    assert _figure({"min": 201, "max": None, "unit": "soldiers killed"}) == "at least 201 soldiers killed"


def test_eval_itemises_every_class_it_counts() -> None:
    done = kb("eval", "tests/heldout/gold.jsonl", "tests/heldout")
    assert done.returncode == 0, done.stderr
    counts = dict(part.rsplit(" ", 1) for part in
                  done.stdout.split("errors by class: ", 1)[1].splitlines()[0].split(", "))
    listed = done.stdout.split("matched claims with errors", 1)[1].split("\nmisses (", 1)[0]
    for name in ("wrong_speaker", "wrong_via", "wrong_party", "wrong_figure", "wrong_scope"):
        assert listed.count(f"{name} ") >= min(1, int(counts[name])), name
    assert int(counts["wrong_party"]) > 0  # the class the trial saw counted and never itemised
    assert "spurious, extra and wrong_type under false claims" in done.stdout


def test_a_store_url_of_another_scheme_is_one_line_naming_it() -> None:
    done = kb("stats", "--store", "ftp://x")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines() == ["kb: ftp://x: a store URL must be http:// or https:// (a SPARQL endpoint), "
                                        "not ftp://; or give a folder, or :memory:"]


def test_kb_add_of_an_article_says_what_it_takes_and_where_articles_go(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(ENGLISH, encoding="utf-8")
    done = kb("add", str(tmp_path / "story.txt"), "--store", str(tmp_path / "store"))
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith(f"kb: {tmp_path / 'story.txt'}: not claim records: kb add takes JSONL claim records or RDF")
    assert line.endswith(f"an article's text goes in with 'kb ingest {tmp_path / 'story.txt'}'")
