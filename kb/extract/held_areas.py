"""The party whose ground a side says it struck: "hit targets in Houthi-controlled areas", "Hezbollah-held
positions".

Why: a side's statement of its own strike is about the party struck (the annotation conventions), and the struck
party is often named only as the holder of the ground: "Houthi-controlled", "Hamas-run", "RSF-held" qualify a place,
so the party readers skip them as qualifiers ("in Hamas-run Gaza" names no speaker, no victim), and the statement
fell back to the speaker's own side or a co-striker ("US and British forces hit ...": the United Kingdom).  Read
only in a statement whose words strike (hit, struck, targeted, menyerang ...), and only a party that is not the
speaker's side.  The Indonesian "wilayah yang dikuasai Houthi" names the holder as a party already.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kb.extract.speakers import party_label

if TYPE_CHECKING:
    from kb.actors import Gazetteer
    from kb.extract.mentions import Mention

_HELD_AFTER = re.compile(r"-(?:controlled|held|run)\s+(?:[\w-]+\s+){0,2}?(?:areas?|territor(?:y|ies)|parts|regions?"
                         r"|zones?|positions|cities|towns|villages|districts|provinces?|city|town)(?![\w-])", re.I)
_STRIKE = re.compile(r"(?<![\w-])(?:hit|hits|struck|strikes?|targeted|targeting|targets|bombed|attacked|pounded"
                     r"|shelled|raided|menyerang|menghantam|menargetkan|membom|mengebom|menggempur|serangan)(?![\w-])",
                     re.I)


def area_holder(norm: str, scope: tuple[int, int], mentions: list[Mention], gazetteer: Gazetteer,
                skip: set[str]) -> str | None:
    """The party holding the ground a statement in ``scope`` says was struck, else None."""
    lo, hi = scope
    if _STRIKE.search(norm, lo, hi) is None:
        return None
    for m in mentions:
        if not (lo <= m.start < hi) or m.actor is None or m.actor.iri in skip or m.actor.kind == "Person":
            continue
        if _HELD_AFTER.match(norm, m.end):
            return party_label(m.actor, gazetteer)
    return None


__all__ = ["area_holder"]
