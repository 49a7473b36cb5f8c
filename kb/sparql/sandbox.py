"""Run one untrusted SPARQL query in a forked worker process that cannot reach the network and is
killed at its deadline.  The web app's ``/sparql`` and ``kb query`` both go through here.

Why a process: pyoxigraph cannot cancel a running query, and rdflib's parser (which decides what the
query does, :mod:`kb.sparql.safety`) takes seconds on some 20 KB texts, so the only sure stop is to kill
the process doing either; the server's own threads never parse or run user queries.  The worker also
gets an address-space cap, so a query that builds a huge result dies alone, and a seccomp filter
(:mod:`kb.sparql.nonet`) so that whatever the check decided, evaluation cannot open a socket.

Why fork: measured on this machine, forking and answering a trivial query takes ~5 ms over an
in-memory store (the child reads the parent's store copy-on-write, so a ``:memory:`` store works
too) and ~22 ms over a disk store, which the child opens with ``Store.read_only`` (a fresh snapshot,
beside the writer's lock).  ``spawn``/``forkserver`` pay ~1 s importing Python per query.  A fork's own cost
grows with the forking process (~15 ms of CPU per GB), so the web server has its disk store's workers forked by a
small process started once (``kb.sparql.zygote``).

A remote store (``kb.store.remote.SparqlStore``: an Oxigraph server, Virtuoso...) is checked in a worker
the same way, then the query goes to the server over HTTP under what is left of the time limit, and
its results are cut to the same row cap here.  What the cap cannot bound is the size of the server's
answer before it is cut: the server's own limits (Virtuoso's ``ResultSetMaxRows``) do that, and the
server's own settings keep it from calling out (docs/security.md).
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import logging
import multiprocessing as mp
import os
import signal
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from multiprocessing.connection import Connection

from kb.errors import QueryError, QueryOverBudget, QueryRefused, QueryTimeout, StoreError
from kb.sparql import zygote
from kb.sparql.nonet import NetworkWallError
from kb.sparql.results import from_remote
from kb.sparql.safety import CheckedQuery, check_graphs, check_size
from kb.sparql.worker import KINDS, NotAcceptable, check_child, child
from kb.store import Store

log = logging.getLogger(__name__)


class RemoteUnavailable(StoreError):
    """The remote SPARQL server could not be reached or failed (the web layer answers 502)."""


@dataclass(frozen=True)
class Limits:
    """Per-query budget; ``max_workers`` bounds how many queries run at once."""

    timeout: float = 10.0
    max_rows: int = 10000
    max_memory_mb: int = 2048
    max_workers: int = 4
    max_query_bytes: int = 20000
    max_result_bytes: int = 50_000_000  # a 765-byte query of nested CONCATs built a 134 MB answer

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Limits:
        """``KB_SPARQL_TIMEOUT``, ``KB_SPARQL_MAX_ROWS``, ``KB_SPARQL_MAX_MEMORY_MB``, ``KB_SPARQL_MAX_WORKERS``,
        ``KB_SPARQL_MAX_QUERY_BYTES``, ``KB_SPARQL_MAX_RESULT_BYTES`` (the CLI's limits are the app's)."""
        values: dict[str, float | int] = {}
        for name, default in cls().__dict__.items():
            raw = env.get(f"KB_SPARQL_{name.upper()}")
            if raw:
                try:
                    values[name] = type(default)(raw)
                except ValueError:
                    raise QueryError(f"KB_SPARQL_{name.upper()}={raw!r}: expected a {type(default).__name__}") from None
        return cls(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Formats:
    """What the client accepts: a serialiser for solutions and booleans, one for graphs (None: neither)."""

    solutions: str | None = "json"
    graph: str | None = "turtle"

    def for_kind(self, kind: str) -> str:
        fmt = self.graph if kind == "graph" else self.solutions
        if fmt is None:
            raise NotAcceptable("graph" if kind == "graph" else "solutions")
        return fmt


@dataclass
class Answer:
    kind: str  # "solutions", "boolean" or "graph"
    fmt: str
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

    def __init__(self, store: Store, limits: Limits, fork_lock: threading.RLock | None = None,
                 zygote: bool = False) -> None:
        """``fork_lock``: held by whoever opens, writes or closes a store in this process (``web.connection``).
        A fork copies native locks in whatever state other threads left them; forking while RocksDB held
        one left the child hanging in ``Store.read_only`` (seen under concurrent writes), so forks wait.

        ``zygote``: workers over a disk store are forked by a small process of their own (``kb.sparql.zygote``),
        not by this one, whose fork cost grows with what it holds (the web server's); a memory store is still
        forked from here, since the worker reads this process's copy of it."""
        self.store = store
        self.limits = limits
        self._slots = threading.BoundedSemaphore(limits.max_workers)
        self._fork_lock = fork_lock or threading.RLock()
        self.zygote = zygote

    def run(self, query: str, formats: Formats = Formats(), dataset: Dataset = Dataset(),
            max_rows: int | None = None) -> Answer:
        """Answer ``query`` in the accepted format, or raise QueryError (QueryRefused, QueryTimeout, ...).

        ``max_rows``: a lower row cap the client asked for (the SPARQL page asks for one it can draw);
        never above the endpoint's own."""
        check_size(query, self.limits.max_query_bytes)
        limits = self.cap(max_rows)
        remote = is_remote(self.store)
        if not remote and not self.store.capabilities.embedded:
            raise QueryError(f"user queries cannot run on this store ({type(self.store).__name__})")
        if not self._slots.acquire(timeout=self.limits.timeout):
            raise QueryTimeout("the server is busy with other queries; try again shortly")
        if remote:
            return self._run_remote(query, formats, dataset, limits)  # releases the slot when the request really ends
        try:
            started = time.perf_counter()
            path = self.store.capabilities.path
            if self.zygote and path is not None:  # the worker opens the store by its path: a Store is not sent
                message = self._zygote_fork("child", (str(path), query, formats, limits, dataset))
            else:
                message = self._fork(child, (self.store, query, formats, limits, dataset), limits.timeout)
            _, kind, fmt, body, rows, truncated = message
            return Answer(kind, fmt, body, rows, truncated, time.perf_counter() - started)
        finally:
            self._slots.release()

    def _fork(self, target: Callable[..., None], args: tuple[object, ...], timeout: float) -> tuple:  # type: ignore[type-arg]
        """Run ``target(sender, *args)`` in a forked worker; its message, or the error it reported."""
        ctx = mp.get_context("fork")
        receiver, sender = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=target, args=(sender, *args), daemon=True)
        if not self._fork_lock.acquire(timeout=timeout):
            raise QueryTimeout("the server is busy writing; try again shortly")
        try:
            proc.start()
        finally:
            self._fork_lock.release()
        sender.close()
        try:
            message = self._answer_of(receiver, timeout)
        finally:
            if proc.is_alive():
                proc.kill()
            proc.join()
            receiver.close()
        return _raise_reported(message)

    def _zygote_fork(self, target: str, args: tuple[object, ...]) -> tuple:  # type: ignore[type-arg]
        """Run ``target(sender, *args)`` in a worker forked by the zygote; killed by its pidfd when done or late."""
        receiver, pidfd = zygote.shared().start(target, args)
        try:
            message = self._answer_of(receiver, self.limits.timeout)
        finally:
            with contextlib.suppress(OSError):  # already gone
                signal.pidfd_send_signal(pidfd, signal.SIGKILL)
            os.close(pidfd)
            receiver.close()
        return _raise_reported(message)

    def _answer_of(self, receiver: Connection, timeout: float) -> tuple:  # type: ignore[type-arg]
        try:
            if not receiver.poll(max(timeout, 0.0)):
                raise QueryTimeout(f"the query ran past the {self.limits.timeout:g} s limit and was stopped")
            return receiver.recv()  # type: ignore[no-any-return]
        except EOFError:
            raise QueryOverBudget("the query worker was stopped without an answer, most likely at its memory budget "
                                  "(KB_SPARQL_MAX_MEMORY_MB); ask for fewer solutions") from None

    def cap(self, max_rows: int | None) -> Limits:
        """The limits with the row cap lowered to ``max_rows`` (at least 1) when that is below the endpoint's."""
        if max_rows is None or max_rows >= self.limits.max_rows:
            return self.limits
        return dataclasses.replace(self.limits, max_rows=max(max_rows, 1))

    def _run_remote(self, query: str, formats: Formats, dataset: Dataset, limits: Limits) -> Answer:
        """Check the query in a worker, send it to the remote server; answer within the time limit, cut
        to the row cap.

        The HTTP request runs in a thread so that the user's wait ends at the limit whatever the server
        does; the thread itself ends at the store's whole-request limit (its copy carries the user's
        limit, which also reaches the server: Virtuoso's ``timeout`` parameter) and holds its worker slot
        until then, so a slow server cannot pile up requests."""
        started = time.perf_counter()
        try:
            if dataset.default or dataset.named:
                raise QueryError("default-graph-uri / named-graph-uri are not passed on to a remote store; "
                                 "use FROM / FROM NAMED in the query")
            _, form, from_graphs, from_named = self._fork(check_child, (query,), self.limits.timeout)
            check_graphs(CheckedQuery(query, form, from_graphs, from_named), self.store.has_graph)  # type: ignore[attr-defined]
            kind = KINDS[form]
            fmt = formats.for_kind(kind)
            store = copy.copy(self.store)
            store.timeout = self.limits.timeout  # type: ignore[attr-defined]
            store.max_answer_bytes = self.limits.max_result_bytes  # type: ignore[attr-defined]
        except BaseException:
            self._slots.release()
            raise
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
        if not done.wait(max(self.limits.timeout - (time.perf_counter() - started), 0.0)):
            raise QueryTimeout(f"the query ran past the {self.limits.timeout:g} s limit and was stopped")
        return _remote_answer(outcome, fmt, limits.max_rows, started, store)


