"""A refresh group by group writes the review order's and the map counts' differences with the rest of the derived
data (``review_sync.sync``'s and ``map_counts.sync``'s ``defer``, ``apply._write``): in its one update, or, for a
large write, deletions in the first update and additions in the bulk load; either way both graphs equal the same
computed from scratch.  Why: an update of their own, flushed, cost a 1,000-article batch about 1 s of CPU at 100k
claims and started the store's merges of the ingest's files while the refresh still computed
(``docs/scaling.md``, session 31)."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
import pytest

from kb.derived import map_counts, review_order
from kb.derived.conflicts import apply
from kb.derived.review_order import REVIEW_ORDER_GRAPH
from kb.service import KnowledgeBase
from kb.store.oxigraph import OxigraphStore
from kb.vocab import TIMELINES_GRAPH
from tests.test_web_map30 import TEXT
from tests.test_web_map30_kept import META, MORE

ANOTHER = ("The Ukrainian interior ministry said 3 civilians were wounded in Kharkiv on Wednesday.\n\n"
           "Russia's defence ministry said 12 drones were shot down over Belgorod on Wednesday.\n")
"""Written for this test: a third article, more claims at a place on the map."""


def _quads(store: OxigraphStore, graph: str) -> set[str]:
    return {str(q) for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(graph))}


def _as_whole(store: OxigraphStore) -> None:
    """Both graphs as stored equal both computed from scratch."""
    assert _quads(store, REVIEW_ORDER_GRAPH) == {
        str(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(REVIEW_ORDER_GRAPH)))
        for t in review_order.whole(store.ox)}
    assert _quads(store, map_counts.MAP_COUNTS_GRAPH) == {
        str(ox.Quad(s, p, o, map_counts.GRAPH)) for s, p, o in map_counts.whole(store)}


def _updates(kb: KnowledgeBase, monkeypatch: Any) -> list[str]:
    """The texts of the store's updates from now on."""
    texts: list[str] = []
    update = kb.store.update

    def recorded(text: str) -> None:
        texts.append(text)
        update(text)

    monkeypatch.setattr(kb.store, "update", recorded)
    return texts


def test_a_write_s_review_order_and_map_counts_go_in_the_derived_data_s_update(monkeypatch: Any) -> None:
    kb = KnowledgeBase.open(":memory:")
    kb.ingest_text(TEXT, META)
    store = kb.store
    assert isinstance(store, OxigraphStore) and map_counts.kept(store) and review_order.has_order(store.ox)
    texts = _updates(kb, monkeypatch)
    kb.ingest_text(MORE, {**META, "published": "2024-03-09"})
    ordered = [t for t in texts if REVIEW_ORDER_GRAPH in t]
    counted = [t for t in texts if map_counts.MAP_COUNTS_GRAPH in t]
    assert len(ordered) == 1 and ordered == counted  # one update: the order, the counts, the timelines
    assert str(TIMELINES_GRAPH) in ordered[0]
    _as_whole(store)


@pytest.mark.parametrize("bulk", [False, True])
def test_both_graphs_equal_a_recompute_after_added_replaced_and_deleted_articles(bulk: bool, monkeypatch: Any
                                                                                ) -> None:
    """``bulk``: every write goes in two steps (``apply.BULK_LINES``), the additions by the bulk loader."""
    if bulk:
        monkeypatch.setattr(apply, "BULK_LINES", 1)
    kb = KnowledgeBase.open(":memory:")
    store = kb.store
    assert isinstance(store, OxigraphStore)
    kb.ingest_text(TEXT, META)
    first, second = (f"https://news.example/batch31/{n}" for n in (1, 2))
    with kb.batch():  # two new articles in one refresh
        kb.ingest_text(MORE, {**META, "published": "2024-03-09", "url": first})
        gone = kb.ingest_text(ANOTHER, {**META, "published": "2024-03-06", "url": second}).key
    _as_whole(store)
    assert kb.ingest_text(MORE + ANOTHER, {**META, "published": "2024-03-09", "url": first}).status == "replaced"
    _as_whole(store)
    assert kb.delete_article(gone)
    _as_whole(store)
