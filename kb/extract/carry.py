"""A relay the reporter credits goes on into the next sentence: "Dikutip BBC, tiga pekerja tewas ... . /
Dua lainnya terluka parah." — the second figure is BBC's report too.

Why: the annotation convention credits ``via`` "in the next sentence when it continues the same
statement"; a reporter paraphrasing a medium writes the credit once and goes on without it.  Only the
very next sentence inherits it, only when neither sentence names a speaker of its own, and only for the
reporter's own (outlet) claims that credit nobody else.
"""

from __future__ import annotations

from kb.extract.frames import Frame, via_mentions
from kb.extract.mentions import Mention
from kb.pipeline.record import Claim


def credited_media(norm: str, mentions: list[Mention], frames: list[Frame], outlet: str) -> list[str]:
    """The media a frameless sentence credits ("Dikutip BBC, ...", "..., demikian diwartakan VOA")."""
    if frames:
        return []
    starts = via_mentions(norm, mentions)
    labels = [m.actor.label for m in mentions if m.start in starts and m.actor is not None]
    return [label for i, label in enumerate(labels) if label not in labels[:i] and label != outlet]


def carry_relay(claims: list[Claim], media: list[str], wire: list[str]) -> None:
    """Give the sentence's outlet claims that credit no medium of their own the relay before (in place)."""
    for claim in claims:
        if ".outlet." in claim.rule and all(v in wire for v in claim.via):
            claim.via = [*media, *(v for v in claim.via if v not in media)]
