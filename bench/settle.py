"""The CPU a store's background threads go on spending after a write has returned.

Oxigraph's bulk loader (``OxigraphStore.fill_graphs``) ingests sorted files beside the store's, and RocksDB merges
them into its levels on background threads after the load returns.  ``time.process_time`` taken when a refresh ends
counts what those threads did until then, not what they do next: after a 1,000-article batch on the 25k-article store
they went on for another 11-14 s of CPU (``docs/scaling.md``, perf32), paid by whatever the process does next (a
server's next requests), or left for the next process that opens the store.  A benchmark that stops its clock when the
refresh returns leaves that out, so ``bench.batch`` waits for it and says how much it was.
"""

from __future__ import annotations

import time

QUIET = 0.05
"""Background CPU seconds per wall second below which the threads count as idle."""


def background_cpu() -> float:
    """CPU seconds this process spent on threads other than the calling one (``process_time`` less ``thread_time``)."""
    return time.process_time() - time.thread_time()


def settled(*, idle: float = 2.0, cap: float = 120.0, step: float = 0.25) -> tuple[float, float]:
    """Wait until the other threads have been idle for ``idle`` seconds of wall time (at most ``cap``); return their
    CPU seconds and the wall seconds waited, idle tail included.  The caller's thread sleeps meanwhile."""
    start = time.perf_counter()
    first = last = background_cpu()
    quiet_since = start
    while True:
        time.sleep(step)
        now, spent = time.perf_counter(), background_cpu()
        if spent - last > QUIET * step:
            quiet_since = now
        last = spent
        if now - quiet_since >= idle or now - start >= cap:
            return spent - first, now - start
