"""Calibrate claim confidence on the real-article development split; check it on the held-out split.

    .venv/bin/python tests/realworld/calibrate.py            # write kb/extract/confidence.json, print tables
    .venv/bin/python tests/realworld/calibrate.py --check    # only print, write nothing

Counts, per bucket of ``kb.extract.confidence`` (type | evidence | speaker kind), how many claims the
extractor made on the dev split and how many were right (matched a gold claim, right speaker).  The
held-out split is only measured: claims binned by their confidence, with the share that was right in
each bin (a calibrated confidence has the two close).  Needs the texts (``build.py`` explains).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kb.actors import Gazetteer  # noqa: E402
from kb.eval import EvalReport, evaluate  # noqa: E402
from kb.extract import confidence  # noqa: E402
from kb.pipeline.batch import expand_inputs, load_input  # noqa: E402


def report_for(split: str) -> EvalReport:
    """Rebuild ``split`` with build.py and evaluate the extractor on it."""
    out = ROOT / "tests" / "realworld" / "build" / split
    done = subprocess.run([sys.executable, str(Path(__file__).with_name("build.py")), "--split", split],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"calibrate: build.py --split {split} failed: {done.stdout.strip()} {done.stderr.strip()}")
    gold = [json.loads(line) for line in (out / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    articles = {item.name: load_input(item, {}, None)[0] for item in expand_inputs([str(out)])}
    return evaluate(gold, articles, Gazetteer.load())


def counts(report: EvalReport) -> dict[str, tuple[int, int]]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for claim, ok in report.outcomes:
        for key in confidence.buckets(claim):
            total[key] += 1
            right[key] += ok
    return {key: (right[key], total[key]) for key in sorted(total)}


def reliability(report: EvalReport, table: dict[str, tuple[int, int]]) -> list[tuple[str, int, float, float]]:
    """(confidence bin, claims, mean confidence, share right) on ``report``'s claims."""
    bins: dict[str, list[tuple[float, bool]]] = {}
    for claim, ok in report.outcomes:
        value = confidence.estimate(claim, table)
        low = min(int(value * 5), 4) / 5
        bins.setdefault(f"{low:.1f}–{low + 0.2:.1f}", []).append((value, ok))
    return [(name, len(items), sum(v for v, _ in items) / len(items), sum(ok for _, ok in items) / len(items))
            for name, items in sorted(bins.items())]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print the tables, write nothing")
    args = parser.parse_args()
    table = counts(report_for("dev"))
    if not args.check:
        confidence.TABLE.write_text(json.dumps({"source": "tests/realworld dev split", "prior_weight":
                                                confidence.PRIOR_WEIGHT, "buckets": table}, indent=1) + "\n",
                                    encoding="utf-8")
    print("| bucket (type, evidence) | claims | right | precision |\n|---|---|---|---|")
    for key, (right, total) in table.items():
        if key.count("|") == 1:
            print(f"| {key.replace('|', ', ')} | {total} | {right} | {right / total:.2f} |")
    print("\n| held-out: confidence | claims | mean confidence | share right |\n|---|---|---|---|")
    for name, n, mean, share in reliability(report_for("heldout"), table):
        print(f"| {name} | {n} | {mean:.2f} | {share:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
