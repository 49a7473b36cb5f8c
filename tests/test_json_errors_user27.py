"""``kb add`` (and ``kb eval``'s gold, JSON-LD) name a JSON error by its position and a whole reason: Python ends
some reasons with " at", which followed our position and read as cut short (user27's trial: "bad.jsonl:1:11:
invalid JSON: Invalid control character at")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("line", "expected"), [
    ('{"article": "x\u0001"}', ":1:15: invalid JSON: Invalid control character"),
    ('{"article": }', ":1:13: invalid JSON: Expecting value"),
])
def test_kb_add_names_a_whole_reason(tmp_path: Path, line: str, expected: str) -> None:
    claims = tmp_path / "bad.jsonl"
    claims.write_text(line + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "kb.cli", "add", str(claims), "--store", ":memory:"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result
    assert result.stderr.strip() == f"kb: {claims}{expected}", result.stderr
