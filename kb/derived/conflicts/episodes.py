"""Numeric conflicts recomputed after a write: only the episodes a changed figure is, or was, part of.

An episode is the disagreeing pairs of one measure between two states' speakers (or two sources of one side)
whose earlier figure is dated in one week (``figures.numeric_conflicts``); its group is
``groups.episodes(measure, week, state, state)``.  A figure meets only the figures of its measure dated within
``figures.NUMERIC_WINDOW_DAYS`` of it.  A write therefore:

1. reads the figures dated within that window of its changed propositions (one with a claim in a changed
   article), and checks each changed proposition, as it is now and as it was, against them: the groups of the
   disagreeing pairs found are the groups whose episodes change (no other pair changed: an unchanged proposition
   is the same before and after);
2. recomputes each such group from its candidates only: the unchanged propositions of the episodes stored for
   it (a disagreeing pair of two unchanged propositions was in the group's stored episodes, so both are there;
   read by the claims those hold) and both sides of its pairs found in 1. as things are now.

Why: a group used to be recomputed from every figure of the changed states over the weeks around, against every
other state's figures (80–190k pair checks and 10–30k loaded claims for one article at 100k claims, where a big
state gives a large share of a dense week's figures); now a changed figure meets its window, and a group its own
members.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

from kb.derived.conflicts import clusters, compare, figures, groups
from kb.derived.conflicts.model import ClaimFacts, Detected, Proposition, iso_day, week
from kb.derived.conflicts.vocabulary import Categories

Measure = tuple[frozenset[str], str]


class Reader(Protocol):
    """What a write reads (``incremental.View``): claims by group tag, now or as recorded; the claim IRIs of the
    findings stored for some groups; claims by IRI, now."""

    def load(self, tags: set[str], *, now: bool = True) -> tuple[list[ClaimFacts], list[ClaimFacts]]: ...

    def stored_members(self, tags: set[str]) -> dict[str, set[str]]: ...

    def claims(self, iris: set[str]) -> list[ClaimFacts]: ...


@dataclass
class Found:
    conflicts: list[Detected] = field(default_factory=list)
    tags: set[str] = field(default_factory=set)
    claims: int = 0


def recompute(read: Reader, touched: list[ClaimFacts], cats: Categories, label: figures.Labeller,
              tally: Counter[str]) -> Found:
    """The numeric conflicts of every episode group a changed figure is or was in, with the groups they replace."""
    out = Found()
    props = {groups.proposition(c) for c in touched if groups.is_figure(c)}
    if not props:
        return out
    before = _measures(read.load(props, now=False)[0])
    probes = _measures(read.load(props)[0])
    for m, ps in before.items():
        probes[m] = [*probes.get(m, []), *ps]
    days = {m: {d for p in ps for c in p.claims for d in _window(c.date)} for m, ps in probes.items()}
    near, _ = read.load({groups.figure_day(*m, d) for m, ds in days.items() for d in ds})
    dated = {m: _Probes(ps) for m, ps in probes.items()}
    near, _ = read.load({groups.proposition(c) for c in near if groups.is_figure(c) and (
        groups.proposition(c) in props or _may_disagree(c, dated.get((c.parties, c.category or ""))))})
    now = _measures(near)
    changed = {m: _changed(m, now.get(m, []), before.get(m, []), props, tally) for m in days}
    members_of = read.stored_members({tag for found in changed.values() for tag in found})
    seen = {c.iri for c in near}
    more = read.claims({iri for found in members_of.values() for iri in found} - seen)
    out.claims = len(near) + len(more)
    for m, extra in _measures([c for c in more if groups.proposition(c) not in props]).items():
        now[m] = sorted((*now.get(m, []), *extra), key=_order)
    for m, found in sorted(changed.items(), key=str):
        members = now.get(m, [])
        order = {id(p): i for i, p in enumerate(members)}
        unchanged = {c.iri: p for p in members if _tag(p) not in props for c in p.claims}
        for tag, paired in sorted(found.items()):
            kept = {id(p) for iri in members_of.get(tag, ()) if (p := unchanged.get(iri)) is not None}
            candidates = [members[i] for i in sorted(order[x] for x in paired | kept)]
            out.conflicts += figures.episodes(_group_pairs(tag, candidates, tally), cats, label)
        out.tags |= found.keys()
    return out


class _Probes:
    """One measure's changed propositions by date, so that a figure meets only those of its window (a batch's
    probes per measure run to hundreds, and every figure near them was tested against each: 3.3 s of a profiled
    1,000-article batch on the newsroom's 13.4k-article store)."""

    def __init__(self, probes: list[Proposition]) -> None:
        self.undated = [p for p in probes if p.date is None]
        self.dated = sorted((p for p in probes if p.date is not None), key=lambda p: p.date or date.min)
        self.days = [p.date or date.min for p in self.dated]

    def near(self, when: date | None) -> list[Proposition]:
        """The probes within ``figures.NUMERIC_WINDOW_DAYS`` of ``when`` (undated: the undated ones)."""
        if when is None:
            return self.undated
        span = timedelta(days=figures.NUMERIC_WINDOW_DAYS)
        return self.dated[bisect.bisect_left(self.days, when - span):bisect.bisect_right(self.days, when + span)]


def _may_disagree(c: ClaimFacts, probes: _Probes | None) -> bool:
    """Whether the proposition ``c`` attests may disagree with one of ``probes`` (changed propositions of its
    measure): ``c`` dated within their window, its figure read exactly (an approximate first attestation only
    widens it) apart from theirs.  The others are not read whole: most figures of a dense week agree with a new one
    or fall outside its window."""
    if probes is None:
        return False
    lo = float(c.qmin) if c.qmin is not None else 0.0
    if c.qmin is not None and c.qmax is None:
        lo = min(lo, c.qmin * (1 - compare.OPEN_SLACK))
    hi = float("inf") if c.qmax is None else float(c.qmax)
    return any(p.lo > hi or lo > p.hi for p in probes.near(c.date))


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


def _group_pairs(tag: str, candidates: list[Proposition], tally: Counter[str]) -> Iterator[figures.Pair]:
    """``figures.disagreeing``'s pairs of ``candidates`` (sorted) that are in the group ``tag``: the earlier figure
    of its week, one of each of its states (or two of its one state); the others are not compared.  A figure of
    neither state is skipped before its window is walked (a batch checks 1.6M pairs in 26k groups)."""
    when, first, second = tag.rsplit("|", 3)[1:]
    span = figures.NUMERIC_WINDOW_DAYS
    for i, a in enumerate(candidates):
        root = a.first.speaker_root
        if (root != first and root != second) or week(a.date) != when:
            continue
        partner = second if root == first else first
        for j in range(i + 1, len(candidates)):
            b = candidates[j]
            if not figures.same_frame(a, b, span):
                if a.date is not None and b.date is not None:
                    break  # sorted by date: every later b is further away
                continue
            if b.first.speaker_root != partner:
                continue
            v = figures.disagree(a, b, tally)
            if v is not None:
                yield a, b, v


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
        if x.date is None:  # ``figures.same_frame``: its own article's undated figures
            nearby = [y for y in undated if y.first.article == x.first.article]
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


def _window(when: date | None) -> set[str]:
    """The days of the figures a figure dated ``when`` may meet: ``figures.NUMERIC_WINDOW_DAYS`` either side."""
    if when is None:
        return {"-"}
    span = figures.NUMERIC_WINDOW_DAYS
    return {iso_day(when + timedelta(days=n)) for n in range(-span, span + 1)}
