"""Numeric conflicts recomputed after a write: only the episodes the changed figures are, or were, part of.

An episode is the disagreeing pairs of one measure between two states' speakers (or two sources of one side)
whose earlier figure is dated in one week (``figures.numeric_conflicts``); its group is
``groups.episodes(measure, week, state, state)``.  A figure meets only the figures of its measure dated within
``figures.NUMERIC_WINDOW_DAYS`` of it, so a figure dated d is in episodes of the weeks of d - window and d, and
an episode is made of figures dated in its week or up to the window after it.  A write therefore reads the
figures of its measures dated in those spans, and recomputes the episodes of those weeks between the changed
figures' states and every other state, from the pairs that have one of the changed states on a side.  Why: an
episode used to be a whole dispute, recomputed whole; on a store of 40k claims one new figure meant a million
pair checks and a thousand conflicts rebuilt.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from kb.derived.conflicts import clusters, figures, groups
from kb.derived.conflicts.model import ClaimFacts, Detected, Proposition, iso_day, week
from kb.derived.conflicts.vocabulary import Categories

Load = Callable[..., tuple[list[ClaimFacts], list[ClaimFacts]]]
Measure = tuple[frozenset[str], str]


@dataclass
class Found:
    conflicts: list[Detected] = field(default_factory=list)
    tags: set[str] = field(default_factory=set)
    claims: int = 0


def recompute(load: Load, touched: list[ClaimFacts], cats: Categories, label: figures.Labeller,
              tally: Counter[str]) -> Found:
    """The numeric conflicts of every episode a touched figure is or was in, with the groups they replace."""
    out = Found()
    props = {groups.proposition(c) for c in touched if groups.is_figure(c)}
    if not props:
        return out
    focus = [c for now in (True, False) for c in load(props, now=now)[0] if groups.is_figure(c)]
    changed: dict[Measure, tuple[set[str], set[str]]] = {}  # measure → (episode weeks, states of changed figures)
    for c in focus:
        weeks, states = changed.setdefault((c.parties, c.category or ""), (set(), set()))
        weeks.update(_weeks(c.date))
        states.add(c.speaker_root)
    near, _ = load({groups.figure_day(*m, d) for m, (weeks, _) in changed.items() for e in weeks for d in _span(e)})
    near, _ = load({groups.proposition(c) for c in near if groups.is_figure(c)})
    out.claims = len(near)
    by_measure = figures.by_measure(figures.figure_propositions(clusters.propositions(near)))
    for m, (weeks, states) in sorted(changed.items(), key=str):
        members = by_measure.get(m, [])
        pairs = _pairs(members, states, weeks, tally)
        out.conflicts += figures.episodes(pairs, cats, label)
        others = {p.first.speaker_root for p in members} | states
        out.tags |= {groups.episodes(*m, e, a, b) for e in weeks for a in states for b in others}
    return out


def group(x: Detected) -> str:
    """A numeric or same-side conflict's group: its measure, week and the states of its speakers."""
    first = x.claims[0]
    states = sorted({c.speaker_root for c in x.claims})
    return groups.episodes(first.parties, first.category or "", x.episode, states[0], states[-1])


def _pairs(members: list[Proposition], states: set[str], weeks: set[str], tally: Counter[str]) -> list[figures.Pair]:
    """Every disagreeing pair of ``members`` (one measure, sorted by date) with a figure of ``states`` on a side
    and the earlier figure dated in one of ``weeks``, in ``figures._disagreeing``'s order."""
    window = figures.NUMERIC_WINDOW_DAYS
    dated = [p for p in members if p.date is not None]
    dates = [p.date for p in dated if p.date is not None]
    order = {id(p): i for i, p in enumerate(members)}
    weeks_of = {id(p): week(p.date) for p in members}
    seen: set[tuple[int, int]] = set()
    found: dict[tuple[int, int], figures.Pair] = {}
    for x in members:
        if x.first.speaker_root not in states:
            continue
        if x.date is None:
            nearby = [p for p in members if p.date is None]
        else:
            lo = bisect.bisect_left(dates, x.date - timedelta(days=window))
            nearby = dated[lo:bisect.bisect_right(dates, x.date + timedelta(days=window))]
        for y in nearby:
            a, b = (x, y) if order[id(x)] < order[id(y)] else (y, x)
            key = (order[id(a)], order[id(b)])
            if y is x or key in seen or weeks_of[id(a)] not in weeks:
                continue
            seen.add(key)
            v = figures.disagree(a, b, tally)
            if v is not None:
                found[key] = (a, b, v)
    return [found[k] for k in sorted(found)]


def _weeks(when: date | None) -> set[str]:
    """The weeks of the episodes a figure dated ``when`` may be in: its own and the window's before it."""
    if when is None:
        return {"-"}
    return {week(when), week(when - timedelta(days=figures.NUMERIC_WINDOW_DAYS))}


def _span(episode: str) -> list[str]:
    """The days whose figures an episode of that week is made of: the week and the window after it."""
    if episode == "-":
        return ["-"]
    monday = date.fromisoformat(episode)
    return [iso_day(monday + timedelta(days=n)) for n in range(7 + figures.NUMERIC_WINDOW_DAYS)]
