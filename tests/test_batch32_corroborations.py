"""A rewritten corroboration's stored members are guessed from the write's changed articles and checked by its stored
digest (``kb.derived.conflicts.corroborations_read``), not read back by look-ups: a guess its digest confirms leaves
the members kept out of both sides of the difference, one it does not is read whole, and either way the graphs equal
a recompute from scratch.  Why: a 1,000-article batch on the newsroom's 13.4k-article store read 82k triples back
for 1.4k corroborations (``docs/scaling.md``, session 32)."""

from __future__ import annotations

from typing import Any

import pytest

from kb.derived import conflicts
from kb.derived.conflicts import corroborations_read, graph, readback, rewrite, write
from kb.derived.conflicts.load import load_actors, load_claims
from kb.derived.conflicts.refresh import detect, finding
from kb.service import KnowledgeBase
from kb.store import Store
from kb.store.oxigraph import OxigraphStore
from kb.vocab import DATA
from tests.fixtures.conflicts_store import build
from tests.fixtures.synthetic import Said, publish
from tests.test_conflicts_incremental import _derived, _from_scratch

U = "https://news.example/corroborated/"


@pytest.fixture(scope="module")
def store() -> Store:
    s = build(400, 16)
    conflicts.refresh(s)
    return s


def _largest(store: Store) -> Any:
    actors = load_actors(store)
    found = detect(load_claims(store, actors), actors.label).corroborations
    assert found
    return max(found, key=lambda c: len(c.proposition.claims))


def test_a_corroboration_to_rewrite_says_what_its_whole_triples_say(store: Store) -> None:
    actors = load_actors(store)
    for c in detect(load_claims(store, actors), actors.label).corroborations:
        f, whole = rewrite.corroboration(c), finding(graph.add_corroboration, c)
        assert f.iri == whole.iri and f.digest() == whole.digest()
        assert set(f.all_triples("d")) == set(whole.all_triples("d"))


def test_a_confirmed_guess_leaves_the_kept_members_out_of_both_sides(store: Store) -> None:
    f = rewrite.corroboration(_largest(store))
    assert len(f.members) >= 2
    every, _ = readback.old_triples(store, [f.iri])
    assert set(every) == set(f.all_triples(f.digest()))  # stored as computed
    grown = write.ConflictFinding(f.iri, f.triples, sorted([*f.members[1:], f"{DATA}claim/another"]))
    some, shared = corroborations_read.old_triples(store, {f.iri: frozenset(f.members)}, {f.iri: grown.members})
    assert shared == {f.iri: (0, frozenset(f.members[1:]))}
    new = set(grown.all_triples("d2"))
    fewer = set(grown.unshared("d2", shared[f.iri][1]))
    assert len(some) < len(every) and len(fewer) < len(new)
    assert (set(every) - new, new - set(every)) == (set(some) - fewer, fewer - set(some))


@pytest.mark.parametrize("wrong", ["one short", "one more"])
def test_a_guess_its_digest_does_not_confirm_is_read_whole(store: Store, wrong: str) -> None:
    f = rewrite.corroboration(_largest(store))
    guess = frozenset(f.members[1:]) if wrong == "one short" else frozenset([*f.members, f"{DATA}claim/another"])
    every, _ = readback.old_triples(store, [f.iri])
    some, shared = corroborations_read.old_triples(store, {f.iri: guess}, {f.iri: f.members})
    assert shared == {} and sorted(map(str, some)) == sorted(map(str, every))


def _report(kb: KnowledgeBase, n: int, outlet: str, toll: int, day: str) -> str:
    said = [Said(f"({n}) Yerevan told reporters {toll} soldiers of Armenia had been killed.", "casualty", "Yerevan",
                 subject="Armenia", qmin=toll, qmax=toll, unit="soldiers killed", date=day)]
    return publish(kb, f"{U}{n}", day, outlet, said).key


def test_a_batch_that_grows_and_shrinks_corroborations_leaves_what_a_recompute_gives(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A reprint from a new outlet grows one corroboration while a replaced reprint moves to the other figure's (the
    first one's guess takes back the claim the replaced article had), then a deleted reprint shrinks one: each write
    confirms its guesses and leaves what a recompute gives."""
    confirmed: list[bool] = []
    check = corroborations_read._confirmed

    def spied(*args: Any) -> bool:
        confirmed.append(check(*args))
        return confirmed[-1]

    monkeypatch.setattr(corroborations_read, "_confirmed", spied)
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    keys = [_report(kb, n, outlet, 40, "2020-09-27") for n, outlet in enumerate(["Kompas", "Tempo", "Reuters"])]
    _report(kb, 3, "Tempo", 90, "2020-09-28")
    _report(kb, 4, "Reuters", 90, "2020-09-28")
    with kb.batch():
        _report(kb, 5, "Antara", 40, "2020-09-29")
        _report(kb, 2, "Reuters", 90, "2020-09-29")  # replaced: now the other figure's
    assert confirmed and all(confirmed)
    store = kb.store
    assert isinstance(store, OxigraphStore)
    assert _derived(store) == _from_scratch(store)
    before = len(confirmed)
    assert kb.delete_article(keys[1])
    assert len(confirmed) > before and all(confirmed)
    assert _derived(store) == _from_scratch(store)
