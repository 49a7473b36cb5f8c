"""kb.derived.conflicts.write: a refresh writes only the findings that changed, in updates that keep each finding
whole, and always ends with exactly the graph a fresh full write gives."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SDO

from kb.derived import conflicts
from kb.derived.conflicts import graph, readback, write
from kb.derived.conflicts.load import load_actors, load_claims
from kb.derived.conflicts.refresh import detect, findings_graph
from kb.derived.conflicts.state import STATE_GRAPH
from kb.store import Store
from kb.vocab import CKB, CONFLICTS_GRAPH, DATA
from tests.conftest import Plain
from tests.fixtures.conflicts_store import build


def fresh(store: Store) -> Graph:
    """The conflicts graph a full recomputation gives for what the store holds now."""
    actors = load_actors(store)
    return findings_graph(detect(load_claims(store, actors), actors.label))


def stored(store: Store) -> Graph:
    return store.get_graph(str(CONFLICTS_GRAPH))


class Updates:
    """Counts the store's SPARQL updates (each one transaction), but the flag a refresh sets before it writes and
    clears once its orders are written (``actor_order.pending_update``): no finding."""

    def __init__(self, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
        self.texts: list[str] = []
        inner = store.update

        def spy(text: str) -> None:
            if "ordersPending" not in text:
                self.texts.append(text)
            inner(text)

        monkeypatch.setattr(store, "update", spy)


@pytest.fixture()
def store() -> Store:
    s = build(400, 16)
    conflicts.refresh(s)
    return s


def test_every_finding_carries_a_digest_and_the_graph_is_the_full_write(store: Store) -> None:
    g = stored(store)
    assert isomorphic(g, fresh(store))
    keyed = set(g.subjects(CKB.key, None))
    assert keyed and keyed == set(g.subjects(CKB.digest, None))


def test_an_unchanged_refresh_writes_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    updates = Updates(store, monkeypatch)
    summary = conflicts.refresh(store, full=True)
    assert summary.rewritten == 0 and summary.total_conflicts > 0
    assert not [t for t in updates.texts if "claimkb/graph/conflicts" in t]


def test_a_change_rewrites_only_the_findings_it_touches_in_one_update(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    total = len(set(stored(store).subjects(CKB.digest, None)))
    store.drop_graph("https://bench.example/3")
    updates = Updates(store, monkeypatch)
    summary = conflicts.refresh(store, full=True)
    assert 0 < summary.rewritten < total
    assert len([t for t in updates.texts if "claimkb/graph/conflicts" in t]) == 1  # one transaction
    assert isomorphic(stored(store), fresh(store))


def test_a_large_change_goes_in_several_updates_each_of_whole_findings(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(0, 50, 2):
        store.drop_graph(f"https://bench.example/{n}")
    monkeypatch.setattr(write, "BATCH", 60)
    updates = Updates(store, monkeypatch)
    conflicts.refresh(store, full=True)
    assert len(updates.texts) > 3
    assert isomorphic(stored(store), fresh(store))
    for text in updates.texts:  # no update leaves a finding without its digest, or a digest without its finding
        for part in text.split("DATA")[1:]:
            assert part.count(str(CKB.digest)) == part.count(str(CKB.key))


def test_findings_written_before_digests_are_rewritten(store: Store) -> None:
    old = fresh(store)
    old.remove((None, CKB.digest, None))
    store.put_graph(str(CONFLICTS_GRAPH), old)
    assert conflicts.refresh(store, full=True).rewritten == len(set(old.subjects(CKB.key, None)))
    assert isomorphic(stored(store), fresh(store))


def test_a_graph_without_findings_is_cleared_and_filled(store: Store) -> None:
    stray = Graph()
    stray.add((URIRef("https://example.org/stale"), SDO.name, Literal("not a finding")))
    store.put_graph(str(CONFLICTS_GRAPH), stray)
    conflicts.refresh(store, full=True)
    assert isomorphic(stored(store), fresh(store))


def test_the_plain_store_path_writes_the_same_graph(store: Store) -> None:
    other = build(400, 16)
    conflicts.refresh(Plain(other), full=True)  # type: ignore[arg-type]
    assert isomorphic(stored(other), stored(store))
    other.drop_graph("https://bench.example/3")
    conflicts.refresh(Plain(other), full=True)  # type: ignore[arg-type]
    assert isomorphic(stored(other), fresh(other))


def test_a_first_fill_in_several_bulk_loads_gives_the_same_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    """The embedded store fills an empty graph in loads of ``FILL_CHUNK`` quads (bounded memory): however the
    stream is cut, the graph is the one a single load gives."""
    from kb.store import oxigraph

    whole = build(400, 16)
    conflicts.refresh(whole)
    chunked = build(400, 16)
    loads: list[int] = []

    class Counting:
        """The pyoxigraph store, counting bulk loads (its own attributes are read-only)."""

        def __init__(self, inner: object) -> None:
            self.inner = inner

        def __getattr__(self, name: str) -> object:
            return getattr(self.inner, name)

        def bulk_extend(self, quads: object) -> None:
            loads.append(1)
            self.inner.bulk_extend(quads)  # type: ignore[attr-defined]

    monkeypatch.setattr(oxigraph, "FILL_CHUNK", 97)
    monkeypatch.setattr(chunked, "_ox", Counting(chunked._ox))  # type: ignore[attr-defined]
    conflicts.refresh(chunked)
    triples = len(stored(chunked))
    # the derived state's records are filled the same way (the states' summaries are an update of their own)
    recorded = sum(1 for s, _, _ in chunked.get_graph(STATE_GRAPH) if not str(s).startswith(f"{DATA}state/summary/"))
    assert len(loads) == -(-triples // 97) + -(-recorded // 97)
    assert isomorphic(stored(chunked), stored(whole))


def test_old_triples_by_look_up_are_the_query_s(store: Store) -> None:
    """``readback.old_lines`` reads a finding's triples and its own nodes' (steps, estimates, periods and their
    estimates) by look-ups on the embedded store: the same lines as ``finding-triples.rq`` on any store."""
    g = stored(store)
    findings = sorted(str(s) for s in g.subjects(CKB.digest, None))
    kinds = {f.rsplit("/", 2)[-2] for f in findings}
    assert {"series", "aggregate", "conflict"} <= kinds
    by_look_up = readback.old_lines(store, findings)
    assert set(by_look_up) == set(readback.old_lines(Plain(store), findings))  # type: ignore[arg-type]
    assert len(set(by_look_up)) == len(g)  # every triple of the graph belongs to one finding


def test_a_series_is_read_back_from_its_steps_value_or_without_one_by_look_ups(store: Store) -> None:
    """A series' old triples come from its steps' value (``graph.STEPS``) and its own triples but members; a series
    an older writer stored without that value is read by look-ups: the same lines as the query either way, and a
    series' digest does not change with the value (it is not rewritten for that alone)."""
    series = sorted(str(s) for s in stored(store).subjects(CKB.digest, None) if "/series/" in str(s))
    assert series
    with_value = readback.old_lines(store, series)
    assert set(with_value) == set(readback.old_lines(Plain(store), series))  # type: ignore[arg-type]
    store.update(f"DELETE WHERE {{ GRAPH <{CONFLICTS_GRAPH}> {{ ?s <{graph.STEPS.value}> ?o }} }}")
    without = readback.old_lines(store, series)
    assert set(without) == set(with_value) - {line for line in with_value if graph.STEPS.value in line}
    assert set(without) == set(readback.old_lines(Plain(store), series))  # type: ignore[arg-type]
    assert conflicts.refresh(store, full=True).rewritten == 0  # every digest as stored


