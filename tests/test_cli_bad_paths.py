"""Paths that cannot be read end in one line on stderr and exit 2, never a traceback (issue 18, finding C).

Real subprocesses of the installed ``kb`` command: a symlink pointing to itself (given directly, or
inside a folder), and an export to a folder that does not exist.  In a batch, such a file is that
file's own error: the other files are still ingested and the exit code is 2 at the end.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kb.service import KnowledgeBase

TEXT = ("Kementerian Pertahanan Armenia mengatakan 45 tentara Armenia tewas dalam pertempuran hari Senin. "
        "Juru bicara Kremlin Dmitry Peskov mendesak kedua pihak untuk segera menghentikan tembakan.")
LOOP = "Too many levels of symbolic links"


def kb(*args: str) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("kb")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=300)


def stored(store: Path) -> int:
    base = KnowledgeBase.open(str(store), read_only=True)
    try:
        return len(base.article_graphs())
    finally:
        base.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder with one good article, a self-pointing symlink and a symlink to the folder itself."""
    path = tmp_path / "in"
    path.mkdir()
    (path / "good.txt").write_text(TEXT, encoding="utf-8")
    (path / "loop.txt").symlink_to("loop.txt")
    (path / "up").symlink_to(".")
    return path


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("kb: ")]


def test_ingest_a_symlink_loop_is_that_files_error(tmp_path: Path, folder: Path) -> None:
    done = kb("ingest", "--store", str(tmp_path / "store"), str(folder / "loop.txt"), str(folder / "good.txt"))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert error_lines(done.stderr) == [f"kb: {folder / 'loop.txt'}: cannot read: {LOOP}"]
    assert "ingested    good" in done.stdout
    assert stored(tmp_path / "store") == 1


def test_ingest_a_folder_holding_a_symlink_loop(tmp_path: Path, folder: Path) -> None:
    done = kb("ingest", "--store", str(tmp_path / "store"), str(folder))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert error_lines(done.stderr) == [f"kb: {folder / 'loop.txt'}: cannot read: {LOOP}"]
    assert "ingested    good" in done.stdout and stored(tmp_path / "store") == 1


def test_extract_a_symlink_loop(folder: Path) -> None:
    done = kb("extract", str(folder / "loop.txt"))
    assert done.returncode == 2 and error_lines(done.stderr) == [f"kb: {folder / 'loop.txt'}: cannot read: {LOOP}"]


@pytest.mark.parametrize("name", ["loop.jsonl", "loop.ttl"])
def test_add_a_symlink_loop(tmp_path: Path, name: str) -> None:
    link = tmp_path / name
    link.symlink_to(name)
    done = kb("add", "--store", str(tmp_path / "store"), str(link))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert error_lines(done.stderr) == [f"kb: {link}: cannot read: {LOOP}"]
    assert not (tmp_path / "store").exists()  # refused before the store was opened


def test_export_to_a_missing_folder(tmp_path: Path) -> None:
    base = KnowledgeBase.open(str(tmp_path / "store"))
    base.sync_reference_graphs()
    base.close()
    done = kb("export", "--store", str(tmp_path / "store"), "-o", "/nonexistent/x.trig")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert error_lines(done.stderr) == ["kb: /nonexistent/x.trig: cannot write (No such file or directory)"]


def test_a_failed_export_leaves_the_previous_file_whole(tmp_path: Path) -> None:
    """The export is written beside the output and renamed: a store that cannot be read keeps the old file."""
    old = tmp_path / "backup.trig"
    old.write_text("previous export\n")
    done = kb("export", "--store", str(tmp_path / "no-such-store" / "x"), "-o", str(old))
    assert done.returncode == 2
    assert old.read_text() == "previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.trig"]
