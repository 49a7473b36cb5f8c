"""Rules over casualty figures: numeric conflicts and part-whole inconsistencies.

Never a scan over all pairs: propositions are grouped by (parties, category) first, and inside a
group sorted by date, so each figure meets only the figures of its own measure inside the time
window (numeric) or the later figures of its wholes, stopping as soon as none can conflict
(part-whole, via a running minimum).  ``tally["comparisons"]`` counts the pairs actually looked at.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import date

from kb.derived.conflicts.model import ClaimFacts, Detected, Proposition, day, figure, involved_actors
from kb.derived.conflicts.vocabulary import Categories

Labeller = Callable[[str], str]
NUMERIC_WINDOW_DAYS = 3
"""Figures reported within three days of each other describe the same time frame."""
EPISODE_GAP_DAYS = 30
"""Two speakers who disagree again within a month are still in the same dispute (one conflict)."""


def figure_propositions(props: Iterable[Proposition]) -> list[Proposition]:
    """Casualty propositions that carry a figure and are not reported as denied."""
    return [p for p in props if p.first.type == "casualty" and p.first.has_figure and p.first.category
            and p.first.parties and p.first.factuality != "denied"]


def by_measure(props: Iterable[Proposition]) -> dict[tuple[frozenset[str], str], list[Proposition]]:
    """Group by measure (parties, category), each group sorted by date (undated last)."""
    groups: dict[tuple[frozenset[str], str], list[Proposition]] = defaultdict(list)
    for p in props:
        groups[(p.first.parties, p.first.category or "")].append(p)
    for members in groups.values():
        members.sort(key=lambda p: (p.date or date.max, p.first.iri))
    return groups


def _disjoint(a: Proposition, b: Proposition) -> bool:
    return a.lo > b.hi or b.lo > a.hi


def _same_frame(a: Proposition, b: Proposition, window: int) -> bool:
    if a.date is None or b.date is None:
        return a.date is None and b.date is None
    return abs((b.date - a.date).days) <= window


def numeric_conflicts(groups: dict[tuple[frozenset[str], str], list[Proposition]], cats: Categories,
                      label: Labeller, tally: Counter[str], window: int = NUMERIC_WINDOW_DAYS) -> list[Detected]:
    """Different speakers, same measure, same time frame, ranges that cannot both be true.

    Disagreeing pairs of the same two speakers on one measure are merged into one conflict while they
    keep recurring (no gap over ``EPISODE_GAP_DAYS``): two sides contradicting each other every few days
    for a month is one conflict with all its figures, not hundreds."""
    found = []
    for members in groups.values():
        episodes: dict[frozenset[str], list[list[tuple[Proposition, Proposition]]]] = defaultdict(list)
        for a, b in _disagreeing(members, window, tally):
            runs = episodes[frozenset((a.first.speaker_root, b.first.speaker_root))]
            if runs and _same_frame(runs[-1][-1][1], a, EPISODE_GAP_DAYS):
                runs[-1].append((a, b))
            else:
                runs.append([(a, b)])
        found += [_numeric(run, cats, label) for runs in episodes.values() for run in runs]
    return found


def _disagreeing(members: list[Proposition], window: int,
                 tally: Counter[str]) -> Iterator[tuple[Proposition, Proposition]]:
    """Pairs (earlier, later) of one measure from different speakers, within the window, that cannot both hold."""
    for i, a in enumerate(members):
        for j in range(i + 1, len(members)):  # indices, not a slice: no copy of the group per figure
            b = members[j]
            if not _same_frame(a, b, window):
                if a.date is not None and b.date is not None:
                    break  # sorted by date: every later b is further away
                continue
            tally["comparisons"] += 1
            if a.first.speaker_root != b.first.speaker_root and _disjoint(a, b):
                yield a, b


def _numeric(run: list[tuple[Proposition, Proposition]], cats: Categories, label: Labeller) -> Detected:
    a, b = run[0]
    x, y = a.first, b.first
    measure = f"{cats.label(x.category or '')} of {_parties(x.parties, label)}"
    props = list({id(p): p for pair in run for p in pair}.values())
    more = f"; they disagree {len(run) - 1} more time{'s' if len(run) > 2 else ''} until {day(run[-1][1].date)}"
    text = (f"{label(x.speaker_root)} puts {measure} at {figure(x)} ({day(x.date)}) while {label(y.speaker_root)} "
            f"puts it at {figure(y)} ({day(y.date)}){more if len(run) > 1 else ''}: the figures cannot both be true.")
    return Detected("numeric", [c for p in props for c in p.claims], text, involved_actors(*props))


def article_scopes(claims: Iterable[ClaimFacts]) -> dict[str, frozenset[str]]:
    """Per article, the speakers (as states) and parties named by its claims other than "all parties"
    totals: which war such a total in that article is about.  Without it, a toll for one war would
    "contain" figures from another."""
    scopes: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if not c.all_parties:
            scopes[c.article] |= {c.speaker_root, *c.parties}
    return {k: frozenset(v) for k, v in scopes.items()}


def _in_scope(part: Proposition, whole: Proposition, scopes: dict[str, frozenset[str]]) -> bool:
    """A whole for all parties contains a part when its article names the part's speaker (or names
    nobody else, so nothing says it is about another war)."""
    if not whole.first.all_parties:
        return True
    scope = scopes.get(whole.first.article, frozenset())
    return not scope or part.first.speaker_root in scope


def part_whole_conflicts(groups: dict[tuple[frozenset[str], str], list[Proposition]], cats: Categories,
                         label: Labeller, tally: Counter[str],
                         scopes: dict[str, frozenset[str]] | None = None) -> list[Detected]:
    """A part's figure above the figure of a whole that contains it, reported the same day or later.
    An "all parties" whole only contains parts from the same war (see ``_in_scope``)."""
    by_category: dict[str, list[tuple[frozenset[str], _Wholes]]] = defaultdict(list)
    for (parties, category), members in groups.items():
        by_category[category].append((parties, _Wholes(members)))
    found = []
    for (parties, category), members in groups.items():
        for whole_category in (category, *sorted(cats.wholes.get(category, ()))):
            for whole_parties, wholes in by_category.get(whole_category, ()):
                if whole_category == category and whole_parties == parties:
                    continue  # the same measure: a numeric question, not part-whole
                if not _contains(whole_parties, wholes.all_parties, parties):
                    continue
                for part in members:
                    exceeded = wholes.exceeded_by(part, tally)
                    if scopes is not None:
                        exceeded = [w for w in exceeded if _in_scope(part, w, scopes)]
                    if exceeded:
                        found.append(_part_whole(part, exceeded[0], len(exceeded) - 1, cats, label))
    return found


class _Wholes:
    """One measure's figures sorted by date, with a running minimum of upper bounds from the end."""

    def __init__(self, members: list[Proposition]) -> None:
        self.dated = [p for p in members if p.date is not None]
        self.undated = [p for p in members if p.date is None]
        self.dates = [p.date for p in self.dated if p.date is not None]
        self.all_parties = any(p.first.all_parties for p in members)
        self.suffix_min = [0.0] * (len(self.dated) + 1)
        self.suffix_min[-1] = float("inf")
        for i in range(len(self.dated) - 1, -1, -1):
            self.suffix_min[i] = min(self.dated[i].hi, self.suffix_min[i + 1])

    def exceeded_by(self, part: Proposition, tally: Counter[str]) -> list[Proposition]:
        """Wholes reported on the part's date or later whose upper bound is below the part's lower bound,
        earliest first.  Only the earliest becomes a conflict (the others are counted in its sentence), so
        one inflated figure yields one conflict per whole measure, not one per later report."""
        if part.date is None:
            tally["comparisons"] += len(self.undated)
            return [w for w in self.undated if part.lo > w.hi]
        out = []
        i = bisect.bisect_left(self.dates, part.date)
        while i < len(self.dated) and self.suffix_min[i] < part.lo:
            tally["comparisons"] += 1
            if part.lo > self.dated[i].hi:
                out.append(self.dated[i])
            i += 1
        return out


def _contains(whole: frozenset[str], whole_is_all: bool, part: frozenset[str]) -> bool:
    return whole_is_all or (bool(whole) and part <= whole)


def _part_whole(part: Proposition, whole: Proposition, more: int, cats: Categories, label: Labeller) -> Detected:
    p, w = part.first, whole.first
    also = f" (and {more} later total{'s' if more != 1 else ''} of that measure)" if more else ""
    text = (f"{label(p.speaker_root)}'s figure for {cats.label(p.category or '')} of {_parties(p.parties, label)} "
            f"({figure(p)}, {day(p.date)}) exceeds {label(w.speaker_root)}'s total of {figure(w)} "
            f"{cats.label(w.category or '')} of {_parties(w.parties, label)} reported on {day(w.date)}{also}, "
            f"which should include it.")
    return Detected("part-whole", [*part.claims, *whole.claims], text, involved_actors(part, whole))


def _parties(parties: frozenset[str], label: Labeller) -> str:
    return " and ".join(sorted(label(p) for p in parties)) or "unnamed parties"

