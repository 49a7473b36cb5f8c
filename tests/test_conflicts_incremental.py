"""The incremental refresh says what a full one says: random sequences of adding, replacing and deleting articles,
each followed by a refresh, leave the conflicts, the timelines (with the articles order) and the derived state
exactly as a full recompute from scratch over a copy of the store does.  Claims are drawn from a few speakers,
parties, units, figures, topics and days, so that every rule fires, groups overlap and windows meet."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kb.derived import conflicts
from kb.derived.conflicts import apply, denial_groups, state
from kb.derived.conflicts.actor_order import ACTOR_ORDER_GRAPH
from kb.derived.conflicts.cards import CARDS_GRAPH
from kb.derived.conflicts.findings_order import ORDER_GRAPH
from kb.derived.conflicts.state import STATE_GRAPH
from kb.derived.map_counts import MAP_COUNTS_GRAPH
from kb.derived.review_order import REVIEW_ORDER_GRAPH
from kb.service import KnowledgeBase
from kb.store.oxigraph import OxigraphStore
from kb.vocab import CONFLICTS_GRAPH, TIMELINES_GRAPH
from tests.fixtures.synthetic import Said, publish

U = "https://news.example/inc/"
SPEAKERS = ["Armenia", "Azerbaijan", "Russia", "Baku", "Yerevan", "OCHA"]  # OCHA: a neutral body (rules 29)
SUBJECTS = ["Armenia", "Azerbaijan", "Russia", "both sides"]
UNITS = ["soldiers killed", "deaths", "civilians killed", "killed and wounded"]
FIGURES = [10, 50, 300, 2000]
TOPICS = ["shelling Ganja", "shelling civilians", "the figure", "drone strikes", "the 300 toll"]

claim = st.fixed_dictionaries({
    "type": st.sampled_from(["casualty", "casualty", "accusation", "denial", "statement"]),
    "speaker": st.sampled_from(SPEAKERS),
    "subject": st.sampled_from(SUBJECTS),
    "figure": st.sampled_from(FIGURES),
    "unit": st.sampled_from(UNITS),
    "topic": st.sampled_from(TOPICS),
    "day": st.one_of(st.none(), st.integers(0, 20)),
    "scope": st.sampled_from([None, "cumulative", "period", "incident"]),
    "place": st.sampled_from([None, "Hadrut", "Ganja"]),
})
article = st.fixed_dictionaries({
    "day": st.one_of(st.none(), st.integers(0, 20), st.integers(0, 20)),
    "outlet": st.sampled_from(["Kompas", "Tempo", "Reuters"]),
    "claims": st.lists(claim, min_size=1, max_size=3),
})
operation = st.tuples(st.sampled_from(["add", "add", "replace", "delete"]), st.integers(0, 5), article)


def _date(day: int | None) -> str | None:
    """Days across a month's end, so that every window straddles days (and months) in both directions."""
    return None if day is None else (date(2020, 9, 22) + timedelta(days=day)).isoformat()


def _said(n: int, c: dict[str, Any]) -> Said:
    s, subject, when = c["speaker"], c["subject"], _date(c["day"])
    if c["type"] == "casualty":
        return Said(f"({n}) {s} said {c['figure']} {subject} {c['unit']}.", "casualty", s, subject=subject,
                    qmin=c["figure"], qmax=c["figure"], unit=c["unit"], date=when, scope=c.get("scope"),
                    place=c.get("place"), period_start=when if c.get("scope") == "period" else None,
                    period_end=when if c.get("scope") == "period" else None)
    text = f"({n}) {s} spoke of {c['topic']} by {subject}."
    return Said(text, c["type"], s, subject=subject, object=c["topic"], date=when)


def _publish(kb: KnowledgeBase, key: int, version: int, a: dict[str, Any]) -> None:
    said = [_said(version * 10 + i, c) for i, c in enumerate(a["claims"])]
    publish(kb, f"{U}{key}", _date(a["day"]), a["outlet"], said)  # type: ignore[arg-type]


def _derived(store: OxigraphStore) -> dict[str, set[tuple[str, str, str]]]:
    return {g: {(str(q.subject), str(q.predicate), str(q.object))
                for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(g))}
            for g in (str(CONFLICTS_GRAPH), str(TIMELINES_GRAPH), STATE_GRAPH, CARDS_GRAPH, ORDER_GRAPH,
                      ACTOR_ORDER_GRAPH, REVIEW_ORDER_GRAPH, MAP_COUNTS_GRAPH)}


def _from_scratch(store: OxigraphStore) -> dict[str, set[tuple[str, str, str]]]:
    """A copy of the articles (and reference graphs) only, refreshed from nothing."""
    copy = OxigraphStore(None)
    derived = {str(CONFLICTS_GRAPH), str(TIMELINES_GRAPH), STATE_GRAPH, CARDS_GRAPH, ORDER_GRAPH, ACTOR_ORDER_GRAPH,
               REVIEW_ORDER_GRAPH, MAP_COUNTS_GRAPH, "https://w3id.org/claimkb/graph/changes"}
    copy.ox.extend(q for q in store.ox.quads_for_pattern(None, None, None, None)
                   if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value in derived))
    conflicts.refresh(copy)
    return _derived(copy)


