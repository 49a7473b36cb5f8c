"""What the knowledge base service reads back: stored articles, their graphs re-checked, counts.

Why apart from ``kb.service``: nothing here writes, takes the writer lock or touches the derived data, so none of
the write path's ordering (extract, gate, store or quarantine, refresh) applies; ``KnowledgeBase`` is a
``StoreReader`` that also writes, and the read-only commands (``kb validate``, ``kb stats``) use only these
methods.
"""

from __future__ import annotations

from kb import sparql
from kb.actors import Gazetteer
from kb.errors import InputError
from kb.pipeline import gate
from kb.pipeline.article import Article
from kb.pipeline.quarantine import Quarantine
from kb.store import Store, minted
from kb.vocab import DATA


class StoreReader:
    """A store, its quarantine and the actor gazetteer, read."""

    def __init__(self, store: Store, quarantine: Quarantine, gazetteer: Gazetteer) -> None:
        self.store = store
        self.quarantine = quarantine
        self.gazetteer = gazetteer

    def has_article(self, key: str) -> bool:
        return bool(sparql.run(self.store, "article", article=DATA[f"article/{key}"]).rows)

    def article(self, key: str) -> Article:
        """The stored article with this key (its text and metadata)."""
        rows = sparql.run(self.store, "article", article=DATA[f"article/{key}"])
        if not rows.rows:
            raise InputError(f"article {key!r} is not in the store: ingest its text first")
        row = rows.values()[0]
        return Article(
            text=str(row["text"]),
            name=key,
            title=_opt(row.get("title")),
            published=_opt(row.get("published")),
            url=_opt(row.get("url")),
            outlet=_opt(row.get("outletName")),
            lang=_opt(row.get("lang")),
            fixed_key=key,  # the key it was stored under (another publication's is not its text's: kb.publication)
        )

    def article_graphs(self) -> list[str]:
        return [str(r["graph"]) for r in sparql.run(self.store, "article-graphs").rows]

    def validate(self) -> list[tuple[str, gate.GateResult]]:
        """Re-check every article graph in the store; returns the ones that fail."""
        failures = []
        for iri in self.article_graphs():
            result = gate.check(minted.with_descriptions(self.store, self.store.get_graph(iri)),
                                context=self.gazetteer.graph)
            if not result.conforms:
                failures.append((iri, result))
        return failures

    def stats(self) -> dict[str, int]:
        row = sparql.run(self.store, "stats").values()[0]
        counts = {k: int(row[k] or 0) for k in ("articles", "claims", "actors")}  # type: ignore[call-overload]
        counts["quarantined"] = len(self.quarantine)
        return counts


def _opt(value: object) -> str | None:
    return None if value is None else str(value.isoformat() if hasattr(value, "isoformat") else value)