def test_a_grown_series_leaves_its_shared_first_steps_and_kept_members_out_of_both_sides(store: Store) -> None:
    """A series to rewrite keeps its steps as data (``write.SeriesFinding``): its digest and triples are those of
    ``graph.add_series``.  ``readback.old_triples`` given its new steps' value leaves out the triples of the first steps
    both values share (their nodes' and the links to them) and the member triples of the claims both keep, says so
    (``Shared``), and ``SeriesFinding.unshared`` leaves the same out of the new triples: the difference is the one
    taken over every triple, without building and comparing the unchanged steps of a series that grew near its end."""
    from kb.derived.conflicts.refresh import finding
    from kb.derived.conflicts.rewrite import series as _series

    actors = load_actors(store)
    every_series = detect(load_claims(store, actors), actors.label).series
    for s in every_series:
        f, whole = _series(s), finding(graph.add_series, s)
        assert f.digest() == whole.digest()
        assert set(f.all_triples("d")) == set(whole.all_triples("d"))
    f = max((_series(s) for s in every_series), key=lambda f: len(f.steps))
    assert len(f.steps) >= 3
    every, none = readback.old_triples(store, [f.iri])
    assert not none and set(every) == set(f.all_triples(f.digest()))  # stored as computed
    day = f.steps[-1][0]
    grown = write.SeriesFinding(f.iri, f.triples, [*f.steps[:-1], (day, [f"{DATA}claim/new"]), f.steps[-1]])
    some, shared = readback.old_triples(store, [f.iri], {f.iri: grown.value()})
    kept = frozenset(m for _, ms in f.steps for m in ms)
    assert shared == {f.iri: (len(f.steps) - 1, kept)}
    new = set(grown.all_triples("d2"))
    fewer = set(grown.unshared("d2", *shared[f.iri]))
    assert len(some) < len(every) and len(fewer) < len(new)
    assert (set(every) - new, new - set(every)) == (set(some) - fewer, fewer - set(some))


