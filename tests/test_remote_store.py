"""One store contract, run against the embedded Oxigraph, an Oxigraph server and OpenLink Virtuoso.

The servers are real processes on free 127.0.0.1 ports (tests/servers.py), started once per session;
each is skipped with the reason when its binary is not installed.
"""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import XSD, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kb import sparql
from kb.actors import Gazetteer
from kb.derived.conflicts import refresh, stream
from kb.derived.conflicts.cards import CardReader
from kb.derived.conflicts.read import claim_cards
from kb.errors import QueryError, QueryRefused, QueryTimeout
from kb.pipeline.article import Article
from kb.pipeline.quarantine import Quarantine
from kb.service import KnowledgeBase
from kb.store import Store, open_store
from kb.store.remote import SparqlStore, bind, query_shape
from tests.conftest import make_claim, needs
from tests.fixtures.synthetic import Said, publish
from tests.servers import SERVER_PIDS, Unavailable, cpu_seconds, oxigraph_server, virtuoso_server

EX = "http://example.org/"
S, P, Q = URIRef(EX + "s"), URIRef(EX + "p"), URIRef(EX + "q")
G1, G2 = EX + "graph/1", EX + "graph/2"


# ---------------------------------------------------------------- servers and stores
@pytest.fixture(scope="session")
def oxigraph_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    try:
        with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
            yield url
    except Unavailable as exc:
        needs(f"Oxigraph server: {exc}")


@pytest.fixture(scope="session")
def virtuoso_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    try:
        with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as url:
            yield url
    except Unavailable as exc:
        needs(f"Virtuoso: {exc}")


def _empty(store: Store) -> Store:
    for g in store.graphs():  # type: ignore[attr-defined]
        store.drop_graph(g)
    return store


@pytest.fixture(params=["embedded", "oxigraph-server", "virtuoso"])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    if request.param == "embedded":
        s: Store = open_store(":memory:")
    elif request.param == "oxigraph-server":
        s = _empty(SparqlStore(request.getfixturevalue("oxigraph_url")))
    else:
        s = _empty(SparqlStore(request.getfixturevalue("virtuoso_url")))
    yield s
    s.close()


def is_virtuoso(store: Store) -> bool:
    return isinstance(store, SparqlStore) and store.flavor == "virtuoso"


def graph(*triples: tuple[URIRef, URIRef, object]) -> Graph:
    g = Graph()
    for s, p, o in triples:
        g.add((s, p, o if isinstance(o, URIRef | Literal) else Literal(o)))  # type: ignore[arg-type]
    return g


# ---------------------------------------------------------------- query text (no server)
def test_query_shape_finds_the_where_group() -> None:
    assert query_shape("SELECT * WHERE { ?s ?p ?o }") == ("select", 15)
    text = 'PREFIX a: <http://x/{}> # {\nSELECT (EXISTS { ?a ?b ?c } AS ?e) FROM <http://g> { ?s ?p "{" }'
    assert text[query_shape(text)[1]:].startswith('{ ?s ?p "{"')  # type: ignore[index]
    text = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert query_shape(text) == ("construct", text.rindex("{"))
    assert query_shape("CONSTRUCT WHERE { ?s ?p ?o }") == ("construct", 16)
    assert query_shape("INSERT DATA { <a> <b> <c> }")[0] == "update"
    assert query_shape("define sql:x 1 SELECT * {}")[0] == "define"


def test_bindings_are_terms_never_query_text() -> None:
    text = bind("SELECT ?o WHERE { ?s ?p ?o }", {"s": S, "o": Literal('x" } ; DROP ALL #\n', lang="en")})
    values = '(<http://example.org/s> "x\\" } ; DROP ALL #\\n"@en)'
    assert text == f"SELECT ?o WHERE {{ VALUES (?s ?o) {{ {values} }}  ?s ?p ?o }}"
    for bad in ({"s": URIRef("http://x/> } DROP ALL { <y")}, {"s x": S}, {"o": Literal("x", datatype=URIRef("a b"))}):
        with pytest.raises(QueryError):
            bind("SELECT * { ?s ?p ?o }", bad)  # type: ignore[arg-type]


