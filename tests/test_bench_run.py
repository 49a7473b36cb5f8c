"""The bench's build phase and its table (``bench/run.py``): a whole 25k-article run lost its results at the end
because the table still read the refresh's phases by names a refresh no longer gives ("detect", "write").  Built
here on a few newsroom articles, with the real store, gate and refresh, and rendered."""

from __future__ import annotations

from pathlib import Path

from bench import phases
from bench.common import Plan
from bench.run import build_rows


def test_a_small_build_renders_its_rows(tmp_path: Path) -> None:
    plan = Plan(articles=40, seed=7, gate_sample=20, extract_sample=5, budget=0.0, repeat=0, rdflib_timeout=0.0,
                kb=str(tmp_path / "kb"), work=str(tmp_path), built=True)
    built = phases.build(plan)
    rows = dict((name, value) for name, value, _, _ in build_rows(built))
    refresh = rows["conflict refresh, s: claims loaded / detected and written measure by measure / the rest (total)"]
    assert refresh.count("/") == 2 and refresh.endswith(")")
    assert rows["ingestion incl. SHACL gate, articles/s (first 20, on disk)"].split(" ")[1] == "(20"
    assert int(rows["conflicts / findings triples / comparisons"].split(" / ")[0]) >= 0
