"""How two casualty figures relate, given what each counts over: the one place the conflict rules decide
whether two figures are comparable, and how sure a finding may be.

Why: on real articles every conflict raised was a false alarm stated with certainty — a one-day toll set
against a cumulative one, a single strike against a whole war.  A figure counts over a *frame*: a running
total up to its date (``cumulative``), a span (``period``: "in the past 24 hours"), or one strike at one
place and date (``incident``).  Two figures are compared directly only when their frames are the same;
a frame inside another is a *part* (checked as part–whole: a part above its whole is a conflict); frames
apart are not compared.  When a scope is unknown the figures are still compared, but the verdict says so.

Verdicts, strongest first:

- ``contradiction``: same frame, same measure, opposing speakers, ranges that cannot both hold;
- ``discrepancy``: they differ, but something short of impossibility separates them — one side's own
  sources disagree (or one neutral body's: two UN agencies), one source is a neutral body (a UN agency, the Red
  Cross: no side of the war) or of a side not known, or the categories differ (soldiers killed against all deaths
  of that side);
- ``scope-unclear``: they differ, but at least one figure does not say what it counts over.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from kb.actors import normalize_name
from kb.derived.conflicts import sides
from kb.derived.conflicts.model import APPROX_SLACK, ClaimFacts
from kb.derived.conflicts.where import places_meet
from kb.vocab import CKB

VERDICTS = ("contradiction", "discrepancy", "scope-unclear")
SAME_FRAME_DAYS = 3
"""Running totals reported within three days of each other count over the same time frame."""
LATTICE_RATIO = 2.0
"""A whole (deaths of a side) more than twice one side's part (its soldiers killed) from the other side is
a discrepancy worth showing: "525 soldiers killed" against "more than 5,000 dead"."""

OPEN_SLACK = 0.02
"""An open figure ("more than 600", read as ≥601) is loosely worded: 600 from the same side is the same claim."""

# frame relations
SAME, A_IN_B, B_IN_A, APART, UNCLEAR = "same", "a-in-b", "b-in-a", "apart", "unclear"


@dataclass(frozen=True)
class Frame:
    """What a figure counts over: its scope, the span [start, end] (None: open or unknown) and place."""

    scope: str | None
    start: date | None
    end: date | None
    place: str | None


def scope_of(c: ClaimFacts) -> str | None:
    """The claim's scope; an increment ("16 more") with none stated counts a span, like a period."""
    return c.scope or ("period" if c.increment else None)


def frame(c: ClaimFacts) -> Frame:
    """A claim's frame; an increment ("16 more") with no stated scope counts a span, like a period."""
    scope = c.scope or ("period" if c.increment else None)
    place = _folded(c.place) if c.place else None
    if scope == "cumulative":
        return Frame(scope, c.period_start, c.period_end or c.date, place)
    if scope == "period":
        return Frame(scope, c.period_start or c.period_end or c.date, c.period_end or c.date, place)
    return Frame(scope, c.date, c.date, place)


@lru_cache(maxsize=4096)
def _folded(place: str) -> str:
    """A place name folded once (a few hundred distinct names are compared millions of times)."""
    return normalize_name(place)


def _near(a: date | None, b: date | None, days: int = SAME_FRAME_DAYS) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs((a - b).days) <= days


def _places_meet(a: str | None, b: str | None) -> bool | None:
    """True when the places can be one area (one inside the other: ``where.places_meet``), False when they cannot,
    None unknown."""
    return places_meet(a, b)