# ---------------------------------------------------------------- the contract
def test_put_replace_drop(store: Store) -> None:
    first = graph((S, P, "one"), (S, Q, URIRef(EX + "o")))
    store.put_graph(G1, first)
    assert store.has_graph(G1) and not store.has_graph(G2)
    assert set(store.get_graph(G1)) == set(first)
    second = graph((S, P, "two"))
    store.put_graph(G1, second)
    assert set(store.get_graph(G1)) == set(second)
    store.drop_graph(G1)
    store.drop_graph(G2)  # never created: silent
    assert not store.has_graph(G1) and len(store.get_graph(G1)) == 0


def test_put_graph_larger_than_an_insert_data_chunk(store: Store) -> None:
    big = Graph()
    for i in range(2500):
        big.add((URIRef(f"{EX}n{i}"), P, Literal(f"line {i}\nwith \"quotes\" and ünïcödé", lang="id")))
    store.put_graph(G1, big)
    assert set(store.get_graph(G1)) == set(big)
    assert int(store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0]["n"]) == 2500  # type: ignore[arg-type]


def test_union_of_named_graphs_and_nothing_else(store: Store) -> None:
    store.put_graph(G1, graph((S, P, "a")))
    store.put_graph(G2, graph((S, P, "b"), (S, Q, "c")))
    assert int(store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0]["n"]) == 3  # type: ignore[arg-type]
    rows = store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert [str(r["g"]) for r in rows] == [G1, G2]
    assert store.graphs() == [G1, G2]  # type: ignore[attr-defined]
    assert {str(r["o"]) for r in store.select("SELECT ?p ?o WHERE { ?s ?p ?o }", {"p": P})} == {"a", "b"}


def test_select_ask_construct_with_bindings(store: Store) -> None:
    store.put_graph(G1, graph((S, P, Literal("Baku", lang="id")), (S, Q, Literal(301, datatype=XSD.integer)),
                              (URIRef(EX + "t"), P, Literal("Yerevan", lang="en"))))
    # (the embedded store binds projected variables only: so do these tests)
    rows = store.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s", {"p": P, "o": Literal("Baku", lang="id")})
    assert rows.vars == ["s", "p", "o"] and rows.rows == [{"s": S, "p": P, "o": Literal("Baku", lang="id")}]
    assert store.select("SELECT ?s ?o WHERE { ?s ?p ?o }", {"o": Literal(301, datatype=XSD.integer)}).rows == [
        {"s": S, "o": Literal(301, datatype=XSD.integer)}
    ]
    assert store.select("SELECT ?s ?o WHERE { ?s ?p ?o }", {"o": Literal("Baku")}).rows == []  # no tag: no match
    assert store.ask("ASK { ?s ?p ?o }", {"s": S, "p": Q})
    assert not store.ask("ASK { ?s ?p ?o }", {"s": S, "o": Literal("Yerevan", lang="en")})
    g = store.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"s": S})
    assert len(g) == 2 and (S, Q, Literal(301, datatype=XSD.integer)) in g
    with pytest.raises(QueryError):
        store.select("ASK { ?s ?p ?o }")
    with pytest.raises(QueryError):
        store.select("SELECT ?s WHERE { ?s ?p ")


def test_unbound_optional_is_none(store: Store) -> None:
    store.put_graph(G1, graph((S, P, "a")))
    rows = store.select("SELECT ?s ?x WHERE { ?s ?p ?o OPTIONAL { ?s <http://example.org/none> ?x } }")
    assert rows.rows == [{"s": S, "x": None}]


