"""Rules over casualty figures: numeric conflicts and part-whole inconsistencies.

Never a scan over all pairs: propositions are grouped by (parties, category) first, and inside a
group sorted by date, so each figure meets only the figures of its own measure inside the time
window (numeric) or the later figures of its wholes, stopping as soon as none can conflict
(part-whole, via a running minimum).  ``tally["comparisons"]`` counts the pairs actually looked at.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Iterator
from datetime import date, timedelta

from kb.derived.conflicts import clusters, compare, sides, wording
from kb.derived.conflicts.groups import measure as measure_tag
from kb.derived.conflicts.groups import part_whole as part_whole_group
from kb.derived.conflicts.model import ClaimFacts, Detected, Proposition, day, involved_actors, week
from kb.derived.conflicts.vocabulary import Categories

Labeller = Callable[[str], str]
NUMERIC_WINDOW_DAYS = 3
"""Figures reported within three days of each other describe the same time frame."""


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


def same_frame(a: Proposition, b: Proposition, window: int) -> bool:
    """Whether two figures describe one time frame: dated within ``window`` days, or both undated in one article.
    Undated figures of two articles (texts ingested with no date) give no evidence of sharing a frame: compared,
    they raised conflicts between different strikes, years and wars."""
    if a.date is None or b.date is None:
        return a.date is None and b.date is None and a.first.article == b.first.article
    return abs((b.date - a.date).days) <= window


_STRENGTH = {s: i for i, s in enumerate(compare.VERDICTS)}


def numeric_conflicts(groups: dict[tuple[frozenset[str], str], list[Proposition]], cats: Categories,
                      label: Labeller, tally: Counter[str], window: int = NUMERIC_WINDOW_DAYS) -> list[Detected]:
    """Different speakers, same measure, comparable frames (``kb.derived.conflicts.compare``), ranges that cannot both
    be true: ``numeric`` between sides, ``same-side`` between two sources of one side.

    The disagreeing pairs of the same two speakers on one measure whose earlier figure is of one week (Monday to
    Sunday) are one conflict, an *episode*: two sides contradicting each other day after day are one conflict a week
    with all its figures, not dozens; and an episode stays bounded however long a dispute runs, so a new figure
    reads and rewrites only the episodes of its week (``kb.derived.conflicts.episodes``)."""
    found = []
    for members in groups.values():
        found += episodes(disagreeing(members, window, tally), cats, label)
    return found


Pair = tuple[Proposition, Proposition, compare.Verdict]


def episodes(pairs: Iterable[Pair], cats: Categories, label: Labeller) -> list[Detected]:
    """Disagreeing pairs (in ``disagreeing``'s order) gathered into one conflict per kind, two speakers and week."""
    runs: dict[tuple[str, frozenset[str], str], list[Pair]] = defaultdict(list)
    for a, b, v in pairs:
        who = (a.first.speaker, b.first.speaker) if v.kind == "same-side" else \
            (a.first.speaker_root, b.first.speaker_root)
        runs[(v.kind or "", frozenset(who), week(a.date))].append((a, b, v))
    return [_numeric(run, cats, label, when, who) for (_, who, when), run in runs.items()]


def disagree(a: Proposition, b: Proposition, tally: Counter[str]) -> compare.Verdict | None:
    """The verdict when two figures of one measure from different speakers cannot both hold, else None."""
    tally["comparisons"] += 1
    if a.first.speaker == b.first.speaker:
        return None  # one speaker's figures are a series (updates), never a conflict
    (alo, ahi), (blo, bhi) = a.bounds, b.bounds
    if alo <= bhi and blo <= ahi:
        return None  # figures that can both hold never conflict (``compare.same_measure``): no frames to relate
    if compare.one_account(a.first, b.first):
        return None
    v = compare.same_measure(a.first, b.first, compare.relate(a.first, b.first))
    return v if v.label == "conflict" and v.kind in ("numeric", "same-side") else None


def disagreeing(members: list[Proposition], window: int, tally: Counter[str]) -> Iterator[Pair]:
    """Pairs (earlier, later) of one measure from different speakers, within the window, whose frames are
    comparable and whose figures cannot both hold."""
    for i, a in enumerate(members):
        for j in range(i + 1, len(members)):  # indices, not a slice: no copy of the group per figure
            b = members[j]
            if not same_frame(a, b, window):
                if a.date is not None and b.date is not None:
                    break  # sorted by date: every later b is further away
                continue
            v = disagree(a, b, tally)
            if v is not None:
                yield a, b, v


def _numeric(run: list[Pair], cats: Categories, label: Labeller, when: str, who: frozenset[str]) -> Detected:
    a, b, _ = run[0]
    x, y = a.first, b.first
    verdict = min((v for _, _, v in run), key=lambda v: _STRENGTH[v.strength or "scope-unclear"])
    measure = clusters.measure(cats.label(x.category or ''), x.parties, label)
    props = list({id(p): p for pair in run for p in pair[:2]}.values())
    more = f"; they disagree {len(run) - 1} more time{'s' if len(run) > 2 else ''} up to {day(run[-1][1].date)}"
    side = f"Within {sides.within(x, y)} ({label(x.speaker_root)}): " if verdict.kind == "same-side" else ""
    text = (f"{side}{wording.voice(x, label)} puts {measure} at {wording.scoped_figure(x)} while "
            f"{wording.voice(y, label)} puts it at {wording.scoped_figure(y)}{more if len(run) > 1 else ''}"
            f"{wording.verdict_sentence(verdict.strength, verdict.reason)}")
    kind = verdict.kind or "numeric"
    identity = "|".join([kind, x.category or "", *sorted(x.parties), when, *sorted(who)])
    return Detected(kind, [c for p in props for c in p.claims], text, involved_actors(*props), verdict.strength,
                    verdict.reason, when, identity)


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
                         scopes: dict[str, frozenset[str]] | None = None,
                         parts: Container[tuple[frozenset[str], str]] | None = None,
                         weeks: Container[str] | None = None) -> list[Detected]:
    """A part's figure against the figures of wholes that contain it (a wider category of the same parties, an
    "all parties" toll, or a running total of the same measure that counts the part's frame): a part
    above its whole, or (``kb.derived.conflicts.compare.nested_measure``) one side's part far below the other side's
    whole.  An "all parties" whole only contains parts from the same war (see ``_in_scope``).  ``parts``: only the
    figures of those measures are judged as parts (an incremental refresh loads the measures that may be their wholes
    too, and judged those as well, to keep none of it: a finding is its part's measure's); ``weeks``: only the parts
    of those groups (``groups.part_whole``: a part's measure and week, a finding's group), for the same reason."""
    by_category: dict[str, list[tuple[frozenset[str], _Wholes]]] = defaultdict(list)
    for (parties, category), members in groups.items():
        by_category[category].append((parties, _Wholes(members)))
    found = []
    for (parties, category), members in groups.items():
        if parts is not None and (parties, category) not in parts:
            continue
        tag = measure_tag(parties, category)
        if weeks is not None:
            members = [p for p in members if part_whole_group(tag, p.date) in weeks]
        for whole_category in (category, *sorted(cats.wholes.get(category, ()))):
            for whole_parties, wholes in by_category.get(whole_category, ()):
                if not _contains(whole_parties, wholes.all_parties, parties):
                    continue
                same = whole_category == category and whole_parties == parties
                lattice = whole_category != category and whole_parties == parties
                for part in members:
                    if same and compare.scope_of(part.first) in (None, "cumulative"):
                        continue  # within one measure only a day's or a strike's figure is a part of a total
                    nearby = wholes.near(part, tally, after=True) if same else wholes.exceeded_by(part, tally)
                    hits = _judged(part, nearby, same)
                    if lattice and not hits:
                        hits = _judged(part, wholes.near(part, tally), same)
                    if scopes is not None:
                        hits = [(w, v) for w, v in hits if _in_scope(part, w, scopes)]
                    if hits:
                        found.append(_part_whole(*_roles(part, hits[0], same), [w for w, _ in hits[1:]], cats, label,
                                                 part_whole_group(tag, part.date)))
    return found


