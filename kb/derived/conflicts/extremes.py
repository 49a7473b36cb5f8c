"""What a part-whole comparison can depend on, per state and measure: the extremes of its figures, kept in the
state's summary (``kb.derived.conflicts.summaries``) so that a write loads only the pairs of measures that can hold
a part-whole conflict (``kb.derived.conflicts.incremental._part_whole``).

Why: part-whole compared a changed measure's every figure with every figure of its wholes, and loaded them all
(with every claim of their articles, for an "all parties" total's scope): 0.6–4.5 s of a one-article write at 100k
claims, the largest part of every slow write, for a rule that found one conflict there.  A conflict needs, by
``compare.same_measure`` and ``compare.nested_measure``:

- between two measures (a wider category, more parties): a part's lower bound above a whole's upper bound, or a
  whole's lower bound above ``compare.LATTICE_RATIO`` times a part's upper bound — so the extremes of all figures
  (``ALL``) of each measure decide;
- within one measure: a day's, a period's or a strike's figure (``WITHIN``: only those are parts of a total of their
  own measure) whose lower bound is above the upper bound of another figure with a scope (``SCOPED``: an unscoped one
  relates to nothing there) dated on the part's day or up to ``compare.SAME_FRAME_DAYS`` after it
  (``figures._Wholes.near``).  A figure inside such a part and above it is itself a day's or a strike's (a running
  total is never inside one: ``compare.relate``), so that is the same test.  These extremes are kept per week of
  the figures' dates (the part's week and the next hold every whole it meets): over a whole measure a few scoped
  figures years apart always overlapped.

Each kind of extreme is (highest lower bound, lowest upper bound) over the claims of such figures (``compare.bounds``);
a measure's is combined from its states'.  A summary without extremes (written by older rules) is ``UNKNOWN``: any
pair with its measure may conflict.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from kb.derived.conflicts import compare, groups
from kb.derived.conflicts.model import Proposition, week

Bounds = tuple[float, float]
Extremes = dict[str, Bounds]
"""``ALL``, or ``SCOPED`` or ``WITHIN`` and a week (``model.week``) → bounds; a kind with no figure is absent."""
ALL, SCOPED, WITHIN = "a", "s", "w"
_INF = float("inf")
UNKNOWN: Extremes = {ALL: (_INF, -_INF)}
"""A summary's extremes when it has none: its measure may conflict with any (``possible``)."""
Measure = tuple[frozenset[str], str]


def of(props: Iterable[Proposition]) -> Extremes:
    """The extremes of one state's figure propositions of one measure."""
    out: Extremes = {}
    for p in props:
        scope = compare.scope_of(p.first)
        when = week(p.date)
        kinds = (ALL, *((SCOPED + when,) if scope else ()),
                 *((WITHIN + when,) if scope not in (None, "cumulative") else ()))
        for c in p.claims:
            lo, hi = compare.bounds(c)
            for k in kinds:
                was = out.get(k)
                out[k] = (lo, hi) if was is None else (max(was[0], lo), min(was[1], hi))
    return out


def _lowest(x: Extremes, when: str) -> float:
    """The lowest upper bound of the scoped figures of the week ``when`` and the next (undated: the undated)."""
    weeks = [when] if when == "-" else [when, (date.fromisoformat(when) + timedelta(days=7)).isoformat()]
    return min((x[SCOPED + w][1] for w in weeks if SCOPED + w in x), default=_INF)


def combine(a: Extremes, b: Extremes) -> Extremes:
    if a is UNKNOWN or b is UNKNOWN:
        return UNKNOWN
    out = dict(a)
    for k, (lo, hi) in b.items():
        was = out.get(k)
        out[k] = (lo, hi) if was is None else (max(was[0], lo), min(was[1], hi))
    return out


def encode(x: Extremes) -> dict[str, list[float | None]]:
    return {k: [lo, None if hi == _INF else hi] for k, (lo, hi) in sorted(x.items())}


def decode(x: Any) -> Extremes:
    return {k: (float(lo), _INF if hi is None else float(hi)) for k, (lo, hi) in x.items()}


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
            out[m] = combine(out.get(m, {}), from_text(text))
    return out


def possible(part: Extremes | None, whole: Extremes | None, *, same: bool) -> bool:
    """Whether some figure of the part measure and some of the whole can be a part-whole conflict (``same``: the
    same measure); a measure with no figure, none."""
    if not part or not whole:
        return False
    if part is UNKNOWN or whole is UNKNOWN:
        return True
    if same:
        return any(k.startswith(WITHIN) and lo > _lowest(part, k[1:]) for k, (lo, _) in part.items())
    a, b = part[ALL], whole[ALL]
    return a[0] > b[1] or b[0] > compare.LATTICE_RATIO * a[1]
