"""Parties a sentence shuts out of its talks or truce: "without Kyiv taking part", "tanpa partisipasi Kyiv",
"excluding Ukraine", "Ukraina tidak dilibatkan".

Why: a talks or ceasefire claim's parties were every party its words named, and the article's main sides filled
in beside the speaker's own; a state the sentence says stays out of the talks was read as one of their parties,
which pairs its own claims about those talks as a conflict it never had a part in.  An actor the sentence excludes
is no party of what it excludes it from.
"""

from __future__ import annotations

import re

from kb.actors import Gazetteer
from kb.extract.mentions import Mention
from kb.extract.speaker_sides import party_label, side_label

# Before the name: "without (the participation of)", "excluding", "tanpa (partisipasi/keterlibatan/melibatkan)".
_BEFORE = re.compile(
    r"(?<![\w-])(?:without|excluding|except(?:\s+for)?|minus|tanpa|kecuali|tidak\s+melibatkan|not\s+involving)"
    r"(?:\s+(?:the\s+)?(?:participation|involvement|presence|input|say)\s+(?:of|from))?"
    r"(?:\s+(?:partisipasi|keterlibatan|kehadiran|melibatkan|mengikutsertakan|keikutsertaan|dari|pihak))*"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# After the name: "Ukraine was not invited", "Ukraina tidak dilibatkan".
_AFTER = re.compile(
    r"^\s+(?:(?:was|were|is|are|has\s+been|have\s+been|will\s+be)\s+(?:not|never)\s+(?:invited|included|involved"
    r"|consulted)|(?:tidak|tak|belum)\s+(?:diundang|dilibatkan|diikutsertakan|hadir))(?![\w-])",
    re.IGNORECASE,
)
# What the named one does after "without", other than taking part: "a truce holding without Russia breaking it"
# says Russia keeps to the truce, so it stays a party ("without Kyiv taking part" still shuts Kyiv out).
_ACTING = re.compile(
    r"^\s+(?:(?!(?:taking|having|being|participating|attending|joining|sitting|getting)(?![\w-]))[a-z]+ing"
    r"|(?:melanggar|menyerang|menembak|membalas|merusak)\w*)(?![\w-])",
    re.IGNORECASE,
)


def excluded(norm: str, scope: tuple[int, int], mentions: list[Mention], gazetteer: Gazetteer) -> set[str]:
    """The labels (as a party and as a side) of the actors ``scope`` says stay out."""
    out: set[str] = set()
    lo, hi = scope
    for m in mentions:
        if m.actor is None or not lo <= m.start < hi:
            continue
        after = norm[m.end : hi]
        before = _BEFORE.search(norm, max(lo, m.start - 60), m.start) and not _ACTING.match(after)
        if before or _AFTER.match(after):
            out |= {m.actor.label, party_label(m.actor, gazetteer), side_label(m.actor, gazetteer)}
    return out


def without_excluded(subject: str | None, shut_out: set[str]) -> str | None:
    """``subject`` without the parties shut out, when others are left: talks that "went on without Armenia, which
    refused to take part", naming nobody else, are about the one staying out (the seeds' convention)."""
    if not subject or not shut_out:
        return subject
    kept = [p.strip() for p in subject.split(";") if p.strip() and p.strip() not in shut_out]
    return "; ".join(kept) or subject


__all__ = ["excluded", "without_excluded"]
