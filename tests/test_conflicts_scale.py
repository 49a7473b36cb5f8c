"""Detection is not a quadratic scan: grouped by measure and pair, compared inside a time window.

With the reporting density held constant (claims per day), ten times the claims over ten times the
days must cost about ten times the comparisons, not a hundred.  Figures at 100k claims (store load,
detection, graph write) come from ``python -m tests.fixtures.conflicts_store``.
"""

from __future__ import annotations

import time

from kb.derived.conflicts.refresh import detect
from tests.fixtures.synthetic import synthetic_facts


def test_comparisons_grow_linearly_with_claims_at_constant_density() -> None:
    small = detect(synthetic_facts(1_000, days=40), str)
    large = detect(synthetic_facts(10_000, days=400), str)
    assert small.comparisons > 0 and large.comparisons < 15 * small.comparisons
    assert large.comparisons < 10_000 * 100  # all pairs would be 5e7


def test_ten_thousand_claims_are_checked_in_seconds() -> None:
    facts = synthetic_facts(10_000, days=400)
    started = time.perf_counter()
    found = detect(facts, str)
    assert time.perf_counter() - started < 5
    kinds = {d.kind for d in found.conflicts}
    assert kinds == {"numeric", "part-whole", "mutual-accusation", "denial"}
    assert found.aggregates and found.series and found.corroborations
