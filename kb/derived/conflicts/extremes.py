"""What a part-whole comparison can depend on, per state and measure: the extremes of its figures, kept in the
state's summary (``kb.derived.conflicts.summaries``) so that a write loads only the pairs of measures that can hold
a part-whole conflict (``kb.derived.conflicts.part_whole``).

Why: part-whole compared a changed measure's every figure with every figure of its wholes, and loaded them all
(with every claim of their articles, for an "all parties" total's scope): 0.6–4.5 s of a one-article write at 100k
claims, the largest part of every slow write, for a rule that found one conflict there.  A conflict needs, by
``compare.same_measure`` and ``compare.nested_measure``:

- between two measures (a wider category, an "all parties" toll): a part's lower bound above a whole's upper bound, or a
  whole's lower bound above ``compare.LATTICE_RATIO`` times a part's upper bound — so the extremes of all figures
  (``ALL``) of each measure decide;
- within one measure: a day's, a period's or a strike's figure (only those are parts of a total of their own
  measure) and another figure *with a scope* dated on its day or up to ``compare.SAME_FRAME_DAYS`` after it
  (``figures._Wholes.near``), whose frames nest and whose figures are a part above its whole
  (``compare.same_measure``): an unscoped figure relates to nothing there.  Figures with a scope are rare (34 of
  100k claims in the bench's 25k-article store), so each state's are kept whole (``Extremes.scoped``: the first
  attestation of each such proposition, what the rule compares) and a write runs the rule's own test on them.
  Extremes alone were not enough: over a measure, or a week, a few scoped figures of unrelated frames overlapped.

The extremes of all figures are (highest lower bound, lowest upper bound) over their claims (``compare.bounds``); a
measure's are combined from its states'.  A summary without extremes (written by older rules) is ``UNKNOWN``: any
pair with its measure may conflict.  Since rules 32 they also keep the highest lower bound of the unscoped figures and
of the day's and strike's figures, and the latest figure's date: which weeks of a part measure a changed total of a
wider one reaches back to, and how far ahead a part's wholes are read (``kb.derived.conflicts.part_whole``).
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from kb.derived.conflicts import compare, groups
from kb.derived.conflicts.model import ClaimFacts, Proposition

Bounds = tuple[float, float]
Measure = tuple[frozenset[str], str]
_INF = float("inf")


@dataclass
class Extremes:
    """Of one state's (or one measure's) figures: what a part-whole comparison can depend on."""

    all: Bounds | None = None
    """(highest lower bound, lowest upper bound) over every claim of its figures."""
    rows: list[list[Any]] = field(default_factory=list)
    """The first attestation of each figure with a scope, as ``groups.rows`` (decoded only when asked: ``scoped``)."""
    unknown: bool = False
    """Written by older rules, without extremes: any pair with its measure may conflict."""
    unscoped: float | None = None
    """The highest lower bound of the figures with no scope (first attestations): what a strike's toll of a wider
    measure may be below, days after (``kb.derived.conflicts.part_whole``); None: no such figure."""
    spans: float | None = None
    """The same of the figures of a day or a strike (a period or an incident): what a total may be below."""
    last: date | None = None
    """The latest figure's date (first attestations): how far ahead a part's wholes are read."""

    @property
    def scoped(self) -> list[ClaimFacts]:
        """The first attestations of the figures with a scope.  Decoded here, not with the summary: most of a
        newsroom's figures have one (a strike's), a write reads the extremes of every measure its changed ones may
        meet and needs the scoped figures of a few (``possible``), and decoding them all was 1.5 s of 24 in seven
        profiled one-article writes on the newsroom's 13.4k-article store."""
        return groups.from_rows(self.rows)


UNKNOWN = Extremes(unknown=True)


def _merge(a: Bounds | None, b: Bounds | None) -> Bounds | None:
    return b if a is None else a if b is None else (max(a[0], b[0]), min(a[1], b[1]))


def of(props: list[Proposition]) -> Extremes:
    """The extremes of one state's figure propositions of one measure."""
    out = Extremes(rows=groups.rows(p.first for p in props if compare.scope_of(p.first)))
    for p in props:
        for c in p.claims:
            out.all = _merge(out.all, compare.bounds(c))
        scope, lo = compare.scope_of(p.first), p.bounds[0]
        if scope is None:
            out.unscoped = _higher(out.unscoped, lo)
        elif scope != "cumulative":
            out.spans = _higher(out.spans, lo)
        if p.date is not None and (out.last is None or p.date > out.last):
            out.last = p.date
    return out


