"""Each dev batch read again by the extractor of its day, before anyone studied it: claims made on unseen text.

Batches 3 and later were annotated blind and committed before the extractor first ran on them, and the code
of that commit is the extractor that first read them. Its claims are the only record of how the rules do on
text they were not written from; the current rules have since been tuned on those same batches, so their
scores there flatter them. ``calibrate.py`` fits claim confidence on these outcomes
(``kb.extract.confidence``).

    .venv/bin/python tests/realworld/first_readings.py   # -> tests/realworld/build/first/b<N>.jsonl

For each batch a detached git worktree of its annotation commit (``FIRST_READINGS``) is made once, outside the
repository (``~/.cache/claimkb/first-readings/``, or ``$XDG_CACHE_HOME``: inside it, test runners and linters
would walk thirteen old copies of the project), and ``first_reading_runner.py`` runs with that worktree's ``kb``
on the batch: one line per claim it made (type, rule, speaker, whether the speaker is a gazetteer actor, matched
a gold claim, right with its speaker). The lines hold quotes, so they stay in the ignored build folder. Needs the texts
(``build.py``) and the repository's history (a clone, not an export). Exit 0, or 1 naming the batch that failed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "build" / "first"
TREES = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "claimkb" / "first-readings"

# batch -> the commit that added its annotations (the extractor of that commit read it first)
FIRST_READINGS = {
    3: "4df0be34afa2b511fb63875510da6e7c101cfafe",
    4: "69c00dbfc3aab339689755009c39720d93a80e53",
    5: "021e32e3787b80526a28c7391dcf5f7d70f5f8bd",
    6: "3421ece6c5748e14a8acf8bfc622cb5e9a5d7c2c",
    7: "001374f2b7d3567399b5d56b8a93720b556359e2",
    8: "3bdf99ae0d3c13ad9442070ff3814b4310702ce6",
    9: "3ae23546709b65773d80b2ee2f09c34e83854945",
    10: "4ce20f39774d0979fee5f0788d0480d274a9c2a8",
    11: "ba81f60ad429ae689e55f455796ebb03d6ba4053",
    12: "64c709c0bb46eb6037650913fefaf469430bca23",
    13: "a3022e2697a04badae2c7d53923d6c2f2334e79f",
    14: "72b4e1a1e80e86cec8da82bdbd2a98d6268a7272",
    15: "7d8f656e87fe13db3ec61d838cd0f17c7f143613",
    16: "8db04c9dc697a3625a36b5e1f7a2b13001940cf1",
    17: "b142d49651e05fadc9ed5ed27e5cb57df1f44b27",
    18: "7baeba3725732176b0c106534a37c06e46956664",
    19: "7edee8ac01637e8bb310b52299308593589c0814",
    20: "57abd88bc57db207b087410cda855279cf0ca676",
    21: "c5d58e580a338a9959682bc9d5e9b8a35e9cf8ff",
    22: "524f59b3538092acad7265f9b304981342d6e0d2",
}


def worktree(batch: int, commit: str) -> Path:
    """The batch's annotation commit checked out (detached) under ``TREES``; made once."""
    path = TREES / f"wt-{batch}"
    if not (path / "kb").is_dir():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-f", "--detach", str(path), commit],
                       check=True, capture_output=True, text=True)
    return path


def read(batch: int, texts: str) -> str:
    """Run the batch's first reading; the runner's one-line summary."""
    tree = worktree(batch, FIRST_READINGS[batch])
    command = [sys.executable, str(HERE / "first_reading_runner.py"), str(batch), str(OUT), "--texts", texts]
    done = subprocess.run(command, cwd=tree, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"batch {batch}: {(done.stderr or done.stdout).strip().splitlines()[-1:]}")
    return done.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, action="append", help="only this batch (repeatable)")
    parser.add_argument("--texts", default=os.environ.get("KB_REALWORLD_TEXTS", str(HERE / "texts")),
                        help="folder of the texts (default: $KB_REALWORLD_TEXTS or tests/realworld/texts)")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    for batch in args.batch or sorted(FIRST_READINGS):
        try:
            print(read(batch, args.texts))
        except (RuntimeError, subprocess.CalledProcessError) as error:
            print(f"first_readings: {error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