def relate(a: ClaimFacts, b: ClaimFacts) -> str:
    """The relation of a's frame to b's: ``same``, ``a-in-b``, ``b-in-a``, ``apart`` or ``unclear``."""
    if not (a.scope or a.increment) or not (b.scope or b.increment):
        return UNCLEAR  # the rules still require the dates to be close (see ``same_measure``/``nested_measure``)
    fa, fb = frame(a), frame(b)
    if fa.scope == fb.scope == "cumulative":
        starts_agree = fa.start is None or fb.start is None or fa.start == fb.start
        together = _places_meet(fa.place, fb.place) is not False  # Gaza's toll and the West Bank's (rules 33)
        return SAME if starts_agree and together and _near(fa.end, fb.end) else APART
    if fa.scope == "cumulative":
        return B_IN_A if _inside(fb, fa) else APART
    if fb.scope == "cumulative":
        return A_IN_B if _inside(fa, fb) else APART
    if fa.scope == fb.scope == "incident":
        if fa.end != fb.end:
            return APART
        meet = _places_meet(fa.place, fb.place)
        if meet is None and (_among_several(a, fa) or _among_several(b, fb)):
            return APART
        return SAME if meet else (APART if meet is False else UNCLEAR)
    if _span_unknown(fa, fb) or _span_unknown(fb, fa):
        return APART
    if fa.scope == fb.scope == "period":
        if (fa.start, fa.end) == (fb.start, fb.end):
            return SAME if _places_meet(fa.place, fb.place) is not False else APART
        return A_IN_B if _inside(fa, fb) else B_IN_A if _inside(fb, fa) else APART
    if fa.scope == "incident":  # incident inside a period
        return A_IN_B if _inside(fa, fb) and not _among_several(a, fa) else APART
    return B_IN_A if _inside(fb, fa) and not _among_several(b, fb) else APART


def _span_unknown(f: Frame, other: Frame) -> bool:
    """Whether ``f`` is a period whose span is unknown ("on Monday", "in the past 24 hours" in an undated article)
    set against another period or a strike.  Two such periods of one article were one frame, and an undated strike
    lay inside any of them: Saturday's shelling set against Monday's, a day's toll against a two-day one (rules 23).
    A running total of the article still counts them."""
    return f.scope == "period" and f.start is None and f.end is None and other.scope in ("period", "incident")


def _among_several(c: ClaimFacts, f: Frame) -> bool:
    """Whether a strike's figure with no place read comes from an article reporting strikes at several places: which
    strike it counts is unknown ("4 died in the Khmelnytskyi region" beside "1 in the Obukhiv district", "12 across
    the country"), so it is set against none of them.  An article naming one strike place is about that strike."""
    return f.place is None and c.strike_places > 1


def _inside(part: Frame, whole: Frame) -> bool:
    """Whether the part's span lies in the whole's (a running total includes what happened up to its date;
    a total reported a few days before the part cannot yet include it) and their places can meet, whatever the
    whole's scope: a running total counts only its own place's dead (rules 33: a Gaza strike's toll was set "above"
    the West Bank's running total, trial user31)."""
    if _places_meet(part.place, whole.place) is False:
        return False
    if part.end is None or whole.end is None:
        return part.end is None and whole.end is None
    if part.end > whole.end:
        return False
    if whole.scope != "cumulative" and part.start is not None and whole.start is not None:
        return part.start >= whole.start
    return whole.start is None or part.start is None or part.start >= whole.start


@dataclass(frozen=True)
class Verdict:
    """What two figures say about each other: a label (``conflict``, ``part``, ``update``, ``corroboration``,
    ``unrelated``), for a conflict its finding kind and verdict strength, and the reason in words."""

    label: str
    kind: str | None = None
    strength: str | None = None
    reason: str = ""


def bounds(c: ClaimFacts) -> tuple[float, float]:
    """The range a figure allows (``Proposition.lo``/``hi`` for one claim)."""
    lo = 0.0 if c.qmin is None else (c.qmin * (1 - APPROX_SLACK) if c.approximate else float(c.qmin))
    if c.qmin is not None and c.qmax is None:
        lo = min(lo, c.qmin * (1 - OPEN_SLACK))
    hi = float("inf") if c.qmax is None else (c.qmax * (1 + APPROX_SLACK) if c.approximate else float(c.qmax))
    return lo, hi


