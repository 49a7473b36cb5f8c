"""A ``Store`` over a SPARQL 1.1 server (Oxigraph server, OpenLink Virtuoso, or any other).

Configuration: the constructor's arguments, else the environment.

* the query endpoint URL (``http://host:7878/query`` for Oxigraph, ``http://host:8890/sparql`` for
  Virtuoso); the update and Graph Store endpoints follow those servers' conventions (Oxigraph:
  ``/update`` and ``/store``; Virtuoso: ``/sparql`` and ``/sparql-graph-crud``) unless given, or set
  by ``KB_UPDATE_URL`` / ``KB_GSP_URL``;
* ``KB_SPARQL_USER`` / ``KB_SPARQL_PASSWORD``: HTTP basic or digest credentials (whichever the
  server asks for; Virtuoso's authenticated endpoints are ``/sparql-auth`` and
  ``/sparql-graph-crud-auth`` and use digest);
* ``KB_SPARQL_FLAVOR``: ``oxigraph``, ``virtuoso`` or ``generic`` when the URL does not tell;
* ``KB_SPARQL_TIMEOUT``: seconds for every request (default 60).

Behaviour mirrors the embedded ``OxigraphStore``:

* **Union default graph.**  Queries see the union of all named graphs.  Oxigraph server is asked for
  it per request (``union-default-graph``).  Virtuoso's default graph is already the union of every
  graph, including its own system graphs (``virtrdf#``, ``ldp#``, ``localuriqaserver/sparql``...):
  each query gets ``define input:default-graph-exclude`` / ``input:named-graph-exclude`` pragmas
  for those graphs, so neither ``?s ?p ?o`` nor ``GRAPH ?g`` ever sees them.
* **Bindings.**  HTTP has no pre-binding, so they become a ``VALUES`` block placed first inside the
  query's outermost WHERE group (the same solutions as a substitution for the named queries, and the
  optimiser starts from it).  This is safe: the variable names are checked against SPARQL's VARNAME
  and each value is an rdflib term written by ``values_block._term`` — IRIs refused if they hold any character
  IRIREF forbids (``<>"{}|^`\\``, spaces, controls), literals escaped as N-Triples strings, language
  tags and datatypes checked — so a value can only ever be one term, never change the query's shape.
  No user text is concatenated into a query; the query text itself is the caller's.
* **Writes.**  ``put_graph`` replaces a graph in one request: Oxigraph runs ``DROP SILENT GRAPH ;
  INSERT DATA`` in one transaction; Virtuoso gets a Graph Store Protocol ``PUT`` (its multi-operation
  updates are not atomic and ``INSERT DATA`` fails above ~1000 triples; a failed PUT leaves the old
  graph in place).
* **Terms.**  Virtuoso's quirks are undone on the way back: booleans come back as ``1``/``0``,
  ``^^xsd:string`` typed literals as plain ones, blank nodes as ``nodeID://``.  Not undone:
  Virtuoso lower-cases language tags, and stores integers beyond 64 bits (and, in 7.2, the largest
  64-bit value itself) as ``xsd:decimal``.

* **Time limits.**  ``timeout`` (``KB_SPARQL_TIMEOUT``) bounds each request as a whole, not only each
  socket read: past it the connection is closed (a server trickling bytes cannot hold a caller).  A
  client that gives up does not stop every server, so the limit is also handed to the server where the
  protocol allows it: Virtuoso gets it as its ``timeout`` request parameter (milliseconds; it then
  answers with partial results flagged ``X-SQL-State: S1TAT``, which are refused here as a
  ``QueryTimeout``, never returned).  Oxigraph server has no per-request limit and keeps evaluating a
  query after its client left (measured: a COUNT over a cross product ran on at 100% CPU for as long
  as it was watched); only its own ``--timeout-s`` stops it, and the ``The SPARQL operation has been
  cancelled`` it then appends to a 200 answer (or sends as a 500) becomes a ``QueryTimeout`` too.  See
  docs/scaling.md for how to start both servers.

HTTP itself (credentials, time and size limits, one-line errors) is ``kb.store.http.Connector``.  Every
failure is one line of the ``kb.errors`` hierarchy: ``QueryError`` (``QueryTimeout``) for queries,
``StoreError`` for the rest.
"""

from __future__ import annotations

import copy
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping
from typing import Any

from rdflib import Graph, URIRef