def _roles(part: Proposition, hit: tuple[Proposition, compare.Verdict], same: bool
           ) -> tuple[Proposition, tuple[Proposition, compare.Verdict]]:
    """(part, (whole, verdict)) as the finding names them.  A day's toll met a strike of that day inside it with the
    roles reversed ("a strike's 19 dead, far above the day's 18 ... that total should include them", rules 23): the
    figure inside the other's frame is the part."""
    whole, v = hit
    if same and compare.relate(part.first, whole.first) == compare.B_IN_A:
        return whole, (part, v)
    return part, hit


def _judged(part: Proposition, wholes: list[Proposition], same: bool) -> list[tuple[Proposition, compare.Verdict]]:
    """The wholes whose comparison with the part is a part-whole conflict, with the verdict.  Figures whose bounds
    allow none are passed over before their frames are related: ``compare.same_measure`` finds one only between two
    figures that cannot both hold, ``compare.nested_measure`` only for a part above its whole or a whole
    ``LATTICE_RATIO`` times above it (most pairs of a newsroom's strikes: relating them was a tenth of a one-article
    write's profile)."""
    out = []
    ratio = 1.0 if same else compare.LATTICE_RATIO
    plo, phi = part.bounds
    for w in wholes:
        wlo, whi = w.bounds
        if not (plo > whi or wlo > ratio * phi) or (not same and _strikes_apart(part.first, w.first)):
            continue
        if w is part or compare.one_account(part.first, w.first):
            continue
        rel = compare.relate(part.first, w.first)
        v = compare.same_measure(part.first, w.first, rel) if same else compare.nested_measure(part.first, w.first,
                                                                                                rel)
        if v.label == "conflict" and v.kind == "part-whole":
            out.append((w, v))
    return out


