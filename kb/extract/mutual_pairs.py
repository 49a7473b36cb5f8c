"""Who blames whom in "X and Y blamed each other": the two parties the cue's own subject joins.

Why apart from ``events``: the pair was the two gazetteer names nearest before the cue, so a bare "the army" (no
name, no mention) left the speaker of the sentence as one of the pair ("..., the doctors' network said, as the army
and the RSF blamed each other" made the network and the RSF accuse each other).  A bare "the army" / "militer" is
the state army the article names or stands for (``ArticleParties.forces``) when it is joined to another party right
before the cue; when no two parties are joined there, the last two named are taken without the sentence's speakers:
whoever reports an exchange of blame is no side of it unless named in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.extract.drafts import SentenceInput
from kb.extract.mentions import Mention
from kb.extract.speakers import Speaker, party_label

# A state's army named by its kind alone: "the army", "the military", "militer", "tentara".
_BARE_ARMY = re.compile(r"(?<![\w-])(?:(?:the\s+)?(?:army|military)|militer|tentara)(?![\w-])", re.IGNORECASE)
# What joins the two: "X and Y", "X, Y", "X and the Y", "X dan Y".
_JOINED = re.compile(r"\s*(?:,|dan|and)\s*(?:the\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Party:
    """One party named before the cue: where, who speaks for it, and how a subject names it."""

    start: int
    end: int
    speaker: Speaker
    label: str


def of_mention(m: Mention, s: SentenceInput) -> Party:
    """The party a gazetteer name stands for."""
    actor = m.actor
    assert actor is not None
    return Party(m.start, m.end, Speaker(actor.label, actor.iri, m.role, actor), party_label(actor, s.gazetteer))


def bare_armies(s: SentenceInput, cue: int) -> list[Party]:
    """Each bare army word in the few words before the ``cue`` (its subject's) outside a name, as the state army the
    article names or stands for; only ever one of a joined pair (``joined_pair``), never a last one named."""
    armed = [label for _, label in s.around.forces]
    actor = s.gazetteer.lookup(armed[0]) if armed else None
    if actor is None:
        return []
    return [Party(match.start(), match.end(), Speaker(actor.label, actor.iri, None, actor), actor.label)
            for match in _BARE_ARMY.finditer(s.norm, max(0, cue - _SUBJECT), cue)
            if not any(m.start <= match.start() < m.end for m in s.mentions)]  # not "militer Sudan", a name


_SUBJECT = 80  # characters before a mutual cue its subject may take: "the army and the Rapid Support Forces have"


def joined_pair(s: SentenceInput, before: list[Party]) -> tuple[Party, Party] | None:
    """The nearest two parties joined by "and" or a comma, of two different parties."""
    for a, b in zip(before[-2::-1], before[::-1], strict=False):
        if a.label != b.label and _JOINED.fullmatch(s.norm, a.end, b.start):
            return a, b
    return None


def unspoken(s: SentenceInput, before: list[Party]) -> list[Party]:
    """The parties that are no speaker of the sentence (no frame's agent holds them): the last two of them are the
    pair when no two are joined before the cue and the article has no two main sides."""
    agents = [f.agent for f in s.frames]
    return [p for p in before if not any(lo <= p.start < hi for lo, hi in agents)]


__all__ = ["Party", "bare_armies", "joined_pair", "of_mention", "unspoken"]