def test_language_tags_dates_booleans_big_integers(store: Store) -> None:
    big, huge = 10**15, 10**25
    data = graph(
        (S, URIRef(EX + "lang"), Literal("Pertempuran pecah", lang="id")),
        (S, URIRef(EX + "mixed"), Literal("colour", lang="en-GB")),
        (S, URIRef(EX + "date"), Literal("2020-09-28", datatype=XSD.date)),
        (S, URIRef(EX + "when"), Literal("2020-09-28T10:00:00Z", datatype=XSD.dateTime)),
        (S, URIRef(EX + "yes"), Literal(True)),
        (S, URIRef(EX + "no"), Literal(False)),
        (S, URIRef(EX + "big"), Literal(big, datatype=XSD.integer)),
        (S, URIRef(EX + "huge"), Literal(huge, datatype=XSD.integer)),
        (S, URIRef(EX + "plain"), Literal('say "hi"\n\tok')),
    )
    store.put_graph(G1, data)
    rows = store.select("SELECT ?p ?o WHERE { ?s ?p ?o }")
    got = {str(r["p"]).removeprefix(EX): r["o"] for r in rows}
    assert got["lang"] == Literal("Pertempuran pecah", lang="id")
    assert got["mixed"].language.lower() == "en-gb"  # type: ignore[union-attr]  # both servers lower-case tags
    assert got["date"].toPython().isoformat() == "2020-09-28"  # type: ignore[union-attr]
    assert got["when"].datatype == XSD.dateTime  # type: ignore[union-attr]
    assert got["yes"] == Literal(True) and got["no"] == Literal(False)
    assert got["yes"].toPython() is True and got["no"].toPython() is False  # type: ignore[union-attr]
    assert got["big"] == Literal(big, datatype=XSD.integer)
    assert int(got["huge"].toPython()) == huge  # type: ignore[union-attr]
    if not is_virtuoso(store):  # Virtuoso keeps integers past 64 bits as xsd:decimal
        assert got["huge"].datatype == XSD.integer  # type: ignore[union-attr]
    assert got["plain"] == Literal('say "hi"\n\tok')
    assert store.ask('ASK { ?s ?p ?d FILTER(?d > "2020-09-01"^^<http://www.w3.org/2001/XMLSchema#date>) }')
    assert store.select("SELECT ?p WHERE { ?s ?p true }").rows == [{"p": URIRef(EX + "yes")}]
    assert store.select("SELECT ?p ?o WHERE { ?s ?p ?o }", {"o": Literal(big, datatype=XSD.integer)}).rows == [
        {"p": URIRef(EX + "big"), "o": Literal(big, datatype=XSD.integer)}
    ]


def test_query_raw_formats(store: Store) -> None:
    store.put_graph(G1, graph((S, P, Literal("a", lang="en")), (S, Q, Literal(7, datatype=XSD.integer))))
    select = "SELECT ?p ?o WHERE { ?s ?p ?o } ORDER BY ?p"
    kind, body = store.query_raw(select, "json")
    assert kind == "solutions"
    bindings = json.loads(body)["results"]["bindings"]
    assert [(b["p"]["value"], b["o"]["value"]) for b in bindings] == [(str(P), "a"), (str(Q), "7")]
    assert b"<sparql" in store.query_raw(select, "xml")[1]
    for fmt, sep in (("csv", ","), ("tsv", "\t")):
        table = list(csv.reader(io.StringIO(store.query_raw(select, fmt)[1].decode()), delimiter=sep))
        assert len(table) == 3 and [c.lstrip("?") for c in table[0]] == ["p", "o"]
    kind, body = store.query_raw("ASK { ?s ?p ?o }", "json")
    assert kind == "boolean" and json.loads(body)["boolean"] is True
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    expected = store.get_graph(G1)
    for fmt, parser in (("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld"), ("rdfxml", "xml")):
        kind, body = store.query_raw(construct, fmt)
        assert kind == "graph" and isomorphic(Graph().parse(data=body, format=parser), expected), fmt
    with pytest.raises(QueryError):
        store.query_raw(select, "turtle")
    with pytest.raises(QueryError):
        store.query_raw(construct, "csv")


def test_updates_and_pragmas_are_refused_by_the_remote_read_path(store: Store) -> None:
    if not isinstance(store, SparqlStore):
        pytest.skip("the embedded store refuses updates in its own way")
    for text in ("DROP ALL", "INSERT DATA { <a:b> <a:b> <a:b> }", "define input:default-graph-uri <x:y> SELECT * {}"):
        with pytest.raises(QueryRefused):
            store.query_raw(text, "json")


def test_dump(store: Store) -> None:
    store.put_graph(G1, graph((S, P, "a")))
    store.put_graph(G2, graph((S, Q, Literal("b", lang="id"))))
    for fmt in ("nquads", "trig"):
        ds = Dataset()
        ds.parse(data=store.dump(fmt), format=fmt)
        quads = {(s, p, o, str(g.identifier if hasattr(g, "identifier") else g)) for s, p, o, g in ds.quads()}
        assert quads == {(S, P, Literal("a"), G1), (S, Q, Literal("b", lang="id"), G2)}, fmt
    assert len(Graph().parse(data=store.dump("turtle"), format="turtle")) == 2


