"""Pages, their JSON/CSV/RDF forms, linked-data negotiation, escaping and the error shape (Flask test client)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from flask import Flask
from flask.testing import FlaskClient
from rdflib import Graph, URIRef

from kb.service import KnowledgeBase
from tests.fixtures import demo
from web import create_app

CKB = "PREFIX ckb: <https://w3id.org/claimkb/ns#> "


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return demo.build()


@pytest.fixture(scope="module")
def app(kb: KnowledgeBase) -> Flask:
    return create_app({"KB_STORE": kb, "RATE_LIMIT": None})


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def one(kb: KnowledgeBase, where: str) -> str:
    return str(kb.store.select(CKB + f"SELECT ?x WHERE {{ {where} }} LIMIT 1").rows[0]["x"])


@pytest.fixture(scope="module")
def casualty_key(kb: KnowledgeBase) -> str:
    where = "?x a ckb:CasualtyClaim ; ckb:relay [] ; ckb:quantity [ ckb:quantityText '84 soldiers' ]"
    return one(kb, where).rsplit("/", 1)[1]


@pytest.fixture(scope="module")
def hostile_key(kb: KnowledgeBase) -> str:
    return one(kb, "?a ckb:text ?t FILTER(CONTAINS(?t, '<script>')) ?a ckb:key ?x")


def test_home_shows_counts_latest_articles_speakers_and_conflicts(client: FlaskClient) -> None:
    page = client.get("/").get_data(as_text=True)
    assert "<strong>3</strong> articles" in page and "<strong>6</strong> claims" in page
    assert "<strong>1</strong> quarantined" in page
    assert "Baku says hundreds of Armenian soldiers killed" in page
    assert 'href="/actors/armenia-mod"' in page
    assert "the figures differ; scope unclear" in page  # the numeric conflict (scopes unsaid)
    assert "article-rows.rq" in page and "actor-counts.rq" in page  # queries run (precomputed), collapsible


def test_actors_list_search_and_kind_filter(client: FlaskClient) -> None:
    page = client.get("/actors").get_data(as_text=True)
    assert "Armenian Defence Ministry" in page and "Kremlin" in page
    baku = client.get("/actors.json?q=baku").get_json()
    assert [r["label"] for r in baku["rows"]] == []  # nobody in the demo is known as Baku
    yerevan = client.get("/actors.json?q=yerevan").get_json()
    assert [r["label"] for r in yerevan["rows"]] == ["Government of Armenia"]
    states = client.get("/actors.json?kind=State").get_json()["rows"]
    assert {r["label"] for r in states} == {"Armenia", "Azerbaijan"}
    armenia = next(r for r in states if r["label"] == "Armenia")
    assert armenia["asSubject"] == 4 and armenia["asSpeaker"] == 0
    assert client.get("/actors?kind=Nonsense").status_code == 400


def test_actors_csv(client: FlaskClient) -> None:
    response = client.get("/actors.csv")
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert {"actor", "label", "kind", "asSpeaker", "asSubject"} <= set(rows[0])
    assert any(r["label"] == "Kremlin" and r["asSpeaker"] == "1" for r in rows)


def test_actor_page_claims_made_and_about_over_time(client: FlaskClient) -> None:
    page = client.get("/actors/armenia").get_data(as_text=True)
    assert "Claims made (0)" in page and "Claims about Armenia (4)" in page
    assert page.index("2020-09-28") < page.index("2020-09-29")  # oldest first
    data = client.get("/actors/armenia.json").get_json()
    assert data["actor"]["label"] == "Armenia" and len(data["rows"]) == 4
    assert client.get("/actors/nobody-at-all").status_code == 404


def test_claim_page_quote_chain_parties_figure_and_sparql_link(client: FlaskClient, casualty_key: str) -> None:
    page = client.get(f"/claims/{casualty_key}").get_data(as_text=True)
    assert "<mark>The Armenian Defence Ministry said 84 soldiers had been killed, according to AFP.</mark>" in page
    chain = page[page.index('id="chain"'):page.index("</ol>", page.index('id="chain"'))]
    assert chain.index("ARRAHMAHNEWS") < chain.index("AFP") < chain.index("Armenian Defence Ministry")
    assert "84 soldiers killed" in page and "“84 soldiers”" in page
    assert "asserted" in page
    assert 'id="open-sparql" href="/query?query=' in page and "VALUES+%3Fclaim" in page
    data = client.get(f"/claims/{casualty_key}.json").get_json()
    assert data["claim"]["min"] == 84 and {r["role"] for r in data["parties"]} == {"via", "subject"}
    assert set(data["columns"]) <= set(data["claim"]), set(data["columns"]) - set(data["claim"])
    assert data["claim"]["viaLabels"] == [r["label"] for r in data["parties"] if r["role"] == "via"]
    assert data["rows"][0]["viaLabels"] == " | ".join(data["claim"]["viaLabels"])


def test_article_page_highlights_every_claim_span(client: FlaskClient, kb: KnowledgeBase) -> None:
    key = one(kb, "?a ckb:key ?x ; <http://purl.org/dc/terms/title> ?t FILTER(STRSTARTS(?t, 'Kremlin'))")
    page = client.get(f"/articles/{key}").get_data(as_text=True)
    assert page.count('class="claim-span"') == 3
    assert "<mark>Yerevan accused Baku of starting the hostilities on Sunday.</mark>" in page
    assert 'href="https://news.example.org/2020/09/28/kremlin-call"' in page
    data = client.get(f"/articles/{key}.json").get_json()
    assert data["article"]["published"] == "2020-09-28" and len(data["rows"]) == 3
    assert client.get("/articles.csv").get_data(as_text=True).startswith("article,key,title,published,outlet,claims")


def test_hostile_article_renders_inert(client: FlaskClient, hostile_key: str) -> None:
    page = client.get(f"/articles/{hostile_key}").get_data(as_text=True)
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(2)&gt;" in page
    assert 'href="javascript:' not in page and "<code>javascript:alert(1)</code>" in page
    for path in ("/", "/articles", "/actors/hikmet-hajiyev"):
        html = client.get(path).get_data(as_text=True)
        assert "<script>alert" not in html and 'href="javascript:' not in html


def test_conflicts_side_by_side_with_chart_data(client: FlaskClient) -> None:
    page = client.get("/conflicts").get_data(as_text=True)
    assert page.count('class="claim-card"') == 2 and "at least 201" in page
    assert 'class="range-chart" data-ranges="[{&#34;label&#34;' in page
    assert "chart.umd.min.js" in page
    rows = client.get("/conflicts.json").get_json()["rows"]
    assert {r["kind"] for r in rows} == {"numeric"} and len(rows) == 2
    assert client.get("/conflicts.json?actor=Kremlin").get_json()["rows"] == []


def test_conflicts_empty_state_on_an_empty_store() -> None:
    client = create_app({"KB_STORE": ":memory:", "RATE_LIMIT": None}).test_client()
    assert "No conflicting claims found." in client.get("/conflicts").get_data(as_text=True)
    assert client.get("/conflicts.json").get_json()["total"] == 0
    assert "No conflicting claims found." in client.get("/").get_data(as_text=True)


def test_quarantine_lists_refused_articles_and_why(client: FlaskClient, kb: KnowledgeBase) -> None:
    page = client.get("/quarantine").get_data(as_text=True)
    assert "An article the gate refuses" in page and "the text between them must be the quote" in page
    key = kb.quarantine.list()[0].key
    entry = client.get(f"/quarantine/{key}.json").get_json()
    assert entry["entry"]["claims"] == 1 and "report_turtle" in entry["entry"]
    assert client.get(f"/quarantine/{key}").status_code == 200
    assert client.get("/quarantine/ffffffffffffffff").status_code == 404


@pytest.mark.parametrize(("accept", "media"), [
    ("text/turtle", "text/turtle"), ("application/ld+json", "application/ld+json"),
    ("text/html,application/xhtml+xml", "text/html"), ("application/json", "application/json"),
])
def test_linked_data_negotiation(client: FlaskClient, casualty_key: str, accept: str, media: str) -> None:
    response = client.get(f"/claims/{casualty_key}", headers={"Accept": accept})
    assert response.status_code == 200 and response.mimetype == media
    assert response.headers["Vary"] == "Accept"


def test_linked_data_suffixes_parse_as_rdf(client: FlaskClient, casualty_key: str) -> None:
    iri = URIRef(f"https://w3id.org/claimkb/id/claim/{casualty_key}")
    turtle = Graph().parse(data=client.get(f"/claims/{casualty_key}.ttl").get_data(as_text=True), format="turtle")
    jsonld = Graph().parse(data=client.get(f"/claims/{casualty_key}.jsonld").get_data(as_text=True), format="json-ld")
    assert (iri, None, None) in turtle and set(turtle) == set(jsonld)
    assert any(str(o).endswith("#quantity") for o in turtle.objects(iri, None))
    actor = Graph().parse(data=client.get("/actors/armenia.ttl").get_data(as_text=True), format="turtle")
    assert len(actor) > 2
    refused = client.get(f"/claims/{casualty_key}", headers={"Accept": "application/n-triples"})
    assert refused.status_code == 406  # a client that takes no HTML reads the refusal in the one JSON shape
    assert refused.is_json and refused.get_json()["error"]["status"] == 406
    assert "text/turtle" in refused.get_json()["error"]["detail"]
    page = client.get(f"/claims/{casualty_key}", headers={"Accept": "text/html;q=0.9, image/png"})
    assert page.status_code == 200 and page.mimetype == "text/html"


def test_data_iri_paths_redirect(client: FlaskClient, casualty_key: str) -> None:
    response = client.get(f"/id/claim/{casualty_key}")
    assert response.status_code == 303 and response.headers["Location"].endswith(f"/claims/{casualty_key}")


def test_security_headers_on_every_page(client: FlaskClient) -> None:
    for path in ("/", "/query", "/actors.json", "/nowhere"):
        csp = client.get(path).headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_error_shape_json_for_api_html_for_browsers(client: FlaskClient) -> None:
    api = client.get("/claims/nope.json")
    assert api.status_code == 404
    assert api.get_json() == {"error": {"status": 404, "title": "Not found", "detail": "no claim 'nope'"}}
    by_accept = client.get("/nowhere", headers={"Accept": "application/json"})
    assert by_accept.get_json()["error"]["status"] == 404
    page = client.get("/nowhere", headers={"Accept": "text/html"})
    assert page.mimetype == "text/html" and "404 · Not found" in page.get_data(as_text=True)
    bad_key = client.get("/actors/bad%20key<x>")
    assert bad_key.status_code == 404 and "&lt;x&gt;" in bad_key.get_data(as_text=True)


def test_query_page_offers_examples_and_permalinks(client: FlaskClient) -> None:
    page = client.get("/query").get_data(as_text=True)
    assert page.count("data-name=") >= 5 and "Casualty figures by party" in page
    assert "vendor/yasgui/yasgui.min.js" in page and "cdn" not in page.lower()
    given = client.get("/query", query_string={"query": 'SELECT * WHERE { ?s ?p "</div><script>x()</script>" }'})
    html = given.get_data(as_text=True)
    assert "<script>x()" not in html and "&lt;/div&gt;&lt;script&gt;x()" in html


def test_json_lists_name_the_query_they_ran(client: FlaskClient) -> None:
    data = json.loads(client.get("/articles.json").get_data())
    assert data["queries"][0]["name"] == "articles" and data["columns"][0] == "article"


@pytest.mark.parametrize("path", ["/conflicts.json?page=1", "/articles.json?page=1", "/actors.json"])
def test_a_page_lists_exactly_the_named_queries_that_ran_with_their_bindings(
        kb: KnowledgeBase, path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The "queries run" list is what reached the store, the library's own queries included: each run of a
    named query, in order, with the terms bound."""
    from kb import sparql

    names = {q.text: q.name for q in sparql.all_queries()}
    reached: list[tuple[str, dict[str, str]]] = []
    for method in ("select", "select_terms", "construct"):
        inner = getattr(kb.store, method)

        def spy(text: str, bindings: object = None, _inner: object = inner) -> object:
            shown = {k: v.n3() if hasattr(v, "n3") else " ".join(t.n3() for t in v)
                     for k, v in (bindings or {}).items()}  # type: ignore[attr-defined]
            if text in names:
                reached.append((names[text], shown))
            return _inner(text, bindings)  # type: ignore[operator]

        monkeypatch.setattr(kb.store, method, spy)
    client = create_app({"KB_STORE": kb, "RATE_LIMIT": None, "CONFLICTS_CACHE_SECONDS": 0}).test_client()
    listed = [(q["name"], q["bindings"]) for q in client.get(path).get_json()["queries"]]
    assert listed == reached and listed
    if path.startswith("/conflicts"):  # the library's queries, bound to this page's conflicts
        assert any(name == "conflict-involved" and "finding" in bound for name, bound in listed)


