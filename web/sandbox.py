"""Run one untrusted SPARQL query in a forked worker process, killed at its deadline.

Why a process: pyoxigraph cannot cancel a running query and rdflib has no timeout, so the only sure
stop is to kill the process running it; the server's own threads never run user queries.

Why fork: measured on this machine, forking and answering a trivial query takes ~5 ms over an
in-memory store (the child reads the parent's store copy-on-write, so a ``:memory:`` store works
too) and ~22 ms over a disk store, which the child opens with ``Store.read_only`` (a fresh snapshot,
beside the writer's lock).  ``spawn``/``forkserver`` pay ~1 s importing Python per query.
The child also gets an address-space cap, so a query that builds a huge result dies alone.

A remote store (``kb.store.remote.SparqlStore``: an Oxigraph server, Virtuoso...) needs no fork: the
query is already evaluated in another process, the server's.  It goes there over HTTP with the same time
limit (a copy of the store whose socket timeout is the limit, waited for at most that long by the
request) and its results are cut to the same row cap here.  What the cap cannot bound is the size of
the server's answer before it is cut: the server's own limits (Virtuoso's ``ResultSetMaxRows``) do that.

Flask-free, so a CLI ``query --timeout`` could use it as well.
"""

from __future__ import annotations

import copy
import faulthandler
import json
import logging
import multiprocessing as mp
import os
import resource
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection

import pyoxigraph as ox

from kb.errors import QueryError, QueryTimeout, StoreError
from web.results import write_solutions

RESULT_FORMATS = {"json", "xml", "csv", "tsv"}
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
log = logging.getLogger(__name__)
_OX_RESULTS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
               "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}


class RemoteUnavailable(StoreError):
    """The remote SPARQL server could not be reached or failed (the web layer answers 502)."""


@dataclass(frozen=True)
class Limits:
    """Per-query budget; ``max_workers`` bounds how many queries run at once."""

    timeout: float = 10.0
    max_rows: int = 10000
    max_memory_mb: int = 2048
    max_workers: int = 4


@dataclass
class Answer:
    kind: str  # "solutions", "boolean" or "graph"
    body: bytes
    rows: int
    truncated: bool
    seconds: float


@dataclass(frozen=True)
class Dataset:
    """The query's dataset from the protocol (default-graph-uri / named-graph-uri); empty = union of all."""

    default: tuple[str, ...] = ()
    named: tuple[str, ...] = ()