# ---------------------------------------------------------------- the knowledge base on top
@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _articles() -> list[tuple[Article, list]]:  # type: ignore[type-arg]
    out = []
    en = Article(text="Baku says more than 300 Armenian soldiers were killed on Monday. Yerevan denied the figure.",
                 name="baku-figure", published="2020-10-01", outlet="Kompas", lang="en",
                 url="https://example.org/news/baku-figure")
    out.append((en, [make_claim(en), make_claim(en, quantity_min=2_000_000_000_000, quantity_text="2 trillion")]))
    idn = Article(text="Kementerian Pertahanan Armenia menyatakan 12 tentara tewas pada Selasa. Baku membantah.",
                  name="id-armenia", published="2020-09-29", outlet="Antara", lang="id")
    end = idn.text.index(".") + 1
    out.append((idn, [make_claim(idn, quote=idn.text[:end], end=end, speaker="Ministry of Defence of Armenia",
                                 speaker_iri=None, subject="Armenia", quantity_min=12, quantity_max=12,
                                 quantity_text="12", unit="tentara tewas", date="2020-09-29", via=[])]))
    bad = Article(text="Someone said 5 were hurt. More.", name="bad-one", lang="en")
    out.append((bad, [make_claim(bad, quote="Someone said 5 were hurt.", end=25, quantity_min=9, quantity_max=1)]))
    return out


def _load(store: Store, gazetteer: Gazetteer) -> tuple[KnowledgeBase, list[str]]:
    kb = KnowledgeBase(store, Quarantine(None), gazetteer)
    kb.sync_reference_graphs()
    return kb, [kb.ingest_claims(a, claims).status for a, claims in _articles()]


def _rowset(rows: list[dict[str, object]]) -> list[str]:
    return sorted(repr(sorted((k, str(v)) for k, v in row.items())) for row in rows)


def test_knowledge_base_matches_the_embedded_store(store: Store, gazetteer: Gazetteer) -> None:
    kb, statuses = _load(store, gazetteer)
    ref, ref_statuses = _load(open_store(":memory:"), gazetteer)
    assert statuses == ref_statuses == ["ingested", "ingested", "quarantined"]
    assert kb.stats() == ref.stats() and kb.stats()["articles"] == 2
    assert kb.validate() == ref.validate() == []
    assert kb.article_graphs() == ref.article_graphs()
    for article, _ in _articles()[:2]:
        assert kb.article(article.key) == ref.article(article.key)
    for name in ("conflict-claim-facts", "conflict-actors", "conflict-neutral-actors", "article-graphs"):
        assert _rowset(sparql.run(kb.store, name).rows) == _rowset(sparql.run(ref.store, name).rows), name
    # a second ingest of the same article is recognised as unchanged (the stored terms round-trip)
    article, claims = _articles()[0]
    assert kb.ingest_claims(article, claims).status == "unchanged"
    assert kb.ingest_claims(article, claims[:1]).status == "replaced"
    assert kb.stats()["claims"] == ref.stats()["claims"] - 1


def _disputed(store: Store, gazetteer: Gazetteer) -> KnowledgeBase:
    """Two sides' contradicting figures, relayed by agencies (one unknown): conflicts with claims to list."""
    kb = KnowledgeBase(store, Quarantine(None), gazetteer)
    kb.sync_reference_graphs()
    for n, (speaker, figure, via) in enumerate([("Baku", 2000, ["Reuters", "Steppe Wire"]), ("Yerevan", 50, []),
                                               ("Baku", 2500, ["AFP"]), ("Yerevan", 60, [])]):
        said = Said(f"({n}) {speaker} said {figure} Armenian soldiers were killed.", "casualty", speaker,
                    subject="Armenia", qmin=figure, qmax=figure, unit="soldiers killed", date=f"2020-10-0{n + 1}",
                    via=via)
        publish(kb, f"https://news.example/remote/{n}", f"2020-10-0{n + 1}", "Kompas", [said])
    refresh(kb.store)
    return kb