def _figure(speaker: str, figure: int, day: int, scope: str | None = None) -> dict[str, Any]:
    return {"day": day, "outlet": "Kompas", "claims": [
        {"type": "casualty", "speaker": speaker, "subject": "Armenia", "figure": figure, "unit": "soldiers killed",
         "topic": "", "day": day, "scope": scope, "place": None}]}


def _of(speaker: str, figure: int, day: int, scope: str | None, subject: str, unit: str) -> dict[str, Any]:
    """One article with one figure of any measure (``_figure``'s are Armenia's soldiers killed)."""
    a = _figure(speaker, figure, day, scope)
    a["claims"][0] |= {"subject": subject, "unit": unit}
    return a


PART_WHOLE = [("add", 0, _figure("Baku", 2000, 4, "cumulative")),  # a part above its whole of a wider category
              ("add", 1, _of("Yerevan", 300, 5, "cumulative", "Armenia", "deaths")),
              ("add", 2, _of("Russia", 50, 6, "cumulative", "both sides", "deaths")),  # above an "all parties" total
              ("add", 3, _figure("Yerevan", 10, 5, "cumulative")),  # far below the other side's whole (lattice)
              ("replace", 0, _figure("Baku", 10, 4, "cumulative")),  # the part's figure replaced: no longer above
              ("replace", 1, _of("Yerevan", 50, 5, "cumulative", "Armenia", "deaths")),  # a whole's replaced
              ("replace", 0, _figure("Baku", 2000, 4, "period")),  # a day's figure above the running totals
              ("delete", 0, _figure("Baku", 2000, 4, "period")), ("delete", 3, _figure("Yerevan", 10, 5))]
"""Part-whole conflicts, which a write computes only for the pairs of measures whose extremes (kept in the states'
summaries) allow one: each step makes or ends one, by a part's figure or a whole's."""
ACROSS_WEEKS = [("add", 0, _figure("Baku", 2000, 5, "period")),  # Sunday 27 Sep: a day's toll above the running
                ("add", 1, _figure("Yerevan", 50, 6, "cumulative")),  # total of Monday 28 (the next week's extremes)
                ("replace", 1, _figure("Yerevan", 5000, 6, "cumulative")),
                ("add", 2, _figure("Russia", 10, 7, "incident")),
                ("replace", 1, _figure("Yerevan", 50, 8, "cumulative")), ("delete", 0, _figure("Baku", 2000, 5))]


ACROSS_DAYS = [("add", 0, _figure("Baku", 2000, 4)), ("add", 1, _figure("Yerevan", 50, 6)),
               ("add", 2, _figure("Yerevan", 10, 3)), ("delete", 0, _figure("Baku", 2000, 4))]
"""Fri 25, Sat 26 and Mon 28 Sep: a numeric episode is the earlier figure's week, so these pairs belong to the week of
21 Sep though one figure is dated in the next; figures are added before and after the ones they meet."""


EPISODES = [("add", 0, _figure("Baku", 2000, 4)), ("add", 1, _figure("Yerevan", 50, 5)),  # Sat 26, Sun 27 Sep
            ("add", 2, _figure("Yerevan", 10, 6)),  # Mon 28: joins the week of 21 Sep's episode, whose pair stays
            ("add", 3, _figure("Baku", 2000, 2)),  # an earlier attestation: Baku's figure now dates from Thu 24
            ("add", 4, _figure("Russia", 300, 5)),  # a third state: a group of its own in the same week
            ("add", 5, _figure("Armenia", 2000, 6)),  # a second source of Armenia's side: a same-side episode
            ("replace", 1, _figure("Yerevan", 2000, 5)),  # agrees now: its pairs leave, the others' stay
            ("delete", 3, _figure("Baku", 2000, 2)),  # Baku's figure dates from Sat 26 again
            ("replace", 2, _figure("Yerevan", 10, 9)),  # moved to Thu 1 Oct: out of the window of Sat 26
            ("delete", 0, _figure("Baku", 2000, 4))]
"""A write recomputes an episode group from the figures of its stored episodes and the pairs of its changed figures
(``kb.derived.conflicts.episodes``): pairs of unchanged figures kept beside new ones, a proposition's date moved by an
earlier attestation and back, a figure that leaves a group, three states and two sources of one side in one week."""


OUT_OF_WINDOW = [("add", 0, _figure("Baku", 2000, 0)), ("add", 1, _figure("Yerevan", 50, 1)),  # Tue 22, Wed 23
                 ("add", 2, _figure("Baku", 300, 4)), ("replace", 2, _figure("Baku", 10, 4))]  # Sat 26, then agrees
"""A new figure joins an episode whose stored pair has a figure outside the new one's window (Tue 22 is more than
three days before Sat 26): the write reads that figure by the claims the stored episode holds."""


WEEKS_APART = [("add", 0, _figure("Baku", 2000, 0, "period")),  # Tue 22 Sep: a day's toll
               ("add", 1, _of("Russia", 100, 50, None, "Armenia", "deaths")),  # a wider measure's total below it
               ("add", 2, _of("Yerevan", 90, 40, "cumulative", "Armenia", "deaths")),  # an earlier one: it leads
               ("add", 3, _figure("Yerevan", 50, 2, "cumulative")),  # its own measure's, two days on
               ("add", 4, _figure("Baku", 3000, 45, "incident")),  # a strike's toll above the wider totals
               ("replace", 1, _of("Russia", 5000, 50, None, "Armenia", "deaths")),  # no longer below them
               ("delete", 2, _figure("Yerevan", 90, 40)), ("delete", 4, _figure("Baku", 3000, 45))]