def test_served_disk_store_is_read_only_and_sees_new_ingests(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import time

    from kb.pipeline.article import Article

    location = str(tmp_path / "kb")
    demo.build(location).close()
    client = create_app({"KB_STORE": location, "RATE_LIMIT": None, "KB_REFRESH_SECONDS": 0.05}).test_client()
    assert len(client.get("/articles.json").get_json()["rows"]) == 3
    writer = KnowledgeBase.open(location)  # the app holds no write lock: ingest can run beside it
    writer.ingest_claims(Article(text="Nothing claimed here.\n", name="late", title="A late article"), [])
    writer.close()
    time.sleep(0.1)
    titles = [r["title"] for r in client.get("/articles.json").get_json()["rows"]]
    assert "A late article" in titles
    ask = client.get("/sparql", query_string={"query": "ASK { ?a <http://purl.org/dc/terms/title> 'A late article' }"})
    assert ask.get_json()["boolean"] is True


def test_entity_lists_as_csv(client: FlaskClient, casualty_key: str) -> None:
    actor = client.get("/actors/armenia.csv")
    assert actor.mimetype == "text/csv" and actor.get_data(as_text=True).startswith("claim,role,type,when")
    assert len(actor.get_data(as_text=True).strip().splitlines()) == 5
    claim = client.get(f"/claims/{casualty_key}.csv").get_data(as_text=True)
    assert claim.startswith("claim,type,quote,speaker") and "AFP" in claim and "84 soldiers" in claim


def test_limits_come_from_the_environment() -> None:
    from web import settings_from_env

    got = settings_from_env({"KB_SPARQL_TIMEOUT": "2.5", "KB_SPARQL_MAX_ROWS": "7", "KB_RATE_LIMIT": "5/minute",
                             "KB_REFRESH_SECONDS": "1", "UNRELATED": "x"})
    assert got == {"SPARQL_TIMEOUT": 2.5, "SPARQL_MAX_ROWS": 7, "RATE_LIMIT": "5/minute", "KB_REFRESH_SECONDS": 1.0}
    import pytest

    with pytest.raises(ValueError, match="KB_SPARQL_MAX_ROWS='many'"):
        settings_from_env({"KB_SPARQL_MAX_ROWS": "many"})


def test_the_queries_box_says_what_each_query_answers_and_keeps_its_notes_in_the_text(client: FlaskClient) -> None:
    """The box under a page lists each query run with what it answers (its description's first sentence); the
    sentences after it, why the query is written as it is (a trial that shaped it, a cost measured), stay in the
    query's text, where a reader of the page can still see them (trial user33: "developer notes shown to users")."""
    from kb import sparql

    query = sparql.get("copy-claim-counts")
    assert query.summary.startswith("For each actor, how many claims it makes") and query.summary.endswith(".")
    assert "(trial user26)" in query.description and "trial" not in query.summary
    page = client.get("/actors").get_data(as_text=True)
    box = page[page.index("<code>copy-claim-counts.rq</code>"):]
    box = box[: box.index("</section>")]
    assert f"<p>{query.summary}</p>" in box.replace("&#34;", '"')
    assert box.count("(trial user26)") == 1  # once, in the query's text (the <pre>), not in its summary above it
    for named in sparql.all_queries(sparql.QUERIES):
        assert named.summary and "trial user" not in named.summary, named.name


def test_a_state_page_names_who_speaks_for_it_with_their_counts(client: FlaskClient) -> None:
    """A state rarely speaks in its own name: its ministry, government and officials do (``ckb:represents``).  Its
    page said "Claims made (0)" and linked to none of them (trial user33); it now names each, with the claims the
    actors list counts for it, and its JSON lists them."""
    counts = {r["actor"]: r["asSpeaker"] for r in client.get("/actors.json").get_json()["rows"]}
    voices = client.get("/actors/armenia.json").get_json()["voices"]
    assert {v["voice"].rsplit("/", 1)[1] for v in voices} == {"armenia-mod", "armenia-government"}
    assert all(v["claims"] == counts[v["voice"]] > 0 for v in voices)
    page = client.get("/actors/armenia").get_data(as_text=True)
    assert 'href="/actors/armenia-mod"' in page and "Armenian Defence Ministry</a> (1 claim)" in page
    assert "Speaking for" not in client.get("/actors/armenia-mod").get_data(as_text=True)  # nobody speaks for it