class Sandbox:
    """Runs queries against one store in worker processes, at most ``limits.max_workers`` at a time."""

    def __init__(self, store: object, limits: Limits, fork_lock: threading.RLock | None = None) -> None:
        """``fork_lock``: held by whoever opens, writes or closes a store in this process (``web.stores``).
        A fork copies native locks in whatever state other threads left them; forking while RocksDB held
        one left the child hanging in ``Store.read_only`` (seen under concurrent writes), so forks wait."""
        self.store = store
        self.limits = limits
        self._slots = threading.BoundedSemaphore(limits.max_workers)
        self._fork_lock = fork_lock or threading.RLock()

    def run(self, query: str, fmt: str, dataset: Dataset = Dataset()) -> Answer:
        """Answer ``query`` serialised as ``fmt``, or raise QueryError / QueryTimeout."""
        remote = is_remote(self.store)
        if not remote and getattr(self.store, "path", None) is None and not hasattr(self.store, "ox"):
            raise QueryError(f"user queries cannot run on this store ({type(self.store).__name__})")
        if not self._slots.acquire(timeout=self.limits.timeout):
            raise QueryTimeout("the server is busy with other queries; try again shortly")
        if remote:
            return self._run_remote(query, fmt, dataset)  # releases the slot when the request really ends
        try:
            return self._run(query, fmt, dataset)
        finally:
            self._slots.release()

    def _run_remote(self, query: str, fmt: str, dataset: Dataset) -> Answer:
        """Send the query to the remote server; answer within the time limit, cut to the row cap.

        The HTTP request runs in a thread so that the user's wait ends at the limit even when the server
        trickles bytes (a socket timeout only bounds each read); the thread itself ends at the next
        socket timeout at the latest, and holds its worker slot until then, so a slow server cannot
        pile up requests."""
        try:
            if dataset.default or dataset.named:
                raise QueryError("default-graph-uri / named-graph-uri are not passed on to a remote store; "
                                 "use FROM / FROM NAMED in the query")
            kind = remote_kind(query)
            store = copy.copy(self.store)
            store.timeout = self.limits.timeout  # type: ignore[attr-defined]
        except BaseException:
            self._slots.release()
            raise
        started = time.perf_counter()
        outcome: dict[str, object] = {}
        done = threading.Event()

        def fetch() -> None:
            try:
                outcome["raw"] = store.query_raw(query, "ntriples" if kind == "graph" else "json")  # type: ignore[attr-defined]
            except BaseException as exc:  # handed to the request thread
                outcome["error"] = exc
            finally:
                done.set()
                self._slots.release()

        try:
            threading.Thread(target=fetch, name="sparql-remote", daemon=True).start()
        except BaseException:
            self._slots.release()
            raise
        if not done.wait(self.limits.timeout):
            raise QueryTimeout(f"the query ran past the {self.limits.timeout:g} s limit and was stopped")
        error = outcome.get("error")
        if isinstance(error, QueryError):
            raise error
        if isinstance(error, StoreError):
            log.warning("remote SPARQL store failed a user query: %s", error)  # the detail names internal hosts
            raise RemoteUnavailable("the SPARQL server behind this endpoint failed or could not be reached") from None
        if isinstance(error, BaseException):
            raise error
        raw: tuple[str, bytes] = outcome["raw"]  # type: ignore[assignment]
        got_kind, data = raw
        body, rows, truncated = _remote_answer(got_kind, data, fmt, self.limits.max_rows)
        return Answer(got_kind, body, rows, truncated, time.perf_counter() - started)

    def _run(self, query: str, fmt: str, dataset: Dataset) -> Answer:
        ctx = mp.get_context("fork")
        receiver, sender = ctx.Pipe(duplex=False)
        started = time.perf_counter()
        proc = ctx.Process(target=_child, args=(sender, self.store, query, fmt, self.limits, dataset), daemon=True)
        if not self._fork_lock.acquire(timeout=self.limits.timeout):
            raise QueryTimeout("the server is busy writing; try again shortly")
        try:
            proc.start()
        finally:
            self._fork_lock.release()
        sender.close()
        try:
            if not receiver.poll(self.limits.timeout):
                raise QueryTimeout(f"the query ran past the {self.limits.timeout:g} s limit and was stopped")
            message = receiver.recv()
        except EOFError:
            raise QueryError("the query worker stopped without an answer (out of its memory budget?)") from None
        finally:
            if proc.is_alive():
                proc.kill()
            proc.join()
            receiver.close()
        if message[0] == "error":
            raise QueryError(message[1])
        _, kind, body, rows, truncated = message
        return Answer(kind, body, rows, truncated, time.perf_counter() - started)


def _child(conn: Connection, store: object, query: str, fmt: str, limits: Limits, dataset: Dataset) -> None:
    """Worker body: cap memory, open the store, answer, exit."""
    try:
        _quiet()
        _cap_memory(limits.max_memory_mb)
        oxstore = _open(store)
        conn.send(("ok", *_answer(oxstore, query, fmt, limits.max_rows, dataset)))
    except SyntaxError as exc:
        conn.send(("error", f"invalid SPARQL: {exc}"))
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
        conn.send(("error", f"query failed: {exc}"))
    except MemoryError:
        conn.send(("error", "the query needed more memory than its budget"))
    finally:
        conn.close()
        os._exit(0)  # skip atexit handlers inherited from the server


def _quiet() -> None:
    """An allocation failure aborts the worker; keep its dying words (and inherited fault handlers) off
    the server's stderr, since the parent reports the failure itself."""
    faulthandler.disable()
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)


def _cap_memory(extra_mb: int) -> None:
    with open("/proc/self/statm") as fh:
        current = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    limit = current + extra_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))


def _open(store: object, attempts: int = 20) -> ox.Store:
    """A disk store is reopened read-only (fresh snapshot); a memory store is the inherited copy.

    Opening beside a busy writer fails now and then with RuntimeError ("Corruption: … No such file"):
    a table file went away between reading the manifest and opening it.  The next try sees the new
    manifest, so retry briefly instead of failing the user's query (see ``web.stores``)."""
    path = getattr(store, "path", None)
    if path is None:
        return store.ox  # type: ignore[attr-defined,no-any-return]
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError):
            if attempt + 1 == attempts:
                raise
            time.sleep(0.02)
    raise AssertionError("unreachable")