"""A part-whole group is its part's measure and week (rules 32): a wider measure's total weeks after a part changes
the finding of the part's week, which the write finds by the part measure's extremes; within one measure a part meets
the figures of three days after it."""
FIRST_MOVES = [("add", 0, _figure("Baku", 2000, 0, "period")), ("add", 1, _figure("Baku", 2000, 10, "period")),
               ("add", 2, _figure("Yerevan", 50, 12, "cumulative")),  # the part's first attestation is of Tue 22
               ("delete", 0, _figure("Baku", 2000, 0)),  # now of Fri 2 Oct: its finding moves to that week's group
               ("add", 0, _figure("Baku", 2000, 0, "period"))]  # and back
"""A part whose earliest attestation goes is dated by the next one, an unchanged claim of another week: both weeks'
groups are recomputed (the proposition as it was and as it is)."""
A_YEAR_ON = [("add", 0, _figure("Baku", 2000, 0, "period")), ("add", 1, _of("Russia", 50, 364, None, "Armenia",
                                                                             "deaths")),
             ("add", 2, _of("Russia", 40, 367, None, "Armenia", "deaths")),  # a year and three days on: too late
             ("delete", 1, _figure("Russia", 50, 364))]
"""A total counts a part of the year before it, no earlier (``figures.TOTAL_LOOKBACK_DAYS``)."""


def _charge(kind: str, speaker: str, subject: str, day: int) -> dict[str, Any]:
    return {"type": kind, "speaker": speaker, "subject": subject, "figure": 10, "unit": "deaths",
            "topic": "shelling Ganja", "day": day, "scope": None, "place": None}


ANSWERED_BESIDE = [
    ("add", 0, {"day": 2, "outlet": "Kompas", "claims": [_charge("accusation", "Baku", "Armenia", 2)]}),
    ("add", 1, {"day": 20, "outlet": "Tempo", "claims": [_charge("accusation", "Baku", "Armenia", 20),
                                                         _charge("denial", "Yerevan", "Azerbaijan", 20)]}),
    ("add", 2, {"day": 18, "outlet": "Reuters", "claims": [_charge("accusation", "Baku", "Armenia", 18)]}),
    ("add", 3, {"day": 0, "outlet": "Reuters", "claims": [_charge("accusation", "Baku", "Armenia", 0)]}),
    ("delete", 2, {"day": 18, "outlet": "Reuters", "claims": []})]
"""A charge first made on 24 Sep, repeated on 12 Oct beside its denial (out of the charge's 14-day window: answered
through their shared article) and on 10 Oct in a third article, whose write must grow the denial's finding
(``denial_groups``: the denials that answered a proposition, read from the stored findings); then an earlier
repetition moves the charge's first attestation (every article of it read again), and one goes."""

ANSWERED_AGAIN = [
    ("add", 0, {"day": 5, "outlet": "Kompas", "claims": [_charge("accusation", "Baku", "Armenia", 5)]}),
    ("add", 1, {"day": 6, "outlet": "Tempo", "claims": [_charge("accusation", "Russia", "Armenia", 6)]}),
    ("add", 2, {"day": 10, "outlet": "Reuters", "claims": [_charge("denial", "Yerevan", "Azerbaijan", 10)]}),
    ("add", 3, {"day": 8, "outlet": "Reuters", "claims": [_charge("accusation", "Baku", "Armenia", 8)]}),
    ("replace", 3, {"day": 9, "outlet": "Tempo", "claims": [_charge("accusation", "Baku", "Armenia", 9),
                                                            _charge("accusation", "Russia", "Armenia", 9)]}),
    ("add", 4, {"day": 12, "outlet": "Kompas", "claims": [_charge("accusation", "Russia", "Armenia", 12)]}),
    ("delete", 3, {"day": 9, "outlet": "Tempo", "claims": []}),
    ("delete", 1, {"day": 6, "outlet": "Tempo", "claims": []})]
"""A denial of 2 Oct answering two charges (Baku's of 27 Sep, Russia's of 28 Sep): repetitions of both come, are
rewritten and go, each write making the denial's two findings again from the stored ones (``denial_groups``: their
first attestations unchanged, no pool read); then Russia's first attestation goes, and the denial is judged whole."""



def _said_of(kind: str, speaker: str, subject: str, day: int, topic: str = "shelling Ganja",
             figure: int = 10) -> dict[str, Any]:
    """One article of one claim on ``day`` (a figure's is Armenia's soldiers killed)."""
    return {"day": day, "outlet": "Tempo", "claims": [
        {"type": kind, "speaker": speaker, "subject": subject, "figure": figure, "unit": "soldiers killed",
         "topic": topic, "day": day, "scope": None, "place": None}]}


