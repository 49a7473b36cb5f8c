"""A side's charge that the other is rebuilding its armed capacity (issue 13, session 24).

"The army said the men were working to rebuild Hezbollah's infrastructure", "kedua pria itu membangun kembali
infrastruktur teror Hizbullah": an army's standard case for a strike during a truce is that the other
side was re-arming, and the annotation reads it as an accusation of that side.  No accusing verb and no attack
is in these words, so neither the cue words nor ``blame`` saw them, and they stayed the speaker's statement.

Only rebuilding counts (re-establishing, reconstructing), and only of armed capacity: terror or military
infrastructure, launch sites, tunnels, weapons, or any infrastructure owned by an armed group named there.  A
town's or a country's reconstruction ("rebuilding Gaza's water infrastructure", "membangun kembali rumah") is no
charge; nor is the speaker's own side rebuilding.  One bounded pattern a span, so the cost stays linear.
"""

from __future__ import annotations

import re

from kb.extract.mentions import Mention

_REBUILD = re.compile(
    r"(?<![\w-])(?:rebuil(?:d|ds|ding|t)|re-?establish(?:es|ed|ing)?|reconstruct(?:s|ed|ing)?"
    r"|membangun\s+(?:kembali|ulang)|mendirikan\s+kembali)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:infrastructure|infrastruktur|sites?|situs|launch(?:ers|\s+sites?|\s+pads?)|peluncur|tunnels?|terowongan"
    r"|arsenal|weapons|senjata|capabilit(?:y|ies)|kemampuan\s+militer|military|militer)(?![\w-])",
    re.IGNORECASE,
)
# what makes the rebuilt thing armed by its own words: terror, military, launchers, tunnels, weapons
_ARMED = re.compile(
    r"(?<![\w-])(?:terror(?:ist)?|teror(?:is)?|military|militer|launch\w*|peluncur|tunnels?|terowongan|arsenal"
    r"|weapons|senjata|capabilit(?:y|ies)|fire\s+(?:and|&)\s+defen[cs]e)(?![\w-])",
    re.IGNORECASE,
)
_AFTER = 30  # the owner may follow the rebuilt thing ("infrastruktur teror Hizbullah")
_PARTIES = ("State", "Government", "Organization", "Group")
_ARMED_BODIES = ("Organization", "Group")  # the gazetteer's armed groups (Hezbollah, Hamas, the RSF) are these


def rearming(norm: str, span: tuple[int, int], mentions: list[Mention], own: set[str]) -> bool:
    """Whether ``span`` charges a party other than the speaker's side (``own``, actor IRIs) with rebuilding its
    armed capacity: the party named in the span, the thing rebuilt armed by its words or owned by an armed
    group."""
    for found in _REBUILD.finditer(norm, *span):
        others = [m for m in mentions if m.actor is not None and m.actor.kind in _PARTIES
                  and m.actor.iri not in own and span[0] <= m.start < min(span[1], found.end() + _AFTER)]
        if not others:
            continue
        armed = _ARMED.search(norm, found.start(), min(span[1], found.end() + _AFTER))
        if armed is not None or any(m.actor is not None and m.actor.kind in _ARMED_BODIES for m in others):
            return True
    return False


__all__ = ["rearming"]