def _strikes_apart(part: ClaimFacts, whole: ClaimFacts) -> bool:
    """Whether ``compare.relate`` sets a part with a frame against a strike's figure of a wider measure apart (or the
    strike inside the part): a strike's figure holds only a strike's of its own day.  Told before relating, since most
    of a newsroom's figures are strikes' and a part is set against every lower one of the year after it
    (``_Wholes.exceeded_by``): 150k pairs related in seven one-article writes, most of them strikes of other days."""
    if whole.scope != "incident" or not (part.scope or part.increment):
        return False
    return compare.scope_of(part) != "incident" or part.date != whole.date


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
            return [w for w in self.undated if part.lo > w.hi and w.first.article == part.first.article]
        out = []
        i = bisect.bisect_left(self.dates, part.date)
        while i < len(self.dated) and self.suffix_min[i] < part.lo:
            tally["comparisons"] += 1
            if part.lo > self.dated[i].hi and _counts_since(self.dated[i], part.date):
                out.append(self.dated[i])
            i += 1
        return out

    def near(self, part: Proposition, tally: Counter[str], *, after: bool = False) -> list[Proposition]:
        """Wholes reported within ``compare.SAME_FRAME_DAYS`` of the part (``after``: on its date or after;
        undated: its article's undated ones).  Bounded by the window, whatever the figures."""
        if part.date is None:  # an undated figure meets only its own article's (``same_frame``)
            tally["comparisons"] += len(self.undated)
            return [w for w in self.undated if w.first.article == part.first.article]
        span = timedelta(days=compare.SAME_FRAME_DAYS)
        lo = bisect.bisect_left(self.dates, part.date if after else part.date - span)
        hi = bisect.bisect_right(self.dates, part.date + span)
        tally["comparisons"] += hi - lo
        return self.dated[lo:hi]


TOTAL_LOOKBACK_DAYS = 365
"""How far back a running total counts a part: a 2023 war's "so far" holds no 2020 strike (the same two parties fought
two wars three years apart); a total with a stated start too (rules 32), so that a part's finding depends only on the
figures of the year after it and a write judges again only the parts near the figures it changed
(``kb.derived.conflicts.part_whole``)."""


def _counts_since(whole: Proposition, when: date) -> bool:
    """Whether a whole's frame reaches back to ``when``: its stated start, and ``TOTAL_LOOKBACK_DAYS`` at most."""
    if whole.date is not None and (whole.date - when).days > TOTAL_LOOKBACK_DAYS:
        return False
    start = whole.first.period_start
    return start is None or when >= start


def _contains(whole: frozenset[str], whole_is_all: bool, part: frozenset[str]) -> bool:
    """A whole of the same parties, or an "all parties" toll.  A figure's parties mix its victims with its
    attacker ("deaths of Israel and Lebanon" for a strike on Lebanon), so a figure of fewer parties is not a part
    of one of more: a Gaza toll of "Israel" sat inside Lebanon's, 600 Ukrainian soldiers inside 89 Russian ones."""
    return whole_is_all or (bool(whole) and part == whole)


def _part_whole(part: Proposition, hit: tuple[Proposition, compare.Verdict], others: list[Proposition],
                cats: Categories, label: Labeller, group: str) -> Detected:
    """One part-whole finding: its part, its first whole, and (named in words only) the other figures the part was
    judged against, which the finding does not list."""
    (whole, v), p = hit, part.first
    w = whole.first
    also = wording.also_against([o for o in others if o is not whole and o is not part], label)
    what_p = clusters.measure(cats.label(p.category or ''), p.parties, label)
    what_w = clusters.measure(cats.label(w.category or ''), w.parties, label)
    if compare.bounds(p)[0] <= compare.bounds(w)[1]:  # not above its whole: the other side's whole far above it
        words = wording.VERDICT_WORDS.get(v.strength or "", "the figures differ")
        whose = sides.far_above(p, w) if p.speaker_neutral or w.speaker_neutral else \
            "one side's total is far above the other side's own count of a part of it"
        text = (f"{wording.voice(w, label)} puts {what_w} at {wording.scoped_figure(w)}, far above the "
                f"{wording.measured(p, what_p)} given by {wording.voice(p, label)}{also}. That total should "
                f"include them. {words[0].upper()}{words[1:]}: {whose}.")
    else:
        text = (f"{wording.voice(p, label)} puts {what_p} at {wording.scoped_figure(p)}, above the total of "
                f"{wording.measured(w, what_w)} given by {wording.voice(w, label)}, which should include it{also}"
                + wording.verdict_sentence(v.strength, v.reason))
    return Detected("part-whole", [*part.claims, *whole.claims], text, involved_actors(part, whole), v.strength,
                    v.reason, group=group)

