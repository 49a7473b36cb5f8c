"""A count owned by a keeper the gazetteer cannot name on its own: "Marchenko's figure of 14", "The ministry's
latest tally", "By the army's count, ...", "..., by the governor's estimate".

Why: ``nominal`` credits a figure to the actor or full name written right before "'s", but the keeper is as often a
surname the article gave in full before, or a body pointed back at ("the ministry", "the army"); with no mention
there, the figure fell to the outlet (session 34's attribution sweep: every such row failed).  The owner phrase is
resolved as any speaker phrase is (``speakers._phrase``: the person named before, the body that spoke last), and
the frame credits what follows, as "according to" does.  Only where a sentence opens or after "by" / "in": "the
city's toll" inside a clause is whose dead, not who counted.
"""

from __future__ import annotations

import re

from kb.extract.frame_record import Frame
from kb.extract.mentions import Mention
from kb.extract.speakers import Context, _phrase

_OWNED = re.compile(
    r"(?:^|(?<![\w-])(?i:by|in)\s+)(?!(?i:by|in)\s)(?P<owner>(?:[Tt]he\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)['’]s\s+"
    r"(?:(?i:latest|own|official|new|updated|daily|initial|revised|preliminary)\s+){0,2}"
    r"(?P<noun>(?i:figures?|tally|count|toll|estimates?))(?![\w-])"
)
_LOWER_OWNERS = frozenset(("ministry", "army", "military", "office", "agency", "governor", "administration",
                           "authorities", "group", "police", "department", "service", "mayor", "spokesman"))


def owned_count_frames(norm: str, mentions: list[Mention], context: Context, lang: str) -> list[Frame]:
    """Frames crediting a figure to the keeper of its count when no known actor is written before "'s"."""
    if lang != "en":
        return []
    found: list[Frame] = []
    for match in _OWNED.finditer(norm):
        start, end = match.span("owner")
        if any(m.start < end and start < m.end for m in mentions):
            continue  # a known actor or a full name: ``nominal``'s frame
        words = match.group("owner").split()
        last = words[-1]
        if not (last.casefold() in _LOWER_OWNERS or (last[:1].isupper() and last.casefold() in context.people)):
            continue
        speaker = _phrase(norm, start, end, mentions, context)
        if speaker is None:
            continue
        verb = re.sub(r"\s+", " ", match.group("noun").casefold())
        frame = Frame(speaker, match.span("noun"), (start, match.end("noun")), (0, 0), None,
                      f"{lang}.nominal.claim", "according", verb)
        frame.subordinate = True  # it credits the figures it holds and states nothing of its own
        found.append(frame)
    return found


__all__ = ["owned_count_frames"]
