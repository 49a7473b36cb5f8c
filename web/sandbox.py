"""Run one untrusted SPARQL query in a forked worker process, killed at its deadline.

Why a process: pyoxigraph cannot cancel a running query and rdflib has no timeout, so the only sure
stop is to kill the process running it; the server's own threads never run user queries.

Why fork: measured on this machine, forking and answering a trivial query takes ~5 ms over an
in-memory store (the child reads the parent's store copy-on-write, so a ``:memory:`` store works
too) and ~22 ms over a disk store, which the child opens with ``Store.read_only`` (a fresh snapshot,
beside the writer's lock).  ``spawn``/``forkserver`` pay ~1 s importing Python per query.
The child also gets an address-space cap, so a query that builds a huge result dies alone.

Flask-free, so a CLI ``query --timeout`` could use it as well.
"""

from __future__ import annotations

import faulthandler
import multiprocessing as mp
import os
import resource
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection

import pyoxigraph as ox

from kb.errors import QueryError, QueryTimeout
from web.results import write_solutions

RESULT_FORMATS = {"json", "xml", "csv", "tsv"}
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
_OX_RESULTS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
               "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}


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
        if getattr(self.store, "path", None) is None and not hasattr(self.store, "ox"):
            raise QueryError("user queries need the embedded Oxigraph store; this one is remote (query it directly)")
        if not self._slots.acquire(timeout=self.limits.timeout):
            raise QueryTimeout("the server is busy with other queries; try again shortly")
        try:
            return self._run(query, fmt, dataset)
        finally:
            self._slots.release()

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
