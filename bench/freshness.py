"""The freshness phase: how long one new article takes to show everywhere, on the built store.

Each sample is a new article of the same corpus (``generate_one`` past the corpus's end, dated on its newest day,
as a live feed's next article is), written as the writers write it: ``KnowledgeBase.ingest_claims`` (the SHACL
gate, the article's transaction and the service's derived-data update, ``kb.service``), and
through ``POST /api/articles`` on the Flask test client (extraction, gate, write and refresh under the writer
lock).  After each one the phase checks that the article's claims are in its speakers' timelines, the article
heads the articles order, and the conflicts graph names its claims when the refresh said it changed any.
"""

from __future__ import annotations

import os
import time
from datetime import date, timedelta
from typing import Any

import pyoxigraph as ox

from bench.common import Plan, percentiles
from kb.derived import timeline
from kb.service import KnowledgeBase
from kb.vocab import CKB, TIMELINES_GRAPH

SAMPLES = 8
TOKEN = "bench freshness token"


def freshness(plan: Plan) -> dict[str, Any]:
    """p50/p95 seconds of a one-article ingest + refresh, in process and through the write API."""
    from bench.generate import START, Cast, generate_one, span_days

    kb = KnowledgeBase.open(plan.kb)
    cast, days = Cast.load(kb.gazetteer), span_days(plan.articles, plan.days)
    newest = START + timedelta(days=days)
    ingest: list[float] = []
    for n in range(SAMPLES):
        item = generate_one(plan.articles + n, plan.seed, cast, days, on=newest,  # its claims dated days before
                            corpus=plan.corpus)
        t = time.perf_counter()
        outcome = kb.ingest_claims(item.article, item.claims)  # the service updates the derived data itself
        ingest.append(time.perf_counter() - t)
        _check_visible(kb, str(item.article.iri), outcome.status)
    kb.close()
    api = _through_api(plan, cast, days, newest)
    return {"samples": SAMPLES, "ingest": percentiles(ingest), "api": percentiles(api)}


def _through_api(plan: Plan, cast: Any, days: int, newest: date) -> list[float]:
    from bench.generate import generate_one
    from web import create_app

    os.environ["KB_API_TOKEN"] = TOKEN
    client = create_app({"KB_STORE": plan.kb, "RATE_LIMIT": None}).test_client()
    out = []
    for n in range(SAMPLES):
        a = generate_one(plan.articles + SAMPLES + n, plan.seed, cast, days, on=newest, corpus=plan.corpus).article
        body = {"text": a.text, "title": a.title, "published": a.published, "outlet": a.outlet, "lang": a.lang,
                "url": a.url}
        t = time.perf_counter()
        response = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        out.append(time.perf_counter() - t)
        assert response.status_code == 201, response.get_data(as_text=True)
    return out


def _check_visible(kb: KnowledgeBase, article: str, status: str) -> None:
    """The article is in the articles order (near its head) and each of its claims in a timeline."""
    assert status in ("ingested", "replaced"), status
    total = timeline.order_size(kb.store)
    assert total is not None, "the articles order is stale"
    found = timeline.articles_at(kb.store, total, 0, 200)
    assert found is not None and article in found[0], "the new article is not at the head of the order"
    db = kb.store.ox  # type: ignore[attr-defined]
    listed, timelines = ox.NamedNode(str(CKB.claim)), ox.NamedNode(str(TIMELINES_GRAPH))
    for q in db.quads_for_pattern(None, ox.NamedNode(str(CKB.article)), ox.NamedNode(article), None):
        assert any(True for _ in db.quads_for_pattern(None, listed, q.subject, timelines)), q.subject


def rows(f: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """The freshness rows of the table."""
    if "ingest" not in f:
        return [("freshness", f.get("error", "failed"), "", "")]
    cells = []
    for label, key in (("one-article ingest + refresh (in process), s", "ingest"),
                       ("one article through POST /api/articles (extraction, gate, write, refresh), s", "api")):
        p = f[key]
        cell = f"{p['p50'] / 1000:.2f} / {p['p95'] / 1000:.2f}"
        cells.append((f"freshness: {label}, p50 / p95 (n={f['samples']})", cell, "", ""))
    return cells
