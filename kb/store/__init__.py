"""Where the graphs live.  One narrow interface (``Store``) so that the embedded Oxigraph default
and, later, a remote SPARQL 1.1 server can stand behind the same library, CLI and web app.

Why Oxigraph on disk: measured on this kind of machine it loads 10k claims 3–5× faster and answers
the app's queries 10–100× faster than rdflib's memory store, needs no server, and its updates are
transactional (an article is in the store completely or not at all).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeAlias

from rdflib import Graph
from rdflib.term import Identifier

from kb.errors import StoreError
from kb.store.location import Kind, Location


@dataclass
class Rows:
    """A SELECT result: variable names and rows of rdflib terms (None where unbound)."""

    vars: list[str]
    rows: list[dict[str, Identifier | None]]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.rows)

    def values(self) -> list[dict[str, object]]:
        """Rows as plain Python values (str, int, date...) for pages and JSON."""
        return [{k: (None if v is None else v.toPython()) for k, v in row.items()} for row in self.rows]  # type: ignore[attr-defined]


Binding: TypeAlias = Identifier | Sequence[Identifier]
"""A pre-bound value: one term, or a sequence of terms meaning "any of these" (one ``VALUES`` row each:
how a page of claims or conflicts is fetched in one query)."""
Bindings: TypeAlias = Mapping[str, Binding]


@dataclass(frozen=True)
class Capabilities:
    """What a store offers beyond the ``Store`` protocol, declared by the store (as rdflib's ``Store`` declares
    ``context_aware`` or ``transaction_aware``): callers pick a faster path from these flags, never by
    probing for methods.

    ``embedded``: the store runs in this process (``OxigraphStore``): rows as native terms (``select_terms``,
    ``ox``), bulk loads (``fill_graph``, ``replace_graph_quads``), and writes buffered until ``flush``.
    ``path``: the folder of a disk store, which a query worker may reopen read-only (None in memory or remote).
    ``remote``: a SPARQL 1.1 server (``SparqlStore``): user queries are forwarded to ``query_url``.
    ``snapshot``: a read-only copy of a disk store, as it stood when opened: no write, here or by another process,
    changes what it reads (a long read need not count again to see whether it was written under it)."""

    embedded: bool = False
    path: Path | None = None
    remote: bool = False
    snapshot: bool = False


class Store(Protocol):
    """What the library needs from a quad store; every graph is a named graph."""

    capabilities: Capabilities

    def put_graph(self, iri: str, graph: Graph, *, also: Mapping[str, Graph] | None = None) -> None:
        """Replace the named graph ``iri`` by ``graph`` in one atomic step, adding the triples of ``also``
        (graph IRI → triples) to those other graphs in the same step (an article and its new minted actors)."""

    def drop_graph(self, iri: str) -> None: ...

    def update(self, text: str) -> None:
        """Run a SPARQL update written by the library (derived graphs); user text never comes here."""

    def has_graph(self, iri: str) -> bool: ...

    def get_graph(self, iri: str) -> Graph: ...

    def select(self, query: str, bindings: Bindings | None = None) -> Rows:
        """Run a SELECT over the union of all graphs, with variables pre-bound by ``bindings``."""

    def ask(self, query: str, bindings: Bindings | None = None) -> bool: ...

    def construct(self, query: str, bindings: Bindings | None = None) -> Graph: ...

    def query_raw(self, query: str, result_format: str) -> tuple[str, bytes]:
        """Run any read query and serialise its results (json, xml, csv, tsv; turtle, ntriples,
        nquads, jsonld for graphs); returns (kind, bytes) with kind 'solutions', 'boolean' or 'graph'."""

    def dump(self, rdf_format: str) -> bytes: ...

    def flush(self) -> None:
        """Make buffered writes durable (a no-op where every update is)."""

    def close(self) -> None: ...


def store_location(given: str | None = None) -> str:
    """``--store`` wins over ``KB_STORE``, which wins over ``./kb-data`` (``Location.of``)."""
    return Location.of(given).text


def open_store(location: str, *, read_only: bool = False, wait: float = 0.0) -> Store:
    """Open the store at ``location``: a directory, a SPARQL server's query URL, or ``:memory:`` for tests.

    ``wait``: how long a writer waits for another writer to let go of a disk store.
    """
    from kb.store.oxigraph import OxigraphStore

    where = Location.of(location)
    if where.kind is Kind.REMOTE:
        from kb.store.remote import SparqlStore

        return SparqlStore(location)
    if where.kind is Kind.MEMORY:
        return OxigraphStore(None)
    path = Path(location)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{location}: not a directory")
    return OxigraphStore(where.oxigraph_dir, read_only=read_only, wait=wait)
