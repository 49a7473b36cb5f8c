"""``pip install .`` (not only editable) must carry the Turtle files and samples inside the wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
                   check=True, capture_output=True)
    return next(out.glob("claimkb-*.whl"))


def test_wheel_carries_ontology_queries_samples_and_web(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in ("kb/_ontology/kb.ttl", "kb/_ontology/shapes.ttl", "kb/_ontology/actors.ttl",
                     "kb/sparql/queries/stats.rq", "kb/cli/main.py", "web/__init__.py"):
        assert expected in names
    assert any(n.startswith("kb/_samples/") and n.endswith(".txt") for n in names)


def test_installed_package_finds_its_files_at_run_time(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    code = (
        "import kb.resources as r, kb.pipeline.gate as g, json;"
        "print(json.dumps([str(r.ontology_dir()), len(g.shapes_graph()), len(list(r.samples_dir().glob('*.txt')))]))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path,
                         check=True)
    where, shapes, samples = __import__("json").loads(out.stdout)
    assert where.startswith(str(target)) and shapes > 50 and samples >= 2
