"""``kb add`` with RDF claim files: Turtle, TriG, JSON-LD, N-Triples, N-Quads through the same gate;
malformed input named as FILE:LINE:COL; JSON-LD with a referenced @context refused and never fetched."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph

from kb.cli import main
from kb.pipeline.article import Article
from kb.pipeline.from_rdf import check_jsonld, context_references
from kb.pipeline.to_rdf import add_claim
from kb.service import KnowledgeBase
from tests.conftest import make_claim

TEXT = "Baku says more than 300 Armenian soldiers were killed on Monday. Tail."


@pytest.fixture
def stored(tmp_path: Path) -> tuple[str, Article]:
    store = str(tmp_path / "store")
    article = Article(text=TEXT, name="a", lang="en")
    base = KnowledgeBase.open(store)
    base.sync_reference_graphs()
    base.ingest_claims(article, [])
    base.close()
    return store, article


def claim_graph(article: Article, **changes: object) -> Graph:
    """A curated claim as RDF, written by the project's own serialiser (no article node, no labels)."""
    from kb.actors import Gazetteer

    g = Graph()
    add_claim(g, make_claim(article, **changes), article.iri, Gazetteer.load(), lang="en")
    return g


@pytest.mark.parametrize(("suffix", "fmt"), [(".ttl", "turtle"), (".trig", "trig"), (".jsonld", "json-ld"),
                                             (".nt", "nt"), (".nq", "nquads")])
def test_rdf_claims_are_added_through_the_gate(tmp_path: Path, stored: tuple[str, Article], suffix: str,
                                               fmt: str) -> None:
    store, article = stored
    path = tmp_path / f"claims{suffix}"
    graph = claim_graph(article)
    if fmt in ("trig", "nquads"):
        from rdflib import Dataset

        ds = Dataset()
        named = ds.graph("https://example.org/curation")
        for triple in graph:
            named.add(triple)
        path.write_text(ds.serialize(format=fmt))
    else:
        path.write_text(graph.serialize(format=fmt))
    result = CliRunner().invoke(main, ["add", "--store", store, str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"replaced    {article.key} (1 claims)")
    base = KnowledgeBase.open(store, read_only=True)
    assert base.stats()["claims"] == 1
    base.close()


def test_a_bad_rdf_claim_is_quarantined(tmp_path: Path, stored: tuple[str, Article]) -> None:
    store, article = stored
    path = tmp_path / "bad.ttl"
    path.write_text(claim_graph(article, quantity_min=10, quantity_max=2).serialize(format="turtle"))
    result = CliRunner().invoke(main, ["add", "--store", store, str(path)])
    assert result.exit_code == 1 and "not above the upper bound" in result.output


@pytest.mark.parametrize(("name", "content", "where"), [
    ("claims.ttl", "@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b ex:c ;\n  ex:d ex:e ex:f .\n",
     ":4:13: bad syntax"),
    ("claims.nt", "<http://a> <http://b> <http://c> .\n<http://a> <http://b> c .\n", ":2:"),
    ("claims.jsonld", '{"@id": "http://a",\n  "http://b": [}', ":2:16: invalid JSON"),
    ("claims.ttl", "@prefix ckb: <https://w3id.org/claimkb/ns#> .\n<http://a> a <http://b> .\n", ": no claims found"),
])
def test_malformed_rdf_names_file_line_and_column(tmp_path: Path, stored: tuple[str, Article], name: str,
                                                  content: str, where: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    result = CliRunner().invoke(main, ["add", "--store", stored[0], str(path)])
    assert result.exit_code == 2
    assert f"kb: {path}{where}" in result.stderr, result.stderr
    assert "Traceback" not in result.output


@pytest.fixture
def witness() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server that records every request: it must receive none."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            body = json.dumps({"@context": {"q": "https://w3id.org/claimkb/ns#quote"}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/ld+json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/context.jsonld", hits
    server.shutdown()


@pytest.mark.parametrize("shape", ["top", "list", "nested", "import", "graph-item"])
def test_remote_jsonld_context_is_refused_and_never_fetched(tmp_path: Path, stored: tuple[str, Article],
                                                            witness: tuple[str, list[str]], shape: str) -> None:
    url, hits = witness
    doc: object = {
        "top": {"@context": url, "@id": "http://a"},
        "list": {"@context": [{"ex": "http://e/"}, url], "@id": "http://a"},
        "nested": {"@context": {"ex": "http://e/", "p": {"@id": "http://e/p", "@context": url}}, "@id": "http://a"},
        "import": {"@context": {"@version": 1.1, "@import": url}, "@id": "http://a"},
        "graph-item": {"@graph": [{"@id": "http://a", "http://e/p": {"@context": url, "@id": "http://b"}}]},
    }[shape]
    path = tmp_path / "claims.jsonld"
    path.write_text(json.dumps(doc))
    result = CliRunner().invoke(main, ["add", "--store", stored[0], str(path)])
    assert result.exit_code == 2 and "remote JSON-LD @context" in result.stderr and url in result.stderr
    assert hits == []


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=12) |
                    st.sampled_from(["@context", "http://x.org/c", "https://y.org/c"]),
                    lambda inner: st.lists(inner, max_size=4) |
                    st.dictionaries(st.sampled_from(["@context", "@import", "@id", "p", "@graph"]), inner, max_size=4),
                    max_leaves=20)


@given(JSON)
def test_context_check_never_crashes_and_catches_every_reference(doc: object) -> None:
    refs = context_references(doc)
    text = json.dumps(doc)
    if refs:
        with pytest.raises(Exception, match="JSON-LD @context"):
            check_jsonld(text, "f.jsonld")
    else:
        assert check_jsonld(text, "f.jsonld") == doc
    # an independent oracle: every string directly under @context/@import is reported
    expected = []
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("@context", "@import"):
                    expected += [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    assert sorted(refs) == sorted(expected)
