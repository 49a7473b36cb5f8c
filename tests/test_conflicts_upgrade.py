"""A store refreshed by rules that differ from today's only in some steps (``state.UPGRADES``: the summaries per state
and measure, the ranks, the series' keys) is brought up to date by those steps alone, and then says what a full
recompute says; a store refreshed by any other older rules is recomputed whole.  No rules qualify today (rules 16-18
did until their records and findings changed too): the steps are tested on stores made to differ in them alone, with
the table those rules had (``FIRST_UPGRADES``)."""

from __future__ import annotations

import importlib
import json

import pyoxigraph as ox
import pytest

from kb.derived import conflicts
from kb.derived.conflicts import state, summary_records
from kb.service import KnowledgeBase
from kb.store.oxigraph import OxigraphStore
from tests.test_conflicts_incremental import PART_WHOLE, _derived, _figure, _from_scratch, _publish

refresh_module = importlib.import_module("kb.derived.conflicts.refresh")  # the package's ``refresh`` is the function
FIRST_UPGRADES = {"16": ("summaries", "ranks", "series"), "17": ("ranks", "series"), "18": ("series",)}
"""``state.UPGRADES`` as rules 19 to 20 had it: what rules 16, 17 and 18 lacked then."""


def _mark_rules(store: OxigraphStore, rules: str) -> None:
    """The version of the rules that last wrote the derived data, on the meta node, set to ``rules``."""
    meta = state.stored_meta(store)
    assert meta is not None
    state.put_meta(store, rules + "|" + meta.split("|", 1)[1])


