"""The newsroom corpus the benchmarks build from (``bench/newsroom.py``): it must be what it says, or the bench's
figures measure another store than a newsroom's.  Each article alone and the same every time; its claims where
its text says them; the real articles' mix of types; one world, so that a toll only grows and a day's strikes kill
no more than a side's daily rate; and every article accepted by the SHACL gate, as the bench's stores are built
through it."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench import newsroom, newsroom_world
from bench.generate import CORPORA, Cast, generate_one, iter_generated
from kb.service import KnowledgeBase


@pytest.fixture(scope="module")
def cast() -> Cast:
    return Cast.load()


def test_an_article_is_made_alone_and_the_same_every_time(cast: Cast) -> None:
    alone = generate_one(41, 7, cast, 120)
    after = list(iter_generated(42, 7, cast, days=120))[41]
    assert alone.article.text == after.article.text and alone.claims == after.claims
    assert generate_one(41, 8, cast, 120).article.text != alone.article.text  # another seed, another corpus


def test_each_claim_is_where_its_article_says_it(cast: Cast) -> None:
    for item in iter_generated(200, 7, cast):
        text = item.article.text
        assert 3 <= len(item.claims) <= 12
        for c in item.claims:
            assert text[c.start:c.end] == c.quote
            assert c.speaker in c.quote


def test_the_mix_of_types_is_the_real_articles(cast: Cast) -> None:
    counts = Counter(c.type for item in iter_generated(600, 7, cast) for c in item.claims)
    total = sum(counts.values())
    for kind, share in newsroom.TYPES:
        assert abs(counts[kind] / total * 100 - share) < 3, (kind, counts[kind] / total)


def test_figures_say_what_they_count_over(cast: Cast) -> None:
    figures = [c for item in iter_generated(300, 7, cast) for c in item.claims if c.type == "casualty"]
    scopes = Counter(c.scope for c in figures)
    assert set(scopes) == {"incident", "cumulative", "period"}
    assert scopes["incident"] > scopes["cumulative"] > scopes["period"]
    assert all(c.place and c.place in c.quote for c in figures if c.scope == "incident")
    assert all(c.period_start and c.period_start <= (c.period_end or "") for c in figures if c.scope != "incident")


@settings(max_examples=60, deadline=None)
@given(war=st.sampled_from(newsroom_world.WARS), side=st.integers(0, 1), days=st.integers(0, 3000),
       unit=st.sampled_from(sorted(newsroom_world.SHARE)))
def test_a_running_total_never_falls_and_parts_stay_below_the_whole(war: newsroom_world.War, side: int, days: int,
                                                                     unit: str) -> None:
    day = newsroom_world.START + timedelta(days=days)
    later = newsroom_world.total(7, war, side, unit, day + timedelta(days=1))
    assert later >= newsroom_world.total(7, war, side, unit, day)
    if unit in ("civilians killed", "soldiers killed"):
        assert newsroom_world.total(7, war, side, unit, day) <= newsroom_world.total(7, war, side, "deaths", day)


def test_a_state_at_war_on_two_fronts_has_one_toll() -> None:
    gaza, lebanon = (next(w for w in newsroom_world.WARS if w.name == n) for n in ("gaza", "lebanon"))
    day = newsroom_world.START + timedelta(days=30)
    assert gaza.sides[1][0] == lebanon.sides[1][0] == "Israel"
    assert newsroom_world.total(7, gaza, 1, "deaths", day) == newsroom_world.total(7, lebanon, 1, "deaths", day)


@settings(max_examples=60, deadline=None)
@given(war=st.sampled_from(newsroom_world.WARS), days=st.integers(0, 3000))
def test_a_day_of_strikes_kills_no_more_than_the_sides_daily_rate(war: newsroom_world.War, days: int) -> None:
    """The rate, not the day's own increase, which the totals' jitter makes smaller on about 1% of days (``rate``);
    every front of the side counted (Israel's strikes in Gaza's war and in Lebanon's)."""
    day = newsroom_world.START + timedelta(days=days)
    for side in (0, 1):
        state = war.sides[side][0]
        fronts = [(w, s) for w in newsroom_world.WARS for s in (0, 1) if w.sides[s][0] == state]
        killed = sum(i.toll for w, s in fronts for k in range(2)
                     if (i := newsroom_world.incident(7, w, day, k)).victims == s and i.unit != "wounded")
        assert killed <= newsroom_world.rate(7, war, side)


def test_the_same_strike_is_reported_alike(cast: Cast) -> None:
    """Its victims' officials give one toll for a strike, in every article that reports it exactly."""
    seen: dict[tuple[str | None, str | None, str | None, str | None], set[int | None]] = {}
    reports: Counter[tuple[str | None, str | None, str | None, str | None]] = Counter()
    for item in iter_generated(1500, 7, cast):
        for c in item.claims:
            if c.scope == "incident" and c.quantity_max is not None and c.speaker_iri:
                key = (c.place, c.date, c.unit, c.speaker)
                seen.setdefault(key, set()).add(c.quantity_max)
                reports[key] += 1
    counted = Counter(len(v) for v in seen.values())
    repeated = [v for k, v in seen.items() if reports[k] >= 2]
    assert len(repeated) > 50, counted
    assert sum(len(v) == 1 for v in repeated) / len(repeated) > 0.7  # one in ten reports is an early count


def test_every_article_passes_the_gate(tmp_path, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    kb = KnowledgeBase.open(str(tmp_path / "kb"))
    try:
        statuses = Counter(kb.ingest_claims(g.article, g.claims).status for g in iter_generated(60, 7, cast))
    finally:
        kb.close()
    assert statuses == {"ingested": 60}


def test_the_dense_corpus_is_still_there_and_others_are_refused(cast: Cast) -> None:
    assert CORPORA == ("newsroom", "dense")
    dense = generate_one(3, 7, cast, corpus="dense")
    assert {c.type for c in dense.claims} == {"casualty"}
    with pytest.raises(ValueError, match="unknown corpus"):
        generate_one(3, 7, cast, corpus="sparse")
