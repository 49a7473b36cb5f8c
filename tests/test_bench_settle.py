"""``bench.settle``: the CPU other threads spend after a write returns is counted, an idle process returns after its
idle span, and the cap ends the wait.  Wall times are bounded from below only, or by what the wait would be without
the cap: the machine is shared."""

from __future__ import annotations

import threading
import time

from bench.settle import settled


def _spin(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def test_idle_process_settles_after_the_idle_span() -> None:
    cpu, wall = settled(idle=0.3, cap=5.0, step=0.05)
    assert cpu < 0.1
    assert wall >= 0.3


def test_a_busy_thread_is_waited_for_and_counted() -> None:
    worker = threading.Thread(target=_spin, args=(0.6,))
    worker.start()
    cpu, wall = settled(idle=0.3, cap=10.0, step=0.05)
    worker.join()
    assert cpu >= 0.4  # most of the thread's 0.6 s (some may precede the first reading)
    assert wall >= 0.6


def test_the_cap_bounds_the_wait() -> None:
    worker = threading.Thread(target=_spin, args=(1.5,))
    worker.start()
    _, wall = settled(idle=5.0, cap=0.4, step=0.05)
    worker.join()
    assert wall < 5.0  # without the cap: at least the 1.5 s busy and the 5 s idle