def _remote_answer(outcome: dict[str, object], fmt: str, max_rows: int, started: float, store: Store) -> Answer:
    """The remote server's answer cut to the row cap, or the error the user may see: the server's words on
    their query (HTTP 400, or a 500 Virtuoso gives for an unknown function) and timeouts, with no internal
    host named; the server's own failures (refusal, unreachable, an answer that is not SPARQL results)
    are ``RemoteUnavailable``, logged whole."""
    error = outcome.get("error")
    if type(error) in (QueryError, QueryTimeout):
        kind: type[QueryError] = type(error)  # type: ignore[assignment]
        raise kind(store.without_endpoints(str(error))) from None  # type: ignore[attr-defined]
    if isinstance(error, StoreError):
        log.warning("remote SPARQL store failed a user query: %s", error)  # the detail names internal hosts
        raise RemoteUnavailable("the SPARQL server behind this endpoint failed or could not be reached") from None
    if isinstance(error, BaseException):
        raise error
    raw: tuple[str, bytes] = outcome["raw"]  # type: ignore[assignment]
    got_kind, data = raw
    try:
        body, rows, truncated = from_remote(got_kind, data, fmt, max_rows)
    except (ValueError, SyntaxError) as exc:
        log.warning("remote SPARQL store answered what is not SPARQL results: %s", exc)
        raise RemoteUnavailable("the SPARQL server behind this endpoint answered what is not SPARQL results") \
            from None
    return Answer(got_kind, fmt, body, rows, truncated, time.perf_counter() - started)


def _raise_reported(message: tuple) -> tuple:  # type: ignore[type-arg]
    """A worker's report as the exception it stands for, or the message when it is an answer."""
    tag = message[0]
    if tag == "refused":
        raise QueryRefused(message[1])
    if tag == "unacceptable":
        raise NotAcceptable(message[1])
    if tag in ("invalid", "error"):
        raise QueryError(message[1])
    if tag == "nowall":
        raise NetworkWallError(message[1])
    if tag == "budget":
        raise QueryOverBudget(message[1])
    return message


def is_remote(store: Store) -> bool:
    """A store over HTTP (``kb.store.remote.SparqlStore``) rather than an embedded pyoxigraph store."""
    return bool(store.capabilities.remote)
