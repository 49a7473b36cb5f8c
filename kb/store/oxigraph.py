"""The embedded default: pyoxigraph, in memory or on disk.

Writes go through SPARQL Update (``DROP GRAPH`` + ``INSERT DATA`` in one request), which Oxigraph
runs in one transaction: a reader or a crash never sees half an article.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier, Node

from kb import deadline
from kb.errors import QueryError, StoreError
from kb.store import Bindings, Capabilities, Rows
from kb.store.values_block import bind

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal
OxTriple = tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode, OxTerm]
"""A triple of pyoxigraph terms (for ``replace_graph_quads``)."""


def to_rdflib(term: object) -> Identifier | None:
    """pyoxigraph term → rdflib term, through a cache of recent terms.

    Building rdflib terms was most of a page query's time (a typed ``Literal`` parses its value: 140 rows of
    claim cards took 16 ms to convert, 3 ms to answer); pages repeat terms (dates, types, actors), and rdflib
    terms are immutable values, so one shared instance per term is safe."""
    if term is None:
        return None
    return _cached(term)


@functools.lru_cache(maxsize=1 << 16)
def _cached(term: object) -> Identifier:
    return _convert(term)


def _convert(term: object) -> Identifier:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise StoreError(f"unsupported term {term!r}")


def to_ox(term: Identifier) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """rdflib term → pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise QueryError(f"cannot bind {term!r}")


def ntriples(graph: Iterable[tuple[Node, Node, Node]]) -> str:
    """Triples as N-Triples lines, usable inside SPARQL ``INSERT DATA``."""
    return "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in graph)  # type: ignore[attr-defined]


DIFF_MIN = 20_000
"""A graph difference up to this many triples is always written as one update, whatever the graph's size."""
FILL_CHUNK = 500_000
"""Quads per bulk load when a graph is filled (``fill_graph``): bounds the loader's memory."""
FILL_BYTES = 2**25
"""Literal text per bulk load (32 MB): see ``fill_graph``."""
SETTLE_BYTES = 2**22
"""An update text this long (4 MB, ~30k triples) is flushed to disk after it: Oxigraph keeps writes in memory until
flushed, in every index, so the updates a whole refresh writes (50k lines each, ``conflicts.write.BATCH``) held
1.1 GB more at their end than at their start (25k articles), as the ingest did until ``kb.service`` flushed it."""


def data_update(iri: str, gone: list[str], added: list[str], wiped: Iterable[str] = ()) -> str:
    """One SPARQL update removing the N-Triples lines ``gone`` and adding ``added`` in graph ``iri``, after deleting
    what matches the patterns ``wiped`` (a value whatever its literal reads back as on a remote store)."""
    g = f"<{iri}>"
    parts = [f"DELETE WHERE {{ GRAPH {g} {{ {pattern} }} }}" for pattern in wiped]
    if gone:
        parts.append(f"DELETE DATA {{ GRAPH {g} {{\n" + "\n".join(gone) + "\n} }")
    if added:
        parts.append(f"INSERT DATA {{ GRAPH {g} {{\n" + "\n".join(added) + "\n} }")
    return " ;\n".join(parts)


def _load(first: ox.Quad, rest: Iterator[ox.Quad]) -> Iterator[ox.Quad]:
    """One bulk load of ``fill_graphs``: ``first``, then from ``rest`` until ``FILL_CHUNK`` quads or ``FILL_BYTES``
    of literal text (the loader's memory grows with both)."""
    yield first
    o = first.object
    count, size = 1, len(o.value) if isinstance(o, ox.Literal) else 0
    if size >= FILL_BYTES:
        return
    for q in rest:
        yield q
        count += 1
        o = q.object
        if isinstance(o, ox.Literal):
            size += len(o.value)
        if count >= FILL_CHUNK or size >= FILL_BYTES:
            return


def _quads(parts: Iterable[tuple[str, Iterable[OxTriple]]]) -> Iterator[ox.Quad]:
    for iri, triples in parts:
        name = ox.NamedNode(iri)
        for s, p, o in triples:
            yield ox.Quad(s, p, o, name)


