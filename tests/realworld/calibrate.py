"""Calibrate claim confidence on unseen text (the dev batches' first readings); check it on the held-outs.

    .venv/bin/python tests/realworld/first_readings.py       # once: the outcomes it fits on
    .venv/bin/python tests/realworld/calibrate.py            # write kb/extract/confidence.json, print tables
    .venv/bin/python tests/realworld/calibrate.py --check    # only print, write nothing
    .venv/bin/python tests/realworld/calibrate.py --dev      # fit on the current rules' dev claims instead

Counts, per bucket of ``kb.extract.confidence`` (type | evidence | speaker kind), how many claims were made
and how many were right (matched a gold claim, right speaker).  By default the claims are those each dev
batch's extractor made when it first read the batch, unseen (``first_readings.py``): the current rules were
tuned on the dev split, so their precision there is
higher than on text nobody studied (session 21's held-out check: claims given 0.8-1.0 were right 66% of the
time).  The held-outs are only measured: claims binned by their confidence, with the share that was right in
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
from kb.pipeline.record import Claim  # noqa: E402


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


FIRST = Path(__file__).with_name("build") / "first"


def first_outcomes() -> list[tuple[Claim, bool]]:
    """The first readings' claims (``first_readings.py``): what each was made from and whether it was right."""
    files = sorted(FIRST.glob("b*.jsonl"))
    if not files:
        raise SystemExit("calibrate: no first readings; run tests/realworld/first_readings.py first")
    outcomes = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            claim = Claim(article="", type=row["type"], speaker=row["speaker"], quote="", start=0, end=0,
                          rule=row["rule"], speaker_iri="known" if row["known"] else None)
            outcomes.append((claim, bool(row["right"])))
    return outcomes


def counts(outcomes: list[tuple[Claim, bool]]) -> dict[str, tuple[int, int]]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for claim, ok in outcomes:
        for key in confidence.buckets(claim):
            total[key] += 1
            right[key] += ok
    return {key: (right[key], total[key]) for key in sorted(total)}


def reliability(outcomes: list[tuple[Claim, bool]], table: dict[str, tuple[int, int]]
                ) -> list[tuple[str, int, float, float]]:
    """(confidence bin, claims, mean confidence, share right) of ``outcomes``."""
    bins: dict[str, list[tuple[float, bool]]] = {}
    for claim, ok in outcomes:
        value = confidence.estimate(claim, table)
        low = min(int(value * 5), 4) / 5
        bins.setdefault(f"{low:.1f}–{low + 0.2:.1f}", []).append((value, ok))
    return [(name, len(items), sum(v for v, _ in items) / len(items), sum(ok for _, ok in items) / len(items))
            for name, items in sorted(bins.items())]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print the tables, write nothing")
    parser.add_argument("--dev", action="store_true", help="fit on the current rules' claims on the dev split")
    args = parser.parse_args()
    table = counts(report_for("dev").outcomes if args.dev else first_outcomes())
    source = "tests/realworld dev split" if args.dev else "tests/realworld dev batches' first readings"
    if not args.check:
        confidence.TABLE.write_text(json.dumps({"source": source, "prior_weight":
                                                confidence.PRIOR_WEIGHT, "buckets": table}, indent=1) + "\n",
                                    encoding="utf-8")
    print("| bucket (type, evidence) | claims | right | precision |\n|---|---|---|---|")
    for key, (right, total) in table.items():
        if key.count("|") == 1:
            print(f"| {key.replace('|', ', ')} | {total} | {right} | {right / total:.2f} |")
    held = [one for split in ("heldout", "heldout2", "heldout3") for one in report_for(split).outcomes]
    print("\n| held-outs: confidence | claims | mean confidence | share right |\n|---|---|---|---|")
    rows = reliability(held, table)
    for name, n, mean, share in rows:
        print(f"| {name} | {n} | {mean:.2f} | {share:.2f} |")
    gap = sum(n * abs(mean - share) for _, n, mean, share in rows) / max(1, sum(n for _, n, _, _ in rows))
    print(f"\nheld-outs' calibration error (mean |confidence - share right| over the bins, by claims): {gap:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