IN_THE_WINDOW = [
    ("add", 0, _said_of("denial", "Yerevan", "Azerbaijan", 10)),  # 2 Oct: denies a charge not yet made
    ("add", 1, _said_of("accusation", "Baku", "Armenia", 5)),  # made in its window: its first answer
    ("add", 2, _said_of("accusation", "OCHA", "Armenia", 7)),  # a second charge in its window: a second answer
    ("add", 3, _said_of("denial", "Yerevan", "Azerbaijan", 12, "the 300 toll")),  # denies a figure not yet given
    ("add", 4, _said_of("casualty", "Baku", "Armenia", 6, figure=300)),  # given before it: its answer
    ("add", 5, _said_of("casualty", "Russia", "Armenia", 8, figure=300)),  # a later one naming it: the answer now
    ("add", 6, _said_of("casualty", "Baku", "Armenia", 9, figure=50)),  # one it does not name: no change
    ("delete", 5, _said_of("casualty", "Russia", "Armenia", 8)),  # its answer goes: judged whole, Baku's again
    ("delete", 1, _said_of("accusation", "Baku", "Armenia", 5))]
"""Denials found by the window of a new claim (``denial_groups._answered_again``): each judged on its stored
answers and the new claims alone, a topic's denial gaining answers, a figure's changing the one it answers."""

DENIED_AMONG_OTHERS = [
    ("add", 0, _said_of("accusation", "Baku", "Armenia", 3)),
    ("add", 1, _said_of("accusation", "Baku", "Armenia", 4, "drone strikes")),  # another charge of its window
    ("add", 2, _said_of("casualty", "Baku", "Armenia", 5, figure=300)),  # the figure it will name
    ("add", 3, _said_of("casualty", "Russia", "Armenia", 6, figure=50)),  # one it will not name
    ("add", 4, _said_of("denial", "Yerevan", "Azerbaijan", 10, "drone strikes")),  # answers one charge of four
    ("add", 5, _said_of("denial", "Yerevan", "Russia", 11, "the 300 toll")),  # names a figure of another speaker
    ("add", 6, _said_of("denial", "Yerevan", "Azerbaijan", 12, "the figure")),  # a figure's, no number: none here
    ("replace", 4, _said_of("denial", "Yerevan", "Azerbaijan", 10, "shelling Ganja")),  # the other charge now
    ("add", 7, _said_of("accusation", "Russia", "Armenia", 9, "drone strikes"))]  # by a party one denial names
"""New denials judged with only the claims of their windows that may answer them (``accusations.may_answer``): a
topic's denial among charges of other topics, a figure's denial among figures it does not name, by the speaker it
names or of another."""

AGGREGATE_MONTHS = [("add", 0, _figure("Baku", 2000, 2, "incident")),  # Thu 24 Sep: a strike's toll
                    ("add", 1, _figure("Yerevan", 50, 10, "period")),  # Fri 2 Oct: a day's count, October's line
                    ("add", 2, _figure("Russia", 300, 12, "incident")),  # another October incident: the sum grows
                    ("replace", 1, _figure("Yerevan", 60, 10, "period")),  # a figure replaced: its month and sum
                    ("add", 3, _figure("Baku", 5000, 14, "cumulative")),  # a running total: the whole is over it
                    ("delete", 0, _figure("Baku", 2000, 2)),  # September's only toll deleted: its month goes
                    ("replace", 3, _figure("Baku", 10, 14, "incident"))]  # the running total gone: a sum again
"""An aggregate's months and whole rewritten by each write, diffed against the aggregate its stored summaries give
(``findings_diff``: not read back): a replaced figure, a deleted article, two months, a running total come and gone."""


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(operation, min_size=1, max_size=7))
@example(AGGREGATE_MONTHS)
@example(IN_THE_WINDOW)
@example(DENIED_AMONG_OTHERS)
@example(ANSWERED_AGAIN)
@example(ANSWERED_BESIDE)
@example(WEEKS_APART)
@example(FIRST_MOVES)
@example(A_YEAR_ON)
@example(ACROSS_DAYS)
@example(PART_WHOLE)
@example(ACROSS_WEEKS)
@example(EPISODES)
@example(OUT_OF_WINDOW)
@example([PART_WHOLE[1], PART_WHOLE[2], PART_WHOLE[0], PART_WHOLE[6], PART_WHOLE[3], PART_WHOLE[7]])
@example([ACROSS_DAYS[1], ACROSS_DAYS[0], ACROSS_DAYS[2]])
@example([("add", 0, _figure("Baku", 2000, 4)), ("add", 1, _figure("Baku", 2000, 7)),  # the earliest attestation
          ("add", 2, _figure("Yerevan", 50, 8)), ("delete", 0, _figure("Baku", 2000, 4)),  # goes, and comes back
          ("add", 0, _figure("Baku", 2000, 4))])
@example([("add", 0, _figure("Baku", 2000, 4)), ("add", 1, _figure("Yerevan", 50, 5)),  # a figure changes side
          ("replace", 0, _figure("Russia", 2000, 4)), ("replace", 0, _figure("Yerevan", 2000, 4))])
@example([("add", 0, _figure("OCHA", 2000, 4)), ("add", 1, _figure("Yerevan", 50, 5)),  # a neutral body's figure,
          ("replace", 0, _figure("Baku", 2000, 4)), ("replace", 1, _figure("OCHA", 50, 5))])  # then a side's
