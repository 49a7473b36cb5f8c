"""A figure no word scopes takes the scope the sentence before gave its figures.

Why: a report often states a toll with its scope once and goes on in short sentences ("Three people were
killed in the strike on the market. About 30 were wounded."): the second figure is the same strike's,
not the toll so far that its size alone would suggest, whoever gives it.  A running total or a period is
inherited only by the same speaker's next figures ("Hamas said 32 killed so far. A doctor said seven soldiers
died": the doctor's seven are no part of the total).  The next sentence with figures inherits, and only when
no word of its own scopes any of them; a running total does not pass a sentence without figures; an
increment ("15 more") and a figure tied to a place keep their own reading.
"""

from __future__ import annotations

import re

from kb.extract.article_parties import ArticleParties
from kb.extract.drafts import Draft
from kb.extract.figure import Figure

# A sentence that turns to another time or place: "Meanwhile", "Elsewhere", "Earlier", "Sementara itu", "Sebelumnya"
_TURN = re.compile(r"^\W*(?:meanwhile|elsewhere|earlier|previously|separately|sementara\s+itu|sebelumnya"
                   r"|di\s+tempat\s+lain|secara\s+terpisah)\b", re.IGNORECASE)
# A sentence that tells of an event of its own ("In a separate incident, two medics were hurt"): its scope is that
# aside's, passed on to no later sentence
_ASIDE = re.compile(r"^\W*(?:in\s+(?:a|another)\s+separate\s+(?:incident|attack|strike)|in\s+another\s+(?:incident"
                    r"|attack|strike)|dalam\s+(?:insiden|serangan)\s+(?:terpisah|lain))\b", re.IGNORECASE)


def carry_scopes(norm: str, listed: list[tuple[Figure, Draft]], around: ArticleParties) -> None:
    """Give this sentence's unscoped figures the scope the sentence before had from a word, and remember
    the scope a word gave this sentence's figures for the next one."""
    if not listed:  # a sentence without figures: a strike's or a stretch's toll goes on past it, a total does not
        if around.scope_before is not None and around.scope_before[1] == "cumulative":
            around.scope_before = None
        return
    cued = [(draft.speaker.label, draft.figure_scope) for figure, draft in listed
            if figure.scope.scope is not None and draft.figure_scope is not None]
    if not cued and around.scope_before is not None and not _TURN.match(norm):
        speaker, scope = around.scope_before
        for figure, draft in listed:
            if ((draft.speaker.label == speaker or scope == "incident") and not figure.scope.increment
                    and figure.scope.place is None and figure.quantity is not None):
                draft.figure_scope = scope
    around.scope_before = cued[-1] if cued and not _ASIDE.match(norm) else None


__all__ = ["carry_scopes"]
