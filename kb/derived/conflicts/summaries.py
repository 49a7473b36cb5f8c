"""Aggregates recomputed from one summary per state and measure, kept as derived data.

An aggregate (``clusters.Aggregate``) is every speaker's latest figure of a measure, overall and per calendar month:
it depends on each state's latest running total and latest figure of any kind, overall and per month, and on the
order in which those states first gave one (which breaks ties in the median).  That is what a ``Summary`` holds, for
one state's figures of one measure (group ``sm|<state>|<measure>``, ``groups.speaker_measure``).  A write recomputes
the summaries of the states whose figures it changed, from those states' figures only, and each changed measure's
aggregate from its states' summaries, read back from the derived state (``kb.derived.conflicts.summary_records``)
with one bound query.  Why: an aggregate recomputed from every figure of its measure reloaded thousands of articles'
records for one new figure (4.7 s of a 9.5 s one-article refresh at 100k claims).  A full refresh computes the
aggregates the same way, from summaries, so both say the same.

A summary also keeps its state's *extremes* (``kb.derived.conflicts.extremes``): what tells a write which pairs of a
part and a whole measure can hold a part-whole conflict at all.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kb.derived.conflicts import clusters, extremes, groups, tolls
from kb.derived.conflicts.clusters import Aggregate, Labeller, running_total
from kb.derived.conflicts.model import Proposition
from kb.derived.conflicts.vocabulary import Categories

Measure = tuple[frozenset[str], str]
Entry = tuple[tuple[str, str], Proposition]
"""(where the state's first such figure sorts in its measure: date or 9999-12-31, IRI; its latest such figure)."""


@dataclass
class Summary:
    """One state's figures of one measure as an aggregate sees them: ``totals`` over its running totals, ``any``
    over all its figures; ``months``: the same per month of the figures' dates."""

    totals: Entry | None = None
    any: Entry | None = None
    months: dict[str, tuple[Entry | None, Entry | None]] = field(default_factory=dict)
    extremes: extremes.Extremes = field(default_factory=extremes.Extremes)
    """Of its figures, for part-whole (``kb.derived.conflicts.extremes``)."""
    units: dict[str, dict[str, Entry]] = field(default_factory=dict)
    """Month ("" undated) → unit key (``tolls.unit_key``) → its latest figure of that incident or period."""


def _order(p: Proposition) -> tuple[str, str]:
    """Where a figure sorts in its measure (``figures.by_measure``: by date, undated last, then IRI)."""
    return ((p.date or date.max).isoformat(), p.first.iri)


def _entry(props: list[Proposition]) -> Entry | None:
    """The first place and the latest figure (``clusters``' rule: the latest date wins, then on the same day the
    higher figure, as ``clusters.series`` orders a state's steps, then the later IRI; a dated figure beats an
    undated one).  Why the figure before the IRI: a state's updated toll of the same day ("at least 49" after its
    president's "at least 47") replaced the earlier one or not by the claims' IRIs (tryout 19)."""
    if not props:
        return None
    latest = max(props, key=lambda p: (p.date is not None, p.date or date.min, p.lo, p.first.iri))
    first = min(props, key=lambda p: (p.date or date.max, p.first.iri))  # as ``_order`` sorts: ISO days sort as days
    return _order(first), latest


def summarize(props: list[Proposition]) -> Summary:
    """The summary of one state's figure propositions of one measure."""
    totals = [p for p in props if running_total(p)]
    out = Summary(_entry(totals), _entry(props), extremes=extremes.of(props))
    months: dict[str, tuple[list[Proposition], list[Proposition]]] = defaultdict(lambda: ([], []))
    for p in props:
        if p.date is not None:
            month = months[f"{p.date:%Y-%m}"]
            month[1].append(p)
            if running_total(p):
                month[0].append(p)
    out.months = {m: (_entry(t), _entry(a)) for m, (t, a) in sorted(months.items())}
    units: dict[str, dict[str, list[Proposition]]] = defaultdict(lambda: defaultdict(list))
    for p in props:
        if not running_total(p):
            units[f"{p.date:%Y-%m}" if p.date else ""][tolls.unit_key(p)].append(p)
    out.units = {m: {k: e for k, ps in sorted(found.items()) if (e := _entry(ps)) is not None}
                 for m, found in sorted(units.items())}
    return out


def by_state(groups_: dict[Measure, list[Proposition]]) -> dict[str, Summary]:
    """``sm|`` tag → summary, for every state and measure of ``groups_`` (``figures.by_measure``)."""
    mine: dict[str, list[Proposition]] = defaultdict(list)
    for (parties, category), members in groups_.items():
        for p in members:
            mine[groups.speaker_measure(p.first.speaker_root, parties, category)].append(p)
    return {tag: summarize(props) for tag, props in mine.items()}


def aggregates(summaries: dict[str, Summary], label: Labeller, cats: Categories) -> list[Aggregate]:
    """One aggregate per measure with a summary: over each state's latest running total (its latest figure of any
    kind when the measure has no running total at all), overall and per month."""
    by_measure: dict[str, list[Summary]] = defaultdict(list)
    for tag, s in sorted(summaries.items()):
        by_measure[groups.parse_speaker_measure(tag)[1]].append(s)
    return [aggregate(groups.parse_measure(m), found, label, cats) for m, found in sorted(by_measure.items())]


def aggregate(measure: Measure, found: list[Summary], label: Labeller, cats: Categories) -> Aggregate:
    """The whole measure over each state's latest running total, or, with none, the sum of its incidents' and
    periods' tolls (``tolls``); each month the sum of that month's incidents and periods, or, with none, the
    month's latest running totals.  Kinds are never pooled: a running total hides no incident nor month."""
    parties, category = measure
    totals = any(s.totals is not None for s in found)
    agg = Aggregate(parties, category)
    if totals:
        figs = _ordered(s.totals for s in found)
        agg.speakers, agg.estimates = len(figs), clusters.estimates(figs)
    summed = 0
    for month in sorted({m for s in found for m in s.units} | {m for s in found for m in s.months}):
        units = _units(found, month)
        made = tolls.line(units) if units else None
        if made is not None and month:
            agg.periods[month] = (made[0], made[2])
            summed += 1
        elif month and totals:
            month_figs = _ordered(s.months[month][0] for s in found if month in s.months)
            if month_figs:
                agg.periods[month] = (clusters.estimates(month_figs), len(month_figs))
    if not totals:
        made = tolls.line([u for m in sorted({m for s in found for m in s.units}) for u in _units(found, m)])
        if made is not None:
            agg.estimates, agg.incidents, agg.speakers = made
    agg.explanation = clusters.explain(agg, totals, label, cats, summed_months=summed)
    return agg


def _units(found: list[Summary], month: str) -> list[tolls.Found]:
    """Every state's latest figure of each unit of ``month``, with the state's place (the order ``found`` holds)."""
    return [(i, key, e[1]) for i, s in enumerate(found) for key, e in sorted(s.units.get(month, {}).items())]


def _ordered(entries: Iterable[Entry | None]) -> list[Proposition]:
    return [p for _, p in sorted((e for e in entries if e is not None), key=lambda e: e[0])]


def encode(s: Summary) -> str:
    """The summary as JSON text (the same summary gives the same text: compared before it is written).  Each
    proposition's rows are made once: it is the latest figure of its month and often of the whole measure too, in
    both the running totals and any figure (20k rows made for 987 summaries, a sixth of a 1,000-article batch's
    series phase at 25k articles, profiled)."""
    made: dict[int, list[list[Any]]] = {}

    def entry(e: Entry | None) -> Any:
        if e is None:
            return None
        found = made.get(id(e[1]))
        if found is None:
            found = made[id(e[1])] = groups.rows(e[1].claims)
        return [list(e[0]), found]

    return json.dumps({"t": entry(s.totals), "a": entry(s.any),
                       "m": {m: [entry(t), entry(a)] for m, (t, a) in s.months.items()},
                       "u": {m: {k: entry(e) for k, e in found.items()} for m, found in s.units.items()},
                       "x": extremes.encode(s.extremes)},
                      ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def decode(text: str) -> Summary:
    def entry(e: Any) -> Entry | None:
        if e is None:
            return None
        claims = groups.from_rows(e[1])
        return (e[0][0], e[0][1]), Proposition(("summary",), claims)

    found = json.loads(text)
    return Summary(entry(found["t"]), entry(found["a"]), {m: (entry(t), entry(a)) for m, (t, a) in found["m"].items()},
                   extremes.decode(found.get("x", {})),
                   {m: {k: e for k, v in units.items() if (e := entry(v)) is not None}
                    for m, units in found.get("u", {}).items()})