@example([("add", 0, _figure("Baku", 2000, 4)), ("add", 2, _figure("Yerevan", 50, 4)),  # the same day: the new one
          ("add", 1, _figure("Baku", 90, 4)), ("add", 3, _figure("Baku", 80, 2))])  # goes between, then an older one
@example([("add", 0, _figure("Russia", 50, 1)), ("add", 1, _figure("Baku", 50, 12)),  # three states of one measure
          ("add", 2, _figure("Yerevan", 300, 3)), ("add", 3, _figure("Baku", 2000, 10)),  # over two months: a state's
          ("add", 4, _figure("Yerevan", 10, 14, "period")),  # latest, a day's figure beside running totals,
          ("replace", 1, _figure("Baku", 10, 12, "incident")),  # its latest running total replaced by a strike's,
          ("delete", 3, _figure("Baku", 2000, 10)), ("delete", 2, _figure("Yerevan", 300, 3))])  # then gone
def test_incremental_refresh_equals_a_full_recompute(ops: list[tuple[str, int, dict[str, Any]]]) -> None:
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    live: dict[int, int] = {}
    for step, (op, key, a) in enumerate(ops):
        if op == "delete" and key in live:
            store.drop_graph(f"{U}{key}")  # no marker: found by the count of articles
            del live[key]
        elif op != "delete" and (op == "add") == (key not in live):
            _publish(kb, key, step, a)
            live[key] = step
        conflicts.refresh(store)
        assert _derived(store) == _from_scratch(store), (step, op, key)


def test_a_refresh_with_nothing_written_writes_nothing() -> None:
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    _publish(kb, 1, 1, {"day": 3, "outlet": "Kompas", "claims": [
        {"type": "casualty", "speaker": "Baku", "subject": "Armenia", "figure": 2000, "unit": "soldiers killed",
         "topic": "", "day": 3}]})
    conflicts.refresh(kb.store)
    assert conflicts.refresh(kb.store).triples == 0


def test_a_conflict_older_than_every_ranked_one_shifts_their_ranks() -> None:
    """Ranks count from the oldest (``kb.derived.conflicts.ranks``): a new oldest conflict takes rank 1 and the
    others move up, as a full recompute ranks them (random sequences seldom reach this case)."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    for key, (day, subject) in enumerate([(12, "Armenia"), (15, "Russia"), (2, "Azerbaijan")]):
        _publish(kb, key, key, {"day": day, "outlet": "Kompas", "claims": [
            {"type": "casualty", "speaker": speaker, "subject": subject, "figure": figure, "unit": "soldiers killed",
             "topic": "", "day": day} for speaker, figure in (("Baku", 10), ("Russia", 2000))]})
        conflicts.refresh(store)
        assert _derived(store) == _from_scratch(store), key


def test_a_redated_article_moves_its_conflicts_as_a_full_recompute_does() -> None:
    """Claims keep their IRIs when their article is republished with a new date, and so does a conflict made of
    them: it must still be placed again by its new date (a numeric episode alone keeps its place as it grows)."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    blame = [Said("Azerbaijan said Armenia shelled Ganja.", "accusation", "Azerbaijan", subject="Armenia",
                  object="shelling Ganja")]
    publish(kb, U + "a1", "2020-10-01", "Kompas", [Said("Armenia said Azerbaijan shelled Ganja.", "accusation",
                                                        "Armenia", subject="Azerbaijan", object="shelling Ganja")])
    publish(kb, U + "a2", "2020-10-02", "Kompas", blame)
    for n, (speaker, figure) in enumerate([("Baku", 2000), ("Yerevan", 10)]):
        publish(kb, f"{U}f{n}", "2020-10-03", "Kompas", [Said(f"{speaker} said {figure} Armenian soldiers were killed.",
                "casualty", speaker, subject="Armenia", qmin=figure, qmax=figure, unit="soldiers killed")])
    assert _derived(store) == _from_scratch(store)
    assert publish(kb, U + "a2", "2020-10-05", "Kompas", blame).status == "replaced"
    assert _derived(store) == _from_scratch(store)


def test_a_write_that_changed_most_articles_is_recomputed_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the share, the refresh recomputes everything (only a whole recompute counts propositions) and says the
    same."""
    import importlib

    refresh_module = importlib.import_module("kb.derived.conflicts.refresh")  # the package re-exports its function

    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    _publish(kb, 1, 1, _figure("Baku", 2000, 4))
    conflicts.refresh(store)
    monkeypatch.setattr(refresh_module, "WHOLE_MIN", 2)
    with kb.batch():  # one refresh when the block ends
        _publish(kb, 2, 2, _figure("Yerevan", 50, 5))
        _publish(kb, 3, 2, _figure("Russia", 700, 6))
    assert kb.last_refresh is not None and kb.last_refresh.propositions > 0  # the whole recompute ran
    assert _derived(store) == _from_scratch(store)
    _publish(kb, 4, 3, _figure("Yerevan", 60, 7))
    assert kb.last_refresh.propositions == 0  # one article of four: incremental again
    assert _derived(store) == _from_scratch(store)
    monkeypatch.setattr(refresh_module, "WHOLE_MAX", 1)  # a batch past the largest measured: whole, whatever the share
    monkeypatch.setattr(refresh_module, "WHOLE_SHARE", 1.0)
    with kb.batch():
        _publish(kb, 5, 4, _figure("Baku", 80, 8))
        _publish(kb, 6, 4, _figure("Russia", 90, 8))
    assert kb.last_refresh.propositions > 0
    assert _derived(store) == _from_scratch(store)


def test_articles_deleted_unmarked_beside_a_marked_write_are_found() -> None:
    """The marked articles explain part of the difference between stored and recorded articles (a new article
    alone is not looked for in the whole list); what they do not explain, here two articles dropped without a
    marker in the same refresh as a marked one, still sends the refresh to compare the two lists."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    for key, (speaker, figure) in enumerate([("Baku", 2000), ("Yerevan", 50), ("Russia", 700)]):
        _publish(kb, key, key, _figure(speaker, figure, 4))
    with kb.batch():
        _publish(kb, 3, 3, _figure("Yerevan", 60, 5))
        store.drop_graph(f"{U}0")
        store.drop_graph(f"{U}2")
    assert _derived(store) == _from_scratch(store)
    found = conflicts.state.changes(store)
    assert found.articles == set()


