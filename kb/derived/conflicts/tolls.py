"""An aggregate's lines over tolls that are not running totals: one incident's toll, one period's count.

Why apart from the running totals: a war-long total, a week's count and one strike's toll are different measures.
Pooled into one low / best / high they made numbers nobody reported (a hospital strike's 68 and a village raid's 18
gave "best 43"; trial user32), and one running total hid every incident of its measure, months included.  So each
such figure belongs to a *unit*: an incident (its day and place) or a period (its first and last day, and place).
Units of several states are one when their spans are equal and their places meet (``where.places_meet``, what the
conflict rules use to say two figures are about one event; an unplaced figure joins a day's only placed one).  A
unit's estimates are over each state's latest figure of it; a month's line sums its units, leaving out a unit that
another covers (a day's toll inside that week's count at a place that meets it).  The rules read the states'
summaries only, so an incremental write and a whole recompute give the same lines.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from datetime import date

from kb.derived.conflicts import clusters
from kb.derived.conflicts.clusters import Estimates
from kb.derived.conflicts.model import ClaimFacts, Proposition
from kb.derived.conflicts.where import places_meet

Found = tuple[int, str, Proposition]
"""(the state's place in the measure, its unit key, its latest figure of that unit)."""


def unit_key(p: Proposition) -> str:
    """``start|end|kind|place`` (kind ``i`` incident, ``p`` period); an undated figure: ``||u|<article>``."""
    c = p.first
    place = c.place or ""
    if p.date is None:
        return f"||u|{c.article}|{place}"
    if c.scope == "period":
        start, end = c.period_start or p.date, c.period_end or p.date
        return f"{min(start, end).isoformat()}|{max(start, end).isoformat()}|p|{place}"
    return f"{p.date.isoformat()}|{p.date.isoformat()}|i|{place}"


def _parts(key: str) -> tuple[str, str, str, str | None]:
    start, end, kind, place = key.split("|", 3)
    if kind == "u":  # the article, then the place: one unit per article and exact key
        return start, end, key, None
    return start, end, kind, place or None


def units(found: Iterable[Found]) -> list[list[Found]]:
    """The figures grouped into units: equal spans and kinds, places that meet (an unplaced figure joins its span's
    only placed unit, else stands alone).  Deterministic whatever the input order."""
    by_span: dict[tuple[str, str, str], list[Found]] = {}
    for f in sorted(found, key=lambda f: (f[1], f[0])):
        start, end, kind, _ = _parts(f[1])
        by_span.setdefault((start, end, kind), []).append(f)
    out: list[list[Found]] = []
    for members in by_span.values():
        placed = [f for f in members if _parts(f[1])[3] is not None]
        groups = _cluster(placed)
        unplaced = [f for f in members if _parts(f[1])[3] is None]
        if len(groups) == 1:
            groups[0].extend(unplaced)
        elif unplaced:
            groups.append(unplaced)
        out.extend(groups)
    return _told_twice(out)


TOLD_TWICE_DAYS = 7
"""How far apart one article may date one strike: by its day ("on Friday") and by the statement's ("said on
Tuesday"), which the extraction cannot always tell apart."""


def _told_twice(grouped: list[list[Found]]) -> list[list[Found]]:
    """Incident units joined when one article gives them the same toll (bounds that overlap) at places that may meet,
    a few days apart: one strike dated once by its day and once by the day a speaker spoke of it.  A month's line
    counted a strike's 9 dead twice (trial user33): the units are per day, and the two figures had two days.  Joined
    into the earlier (the strike's day); deterministic, as the units are sorted and joined transitively."""
    incidents = [i for i, u in enumerate(grouped) if _parts(u[0][1])[2] == "i"]
    by_article: dict[str, list[int]] = {}
    for i in incidents:
        for a in sorted({c.article for _, _, p in grouped[i] if p is not None for c in p.claims}):
            by_article.setdefault(a, []).append(i)
    parent = {i: i for i in incidents}

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for members in by_article.values():
        for x, i in enumerate(members):
            for j in members[:x]:
                if root(i) != root(j) and _one_strike(grouped[i], grouped[j]):
                    parent[max(root(i), root(j))] = min(root(i), root(j))
    if all(parent[i] == i for i in incidents):
        return grouped
    joined: dict[int, list[Found]] = {}
    for i, u in enumerate(grouped):
        joined.setdefault(root(i) if i in parent else i, []).extend(u)
    return sorted((sorted(g, key=lambda x: (x[1], x[0])) for g in joined.values()), key=lambda g: (g[0][1], g[0][0]))


def _one_strike(a: list[Found], b: list[Found]) -> bool:
    """Whether two incident units hold one article's figures of one strike: a figure of each from one article, days
    at most ``TOLD_TWICE_DAYS`` apart, bounds that overlap, places that may meet."""
    day_a, day_b = date.fromisoformat(_parts(a[0][1])[0]), date.fromisoformat(_parts(b[0][1])[0])
    if abs((day_a - day_b).days) > TOLD_TWICE_DAYS:
        return False
    for _, key_a, p in a:
        for _, key_b, q in b:
            if {c.article for c in p.claims} & {c.article for c in q.claims} and p.lo <= q.hi and q.lo <= p.hi \
                    and places_meet(_parts(key_a)[3], _parts(key_b)[3]) is not False:
                return True
    return False


def _cluster(placed: list[Found]) -> list[list[Found]]:
    """Placed figures joined whenever two places meet (the transitive closure: the result does not hang on order).
    Compared per distinct place, not per figure: every state's figure of one place is one name, and a month of many
    states' figures at a few places made the pairwise comparison quadratic in the figures."""
    by_place: dict[str, list[Found]] = {}
    for f in placed:
        by_place.setdefault(_parts(f[1])[3] or "", []).append(f)
    names = sorted(by_place)
    parent = list(range(len(names)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, name in enumerate(names):
        for j in range(i):
            if root(i) != root(j) and places_meet(name, names[j]):
                parent[root(i)] = root(j)
    joined: dict[int, list[Found]] = {}
    for i, name in enumerate(names):
        joined.setdefault(root(i), []).extend(by_place[name])
    groups = [sorted(g, key=lambda x: (x[1], x[0])) for g in joined.values()]
    return sorted(groups, key=lambda g: (g[0][1], g[0][0]))


def _covers(a: list[Found], b: list[Found]) -> bool:
    """Whether unit ``a`` counts what unit ``b`` does: its span holds b's, wider or a period over an incident, and
    some places of the two meet (an unplaced one may be anywhere)."""
    sa, ea, ka, _ = _parts(a[0][1])
    sb, eb, kb, _ = _parts(b[0][1])
    if ka not in ("i", "p") or kb not in ("i", "p") or not (sa <= sb and eb <= ea):
        return False
    if (sa, ea) == (sb, eb) and not (ka == "p" and kb == "i"):
        return False
    places_a, places_b = {_parts(x[1])[3] for x in a}, {_parts(y[1])[3] for y in b}  # each place once, as above
    return any(places_meet(x, y) is not False for x in places_a for y in places_b)


def _uncovered(grouped: list[list[Found]]) -> list[list[Found]]:
    """The units no period covers (only a period covers: an incident is one day's).  A unit is tried only against
    the periods that start at most the longest period's length before it, found by bisection: every unit against
    every period was quadratic over a whole war's line (4,000 units: 1.7 s CPU)."""
    wide = sorted((date.fromisoformat(_parts(u[0][1])[0]), i, u) for i, u in enumerate(grouped)
                  if _parts(u[0][1])[2] == "p")
    starts = [start for start, _, _ in wide]
    longest = max((date.fromisoformat(_parts(u[0][1])[1]) - start for start, _, u in wide), default=None)
    kept = []
    for u in grouped:
        first, _, kind, _ = _parts(u[0][1])
        if longest is None or kind not in ("i", "p"):
            kept.append(u)
            continue
        start = date.fromisoformat(first)
        near = wide[bisect_left(starts, start - longest) : bisect_right(starts, start)]
        if not any(o is not u and _covers(o, u) for _, _, o in near):
            kept.append(u)
    return kept


def latest(members: list[Found]) -> list[tuple[int, Proposition]]:
    """Each state's latest figure of a unit (``summaries._entry``'s rule), in the states' order."""
    best: dict[int, Proposition] = {}
    for state, _, p in members:
        old = best.get(state)
        if old is None or _later(p, old):
            best[state] = p
    return sorted(best.items(), key=lambda kv: kv[0])


def _later(p: Proposition, q: Proposition) -> bool:
    def rank(x: Proposition) -> tuple[bool, date, float, str]:
        return (x.date is not None, x.date or date.min, x.lo, x.first.iri)
    return rank(p) > rank(q)


def unit_estimates(figs: list[Proposition]) -> Estimates:
    """A unit's low / high / most conservative as ``clusters.estimates``; best the lower median, a figure one of them
    gave (two speakers' 15 and 301 make no best 158)."""
    out = clusters.estimates(figs)
    ordered = sorted(figs, key=lambda p: clusters.midpoint(p.first))
    middle = ordered[(len(ordered) - 1) // 2]
    out["best"] = (float(math.floor(clusters.midpoint(middle.first) + 0.5)), list(middle.claims))
    return out


def line(found: list[Found]) -> tuple[Estimates, int, int] | None:
    """One line over the units of ``found``: the sum of the estimates of the units no other covers, how many units
    and how many states it sums.  No high when one unit has none (its highest figure is open upward)."""
    kept = _uncovered(units(found))
    if not kept:
        return None
    each = [unit_estimates([p for _, p in latest(u)]) for u in kept]
    total: Estimates = {}
    for name in ("low", "best", "high", "conservative"):
        if all(name in e for e in each):
            claims: list[ClaimFacts] = [c for e in each for c in e[name][1]]
            total[name] = (float(sum(e[name][0] for e in each)), claims)
    states = {state for u in kept for state, _, _ in u}
    return total, len(kept), len(states)
