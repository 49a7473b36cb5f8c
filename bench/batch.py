"""A batch of new articles into a built store (a COPY: it is written to): storing them, then the derived data.

    python -m bench.batch STORE --articles 25000 --count 1000 --first 9000

``--articles`` is the size the store was built with (``bench/run.py --articles N --keep STORE``); the new articles are
the corpus's own kind, published over the store's last week (``generate_one(..., on=newest - i % 7 days)``), written
in one ``KnowledgeBase.batch()`` block, so the derived data is brought up to date once, when the block ends (issue
14's target: derived-data work ≤ 15 s for 1,000 articles on a 100k-claim store).  ``--first`` must pass the article
numbers the store already holds (``bench/one_article.py`` uses ``2 * articles + first`` as well).  CPU time is printed
beside wall time, and the load average, since the machine is shared; ``-v`` logs each derived-data phase (the
incremental refresh's and the orders') with its CPU, wall and memory.  Then it waits for the store's background threads
to go idle and prints the CPU they spent after the batch returned (``bench.settle``: RocksDB merging what the bulk
loader wrote), which the derived data's figure does not include.

Before the derived data's clock starts, the ingest's writes are flushed and the store's threads left to merge them
(``--unsettled``: not, as before session 31).  Why: those merges are the ingest's cost, but the first flush of the
refresh started them, so 7-8 s of RocksDB compaction CPU (of a 1,000-article batch's ~28 s at 100k claims) landed in
the derived data's figure; a refresh that writes nothing until its end left them to after it (``docs/scaling.md``,
session 31).  It catches only a merge the ingest starts alone: on a freshly optimized store the ingest's one file
waits for the refresh's first flush, so the figure to compare is the sum with the threads after.
"""

from __future__ import annotations

import logging
import os
import resource
import time

from bench.one_article import arguments, caught_up
from bench.settle import settled


def main() -> None:
    ap = arguments(__doc__ or "", 1000)
    ap.add_argument("-v", "--phases", action="store_true", help="log each derived-data phase's CPU, wall and memory")
    ap.add_argument("--unsettled", action="store_true",
                    help="start the derived data's clock as soon as the articles are stored (before session 31)")
    args = ap.parse_args()
    if args.phases:  # the kb.derived phase log (kb/derived/phases.py) on stderr, as `kb -v` shows it
        logging.basicConfig(format="%(asctime)s %(name)s %(message)s")
        logging.getLogger("kb.derived").setLevel(logging.INFO)
    kb, make = caught_up(args.store, args.articles, args.corpus)
    items = [make(args.first + i, i % 7) for i in range(args.count)]
    t, c = time.perf_counter(), time.process_time()
    with kb.batch():
        for item in items:
            kb.ingest_claims(item.article, item.claims)
        stored, s1 = time.perf_counter(), time.process_time()
        if not args.unsettled:  # the ingest's writes flushed and merged before the derived data's clock starts
            kb.store.flush()
            ingest_after, _ = settled()
        t1, c1 = time.perf_counter(), time.process_time()
    t2, c2 = time.perf_counter(), time.process_time()
    done = kb.last_refresh
    how = "whole" if done is None or done.touched is None else f"group by group, {done.rewritten} findings rewritten"
    if not args.unsettled:
        print(f"the ingest's writes flushed, then the store's threads merging them: {c1 - s1:.1f} s CPU over "
              f"{t1 - stored:.0f} s wall ({ingest_after:.1f} s of it after the flush)", flush=True)
    print(f"batch of {args.count}: stored {stored - t:.1f} s wall, {s1 - c:.1f} s CPU; "
          f"derived data {t2 - t1:.1f} s wall, {c2 - c1:.1f} s CPU ({how}); load average {os.getloadavg()[0]:.1f}; "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB", flush=True)
    after, waited = settled()
    print(f"then the store's background threads: {after:.1f} s CPU over {waited:.0f} s wall (derived data with them: "
          f"{c2 - c1 + after:.1f} s CPU)", flush=True)


if __name__ == "__main__":
    main()