def test_a_marked_new_article_is_not_looked_for_in_the_whole_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """One new article makes the counts differ; its marker explains it, so the refresh reads no list of every
    article (at 25k articles that list was a tenth of a one-article refresh)."""
    import importlib

    state_module = importlib.import_module("kb.derived.conflicts.state")
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    _publish(kb, 1, 1, _figure("Baku", 2000, 4))
    ran: list[str] = []
    real = state_module.plain_rows
    monkeypatch.setattr(state_module, "plain_rows", lambda store, name, **kw: ran.append(name) or real(store, name,
                                                                                                          **kw))
    _publish(kb, 2, 2, _figure("Yerevan", 50, 5))
    assert "state-count" in ran and "state-articles" not in ran
    assert _derived(kb.store) == _from_scratch(kb.store)  # type: ignore[arg-type]


def test_a_delete_beside_a_new_article_in_one_refresh_is_seen() -> None:
    """A delete leaves a marker, in the same update as its DROP: in one batch with a new article, the counts of
    stored and recorded articles agree again, and nothing else would tell the refresh the article went (its
    findings stayed for good)."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    keys = [publish(kb, f"{U}{n}", "2020-09-26", "Kompas", [Said(f"({n}) {s} said {f} Armenian soldiers were killed.",
            "casualty", s, subject="Armenia", qmin=f, qmax=f, unit="soldiers killed")]).key
            for n, (s, f) in enumerate([("Baku", 2000), ("Yerevan", 50)])]
    assert conflicts.list_conflicts(store)
    with kb.batch():
        _publish(kb, 3, 3, _figure("Russia", 700, 9))
        assert kb.delete_article(keys[0])
    assert _derived(store) == _from_scratch(store)
    assert not any("2000" in c.explanation for c in conflicts.list_conflicts(store))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(article, min_size=1, max_size=4), st.lists(article, min_size=2, max_size=5))
@example([_figure("Baku", 2000, 4), _figure("Yerevan", 50, 9)],  # new articles before, between and after the
         [_figure("Russia", 300, 2), _figure("Yerevan", 10, 6), _figure("Baku", 90, 12), _figure("Baku", 80, 6)])
def test_a_batch_of_new_articles_equals_a_full_recompute(first: list[dict[str, Any]],
                                                         more: list[dict[str, Any]]) -> None:
    """Several new articles in one refresh (``kb.batch()``), dated among the stored ones: the articles order takes
    them in its tail (``articles_order._insert_articles``), the episodes and the rest as a full recompute says."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    for key, a in enumerate(first):
        _publish(kb, key, key, a)
    with kb.batch():
        for n, a in enumerate(more):
            _publish(kb, 10 + n, 10 + n, a)
    assert _derived(store) == _from_scratch(store)


def test_a_large_write_in_two_steps_equals_a_full_recompute(monkeypatch: pytest.MonkeyPatch) -> None:
    """A write past ``apply.BULK_LINES`` goes as deletions (with the totals forgotten), the bulk loader's additions,
    then the totals: the same derived graphs as one update, and as a full recompute."""
    monkeypatch.setattr(apply, "BULK_LINES", 1)
    written: list[object] = []
    real = apply._write_in_two

    def in_two(*args: Any) -> None:
        written.append(args[2])
        real(*args)

    monkeypatch.setattr(apply, "_write_in_two", in_two)
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    for key, a in enumerate([_figure("Baku", 2000, 4), _figure("Yerevan", 50, 9)]):
        _publish(kb, key, key, a)
    with kb.batch():  # new figures before, between and after the stored ones: episodes grow, new ones begin
        for n, a in enumerate([_figure("Russia", 300, 2), _figure("Yerevan", 10, 6), _figure("Baku", 90, 12)]):
            _publish(kb, 10 + n, 10 + n, a)
    assert _derived(store) == _from_scratch(store)
    with kb.batch():  # a replaced figure that agrees now, and one gone: triples deleted as well as added
        _publish(kb, 11, 20, _figure("Yerevan", 2000, 6))
        store.drop_graph(f"{U}0")
    assert _derived(store) == _from_scratch(store)
    assert state.stored_totals(store) is not None
    assert len(written) >= 2  # both batches (and the first articles) went in two steps


