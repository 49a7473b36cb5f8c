"""Two parties named together as a sentence's subject, and the "they" / "kedua pihak" that stand for both.

"Israel and Hamas traded fire on Monday. They said at least 20 fighters were killed.": "they" is both, not
the last one named, and each makes the claim (as "Armenia and Azerbaijan said" does).  Only a narrated
sentence sets the pair: after a speaker's sentence "they" goes on with that speaker.
"""

from __future__ import annotations

import re

from kb.extract.mentions import Mention
from kb.extract.qualifiers import coordinated
from kb.extract.speakers import Speaker, from_mention

_SIDE_KINDS = ("State", "Government", "Organization", "Group", "Ministry")
# The words that may open the sentence before its subject: "On Monday,", "Pada Senin,", "Both".
_OPENERS = re.compile(r"^\W*(?:(?:on|pada|late|early|earlier|both|kedua|the|pihak)\s+)*(?:\w+\s*,\s*)?", re.IGNORECASE)


_POSSESSED = re.compile(r"['’]s?(?![\w])")


def pair_subject(norm: str, mentions: list[Mention]) -> tuple[Speaker, ...]:
    """The two parties a narrated sentence opens with, joined by "and"/"dan" ("Israel and Hamas traded fire",
    "Armenia dan Azerbaijan saling serang"), as speakers; else ()."""
    opener = _OPENERS.match(norm)
    lead = opener.end() if opener else 0
    parties = [m for m in mentions if m.actor is not None and m.actor.kind in _SIDE_KINDS]
    if len(parties) < 2 or parties[0].start > lead + 4:
        return ()
    first, second = parties[0], parties[1]
    if first.actor is second.actor or not coordinated(norm, first.start, second.end, [first, second]):
        return ()
    if _POSSESSED.match(norm, second.end):
        return ()  # "Russia and Ukraine's allies": the second owns a noun, the pair is not the subject
    return (from_mention(first, norm), from_mention(second, norm))


__all__ = ["pair_subject"]