def _as_if_refreshed_by(store: OxigraphStore, rules: str) -> None:
    """The derived state as ``rules`` left it: their version on the meta node, summaries without extremes."""
    _mark_rules(store, rules)
    old = {}
    for tag, text in summary_records.read(store).items():
        found = json.loads(text)
        assert "x" in found  # what the upgrade must bring back
        del found["x"]
        old[tag] = json.dumps(found, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    summary_records.put(store, old)


def _store_with_figures() -> tuple[KnowledgeBase, OxigraphStore]:
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    for step, (_, key, a) in enumerate(PART_WHOLE[:3]):
        _publish(kb, key, step, a)
    conflicts.refresh(store)
    return kb, store


def _upgraded_alone(store: OxigraphStore, rules: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Mark ``store`` as written by ``rules``, refresh it with no whole recompute allowed (nothing new is written:
    the upgrade alone, by ``FIRST_UPGRADES``' steps), and check it then says what a recompute from scratch says (and
    did not before)."""
    _mark_rules(store, rules)
    assert _derived(store) != _from_scratch(store)
    monkeypatch.setattr(state, "UPGRADES", FIRST_UPGRADES)
    monkeypatch.setattr(refresh_module, "_full", lambda *a, **k: pytest.fail("recomputed whole"))
    conflicts.refresh(store)
    monkeypatch.undo()
    assert _derived(store) == _from_scratch(store)


def test_summaries_without_extremes_are_recomputed_without_a_whole_refresh(monkeypatch: pytest.MonkeyPatch) -> None:
    kb, store = _store_with_figures()
    _as_if_refreshed_by(store, "16")
    assert _derived(store) != _from_scratch(store)
    monkeypatch.setattr(state, "UPGRADES", FIRST_UPGRADES)
    monkeypatch.setattr(refresh_module, "_full", lambda *a, **k: pytest.fail("recomputed whole"))
    _, key, a = PART_WHOLE[3]
    _publish(kb, key, 3, a)  # the service refreshes: the summaries first, then this write's groups
    monkeypatch.undo()  # a recompute from scratch, to compare with
    assert _derived(store) == _from_scratch(store)


@pytest.mark.parametrize("older", ["12", "25", "26", "27", "28", "29", "30"])
def test_a_store_of_other_older_rules_is_recomputed_whole(older: str) -> None:
    """Each rules change that alters what is found (25: one speaker's one-strike figures; 26, 27: sides not known,
    denials' topic words; 27: generic stems as cut; 28: a neutral body's figure no side's, a field more in each state
    record; 29: corroborations, exchanges of blame and denials named by what they are about; 30: two offices of one
    neutral body no side) leaves a store of the rules before it recomputed whole on its next refresh, so no stale
    finding stays on /conflicts until its article is written again."""
    _, store = _store_with_figures()
    _as_if_refreshed_by(store, older)
    summary = conflicts.refresh(store)
    assert summary.propositions > 0  # only a whole recompute counts propositions
    assert _derived(store) == _from_scratch(store)


def test_ranks_as_places_are_rewritten_without_a_whole_refresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rules 17 ranked conflicts by place (1..n, every newer rank shifted by a new conflict): the upgrade rewrites
    each rank from the conflict's stored date, kind and IRI (``ranks.rerank``) and writes the orders whole, without
    recomputing a finding, and the store then says what a full recompute says, before and after a new write."""
    from tests.test_findings_order import _as_places

    kb, store = _store_with_figures()
    _as_places(store)
    _upgraded_alone(store, "17", monkeypatch)
    _, key, a = PART_WHOLE[3]
    _publish(kb, key, 3, a)
    assert _derived(store) == _from_scratch(store)


def test_series_keyed_by_their_claims_are_rewritten_without_a_whole_refresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rules 18 keyed a series by its claims (a new step: a new IRI, the whole series rewritten); rules 19 by its
    speaker and measure.  The upgrade writes the series again under their new keys, recomputing no conflict, and the
    store then says what a full recompute says, before and after a new step of the series."""
    from kb.derived.conflicts import graph

    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    keyed = graph.finding_key
    monkeypatch.setattr(graph, "finding_key", lambda kind, claims, extra="": keyed(
        kind, claims, "by claims" if kind == "series" else extra))  # another key than today's
    for key, (figure, day) in enumerate(((50, 1), (300, 3), (2000, 8))):
        _publish(kb, key, key, _figure("Baku", figure, day, "cumulative"))
    monkeypatch.undo()
    assert _series_nodes(store), "the fixture makes a series"
    _upgraded_alone(store, "18", monkeypatch)
    before = _series_nodes(store)
    _publish(kb, 3, 3, _figure("Baku", 2500, 9, "cumulative"))  # a new step: the series keeps its IRI
    assert _derived(store) == _from_scratch(store)
    after = _series_nodes(store)
    assert before < after  # the same series node and its steps, one step more


def _series_nodes(store: OxigraphStore) -> set[str]:
    """The series' nodes and their steps' (``<series>#step<n>``)."""
    return {q.subject.value for q in store.ox.quads_for_pattern(None, None, None, None)
            if isinstance(q.subject, ox.NamedNode) and "/series/" in q.subject.value}


def test_a_store_of_rules_21_gets_the_parties_wording_and_whole_best_estimates() -> None:
    """Rules 22 reword every stored measure ("deaths of X" → "deaths (parties: X)": the parties hold victims and
    attackers alike) and round the best estimate to a whole number: a rules-21 store is recomputed whole."""
    _, store = _store_with_figures()
    _mark_rules(store, "21")
    assert conflicts.refresh(store).propositions > 0  # only a whole recompute counts propositions
    assert _derived(store) == _from_scratch(store)
    texts = [c.explanation for c in conflicts.list_conflicts(store)]
    texts += [a.explanation for a in conflicts.aggregates(store)]
    assert texts and all("(parties: " in t or "(all parties)" in t for t in texts)


def _records_without(store: OxigraphStore, name: str) -> None:
    """Every article's state record as rules that did not keep the claim fact ``name`` wrote it (rules 28 kept no
    ``speaker_neutral``; rules before 21 fewer facts still)."""
    from kb.derived.conflicts.groups import _FIELDS

    at, graph, facts = _FIELDS.index(name), ox.NamedNode(state.STATE_GRAPH), ox.NamedNode(state.ST + "facts")
    for q in list(store.ox.quads_for_pattern(None, facts, None, graph)):
        record = json.loads(q.object.value)
        for row in record["c"]:
            del row[at]
        store.ox.remove(q)
        store.ox.add(ox.Quad(q.subject, facts, ox.Literal(json.dumps(record, separators=(",", ":"))), graph))


@pytest.mark.parametrize("older", ["16", "17", "18"])
def test_a_store_of_the_first_upgradable_rules_is_recomputed_whole_since_its_records_changed(older: str) -> None:
    """Rules 16-18 were brought up to date by a few steps (summaries, ranks, series: ``state.UPGRADES``) when those
    were all that differed; since rules 21 and 29 added facts to each article's state record and rules 30 renamed
    three kinds of finding, they differ in more.  Upgraded by those steps alone, such a store kept its records of the
    older layout, and the next write that replaced an article failed on decoding its old record (``groups.from_rows``:
    "zip() argument 2 is shorter than argument 1").  It is recomputed whole, and writes go on as on any store."""
    kb, store = _store_with_figures()
    _records_without(store, "speaker_neutral")
    _mark_rules(store, older)
    assert conflicts.refresh(store).propositions > 0  # only a whole recompute counts propositions
    a = PART_WHOLE[3][2]
    _publish(kb, 0, 3, a)  # article 0 replaced: its recorded facts are read back
    assert _derived(store) == _from_scratch(store)
