"""Benchmark: the embedded Oxigraph store and the app at scale, side by side with rdflib's in-memory Dataset.

    python bench/run.py --articles 10000 [--seed 7] [--gate-sample 1000] [--extract-sample 2000] [--budget 3]
                        [--rdflib-timeout 10] [--clients 8 --load-seconds 10] [--skip-rdflib]
                        [--keep DIR | --store DIR] [--out bench/results-10000.md]

Prints one markdown table (measure | Oxigraph (embedded) | rdflib Dataset | ratio) after the corpus line:
extraction and ingestion through the SHACL gate (articles/s), building the rest of the store with
``put_graph``, conflict refresh, flush and optimize, store size on disk, loading the store's N-Quads dump
(Oxigraph ``bulk_load`` into a fresh disk store vs ``rdflib.Dataset.parse``), every named query's p50/p95
on both (bound to values from the data; a SELECT's rows read on Oxigraph as the app reads them, as plain Python
values, on rdflib as its result rows; "> T s" when rdflib passes ``--rdflib-timeout``; "[page]" marks the
queries the pages ran, summarised apart from the refresh's and exports' scans), every page through
Flask's test client, ``/sparql`` throughput under concurrent clients on a real server (bench/load.py, on
127.0.0.1 only), ``kb conflicts --format json`` in its own process (bench/stream.py), and each process's peak memory.

Each phase runs in its own process (``--phase NAME``, see bench/phases.py and bench/naive.py) and the corpus
is streamed, so a peak memory figure is that process's own work.  ``--keep DIR`` keeps the built knowledge
base in DIR; ``--store DIR`` reuses one (no build, so no build rows).  Wall-clock figures on this machine: the
corpus line says how much of the machine other work took meanwhile (2 cores: any of it slows the figures).
10k articles take about 6.5 minutes, half of it rdflib's (loading, and queries cut
at the timeout).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import SIMPLE_SELECT, Plan, cpu_seconds, peak_rss_mb, rss_mb
from bench.freshness import rows as freshness_rows
from bench.load import CLAIMS_QUERY, COUNT_QUERY
from bench.stream import rows as stream_rows
from bench.stream import time_stream


def _sparql_get(query: str) -> str:
    return "/sparql?" + urllib.parse.urlencode({"query": query})


SPARQL_MIXES = {
    "a simple SELECT (LIMIT 20)": {"simple": _sparql_get(SIMPLE_SELECT)},
    "bench/load.py's mix (COUNT(*) of the store; 50 claims ORDER BY)": {
        "sparql count": _sparql_get(COUNT_QUERY), "sparql claims": _sparql_get(CLAIMS_QUERY)},
}
"""What the /sparql clients ask, one mix after the other (each for --load-seconds)."""
Row = tuple[str, str, str, str]  # measure, Oxigraph, rdflib, ratio
TARGET_LOAD, TARGET_QUERIES = 10, 20  # the targets: ×10 on loading, ×20 on the app's queries


# ---------------------------------------------------------------- phases, each in its own process
def run_phase(name: str, plan_file: Path) -> dict[str, Any]:
    """Run ``--phase name`` in a fresh Python; its results, or {"error": ...} when it failed."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--phase", name, "--plan", str(plan_file)], check=False)
    result_file = plan_file.parent / f"{name}.json"
    if done.returncode != 0 or not result_file.exists():
        print(f"[bench] phase {name} failed (exit {done.returncode})", file=sys.stderr)
        return {"error": f"exit {done.returncode}"}
    result: dict[str, Any] = json.loads(result_file.read_text(encoding="utf-8"))
    result["wall_seconds"] = time.perf_counter() - started
    return result


