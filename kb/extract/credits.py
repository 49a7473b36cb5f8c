"""Agencies credited inside a sentence ("dikutip Sputnik", "told AFP"): which frame they relay, and which
mentions are media rather than parties.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.mentions import Mention

if TYPE_CHECKING:
    from kb.extract.frames import Frame

_VIA = re.compile(
    rf"(?<![\w-])(?:{alternation(lexicon.VIA_CUES)})\s+(?:(?:kantor\s+berita|the|news\s+agency)\s+)?"
    r"(?:[A-Z][\w-]*'s\s+)?$",
    re.IGNORECASE,
)


def assign_via(norm: str, frames: list[Frame], mentions: list[Mention]) -> None:
    """Credit agencies named after a via cue ("dikutip Sputnik", "kepada AFP") to the nearest frame."""
    if not frames:
        return
    for mention in mentions:
        if mention.actor is None or mention.actor.kind not in ("NewsAgency", "Outlet"):
            continue
        if not _VIA.search(norm, max(0, mention.start - 40), mention.start):
            continue
        owners = [f for f in frames if f.verb[0] <= mention.start] or frames[:1]
        owner = owners[-1]
        if mention.actor.label not in owner.via and owner.speaker.label != mention.actor.label:
            owner.via.append(mention.actor.label)
    for frame in frames:  # "X told Interfax, adding that ...": the verb going on was said to the same medium
        if frame.partner is not None and frame.partner.speaker.label == frame.speaker.label:
            frame.via += [v for v in frame.partner.via if v not in frame.via]


def via_mentions(norm: str, mentions: list[Mention]) -> set[int]:
    """Starts of mentions that are credited media, not parties (so subjects skip them)."""
    return {
        m.start
        for m in mentions
        if m.actor is not None
        and m.actor.kind in ("NewsAgency", "Outlet")
        and _VIA.search(norm, max(0, m.start - 40), m.start)
    }
