"""What runs in a query worker, the forked process ``kb.sparql.sandbox`` (or the zygote) starts for one query.

Kept apart from the sandbox, which is the parent's side (limits, forking, time, reading the report): everything here
runs only in the child, after the fork, with the network walled off and the memory capped, and ends with
``os._exit``.  The zygote (``kb.sparql.zygote``) runs ``child`` / ``check_child`` by name from this module.
"""

from __future__ import annotations

import faulthandler
import os
import resource
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kb.errors import QueryError, QueryRefused
from kb.sparql.nonet import NetworkWallError, forbid_network
from kb.sparql.results import OX_RESULTS, RDF_FORMATS, take, write_solutions
from kb.sparql.safety import analyse, check_graphs, in_written_order
from kb.store import Store

if TYPE_CHECKING:
    from kb.sparql.sandbox import Dataset, Formats, Limits

KINDS = {"SELECT": "solutions", "ASK": "boolean", "CONSTRUCT": "graph", "DESCRIBE": "graph"}


class NotAcceptable(QueryError):
    """The client accepts no format this query's results come in (``kind``: "solutions" or "graph")."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"no acceptable format for this query's {kind}")
        self.kind = kind


def _guarded(conn: Connection, work: Callable[[], tuple]) -> None:  # type: ignore[type-arg]
    """Worker body around ``work``: quiet, no network, capped memory; report what happened; exit."""
    try:
        _quiet()
        forbid_network()
        conn.send(work())
    except NetworkWallError as exc:
        conn.send(("nowall", str(exc)))
    except QueryRefused as exc:
        conn.send(("refused", str(exc)))
    except NotAcceptable as exc:
        conn.send(("unacceptable", exc.kind))
    except QueryError as exc:
        conn.send(("invalid", str(exc)))
    except SyntaxError as exc:
        conn.send(("invalid", f"invalid SPARQL: {exc}"))
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
        conn.send(("error", f"query failed: {exc}"))
    except MemoryError:
        conn.send(("budget", "the query needed more than its memory budget (KB_SPARQL_MAX_MEMORY_MB)"))
    except Exception as exc:  # whatever else broke: the parent reports it as a failed query, never hangs
        conn.send(("error", f"query failed: {type(exc).__name__}: {exc}"))
    finally:
        conn.close()
        os._exit(0)  # skip atexit handlers inherited from the server


def check_child(conn: Connection, query: str) -> None:
    """Worker: only decide what the query does (for a remote store, which evaluates it itself)."""
    def work() -> tuple:  # type: ignore[type-arg]
        _cap_memory(512)
        checked = analyse(query)
        return ("checked", checked.form, checked.from_graphs, checked.from_named)

    _guarded(conn, work)


def child(conn: Connection, store: Store | str, query: str, formats: Formats, limits: Limits,
           dataset: Dataset) -> None:
    """Worker: check the query, open the store, answer."""
    def work() -> tuple:  # type: ignore[type-arg]
        _cap_memory(limits.max_memory_mb)
        checked = analyse(query)
        fmt = formats.for_kind(KINDS[checked.form])
        union = not (checked.from_graphs or checked.from_named or dataset.default or dataset.named)
        oxstore = _open(store)
        check_graphs(checked, lambda iri: _holds(oxstore, iri), default_graphs=dataset.default,
                     named_graphs=dataset.named)
        answer = _answer(oxstore, query, fmt, limits.max_rows, dataset, union, checked.written)
        if len(answer[2]) > limits.max_result_bytes:  # never sent to the server process: it would hold it
            raise QueryError(f"the answer is larger than {limits.max_result_bytes} bytes "
                             "(KB_SPARQL_MAX_RESULT_BYTES); ask for fewer or shorter values")
        return ("ok", *answer)

    _guarded(conn, work)


def _holds(store: ox.Store, iri: str) -> bool:
    try:
        return store.contains_named_graph(ox.NamedNode(iri))
    except ValueError:  # not an IRI: certainly not a stored graph
        return False


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


def _open(store: Store | str, attempts: int = 20) -> ox.Store:
    """A disk store (or its path, from the zygote) is reopened read-only (fresh snapshot); a memory store is the
    inherited copy.

    Opening beside a busy writer fails now and then with RuntimeError ("Corruption: … No such file"):
    a table file went away between reading the manifest and opening it.  The next try sees the new
    manifest, so retry briefly instead of failing the user's query (see ``web.connection``)."""
    if isinstance(store, str):
        path: str | Path | None = store
    else:
        path = store.capabilities.path
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


def _answer(store: ox.Store, query: str, fmt: str, max_rows: int, dataset: Dataset,
            union: bool, written: list[str] | None = None) -> tuple[str, str, bytes, int, bool]:
    """``union``: the default graph is the union of all graphs, only when neither the query (FROM, FROM NAMED:
    its parsed dataset clause) nor the protocol names a dataset; pyoxigraph's union flag would otherwise
    override the query's FROM, and ``FROM <g>`` silently counted every graph (tryout 19). The protocol's
    graphs override the query's, as SPARQL 1.1 Protocol says."""
    kwargs: dict[str, object] = {"use_default_graph_as_union": union}
    if dataset.default:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in dataset.default]
    if dataset.named:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in dataset.named]
    result = store.query(query, **kwargs)  # type: ignore[arg-type]
    if isinstance(result, ox.QueryBoolean):
        return "boolean", fmt, result.serialize(format=OX_RESULTS[fmt]), 1, False  # type: ignore[return-value]
    if isinstance(result, ox.QueryTriples):
        triples = take(result, max_rows)
        body = ox.serialize(triples[:max_rows], format=RDF_FORMATS[fmt])
        return "graph", fmt, body, min(len(triples), max_rows), len(triples) > max_rows  # type: ignore[return-value]
    variables = in_written_order([v.value for v in result.variables], written)  # ``written``: for SELECT *
    rows = [[sol[v] for v in variables] for sol in take(result, max_rows)]
    body = write_solutions(variables, rows[:max_rows], fmt)
    return "solutions", fmt, body, min(len(rows), max_rows), len(rows) > max_rows


__all__ = ["KINDS", "NotAcceptable", "check_child", "child"]
