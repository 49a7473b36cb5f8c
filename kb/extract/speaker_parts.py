"""Figures that add up inside a source's toll are that source's: "Strikes killed seven people, the civil defence
said. / ¶ In the north, a girl died near the camp and another man at a school. / ¶ A separate strike near the
coast killed one." — the one and one and one are parts of the seven, told by whoever gave the seven.

Why: a reporter who names the source of a toll goes on to break it down place by place without naming the source
again, often one sentence to a paragraph (wire copy), and those figures fell to the outlet.  Carrying a source into
the next sentences by position alone did not hold (sessions 4, 18, 28: the reporter's own background, a war's
running total or an older strike, follows sources as often), so what carries here is arithmetic, which holds in any
language: a sentence with no speaker of its own continues the source only while its figures fit inside what is left
of the source's last toll of that kind ("killed" or "wounded"), counting every part told since, the source's own
parts included.  It stops at the first sentence that breaks the sum, names another source, hedges its figure anew
("reportedly", "dilaporkan"), gives a running total, or tells no figure at all: the breakdown is over.

One state, one sentence's claims at a time: linear.
"""

from __future__ import annotations

import re

from kb.extract.drafts import chain
from kb.extract.frames import Frame
from kb.extract.speakers import Speaker
from kb.pipeline.record import Claim
from kb.places import Places

Source = tuple[Speaker, list[str]]

# The reporter's own hedge sources a figure anew ("was reportedly killed", "dilaporkan tewas"): not a part told on
_HEDGE = re.compile(
    r"(?<![\w-])(?:reportedly|reported|dilaporkan|dikabarkan|kabarnya|disebut-sebut)(?![\w-])", re.IGNORECASE
)

# A sentence the reporter opens as another account ("Separately, ...", "Sementara itu, ...", "In a separate
# incident, ...") or that tells another time's event ("struck again", "kembali menyerang", "later", "last week",
# "sebelumnya", "pekan lalu", "two days ago", "tiga hari lalu"): no part of a count given before it
_NEW_ACCOUNT = re.compile(
    r"\W*(?:separately|meanwhile|in\s+(?:a|another)\s+separate\s+(?:incident|attack|development)|secara\s+terpisah|"
    r"sementara\s+itu|dalam\s+insiden\s+(?:terpisah|lain))(?![\w-])|"
    r".*?(?<![\w-])(?:again|later|kembali|kemudian|earlier|previously|sebelumnya|last\s+(?:week|month|year)|ago|"
    r"(?:hari|pekan|minggu|bulan|tahun)\s+(?:yang\s+)?lalu)(?![\w-])",
    re.IGNORECASE,
)


def _kind(claim: Claim) -> str | None:
    """Which count a casualty figure adds to: the dead or the wounded (a joint "killed and wounded" adds to none)."""
    unit = (claim.unit or "").casefold()
    wounded = "wound" in unit or "injur" in unit
    killed = "kill" in unit or "death" in unit or "dead" in unit
    if wounded == killed:
        return None
    return "wounded" if wounded else "killed"


def _figures(claims: list[Claim]) -> list[tuple[str, int]] | None:
    """The sentence's whole figures (its breakdowns left out) as (kind, least count); None when one is vague, of
    no kind, or a running total: no sum can hold it."""
    out = []
    for claim in claims:
        if claim.type != "casualty" or claim.breakdown:
            continue
        kind = _kind(claim)
        if kind is None or claim.quantity_min is None or claim.scope == "cumulative":
            return None
        out.append((kind, claim.quantity_min))
    return out


# A run of one to three capitalised words: where a place may be named ("Gaza", "Khan Younis", "Tepi Barat")
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


def _countries(norm: str, places: Places | None) -> set[str]:
    """The countries of the places a sentence names (the longest known sub-run of each capitalised run, "In Gaza" is
    Gaza): bounded by the sentence, at most six look-ups a run of three words."""
    found: set[str] = set()
    if places is None:
        return found
    for run in _NAME_RUN.finditer(norm):
        words = run.group(0).split()
        spans = sorted(((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)),
                       key=lambda span: span[0] - span[1])
        for i, j in spans:
            iri = places.lookup(" ".join(words[i:j]))
            if iri is not None and iri in places.country:
                found.add(places.country[iri])
                break
    return found


def _source(frames: list[Frame], outlet: str) -> Source | None:
    """The sentence's named source (with its relays): not the outlet, not "we", not a subordinate report."""
    for frame in frames:
        speaker, via = chain(frame)
        if not speaker.first_person and speaker.label != outlet and not frame.subordinate:
            return speaker, via
    return None


