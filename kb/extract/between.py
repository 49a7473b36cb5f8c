"""A sentence between two of one source's is that source's: "X said 25 people died. / At least 138 were wounded. /
X added that ...", "..., kata kementerian. / Di selatan, serangan menewaskan 13 orang. / '...,' tambahnya."

Why: a reporter does not slip a figure of their own between two halves of one source's account, and the
annotation conventions (``../shared/seeds/README.md``) credit a figure to whoever the text says gave it; the
sentence between, naming no source, fell to the outlet.  Carrying every source forward did not hold (the
reporter's background follows sources too: ``follows.py``); the sentence after naming the same source again is
what says the account went on.  Only the outlet's casualty figures of a sentence with no frame and no quotation
going on; only when the sentence after credits the very same speaker, in the same paragraph, or across a
paragraph break only by words that merely continue ("he added", "tambahnya": no name, nobody new).  A
sentence naming the source anew after a break ("Kementerian Kesehatan mengatakan ...") may open a new account.

One pass, one sentence's claims kept at a time: linear.
"""

from __future__ import annotations

from kb.extract.drafts import chain
from kb.extract.follows import carry_source
from kb.extract.frames import Frame
from kb.extract.speakers import Speaker
from kb.pipeline.record import Claim

Source = tuple[Speaker, list[str]]


def _source(frames: list[Frame], outlet: str) -> tuple[Speaker, list[str], Frame] | None:
    """The first named source of the sentence (with its relays): not the outlet, not "we", not background."""
    for frame in frames:
        speaker, via = chain(frame)
        if not speaker.first_person and speaker.label != outlet and not frame.subordinate:
            return speaker, via, frame
    return None


def _continuing(agent: str) -> bool:
    """Whether the words naming the speaker only continue ("he added", "tambahnya", "the ministry said"): no
    name, so the sentence goes on with whoever spoke last rather than introducing a source anew."""
    return not any(word[:1].isupper() for word in agent.split())


def credit(claims: list[Claim], source: Source) -> None:
    """Give the outlet's casualty figures to ``source`` (in place), with the relays it came through."""
    carry_source(claims, source, "between")


class Between:
    """What the walk keeps from one sentence to the next: who spoke, and the outlet's claims after them."""

    def __init__(self, outlet: str) -> None:
        self.outlet = outlet
        self.before: Source | None = None  # who spoke in the sentence before
        self.held: tuple[list[Claim], Source] | None = None  # a sentence's outlet claims after a source's words
        self.new_paragraph = False

    def paragraph(self) -> None:
        self.new_paragraph = True

    def sentence(self, norm: str, frames: list[Frame], claims: list[Claim], continuation: Speaker | None) -> None:
        """Read one sentence (its frames and the claims just made from it): credit the claims held, if this
        sentence goes on with their source; hold this sentence's own claims if a source spoke before it."""
        found = _source(frames, self.outlet)
        source: Source | None = (found[0], found[1]) if found else (continuation, []) if continuation else None
        if self.held is not None and source is not None:
            held, before = self.held
            going_on = found is not None and _continuing(norm[found[2].agent[0] : found[2].agent[1]])
            if before[0].label == source[0].label and (going_on or not self.new_paragraph):
                credit(held, before)
        self.held = None
        own = [c for c in claims if ".outlet." in c.rule]
        if not frames and continuation is None and own and self.before is not None:
            self.held = (own, self.before)
        self.before = source
        self.new_paragraph = False
