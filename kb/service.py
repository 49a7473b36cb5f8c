"""The knowledge base: text → extraction → RDF → SHACL gate → store (or quarantine).

This is the library's front door; the CLI and the web app are thin adapters over it.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kb import sparql
from kb.actors import Gazetteer
from kb.errors import InputError
from kb.pipeline import gate
from kb.pipeline.article import Article
from kb.pipeline.quarantine import Quarantine
from kb.pipeline.record import Claim
from kb.pipeline.to_rdf import add_claim, article_graph
from kb.resources import ontology_file
from kb.store import MEMORY, Store, minted, open_store, store_location
from kb.vocab import ACTORS_GRAPH, DATA

ONTOLOGY_GRAPH = "https://w3id.org/claimkb/graph/ontology"


@dataclass
class Outcome:
    """What happened to one article: ingested, replaced, unchanged or quarantined."""

    name: str
    key: str
    status: str
    claims: int
    message: str = ""


def quarantine_location(store: str) -> Path | None:
    """``KB_QUARANTINE`` wins; else beside a disk store, ``./kb-quarantine`` for a remote one (a
    SPARQL server has no place for refused text), nothing for a throwaway memory store."""
    given = os.environ.get("KB_QUARANTINE")
    if given:
        return Path(given)
    if store == MEMORY:
        return None
    if store.startswith(("http://", "https://")):
        return Path("kb-quarantine")
    return Path(store) / "quarantine"


class KnowledgeBase:
    """A store, its quarantine and the actor gazetteer, used together."""

    def __init__(self, store: Store, quarantine: Quarantine, gazetteer: Gazetteer) -> None:
        self.store = store
        self.quarantine = quarantine
        self.gazetteer = gazetteer

    @classmethod
    def open(
        cls, location: str | None = None, *, actors: Iterable[Path] = (), read_only: bool = False, wait: float = 0.0
    ) -> KnowledgeBase:
        """Open (creating if needed) the KB at ``location`` (``--store``, ``KB_STORE``, ``./kb-data``)."""
        where = store_location(location)
        store = open_store(where, read_only=read_only, wait=wait)
        return cls(store, Quarantine(quarantine_location(where)), Gazetteer.load(actors))

    def close(self) -> None:
        self.store.close()

    # ---- writing
    def sync_reference_graphs(self) -> None:
        """Keep the gazetteer and the ontology in the store, so queries can use their labels."""
        self.store.put_graph(str(ACTORS_GRAPH), self.gazetteer.graph)
        self.store.put_graph(ONTOLOGY_GRAPH, gate.ontology_graph() + Graph().parse(ontology_file("conflicts.ttl")))

    def extract(self, article: Article) -> list[Claim]:
        from kb.extract import extract_claims

        return extract_claims(article, self.gazetteer)

    def ingest(self, article: Article) -> Outcome:
        """Extract, validate and store one article; a non-conforming one goes to quarantine."""
        return self.ingest_claims(article, self.extract(article))

    def ingest_claims(self, article: Article, claims: list[Claim]) -> Outcome:
        """Store ``article`` with the given claims (curated or extracted elsewhere), through the gate."""
        return self._admit(article, article_graph(article, claims, self.gazetteer), claims)

    def _admit(self, article: Article, graph: Graph, claims: list[Claim]) -> Outcome:
        result = gate.check(graph, context=self.gazetteer.graph)
        if result.conforms:  # the report is kept only for quarantine: no need to print it
            return self.admit_checked(article, graph, claims, "", "")
        return self.admit_checked(article, graph, claims, result.text, result.report.serialize(format="turtle"))

    def admit_checked(self, article: Article, graph: Graph, claims: list[Claim], reason: str, report: str) -> Outcome:
        """Store an article graph the gate has already judged (``reason`` empty when it conforms),
        or quarantine it: batch ingestion validates in worker processes, then commits here."""
        if reason:
            self.quarantine.put(article, claims, reason, report)
            return Outcome(article.name, article.key, "quarantined", len(claims), reason)
        # the article graph and, in the same update, its minted actors' descriptions (``kb.store.minted``)
        status = minted.write_article(self.store, str(article.graph_iri), graph)
        self.quarantine.remove(article.key)
        return Outcome(article.name, article.key, status, len(claims))

    def add_claims(self, claims: Iterable[Claim]) -> list[Outcome]:
        """Add curated claim records to articles already in the store, through the same gate."""
        by_article: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            by_article[claim.article].append(claim)
        outcomes = []
        for key, group in by_article.items():
            article = self.article(key)
            graph = minted.with_descriptions(self.store, self.store.get_graph(str(article.graph_iri)))
            for claim in group:
                add_claim(graph, claim, article.iri, self.gazetteer, lang=article.lang)
            outcomes.append(self._admit(article, graph, group))
        return outcomes

    # ---- reading
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


__all__ = ["KnowledgeBase", "Outcome"]
