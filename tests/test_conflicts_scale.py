"""Detection is not a quadratic scan: grouped by measure and pair, compared inside a time window.

With the reporting density held constant (claims per day), ten times the claims over ten times the
days must cost about ten times the comparisons, not a hundred.  Figures at 100k claims (store load,
detection, graph write) come from ``python -m tests.fixtures.conflicts_store``, and the time to
check 10k claims from ``python bench/limits.py``.
"""

from __future__ import annotations

import pytest

from kb.derived.conflicts.refresh import Findings, detect
from tests.fixtures.synthetic import synthetic_facts


@pytest.fixture(scope="module")
def large() -> Findings:
    return detect(synthetic_facts(10_000, days=400), str)


def test_comparisons_grow_linearly_with_claims_at_constant_density(large: Findings) -> None:
    small = detect(synthetic_facts(1_000, days=40), str)
    assert small.comparisons > 0 and large.comparisons < 15 * small.comparisons
    assert large.comparisons < 10_000 * 100  # all pairs would be 5e7


def test_ten_thousand_claims_yield_every_kind_of_finding(large: Findings) -> None:
    """How long this takes is ``bench/limits.py``'s figure (it was asserted here, under 5 s)."""
    found = large
    kinds = {d.kind for d in found.conflicts}
    assert kinds == {"numeric", "part-whole", "mutual-accusation", "denial"}
    assert found.aggregates and found.series and found.corroborations
