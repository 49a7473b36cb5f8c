"""Benchmark: extraction time against article size on hostile texts, to show it grows linearly.

    python bench/extract_adversarial.py [--sizes 10000,40000,200000,1000000] [--kinds minister,quotes]
                                        [--repeat 1] [--out FILE.md]

Why: the rules once took 1 s on a 10 KB paragraph of "Minister said that " repeated, 9.4 s at 40 KB
and over a minute at 200 KB, while ``kb ingest`` accepts 5 MB and the write API 2 MiB.  Each kind
below is one way a text can defeat a rule engine (no sentence end, a verb every few words, quotes,
figures, capitalised words, a run of tokens no name can end on, gazetteer
names, one huge token, capitals glued into one token, a run of full stops, many claims); each is extracted at
every size in a fresh process (no warm caches from the size before), and the table gives seconds and
microseconds per character: linear growth keeps the last column flat.  ``realistic`` is the
generator's articles (bench/generate.py) joined into one, for comparison with ordinary text.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

UNITS: dict[str, str] = {
    "minister": "Minister said that ",
    "no_stops": "the soldiers of the army went along the road and ",
    "quotes": '"He said" "they" \u201cwe\u201d ',
    "numbers": "12 345 1.000 sekitar 400 lebih dari 550 ratusan 3,5 juta (28/09) ",
    "capitals": "Armenian Azerbaijan Baku Yerevan Minister Defence Ministry Pashinyan Aliyev X- ",
    "name_run": "X- ",
    "known_names": "Baku Yerevan Kremlin AFP ",
    "claims": "Azerbaijan's Defence Ministry said 550 Armenian soldiers were killed on Monday. ",
    "huge_token": "x",
    "glued_caps": "A&",  # capitals glued into one token: a name reader starting at each one ran to its end
    "dots": ".",
}
KINDS = (*UNITS, "realistic")


def adversarial_text(kind: str, size: int) -> str:
    """``size`` characters of the hostile text ``kind`` (one paragraph, except ``realistic``)."""
    if kind == "realistic":
        return _realistic(size)
    unit = UNITS[kind]
    body = (unit * (size // len(unit) + 1))[:size]
    if kind in ("huge_token", "dots"):
        return "Minister said " + body[: max(0, size - 30)] + "x 5 soldiers died."
    return body


def _realistic(size: int) -> str:
    from bench.generate import iter_generated

    parts: list[str] = []
    total = 0
    for item in iter_generated(max(10, size // 300)):
        parts.append(item.article.text)
        total += len(item.article.text) + 2
        if total >= size:
            break
    return "\n\n".join(parts)[:size]


def time_one(kind: str, size: int) -> tuple[float, int]:
    """Seconds to extract one article of ``kind`` and ``size`` (after a warm-up), and its claims."""
    from kb.actors import Gazetteer
    from kb.extract import extract_claims
    from kb.pipeline.article import Article

    gazetteer = Gazetteer.load()
    extract_claims(Article(text="Armenia said 5 soldiers died on Monday.", name="warm-up"), gazetteer)
    text = adversarial_text(kind, size)
    started = time.perf_counter()
    claims = extract_claims(Article(text=text, name=kind, published="2020-10-01"), gazetteer)
    return time.perf_counter() - started, len(claims)


def measure(kind: str, size: int, timeout: float) -> tuple[float | None, int]:
    """``time_one`` in a child process, so memory and caches start clean; None past ``timeout``."""
    code = (f"import sys; sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r});"
            f"from bench.extract_adversarial import time_one; print(*time_one({kind!r}, {size}))")
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout,
                              check=True)
    except subprocess.TimeoutExpired:
        return None, 0
    seconds, claims = done.stdout.split()[-2:]
    return float(seconds), int(claims)


def table(kinds: list[str], sizes: list[int], timeout: float, echo: Callable[[str], None]) -> list[str]:
    rows = ["| kind | size | seconds | µs per char | claims |", "|---|---|---|---|---|"]
    for line in rows:
        echo(line)
    for kind in kinds:
        for size in sizes:
            seconds, claims = measure(kind, size, timeout)
            shown = f"> {timeout:.0f}" if seconds is None else f"{seconds:.2f}"
            per = "" if seconds is None else f"{seconds / size * 1e6:.1f}"
            rows.append(f"| {kind} | {size:,} | {shown} | {per} | {claims} |")
            echo(rows[-1])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,40000,200000,1000000")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per measurement")
    parser.add_argument("--out", type=Path, default=None, help="also write the table (markdown) here")
    args = parser.parse_args()
    kinds = [k for k in args.kinds.split(",") if k]
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        parser.error(f"unknown kind(s) {', '.join(unknown)}; known: {', '.join(KINDS)}")
    rows = table(kinds, [int(s) for s in args.sizes.split(",")], args.timeout, lambda line: print(line, flush=True))
    if args.out is not None:
        args.out.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
