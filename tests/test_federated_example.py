"""The README's federated example (issue 17): its local half answers on the app's /sparql with the states'
QIDs and claim counts; the whole query, with its SERVICE call to Wikidata, is refused by the app."""

from __future__ import annotations

import re
from pathlib import Path

from tests.fixtures import demo
from web import create_app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _example() -> str:
    section = README[README.index("### Joining claimkb with Wikidata"):]
    found = re.search(r"```sparql\n(.*?)```", section, re.S)
    assert found is not None
    return found.group(1)


def test_the_local_half_answers_and_the_whole_is_refused() -> None:
    query = _example()
    assert "SERVICE <https://query.wikidata.org/sparql>" in query
    local = re.sub(r"  SERVICE <[^>]+> \{.*?\n  \}\n", "", query, flags=re.S)
    assert "SERVICE" not in local
    client = create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None, "SPARQL_TIMEOUT": 10.0}).test_client()
    answer = client.get("/sparql", query_string={"query": local}, headers={"Accept": "application/sparql-results+json"})
    assert answer.status_code == 200, answer.get_data(as_text=True)
    rows = {b["label"]["value"]: b for b in answer.get_json()["results"]["bindings"]}
    assert rows["Armenia"]["qid"]["value"] == "http://www.wikidata.org/entity/Q399"
    assert int(rows["Armenia"]["claims"]["value"]) >= 1
    refused = client.get("/sparql", query_string={"query": query})
    assert refused.status_code in (400, 403) and "SERVICE" in refused.get_json()["error"]["detail"]
