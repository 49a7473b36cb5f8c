"""Phase logging for the derived-data refresh: each phase's CPU, wall, resident memory and the process's peak.

Why: the whole refresh at 1M claims reached 18 GB and printed nothing, so which phase took the memory was not known
(bench/results-250000.md).  Each phase now logs one line at INFO on the ``kb.derived`` logger (``kb -v``, or any
handler the caller installs); the library itself never prints.  Reading ``/proc/self/status`` costs microseconds,
so the lines are computed only when the logger is enabled.
"""

from __future__ import annotations

import logging
import resource
import time
from collections.abc import Iterator
from contextlib import contextmanager

log = logging.getLogger("kb.derived")


def memory_mb() -> tuple[float, float]:
    """The process's resident memory and its high-water mark, MB (``VmRSS``, ``VmHWM``; 0 where /proc is absent)."""
    rss = hwm = 0.0
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1]) / 1024
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1]) / 1024
    except OSError:
        hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return rss, hwm


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@contextmanager
def phase(name: str, **detail: object) -> Iterator[dict[str, object]]:
    """Log ``name``'s CPU and wall seconds, RSS at its end and the peak so far; the body may add to the detail
    (counts: claims read, findings written) through the dictionary it is given."""
    if not log.isEnabledFor(logging.INFO):
        yield detail
        return
    cpu, wall = _cpu(), time.perf_counter()
    yield detail
    rss, hwm = memory_mb()
    extra = "".join(f" {k}={v}" for k, v in detail.items())
    log.info("phase %s: cpu %.1f s, wall %.1f s, rss %.0f MB, peak %.0f MB%s", name, _cpu() - cpu,
             time.perf_counter() - wall, rss, hwm, extra)
