"""The stream benchmark: ``kb conflicts --format json`` (every conflict with every claim it rests on) on built stores.

    python bench/stream.py --store DIR [--store DIR2 ...] [--out FILE]
    python bench/stream.py --articles 10000 --days 45 --corpus dense --keep DIR [--seed 7]   # build DIR, then time

Each store is timed with the real command in its own process (``python -m kb.cli conflicts --store DIR --format
json``), its output read through a pipe and counted, not kept: wall seconds, CPU seconds and peak resident memory of
that process (``os.wait4``), bytes printed, and from the store afterwards (untimed) how many conflicts and memberships
there are and the largest conflict's claim count, which says the shape of the corpus. A build (``--keep``) is
``bench/run.py``'s build phase in its own process; ``--corpus dense --days 45`` makes the corpus where every article
contradicts earlier ones (few, large dispute episodes, ``bench/generate.py``); without it dates spread at 100 articles
a day. The table goes to stdout (and ``--out``); the load average beside it says how busy the machine was (2 cores
shared: wall time is noisy, CPU time less so).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import Plan

TARGET_SECONDS = 30.0
"""Issue 14: every conflict with its claims at 40k claims in under 30 s, whatever the size of an episode."""


def build(folder: Path, articles: int, seed: int, days: int | None, corpus: str = "newsroom") -> dict[str, Any]:
    """Build a store in ``folder`` with bench/run.py's build phase (in its own process)."""
    from bench.run import run_phase

    if (folder / "oxigraph").exists():
        sys.exit(f"bench: {folder} already holds a store: time it with --store {folder}")
    with tempfile.TemporaryDirectory(prefix="kb-stream-") as work:
        plan = Plan(articles=articles, seed=seed, gate_sample=1000, extract_sample=0, budget=0.0, repeat=0,
                    rdflib_timeout=0.0, kb=str(folder), work=work, built=True, days=days,
                    corpus=corpus)
        return run_phase("build", plan.save())


def time_stream(folder: Path) -> dict[str, Any]:
    """Run ``kb conflicts --format json`` on ``folder``: wall, CPU, peak RSS and bytes of its output."""
    command = [sys.executable, "-m", "kb.cli", "conflicts", "--store", str(folder), "--format", "json"]
    load = os.getloadavg()[0]
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    size, last = 0, b""
    while chunk := proc.stdout.read(1 << 20):
        size += len(chunk)
        last = chunk[-2:]
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or last != b"]\n":
        return {"error": f"exit {proc.returncode}"}
    return {"wall_seconds": wall, "cpu_seconds": usage.ru_utime + usage.ru_stime,
            "peak_rss_mb": usage.ru_maxrss / 1024, "mb": size / 2**20, "load_before": load,
            "load_after": os.getloadavg()[0]}


def shape(folder: Path) -> dict[str, int]:
    """Claims, conflicts, memberships and the largest conflict's claims, read from the store's quads."""
    import pyoxigraph as ox
    from rdflib import RDF

    from kb.store import open_store
    from kb.store.oxigraph import OxigraphStore
    from kb.vocab import CKB, CONFLICTS_GRAPH

    store = open_store(str(folder), read_only=True)
    assert isinstance(store, OxigraphStore)
    db, graph = store.ox, ox.NamedNode(str(CONFLICTS_GRAPH))
    conflicts = {q.subject for q in db.quads_for_pattern(None, ox.NamedNode(str(RDF.type)),
                                                         ox.NamedNode(str(CKB.Conflict)), graph)}
    members: Counter[Any] = Counter(q.subject for q in db.quads_for_pattern(None, ox.NamedNode(str(CKB.member)),
                                                                            None, graph) if q.subject in conflicts)
    claims = sum(1 for _ in db.quads_for_pattern(None, ox.NamedNode(str(CKB.quote)), None, None))
    return {"claims": claims, "conflicts": len(conflicts), "memberships": sum(members.values()),
            "largest": max(members.values(), default=0)}


def rows(t: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """The stream's row of ``bench/run.py``'s table."""
    label = ("kb conflicts --format json (every conflict with every claim, own process): wall / CPU s, peak RSS MB, "
             "output MB")
    if "wall_seconds" not in t or "error" in t:
        return [(label, t.get("error", "not run"), "", "")]
    cell = f"{t['wall_seconds']:.1f} / {t['cpu_seconds']:.1f}, {t['peak_rss_mb']:.0f}, {t['mb']:,.0f}"
    return [(label, cell, "", "")]


def render(measured: list[tuple[Path, dict[str, Any], dict[str, int]]]) -> str:
    """One markdown row per store."""
    lines = ["| store | claims | conflicts | memberships | largest conflict (claims) | output, MB | wall, s | "
             "CPU, s | peak RSS, MB | load avg (before / after) |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for folder, t, s in measured:
        lines.append(f"| {folder.name} | {s['claims']:,} | {s['conflicts']:,} | {s['memberships']:,} | "
                     f"{s['largest']:,} | {t['mb']:,.0f} | {t['wall_seconds']:.1f} | {t['cpu_seconds']:.1f} | "
                     f"{t['peak_rss_mb']:.0f} | {t['load_before']:.2f} / {t['load_after']:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--store", type=Path, action="append", default=[], help="a built store to time (repeatable)")
    ap.add_argument("--keep", type=Path, help="build a store in DIR first (needs --articles), then time it")
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--days", type=int, default=None, help="corpus dates over this many days (45: large episodes)")
    ap.add_argument("--corpus", choices=("newsroom", "dense"), default="newsroom",
                    help="the corpus to build (bench/generate.py; dense with --days 45: the largest episodes)")
    ap.add_argument("--out", type=Path, help="also write the table to FILE")
    args = ap.parse_args(argv)
    folders = list(args.store)
    if args.keep:
        built = build(args.keep, args.articles, args.seed, args.days, args.corpus)
        if "error" in built:
            raise SystemExit(f"bench: building {args.keep} failed")
        print(f"[bench] built {args.keep} in {built['wall_seconds']:.0f} s", file=sys.stderr)
        folders.append(args.keep)
    if not folders:
        ap.error("give --store DIR or --keep DIR")
    measured = []
    for folder in folders:
        print(f"[bench] kb conflicts --format json on {folder}", file=sys.stderr, flush=True)
        timed = time_stream(folder)
        if "error" in timed:
            raise SystemExit(f"bench: kb conflicts on {folder} failed ({timed['error']})")
        measured.append((folder, timed, shape(folder)))
    table = render(measured)
    print(table)
    if args.out:
        ran = " ".join(sys.argv[1:] if argv is None else argv)
        when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        args.out.write_text(f"`python bench/stream.py {ran}`, {when}, on {os.cpu_count()} cores "
                            f"(load averages beside each row).\n\n{table}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