def _higher(a: float | None, b: float | None) -> float | None:
    return b if a is None else a if b is None else max(a, b)


def combine(a: Extremes, b: Extremes) -> Extremes:
    if a.unknown or b.unknown:
        return UNKNOWN
    last = a.last if b.last is None or (a.last is not None and a.last > b.last) else b.last
    return Extremes(_merge(a.all, b.all), a.rows + b.rows, unscoped=_higher(a.unscoped, b.unscoped),
                    spans=_higher(a.spans, b.spans), last=last)


def encode(x: Extremes) -> dict[str, Any]:
    return {"a": None if x.all is None else [x.all[0], None if x.all[1] == _INF else x.all[1]],
            "f": x.rows, "u": x.unscoped, "s": x.spans, "d": None if x.last is None else x.last.isoformat()}


def decode(x: Any) -> Extremes:
    if not x:
        return Extremes()
    a = x["a"]
    if "d" not in x:
        return UNKNOWN  # written by rules 31 or older: a refresh by these rules recomputes it whole
    return Extremes(None if a is None else (float(a[0]), _INF if a[1] is None else float(a[1])), x["f"],
                    unscoped=x["u"], spans=x["s"], last=None if x["d"] is None else date.fromisoformat(x["d"]))


def from_text(text: str) -> Extremes:
    """A summary's extremes read from its JSON text without decoding its figures (its last key, ``"x"``: the keys are
    sorted); ``UNKNOWN`` when it has none."""
    at = text.rfind('"x":')
    return UNKNOWN if at < 0 else decode(json.loads(text[at + 4:-1]))


def by_measure(texts: dict[str, str], changed: dict[str, str | None]) -> dict[Measure, Extremes]:
    """Each measure's extremes over its states' summaries (``texts``: ``sm|`` tag → JSON as stored; ``changed``: the
    summaries a write rewrites, None for gone); a measure with no summary has no figure and no entry."""
    out: dict[Measure, Extremes] = {}
    for tag, text in (texts | changed).items():
        if text is not None:
            m = groups.parse_measure(groups.parse_speaker_measure(tag)[1])
            out[m] = combine(out.get(m, Extremes()), from_text(text))
    return out


def possible(part: Extremes | None, whole: Extremes | None, *, same: bool) -> bool:
    """Whether some figure of the part measure and some of the whole can be a part-whole conflict (``same``: the
    same measure); a measure with no figure, none."""
    if part is None or whole is None:
        return False
    if part.unknown or whole.unknown:
        return True
    if same:
        return _any_nested(part.scoped)
    if part.all is None or whole.all is None:
        return False
    (plo, phi), (wlo, whi) = part.all, whole.all
    return plo > whi or wlo > compare.LATTICE_RATIO * phi


def _any_nested(scoped: list[ClaimFacts]) -> bool:
    """Whether a figure of ``scoped`` that is no running total is a part of another dated on its day or up to
    ``compare.SAME_FRAME_DAYS`` after it (undated: of another undated one).  Each figure meets only those of its days,
    found by bisection: most of a newsroom's figures are one strike's (70% in the bench's corpus), so a state's scoped
    figures run to thousands, and testing every pair was 1.7 s of 21 in seven one-article writes (profiled)."""
    dated = sorted((c for c in scoped if c.date is not None), key=lambda c: c.date or date.min)
    days = [c.date or date.min for c in dated]
    undated = [c for c in scoped if c.date is None]
    span = timedelta(days=compare.SAME_FRAME_DAYS)
    for x in scoped:
        if compare.scope_of(x) == "cumulative":
            continue
        if x.date is None:
            near = undated
        else:
            near = dated[bisect.bisect_left(days, x.date):bisect.bisect_right(days, x.date + span)]
        if any(_nested(x, y) for y in near):
            return True
    return False


def _nested(part: ClaimFacts, whole: ClaimFacts) -> bool:
    """``figures.part_whole_conflicts``' test of one part against one figure of its own measure."""
    if part is whole or part.iri == whole.iri:
        return False
    if part.date is None or whole.date is None:
        if part.date is not None or whole.date is not None:
            return False
    elif not 0 <= (whole.date - part.date).days <= compare.SAME_FRAME_DAYS:
        return False
    v = compare.same_measure(part, whole, compare.relate(part, whole))
    return v.label == "conflict" and v.kind == "part-whole"
