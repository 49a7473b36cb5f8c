"""The naive stack for comparison: the same N-Quads in rdflib's in-memory ``Dataset(default_union=True)`` and
the same named queries with the same bindings (``bench/run.py --phase rdflib``).

Single terms go in as rdflib's ``initBindings``; rdflib cannot take a list, so a query with a list-bound
variable runs the text with a VALUES block (``kb.store.values_block.bind``), as the Oxigraph side does.
rdflib cannot stop a query, and at 10k articles some take many minutes: each query runs in a forked child
(it shares the loaded Dataset copy-on-write) that is killed when one run passes ``plan.rdflib_timeout``.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import time
from multiprocessing.connection import Connection
from typing import Any

from rdflib import Dataset

from bench.common import Plan, from_json, measure, peak_rss_mb, percentiles
from kb import sparql
from kb.store.values_block import bind


def rdflib_phase(plan: Plan, named: list[dict[str, Any]]) -> dict[str, Any]:
    """Load the dump, then time every named query the Oxigraph side ran (``named``: its results)."""
    from bench.phases import log

    t = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(str(plan.dump), format="nquads")
    load_s = time.perf_counter() - t
    loaded_mb = peak_rss_mb()
    log(f"rdflib: loaded the dump in {load_s:.1f} s, {loaded_mb:.0f} MB")
    # Ready the children: the query machinery set up once here, and the loaded objects moved out of the
    # collector's sight, or each child's garbage collections touch (and so copy) every page of the Dataset:
    # measured at 1k articles, that added 0.6 s to each child's first query.
    list(ds.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1"))
    gc.freeze()
    out = []
    for done in named:
        if "skipped" in done:
            continue
        text, init = _query(done)
        result = _timed_in_child(ds, text, init, plan)
        out.append({"name": done["name"], **result})
        shown = f"> {plan.rdflib_timeout:.0f} s" if result.get("timeout") else f"{result.get('p50', 0):.0f} ms"
        log(f"rdflib: {done['name']} {shown}")
    return {"load_seconds": load_s, "loaded_rss_mb": loaded_mb, "queries": out}


def _query(done: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
    """(text, initBindings) for rdflib: list bindings written into the text, single terms as initBindings."""
    text = sparql.get(done["name"]).text
    bindings = from_json(done["bindings"])
    if any(isinstance(v, list) for v in bindings.values()):
        return bind(text, bindings), None  # type: ignore[arg-type]
    return text, bindings or None


def _timed_in_child(ds: Dataset, text: str, init: dict[str, Any] | None, plan: Plan) -> dict[str, Any]:
    """Run the query in a forked child within the budget; kill it when one run takes over the timeout."""
    ctx = mp.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(send, ds, text, init, plan.budget, plan.repeat), daemon=True)
    child.start()
    send.close()
    runs: list[float] = []
    samples: list[float] | None = None
    rows, error, timeout = None, None, False
    while samples is None and error is None:
        if not receive.poll(plan.rdflib_timeout):
            timeout = True
            break
        try:
            kind, value, *rest = receive.recv()
        except EOFError:
            error = "the worker died"
            break
        if kind == "run":
            runs.append(value)
            rows = rest[0]
        elif kind == "done":
            samples = value
        else:
            error = value
    if child.is_alive():
        child.kill()
    child.join()
    times = samples if samples is not None else runs[1:] or runs
    out: dict[str, Any] = {"rows": rows, "timeout": timeout and not times, "error": error}
    return {**out, **percentiles(times)} if times else out


def _child(send: Connection, ds: Dataset, text: str, init: dict[str, Any] | None, budget: float, repeat: int) -> None:
    """In the forked child: ("run", seconds, rows) after each run (the parent's clock for the timeout), then
    ("done", samples) as ``measure`` keeps them, or ("error", text)."""

    def run() -> None:
        t = time.perf_counter()
        rows = len(list(ds.query(text, initBindings=init)))
        send.send(("run", time.perf_counter() - t, rows))

    try:
        send.send(("done", measure(run, budget, repeat)))
    except Exception as exc:
        send.send(("error", f"{type(exc).__name__}: {exc}"[:300]))
