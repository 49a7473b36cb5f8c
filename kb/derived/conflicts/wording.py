"""Findings in the words an editor would use: who said it, where it ran, the figure with what it counts over.

Why: an explanation that says "Armenia puts deaths at 244 (28 Sep 2020)" leaves the reader to guess whether 244
is a day's toll or the war's; "Armenia's Defence Ministry (Armenpress, 28 Sep 2020) puts soldiers killed of
Armenia at 244 since 27 Sep" does not.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from kb.derived.conflicts.compare import frame
from kb.derived.conflicts.model import ClaimFacts, Proposition, figure

Labeller = Callable[[str], str]

VERDICT_WORDS = {
    "contradiction": "the figures cannot both be true",
    "discrepancy": "the figures differ",
    "scope-unclear": "the figures differ; scope unclear",
}


def short_day(d: date | None) -> str:
    """'27 Sep' (the year is in the claim's own date beside it)."""
    return f"{d.day} {d:%b}" if d else ""


def scope_words(c: ClaimFacts) -> str:
    """What a figure counts over, as a phrase to put after it ('since 27 Sep', 'on 23 Sep', 'in one strike at
    Tartar', 'in Tepi Barat since 7 Oct'); empty when the claim does not say.  A running total's or a span's place
    is said too (rules 33): "155 deaths since 7 Oct" beside a Gaza strike's toll hid that the total was the West
    Bank's, the one detail telling a reader the two were never comparable (trial user31)."""
    f = frame(c)
    at = f" at {c.place}" if c.place else ""
    within = f"in {c.place} " if c.place else ""
    if f.scope == "cumulative":
        if f.start:
            return f"{within}since {short_day(f.start)}"
        return f"in total so far in {c.place}" if c.place else "in total so far"
    if f.scope == "period":
        if f.start and f.end and f.start != f.end:
            return f"{within}from {short_day(f.start)} to {short_day(f.end)}"
        return f"on {short_day(f.end)}{at}" if f.end else f"in one period{at}"
    if f.scope == "incident":
        return f"in one incident{at}"
    return ""


def scoped_figure(c: ClaimFacts) -> str:
    """'244 since 27 Sep', 'about 400 in one incident at Tartar', or the bare figure when the scope is unknown."""
    words = scope_words(c)
    return f"{figure(c)} {words}" if words else figure(c)


def measured(c: ClaimFacts, what: str) -> str:
    """'376 soldiers killed of Armenia in total so far': the figure, the measure, then the scope."""
    words = scope_words(c)
    return f"{figure(c)} {what}" + (f" {words}" if words else "")


def voice(c: ClaimFacts, label: Labeller) -> str:
    """'Armenia's Defence Ministry (Armenpress, 28 Sep 2020)': the speaker, the outlet that carried it, the date."""
    outlet = label(c.source) if c.source and c.source != c.article else ""
    where = [outlet] if outlet and outlet != label(c.speaker) else []
    where.append(_day(c.date))
    return f"{label(c.speaker)} ({', '.join(where)})"


def _day(d: date | None) -> str:
    return f"{d.day} {d:%b %Y}" if d else "undated"


def verdict_sentence(strength: str | None, reason: str | None) -> str:
    """': the figures cannot both be true (two cumulative figures for the same frame cannot both be true).'"""
    words = VERDICT_WORDS.get(strength or "", "the figures differ")
    return f": {words}" + (f" — {reason}." if reason else ".")


def also_against(others: list[Proposition], label: Labeller) -> str:
    """' (and likewise against 10 deaths by Mohammad Khan)': the other figures a part-whole finding's part was judged
    against, named, since the finding lists only its part and first whole.  "(and 1 other total of that measure)"
    sent a reader looking for a third claim the page did not show (trial user33).  Three at most, then a count."""
    if not others:
        return ""
    named = [f"{figure(o.first)}{' ' + o.first.unit if o.first.unit else ''} by {label(o.first.speaker)}"
             for o in others[:3]]
    rest = len(others) - len(named)
    tail = f" and {rest} more figure{'s' if rest > 1 else ''}" if rest else ""
    return f" (and likewise against {', '.join(named)}{tail}, not listed here)"
