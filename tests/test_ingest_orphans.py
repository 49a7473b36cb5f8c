"""``kb ingest --jobs 2`` killed with SIGKILL leaves no worker, forkserver or resource tracker behind.

Unlike tests/test_crash.py, only the parent is killed (not its process group): whatever it started
must notice on its own (``kb.orphans``: the kernel kills each worker when its parent dies).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kb.orphans import die_with_parent

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; PR_SET_PDEATHSIG is Linux")

SENTENCE = ("Kementerian Pertahanan Armenia mengatakan {n} tentara Azerbaijan tewas pada hari Senin. "
            "Juru bicara Kremlin Dmitry Peskov mendesak kedua pihak untuk menghentikan tembakan. ")


def _stat(pid: int) -> tuple[str, int] | None:
    """(state, parent pid) of a live process, None when it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2:].split()
    return fields[0], int(fields[1])


def descendants(root: int) -> set[int]:
    """Every live process below ``root`` (children, grandchildren...), from /proc."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            found = _stat(int(entry))
            if found is not None:
                parents[int(entry)] = found[1]
    below, frontier = set(), {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - below
        below |= frontier
    return below


def alive(pids: set[int]) -> set[int]:
    """Those of ``pids`` still running (a zombie waiting to be reaped is dead)."""
    return {pid for pid in pids if (found := _stat(pid)) is not None and found[0] != "Z"}


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """Enough long articles that a two-worker ingest is still busy a few seconds in."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(60):
        text = "".join(SENTENCE.format(n=i * 100 + j) for j in range(150))
        (folder / f"a{i:02d}.txt").write_text(text, encoding="utf-8")
    return folder


def test_sigkill_of_the_parent_ends_every_worker(tmp_path: Path, batch: Path) -> None:
    kb = Path(sys.executable).with_name("kb")
    proc = subprocess.Popen([str(kb), "ingest", "--jobs", "2", "--store", str(tmp_path / "store"), str(batch)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()  # the first article is stored: the pool is up and busy
        assert first.startswith(b"ingested"), first
        started = descendants(proc.pid)
        assert len(started) >= 3, started  # forkserver, resource tracker and the workers
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 10
        while alive(started) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not alive(started), f"still running after the parent was killed: {sorted(alive(started))}"
    finally:
        for pid in alive(descendants(proc.pid)) if proc.poll() is None else set():
            os.kill(pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_die_with_parent_is_harmless_to_call() -> None:
    """In a child process (never in the test runner itself, whose parent may be anything)."""
    code = "from kb.orphans import die_with_parent; print(die_with_parent())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == ("True" if sys.platform.startswith("linux") else "False")
    assert callable(die_with_parent)
