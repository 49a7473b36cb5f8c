"""A large write reads every recorded article once and finds a load's claims by an index of their tags held in memory
(``kb.derived.conflicts.recorded``), instead of the store's index of records by tag and a test of every claim of the
records it finds.  Both ways must load the same claims in the same order, now and as recorded, and a refresh that
takes the new way must leave what a recompute from scratch leaves.  Why: a 1,000-article batch on the newsroom's
13.4k-article store loaded 93-107k claims in each of 17 loads (``docs/scaling.md``, session 33)."""

from __future__ import annotations

import random
from typing import Any

import pytest

from kb.derived import conflicts
from kb.derived.conflicts import groups, incremental, recorded
from kb.derived.conflicts.load import load_actors
from kb.derived.conflicts.vocabulary import categories
from kb.service import KnowledgeBase
from kb.store.oxigraph import OxigraphStore
from tests.fixtures.synthetic import publish
from tests.test_conflicts_incremental import (
    ANSWERED_AGAIN,
    DENIED_AMONG_OTHERS,
    EPISODES,
    IN_THE_WINDOW,
    PART_WHOLE,
    SPEAKERS,
    SUBJECTS,
    TOPICS,
    UNITS,
    U,
    _date,
    _derived,
    _from_scratch,
    _publish,
    _said,
    test_incremental_refresh_equals_a_full_recompute,
)


def _articles(rng: random.Random, count: int) -> list[dict[str, Any]]:
    """Articles of one to three claims drawn as the property test draws them: every kind of group met often."""
    def one() -> dict[str, Any]:
        day = rng.choice([None, *range(21)])
        return {"type": rng.choice(["casualty", "casualty", "accusation", "denial", "statement"]),
                "speaker": rng.choice(SPEAKERS), "subject": rng.choice(SUBJECTS), "figure": rng.choice([10, 50, 300]),
                "unit": rng.choice(UNITS), "topic": rng.choice(TOPICS), "day": day,
                "scope": rng.choice([None, "cumulative", "period", "incident"]), "place": rng.choice([None, "Ganja"])}

    return [{"day": rng.choice([None, *range(21)]), "outlet": rng.choice(["Kompas", "Tempo", "Reuters"]),
             "claims": [one() for _ in range(rng.randint(1, 3))]} for _ in range(count)]


def _written(seed: int) -> tuple[OxigraphStore, incremental.Delta]:
    """A refreshed store of 30 articles, then 12 written unrefreshed (8 new, 4 replaced): the write's delta."""
    rng = random.Random(seed)
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    for key, a in enumerate(_articles(rng, 30)):
        _publish(kb, key, key, a)
    with kb.batch():
        for n, a in enumerate(_articles(rng, 12)):
            _publish(kb, 30 + n if n < 8 else rng.randrange(30), 100 + n, a)
        actors = load_actors(store)
        return store, incremental.delta(store, actors, categories())


def _iris(loaded: tuple[list[Any], list[Any]]) -> tuple[list[str], list[str]]:
    return [c.iri for c in loaded[0]], [c.iri for c in loaded[1]]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_record_at_once_loads_what_the_store_s_index_finds(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    """Every tag of every claim, recorded or new, asked kind by kind, several kinds at once and in random sets: the
    same claims in the same order either way (the changed articles as they are now, and as recorded)."""
    store, d = _written(seed)
    assert len(d.articles) == 12
    before, after = d.claims()
    stored = [c for claims in recorded.Recorded.read(store, {}).claims.values() for c in claims]
    claims = [*before, *after, *stored]
    every = sorted({t for c in claims for t in groups.tags(c)})
    assert {t.split("|", 1)[0] for t in every} >= {"p", "t", "m", "sm", "fd", "a", "dd", "dn", "sp", "ps"}
    rng = random.Random(seed)
    asked = [*({t for t in every if t.startswith(k + "|")} for k in ("p", "sm", "fd", "a", "dd", "ps", "t")),
             *(set(rng.sample(every, min(len(every), n))) for n in (1, 5, 40, 200)), set(every),
             {"pw|m|none|-", "no such tag"}]
    by_tags, at_once = incremental.View(store, d), incremental.View(store, d)

    def loaded(view: incremental.View, tags: set[str], now: bool) -> tuple[list[str], list[str]]:
        monkeypatch.setattr(recorded, "WHOLE_FROM", 1 if view is at_once else 10**9)  # read when a view first loads
        return _iris(view.load(tags, now=now))

    for tags in asked:
        for now in (True, False):
            assert loaded(at_once, tags, now) == loaded(by_tags, tags, now), (sorted(tags)[:3], now)
    assert at_once._whole is not None and by_tags._whole is None
    assert {c.iri for c in at_once.articles(set(d.old) | set(d.new))} == \
        {c.iri for c in by_tags.articles(set(d.old) | set(d.new))}


@pytest.mark.parametrize("ops", [IN_THE_WINDOW, DENIED_AMONG_OTHERS, ANSWERED_AGAIN, PART_WHOLE, EPISODES])
def test_writes_that_read_every_record_equal_a_full_recompute(monkeypatch: pytest.MonkeyPatch, ops: Any) -> None:
    """The property test's worked examples, each write loading from every record at once."""
    read = recorded.Recorded.read
    calls: list[int] = []

    def counted(store: Any, known: Any) -> recorded.Recorded:
        calls.append(1)
        return read(store, known)

    monkeypatch.setattr(recorded, "WHOLE_FROM", 1)
    monkeypatch.setattr(recorded.Recorded, "read", staticmethod(counted))
    test_incremental_refresh_equals_a_full_recompute.hypothesis.inner_test(ops)  # type: ignore[attr-defined]
    assert calls


def test_a_batch_that_reads_every_record_equals_a_full_recompute(monkeypatch: pytest.MonkeyPatch) -> None:
    """New, replaced and deleted articles in one refresh, loaded from every record at once."""
    monkeypatch.setattr(recorded, "WHOLE_FROM", 5)
    rng = random.Random(7)
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    keys = [publish(kb, f"{U}{key}", _date(a["day"]), a["outlet"], [_said(key * 10 + i, c) for i, c in
                                                                       enumerate(a["claims"])]).key
            for key, a in enumerate(_articles(rng, 25))]
    with kb.batch():
        for n, a in enumerate(_articles(rng, 10)):
            _publish(kb, 25 + n if n < 6 else n, 100 + n, a)
        for key in (11, 12):
            assert kb.delete_article(keys[key])
    assert _derived(store) == _from_scratch(store)
    conflicts.refresh(store)
    assert _derived(store) == _from_scratch(store)