def same_measure(a: ClaimFacts, b: ClaimFacts, rel: str) -> Verdict:
    """Two figures of one measure (same parties and category) whose frames relate as ``rel``."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    disjoint = alo > bhi or blo > ahi
    if rel == UNCLEAR and not _near(a.date, b.date):
        rel = APART
    if rel == APART:
        if a.speaker == b.speaker and scope_of(a) == scope_of(b) == "cumulative":
            return Verdict("update", reason="the same speaker's running total at another date")
        return Verdict("unrelated", reason="different time frames or places")
    if rel in (A_IN_B, B_IN_A):
        part, (plo, whi) = (a, (alo, bhi)) if rel == A_IN_B else (b, (blo, ahi))
        if plo > whi:  # different scopes: never "cannot both be true", the frames may be misread
            return Verdict("conflict", "part-whole", "discrepancy",
                           f"the {scope_of(part)} figure is counted in the total but exceeds it")
        return Verdict("part", reason=f"the {scope_of(part)} figure is part of the running total")
    if a.speaker == b.speaker:
        if disjoint:
            return Verdict("update", reason="the same speaker revised the figure for the same frame")
        return Verdict("corroboration", reason="the same speaker repeats the figure")
    if not disjoint:
        return Verdict("corroboration", reason="the figures agree")
    same_side = a.speaker_root == b.speaker_root
    if rel == UNCLEAR:
        if same_side:  # one side's sources mostly give different frames (a day's toll, the total): not flagged
            return Verdict("unrelated", reason="one side's figures that do not say what they count over")
        return Verdict("conflict", "numeric", "scope-unclear", _unclear(a, b))
    if scope_of(a) == "cumulative" and a.date != b.date and _grew(a, b):
        return _grown(a, b, same_side)
    if same_side:
        return Verdict("conflict", "same-side", "discrepancy",
                       f"two sources of {sides.within(a, b)} give different figures")
    if sides.any_neutral(a, b):
        return Verdict("conflict", "numeric", "discrepancy", sides.neutral_reason(a, b, scope_of(a)))
    if not sides.sides_known(a, b):  # an outlet, an ombudsman, a minted official: not known to be the other side
        return Verdict("conflict", "numeric", "discrepancy", f"two sources give different {scope_of(a)} figures for "
                       "the same frame; the side of one of them is not known")
    return Verdict("conflict", "numeric", "contradiction", f"both are {scope_of(a)} figures for the same "
                   "frame, from opposing sides")


def _grown(a: ClaimFacts, b: ClaimFacts, same_side: bool) -> Verdict:
    """Two running totals for one frame, the later higher.  Between opposing sides a discrepancy (the toll may have
    grown); within one side, or with a source of a side not known, an update (rules 23).  With a neutral body an update
    too, whichever came first (rules 29): a UN agency's toll is most often a party's figure it relays, and the later
    one has grown."""
    if sides.any_neutral(a, b):
        return Verdict("update", reason="a neutral body's and another source's running totals, higher when reported "
                       "later")
    if same_side or not sides.sides_known(a, b):
        return Verdict("update", reason="one side's running total, higher when reported later")
    return Verdict("conflict", "numeric", "discrepancy", "running totals a few days apart: the later is higher, "
                   "so the toll may have grown between them")


def one_account(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether two figures are one article's account: the article's own voice (its outlet, or the agency it carries,
    as speaker) and a figure it gives, in the same article.  A writer who states a figure unattributed beside a
    source's different one counts something else (the war's toll, the hostages, an earlier strike, a share of the
    dead), or would have said that the two disagree: on the 322 real dev articles every such pair was a false
    alarm (rules 23)."""
    return a.article == b.article and (a.speaker == a.source or b.speaker == b.source)


