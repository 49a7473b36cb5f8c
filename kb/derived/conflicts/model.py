"""Plain records the rules work on: one claim's comparable facts, and a proposition (the claims that
say the same thing).  Rules see only these, so they can be tested and timed without a store.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property, lru_cache

from kb.actors import normalize_name

APPROX_SLACK = 0.1
"""An approximate figure ("about 400") is read as ±10%, so that 420 does not contradict it."""


@dataclass(slots=True)
class ClaimFacts:
    """What the rules compare about one claim; actor fields hold IRIs, ``*_root`` the state spoken for.
    Slotted, and its repeated strings (speakers, articles, units) shared: 100k of them are held at once."""

    iri: str
    type: str
    speaker: str
    speaker_root: str
    article: str
    start: int = 0
    speaker_neutral: bool = False  # the speaker, or a body it represents, is no side of the war (``ckb:neutral``)
    subjects: frozenset[str] = frozenset()
    parties: frozenset[str] = frozenset()
    all_parties: bool = False
    object: str | None = None  # for accusations and denials the claim's allegation when it has one
    qmin: int | None = None
    qmax: int | None = None
    approximate: bool = False
    unit: str | None = None
    category: str | None = None
    claim_date: date | None = None
    published: date | None = None
    source: str = ""
    factuality: str = "asserted"
    scope: str | None = None  # cumulative / period / incident (kb.pipeline.record.SCOPES); None: not said
    period_start: date | None = None
    period_end: date | None = None
    place: str | None = None
    increment: bool = False
    strike_places: int = 0  # the distinct places of one strike its article's figures name (``load.strike_places``)

    @property
    def date(self) -> date | None:
        """The claim's reference date: when the text fixes it, else when the article was published."""
        return self.claim_date or self.published

    @property
    def has_figure(self) -> bool:
        return self.qmin is not None or self.qmax is not None


def proposition_key(c: ClaimFacts) -> tuple[object, ...]:
    """What makes two claims one proposition (``clusters.propositions``, ``groups.proposition``): speaker, type,
    parties, measure, figure, denied, and the folded words of a claim without a figure."""
    obj = "" if c.has_figure else _folded(c.object or "")
    return (c.speaker_root, c.type, c.parties, c.category, c.qmin, c.qmax, c.factuality == "denied", obj)


@lru_cache(maxsize=65536)
def _folded(text: str) -> str:
    """``normalize_name``, cached: a one-article refresh asks it of every loaded claim without a figure (270k times for
    five articles on the newsroom's 13.4k-article store, 1.7 s of their 17), of far fewer distinct objects."""
    return normalize_name(text)


@dataclass
class Proposition:
    """The attestations of one proposition: same speaker, type, parties, measure and figure."""

    key: tuple[object, ...]
    claims: list[ClaimFacts] = field(default_factory=list)

    @cached_property
    def first(self) -> ClaimFacts:
        """The earliest attestation: the proposition was made by then, later reprints do not move it.
        Cached: read it only once every attestation has been added."""
        return min(self.claims, key=lambda c: (c.date or date.max, c.iri))

    @cached_property
    def date(self) -> date | None:
        return self.first.date

    @property
    def sources(self) -> set[str]:
        return {c.source for c in self.claims}

    @cached_property
    def lo(self) -> float:
        """Lowest value the figure allows (approximate figures widened by the slack)."""
        c = self.first
        if c.qmin is None:
            return 0.0
        return c.qmin * (1 - APPROX_SLACK) if c.approximate else float(c.qmin)

    @cached_property
    def bounds(self) -> tuple[float, float]:
        """``compare.bounds`` of the first attestation, computed once: a batch's episodes compare each figure with
        dozens of others (12M calls for 1,000 articles at 25k)."""
        from kb.derived.conflicts.compare import bounds  # compare imports this module

        return bounds(self.first)

    @cached_property
    def hi(self) -> float:
        """Highest value the figure allows; open above ("more than 550") is unbounded."""
        c = self.first
        if c.qmax is None:
            return math.inf
        return c.qmax * (1 + APPROX_SLACK) if c.approximate else float(c.qmax)


@dataclass
class Detected:
    """A conflict found by a rule, before it is written: its kind, claims, actors and explanation."""

    kind: str
    claims: list[ClaimFacts]
    explanation: str
    actors: set[str] = field(default_factory=set)
    verdict: str | None = None  # contradiction / discrepancy / scope-unclear (kb.derived.conflicts.compare.VERDICTS)
    reason: str | None = None
    episode: str = ""  # a numeric episode's week, by its Monday ('2020-09-28'; '-' undated): part of its group
    identity: str = ""  # what names the finding however it grows (``graph.conflict_key``): its claims when empty
    group: str = ""  # a part-whole finding's group (``groups.part_whole``): its part's measure and week


def identity(p: Proposition) -> str:
    """What names a proposition however many attestations it gathers: its key (speaker, type, parties, measure,
    figure, denied, words), written out in a fixed order.  A finding named by it keeps its IRI as reprints join it
    (rules 30), so a write adds the new members' triples instead of deleting and writing the whole finding again."""
    return "|".join(",".join(sorted(map(str, k))) if isinstance(k, frozenset) else str(k) for k in p.key)


def involved_actors(*props: Proposition) -> set[str]:
    """Every speaker and party (as states) of the propositions a finding joins."""
    out: set[str] = set()
    for p in props:
        for c in p.claims:
            out |= {c.speaker_root, *c.parties}
    return out


def figure(c: ClaimFacts) -> str:
    """A figure as a reader writes it: '≥551', 'about 400', '100–999', '≤399', '43,799' (thousands separated)."""
    if c.qmin is not None and c.qmin == c.qmax:
        return f"about {c.qmin:,}" if c.approximate else f"{c.qmin:,}"
    if c.qmin is not None and c.qmax is not None:
        return f"{c.qmin:,}–{c.qmax:,}"
    if c.qmin is not None:
        return f"≥{c.qmin:,}"
    if c.qmax is not None:
        return f"≤{c.qmax:,}"
    return "no figure"


def iso_day(d: date | None) -> str:
    """'2020-10-03', or '-' undated: a tag's day."""
    return d.isoformat() if d else "-"


@lru_cache(maxsize=8192)
def week(d: date | None) -> str:
    """The Monday of the date's week ('2020-09-28'), or '-' undated: the span of one numeric episode.  Cached: a
    batch's episodes ask it of every pair they check (2.5M times for 1,000 articles at 25k), of a few hundred days."""
    return (d - timedelta(days=d.weekday())).isoformat() if d else "-"


def day(d: date | None) -> str:
    """'28 Sep 2020', or 'undated'."""
    return f"{d.day} {d:%b %Y}" if d else "undated"
