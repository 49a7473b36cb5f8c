"""Numeric conflicts recomputed after a write: only the episodes a changed figure is, or was, part of.

An episode is the disagreeing pairs of one measure between two states' speakers (or two sources of one side)
whose earlier figure is dated in one week (``figures.numeric_conflicts``); its group is
``groups.episodes(measure, week, state, state)``.  A figure meets only the figures of its measure dated within
``figures.NUMERIC_WINDOW_DAYS`` of it.  A write therefore:

1. checks each changed proposition (one with a claim in a changed article), as it is now and as it was, against
   the figures of its measure within the window: the groups of the disagreeing pairs found are the groups whose
   episodes change (no other pair changed: an unchanged proposition is the same before and after);
2. recomputes each such group from its candidates only: the unchanged propositions of the episodes stored for
   it (``stored``: a disagreeing pair of two unchanged propositions was in the group's stored episodes, so both
   are there) and both sides of its pairs found in 1. as things are now.

Why: the group used to be recomputed from every figure of the changed states in the weeks around, against every
other state's (80–190k pair checks for one article at 100k claims, where a big state gives a large share of a
dense week's figures); now a changed figure meets its window, and a group its own members.
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
Stored = Callable[[set[str]], dict[str, set[str]]]
"""Group tags → the claim IRIs of the findings stored for each of those groups."""
Measure = tuple[frozenset[str], str]


@dataclass
class Found:
    conflicts: list[Detected] = field(default_factory=list)
    tags: set[str] = field(default_factory=set)
    claims: int = 0


def recompute(load: Load, stored: Stored, touched: list[ClaimFacts], cats: Categories, label: figures.Labeller,
              tally: Counter[str]) -> Found:
    """The numeric conflicts of every episode group a changed figure is or was in, with the groups they replace."""
    out = Found()
    props = {groups.proposition(c) for c in touched if groups.is_figure(c)}
    if not props:
        return out
    before = _measures(load(props, now=False)[0])
    weeks: dict[Measure, set[str]] = {}
    for c in (*load(props)[0], *(c for ps in before.values() for p in ps for c in p.claims)):
        if groups.is_figure(c):
            weeks.setdefault((c.parties, c.category or ""), set()).update(_weeks(c.date))
    near, _ = load({groups.figure_day(*m, d) for m, spans in weeks.items() for e in spans for d in _span(e)})
    near, _ = load({groups.proposition(c) for c in near if groups.is_figure(c)})
    out.claims = len(near)
    now = _measures(near)
    changed = {m: _changed(m, now.get(m, []), before.get(m, []), props, tally) for m in weeks}
    members_of = stored({tag for found in changed.values() for tag in found})
    for m, found in sorted(changed.items(), key=str):
        members = now.get(m, [])
        order = {id(p): i for i, p in enumerate(members)}
        unchanged = {c.iri: p for p in members if _tag(p) not in props for c in p.claims}
        for tag, paired in sorted(found.items()):
            kept = {id(p) for iri in members_of.get(tag, ()) if (p := unchanged.get(iri)) is not None}
            candidates = [members[i] for i in sorted(order[x] for x in paired | kept)]
            pairs = figures.disagreeing(candidates, figures.NUMERIC_WINDOW_DAYS, tally)
            out.conflicts += figures.episodes((x for x in pairs if _group(m, x[0], x[1]) == tag), cats, label)
        out.tags |= found.keys()
    return out


def _changed(m: Measure, members: list[Proposition], was: list[Proposition], props: set[str],
             tally: Counter[str]) -> dict[str, set[int]]:
    """The groups of one measure whose episodes change (a changed proposition in a disagreeing pair before or now),
    each with the members (``id``) of its changed pairs now."""
    found: dict[str, set[int]] = {}
    unchanged = [p for p in members if _tag(p) not in props]
    for a, b, _ in _touching(sorted((*unchanged, *was), key=_order), props, tally):
        found.setdefault(_group(m, a, b), set())
    for a, b, _ in _touching(members, props, tally):
        found.setdefault(_group(m, a, b), set()).update((id(a), id(b)))
    return found


def group(x: Detected) -> str:
    """A numeric or same-side conflict's group: its measure, week and the states of its speakers."""
    first = x.claims[0]
    states = sorted({c.speaker_root for c in x.claims})
    return groups.episodes(first.parties, first.category or "", x.episode, states[0], states[-1])


def _measures(claims: list[ClaimFacts]) -> dict[Measure, list[Proposition]]:
    return figures.by_measure(figures.figure_propositions(clusters.propositions(claims)))


def _tag(p: Proposition) -> str:
    return groups.proposition(p.first)


def _order(p: Proposition) -> tuple[date, str]:
    """``figures.by_measure``'s order: by date (undated last), then by the first attestation."""
    return p.date or date.max, p.first.iri


def _group(m: Measure, a: Proposition, b: Proposition) -> str:
    """The group of a disagreeing pair (``a`` the earlier): ``group`` of the episode it is in."""
    return groups.episodes(*m, week(a.date), a.first.speaker_root, b.first.speaker_root)


def _touching(members: list[Proposition], changed: set[str], tally: Counter[str]) -> list[figures.Pair]:
    """The disagreeing pairs of ``members`` (one measure, sorted) with a changed proposition on a side."""
    dated = [p for p in members if p.date is not None]
    dates = [p.date for p in dated if p.date is not None]
    undated = [p for p in members if p.date is None]
    order = {id(p): i for i, p in enumerate(members)}
    window = timedelta(days=figures.NUMERIC_WINDOW_DAYS)
    seen: set[tuple[int, int]] = set()
    found = []
    for x in members:
        if _tag(x) not in changed:
            continue
        if x.date is None:
            nearby = undated
        else:
            nearby = dated[bisect.bisect_left(dates, x.date - window):bisect.bisect_right(dates, x.date + window)]
        for y in nearby:
            a, b = (x, y) if order[id(x)] < order[id(y)] else (y, x)
            key = (order[id(a)], order[id(b)])
            if y is x or key in seen:
                continue
            seen.add(key)
            v = figures.disagree(a, b, tally)
            if v is not None:
                found.append((a, b, v))
    return found


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
