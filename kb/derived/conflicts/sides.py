"""Whose figure it is, in the words a verdict gives: a side of the war known or not (rules 27), or a neutral body that
is no side of it (rules 29).

Why apart from ``compare``: the rules decide *whether* two figures conflict there; here is only who the two speakers
are to each other, which the numeric and the part-whole verdicts both put into words.  A speaker's side is known when
it speaks for a body (``speaker_root``: a ministry for its state) or is itself a party of the figures.  A neutral body
(``ClaimFacts.speaker_neutral``, from ``ckb:neutral`` in the gazetteer: a UN agency, the Red Cross, a rights monitor)
observes the war; its figure against a ministry's is an observer's count against a party's, not "opposing sides",
and two of its offices (OCHA and the WHO, both the UN's) are sources of one neutral body, not of one side (rules 31).
"""

from __future__ import annotations

from kb.derived.conflicts.model import ClaimFacts


def sides_known(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether both speakers' sides are known: each speaks for a body (a ministry for its state) or is a party of
    the figures, not an ombudsman or an outlet the gazetteer does not know.  A later, higher running total between
    speakers of unknown sides is most often one side's toll growing (Karabakh officials' 32, then 200 dead a day
    later): not a dispute (rules 23)."""
    parties = a.parties | b.parties
    return all(side_known(c, parties) for c in (a, b))


def side_known(c: ClaimFacts, parties: frozenset[str]) -> bool:
    """Whether the speaker's side is known: it speaks for a body, or is one of the figures' ``parties``."""
    return c.speaker_root != c.speaker or c.speaker_root in parties


def any_neutral(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether either speaker is a neutral body, or speaks for one."""
    return a.speaker_neutral or b.speaker_neutral


def neutral_reason(a: ClaimFacts, b: ClaimFacts, scope: str | None) -> str:
    """Why two differing ``scope`` figures for one frame, one of them a neutral body's, are a discrepancy and not "from
    opposing sides" (rules 29: OCHA's toll against the Gaza Health Ministry's was "cannot both be true ... from opposing
    sides", since OCHA speaks for the UN and its side counted as known; the ICRC's was a source of a side not known)."""
    both = f"both are {scope} figures for the same frame"
    if a.speaker_neutral and b.speaker_neutral:
        return f"{both}, from two neutral bodies"
    other = b if a.speaker_neutral else a
    if side_known(other, a.parties | b.parties):
        return f"{both}, one from a neutral body (no side of the war), one from a party"
    return f"{both}, one from a neutral body (no side of the war); the side of the other is not known"


def within(a: ClaimFacts, b: ClaimFacts) -> str:
    """What two sources of one ``speaker_root`` are sources of, in words: "one side", or "one neutral body" when both
    speak neutrally.  OCHA and the WHO both speak for the UN, which is no side of the war: their two figures were
    "Within one side (United Nations)" (rules 31)."""
    return "one neutral body" if a.speaker_neutral and b.speaker_neutral else "one side"


def far_above(part: ClaimFacts, whole: ClaimFacts) -> str:
    """Whose total is far above whose count of a part of it (``compare.nested_measure``'s lattice check): a neutral
    body's is no side's, where a UN office's deaths of Ukraine far above Ukraine's soldiers killed was "the other
    side's total" (rules 29)."""
    total = "a neutral body's total" if whole.speaker_neutral else "the other side's total"
    count = ("another neutral body's" if whole.speaker_neutral else "a neutral body's") if part.speaker_neutral \
        else "this side's own"
    return f"{total} is far above {count} count of a part of it"