def phase_main(name: str, plan_file: Path, port: int | None) -> None:
    """Inside a phase's process: run it and write its results (with peak memory) beside the plan."""
    from bench import naive, phases

    plan = Plan.load(plan_file)
    if name == "serve":
        phases.serve(plan, port or 8000)
        return
    if name == "rdflib":
        named = json.loads((plan_file.parent / "queries.json").read_text(encoding="utf-8"))["queries"]
        result = naive.rdflib_phase(plan, named)
    else:
        from bench.freshness import freshness

        result = {"build": phases.build, "dump": phases.dump, "oxload": phases.oxload, "queries": phases.queries,
                  "pages": phases.pages, "freshness": freshness}[name](plan)
    result["peak_rss_mb"] = peak_rss_mb()
    (plan_file.parent / f"{name}.json").write_text(json.dumps(result, indent=1), encoding="utf-8")


def serve_and_load(plan_file: Path, clients: int, seconds: float) -> dict[str, Any]:
    """Start the app under waitress on a free 127.0.0.1 port, run concurrent /sparql clients against it (bench/load.py)
    with each mix of ``SPARQL_MIXES`` in turn, read the server's peak memory, stop it."""
    from bench import load

    port = _free_port()
    base = load.loopback_only(f"http://127.0.0.1:{port}")
    with open(plan_file.parent / "serve.log", "wb") as server_log:  # waitress's warnings ("Task queue depth")
        server = subprocess.Popen([sys.executable, __file__, "--phase", "serve", "--plan", str(plan_file),
                                   "--port", str(port)], stdout=server_log, stderr=subprocess.STDOUT)
    started = time.perf_counter()
    try:
        _wait_until_up(base + "/query", server, 60)
        out: dict[str, Any] = {"clients": clients, "rss_idle_mb": rss_mb(server.pid), "mixes": {}}
        for name, paths in SPARQL_MIXES.items():
            tally, elapsed = load.measure(base, clients, seconds, paths)
            out["mixes"][name] = {"seconds": elapsed, **load.summary(tally, elapsed), "samples": tally.samples}
        out["peak_rss_mb"] = rss_mb(server.pid, "VmHWM")
        out["log_lines"] = len((plan_file.parent / "serve.log").read_bytes().splitlines())
        out["wall_seconds"] = time.perf_counter() - started
        return out
    except (RuntimeError, TimeoutError) as exc:
        print(f"[bench] server: {exc}", file=sys.stderr)
        return {"error": str(exc)}
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_until_up(url: str, server: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited ({server.returncode})")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"the server did not answer {url} within {seconds:.0f} s")


# ---------------------------------------------------------------- the table
def ms(entry: dict[str, Any] | None) -> str:
    """``p50 / p95 (n)`` in ms."""
    if not entry:
        return ""
    if entry.get("error"):
        return f"error: {entry['error']}"
    if entry.get("timeout"):
        return "timeout"
    if "p50" not in entry:
        return ""
    digits = 1 if entry["p50"] < 100 else 0
    return f"{entry['p50']:.{digits}f} / {entry['p95']:.{digits}f} (n={entry['n']})"


def ratio(slow: float | None, fast: float | None, lower_bound: bool = False) -> str:
    """``slow / fast`` as ``12×`` or ``2.5×`` (``> 12×`` for a lower bound); empty when either is missing."""
    if not slow or not fast or math.isnan(slow) or math.isnan(fast):
        return ""
    value = slow / fast
    return f"{'> ' if lower_bound else ''}{value:.{0 if value >= 10 else 1}f}×"


def build_rows(b: dict[str, Any]) -> list[Row]:
    """Extraction, gated ingestion, the rest with put_graph, refresh, flush, optimize, size."""
    if "seconds" not in b:
        return [("store build", b.get("error", "reused (--store): not measured"), "", "")]
    s, c, r = b["seconds"], b["counts"], b["refresh"]
    gated, put = c.get("gated", 0), c.get("put", 0)
    statuses = ", ".join(f"{c[k]} {k}" for k in ("ingested", "replaced", "unchanged", "quarantined") if c.get(k))
    extracted = c.get("extracted", 0)
    rows = [(f"extraction, articles/s (one core, first {extracted})",
             f"{extracted / s['extract']:.0f}" if extracted else "—", "", ""),
            ("claims extracted / generated (those articles)",
             f"{c.get('extracted claims', 0)} / {c.get('their generated claims', 0)}", "", "")]
    if gated:
        rows.append((f"ingestion incl. SHACL gate, articles/s (first {gated}, on disk)",
                     f"{gated / s['gate']:.1f} ({statuses})", "", ""))
    if put:
        rows.append((f"rest of the store: article_graph + put_graph, articles/s ({put})",
                     f"{put / (s['graphs'] + s['put']):.0f} (graphs {s['graphs']:.1f} s, writes {s['put']:.1f} s)",
                     "", ""))
    t = r["seconds"]
    rows += [
        ("conflict refresh, s: claims loaded / detected and written measure by measure / the rest (total)",
         f"{t['load']:.1f} / {t['detect and write']:.1f} / {t['write the rest']:.1f} ({s['refresh']:.1f})", "", ""),
        ("conflicts / findings triples / comparisons",
         f"{sum(r['conflicts'].values())} / {r['triples']} / {r['comparisons']}", "", ""),
        ("flush after loading, flush after refresh, optimize, s",
         f"{s.get('flush after loading', 0):.1f}, {s['flush']:.1f}, {s['optimize']:.1f}", "", ""),
        ("store size on disk, MB (before / after optimize)", f"{b['size_before_mb']:.0f} / {b['size_after_mb']:.0f}",
         "(in memory)", ""),
    ]
    return rows


def load_rows(dump: dict[str, Any], oxl: dict[str, Any], rd: dict[str, Any] | None) -> list[Row]:
    """The dump, and loading it: Oxigraph bulk_load into a fresh disk store (and into memory) vs rdflib's parse."""
    if "quads" not in dump:
        return [("N-Quads dump", dump.get("error", "failed"), "", "")]
    quads = dump["quads"]
    rows = [("N-Quads dump of the store: quads, MB, s",
             f"{quads:,} quads, {dump['mb']:.0f} MB, {dump['seconds']:.1f} s", "", "")]
    rd_s = rd.get("load_seconds") if rd else None
    rd_cell = f"{rd_s:.1f} s ({quads / rd_s / 1000:.0f}k quads/s)" if rd_s else (
        rd.get("error", "") if rd else "skipped")
    for label, key, extra in (("bulk_load into a fresh disk store", "seconds", f", {oxl.get('mb', 0):.0f} MB"),
                              ("bulk_load into memory", "memory_seconds", "")):
        ox_s = oxl.get(key)
        cell = f"{ox_s:.1f} s ({quads / ox_s / 1000:.0f}k quads/s){extra}" if ox_s else oxl.get("error", "")
        rows.append((f"loading the dump: {label} vs rdflib Dataset.parse (target ≥ {TARGET_LOAD}×)",
                     cell, rd_cell, ratio(rd_s, ox_s)))
    return rows


def query_rows(q: dict[str, Any], rd: dict[str, Any] | None, timeout: float, on_pages: set[str]
               ) -> tuple[list[Row], dict[str, tuple[float, bool]]]:
    """One row per named query (marked "page" when a page ran it bound as measured here: ``on_pages`` holds
    "name ?var ?var" for each query and variables the pages bound), and the rdflib / Oxigraph ratios by query
    (with True where it is a lower bound: rdflib timed out; none when Oxigraph itself took longer than the
    timeout, so the ratio is unknown)."""
    theirs = {x["name"]: x for x in (rd or {}).get("queries", [])}
    rows, ratios = [], {}
    for mine in q.get("queries", []):
        label = (f"query `{mine['name']}`" + (f" ({mine['label']})" if mine.get("label") else "")
                 + (" [page]" if _as_run(mine) in on_pages else ""))
        if "skipped" in mine:
            rows.append((label, mine["skipped"], "", ""))
            continue
        other = theirs.get(mine["name"])
        cell, factor = "skipped" if rd is None else "", ""
        if other is not None:
            if other.get("timeout"):
                cell = f"> {timeout:.0f} s"
                if mine["p50"] < timeout * 1000:
                    factor = ratio(timeout * 1000, mine["p50"], lower_bound=True)
                    ratios[mine["name"]] = (timeout * 1000 / mine["p50"], True)
            elif "p50" in other:
                cell, factor = ms(other), ratio(other["p50"], mine["p50"])
                ratios[mine["name"]] = (other["p50"] / mine["p50"], False)
                if other.get("rows") != mine.get("rows"):
                    cell += f" ⚠ rows {other.get('rows')} vs {mine.get('rows')}"
            else:
                cell = f"error: {other.get('error')}"
        rows.append((label + " p50 / p95 ms", f"{ms(mine)}, {mine['rows']} rows", cell, factor))
    return rows, ratios


def _as_run(query: dict[str, Any]) -> str:
    """A measured query as "name ?var ?var" (the variables bound, sorted), to match what the pages ran."""
    return " ".join([query["name"], *(f"?{v}" for v in sorted(query.get("bindings") or {}))])


def ratio_summary(ratios: list[tuple[float, bool]], which: str) -> Row:
    """The geometric mean of some named queries' ratios, and how many reach the target."""
    geo = math.exp(sum(math.log(x) for x, _ in ratios) / len(ratios))
    hit = sum(x >= TARGET_QUERIES for x, _ in ratios)
    bounds = sum(lower for _, lower in ratios)
    return (f"{which}: geometric mean of rdflib / Oxigraph p50 (target ≥ {TARGET_QUERIES}×)", "",
            f"{hit} of {len(ratios)} queries ≥ {TARGET_QUERIES}×" + (f" ({bounds} lower bounds)" if bounds else ""),
            f"{'≥ ' if bounds else ''}{geo:.0f}×")


def page_rows(p: dict[str, Any]) -> list[Row]:
    """One row per page, flagging any answer that was not 200."""
    rows = []
    for page in p.get("pages", []):
        cell = page.get("skipped") or ms(page)
        if page.get("cpu_p50") is not None and not page.get("skipped"):
            cell += f"; CPU p50 {page['cpu_p50']:.0f} ms"
        bad = {k: v for k, v in page.get("statuses", {}).items()  # a 303 is what /id/ answers; a request cut short
               if not k.isdigit() or int(k) >= 400}                # by the page's deadline is named by its error
        if bad:
            cell += f" ⚠ HTTP {bad}"
        label = f"page {page['page']}" + (", each a different one" if page.get("distinct") else "")
        rows.append((label + " p50 / p95 ms", cell, "", ""))
    return rows


def serve_rows(s: dict[str, Any]) -> list[Row]:
    """/sparql throughput under concurrent clients, one row per mix."""
    if "mixes" not in s:
        return [("/sparql throughput", s.get("error", "failed"), "", "")]
    rows = []
    for name, m in s["mixes"].items():
        cell = f"{m['rps']:.1f} req/s; {m['p50_ms']:.0f} / {m['p99_ms']:.0f} ms; {m['errors']} errors"
        if m["limited"]:
            cell += f", {m['limited']} × 429"
        if m["samples"]:
            cell += f" (first: {m['samples'][0]})"
        rows.append((f"/sparql throughput, {s['clients']} clients × {m['seconds']:.0f} s, {name}: "
                     "req/s; p50 / p99 ms; errors", cell, "", ""))
    return rows


def memory_rows(r: dict[str, dict[str, Any]]) -> list[Row]:
    """Peak resident memory of each process."""
    def mb(key: str) -> str:
        value = r.get(key, {}).get("peak_rss_mb")
        return f"{value:.0f}" if isinstance(value, int | float) and not math.isnan(value) else "—"

    build = r.get("build", {})
    rows = []
    if "peak_rss_loaded_mb" in build:
        rows.append(("peak RSS, MB: build process (after loading; end, with refresh)",
                     f"{build['peak_rss_loaded_mb']:.0f}; {mb('build')}", "", ""))
    rows += [
        ("peak RSS, MB: loading the dump (bulk_load to disk vs Dataset.parse)",
         f"{r['oxload']['peak_rss_disk_mb']:.0f}" if "peak_rss_disk_mb" in r.get("oxload", {}) else "—",
         f"{r['rdflib']['loaded_rss_mb']:.0f}" if "loaded_rss_mb" in r.get("rdflib", {}) else "—", ""),
        ("peak RSS, MB: named queries (store open; rdflib: loaded Dataset)", mb("queries"), mb("rdflib"), ""),
        ("peak RSS, MB: web app serving pages (test client; at start)",
         f"{mb('pages')} ({r.get('pages', {}).get('rss_start_mb', math.nan):.0f})", "", ""),
        ("peak RSS, MB: waitress server under /sparql load (idle)",
         f"{mb('serve')} ({r.get('serve', {}).get('rss_idle_mb', math.nan):.0f})", "", ""),
    ]
    return rows


def render(r: dict[str, dict[str, Any]], plan: Plan, wall: float, others: float) -> str:
    """The corpus line and the markdown table."""
    stats = r.get("queries", {}).get("stats", {})
    dump = r.get("dump", {})
    corpus = (f"Corpus: {stats.get('articles', '?')} articles, {stats.get('claims', '?')} claims, "
              f"{stats.get('actors', '?')} actors, {stats.get('conflicts', '?')} conflicts; "
              f"{dump.get('quads', 0):,} quads in {dump.get('graphs', '?')} named graphs "
              f"(seed {plan.seed}, {plan.corpus} corpus{f', dates over {plan.days} days' if plan.days else ''}"
              f"{'' if plan.built else ', reused store'}). Wall time {wall:.0f} s; other work "
              f"(other processes, hypervisor steal) took {others:.2f} of {os.cpu_count()} cores on average meanwhile.")
    rd = r.get("rdflib")
    rows = build_rows(r.get("build", {}))
    rows += load_rows(dump, r.get("oxload", {}), rd)
    on_pages = {" ".join([name, *(f"?{v}" for v in bound)]) for name, bound in
                r.get("pages", {}).get("queries_run", [])}
    measured = {q["name"]: _as_run(q) for q in r.get("queries", {}).get("queries", [])}
    named, ratios = query_rows(r.get("queries", {}), rd, plan.rdflib_timeout, on_pages)
    rows += named
    paged = [x for name, x in ratios.items() if measured.get(name) in on_pages]
    if paged:
        rows.append(ratio_summary(paged, "the named queries the pages ran [page]"))
    if ratios:
        rows.append(ratio_summary(list(ratios.values()), "all named queries"))
    rows += page_rows(r.get("pages", {}))
    rows += serve_rows(r.get("serve", {}))
    rows += freshness_rows(r.get("freshness", {}))
    rows += stream_rows(r.get("stream", {}))
    rows += memory_rows(r)
    lines = [corpus, "", "| measure | Oxigraph (embedded) | rdflib Dataset | ratio |", "|---|---|---|---|"]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    phases = ", ".join(f"{name} {v['wall_seconds']:.0f} s" for name, v in r.items() if "wall_seconds" in v)
    return "\n".join([*lines, "", f"Phases (wall time, each in its own process): {phases}."])


# ---------------------------------------------------------------- main
def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000, help="synthetic articles to build (default 1000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--days", type=int, default=None,
                    help="corpus dates over this many days (45: few, large dispute episodes; see bench/generate.py)")
    ap.add_argument("--corpus", choices=("newsroom", "dense"), default="newsroom",
                    help="newsroom: the real articles' mix of claims, several wars; dense: every claim a casualty "
                         "figure that others dispute, the conflicts' worst case (see bench/generate.py)")
    ap.add_argument("--gate-sample", type=int, default=1000,
                    help="articles ingested through KnowledgeBase.ingest_claims and the SHACL gate; the rest go in "
                         "with put_graph (default 1000)")
    ap.add_argument("--extract-sample", type=int, default=2000,
                    help="articles whose claims are also extracted, to time extraction (default 2000)")
    ap.add_argument("--budget", type=float, default=3.0,
                    help="seconds at most per measured query or page: slow ones get fewer repeats (default 3)")
    ap.add_argument("--repeat", type=int, default=20, help="samples at most per query or page (default 20)")
    ap.add_argument("--rdflib-timeout", type=float, default=10.0,
                    help="seconds before one rdflib query run is killed and reported as '> T s' (default 20)")
    ap.add_argument("--clients", type=int, default=8, help="concurrent /sparql clients (default 8)")
    ap.add_argument("--load-seconds", type=float, default=10.0, help="how long the /sparql load runs (default 10)")
    ap.add_argument("--skip-rdflib", action="store_true", help="Oxigraph only")
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--keep", type=Path, help="build the knowledge base in DIR and keep it")
    where.add_argument("--store", type=Path, help="reuse the knowledge base in DIR (built with --keep): no build")
    ap.add_argument("--out", type=Path, help="also write the table to FILE (e.g. bench/results-10000.md)")
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("--plan", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--port", type=int, help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def knowledge_base_folder(args: argparse.Namespace, work: Path) -> Path:
    """Where the store is: --store (must hold one), --keep (must not yet), else in the scratch folder."""
    if args.store:
        if not (args.store / "oxigraph").is_dir():
            sys.exit(f"bench: {args.store} holds no store (expected {args.store / 'oxigraph'})")
        return Path(args.store)
    if args.keep:
        if (args.keep / "oxigraph").exists():
            sys.exit(f"bench: {args.keep} already holds a store: reuse it with --store {args.keep}")
        return Path(args.keep)
    return work / "kb"


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.phase:
        phase_main(args.phase, args.plan, args.port)
        return
    started, cpu_before = time.perf_counter(), cpu_seconds()
    work = Path(tempfile.mkdtemp(prefix="kb-bench-"))
    try:
        plan = Plan(articles=args.articles, seed=args.seed, gate_sample=args.gate_sample,
                    extract_sample=args.extract_sample, budget=args.budget,
                    repeat=args.repeat, rdflib_timeout=args.rdflib_timeout,
                    kb=str(knowledge_base_folder(args, work)), work=str(work), built=not args.store,
                    days=args.days, corpus=args.corpus)
        plan_file = plan.save()
        results: dict[str, dict[str, Any]] = {}
        steps = (["build"] if plan.built else []) + ["dump", "oxload", "queries", "pages", "freshness"]
        for name in steps:
            print(f"[bench] phase {name}", file=sys.stderr, flush=True)
            results[name] = run_phase(name, plan_file)
        print(f"[bench] /sparql load: {args.clients} clients × {args.load_seconds:.0f} s", file=sys.stderr)
        results["serve"] = serve_and_load(plan_file, args.clients, args.load_seconds)
        print("[bench] kb conflicts --format json (every conflict with its claims)", file=sys.stderr, flush=True)
        results["stream"] = time_stream(Path(plan.kb))
        if not args.skip_rdflib and "queries" in results.get("queries", {}):
            print("[bench] phase rdflib", file=sys.stderr, flush=True)
            results["rdflib"] = run_phase("rdflib", plan_file)
        wall, cpu_after = time.perf_counter() - started, cpu_seconds()
        others = max(0.0, (cpu_after[0] - cpu_before[0]) - (cpu_after[1] - cpu_before[1])) / wall
        if args.out:  # the raw figures first: a table that fails to render must not lose an hour's run
            args.out.with_suffix(".json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
        table = render(results, plan, wall, others)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\n" + table)
    if args.out:
        args.out.write_text(table + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