from kb import deadline
from kb.errors import QueryError, QueryRefused, QueryTimeout, StoreError
from kb.store import Bindings, Capabilities, Rows
from kb.store.http import OXIGRAPH_CANCELLED, Connector
from kb.store.remote_formats import RDF_TYPES, RESULT_TYPES, dump_store, json_term, parse_rdf, serialise
from kb.store.values_block import (
    _READ_FORMS,
    _from_json,
    _iri,
    _nt_lines,
    bind,
    names_graphs,
    query_shape,
)

# Virtuoso's own graphs, present in a fresh database; KB_EXCLUDE_GRAPHS (space separated) adds more.
VIRTUOSO_SYSTEM_GRAPHS = (
    "http://www.openlinksw.com/schemas/virtrdf#",
    "http://www.w3.org/ns/ldp#",
    "http://localuriqaserver/sparql",
    "http://localhost:8890/sparql",
    "http://localhost:8890/DAV/",
    "http://www.w3.org/2002/07/owl#",
)


# ---------------------------------------------------------------- the store
def _flavor_of(url: str) -> str:
    path = urllib.parse.urlsplit(url).path.rstrip("/")
    if path.endswith("/query"):
        return "oxigraph"
    if path.endswith(("/sparql", "/sparql-auth")):
        return "virtuoso"
    return "generic"


def _sibling(url: str, path: str) -> str:
    parts = urllib.parse.urlsplit(url)
    base = parts.path.rstrip("/").rsplit("/", 1)[0]
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, f"{base}/{path}", "", ""))


