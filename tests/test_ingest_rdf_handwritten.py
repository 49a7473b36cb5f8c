"""``kb add`` of claim files a person wrote, not the project's own serialisation.

A curator writes Turtle with prefixes, blank nodes nested in ``[ ]``, comments and ``a``; JSON-LD with an inline
``@context`` object that declares prefixes, coerces IRIs (``"@type": "@id"``) and dates, sets a default
``@language`` and lets numbers be JSON numbers.  Each file below, written here as text, must store the same
article graph as the same claims given as JSONL records (``Claim`` written field by field: an oracle that
shares no RDF code with the reader), compared with ``isomorphic``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from kb.cli import main
from kb.pipeline.article import Article
from kb.pipeline.record import Claim
from kb.service import KnowledgeBase

TEXT = "Baku says more than 300 Armenian soldiers were killed on Monday. Yerevan denied the figure on Tuesday."
FIRST, SECOND = TEXT.split(". ")
FIRST += "."


def claims(key: str) -> list[Claim]:
    """What the hand-written files say, as records."""
    start = TEXT.index(SECOND)
    return [
        Claim(article=key, type="casualty", speaker="Government of Azerbaijan",
              speaker_iri="https://w3id.org/claimkb/id/actor/azerbaijan-government", quote=FIRST, start=0,
              end=len(FIRST), subject="Armenia", quantity_min=301, quantity_text="more than 300",
              unit="soldiers killed", date="2020-09-28", rule="manual"),
        Claim(article=key, type="statement", speaker="Government of Armenia",
              speaker_iri="https://w3id.org/claimkb/id/actor/armenia-government", quote=SECOND, start=start,
              end=start + len(SECOND), factuality="denied", date="2020-09-29", rule="manual"),
    ]


def turtle(key: str) -> str:
    start = TEXT.index(SECOND)
    return f"""\
@prefix ckb:     <https://w3id.org/claimkb/ns#> .
@prefix schema:  <https://schema.org/> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix actor:   <https://w3id.org/claimkb/id/actor/> .
@prefix article: <https://w3id.org/claimkb/id/article/> .

# Read by hand from the article: Baku's figure, then Yerevan's denial.
[] a ckb:CasualtyClaim ;
    ckb:article article:{key} ;
    ckb:quote "{FIRST}"@en ;
    ckb:start 0 ; ckb:end {len(FIRST)} ;
    ckb:speaker actor:azerbaijan-government ;
    ckb:subject actor:armenia ;
    ckb:quantity [ a schema:QuantitativeValue ;
                   schema:minValue 301 ;
                   schema:unitText "soldiers killed" ;
                   ckb:quantityText "more than 300" ] ;
    ckb:date "2020-09-28"^^xsd:date ;
    ckb:rule "manual" .

[] a ckb:StatementClaim ;
    ckb:article article:{key} ;
    ckb:quote "{SECOND}"@en ;
    ckb:start {start} ; ckb:end {start + len(SECOND)} ;
    ckb:speaker actor:armenia-government ;
    ckb:factuality ckb:Denied ;   # a denial
    ckb:date "2020-09-29"^^xsd:date ;
    ckb:rule "manual" .
"""


def jsonld(key: str) -> str:
    start = TEXT.index(SECOND)
    context = {
        "ckb": "https://w3id.org/claimkb/ns#", "schema": "https://schema.org/",
        "xsd": "http://www.w3.org/2001/XMLSchema#", "actor": "https://w3id.org/claimkb/id/actor/",
        "@language": "en",
        "article": {"@id": "ckb:article", "@type": "@id"},
        "speaker": {"@id": "ckb:speaker", "@type": "@id"},
        "subject": {"@id": "ckb:subject", "@type": "@id"},
        "factuality": {"@id": "ckb:factuality", "@type": "@vocab"},
        "Denied": "ckb:Denied",
        "date": {"@id": "ckb:date", "@type": "xsd:date"},
        "quote": "ckb:quote", "start": "ckb:start", "end": "ckb:end", "rule": "ckb:rule",
        "quantity": "ckb:quantity", "min": "schema:minValue", "unit": "schema:unitText",
        "said": "ckb:quantityText",
    }
    doc = {"@context": context, "@graph": [
        {"@type": "ckb:CasualtyClaim", "article": f"https://w3id.org/claimkb/id/article/{key}", "quote": FIRST,
         "start": 0, "end": len(FIRST), "speaker": "actor:azerbaijan-government", "subject": "actor:armenia",
         "quantity": {"@type": "schema:QuantitativeValue", "min": 301, "unit": "soldiers killed",
                      "said": "more than 300"},
         "date": "2020-09-28", "rule": "manual"},
        {"@type": "ckb:StatementClaim", "article": f"https://w3id.org/claimkb/id/article/{key}", "quote": SECOND,
         "start": start, "end": start + len(SECOND), "speaker": "actor:armenia-government",
         "factuality": "Denied", "date": "2020-09-29", "rule": "manual"},
    ]}
    return json.dumps(doc, indent=2)


def stored_with(tmp: Path, name: str, content: str) -> tuple[Graph, str]:
    """A fresh store holding the article, then ``kb add`` of ``content`` saved as ``name``: (graph, output)."""
    store = str(tmp / f"store-{name}")
    article = Article(text=TEXT, name="a", lang="en", published="2020-09-29")
    kb = KnowledgeBase.open(store)
    kb.ingest_claims(article, [])
    kb.close()
    path = tmp / name
    path.write_text(content.replace("KEY", article.key), encoding="utf-8")
    result = CliRunner().invoke(main, ["add", "--store", store, str(path)])
    assert result.exit_code == 0, result.output
    kb = KnowledgeBase.open(store, read_only=True)
    graph = kb.store.get_graph(str(article.graph_iri))
    kb.close()
    return graph, result.stdout


@pytest.fixture
def oracle(tmp_path: Path) -> Graph:
    records = "".join(c.to_json() + "\n" for c in claims("KEY"))
    graph, output = stored_with(tmp_path, "claims.jsonl", records)
    assert output.startswith("replaced") and "(2 claims)" in output
    return graph


@pytest.mark.parametrize(("name", "write"), [("curated.ttl", turtle), ("curated.jsonld", jsonld)])
def test_hand_written_claims_store_what_the_records_say(tmp_path: Path, oracle: Graph, name: str,
                                                        write: object) -> None:
    graph, output = stored_with(tmp_path, name, write("KEY"))  # type: ignore[operator]
    assert output.startswith("replaced") and "(2 claims)" in output, output
    assert isomorphic(graph, oracle), graph.serialize(format="turtle")


def test_a_hand_written_claim_that_breaks_a_shape_is_quarantined(tmp_path: Path) -> None:
    """The gate judges a hand-written file as it judges any: a figure whose bounds cross is refused."""
    text = turtle("KEY").replace("schema:minValue 301 ;", "schema:minValue 301 ; schema:maxValue 20 ;")
    store = str(tmp_path / "store")
    article = Article(text=TEXT, name="a", lang="en", published="2020-09-29")
    kb = KnowledgeBase.open(store)
    kb.ingest_claims(article, [])
    kb.close()
    path = tmp_path / "bad.ttl"
    path.write_text(text.replace("KEY", article.key), encoding="utf-8")
    result = CliRunner().invoke(main, ["add", "--store", store, str(path)])
    assert result.exit_code == 1 and "quarantined" in result.stdout and "not above the upper bound" in result.output