def test_conflicts_streamed_match_the_embedded_store(store: Store, gazetteer: Gazetteer) -> None:
    """``kb conflicts --format json`` (its grouped member lists, cards read as values) answers as on the embedded
    store, and its cards are the pages' cards."""
    kb, ref = _disputed(store, gazetteer), _disputed(open_store(":memory:"), gazetteer)
    text, ref_text = io.StringIO(), io.StringIO()
    assert stream.write_json(kb.store, text) == stream.write_json(ref.store, ref_text) >= 1
    assert text.getvalue() == ref_text.getvalue()
    claims = sorted({c["claim"] for found in json.loads(text.getvalue()) for c in found["claims"]})
    assert len(claims) == 4 and CardReader(kb.store).read(claims) == claim_cards(ref.store, claims)


def test_unreachable_server_is_a_store_error(tmp_path: Path) -> None:
    from kb.errors import StoreError
    from tests.servers import free_port

    dead = SparqlStore(f"http://127.0.0.1:{free_port()}/query", timeout=2)
    with pytest.raises(StoreError):
        dead.has_graph(G1)
    with pytest.raises(StoreError):
        dead.put_graph(G1, graph((S, P, "a")))


# ---------------------------------------------------------------- time limits reach the server
HEAVY_GRAPH = EX + "graph/heavy"
HEAVY = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/graph/heavy> "
         "{ ?a ?p ?x . ?b ?q ?y . ?c ?r ?z FILTER(?x + ?y + ?z = -1) } }")  # 2.7e10 rows: hours


def _load_heavy(store: SparqlStore) -> None:
    store.put_graph(HEAVY_GRAPH, graph(*((URIRef(f"{EX}h{i}"), P, Literal(i)) for i in range(3000))))


def _goes_idle(pid: int, within: float = 20.0) -> bool:
    """Whether the server process spends under 0.2 s of CPU in some 1 s window before ``within`` s pass
    (a query still running keeps it near 1 s per second, or 0.4 s on a machine shared with other work)."""
    until = time.monotonic() + within
    while time.monotonic() < until:
        before = cpu_seconds(pid)
        time.sleep(1)
        if cpu_seconds(pid) - before < 0.2:
            return True
    return False


def _stopped_on_both_sides(store: SparqlStore, pid: int) -> str:
    """Run the heavy query; it must end in ``QueryTimeout`` after real work, and the server go idle."""
    assert _goes_idle(pid), "the server was busy before the test"
    before = cpu_seconds(pid)
    with pytest.raises(QueryTimeout) as exc:
        store.select(HEAVY)
    assert cpu_seconds(pid) - before > 0.3, "the query did no work on the server"
    assert _goes_idle(pid), "the server went on evaluating the stopped query"
    return str(exc.value)


def test_a_stopped_query_stops_on_oxigraph_server(tmp_path: Path) -> None:
    """Oxigraph has no per-request limit and evaluates on after its client leaves: its --timeout-s stops it
    (the client here waits longer than the server's limit, so the answer is the server's own stop)."""
    try:
        with oxigraph_server(tmp_path, query_timeout=2) as url:
            store = SparqlStore(url, timeout=15)
            _load_heavy(store)
            assert "stopped the query at its own time limit" in _stopped_on_both_sides(store, SERVER_PIDS[url])
    except Unavailable as exc:
        needs(f"Oxigraph server: {exc}")


def test_a_stopped_query_stops_on_virtuoso(virtuoso_url: str) -> None:
    """The store's limit (2 s) travels as Virtuoso's ``timeout`` parameter, far below the server's own
    ``MaxQueryExecutionTime`` (tests/servers.py): the server stops, and its incomplete "anytime" answer
    is refused, never returned as rows."""
    store = SparqlStore(virtuoso_url, timeout=2)
    _empty(store)
    _load_heavy(store)
    try:
        _stopped_on_both_sides(store, SERVER_PIDS[virtuoso_url])
        patient = SparqlStore(virtuoso_url, timeout=30)  # the server's answer, not the client's give-up
        with pytest.raises(QueryTimeout, match="incomplete results"):
            patient.http.request("POST", virtuoso_url, form={"query": HEAVY, "timeout": "1000"},
                                 headers={"Accept": "application/sparql-results+json"}, error=QueryError)
    finally:
        store.drop_graph(HEAVY_GRAPH)
