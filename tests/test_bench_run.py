"""The bench's build phase and its table (``bench/run.py``): a whole 25k-article run lost its results at the end
because the table still read the refresh's phases by names a refresh no longer gives ("detect", "write").  Built
here on a few newsroom articles, with the real store, gate and refresh, and rendered."""

from __future__ import annotations

from pathlib import Path

from bench import phases
from bench.common import Plan
from bench.run import build_rows, page_rows


def test_a_small_build_renders_its_rows(tmp_path: Path) -> None:
    plan = Plan(articles=40, seed=7, gate_sample=20, extract_sample=5, budget=0.0, repeat=0, rdflib_timeout=0.0,
                kb=str(tmp_path / "kb"), work=str(tmp_path), built=True)
    built = phases.build(plan)
    rows = dict((name, value) for name, value, _, _ in build_rows(built))
    refresh = rows["conflict refresh, s: claims loaded / detected and written measure by measure / the rest (total)"]
    assert refresh.count("/") == 2 and refresh.endswith(")")
    assert rows["ingestion incl. SHACL gate, articles/s (first 20, on disk)"].split(" ")[1] == "(20"
    assert int(rows["conflicts / findings triples / comparisons"].split(" / ")[0]) >= 0


def test_a_page_cut_short_is_flagged_not_a_crash() -> None:
    """A request the page phase cut short is counted under its error's name ("cut short (QueryTimeout)"), not a status
    code: the table flags it beside the 4xx/5xx (it crashed on ``int()``, losing a 72-minute run's table)."""
    cut = {"200": 2, "cut short (QueryTimeout)": 1}
    pages = {"pages": [{"page": "/map", "p50": 5000.0, "p95": 5000.0, "n": 3, "statuses": cut},
                       {"page": "/", "p50": 3.0, "p95": 4.0, "n": 4, "statuses": {"200": 3, "303": 1}}]}
    rows = page_rows(pages)
    assert "cut short (QueryTimeout)" in rows[0][1] and "200" not in rows[0][1].split("⚠")[1]
    assert "⚠" not in rows[1][1]
