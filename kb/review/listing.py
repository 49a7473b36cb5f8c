"""What the review commands list and export: each claim with its review status, and the gold records.

Rows come from the article graphs (the reviewed view) plus, for claims the view no longer shows (rejected,
or flagged for a second look), the reviewer's last record of them, so that a filter can show them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from rdflib import URIRef

from kb import sparql
from kb.actors import Gazetteer
from kb.errors import InputError
from kb.pipeline.record import Claim
from kb.pipeline.to_rdf import claims_with_iris
from kb.review.graph import latest, reviews_of
from kb.review.model import REVIEWED, STATUSES, Review
from kb.review.service import labelled, load_article
from kb.store import Store, minted

GOLD: Final = ("accepted", "corrected", "added")


@dataclass
class Row:
    """One claim of the review listing."""

    iri: str
    status: str
    record: Claim
    shown: bool = True
    recheck: bool = False
    review: Review | None = None

    @property
    def claim(self) -> str:
        return self.iri.rsplit("/", 1)[-1]

    def to_dict(self) -> dict[str, Any]:
        last = self.review
        return {"claim": self.claim, "status": self.status, "recheck": self.recheck, "shown": self.shown,
                "reviewed_by": last.reviewer if last else None, "reviewed_at": last.at.isoformat() if last else None,
                **self.record.to_dict()}


def article_rows(store: Store, gazetteer: Gazetteer, key: str) -> list[Row]:
    """Every claim of one article: shown ones in text order, then the hidden reviewed ones."""
    article = load_article(store, key)
    graph = labelled(minted.with_descriptions(store, store.get_graph(str(article.graph_iri))), gazetteer)
    newest = latest(reviews_of(store, key))
    rows = []
    shown = set()
    for iri, claim in claims_with_iris(graph):
        last = newest.get(str(iri))
        shown.add(str(iri))
        rows.append(Row(str(iri), last.status if last else "unreviewed", claim, True,
                        bool(last and last.recheck), last))
    for hidden, last in newest.items():
        if hidden not in shown:
            rows.append(Row(hidden, last.status, last.after, False, last.recheck, last))
    return rows


def rows(store: Store, gazetteer: Gazetteer, *, status: str | None = None, article: str | None = None) -> list[Row]:
    """The listing, filtered by status (``recheck``: flagged for a second look) and article."""
    if status is not None and status not in (*STATUSES, "recheck"):
        raise InputError(f"--status {status}: one of {', '.join(STATUSES)}, recheck")
    if article is not None:
        keys = [article]
    elif status in (*REVIEWED, "recheck"):
        keys = reviewed_articles(store)
    else:
        keys = [str(r["key"]) for r in sparql.run(store, "article-keys").rows]
    out = []
    for key in keys:
        for row in article_rows(store, gazetteer, key):
            if status is None or row.status == status or (status == "recheck" and row.recheck):
                out.append(row)
    return out


def reviewed_articles(store: Store) -> list[str]:
    return [str(r["key"]) for r in sparql.run(store, "reviewed-articles").rows]


def gold(store: Store, gazetteer: Gazetteer) -> list[Claim]:
    """The reviewed view's accepted, corrected and added claims of every reviewed article: ``kb eval`` gold."""
    return [row.record for key in reviewed_articles(store) for row in article_rows(store, gazetteer, key)
            if row.shown and row.status in GOLD]


def write_texts(store: Store, keys: Iterable[str], folder: Path) -> int:
    """Each article's text as ``<key>.txt`` with its ``.meta.json`` sidecar, so ``kb eval GOLD FOLDER`` finds
    the articles the gold records name (``kb eval`` knows an article by its file's stem)."""
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for key in keys:
        article = load_article(store, key)
        (folder / f"{key}.txt").write_text(article.text, encoding="utf-8")
        meta = {k: v for k, v in (("title", article.title), ("published", article.published),
                                  ("outlet", article.outlet), ("lang", article.lang)) if v}
        (folder / f"{key}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        n += 1
    return n


def history(store: Store, claim: str) -> list[Review]:
    """Every review of one claim (its IRI), oldest first."""
    rows_ = sparql.run(store, "review-target", claim=URIRef(claim)).values()
    if not rows_:
        return []
    return [r for r in reviews_of(store, str(rows_[0]["articleKey"])) if r.claim == claim]


