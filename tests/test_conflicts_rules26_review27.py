"""A store whose conflicts were refreshed by rules 25, before one speaker's two one-strike figures in one article
stopped being a part-whole conflict (``compare.nested_measure``, user27), is recomputed whole on its next refresh,
so such a stale conflict leaves /conflicts instead of staying until its article is written again."""

from __future__ import annotations

from kb.derived import conflicts
from tests.test_conflicts_incremental import _derived, _from_scratch
from tests.test_conflicts_upgrade import _as_if_refreshed_by, _store_with_figures


def test_a_store_of_rules_25_is_recomputed_whole() -> None:
    _, store = _store_with_figures()
    _as_if_refreshed_by(store, "25")
    summary = conflicts.refresh(store)
    assert summary.propositions > 0  # only a whole recompute counts propositions
    assert _derived(store) == _from_scratch(store)
