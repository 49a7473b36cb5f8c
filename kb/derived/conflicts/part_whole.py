"""Part-whole findings recomputed after a write: only the groups a changed figure is, or may be, in, each from the
figures of its window.

A part-whole finding is its part's, and its group (``groups.part_whole``) is the part's measure and week.  A part
meets the figures of its own measure up to three days after it (``compare.SAME_FRAME_DAYS``) and those of a wider
measure from three days before it to a year after it (``figures.TOTAL_LOOKBACK_DAYS``: a total that counts it, rules
32), so a group is judged from the figures of those windows, read by their day tags (``groups.figure_day``), each
figure's proposition read whole (its first attestation dates it).  A changed figure (its proposition as it is now
and as it was) touches:

- as a part, its own measure's group of its week;
- as a whole of a part measure (its own, a narrower category, any measure an "all parties" toll may contain):
  the groups of the weeks within three days of it (``figures._Wholes.near``: all a part of its own measure meets);
  and, of a narrower measure, those of the year before it (from its start, when stated and later) only when that
  measure has a figure whose lower bound is above its upper bound (the measure's extremes,
  ``kb.derived.conflicts.extremes``): a total of days after a part is in its finding only when the part is above it
  (``figures._Wholes.exceeded_by``).

Why: a group was a whole measure (``pw|<measure>``), so one new figure judged again every part of its measure and of
the measures it may be the whole of, loaded with their whole history: the per-write cost grew with the store (0.25 s
of a write at 100k claims, 0.79 s at 400k, docs/scaling.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta

from kb.derived.conflicts import clusters, compare, extremes, figures, groups, summary_records
from kb.derived.conflicts.compare import SAME_FRAME_DAYS
from kb.derived.conflicts.episodes import Reader
from kb.derived.conflicts.load import Actors
from kb.derived.conflicts.model import ClaimFacts, Detected, Proposition, week
from kb.derived.conflicts.vocabulary import Categories
from kb.sparql.rows import plain_rows
from kb.store import Store

Measure = extremes.Measure
Group = tuple[Measure, str]
"""A part measure and a week (its Monday, '-' undated): one ``groups.part_whole`` group."""
_YEAR = figures.TOTAL_LOOKBACK_DAYS


def recompute(store: Store, view: Reader, touched: list[ClaimFacts], summaries_now: dict[str, str | None],
              actors: Actors, cats: Categories, tally: Counter[str]) -> tuple[list[Detected], set[str]]:
    """(the findings of every group a changed figure is or may be in, the groups they replace)."""
    changed = {groups.parse_measure(groups.measure(c.parties, c.category or "")) for c in touched
               if groups.is_figure(c)}
    if not changed:
        return [], set()
    registry = {groups.parse_measure(str(r["tag"])) for r in plain_rows(store, "conflict-measures")} | changed
    every = {actors.root(a) for a in actors.labels if cats.is_all_parties(actors.label(a))}
    every |= {p for c in touched if c.all_parties for p in c.parties}

    def wholes(part: Measure) -> set[Measure]:
        parties, category = part
        kinds = {category, *cats.wholes.get(category, ())}
        return {(w, k) for w, k in registry if k in kinds and (w, k) != part
                and (bool(w & every) or (bool(w) and parties == w))}  # figures._contains

    parts = changed | {m for m in registry if wholes(m) & changed}
    candidates = {m: wholes(m) | {m} for m in parts}  # a measure's running totals are wholes of its own parts
    texts = summary_records.read(store, {groups.measure(*w) for ws in candidates.values() for w in ws})
    found_x = extremes.by_measure(texts, summaries_now)
    targets = _targets(view, touched, candidates, found_x)
    replaced = {_tag(g) for g in targets}
    live = {m: _live(m, candidates[m], found_x) for m in {m for m, _ in targets}}  # its scoped figures: decoded
    judged = {(m, wk) for m, wk in targets if live[m]}
    if not judged:
        return [], replaced
    claims, everything = _window(view, judged, live, found_x)
    by = figures.by_measure(figures.figure_propositions(clusters.propositions(claims)))
    scopes = figures.article_scopes(everything)
    found = figures.part_whole_conflicts(by, cats, actors.label, tally, scopes, {m for m, _ in judged},
                                         {_tag(g) for g in judged})
    return found, replaced


def _tag(g: Group) -> str:
    (parties, category), when = g
    return "pw|" + groups.measure(parties, category) + "|" + when


def _targets(view: Reader, touched: list[ClaimFacts], candidates: dict[Measure, set[Measure]],
             found_x: dict[Measure, extremes.Extremes]) -> set[Group]:
    """The groups the changed figures' propositions, as they were and as they are, are or may be in: a proposition is
    dated by its first attestation, which an unchanged claim becomes when the earliest goes."""
    wanted = {groups.proposition(c) for c in touched if groups.is_figure(c)}
    out: set[Group] = set()
    for now in (False, True):
        claims, _ = view.load(wanted, now=now)
        for p in figures.figure_propositions(clusters.propositions(claims)):
            if groups.proposition(p.first) in wanted:
                out |= _reach(p, candidates, found_x)
    return out


def _reach(p: Proposition, candidates: dict[Measure, set[Measure]], found_x: dict[Measure, extremes.Extremes]
           ) -> set[Group]:
    """The groups one figure proposition is in as a part, or may be in as a whole (see the module doc)."""
    mine = (p.first.parties, p.first.category or "")
    out: set[Group] = {(mine, week(p.date))} if mine in candidates else set()
    for part, ws in candidates.items():
        if mine not in ws:
            continue
        if p.date is None:
            out.add((part, "-"))  # an undated figure meets only its own article's undated ones
            continue
        span = timedelta(days=SAME_FRAME_DAYS)
        out |= {(part, week(p.date - span)), (part, week(p.date + span))}
        start = p.date - timedelta(days=_YEAR)
        if p.first.period_start is not None:
            start = max(start, p.first.period_start)
        out |= {(part, w) for w in _earlier(p, part == mine, start, found_x.get(part))}
    return out


def _earlier(whole: Proposition, same: bool, start: date, x: extremes.Extremes | None) -> Iterable[str]:
    """The weeks from ``start`` to ``whole``'s whose parts of a measure (``x``: its extremes) it may be in a finding
    of as a total of days after them: only of a wider measure (within one, a part meets the figures of three days
    after it, ``figures._Wholes.near``), and only as a total below such a part (``figures._Wholes.exceeded_by``), so
    when some figure of the part's measure it may hold is above it.  A strike's figure holds days before it only a
    figure with no scope (``figures._strikes_apart``), a running total or a period only a day's, a strike's or an
    unscoped one (two totals days apart are ``apart``, ``compare.relate``), an unscoped figure any.  Why so narrow:
    70% of a newsroom's figures are strikes', and any strike's toll was below some running total of the year before."""
    if same or x is None or whole.date is None:
        return ()
    scope, hi = whole.first.scope, whole.bounds[1]
    if x.unknown:
        above = True
    elif scope == "incident":
        above = x.unscoped is not None and x.unscoped > hi
    elif compare.scope_of(whole.first) is not None:
        above = any(lo is not None and lo > hi for lo in (x.unscoped, x.spans))
    else:
        above = x.all is not None and x.all[0] > hi
    return _weeks(start, whole.date) if above else ()


