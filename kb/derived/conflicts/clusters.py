"""What is not a conflict: corroboration (one proposition, several carriers), series (one speaker's
updates over time) and aggregates (low / best / high and the most conservative figure per measure).

Grouping attestations into propositions first is also what keeps the conflict rules small: five
outlets repeating one figure are one proposition to compare, not five.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from kb.derived.conflicts.model import ClaimFacts, Proposition, day, figure, proposition_key
from kb.derived.conflicts.vocabulary import Categories

Labeller = Callable[[str], str]


def propositions(claims: Iterable[ClaimFacts]) -> list[Proposition]:
    """Attestations grouped by speaker + type + subject + measure + figure (and object, for words)."""
    groups: dict[tuple[object, ...], Proposition] = {}
    for c in claims:  # one ``Proposition`` a key, not one a claim (a batch groups 800k loaded claims so)
        key = proposition_key(c)
        found = groups.get(key)
        if found is None:
            found = groups[key] = Proposition(key)
        found.claims.append(c)
    return sorted(groups.values(), key=lambda p: p.first.iri)


@dataclass
class Corroboration:
    proposition: Proposition
    explanation: str


def corroborations(props: Iterable[Proposition], label: Labeller, cats: Categories) -> list[Corroboration]:
    """Propositions carried by at least two independent sources, with how many reports and sources carry them.

    One source carrying a figure twice (the same text stored again, a syndicated copy: ``load._source`` counts a
    copy under its original's outlet) is repetition, not corroboration: tryout 25 found such pairs listed as
    corroborations. The sentence names the speakers as their claims do ("Israel Defense Forces", not the state
    "Israel" they speak for, by which propositions are grouped) and each source by its outlet or agency, or, for an
    article with neither, by its title (``Actors.label``), never by a key."""
    out = []
    for p in props:
        if len(p.sources) < 2:
            continue
        sources = sorted({label(s) for s in p.sources})
        c = p.first
        what = (f"{measure(cats.label(c.category or ''), c.parties, label)} {figure(c)}" if c.has_figure
                else f"{c.type} about {_names(c.parties, label)}" + (f": “{c.object}”" if c.object else ""))
        speakers = list(dict.fromkeys(label(x.speaker) for x in sorted(p.claims, key=lambda x: (x.date or date.max,
                                                                                                 x.iri))))
        text = (f"{' and '.join(map(_possessive, speakers))} claim ({what}) is carried by {len(p.claims)} reports "
                f"from {len(p.sources)} independent sources ({', '.join(sources)}).")
        out.append(Corroboration(p, text))
    return out


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


@dataclass
class Series:
    speaker: str
    parties: frozenset[str]
    category: str
    steps: list[Proposition]
    explanation: str


def running_total(p: Proposition) -> bool:
    """A figure that may be a running total (cumulative, or scope unstated): what series and aggregates take.
    A day's toll or one strike's is a part of the war's, not an update of it nor an estimate of it."""
    return p.first.scope not in ("period", "incident") and not p.first.increment


def series(figures: Iterable[Proposition], label: Labeller, cats: Categories) -> list[Series]:
    """One speaker's successive figures for one measure, in date order: updates, not conflicts."""
    groups: dict[tuple[str, frozenset[str], str], list[Proposition]] = defaultdict(list)
    for p in figures:
        if running_total(p):
            groups[(p.first.speaker_root, p.first.parties, p.first.category or "")].append(p)
    out = []
    for (speaker, parties, category), steps in sorted(groups.items(), key=lambda kv: str(kv[0])):
        if len(steps) < 2:
            continue
        steps.sort(key=lambda p: (p.date or date.min, p.lo))
        values = "; ".join(f"{figure(s.first)} ({day(s.date)})" for s in steps)
        down = any(b.hi < a.lo for a, b in itertools.pairwise(steps))
        note = " (revised downward at least once)" if down else ""
        text = (f"{label(speaker)}'s figures for {measure(cats.label(category), parties, label)} over time"
                f"{note}: {values}.")
        out.append(Series(speaker, parties, category, steps, text))
    return out


Estimates = dict[str, tuple[float, list[ClaimFacts]]]


@dataclass
class Aggregate:
    """One measure's estimates over every speaker's latest figure, and (``periods``) the same per calendar month
    of the figures' dates, over each speaker's latest figure of that month: "YYYY-MM" → (estimates, speakers)."""

    parties: frozenset[str]
    category: str
    estimates: Estimates = field(default_factory=dict)
    speakers: int = 0
    explanation: str = ""
    periods: dict[str, tuple[Estimates, int]] = field(default_factory=dict)
    incidents: int = 0
    """With no running total: how many incidents and periods the whole measure's estimates sum (``tolls``)."""


def explain(agg: Aggregate, totals: bool, label: Labeller, cats: Categories, summed_months: int = 0) -> str:
    """The aggregate's sentence: over the speakers' latest running totals (``totals``), else the sum of the
    incidents' and periods' tolls; and what its month lines are (``summed_months``: how many sum tolls)."""
    e = {k: _num(v[0]) for k, v in agg.estimates.items()}
    if "high" not in e:
        e["high"] = "open (the highest figure is a minimum, 'at least ...', with no upper bound)"
    n = agg.speakers
    what = measure(cats.label(agg.category), agg.parties, label)
    of = f"of {n} speaker{'s' if n != 1 else ''}"
    if totals:
        head = (f"over the latest figure {of}: low {e['low']}, best {e['best']} (the median, rounded half up "
                f"to a whole number; a vague figure such as 'hundreds' at its floor)")
    else:
        k = agg.incidents
        head = (f"no running total given; summed over {k} incident{'s' if k != 1 else ''} or period"
                f"{'s' if k != 1 else ''} reported {of} (each one's lowest, median and highest figure, a vague "
                f"figure such as 'hundreds' at its floor): low {e['low']}, best {e['best']}")
    months = ""
    if summed_months:
        months = (" Each month's line sums that month's incidents and periods (one toll per place and day), never "
                  "pooled with a running total" + ("; a month with none shows its latest running totals." if totals
                                                   and summed_months < len(agg.periods) else "."))
    return (f"{what[:1].upper()}{what[1:]}, {head}, high {e['high']}; most conservative figure "
            f"{e['conservative']}.{months}")


def estimates(figs: list[Proposition]) -> Estimates:
    """UCDP-style low / best / high and the ACLED-style most conservative figure, each with its claims.

    No high when the highest figure is open upward ("at least 47": a minimum, no maximum): its floor is not a
    high, and "low 47, best 47, high 47" read as a certain 47 (tryout 19)."""
    out = {
        "low": _pick(figs, lambda c: c.qmin if c.qmin is not None else _stated(c), min),
        "high": _pick(figs, lambda c: c.qmax if c.qmax is not None else _stated(c), max),
        "best": _median(figs),
        "conservative": _pick(figs, _stated, min),
    }
    if all(_open_upward(c) for c in out["high"][1]):
        del out["high"]
    return out


def _open_upward(c: ClaimFacts) -> bool:
    return c.qmax is None and c.qmin is not None


def _stated(c: ClaimFacts) -> float:
    """The figure as stated, vague quantities at their floor ('hundreds' → 100, 'nearly 400' → 399)."""
    return float(c.qmin if c.qmin is not None else c.qmax or 0)


VAGUE_SPAN = 2
"""A figure whose top is more than this many times its floor is a vague order ("ratusan", 100-999; "dozens"): the
median reads it at its floor, as the most conservative figure does.  Its midpoint made one "hundreds" a best estimate
of 550 that no one said (trial user31); a narrow range ("15 to 20") still counts at its middle."""


def midpoint(c: ClaimFacts) -> float:
    """The figure a median reads: a narrow range at its middle, anything else as stated (``VAGUE_SPAN``)."""
    if c.qmin is not None and c.qmax is not None and c.qmax <= VAGUE_SPAN * max(c.qmin, 1):
        return (c.qmin + c.qmax) / 2
    return _stated(c)


def _pick(figs: list[Proposition], value: Callable[[ClaimFacts], float],
          choose: Callable[[Iterable[float]], float]) -> tuple[float, list[ClaimFacts]]:
    chosen = choose(value(p.first) for p in figs)
    return float(chosen), [c for p in figs if value(p.first) == chosen for c in p.claims]


def _median(figs: list[Proposition]) -> tuple[float, list[ClaimFacts]]:
    """The median midpoint (a vague order's floor, ``VAGUE_SPAN``) rounded half up to a whole number (no one reports
    231.5 people), linked to the claim(s) it comes from (two when the count is even).  Rounded here, once, so every
    page, table and sentence shows the same value."""
    ordered = sorted(figs, key=lambda p: midpoint(p.first))
    n = len(ordered)
    middle = ordered[(n - 1) // 2: n // 2 + 1]
    value = math.floor(statistics.median(midpoint(p.first) for p in ordered) + 0.5)
    return float(value), [c for p in middle for c in p.claims]


def _num(value: float) -> str:
    """'1,200', '549.5': thousands separated as everywhere a figure is shown."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def measure(category: str, parties: frozenset[str], label: Labeller) -> str:
    """'civilians killed (parties: Rapid Support Forces, Sudan)': a figure's parties hold its victims and who
    inflicted them alike, so "civilians killed of Rapid Support Forces and Sudan" would call them all victims."""
    names = ", ".join(sorted(label(p) for p in parties))
    if names == "all parties":
        return f"{category} (all parties)"
    return f"{category} (parties: {names})" if names else f"{category} (parties not named)"


def _names(parties: frozenset[str], label: Labeller) -> str:
    return " and ".join(sorted(label(p) for p in parties)) or "unnamed parties"


_MEASURE = r"(?P<m>[^,]*?\((?:parties: [^()]*|all parties|parties not named)\))"
_MEASURE_IN = (re.compile(rf"'s? figures for {_MEASURE}"), re.compile(rf"^{_MEASURE}"))
"""A series' sentence names its measure after "X's figures for" (its start is the side's name), an aggregate's
first: the first pattern is tried first (the start also ends in the series' measure, and took the side in)."""


def measure_in(explanation: str) -> str | None:
    """The measure an aggregate's or a series' sentence names (``measure``'s words, the first letter as the
    category's): what its JSON and pages show, so the parties read alike everywhere (they read the first claim's
    subject, "Armed Forces of Ukraine; civilians", where the sentence said "Ukraine": trial user32)."""
    found = _MEASURE_IN[0].search(explanation) or _MEASURE_IN[1].search(explanation)
    if found is None:
        return None
    m = found["m"]
    return m[:1].lower() + m[1:] if m[1:2].islower() else m
