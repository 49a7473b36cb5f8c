"""A relay the reporter credits goes on into the next sentence: "Dikutip BBC, tiga pekerja tewas ... . /
Dua lainnya terluka parah." — the second figure is BBC's report too.

Why: the annotation convention credits ``via`` "in the next sentence when it continues the same
statement"; a reporter paraphrasing a medium writes the credit once and goes on without it.  Only the
very next sentence inherits it, only when neither sentence names a speaker of its own, and only for the
reporter's own (outlet) claims that credit nobody else.
"""

from __future__ import annotations

import re

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


# A report credited before a sentence with no speaker of its own: "Sebagaimana dilaporkan Al Jazeera, di Rafah
# sedikitnya sembilan orang tewas", "As reported by the BBC, 20 people died".  The medium reported the figure, so
# it speaks; "Dikutip BBC, ..." (quoted from) keeps the medium as the reporter's relay.
_REPORTED_BY = re.compile(
    r"\W*(?:(?:sebagaimana|seperti)\s+(?:dilaporkan|diberitakan|diwartakan)(?:\s+oleh)?|as\s+reported\s+by)\s+$",
    re.IGNORECASE,
)


def reporting_medium(norm: str, mentions: list[Mention], frames: list[Frame]) -> Mention | None:
    """The medium a frameless sentence opens by saying reported it, when the credit ends at a comma."""
    if frames:
        return None
    for m in mentions:
        if m.actor is not None and m.actor.kind in ("NewsAgency", "Outlet") and _REPORTED_BY.fullmatch(norm[: m.start]):
            return m if re.match(r"\s*,", norm[m.end :]) else None
    return None


def credit_medium(claims: list[Claim], medium: str, iri: str | None) -> None:
    """Give the sentence's outlet claims to the medium that reported them (in place), no longer its relay."""
    for claim in claims:
        if ".outlet." in claim.rule:
            claim.speaker, claim.speaker_iri, claim.speaker_role = medium, iri, None
            claim.via = [v for v in claim.via if v != medium]
            claim.rule = claim.rule.replace(".outlet.", ".reported.")