def test_a_crash_between_the_two_steps_is_mended_by_the_next_refresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first step forgets the totals: when the bulk load fails after it, the next refresh recomputes everything
    (and says what a full recompute says), not an incremental one over the half-written graphs."""
    monkeypatch.setattr(apply, "BULK_LINES", 1)
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    _publish(kb, 0, 0, _figure("Baku", 2000, 4))
    _publish(kb, 1, 1, _figure("Yerevan", 50, 5))

    def crash(*_: Any) -> None:
        raise OSError("the disk went away")

    monkeypatch.setattr(OxigraphStore, "fill_graphs", crash)  # every bulk load goes through it
    with pytest.raises(OSError), kb.batch():
        _publish(kb, 2, 2, _figure("Russia", 300, 6))
    assert state.stored_totals(store) is None
    monkeypatch.undo()
    assert conflicts.refresh(store).touched is None  # whole
    assert _derived(store) == _from_scratch(store)


# Found by hypothesis in session 19 (failing on main as it was): a batch brings a figure that joins a proposition an
# older article's denial rejects (in its own article, so at any date), dated before the older figure; the full
# recompute made the new claim a member (and lead) of that denial, the incremental refresh left the denial as it
# was (its look-up of denials went by the figure's date window only).
_DENIED_BEFORE = [{"outlet": "Kompas", "day": None, "claims": [
    {"day": None, "subject": "Armenia", "type": "casualty", "unit": "soldiers killed", "place": "Ganja", "figure": 10,
     "speaker": "Armenia", "scope": None, "topic": "shelling Ganja"},
    {"subject": "Russia", "scope": "period", "topic": "the figure", "type": "casualty", "day": 12, "place": "Ganja",
     "speaker": "Baku", "unit": "deaths", "figure": 300},
    {"type": "denial", "speaker": "Yerevan", "subject": "Azerbaijan", "topic": "the figure", "scope": None,
     "day": None, "place": None, "figure": 50, "unit": "soldiers killed"}]}]
_DENIED_MORE = [
    {"day": 3, "outlet": "Reuters", "claims": [
        {"day": None, "subject": "both sides", "type": "denial", "unit": "soldiers killed", "place": "Ganja",
         "figure": 2000, "speaker": "Yerevan", "scope": "period", "topic": "shelling civilians"},
        {"subject": "Russia", "type": "casualty", "scope": None, "topic": "the figure", "figure": 300, "day": None,
         "place": "Ganja", "speaker": "Baku", "unit": "deaths"}]},
    {"day": 1, "outlet": "Kompas", "claims": [
        {"place": None, "type": "casualty", "subject": "Armenia", "figure": 10, "unit": "deaths",
         "topic": "the figure", "day": None, "speaker": "Armenia", "scope": None}]}]


def test_a_figure_joining_a_denied_proposition_updates_the_denial() -> None:
    test_a_batch_of_new_articles_equals_a_full_recompute.hypothesis.inner_test(  # type: ignore[attr-defined]
        _DENIED_BEFORE, _DENIED_MORE)


def test_a_remote_store_s_incremental_write_takes_the_line_difference_and_equals_a_full_recompute() -> None:
    """Through the ``Store`` protocol alone (as a remote store is seen), a write's findings are diffed as N-Triples
    lines read back by query (``findings_diff._as_lines``), not as terms: episodes that grow and begin, and a series
    that grows before its last step, give the conflicts graph and totals a full recompute gives."""
    from tests.conftest import Plain

    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    for key, a in enumerate([_figure("Baku", 2000, 4), _figure("Yerevan", 50, 9), _figure("Baku", 2100, 12)]):
        _publish(kb, key, key, a)
    kb._deferred += 1  # the articles stored, their refresh left to the plain store below
    for n, a in enumerate([_figure("Russia", 300, 2), _figure("Yerevan", 10, 6), _figure("Baku", 2050, 8)]):
        _publish(kb, 10 + n, 10 + n, a)
    summary = conflicts.refresh(Plain(store))  # type: ignore[arg-type]
    assert summary.touched is not None and summary.rewritten  # group by group, not recomputed whole
    assert _derived(store)[str(CONFLICTS_GRAPH)] == _from_scratch(store)[str(CONFLICTS_GRAPH)]
    counted = state.stored_totals(store)
    conflicts.refresh(store, full=True)
    assert counted == state.stored_totals(store)  # the totals the line difference counted, as a recompute counts them


def test_a_timeline_probed_by_look_ups_reads_as_its_queries_do() -> None:
    """The binary search that places new claims in a timeline reads each position by look-ups on the embedded store
    (``patch._probe``): the claim and the date the queries give (``timeline-page``, ``claim-when``), claims with a
    date of their own and claims dated by their article alike, and nothing past the end."""
    from kb.derived import timeline
    from kb.derived.conflicts import patch

    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    for key in range(6):
        _publish(kb, key, key, {"day": key * 3 if key % 2 else None, "outlet": "Kompas", "claims": [
            {"type": "casualty", "speaker": "Baku", "subject": "Armenia", "figure": 10 + key,
             "unit": "soldiers killed", "topic": "", "day": None if key % 3 else key}]})
    probed = 0
    for q in store.ox.quads_for_pattern(None, timeline._COUNT, None, ox.NamedNode(str(TIMELINES_GRAPH))):
        node, count = q.subject.value, int(q.object.value)
        for n in range(1, count + 2):
            entry = patch._entries(store, node, range(n, n + 1))
            want = None if not entry else (c := next(iter(entry.values())), patch._dates(store, [c]).get(c))
            assert patch._probe(store, node, n) == want, (node, n)
            probed += want is not None
    assert probed >= 12


def test_the_denials_a_proposition_had_are_read_alike_by_look_ups_and_by_query() -> None:
    """A write judges again the denials that answered a repeated proposition, found from the stored findings
    (``denial_groups.stored_answers``): by look-ups on the embedded store, by "Groups of the findings of some claims"
    through the ``Store`` protocol alone; both name the denial that answered the charge, and a write through the
    protocol grows its finding as a recompute does."""
    from kb.derived.conflicts import denial_groups
    from tests.conftest import Plain

    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    for step, (_, key, a) in enumerate(ANSWERED_BESIDE[:2]):
        _publish(kb, key, step, a)
    charge = [str(r["c"]) for r in store.select(
        "SELECT ?c WHERE { GRAPH ?g { ?c <https://w3id.org/claimkb/ns#article> ?a } } ORDER BY ?c")]
    answered = denial_groups.stored_answers(store, charge)
    assert len(answered) == 1
    assert denial_groups.stored_answers(Plain(store), charge) == answered  # type: ignore[arg-type]
    kb._deferred += 1  # the third article stored, its refresh left to the plain store below
    _publish(kb, ANSWERED_BESIDE[2][1], 2, ANSWERED_BESIDE[2][2])
    conflicts.refresh(Plain(store))  # type: ignore[arg-type]
    assert _derived(store)[str(CONFLICTS_GRAPH)] == _from_scratch(store)[str(CONFLICTS_GRAPH)]


def test_a_charge_whose_every_claim_changed_brings_back_the_denial_that_answered_it() -> None:
    """One refresh replaces the article of a charge's first attestation (the charge's sentence kept, another changed)
    and deletes the article of its repetition: the charge's first attestation is the same, but none of its claims
    stands in an unchanged article, so no stored finding can be found by one (``denial_groups._beside``): the denial
    that answered it is judged again as for a new charge, and its finding loses the deleted repetition."""
    from kb.pipeline.article import key_of
    from tests.fixtures.synthetic import Said, publish

    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    charge = Said("Baku accused Yerevan of shelling Ganja.", "accusation", "Baku", subject="Armenia",
                  object="shelling Ganja", date=_date(2))

    def first(other: str) -> None:
        publish(kb, f"{U}first", _date(2), "Kompas", [charge, Said(other, "statement", "Armenia", subject="Russia",
                                                                    object="talks", date=_date(2))])

    first("Armenia spoke of talks with Moscow.")
    publish(kb, f"{U}again", _date(3), "Tempo", [Said("Baku accused Yerevan of shelling Ganja again.", "accusation",
                                                      "Baku", subject="Armenia", object="shelling Ganja",
                                                      date=_date(3))])
    publish(kb, f"{U}denial", _date(5), "Reuters", [Said("Yerevan denied shelling Ganja.", "denial", "Yerevan",
                                                         subject="Azerbaijan", object="shelling Ganja",
                                                         date=_date(5))])
    with kb.batch():
        first("Armenia spoke of talks with Moscow and Paris.")
        assert kb.delete_article(key_of(f"{U}again"))
    assert _derived(store) == _from_scratch(store)


def _judged_after(monkeypatch: pytest.MonkeyPatch, op: Any) -> tuple[list[set[str]], bool]:
    """The first three ``ANSWERED_AGAIN`` writes refreshed, then ``op`` written: the targets each denial judged with
    its pool (``denial_groups._judged``) in that last refresh, and whether the derived graphs equal a recompute."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    for key, step in enumerate(ANSWERED_AGAIN[:3]):
        _publish(kb, key, key, step[2])
    conflicts.refresh(store)
    judged: list[set[str]] = []
    real = denial_groups._judged

    def recorded(view: Any, targets: set[str], *rest: Any) -> Any:
        judged.append(set(targets))
        return real(view, targets, *rest)

    monkeypatch.setattr(denial_groups, "_judged", recorded)
    _publish(kb, 3, 3, op)
    conflicts.refresh(store)
    return judged, _derived(store) == _from_scratch(store)


def test_a_repeated_charge_makes_its_denial_s_findings_again_without_its_pool(monkeypatch: pytest.MonkeyPatch
                                                                               ) -> None:
    """A new repetition of a charge a denial answered, its first attestation unchanged: the denial's findings are made
    again from the stored ones (``denial_groups._answered_again``), not judged with every claim of its window and
    articles, and equal a full recompute's."""
    assert _judged_after(monkeypatch, ANSWERED_AGAIN[3][2]) == ([set()], True)


def test_a_new_charge_in_a_denial_s_window_is_judged_without_its_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new charge dated in an older denial's window, the denial's stored answers unchanged: the denial is judged on
    its stored answers and the new charge alone (``denial_groups._answered_again``), not with every claim of its
    window and articles, gains the new charge as an answer and equals a full recompute."""
    assert _judged_after(monkeypatch, _said_of("accusation", "OCHA", "Armenia", 8)) == ([set()], True)
