"""Ranks read back from a store on disk: one conflict per rank, whatever the rank's bytes."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kb.derived.conflicts import ranks
from kb.derived.conflicts.graph import RANK, integer
from kb.store.oxigraph import OxigraphStore
from kb.vocab import CONFLICTS_GRAPH


def test_a_rank_ending_in_byte_ff_reads_one_conflict(tmp_path: Path) -> None:
    """pyoxigraph 0.5.13 on disk answers a (?, p, 255) pattern with 256 quads: each such rank was read 256 times,
    and every one-article refresh that re-ranked across it left a hole per conflict (6,344 at 93k conflicts)."""
    store = OxigraphStore(tmp_path / "store")
    graph = ox.NamedNode(str(CONFLICTS_GRAPH))
    store.ox.extend(ox.Quad(ox.NamedNode(f"https://example.org/conflict/{n}"), RANK, integer(n), graph)
                    for n in range(1, 700))
    store.flush()
    read = ranks._looked_up(store.ox, range(250, 520))
    assert [(iri.rsplit("/", 1)[-1], rank) for iri, rank, _, _ in read] == [(str(n), n) for n in range(250, 520)]
    store.close()