def _unclear(a: ClaimFacts, b: ClaimFacts) -> str:
    """Why two differing figures are only "scope unclear".  Two strikes of the same day with no place read are
    unclear too (``relate``), though each says what it counts over: saying "one figure does not say" there
    contradicted the "in one incident" just before it (trial user28).  When one of them names a place, saying "no
    place is given" contradicted the "at Haska Mena" of the same sentence (trial user33): it says whose place it is."""
    if scope_of(a) == scope_of(b) == "incident":
        placed = sorted({c.place for c in (a, b) if c.place})
        if placed:
            return (f"both count one strike on the same day, but only one says where ({placed[0]}), so whether "
                    "the other is the same strike cannot be told")
        return "both count one strike on the same day, but no place is given to tell whether it is the same one"
    unsaid = not (a.scope or a.increment) and not (b.scope or b.increment)
    which = "neither figure says" if unsaid else "one figure does not say"
    return f"{which} whether it counts a day, one strike or the war so far"


def _grew(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether the later of two running totals is the higher (both dated)."""
    if a.date is None or b.date is None:
        return False
    early, late = (a, b) if a.date < b.date else (b, a)
    return bounds(late)[0] > bounds(early)[1]


COMBATANTS = frozenset({str(CKB.SoldiersKilled), str(CKB.SoldiersWounded)})
"""The part categories a side counts of its own forces: the only parts whose count far below the other side's whole
is worth showing.  Civilians, children or journalists among the dead are normally a small share of a toll: "32
killed, including 7 civilians" set against 2 civilians raised false alarms on every real war."""


def _one_sides_forces(part: ClaimFacts, whole: ClaimFacts) -> bool:
    """Whether part and whole count one and the same single party, the part its armed forces.  A figure of two
    parties names the attacker with the victims ("9 dead of Myanmar and the NUG"), so whose count it is is unknown."""
    return (whole.parties == part.parties and len(part.parties) == 1 and not whole.all_parties
            and part.category in COMBATANTS)


def nested_measure(part: ClaimFacts, whole: ClaimFacts, rel: str) -> Verdict:
    """A part category's figure (soldiers killed) against a whole category's (deaths) for parties that contain
    the part's; ``rel`` relates the part's frame to the whole's."""
    (plo, phi), (wlo, whi) = bounds(part), bounds(whole)
    if rel == UNCLEAR and part.date is not None and whole.date is not None and whole.date < part.date:
        rel = APART  # a total reported before the part may not count it yet
    if plo > whi and rel == UNCLEAR and part.article == whole.article and part.speaker == whole.speaker and \
            scope_of(part) == scope_of(whole) == "incident":
        # One speaker's "part" above its own "whole" in one article, each said to count one strike, and nothing
        # (a place) saying it is the same strike: two strikes, not a contradiction (user27's trial: a spokesman's
        # 2,641 women among the dead set "above the total" of his 8 dead in a strike on hospitals, the top of
        # /conflicts). Figures that do not say what they count, or a part below its whole, are unchanged.
        return Verdict("unrelated", reason="one speaker's figures in one article that do not say they count the "
                       "same frame")
    if rel in (APART, B_IN_A):
        return Verdict("unrelated", reason="different time frames or places")
    if plo > whi:
        if rel == UNCLEAR:
            return Verdict("conflict", "part-whole", "scope-unclear", _unclear(part, whole))
        if rel == SAME:
            return Verdict("conflict", "part-whole", "contradiction", "the part exceeds the whole that counts it")
        return Verdict("conflict", "part-whole", "discrepancy", "a figure counted in a wider total exceeds it")
    near = rel == SAME or (rel == UNCLEAR and _near(part.date, whole.date))
    other_side = part.speaker_root != whole.speaker_root
    if near and other_side and _one_sides_forces(part, whole) and wlo > LATTICE_RATIO * phi:
        return Verdict("conflict", "part-whole", "discrepancy" if rel == SAME else "scope-unclear",
                       sides.far_above(part, whole))
    return Verdict("part", reason="the figure is counted in the other's wider category")

