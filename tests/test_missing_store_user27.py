"""A reading command pointed at a folder that holds no store (a typo in --store, KB_STORE unset in a new shell)
says so in one line (user27's trial: it printed Oxigraph's "While opening a file for sequentially reading:
…/CURRENT: No such file or directory"), exit 2, and makes no folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("command", [["stats"], ["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"], ["conflicts"]])
def test_no_store_there_is_one_line(tmp_path: Path, command: list[str]) -> None:
    store = tmp_path / "typo"
    result = subprocess.run([sys.executable, "-m", "kb.cli", *command, "--store", str(store)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result
    assert result.stderr.strip().splitlines() == [result.stderr.strip()], result.stderr
    assert f"kb: {store}" in result.stderr and "no store here yet" in result.stderr
    assert "CURRENT" not in result.stderr and "kb ingest" in result.stderr
    assert not store.exists()