def _weeks(first: date, last: date) -> Iterable[str]:
    """The weeks (Mondays) of the days from ``first`` to ``last``."""
    monday = first - timedelta(days=first.weekday())
    while monday <= last:
        yield monday.isoformat()
        monday += timedelta(days=7)


def _window(view: Reader, judged: set[Group], live: dict[Measure, set[Measure]],
            found_x: dict[Measure, extremes.Extremes]) -> tuple[list[ClaimFacts], list[ClaimFacts]]:
    """(the figures the judged groups' parts and wholes may be, every claim of their articles): each group's measure
    by its day tags over its week and three days after (a part meets its own measure's figures of those days), its
    live wholes over its window, up to the measure's latest figure (a window reaches a year ahead, a new figure's is
    mostly empty: a tag looked up is ~10 µs), then the propositions of those read whole."""
    tags: set[str] = set()
    for m, wk in judged:
        for w in live[m] | {m}:
            parties, category = w
            if wk == "-":
                tags.add(groups.figure_day(parties, category, "-"))
                continue
            monday = date.fromisoformat(wk)
            x = found_x.get(w)
            last = monday + timedelta(days=6 + (SAME_FRAME_DAYS if w == m else _YEAR))
            if x is not None and not x.unknown:
                last = min(last, x.last or monday)
            day = monday if w == m else monday - timedelta(days=SAME_FRAME_DAYS)
            while day <= last:
                tags.add(groups.figure_day(parties, category, day.isoformat()))
                day += timedelta(days=1)
    claims, _ = view.load(tags)
    tags |= {groups.proposition(c) for c in claims}
    return view.load(tags)


def _live(part: Measure, wholes: set[Measure], found: dict[Measure, extremes.Extremes]) -> set[Measure]:
    """The wholes (``part`` itself among them) whose extremes allow a part-whole finding with ``part``, enough of them
    to say what is loaded: once another measure is, ``part`` is loaded with it and judged against its own figures
    whatever its own check says, so that check (its scoped figures decoded and met day by day) is skipped."""
    cross = {w for w in wholes if w != part and extremes.possible(found.get(part), found.get(w), same=False)}
    if cross or part not in wholes:
        return cross
    return {part} if extremes.possible(found.get(part), found.get(part), same=True) else set()