class SparqlStore:
    """``Store`` over a SPARQL 1.1 query/update/Graph Store endpoint."""

    def __init__(
        self,
        query_url: str,
        *,
        update_url: str | None = None,
        gsp_url: str | None = None,
        user: str | None = None,
        password: str | None = None,
        flavor: str | None = None,
        timeout: float | None = None,
        exclude_graphs: Iterable[str] | None = None,
    ) -> None:
        env = os.environ
        self.query_url = query_url
        self.capabilities = Capabilities(remote=True)
        self.flavor = flavor or env.get("KB_SPARQL_FLAVOR") or _flavor_of(query_url)
        if self.flavor not in ("oxigraph", "virtuoso", "generic"):
            raise StoreError(f"unknown SPARQL server flavour {self.flavor!r}")
        auth = self.flavor == "virtuoso" and query_url.rstrip("/").endswith("-auth")
        default_update = {"oxigraph": _sibling(query_url, "update")}.get(self.flavor, query_url)
        default_gsp = {
            "oxigraph": _sibling(query_url, "store"),
            "virtuoso": _sibling(query_url, "sparql-graph-crud-auth" if auth else "sparql-graph-crud"),
        }.get(self.flavor)
        self.update_url = update_url or env.get("KB_UPDATE_URL") or default_update
        self.gsp_url = gsp_url or env.get("KB_GSP_URL") or default_gsp
        excluded = list(exclude_graphs) if exclude_graphs is not None else (
            list(VIRTUOSO_SYSTEM_GRAPHS) if self.flavor == "virtuoso" else []
        )
        self._candidates = [*excluded, *env.get("KB_EXCLUDE_GRAPHS", "").split()]
        for g in self._candidates:
            _iri(g)
        self._pragmas: str | None = None if self._candidates else ""
        self.http = Connector(
            [u for u in (self.query_url, self.update_url, self.gsp_url) if u],
            user if user is not None else env.get("KB_SPARQL_USER"),
            password if password is not None else env.get("KB_SPARQL_PASSWORD"),
            float(timeout or env.get("KB_SPARQL_TIMEOUT") or 60),
        )

    def __copy__(self) -> SparqlStore:
        """A copy with its own connector: the query sandbox lowers the copy's limits, never the original's."""
        clone = object.__new__(SparqlStore)
        clone.__dict__.update(self.__dict__)
        clone.http = copy.copy(self.http)
        return clone

    @property
    def max_answer_bytes(self) -> int | None:
        """Set on the copy that runs a user query (``kb.sparql.sandbox``): a longer answer is refused."""
        return self.http.max_answer_bytes

    @max_answer_bytes.setter
    def max_answer_bytes(self, value: int | None) -> None:
        self.http.max_answer_bytes = value

    @property
    def timeout(self) -> float:
        """Seconds for every request (``KB_SPARQL_TIMEOUT``); the query sandbox lowers it on its copy."""
        return self.http.timeout

    @timeout.setter
    def timeout(self, value: float) -> None:
        self.http.timeout = value

    def without_endpoints(self, text: str) -> str:
        """``text`` (an error line) with this store's endpoint URLs replaced by "the SPARQL server": the web
        app shows errors to anyone, and the URLs name hosts inside the deployment."""
        for url in sorted({u for u in (self.query_url, self.update_url, self.gsp_url) if u}, key=len, reverse=True):
            text = text.replace(url, "the SPARQL server")
        return text

    def __repr__(self) -> str:
        return f"SparqlStore({self.query_url!r}, flavor={self.flavor!r})"

    def _update(self, text: str) -> None:
        self.http.request("POST", self.update_url, form={"update": text})

    def update(self, text: str) -> None:
        """Run a SPARQL update the library wrote (never user text: the web endpoint only reads)."""
        self._update(text)

    def _exclusions(self) -> str:
        """Pragmas hiding the system graphs that exist.  Only existing ones: Virtuoso 7.2's cost
        estimate explodes (refusing plain queries) as absent graphs are added to the exclusions."""
        if self._pragmas is None:
            values = " ".join(_iri(g) for g in self._candidates)
            probe = f"SELECT ?g WHERE {{ VALUES ?g {{ {values} }} FILTER EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }} }}"
            found = self._solutions(probe, pragmas=False)
            present = [b["g"]["value"] for b in found.get("results", {}).get("bindings", [])]
            self._pragmas = "".join(
                f"define input:default-graph-exclude {_iri(g)}\ndefine input:named-graph-exclude {_iri(g)}\n"
                for g in present
            )
        return self._pragmas

    def _send_query(self, query: str, accept: str, *, pragmas: bool = True) -> tuple[str, bytes]:
        # Virtuoso 7.2 answers wrongly (ASK true, COUNT 1 on an absent or any graph) when an
        # input:*-graph-exclude pragma meets a constant GRAPH <iri>: such queries go without it.
        prefix = self._exclusions() if pragmas and self._candidates and not names_graphs(query) else ""
        form = {"query": prefix + query}
        if self.flavor == "oxigraph":
            form["union-default-graph"] = ""
        if self.flavor == "virtuoso":  # the limit reaches the server: it stops evaluating there too
            form["timeout"] = str(max(1, round(deadline.clamp(self.http.timeout) * 1000)))
        _, ctype, data = self.http.request(
            "POST", self.query_url, form=form, headers={"Accept": accept}, error=QueryError
        )
        if data.rstrip().endswith(OXIGRAPH_CANCELLED):  # Oxigraph's --timeout-s, after a 200 was sent
            raise QueryTimeout(f"{self.query_url}: the server stopped the query at its own time limit "
                               "(oxigraph serve --timeout-s)")
        return ctype.split(";")[0].strip().lower(), data

    def _read(self, query: str, bindings: Bindings | None, want: set[str]) -> tuple[str, str]:
        form, _ = query_shape(query)
        if form == "define":
            raise QueryRefused("server pragmas (define ...) are not accepted")
        if form not in _READ_FORMS:
            raise QueryRefused(f"only SELECT, ASK, CONSTRUCT and DESCRIBE are run here (got {form})")
        if form not in want:
            expected = "a SELECT" if "select" in want else "an ASK" if "ask" in want else "a CONSTRUCT or DESCRIBE"
            raise QueryError(f"expected {expected} query")
        return form, bind(query, bindings)

    def _solutions(self, query: str, *, pragmas: bool = True) -> dict[str, Any]:
        ctype, data = self._send_query(query, RESULT_TYPES["json"], pragmas=pragmas)
        try:
            return json.loads(data)  # type: ignore[no-any-return]
        except ValueError:
            raise QueryError(f"the server answered {ctype or 'something'} that is not SPARQL JSON results") from None

    def _graph(self, query: str) -> Graph:
        ctype, data = self._send_query(query, "application/n-triples, text/turtle;q=0.5")
        return parse_rdf(data, ctype)

    # ---- writes
    def put_graph(self, iri: str, graph: Graph, *, also: Mapping[str, Graph] | None = None) -> None:
        """``also``: triples added to other graphs, in the same update on Oxigraph; on Virtuoso (whose
        multi-operation updates are not atomic anyway) in a second request after the graph's PUT."""
        name = _iri(iri)
        extra = "".join(f" GRAPH {_iri(g)} {{\n{''.join(_nt_lines(t))}}}" for g, t in (also or {}).items() if len(t))
        if len(graph) == 0:
            self.drop_graph(iri)
        elif self.flavor == "virtuoso" and self.gsp_url:
            body = "".join(_nt_lines(graph, turtle=True))
            self.http.request(
                "PUT", self.gsp_url, params={"graph-uri": iri}, body=body.encode("utf-8"),
                headers={"Content-Type": "text/turtle; charset=utf-8"},
            )
        else:
            body = "".join(_nt_lines(graph))
            self._update(f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{body}}}{extra} }}")
            return
        if extra:
            self._update(f"INSERT DATA {{{extra} }}")

    def drop_graph(self, iri: str) -> None:
        self._update(f"DROP SILENT GRAPH {_iri(iri)}")

    # ---- reads
    def has_graph(self, iri: str) -> bool:
        return self.ask(f"ASK {{ VALUES ?g {{ {_iri(iri)} }} GRAPH ?g {{ ?s ?p ?o }} }}")

    def graphs(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(str(r["g"]) for r in rows if isinstance(r["g"], URIRef))

    def get_graph(self, iri: str) -> Graph:
        name = _iri(iri)
        if self.gsp_url:
            key = "graph-uri" if self.flavor == "virtuoso" else "graph"
            status, ctype, data = self.http.request(
                "GET", self.gsp_url, params={key: iri}, headers={"Accept": "application/n-triples"},
                missing_ok=True,
            )
            return Graph() if status == 404 else parse_rdf(data, ctype.split(";")[0].strip().lower())
        return self._graph(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {name} }} GRAPH ?g {{ ?s ?p ?o }} }}")

    def select(self, query: str, bindings: Bindings | None = None) -> Rows:
        _, text = self._read(query, bindings, {"select"})
        doc = self._solutions(text)
        names = list(doc.get("head", {}).get("vars", []))
        rows = [{n: _from_json(b.get(n)) for n in names} for b in doc.get("results", {}).get("bindings", [])]
        return Rows(vars=names, rows=rows)

    def ask(self, query: str, bindings: Bindings | None = None) -> bool:
        _, text = self._read(query, bindings, {"ask"})
        doc = self._solutions(text)
        if "boolean" not in doc:
            raise QueryError("expected an ASK query")
        return bool(doc["boolean"])

    def construct(self, query: str, bindings: Bindings | None = None) -> Graph:
        _, text = self._read(query, bindings, {"construct", "describe"})
        return self._graph(text)

    def query_raw(self, query: str, result_format: str) -> tuple[str, bytes]:
        form, text = self._read(query, None, _READ_FORMS)
        kind = {"select": "solutions", "ask": "boolean"}.get(form, "graph")
        types = RDF_TYPES if kind == "graph" else RESULT_TYPES
        if result_format not in types:
            raise QueryError(f"format {result_format!r} does not fit this query's results")
        if kind == "graph" and result_format in ("nquads", "trig"):
            # a CONSTRUCT result has no graph names: its N-Triples (Turtle) is the N-Quads (TriG) text
            return kind, self._send_query(text, RDF_TYPES["ntriples" if result_format == "nquads" else "turtle"])[1]
        if self.flavor == "virtuoso" and result_format == "json":
            # re-written so that Virtuoso's 1/0 booleans and typed-literal strings read as elsewhere
            doc = self._solutions(text)
            if "results" in doc:
                for row in doc["results"].get("bindings", []):
                    for name, term in row.items():
                        row[name] = json_term(_from_json(term))
            return kind, json.dumps(doc, ensure_ascii=False).encode("utf-8")
        ctype, data = self._send_query(text, types[result_format])
        if kind == "graph" and ctype and ctype != types[result_format]:
            # the server chose another syntax: re-serialise it with rdflib
            return kind, serialise(parse_rdf(data, ctype), result_format)
        return kind, data

    def dump(self, rdf_format: str) -> bytes:
        return dump_store(self, rdf_format)

    def flush(self) -> None:
        """Nothing to do: the server owns durability."""

    def close(self) -> None:
        self.http.close()


__all__ = ["RDF_TYPES", "RESULT_TYPES", "SparqlStore", "bind", "query_shape"]
