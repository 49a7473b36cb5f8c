"""Every claim and article id the README and docs/review.md show exists in the demo store (`kb demo`: the samples),
so the review examples can be run as written (tryout 19: one id existed nowhere, and the "not a death toll"
example rejected a death toll)."""

from __future__ import annotations

import re
from pathlib import Path

from kb.pipeline.batch import expand_inputs
from kb.resources import samples_dir
from kb.service import KnowledgeBase
from web import create_app

ROOT = Path(__file__).parents[1]
CLAIM = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{10}\b")
ARTICLE = re.compile(r"(?:articles?/|review add )([0-9a-f]{16})\b")


def _values(client, query: str) -> set[str]:  # type: ignore[no-untyped-def]
    rows = client.get("/sparql", query_string={"query": query}).get_json()["results"]["bindings"]
    return {str(r["x"]["value"]).rsplit("/", 1)[-1] for r in rows}


def test_every_id_shown_exists_in_the_demo_store() -> None:
    text = "".join((ROOT / name).read_text(encoding="utf-8") for name in ("README.md", "docs/review.md"))
    claims, articles = set(CLAIM.findall(text)), set(ARTICLE.findall(text))
    assert claims and articles
    kb = KnowledgeBase.open(":memory:")
    for result in kb.ingest_inputs(expand_inputs([str(samples_dir())])):
        assert result.status == "ingested", result
    client = create_app({"KB_STORE": kb, "RATE_LIMIT": None}).test_client()
    stored = _values(client, "SELECT ?x WHERE { ?x <https://w3id.org/claimkb/ns#quote> ?q }")
    keys = _values(client, "SELECT ?x WHERE { ?a <https://w3id.org/claimkb/ns#key> ?x }")
    assert claims <= stored, sorted(claims - stored)
    assert articles <= keys, sorted(articles - keys)
