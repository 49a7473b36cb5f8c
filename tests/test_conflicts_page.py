"""The fast paths give the same answers as the plain ones: pages of conflicts against the full list,
pyoxigraph rows against rdflib rows, the direct graph write against ``put_graph``."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from kb.derived import conflicts
from kb.derived.conflicts.load import load_actors, load_claims
from kb.store import Store
from kb.vocab import CONFLICTS_GRAPH
from tests.conftest import Plain
from tests.fixtures.conflicts_store import build


@pytest.fixture(scope="module")
def store() -> Store:
    s = build(800, 32)
    conflicts.refresh(s)
    return s


def newest(c: conflicts.Conflict | dict[str, Any]) -> str:
    """The day a conflict sorts on: its latest claim's; a numeric episode's, the Sunday of its week (the week of its
    earliest figure), so that it keeps its place as it grows."""
    kind, claims = (c.kind, c.claims) if isinstance(c, conflicts.Conflict) else (c["kind"], c["claims"])
    days = [x["date"] or x["published"] or "" for x in claims]
    if kind in ("numeric", "same-side") and min(days):
        first = date.fromisoformat(min(days))
        return (first + timedelta(days=6 - first.weekday())).isoformat()
    return max(days)


def test_pages_are_the_full_list_newest_first(store: Store) -> None:
    full = conflicts.list_conflicts(store)
    assert len(full) > 60 and full.total == len(full)
    by_iri = {c.iri: c.to_dict() for c in full}
    pages = [conflicts.list_conflicts(store, limit=25, offset=o) for o in range(0, len(full) + 25, 25)]
    seen = [c for page in pages for c in page]
    assert all(p.total == len(full) for p in pages) and not pages[-1]
    assert [c.iri for c in seen] != [c.iri for c in full] and sorted(c.iri for c in seen) == sorted(by_iri)
    for c in seen:  # a page shows each side's first and latest claim, and says how many there are in all
        whole = by_iri[c.iri]
        assert {k: v for k, v in c.to_dict().items() if k not in ("claims", "details")} == \
            {k: v for k, v in whole.items() if k not in ("claims", "details")}
        assert c.details["claims"] == len(whole["claims"]) and 2 <= len(c.claims) <= 4
        assert all(x in whole["claims"] for x in c.claims)
        assert {x["speaker"] for x in c.claims} == {x["speaker"] for x in whole["claims"]}
    assert [newest(by_iri[c.iri]) for c in seen] == sorted((newest(c) for c in full), reverse=True)


def test_one_conflict_by_key_has_every_claim(store: Store) -> None:
    full = conflicts.list_conflicts(store)
    longest = max(full, key=lambda c: len(c.claims))
    assert len(longest.claims) > 4  # a dispute that recurs: more claims than its card shows
    assert conflicts.conflict(store, longest.key).to_dict() == longest.to_dict()
    assert conflicts.conflict(store, "0000000000000000") is None


def test_actor_pages_match_the_actor_filter(store: Store) -> None:
    wanted = sorted(c.iri for c in conflicts.list_conflicts(store, actor="Yerevan"))
    page = conflicts.list_conflicts(store, actor="Yerevan", limit=10)
    assert len(page) == 10 and page.total == len(wanted) < len(conflicts.list_conflicts(store))
    everything = conflicts.list_conflicts(store, actor="Yerevan", limit=10_000)
    assert sorted(c.iri for c in everything) == wanted
    assert conflicts.list_conflicts(store, actor="nobody at all", limit=10) == []


def test_a_graph_without_ranks_is_still_paged() -> None:
    s = build(200, 8)
    conflicts.refresh(s)
    plain = conflicts.list_conflicts(s)
    s.drop_graph(str(CONFLICTS_GRAPH))
    s.put_graph(str(CONFLICTS_GRAPH), _without_ranks(s, plain))
    page = conflicts.list_conflicts(s, limit=5, offset=2)
    assert page.total == len(plain) and [c.iri for c in page] == [c.iri for c in plain[2:7]]


def _without_ranks(s: Store, plain: list[conflicts.Conflict]) -> Any:
    from rdflib.namespace import SDO

    from kb.derived.conflicts.load import load_actors as actors_of
    from kb.derived.conflicts.refresh import detect, findings_graph

    found = detect(load_claims(s, actors_of(s)), actors_of(s).label)
    g = findings_graph(found)
    g.remove((None, SDO.position, None))
    return g


def test_fast_rows_equal_rdflib_rows(store: Store) -> None:
    actors, plain_actors = load_actors(store), load_actors(Plain(store))  # type: ignore[arg-type]
    assert actors == plain_actors
    assert load_claims(store, actors) == load_claims(Plain(store), actors)  # type: ignore[arg-type]


def test_direct_write_equals_put_graph(store: Store) -> None:
    fast = set(store.get_graph(str(CONFLICTS_GRAPH)))
    other = build(800, 32)
    summary = conflicts.refresh(Plain(other), full=True)  # type: ignore[arg-type]
    assert set(other.get_graph(str(CONFLICTS_GRAPH))) == fast and summary.triples == len(fast)
    again = conflicts.refresh(store, full=True)
    assert set(store.get_graph(str(CONFLICTS_GRAPH))) == fast and again.triples == len(fast)


def test_a_refresh_writes_only_the_difference_and_ends_as_a_full_write() -> None:
    from rdflib.compare import isomorphic

    s = build(400, 16)
    conflicts.refresh(s)
    inner = s._ox  # type: ignore[attr-defined]
    cleared: list[object] = []

    class Spy:  # records whether the graph was cleared (the full rewrite) instead of patched
        def __getattr__(self, name: str) -> Any:
            if name == "clear_graph":
                cleared.append(name)
            return getattr(inner, name)

    s._ox = Spy()  # type: ignore[attr-defined]
    assert conflicts.refresh(s, full=True).triples > 0 and not cleared  # nothing changed: nothing rewritten
    assert s.has_graph("https://bench.example/3")
    s.drop_graph("https://bench.example/3")
    conflicts.refresh(s, full=True)
    assert not cleared
    patched = s.get_graph(str(CONFLICTS_GRAPH))
    conflicts.refresh(Plain(s), full=True)  # the plain path: put_graph of the whole recomputed graph
    assert isomorphic(patched, s.get_graph(str(CONFLICTS_GRAPH)))