def _answer(store: ox.Store, query: str, fmt: str, max_rows: int, dataset: Dataset) -> tuple[str, bytes, int, bool]:
    kwargs: dict[str, object] = {"use_default_graph_as_union": not dataset.default}
    if dataset.default:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in dataset.default]
    if dataset.named:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in dataset.named]
    result = store.query(query, **kwargs)  # type: ignore[arg-type]
    if isinstance(result, ox.QueryBoolean):
        return "boolean", result.serialize(format=_OX_RESULTS[fmt]), 1, False  # type: ignore[return-value]
    if isinstance(result, ox.QueryTriples):
        triples = _take(result, max_rows)
        body = ox.serialize(triples[:max_rows], format=RDF_FORMATS[fmt])
        return "graph", body, min(len(triples), max_rows), len(triples) > max_rows  # type: ignore[return-value]
    variables = [v.value for v in result.variables]
    rows = [[sol[v] for v in variables] for sol in _take(result, max_rows)]
    body = write_solutions(variables, rows[:max_rows], fmt)
    return "solutions", body, min(len(rows), max_rows), len(rows) > max_rows


def _take(iterable: object, max_rows: int) -> list:  # type: ignore[type-arg]
    """Up to ``max_rows + 1`` items: one more than allowed tells that the result was cut."""
    out = []
    for item in iterable:  # type: ignore[attr-defined]
        out.append(item)
        if len(out) > max_rows:
            break
    return out


# ---------------------------------------------------------------- remote stores
def is_remote(store: object) -> bool:
    """A store over HTTP (``kb.store.remote.SparqlStore``) rather than an embedded pyoxigraph store."""
    return hasattr(store, "query_url") and hasattr(store, "query_raw")


def remote_kind(query: str) -> str:
    """"solutions", "boolean" or "graph", from the query's form (as the remote store reads it)."""
    from kb.store.remote import query_shape

    form = query_shape(query)[0]
    return {"select": "solutions", "ask": "boolean", "construct": "graph", "describe": "graph"}.get(form, "solutions")


def _ox_term(term: dict[str, object]) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    kind, value = term.get("type"), str(term.get("value", ""))
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if kind in ("literal", "typed-literal"):
        if term.get("xml:lang"):
            return ox.Literal(value, language=str(term["xml:lang"]))
        if term.get("datatype"):
            return ox.Literal(value, datatype=ox.NamedNode(str(term["datatype"])))
        return ox.Literal(value)
    raise QueryError(f"unexpected term in the SPARQL server's answer: {term!r}")


def _remote_answer(kind: str, data: bytes, fmt: str, max_rows: int) -> tuple[bytes, int, bool]:
    """(body as ``fmt``, rows kept, truncated) from a remote answer: SPARQL JSON, or N-Triples for graphs."""
    try:
        if kind == "graph":
            triples = _take(ox.parse(data, format=ox.RdfFormat.N_TRIPLES), max_rows)
            body = ox.serialize(triples[:max_rows], format=RDF_FORMATS[fmt])
            return body, min(len(triples), max_rows), len(triples) > max_rows  # type: ignore[return-value]
        doc = json.loads(data)
    except (ValueError, SyntaxError) as exc:
        raise QueryError(f"cannot read the SPARQL server's answer: {exc}") from None
    if kind == "boolean" or "boolean" in doc:
        pattern = "ASK {}" if doc.get("boolean") else "ASK { FILTER(false) }"
        answer: ox.QueryBoolean = _BOOLEANS.query(pattern)  # type: ignore[assignment]
        return answer.serialize(format=_OX_RESULTS[fmt]), 1, False  # type: ignore[return-value]
    variables = [str(v) for v in doc.get("head", {}).get("vars", [])]
    bindings = doc.get("results", {}).get("bindings", [])
    kept = bindings[:max_rows]
    rows = [[_ox_term(b[v]) if v in b else None for v in variables] for b in kept]
    return write_solutions(variables, rows, fmt), len(kept), len(bindings) > max_rows


_BOOLEANS = ox.Store()  # serialises a remote ASK answer exactly as the embedded path does
