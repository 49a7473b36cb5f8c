"""kb.sparql.safety: what a query from outside must pass before it reaches the store, decided from a parse.

The obfuscation corpus that must never make a connection is in test_sparql_ssrf.py."""

from __future__ import annotations

import pytest

from kb.errors import QueryError, QueryRefused
from kb.sparql.safety import QueryTooLarge, check_query

STORED = {"https://w3id.org/claimkb/graph/actors", "https://news.example.org/a"}


def check(text: str, **kwargs: object):  # type: ignore[no-untyped-def]
    return check_query(text, STORED.__contains__, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("form", ["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"])
def test_read_forms_pass_and_are_recognised(form: str) -> None:
    text = {"SELECT": "SELECT * WHERE { ?s ?p ?o }", "ASK": "ASK { ?s ?p ?o }",
            "CONSTRUCT": "CONSTRUCT WHERE { ?s ?p ?o }", "DESCRIBE": "DESCRIBE <http://x/y>"}[form]
    assert check("PREFIX ex: <http://x/>\n" + text.lower().replace("<http://x/y>", "ex:y")).form == form


@pytest.mark.parametrize("update", [
    "INSERT DATA { <a:a> <a:b> <a:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "delete { ?s ?p ?o } insert { ?s ?p 1 } where { ?s ?p ?o }",
    "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "CLEAR ALL", "DROP GRAPH <http://g>", "CREATE GRAPH <http://g>",
    "COPY DEFAULT TO <http://g>", "MOVE <http://a> TO <http://b>", "ADD <http://a> TO <http://b>",
])
def test_updates_are_refused(update: str) -> None:
    with pytest.raises(QueryRefused, match="read-only"):
        check(update)


def test_a_query_followed_by_an_update_is_no_query() -> None:
    with pytest.raises(QueryError, match="invalid SPARQL"):
        check("SELECT * WHERE { ?s ?p ?o } ; INSERT DATA { <a:a> <a:b> <a:c> }")


@pytest.mark.parametrize("text", [
    "LOAD <file:///etc/passwd>",
    "LOAD <http://example.org/data.ttl> INTO GRAPH <http://g>",
])
def test_load_is_refused(text: str) -> None:
    with pytest.raises(QueryRefused, match="LOAD"):
        check(text)


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "select * where { service silent <file:///etc/passwd> { ?s ?p ?o } }",
    "SELECT * WHERE { ?a ?b ?c OPTIONAL { SERVICE <http://x/> { ?a ?d ?e } } }",
    "SELECT * WHERE { { ?a ?b ?c } UNION { SERVICE <http://x/> { ?a ?d ?e } } }",
    "SELECT * WHERE { { SELECT ?a WHERE { SERVICE <http://x/> { ?a ?d ?e } } } }",
    "SELECT * WHERE { ?a ?b ?c FILTER EXISTS { SERVICE <http://x/> { ?a ?d ?e } } }",
    "PREFIX ex: <http://x/> SELECT * WHERE { SERVICE ex:sparql { ?a ?d ?e } }",
    "SELECT * WHERE { BIND(<http://x/> AS ?u) SERVICE ?u { ?a ?d ?e } }",
    "SELECT * WHERE { FILTER(?a<3)SERVICE<http://x/>{ ?a ?d ?e } }",
])
def test_service_is_refused_wherever_it_is_nested(text: str) -> None:
    with pytest.raises(QueryRefused, match="SERVICE"):
        check(text)


@pytest.mark.parametrize("text", [
    'SELECT * WHERE { ?s ?p "SERVICE <http://x/> { } INSERT DATA" }',
    "SELECT * WHERE { ?s ?p '''LOAD\n<file:///etc/passwd>''' }",
    "# SERVICE <http://x/> { }  INSERT\nSELECT * WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s <http://x/service/load/insert> ?o }",
    "PREFIX service: <http://x/> SELECT * WHERE { ?s service:drop ?o }",
    'SELECT * WHERE { ?s ?p "x"@add }',
    "SELECT ?delete WHERE { ?delete ?p ?o }",
])
def test_keywords_inside_strings_comments_iris_and_names_are_not_mistaken(text: str) -> None:
    assert check(text).form == "SELECT"


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { \\u0053ERVICE <http://x/> { ?s ?p ?o } }",
    'SELECT * WHERE { ?s ?p "\\u0053ERVICE" }',
    "SELECT * WHERE { ?s <http://x/\\U0000003e> ?o }",
    # rdflib expands escapes before parsing, Oxigraph only inside strings: for rdflib the string below
    # is empty and "# ..." a comment, for Oxigraph SERVICE runs.  Both readings must never be possible.
    'SELECT * WHERE { BIND("\\u0022 # " AS ?a) SERVICE <http://x/> { ?s ?p ?o } BIND(""\n AS ?b) }',
])
def test_codepoint_escapes_are_refused_anywhere(text: str) -> None:
    with pytest.raises(QueryRefused, match="codepoint"):
        check(text)


def test_from_and_from_named_must_name_stored_graphs() -> None:
    ok = check("PREFIX n: <https://news.example.org/>\nSELECT * FROM n:a "
               "FROM NAMED <https://w3id.org/claimkb/graph/actors> WHERE { ?s ?p ?o }")
    assert ok.from_graphs == ["https://news.example.org/a"]
    assert ok.from_named == ["https://w3id.org/claimkb/graph/actors"]
    for text in ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
                 "SELECT * FROM NAMED <http://elsewhere.example/g> WHERE { GRAPH ?g { ?s ?p ?o } }",
                 "BASE <https://news.example.org/x/> SELECT * FROM <a> WHERE { ?s ?p ?o }"):
        with pytest.raises(QueryRefused, match="not in this store"):
            check(text)
    assert check("BASE <https://news.example.org/x/> SELECT * FROM <../a> WHERE { ?s ?p ?o }").from_graphs == [
        "https://news.example.org/a"]


def test_protocol_dataset_graphs_are_checked_too() -> None:
    with pytest.raises(QueryRefused):
        check("SELECT * WHERE { ?s ?p ?o }", default_graphs=["http://elsewhere.example/g"])
    assert check("SELECT * WHERE { ?s ?p ?o }", named_graphs=["https://news.example.org/a"]).from_named


def test_size_cap() -> None:
    text = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 100
    with pytest.raises(QueryTooLarge, match="at most 50"):
        check(text, max_bytes=50)
    assert check(text, max_bytes=500)


def test_not_a_query() -> None:
    with pytest.raises(QueryError, match="invalid SPARQL"):
        check("PREFIX ex: <http://x/>")


@pytest.mark.parametrize("depth", [50, 5000])
def test_deep_nesting_is_refused_or_parsed_never_crashes(depth: int) -> None:
    text = "SELECT * WHERE " + "{" * depth + "?s ?p ?o" + "}" * depth
    if depth < 100:
        assert check(text, max_bytes=10**6).form == "SELECT"
    else:
        with pytest.raises(QueryError, match="nested too deeply"):
            check(text, max_bytes=10**6)


def test_undeclared_prefixes_and_extension_functions_are_refused() -> None:
    with pytest.raises(QueryError, match="prefix ex: is not declared"):
        check("SELECT * WHERE { ?s a ex:Thing }")
    with pytest.raises(QueryRefused, match="only SPARQL's built-in functions and XSD casts"):
        check("PREFIX f: <http://example.org/fn#> SELECT (f:fetch(?s) AS ?x) WHERE { ?s ?p ?o }")
    ok = check("PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT (xsd:integer(?o) AS ?n) (STR(?s) AS ?t) "
               "WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), 'x')) }")
    assert ok.form == "SELECT"
