"""The draft claim and the sentence it comes from, with the helpers every claim builder shares."""

from __future__ import annotations

from dataclasses import dataclass, field

from kb.actors import Gazetteer
from kb.extract.article_parties import ArticleParties
from kb.extract.frames import Frame
from kb.extract.mentions import Mention
from kb.extract.quantities import Quantity
from kb.extract.relays import is_relay
from kb.extract.speakers import Speaker


@dataclass
class Draft:
    """A claim before offsets and the article are attached."""

    type: str
    speaker: Speaker
    rule: str
    scope: tuple[int, int]
    subject: str | None = None
    object: str | None = None
    quantity: Quantity | None = None
    unit: str | None = None
    via: list[str] = field(default_factory=list)
    factuality: str = "asserted"
    # what a figure counts over (the record's scope, period, place, increment) and what is alleged;
    # ``scope`` above is the draft's span in the sentence, hence ``figure_scope``
    figure_scope: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    place: str | None = None
    increment: bool = False
    breakdown: bool = False  # who some of the toll before it were, by age, sex or trade ("including six children")
    allegation: str | None = None


@dataclass
class SentenceInput:
    """Everything the claim builder needs about one sentence."""

    norm: str
    mentions: list[Mention]
    frames: list[Frame]
    outlet: Speaker
    gazetteer: Gazetteer
    background: bool = False
    continuation: Speaker | None = None
    # the article's main sides and the sentence before's parties: what a sentence naming none is about
    around: ArticleParties = field(default_factory=ArticleParties)


def minus(span: tuple[int, int], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces of ``span`` outside ``holes``: a frame's own words once nested frames are cut out."""
    out, pos = [], span[0]
    for start, end in sorted(holes):
        if end <= pos or start >= span[1]:
            continue
        if start > pos:
            out.append((pos, start))
        pos = max(pos, end)
    if pos < span[1]:
        out.append((pos, span[1]))
    return out


def chain(frame: Frame) -> tuple[Speaker, list[str]]:
    """The frame's speaker (first person resolved upwards) and the via list its ancestors give."""
    speaker, via, parent = frame.speaker, list(frame.via), frame.parent
    while parent is not None:
        if speaker.first_person:
            speaker = parent.speaker
        elif parent.speaker.label not in (speaker.label, *via) and not parent.speaker.first_person and is_relay(
            parent.speaker
        ) and _passes_on(parent, speaker):
            via.append(parent.speaker.label)
        via += [v for v in parent.via if v not in via]
        parent = parent.parent
    return speaker, via


def _passes_on(parent: Frame, speaker: Speaker) -> bool:
    """Whether a relay's frame passes ``speaker``'s words on: a government relays its leader ("the Kremlin said
    Putin urged ..."), never another party it accuses or answers ("Kiev accuses Russia of ..., a charge Moscow
    denies": Kiev was the via of Moscow's denial)."""
    if parent.hint in ("accusation", "denial"):
        return False
    actor = parent.speaker.actor
    return actor is None or actor.kind != "Government" or speaker.is_person


def innermost(frames: list[Frame], pos: int) -> Frame | None:
    """The narrowest frame whose scope holds ``pos``: who is credited with the words there."""
    holders = [f for f in frames if f.scope[0] <= pos < f.scope[1]]
    return min(holders, key=lambda f: f.scope[1] - f.scope[0]) if holders else None
