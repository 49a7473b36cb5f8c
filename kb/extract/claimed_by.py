"""An attack "claimed by" a party is that party's statement of its own operation (issue 13, session 21, stm21).

Wire copy tells a side's claim of an attack as a participle after the attack: "after a raid claimed by the
militia", "a drone strike later claimed by an armed group", "serangan roket yang diklaim oleh Hizbullah",
"operasi yang diklaim kelompok itu".  The claimant speaks there although no verb of speech has it as
subject, and the recent dev annotation records a belligerent's account of its own operation as a statement (see
``own_account``); the sentence's other claims (the toll of that attack) stay the outlet's or their source's.
The claimant must be a party the gazetteer knows.

One bounded pattern per shape, linear in the sentence.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from kb.extract.mentions import Mention
from kb.extract.speakers import from_mention

if TYPE_CHECKING:
    from kb.extract.frames import Frame

MAX_CLAIMS = 3
_CLAIMED_BY = re.compile(
    r"(?<![\w-])(?:attacks?|strikes?|raids?|bombings?|operations?|assaults?|ambush(?:es)?|serangan|operasi"
    r"|penyerangan|penyergapan)(?:\s+[^,.;:\"“”()]{0,40}?)?\s+(?:(?:that|which)\s+(?:was|were)\s+|was\s+|were\s+"
    r"|yang\s+)?(?:(?:later|quickly|since|swiftly|kemudian|telah)\s+)?(?P<verb>claimed\s+by|diklaim(?:\s+oleh)?)"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
)


def claimed_frames(norm: str, mentions: list[Mention], lang: str) -> list[Frame]:
    """Statement frames of the parties an attack is "claimed by" in this sentence."""
    from kb.extract.frames import Frame  # the frame type, not the finder: no import cycle at load

    found: list[Frame] = []
    for match in islice(_CLAIMED_BY.finditer(norm), MAX_CLAIMS):
        claimant = next((m for m in mentions if m.start == match.end() and m.actor is not None
                         and m.actor.kind not in ("NewsAgency", "Outlet")), None)
        if claimant is None:
            continue
        verb = (match.start("verb"), claimant.end)
        found.append(Frame(from_mention(claimant, norm), verb, (claimant.start, claimant.end), (0, 0), "statement",
                           f"{lang}.claimed.by", "verb", "claimed by"))
    return found




_CLAUSE_END = re.compile(r"[,;:.(]|\s[-\u2013\u2014]\s")


def narrow_claimed(norm: str, frames: list[Frame]) -> None:
    """A claimant's words end with the clause of its claim ("claimed by X on a base in Y, in which four soldiers
    died": the toll after the comma is not X's), whatever scope the frame was given."""
    for frame in frames:
        if frame.rule.endswith(".claimed.by"):
            end = _CLAUSE_END.search(norm, frame.verb[1])
            frame.scope = (frame.verb[1], end.start() if end else len(norm))


__all__ = ["claimed_frames", "narrow_claimed"]