def _parties(claim: Claim) -> list[str]:
    """A casualty claim's subject as its parties: the dead first, the striker last when one is named."""
    return [p.strip() for p in (claim.subject or "").split(";") if p.strip()]


class TollParts:
    """The walk's memory of the last source's toll: who gave it and how much of it is still untold."""

    def __init__(self, outlet: str, places: Places | None = None) -> None:
        self.outlet = outlet
        self.places = places
        self.countries: set[str] = set()  # where the source's toll is, as far as the places gazetteer tells
        self.source: Source | None = None
        self.left: dict[str, int] = {}  # kind -> what the parts told so far leave of the source's toll
        self.day: str | None = None  # the day the source's toll is of, when the text dates it
        self.strikers: set[str] = set()  # the hands the toll's subjects name last ("Lebanon; Israel": Israel)

    def sentence(self, norm: str, frames: list[Frame], claims: list[Claim], continuation: Speaker | None) -> None:
        """Read one sentence and the claims just made from it: credit its outlet figures to the source when they fit
        inside the toll, and keep (or end, or start anew) the toll for the next sentence."""
        source = _source(frames, self.outlet)
        figures = _figures(claims)
        if source is not None:
            self._sourced(norm, source, claims, figures)
            return
        own = [c for c in claims if c.type == "casualty" and ".outlet." in c.rule]
        if frames or continuation is not None or not own or self.source is None or figures is None or _HEDGE.search(
            norm
        ) or _NEW_ACCOUNT.match(norm) or self._apart(norm, own) or not self._fits(figures):
            self.source, self.left = None, {}
            return
        speaker, via = self.source
        for claim in own:
            claim.speaker, claim.speaker_iri, claim.speaker_role = speaker.label, speaker.iri, speaker.role
            claim.via = [*via, *(v for v in claim.via if v not in via)]
            claim.rule = claim.rule.replace(".outlet.", ".parts.")
        self._take(figures)

    def _sourced(self, norm: str, source: Source, claims: list[Claim], figures: list[tuple[str, int]] | None) -> None:
        """A source speaks: its figures are parts of its own toll when they fit, else its new toll; the same source
        going on without a figure ("The statement said the convoy carried fuel.") keeps the toll open."""
        mine = [c for c in claims if c.type == "casualty" and c.speaker == source[0].label]
        if self.source is not None and self.source[0].label == source[0].label and (
                figures == [] or (figures and self._fits(figures))):
            self._take(figures or [])
            return
        self.source, self.left = (source, {}) if mine and figures else (None, {})
        self.day = next((c.date for c in mine if c.date), None)
        self.strikers = {parties[-1] for c in mine if len(parties := _parties(c)) > 1}
        self.countries = _countries(norm, self.places) if self.source is not None else set()
        for kind, count in figures or ():
            self.left[kind] = max(self.left.get(kind, 0), count)

    def _elsewhere(self, norm: str) -> bool:
        """Whether the sentence is set in another country than the toll ("In Gaza, ..." after Lebanon's toll)."""
        if not self.countries:
            return False
        here = _countries(norm, self.places)
        return bool(here) and not here & self.countries

    def _apart(self, norm: str, own: list[Claim]) -> bool:
        """Whether the sentence's figures are another day's, another country's or another side's than the toll's."""
        return self._other_day(own) or self._elsewhere(norm) or self._other_side(own)

    def _other_side(self, claims: list[Claim]) -> bool:
        """Whether a figure counts the other side's losses: its dead are the toll's strikers, or its strikers are not
        among the toll's ("Hezbollah fighters killed two Israeli soldiers" after Lebanon's toll of Israeli strikes:
        the sum may fit, but these dead are another count's, given by the other side)."""
        for claim in claims:
            parties = _parties(claim)
            if parties and parties[0] in self.strikers:
                return True  # its dead are the toll's strikers
            if self.strikers and len(parties) > 1 and parties[-1] not in self.strikers:
                return True  # its strikers are not the toll's
        return False

    def _other_day(self, claims: list[Claim]) -> bool:
        """Whether a figure is dated to another day than the toll ("On Saturday, ..." after Monday's toll)."""
        return self.day is not None and any(c.date and c.date != self.day for c in claims)

    def _fits(self, figures: list[tuple[str, int]]) -> bool:
        """Whether every figure, added up by kind, fits inside what is left of the toll of its kind."""
        need: dict[str, int] = {}
        for kind, count in figures:
            need[kind] = need.get(kind, 0) + count
        return bool(need) and all(kind in self.left and n <= self.left[kind] for kind, n in need.items())

    def _take(self, figures: list[tuple[str, int]]) -> None:
        for kind, count in figures:
            self.left[kind] -= count