def _lines(triples: Iterable[OxTriple]) -> list[str]:
    """pyoxigraph triples as N-Triples lines (its terms print so)."""
    return [f"{s} {p} {o} ." for s, p, o in triples]


class OxigraphStore:
    """``Store`` over pyoxigraph; ``path=None`` keeps everything in memory."""

    def __init__(self, path: Path | None, *, read_only: bool = False, wait: float = 0.0) -> None:
        """Open the store; a disk store held by another writer is retried for ``wait`` seconds.

        Oxigraph allows one writer per folder (an exclusive lock) and any number of read-only
        snapshots beside it, so writers queue here instead of failing at once.
        """
        self.path = path
        self.read_only = read_only
        self.capabilities = Capabilities(embedded=True, path=path, snapshot=read_only and path is not None)
        deadline = time.monotonic() + wait
        if read_only and path is not None and not path.exists():
            # a reader of a folder nobody wrote to: say so, not Oxigraph's "While opening a file for sequentially
            # reading: …/CURRENT" (user27); a folder being compacted still exists, so the retry below is unchanged
            raise StoreError(f"{path}: no store here yet (kb ingest or kb demo makes one; --store or KB_STORE "
                             "names another)")
        while True:
            try:
                self._ox = self._open(path, read_only)
                return
            except (OSError, RuntimeError) as exc:
                text = str(exc).lower()
                # A snapshot opened while a writer compacts can miss a file for a moment: retry briefly.
                if read_only and "no such file" in text and time.monotonic() < deadline + 1.0:
                    time.sleep(0.02)
                    continue
                if read_only or time.monotonic() >= deadline or "lock" not in text:
                    raise StoreError(f"{path}: cannot open the store: {exc}") from None
                time.sleep(0.05)

    @staticmethod
    def _open(path: Path | None, read_only: bool) -> ox.Store:
        if path is None:
            return ox.Store()
        if read_only:
            return ox.Store.read_only(str(path))
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))

    @property
    def ox(self) -> ox.Store:
        """The pyoxigraph store itself, for adapters that must hand it to a worker process."""
        return self._ox

    # ---- writes
    def put_graph(self, iri: str, graph: Graph, *, also: Mapping[str, Graph] | None = None) -> None:
        """A new graph goes in with ``extend`` (one atomic batch, no SPARQL parsing: ~10× faster);
        replacing an existing one needs drop + insert in one transaction, i.e. one SPARQL update.  ``also``:
        triples added to other graphs in the same transaction (kept as they are when already there)."""
        extra = also or {}
        if not self.has_graph(iri):
            quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(name))  # type: ignore[arg-type]
                     for name, g in ((iri, graph), *extra.items()) for s, p, o in g]
            try:
                self._ox.extend(quads)
            except (OSError, ValueError) as exc:
                raise StoreError(f"store write failed: {exc}") from None
            return
        g = URIRef(iri).n3()
        body = "".join(f" GRAPH {URIRef(name).n3()} {{\n{ntriples(t)}\n}}" for name, t in extra.items() if len(t))
        self._update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{ntriples(graph)}\n}}{body} }}")

    def replace_graph_quads(self, iri: str, triples: Iterable[OxTriple]) -> int:
        """Replace the named graph ``iri`` by ``triples`` given as pyoxigraph terms; returns how many went in.

        The fast path for large derived graphs (the conflicts graph: ~900k triples at 40k claims), with no
        rdflib graph in between.  A refresh mostly rewrites what is already there, so only the difference is
        written, as one ``DELETE DATA`` + ``INSERT DATA`` update: one transaction (a reader sees the old graph or
        the new one), and no mass of deleted entries left to slow later reads (clearing and refilling 850k
        triples took 45-120 s and made reads of the graph ten times slower until compaction).  A difference
        larger than a quarter of the graph is written the old way: the graph is cleared in one transaction
        and filled in a second (``extend``, all or nothing), so a reader in between sees it empty.  An empty
        graph (a first refresh) is filled by ``fill_graph`` (the bulk loader: 4x faster than ``extend`` for 900k
        triples; a reader may see it partly filled, a crash leave it so until the next refresh).  Use it only
        for data that can be recomputed.
        """
        name = ox.NamedNode(iri)
        # a dict of plain tuples, whatever came in: membership below is one hash look-up (a list, or pyoxigraph
        # Triples, which never equal the tuples read back, made a whole rewrite of 300k triples run for hours).
        # Its values mark the triples found stored: the tuples read back are not kept (a set of them was a second
        # copy of every unchanged triple, 1M of them for the actors' orders at 25k articles)
        new: dict[OxTriple, bool] = dict.fromkeys((t if isinstance(t, tuple) else tuple(t) for t in triples), False)
        most = max(DIFF_MIN, len(new) // 4)  # a difference larger than this clears and refills the graph
        kept, stale = 0, 0
        gone: list[Any] = []  # only while a small difference is still possible: past it nothing reads them
        for q in self._ox.quads_for_pattern(None, None, None, name):
            t: Any = (q.subject, q.predicate, q.object)
            if new.get(t) is False:  # a stored graph holds a triple once: each counted once
                new[t] = True
                kept += 1
            elif t not in new:
                stale += 1
                if stale <= most:
                    gone.append(t)
                elif gone:
                    gone = []
        try:
            small = stale + len(new) - kept <= most
            added = [t for t, stored in new.items() if not stored] if small else []
            if small and not any(isinstance(x, ox.BlankNode) for t in (*gone, *added) for x in t):  # no DATA bnodes
                if gone or added:
                    self.update(data_update(iri, _lines(gone), _lines(added)))
            else:
                if stale or kept:
                    self._ox.clear_graph(name)
                if not (stale or kept):  # an empty graph (a first refresh): the bulk loader
                    self.fill_graph(iri, new)
                else:
                    self._ox.extend(ox.Quad(s, p, o, name) for s, p, o in new)  # a generator: no second copy
                    self.flush()  # a graph rewritten whole: out of memory (``SETTLE_BYTES``)
        except (OSError, ValueError, SyntaxError) as exc:
            raise StoreError(f"store write failed: {exc}") from None
        return len(new)

    def fill_graph(self, iri: str, triples: Iterable[OxTriple]) -> None:
        """Add a stream of triples to graph ``iri`` with the bulk loader, ``FILL_CHUNK`` quads or ``FILL_BYTES`` of
        literals per load, whichever comes first (not one transaction: for derived data written into an emptied
        graph).

        The loader holds what it is given until it writes its sorted files: 2.4M triples in one load took 1 GB
        of memory (36 s), in loads of 500k 0.38 GB (65 s); ``extend`` in transactions of 100k took 2 GB and
        141 s.  A first refresh at 100k claims must stay under 1 GB, so chunks it is.  Counting quads alone did
        not bound it: the derived state's records (each article's facts as one JSON literal) took 1 GB a load.
        """
        self.fill_graphs([(iri, triples)])

    def fill_graphs(self, parts: Iterable[tuple[str, Iterable[OxTriple]]]) -> None:
        """``fill_graph`` for several graphs (graph IRI, its triples) in the same loads.  Why: each load is ingested
        as new files beside the store's, and every look-up reads them all until a background compaction merges
        them (RocksDB compacts its newest level by default once it holds four files).  With a 1,000-article batch's
        418k quads on a copy of the 25k-article store, four loads (one per graph) left a look-up at 189 µs instead
        of 56 and 7 s of compaction CPU within 20 s; one load, 48 µs and 0.35 s (``docs/scaling.md``)."""
        rest = _quads(parts)
        try:
            first = next(rest, None)
            while first is not None:
                self._ox.bulk_extend(_load(first, rest))
                first = next(rest, None)
        except (OSError, ValueError, SyntaxError) as exc:
            raise StoreError(f"store write failed: {exc}") from None

    def update(self, text: str) -> None:
        """Run a SPARQL update the library wrote (never user text: the web endpoint only reads); a large one
        flushed to disk after it (``SETTLE_BYTES``)."""
        self._update(text)
        if len(text) >= SETTLE_BYTES:
            self.flush()

    def select_terms(self, query: str, bindings: Bindings | None = None
                     ) -> tuple[list[str], Iterator[tuple[OxTerm | None, ...]]]:
        """Like ``select`` but the rows are tuples of pyoxigraph terms (None where unbound), in the order of
        the variable names, produced lazily: no rdflib terms built (most of a big SELECT's cost in Python)."""
        result = self._query(query, bindings)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("expected a SELECT query")
        names = [v.value for v in result.variables]
        return names, (tuple(sol) for sol in deadline.checked(result))  # type: ignore[misc]

    def optimize(self) -> None:
        """Compact the on-disk files (Oxigraph's ``optimize``): smaller store, faster reads afterwards."""
        if self.path is not None and not self.read_only:
            self._ox.optimize()

    def drop_graph(self, iri: str) -> None:
        self._update(f"DROP SILENT GRAPH {URIRef(iri).n3()}")

    def _update(self, text: str) -> None:
        try:
            self._ox.update(text)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"store update failed: {exc}") from None

    # ---- reads
    def has_graph(self, iri: str) -> bool:
        return bool(self._ox.contains_named_graph(ox.NamedNode(iri)))

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode))

    def get_graph(self, iri: str) -> Graph:
        g = Graph()
        for q in self._ox.quads_for_pattern(None, None, None, ox.NamedNode(iri)):
            g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))  # type: ignore[arg-type]
        return g

    def _query(self, query: str, bindings: Bindings | None) -> object:
        """Bindings go in as a leading VALUES block (``sparqltext.bind``), not as pyoxigraph ``substitutions``,
        which are joined after the whole pattern is evaluated: 20x slower for an actor's claims at 40k claims."""
        text = bind(query, bindings) if bindings else query
        deadline.check()  # a page out of time (or whose client left) runs no further query
        try:
            return self._ox.query(text, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL: {exc}") from None
        except (OSError, ValueError, RuntimeError) as exc:
            raise QueryError(f"query failed: {exc}") from None

    def select(self, query: str, bindings: Bindings | None = None) -> Rows:
        result = self._query(query, bindings)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("expected a SELECT query")
        names = [v.value for v in result.variables]
        rows = [{n: None if t is None else _cached(t) for n, t in zip(names, sol, strict=True)}
                for sol in deadline.checked(result)]
        return Rows(vars=names, rows=rows)

    def ask(self, query: str, bindings: Bindings | None = None) -> bool:
        result = self._query(query, bindings)
        if not isinstance(result, ox.QueryBoolean):
            raise QueryError("expected an ASK query")
        return bool(result)

    def construct(self, query: str, bindings: Bindings | None = None) -> Graph:
        result = self._query(query, bindings)
        if not isinstance(result, ox.QueryTriples):
            raise QueryError("expected a CONSTRUCT or DESCRIBE query")
        g = Graph()
        for t in deadline.checked(result):
            g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))  # type: ignore[arg-type]
        return g

    def query_raw(self, query: str, result_format: str) -> tuple[str, bytes]:
        result = self._query(query, None)
        try:
            if isinstance(result, ox.QueryTriples):
                return "graph", result.serialize(format=RDF_FORMATS[result_format]) or b""
            if isinstance(result, ox.QueryBoolean):
                return "boolean", result.serialize(format=RESULT_FORMATS[result_format]) or b""
            if isinstance(result, ox.QuerySolutions):
                return "solutions", result.serialize(format=RESULT_FORMATS[result_format]) or b""
        except KeyError:
            raise QueryError(f"format {result_format!r} does not fit this query's results") from None
        raise QueryError("unexpected query result")

    def dump(self, rdf_format: str) -> bytes:
        """The whole store; Turtle and TriG with ``kb.vocab.PREFIXES`` bound (an export a person reads)."""
        from kb.vocab import PREFIXES

        fmt = RDF_FORMATS[rdf_format]
        if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
            return self._ox.dump(format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TRIG else None) or b""
        if fmt == ox.RdfFormat.TURTLE:
            triples = self._ox.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
            assert isinstance(triples, ox.QueryTriples)
            return ox.serialize(triples, format=fmt, prefixes=PREFIXES) or b""
        return self.query_raw("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", rdf_format)[1]

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self._ox.flush()

    def close(self) -> None:
        self.flush()
        del self._ox
