"""Who opens a clause whose verb of saying comes later: "Baku belum merilis ..., tetapi mengatakan", "He visited the
site and said", "The leader of the region, Jane Roe, described ... but warned".

Why apart: ``frames`` asks it for a verb coordinated with the clause before it (no subject of its own); the walk
leftwards from a verb (``agents.agent_left``) is what each case ends in.  Every test is bounded by the clause.
"""

from __future__ import annotations

import re

from kb.extract.agent_words import role_lead
from kb.extract.agents import agent_left
from kb.extract.clause_openings import CLAUSE_LEADS, unnamed_opening
from kb.extract.mentions import Mention
from kb.extract.speaker_words import _GAP, _NP, _tokens
from kb.extract.speakers import Context, Speaker

# A personal pronoun opening the clause, then its own verb: "He visited ..., and said", "Ia menemui ... dan
# mengatakan", "It identified the dead ... and said".
_PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She|It|They|Ia|Dia|Beliau|Mereka)(?=\s+[a-z])")


def clause_subject(
    norm: str, lower: int, upper: int, mentions: list[Mention], context: Context
) -> tuple[Speaker, int] | None:
    """The subject opening a clause ("Baku belum merilis ..., tetapi mengatakan"): its first phrase; a pronoun
    opening it ("He visited the site and said", "Ia mengunjungi lokasi dan mengatakan") is who it goes back to."""
    pronoun = _PRONOUN_SUBJECT.match(norm, lower, upper)
    if pronoun is not None:
        return agent_left(norm, pronoun.end(), lower, mentions, context)
    holder = _office_holder(norm, lower, upper, mentions, context)
    if holder is not None:  # "The leader of the region, Arayik Harutyunyan, described ... but warned": the holder
        return holder
    first = next((m for m in mentions if lower <= m.start < upper), None)
    named = _named_subject(norm, lower, upper, first, mentions, context) if first is not None else None
    if named is not None:
        return named
    opening = unnamed_opening(norm, lower, first.start if first is not None else upper)
    # "The authorities have not ..., but said", "Officials gave lower figures, saying"
    return agent_left(norm, opening, lower, mentions, context) if opening is not None else None


def _office_holder(norm: str, lower: int, upper: int, mentions: list[Mention],
                   context: Context) -> tuple[Speaker, int] | None:
    """The person an office opening the clause names in apposition ("The leader of the region, Jane Roe, ..."),
    when the clause opens with that office and the name stands between commas right after it."""
    for m in mentions:
        if not lower < m.start < upper or not m.is_person:
            continue
        comma = norm.rfind(",", lower, m.start)
        if comma < 0 or norm[comma + 1 : m.start].strip() or norm[m.end : m.end + 1] != ",":
            return None
        if role_lead(norm, lower, comma) is None:
            return None
        return agent_left(norm, m.end, lower, mentions, context)
    return None


def _named_subject(norm: str, lower: int, upper: int, first: Mention, mentions: list[Mention],
                   context: Context) -> tuple[Speaker, int] | None:
    """The clause's subject when a name opens it (a lead of gap or noun-phrase words at most before it)."""
    lead = [t[2].casefold() for t in _tokens(norm, lower, first.start) if t[2][0].isalnum()]
    if any(w not in _GAP and w not in _NP and w not in CLAUSE_LEADS for w in lead):
        return None
    end = first.end
    for m in mentions:
        if m.start >= end and re.fullmatch(r"\s*(?:,|dan|and|serta)\s*", norm[end : m.start]):
            end = m.end
    return agent_left(norm, end, lower, mentions, context) if end < upper else None


__all__ = ["clause_subject"]