def test_a_grown_conflict_leaves_its_kept_members_out_of_both_sides(store: Store) -> None:
    """A conflict to rewrite keeps its members as IRIs (``write.ConflictFinding``): its digest and triples are those
    of ``graph.add_conflict``, ranked or not.  ``readback.old_triples`` given its new members leaves out the member
    triples of the claims both keep, says so (``Shared``, no steps), and ``ConflictFinding.unshared`` leaves the same
    out of the new triples: the difference is the one taken over every triple.  A conflict not given (removed) is
    read back whole."""
    from kb.derived.conflicts.refresh import finding
    from kb.derived.conflicts.rewrite import conflict as _conflict

    actors = load_actors(store)
    found = detect(load_claims(store, actors), actors.label).conflicts
    assert found
    for x in found:
        f, whole = _conflict(x), finding(graph.add_conflict, x)
        assert f.digest() == whole.digest()
        f.rank = whole.rank = 7
        assert set(f.all_triples("d")) == set(whole.all_triples("d"))
    f = max((_conflict(x) for x in found), key=lambda f: len(f.members))
    assert len(f.members) >= 2
    every, none = readback.old_triples(store, [f.iri])
    f.rank = next(int(o.value) for _, p, o in every if p == graph.RANK)
    assert not none and set(every) == set(f.all_triples(f.digest()))  # stored as computed
    grown = write.ConflictFinding(f.iri, f.triples, sorted([*f.members[1:], f"{DATA}claim/new"]))
    grown.rank = f.rank
    some, shared = readback.old_triples(store, [f.iri], members={f.iri: grown.members})
    assert shared == {f.iri: (0, frozenset(f.members[1:]))}
    new = set(grown.all_triples("d2"))
    fewer = set(grown.unshared("d2", shared[f.iri][1]))
    assert len(some) < len(every) and len(fewer) < len(new)
    assert (set(every) - new, new - set(every)) == (set(some) - fewer, fewer - set(some))


def test_a_grown_episode_leaves_what_its_iri_fixes_out_of_both_sides(store: Store) -> None:
    """A dated numeric episode keeps its IRI as it grows, and its IRI (kind, measure, week, states) fixes its types,
    key, group, date and rank (``graph.FIXED``): ``readback.old_triples`` given it as ``steady`` leaves those out with
    the kept members, says so (``Shared``' 1), and ``ConflictFinding.unshared`` leaves the same out of the new
    triples: the difference is the one taken over every triple.  Others are not steady."""
    from kb.derived.conflicts.rewrite import conflict as _conflict
    from kb.derived.conflicts.state import GROUP

    assert GROUP in graph.FIXED
    actors = load_actors(store)
    found = detect(load_claims(store, actors), actors.label).conflicts
    dated = [x for x in found if x.identity and x.episode not in ("", "-")]
    assert dated and all(_conflict(x).steady for x in dated)
    assert not any(_conflict(x).steady for x in found if not x.identity)
    f = max((_conflict(x) for x in dated), key=lambda f: len(f.members))
    every, _ = readback.old_triples(store, [f.iri])
    f.rank = next(int(o.value) for _, p, o in every if p == graph.RANK)
    grown = write.ConflictFinding(f.iri, f.triples, sorted([*f.members[1:], f"{DATA}claim/new"]), steady=True)
    grown.rank = f.rank
    some, shared = readback.old_triples(store, [f.iri], members={f.iri: grown.members}, steady=frozenset([f.iri]))
    assert shared == {f.iri: (1, frozenset(f.members[1:]))}
    assert not any(p in graph.FIXED for _, p, _ in some)
    new = set(grown.all_triples("d2"))
    fewer = set(grown.unshared("d2", shared[f.iri][1], True))
    assert not any(p in graph.FIXED for _, p, _ in fewer)
    assert (set(every) - new, new - set(every)) == (set(some) - fewer, fewer - set(some))
