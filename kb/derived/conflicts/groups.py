"""The groups a claim belongs to, as short text tags: what an incremental refresh recomputes when it changes.

Every rule compares claims only inside groups (``kb.derived.conflicts.figures``, ``accusations``, ``clusters``), so a
write touches only the findings of the groups its claims are in.  A tag names one group; the derived-state
graph (``kb.derived.conflicts.state``) indexes every article's claims by their tags, so a group is reloaded with one
bound query instead of a scan:

- ``m|<measure>``: a casualty figure's measure (category, parties): its aggregate, and part-whole questions
  with that measure as the part;
- ``sm|<state>|<measure>``: a casualty figure by a speaker of that state, of that measure: the speaker's series,
  and the speaker's summary (``kb.derived.conflicts.summaries``) an aggregate is recomputed from;
- ``fd|<measure>|<day>``: a figure of that measure dated that day: which figures a changed one may meet, and so
  which numeric episodes (``n|<measure>|<day>|<state>|<state>``, the group of those conflicts) it is in;
- ``pw|m|<measure>|<Monday>``: the group (not a claim's tag) of the part-whole findings whose part is of that measure
  and week (``part_whole``; '-' undated), recomputed from the day tags of its window (rules 32);
- ``p|<hash>``: a proposition (what ``clusters.propositions`` groups): corroborations, and whole propositions
  for the denial rule;
- ``a|<A>|<B>``: an accusation between two states (either direction): mutual accusations;
- ``dd|<X>|<day>``, ``dn|<Y>|<day>``: a denial by X / naming Y, dated: which denials a claim may answer;
- ``ps|<X>|<day>``, ``sp|<S>|<day>``: any other claim about X / by S, dated: what a denial may answer;
- ``t|<actor>|<role>``: an actor's timeline.

Facts are kept as JSON (``encode``/``decode``), so the previous state of a replaced or deleted article is known.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from operator import attrgetter
from typing import Any, cast

from kb.derived.conflicts.model import ClaimFacts, proposition_key, week

_FIELDS = ("iri", "type", "speaker", "speaker_root", "speaker_neutral", "article", "start", "subjects", "parties",
           "all_parties", "object", "qmin", "qmax", "approximate", "unit", "category", "claim_date", "published",
           "source", "factuality", "scope", "period_start", "period_end", "place", "increment", "strike_places")


def encode(published: object, claims: Iterable[ClaimFacts]) -> str:
    """An article's publication date and claim facts as one JSON text, claims sorted by IRI (the same facts give
    the same text): the date places the article in the articles order, the facts the claims in their groups."""
    when = published.isoformat() if isinstance(published, date) else (None if published is None else str(published))
    return json.dumps({"p": when, "c": rows(claims)}, ensure_ascii=False, separators=(",", ":"))


def rows(claims: Iterable[ClaimFacts]) -> list[list[Any]]:
    """Claim facts as JSON-ready rows (``_FIELDS``), sorted by IRI: sets as sorted lists, dates as ISO text.  The
    fields are read at once (``_VALUES``) and only those that may hold a set or a date are converted: a
    1,000-article batch made 100k rows (its states' summaries and extremes, its records), a field at a time."""
    out = []
    for c in sorted(claims, key=_IRI):
        row = list(_VALUES(c))
        for i in _SETS:
            if isinstance(value := row[i], frozenset):
                row[i] = sorted(value)
        for i in _DATES:
            if isinstance(value := row[i], date):
                row[i] = value.isoformat()
        out.append(row)
    return out


_VALUES, _IRI = attrgetter(*_FIELDS), attrgetter("iri")
_SETS = tuple(i for i, f in enumerate(_FIELDS) if f in ("subjects", "parties"))
_DATES = tuple(i for i, f in enumerate(_FIELDS) if f in ("claim_date", "published", "period_start", "period_end"))
"""The fields ``ClaimFacts`` types as sets and as dates: no other holds either."""


def decode(text: str) -> tuple[str | None, list[ClaimFacts]]:
    """(publication date as text, claim facts) from ``encode``."""
    record = json.loads(text)
    return record["p"], from_rows(record["c"])


_ROWS = '"c":['
_ARTICLE_FIELD = _FIELDS.index("article")
_DECODER = json.JSONDecoder()


def article_of(text: str) -> str | None:
    """The article an ``encode`` text is of, from its first claim's row alone (every claim of a record is its
    article's, ``kb.derived.conflicts.state``); None when it has no claim or does not read so.  Why: a record found by
    one of its groups was read by two look-ups, its article and its facts; the facts name the article, and the
    look-up was ~40% of reading a record (24k records read in a 1,000-article batch at 25k articles).  ``"c":[``
    cannot occur inside the date before it: a quote there would be escaped."""
    at = text.find(_ROWS)
    if at < 0:
        return None
    try:
        row, _ = _DECODER.raw_decode(text, at + len(_ROWS))
    except ValueError:
        return None
    if not isinstance(row, list) or len(row) != len(_FIELDS) or not isinstance(row[_ARTICLE_FIELD], str):
        return None
    return row[_ARTICLE_FIELD]


def from_rows(found: Iterable[list[Any]]) -> list[ClaimFacts]:
    """Claim facts from ``rows``."""
    out = []
    for row in found:
        values = dict(zip(_FIELDS, row, strict=True))
        for name in ("subjects", "parties"):
            values[name] = frozenset(values[name])
        for name in ("claim_date", "published", "period_start", "period_end"):
            values[name] = date.fromisoformat(values[name]) if values[name] else None
        out.append(ClaimFacts(**values))
    return out


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def is_figure(c: ClaimFacts) -> bool:
    """What ``figures.figure_propositions`` keeps (every attestation of a proposition agrees on these)."""
    return c.type == "casualty" and c.has_figure and bool(c.category) and bool(c.parties) \
        and c.factuality != "denied"


def measure(parties: Iterable[str], category: str) -> str:
    return _measure(frozenset(parties), category)


@lru_cache(maxsize=8192)
def _measure(parties: frozenset[str], category: str) -> str:
    """Cached: a refresh asks the measure of every figure it loads (160k times for one new article at 25k articles),
    and there are few measures."""
    return "m|" + json.dumps([category, sorted(parties)], separators=(",", ":"))


def speaker_measure(speaker_root: str, parties: Iterable[str], category: str) -> str:
    """The tag of one state's figures of one measure: its series (a group of its own), its summary."""
    return "sm|" + speaker_root + "|" + measure(parties, category)[2:]


def parse_speaker_measure(tag: str) -> tuple[str, str]:
    """(state, measure tag) of an ``sm|`` tag (a state is an IRI: no '|' in it)."""
    speaker, rest = tag[3:].split("|", 1)
    return speaker, "m|" + rest


def figure_day(parties: Iterable[str], category: str, when: str) -> str:
    """The tag of a measure's figures dated ``when`` (a day, '-' undated)."""
    return "fd|" + measure(parties, category)[2:] + "|" + when


def episodes(parties: Iterable[str], category: str, when: str, a: str, b: str) -> str:
    """The group of a measure's numeric conflicts of the day ``when`` between the states ``a`` and ``b`` (the same
    state twice: two sources within one side)."""
    first, second = sorted((a, b))
    return "n|" + measure(parties, category)[2:] + "|" + when + "|" + first + "|" + second


def part_whole(measure_tag: str, when: date | None) -> str:
    """The group of the part-whole findings whose part is of that measure (an ``m|`` tag) and dated in the week of
    ``when`` (Monday; '-' undated): a part meets only the wholes of its year after (``figures.TOTAL_LOOKBACK_DAYS``),
    so a group is recomputed from the figures of that window, not from its measure's whole history (rules 32)."""
    return "pw|" + measure_tag + "|" + week(when)


def parse_measure(tag: str) -> tuple[frozenset[str], str]:
    category, parties = json.loads(tag[2:])
    return frozenset(parties), category


def proposition(c: ClaimFacts) -> str:
    """The tag of the claim's proposition: the same key as ``clusters.propositions`` uses."""
    return _proposition(proposition_key(c))


@lru_cache(maxsize=65536)
def _proposition(key: tuple[object, ...]) -> str:
    """Cached by the key: a one-article refresh tags every claim it loads (270k for five articles on the newsroom's
    13.4k-article store), of fewer propositions, and the JSON and hash were a sixth of it."""
    speaker, kind, parties, *rest = key
    listed = sorted(cast(frozenset[str], parties))
    return "p|" + hashlib.sha256(json.dumps([speaker, kind, listed, *rest]).encode()).hexdigest()[:24]


def pair(a: str, b: str) -> str:
    return "a|" + "|".join(sorted((a, b)))


def day(d: date | None) -> str:
    return d.isoformat() if d else "-"


def kind_tags(c: ClaimFacts, kind: str) -> set[str]:
    """The claim's tags of one kind: ``tags(c, (kind,))``, the kinds a refresh filters loaded claims by most often
    (a measure's, a state's measure, a day's figures, a proposition) computed directly (a refresh filters every
    loaded claim by its group: 100k calls for one new article at 40k claims)."""
    if kind == "p":
        return {proposition(c)}
    if kind in ("m", "sm", "fd"):
        if not is_figure(c):
            return set()
        category = c.category or ""
        if kind == "m":
            return {measure(c.parties, category)}
        if kind == "sm":
            return {speaker_measure(c.speaker_root, c.parties, category)}
        return {figure_day(c.parties, category, day(c.date))}
    return tags(c, (kind,))


def tags(c: ClaimFacts, kinds: Iterable[str] | None = None) -> set[str]:
    """Every group the claim is in (see the module doc); ``kinds``: only the tags of those kinds ("m", "p", ...),
    since a proposition's hash or a measure's JSON for every loaded claim was a tenth of a one-article refresh."""
    wanted = None if kinds is None else set(kinds)

    def want(kind: str) -> bool:
        return wanted is None or kind in wanted

    out = {proposition(c)} if want("p") else set()
    if want("t"):
        out |= {f"t|{c.speaker}|speaker", *(f"t|{s}|subject" for s in c.subjects)}
    if is_figure(c):
        category = c.category or ""
        if want("m"):
            out.add(measure(c.parties, category))
        if want("sm"):
            out.add(speaker_measure(c.speaker_root, c.parties, category))
        if want("fd"):
            out.add(figure_day(c.parties, category, day(c.date)))
    if c.type == "accusation" and want("a"):
        out |= {pair(c.speaker_root, accused) for accused in c.parties - {c.speaker_root}}
    when = day(c.date)
    if c.type == "denial":
        out |= {f"dd|{c.speaker_root}|{when}"} if want("dd") else set()
        out |= {f"dn|{p}|{when}" for p in c.parties} if want("dn") else set()
    else:
        out |= {f"sp|{c.speaker_root}|{when}"} if want("sp") else set()
        out |= {f"ps|{p}|{when}" for p in c.parties} if want("ps") else set()
    return out
