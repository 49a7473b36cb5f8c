"""A report of events is information passed on, not a position taken (issue 13, session 21, stm21).

The seeds README types a plain statement as "another position a speaker takes", and ``positions.is_position``
already refuses a position to words credited "according to X": they pass information on.  A verb of reporting
does the same with the source as subject: "local media reported explosions near the port", "the army reported
heavy fighting in the east", "kantor berita X melaporkan bahwa pasukan Y bertahan", "situs berita Z memberitakan
jenazah ditemukan di desa itu", "Al Jazeera's correspondent is reporting that shelling went on".  On dev batches
<= 13 such statements were gold 2 times of 8, and both were a report of someone's words ("the agency reported
the spokeswoman said Moscow will raise the issue"): a report keeps its statement when its words hold a
speech verb of their own (the report relays a position) or an intention ("will", "akan": a position itself).

What a report carries that is typed (a toll, an accusation, a ceasefire) is untouched: only the plain statement
of a report verb is refused.  Linear: two scans of the reported words.
"""

from __future__ import annotations

import re

from kb.extract.drafts import SentenceInput
from kb.extract.frames import Frame
from kb.extract.narrated import intends

# The verbs of reporting news ("reported", "is reporting", "melaporkan", "memberitakan", "mewartakan"), as the frame's
# verb reads them; never "said", "stated" or "announced", which give a party's own words.
_REPORT_VERBS = frozenset((
    "reported", "reports", "report", "reporting", "is reporting", "has reported", "had reported",
    "melaporkan", "memberitakan", "mewartakan", "melansir",
))
# A speech verb inside the reported words: the report relays someone's position ("reported the minister said").
_RELAYED = re.compile(
    r"(?<![\w-])(?:said|says|say|stated|told|announced|declared|insisted|warned|vowed|claimed|added"
    r"|mengatakan|menyatakan|mengungkapkan|menegaskan|mengklaim|mengeklaim|mengumumkan|menyebut(?:kan)?"
    r"|berkata|menambahkan|memperingatkan|bersumpah|kata(?:nya)?|ujar(?:nya)?)(?![\w-])",
    re.IGNORECASE,
)


def _verb(frame: Frame) -> str:
    return re.sub(r"\s+", " ", frame.verb_text.casefold()).strip()


def reports_events(s: SentenceInput, frame: Frame, spans: list[tuple[int, int]]) -> bool:
    """Whether the frame is a report of events with no position in it: a reporting verb, and words that relay
    nobody's speech and state no intention (``intends``)."""
    if frame.kind != "verb" or _verb(frame) not in _REPORT_VERBS:
        return False
    if intends(s.norm, spans):
        return False
    return not any(_RELAYED.search(s.norm, a, b) for a, b in spans)


__all__ = ["reports_events"]
