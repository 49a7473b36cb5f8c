"""One batch's first reading, run inside the worktree of its annotation commit (``first_readings.py``).

    cd <worktree> && PYTHONPATH=<worktree> python first_reading_runner.py BATCH OUT [--texts DIR]

Uses only what every extractor since batch 3 has: ``tests/realworld/build.py --batch``, ``kb.eval.evaluate``
with its ``outcomes`` and ``false_claims``. Writes ``OUT/b<BATCH>.jsonl`` and prints
``batch N: claims C, matched M, right R, gold G``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path


def main() -> int:
    batch, out = sys.argv[1], Path(sys.argv[2])
    texts = sys.argv[sys.argv.index("--texts") + 1] if "--texts" in sys.argv else None
    here = Path.cwd()
    folder = out / f"b{batch}"
    shutil.rmtree(folder, ignore_errors=True)
    command = [sys.executable, "tests/realworld/build.py", "--split", "dev", "--batch", batch, "--out", str(folder)]
    done = subprocess.run(command + (["--texts", texts] if texts else []), capture_output=True, text=True)
    if not (folder / "gold.jsonl").is_file() or not list(folder.glob("*.txt")):  # one text hashed otherwise: left out
        print(f"build.py failed: {done.stdout.strip()[-300:]}", file=sys.stderr)
        return 1
    sys.path.insert(0, str(here))
    from kb.actors import Gazetteer
    from kb.eval import evaluate
    from kb.pipeline.batch import expand_inputs, load_input

    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    articles = {item.name: load_input(item, {}, None)[0] for item in expand_inputs([str(folder)])}
    report = evaluate(gold, articles, Gazetteer.load())
    unmatched = Counter((d.get("type"), d.get("quote"), d.get("rule")) for d in report.false_claims)
    with open(out / f"b{batch}.jsonl", "w", encoding="utf-8") as lines:
        for claim, right in report.outcomes:
            key = (claim.type, claim.quote, claim.rule)
            matched = unmatched[key] == 0
            unmatched[key] -= not matched
            lines.write(json.dumps({"batch": int(batch), "type": claim.type, "rule": claim.rule,
                                    "speaker": claim.speaker, "known": bool(claim.speaker_iri),
                                    "matched": matched, "right": bool(right), "quote": claim.quote},
                                   ensure_ascii=False) + "\n")
    rights = sum(right for _, right in report.outcomes)
    print(f"batch {batch}: claims {len(report.outcomes)}, matched {report.overall.matched}, right {rights}, "
          f"gold {len(gold)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
