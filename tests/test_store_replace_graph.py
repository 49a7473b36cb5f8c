"""``OxigraphStore.replace_graph_quads`` writes only the difference, whatever form the triples come in.

A derived graph rewritten whole (the review order after an upgrade: 300k triples at 25k articles) came as a list
of pyoxigraph ``Triple``s, which never equal the ``(s, p, o)`` tuples read back from the store: every stored
triple was "gone", and each was looked for in a list, so the rewrite ran for hours (session 12's timing run).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kb.store.oxigraph import OxigraphStore

GRAPH = "https://example.org/graph/derived"


def _triples(n: int) -> list[ox.Triple]:
    return [ox.Triple(ox.NamedNode(f"https://example.org/s{i}"), ox.NamedNode("https://example.org/p"),
                      ox.Literal(str(i))) for i in range(n)]


@pytest.mark.parametrize("form", ["triples", "tuples", "generator"])
def test_an_unchanged_graph_is_not_rewritten(tmp_path: Path, form: str, monkeypatch: pytest.MonkeyPatch) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.replace_graph_quads(GRAPH, _triples(3000))
    given = {"triples": _triples(3000), "tuples": [tuple(t) for t in _triples(3000)],
             "generator": (t for t in _triples(3000))}[form]

    def no_write(*_: object) -> None:
        raise AssertionError("the store was written for no change")

    monkeypatch.setattr(store, "_ox", _Guarded(store.ox, no_write))
    assert store.replace_graph_quads(GRAPH, given) == 3000
    assert len(list(store.ox.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH)))) == 3000


def test_a_small_change_is_written_as_a_difference(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.replace_graph_quads(GRAPH, _triples(3000))
    store.replace_graph_quads(GRAPH, _triples(3000)[1:] + _triples(3001)[-1:])
    stored = {q.subject.value for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH))}
    assert "https://example.org/s0" not in stored and "https://example.org/s3000" in stored and len(stored) == 3000


class _Guarded:
    """The store's pyoxigraph handle with every write forbidden."""

    def __init__(self, inner: ox.Store, write: object) -> None:
        self._inner = inner
        self.clear_graph = self.update = self.extend = self.bulk_extend = write

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)


class _Counting:
    """The store's pyoxigraph store, its bulk loads counted."""

    def __init__(self, inner: ox.Store) -> None:
        self.inner, self.loads = inner, 0

    def bulk_extend(self, quads: object) -> None:
        self.loads += 1
        self.inner.bulk_extend(quads)  # type: ignore[arg-type]

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)


def test_several_graphs_are_filled_in_one_bulk_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``fill_graphs``: each graph gets its own triples, all of them in one load (each load leaves files every later
    look-up reads until they are compacted), and the loads stay bounded (``FILL_CHUNK``) as one graph's do."""
    store = OxigraphStore(tmp_path / "store")
    counting = _Counting(store.ox)
    monkeypatch.setattr(store, "_ox", counting)
    other = "https://example.org/graph/other"
    store.fill_graphs([(GRAPH, _triples(300)), (other, (t for t in _triples(5))), ("https://example.org/g/none", [])])
    assert counting.loads == 1
    for graph, n in ((GRAPH, 300), (other, 5)):
        found = {(q.subject, q.predicate, q.object) for q in counting.inner.quads_for_pattern(
            None, None, None, ox.NamedNode(graph))}
        assert found == {tuple(t) for t in _triples(n)}
    monkeypatch.setattr("kb.store.oxigraph.FILL_CHUNK", 100)
    store.fill_graphs([(GRAPH, _triples(150)), (other, _triples(100))])
    assert counting.loads == 1 + 3
