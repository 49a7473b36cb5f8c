"""One new article at a time into a built store (a COPY: it is written to), wall and CPU time of each write.

    python -m bench.one_article STORE --articles 25000 --count 8 [--profile DIR]

``--articles`` is the size the store was built with (``bench/run.py --articles N --keep STORE``): the new articles are
the corpus's own kind, published on its newest day (``generate_one(..., on=newest)``), as ``bench/freshness.py``
makes them.  The store is first brought up to date (a whole refresh when it was refreshed by other rules: timed and
printed apart).  CPU time is printed beside wall time, and the load average, since the machine is shared.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import resource
import statistics
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from bench.generate import CORPORA, START, Cast, Generated, generate_one, span_days
from kb.service import KnowledgeBase


def arguments(doc: str, count: int) -> argparse.ArgumentParser:
    """The options every new-articles bench takes (``bench.batch`` too): the store, its size, how many, from where."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("--articles", type=int, required=True, help="the article count the store was built with")
    ap.add_argument("--count", type=int, default=count)
    ap.add_argument("--first", type=int, default=0, help="the first new article's number (another run: other articles)")
    ap.add_argument("--corpus", choices=CORPORA, default="newsroom", help="the corpus the store was built from")
    return ap


def caught_up(store: str, articles: int, corpus: str = "newsroom"
              ) -> tuple[KnowledgeBase, Callable[[int, int], Generated]]:
    """The store brought up to date first (a whole refresh when other rules refreshed it: timed and printed apart),
    and a maker of new articles of the corpus's kind: ``make(n, days_before_newest)``, numbered past the store's."""
    kb = KnowledgeBase.open(store)
    t, c = time.perf_counter(), time.process_time()
    kb.refresh()
    print(f"catch-up refresh: {time.perf_counter() - t:.1f} s wall, {time.process_time() - c:.1f} s CPU", flush=True)
    cast, days = Cast.load(kb.gazetteer), span_days(articles)
    newest = START + timedelta(days=days)

    def make(n: int, before: int) -> Generated:
        return generate_one(2 * articles + n, 7, cast, days, on=newest - timedelta(days=before), corpus=corpus)

    return kb, make


def main() -> None:
    ap = arguments(__doc__ or "", 8)
    ap.add_argument("--profile", type=Path, help="write one cProfile file per article there")
    args = ap.parse_args()
    kb, make = caught_up(args.store, args.articles, args.corpus)
    walls, cpus = [], []
    for n in range(args.count):
        item = make(args.first + n, 0)
        prof = cProfile.Profile() if args.profile else None
        t, c = time.perf_counter(), time.process_time()
        if prof:
            prof.enable()
        status = kb.ingest_claims(item.article, item.claims).status
        if prof:
            prof.disable()
            args.profile.mkdir(parents=True, exist_ok=True)
            prof.dump_stats(args.profile / f"article-{n}.prof")
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
        print(f"{n}: {walls[-1]:.2f} s wall, {cpus[-1]:.2f} s CPU, load average {os.getloadavg()[0]:.1f} ({status}: "
              "only a new article is what this measures)", flush=True)
    if not walls:
        return
    print(f"p50 {statistics.median(walls):.2f} s wall, {statistics.median(cpus):.2f} s CPU; "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
