"""The knowledge base service: the only way anything is written.

Every write goes text | files | claim records → extract (``kb.extract``) → gate (``kb.pipeline.gate``) →
store (``kb.store``) or quarantine → derived data (``kb.derived``), in that order, and the service keeps
the derived data current itself: no caller refreshes, no page reads a live fallback.

Why derived data is updated after the article's transaction rather than inside it: the article and its
change marker are written in one store update (``kb.store.minted.write_article``), then the incremental
refresh (``kb.derived.conflicts.refresh``) recomputes only the groups the articles written since the last
refresh touch.  A crash between the two leaves the marker behind, so the next write by any writer (or
``kb conflicts --refresh``) brings the derived data up to date: the lag is bounded by one write.  A batch
(``ingest_inputs``, ``with kb.batch():``) refreshes once, at its end.

The CLI (``kb.cli``), the web app (``web/``), the demo and library callers are thin adapters over this.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from rdflib import Graph

from kb import publication, syndication
from kb.actors import Gazetteer
from kb.derived import conflicts
from kb.derived.conflicts import Summary
from kb.derived.phases import phase
from kb.errors import InputError, KBError
from kb.pipeline import batch, gate
from kb.pipeline.article import Article, check_meta, with_guesses
from kb.pipeline.batch import Input, Outcome, Prepared, Result
from kb.pipeline.quarantine import Quarantine
from kb.pipeline.record import Claim
from kb.pipeline.to_rdf import add_claim, article_graph
from kb.resources import ontology_file
from kb.service_read import StoreReader
from kb.store import Store, minted, open_store, store_location
from kb.store.location import Location
from kb.vocab import ACTORS_GRAPH

T = TypeVar("T")
P = ParamSpec("P")

ONTOLOGY_GRAPH = "https://w3id.org/claimkb/graph/ontology"
FLUSH_EVERY = 500
"""Articles between two flushes of the embedded store during a batch (bounds the ingest's memory)."""


def quarantine_location(store: str) -> Path | None:
    """Where refused articles are kept for the store at ``store`` (``Location.quarantine``)."""
    return Location.of(store).quarantine()


class KnowledgeBase(StoreReader):
    """A store, its quarantine and the actor gazetteer, written only through these methods (and read through those
    of ``StoreReader``)."""

    def __init__(self, store: Store, quarantine: Quarantine, gazetteer: Gazetteer) -> None:
        super().__init__(store, quarantine, gazetteer)
        self.last_refresh: Summary | None = None
        self._deferred = 0  # open ``batch()`` blocks: the refresh waits for the outermost to end
        self._dirty = False
        self._synced = False

    @classmethod
    def open(
        cls, location: str | None = None, *, actors: Iterable[Path] = (), read_only: bool = False, wait: float = 0.0,
        gazetteer: Gazetteer | None = None, synced: bool = False,
    ) -> KnowledgeBase:
        """Open (creating if needed) the KB at ``location`` (``--store``, ``KB_STORE``, ``./kb-data``).  ``gazetteer``:
        one loaded already from ``actors``, as the web app shares one among the snapshots and writers it opens (each
        write opened two, and loading parsed the Turtle files again: a tenth of ``POST /api/articles``).  ``synced``:
        the caller knows the store holds that gazetteer and the ontology already (the web app, when nothing wrote the
        store since its own last write synced them): the first write does not replace the two graphs again."""
        where = store_location(location)
        store = open_store(where, read_only=read_only, wait=wait)
        kb = cls(store, Quarantine(quarantine_location(where)), gazetteer or Gazetteer.load(actors))
        kb._synced = synced
        return kb

    @property
    def synced(self) -> bool:
        """Whether the reference graphs were written (or known current) through this handle: what a caller that opens
        the store again may pass as ``open(synced=...)`` while nothing else writes it."""
        return self._synced

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- writing: each public method leaves the derived data current (or defers to the enclosing batch)
    def sync_reference_graphs(self) -> None:
        """Keep the gazetteer and the ontology in the store, so queries can use their labels."""
        self.store.put_graph(str(ACTORS_GRAPH), self.gazetteer.graph)
        self.store.put_graph(ONTOLOGY_GRAPH, gate.ontology_graph() + Graph().parse(ontology_file("conflicts.ttl")))
        self._synced = True

    def extract(self, article: Article) -> list[Claim]:
        """Claims of an article (no write: the web app extracts before it takes the writer lock)."""
        from kb.extract import extract_claims

        return extract_claims(article, self.gazetteer)

    def ingest(self, article: Article) -> Outcome:
        """Extract, validate and store one article; a non-conforming one goes to quarantine."""
        return self.ingest_extracted(article, None)

    def ingest_extracted(self, article: Article, claims: list[Claim] | None) -> Outcome:
        """Store one article with the claims the caller extracted from it (None: extract them here), once its key and
        metadata are settled against the store (``kb.publication``: another outlet's copy of a stored text gets a key
        of its own; a field left out keeps the stored value); extracted again when that changed the article."""
        with self.batch():  # the reference graphs synced first, as for any write
            settled = publication.settle(self.store, self.gazetteer, article)
            if claims is None or settled.changed:
                claims = self.extract(settled.article)
            outcome = self.ingest_claims(settled.article, claims)
        outcome.notes[:0] = settled.notes
        return outcome

    def ingest_text(self, text: str, meta: Mapping[str, str | None] | None = None, name: str = "text") -> Outcome:
        """One article given as text with its metadata (title, published, url, outlet, lang)."""
        if not text.strip():
            raise InputError(f"{name}: empty text")
        given = check_meta({k: v for k, v in (meta or {}).items() if v is not None}, "metadata")
        given, guessed = with_guesses(given, text)  # a plain text's headline line, its language
        return self.ingest(Article(text=text, name=name, guessed=guessed, **given))

    def ingest_claims(self, article: Article, claims: list[Claim]) -> Outcome:
        """Store ``article`` with the given claims (curated or extracted elsewhere), through the gate."""
        with self.batch():
            return self._admit(article, article_graph(article, claims, self.gazetteer), claims)

    def add_claims(self, claims: Iterable[Claim]) -> list[Outcome]:
        """Add curated claim records to articles already in the store, through the same gate."""
        by_article: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            by_article[claim.article].append(claim)
        outcomes = []
        with self.batch():
            for key, group in by_article.items():
                article = self.article(key)
                graph = minted.with_descriptions(self.store, self.store.get_graph(str(article.graph_iri)))
                for claim in group:
                    add_claim(graph, claim, article.iri, self.gazetteer, lang=article.lang)
                outcomes.append(self._admit(article, graph, group, reviews=False))
        return outcomes

    def ingest_inputs(
        self,
        inputs: Sequence[Path | Input],
        meta: Mapping[str, str | None] | None = None,
        jobs: int = 1,
        progress: Callable[[Result], None] | None = None,
        *,
        max_bytes: int | None = None,
    ) -> list[Result]:
        """Ingest every input (files or ``Input``s) and return one ``Result`` each, in input order.

        Reading, extraction and validation may run in worker processes (``jobs``, ``kb.pipeline.batch``);
        every write happens here, in input order.  ``meta`` (the command line's fields) wins over sidecars.
        The derived data is brought up to date once at the end, even when nothing changed, so a batch
        re-run after a crash also repairs what the crash left stale."""
        items = [i if isinstance(i, Input) else Input(name=i.stem, path=i) for i in inputs]
        given = check_meta({k: v for k, v in (meta or {}).items() if v is not None}, "command line")
        jobs_list = [(item, given, max_bytes) for item in items]
        results = []
        with self.batch():
            self._dirty = True
            for n, prepared in enumerate(batch.prepared_stream(self.gazetteer, jobs_list, batch.worker_count(jobs)),
                                         start=1):
                result = self._commit(prepared)
                results.append(result)
                if progress is not None:
                    progress(result)
                if self.store.capabilities.embedded and n % FLUSH_EVERY == 0:
                    self.store.flush()  # the embedded store keeps writes in memory until flushed
        return results

    def delete_article(self, key: str) -> bool:
        """Remove an article (its graph) and update the derived data; False when it was not stored."""
        try:
            article = self.article(key)  # one look-up: it says both whether and where
        except InputError:
            return False
        with self.batch():  # the article and its syndication index entries go in one update
            self.store.update(f"DROP SILENT GRAPH {article.graph_iri.n3()} ;\n"
                              + syndication.forget_update(str(article.iri)) + " ;\n"
                              + conflicts.state.marker_update(str(article.iri)))
            self._dirty = True
        return True

    def review(self, operation: Callable[Concatenate[Store, Gazetteer, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run one review operation (``kb.review.service``: accept, reject, correct, add) as a write, e.g.
        ``kb.review(service.reject, claim, "ana")``: the derived data is brought up to date after it."""
        with self.batch():
            done = operation(self.store, self.gazetteer, *args, **kwargs)
            self._dirty = True
        return done

    def refresh(self, *, full: bool = False) -> Summary:
        """Bring the derived data up to date now; ``full``: recompute it all (upgrades, ``kb conflicts --refresh``).
        The gazetteer is synced first: the findings record which gazetteer they used, and one refreshed against an
        older gazetteer made the next write recompute everything again (88 s at 40k claims)."""
        if not self._synced:
            self.sync_reference_graphs()
        self.last_refresh = conflicts.refresh(self.store, full=full)
        self._dirty = False
        caps = self.store.capabilities
        rewrote = self.last_refresh.touched is None or self.last_refresh.upgraded
        if rewrote and caps.embedded and caps.path is not None:
            # a whole recompute (or an upgrade) rewrote much of the derived graphs: compacted, a 10k-article store went
            # from 5.3 to 1.6 GB and streaming every conflict from 35 to 22 s of CPU (scans step over what was deleted
            # until then)
            with phase("flush, optimize"):
                self.store.flush()
                self.store.optimize()  # type: ignore[attr-defined]
        return self.last_refresh

    @contextmanager
    def batch(self) -> Iterator[KnowledgeBase]:
        """Writes inside the block share one derived-data update, run when the outermost block ends."""
        if not self._synced:
            self.sync_reference_graphs()
        self._deferred += 1
        try:
            yield self
        finally:
            self._deferred -= 1
            if self._deferred == 0 and self._dirty:
                self.refresh()

    def _admit(self, article: Article, graph: Graph, claims: list[Claim], *, reviews: bool = True) -> Outcome:
        result = gate.check(graph, context=self.gazetteer.graph)
        if result.conforms:  # the report is kept only for quarantine: no need to serialise it
            return self._store_checked(article, graph, claims, "", "", reviews=reviews)
        return self._store_checked(article, graph, claims, result.text, result.report.serialize(format="turtle"))

    def _store_checked(self, article: Article, graph: Graph, claims: list[Claim], reason: str, report: str,
                       *, reviews: bool = True) -> Outcome:
        """Store an article graph the gate has judged (``reason`` empty when it conforms), or quarantine it.
        With ``reviews``, the article's human reviews are applied to the freshly extracted ``claims`` first
        (``kb.review.view``): re-extraction never erases them."""
        if reason:
            self.quarantine.put(article, claims, reason, report)
            return Outcome(article.name, article.key, "quarantined", len(claims), reason)
        extra: dict[str, Graph] = {}
        if reviews:
            from kb.review import apply_reviews

            applied = apply_reviews(self.store, self.gazetteer, article, claims)
            if applied is not None:
                graph, claims, extra, reason = applied
                if reason:
                    self.quarantine.put(article, claims, reason, "")
                    return Outcome(article.name, article.key, "quarantined", len(claims), reason)
        minhash, copy = syndication.mark_copy(self.store, article, graph)
        if copy is not None and not (checked := gate.check(graph, context=self.gazetteer.graph)).conforms:
            self.quarantine.put(article, claims, checked.text, checked.report.serialize(format="turtle"))
            return Outcome(article.name, article.key, "quarantined", len(claims), checked.text)
        if not syndication.indexed(self.store, str(article.iri), minhash):
            self.store.update(syndication.forget_update(str(article.iri)))  # an older text's entries, if any
            extra[syndication.GRAPH] = syndication.index_graph(str(article.iri), article.based_on or str(article.iri),
                                                               minhash)
        # the article graph and, in the same update, its minted actors' descriptions (``kb.store.minted``) and the
        # index that finds later copies of its text
        status = minted.write_article(self.store, str(article.graph_iri), graph, extra=extra)
        self.quarantine.remove(article.key)
        if status != "unchanged":
            self._dirty = True
        return Outcome(article.name, article.key, status, len(claims),
                       copy_of=copy.original if copy else article.based_on)

    def _commit(self, prepared: Prepared) -> Result:
        """A worker's prepared article stored (or quarantined) without validating twice; its errors are its own."""
        if prepared.error is not None or prepared.article is None:
            return Result(prepared.name, "failed", notes=prepared.notes, reason=prepared.error or "not read")
        try:
            settled = publication.settle(self.store, self.gazetteer, prepared.article)
            if settled.changed:  # another key or more metadata than the worker read with: extracted and checked again
                claims = self.extract(settled.article)
                outcome = self._admit(settled.article, article_graph(settled.article, claims, self.gazetteer), claims)
            else:
                graph = Graph()
                for triple in prepared.triples:
                    graph.add(triple)
                reason = "" if prepared.conforms else (prepared.reason or "does not conform to the shapes")
                outcome = self._store_checked(prepared.article, graph, prepared.claims, reason, prepared.report_turtle)
        except KBError as exc:
            return Result(prepared.name, "failed", notes=prepared.notes, reason=str(exc))
        except (ValueError, TypeError, OSError) as exc:  # one article the store refuses must not stop the batch
            return Result(prepared.name, "failed", notes=prepared.notes,
                          reason=f"{prepared.article.name}: not stored: {type(exc).__name__}: {exc}")
        return Result(outcome.name, outcome.status, outcome, [*prepared.notes, *settled.notes], outcome.message)


__all__ = ["KnowledgeBase", "Outcome", "Result", "quarantine_location"]
