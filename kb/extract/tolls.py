"""A toll named at the head of a long clause: "Korban tewas akibat serangan Israel di Gaza bertambah menjadi
35.000 orang", "The death toll from Sunday's strikes on the market has risen to 41".

Why: the killing word ("tewas", "death toll") then stands far from the figure, beyond the window the
figure reader searches, and the figure was lost although the sentence is about nothing else.  Read here:
a toll noun, then at most ``SPAN`` characters of the same clause (no figure, no full stop or semicolon),
then a verb of reaching right before the figure.  One bounded look-back per figure.
"""

from __future__ import annotations

import re

SPAN = 100
_TOLL = re.compile(
    r"(?<![\w-])(?:(?P<dead>death\s+toll|toll|korban\s+(?:tewas|jiwa|meninggal)|jumlah\s+(?:korban\s+)?"
    r"(?:tewas|kematian|korban\s+jiwa|korban)|number\s+of\s+(?:dead|deaths|fatalities|people\s+killed))"
    r"|(?P<hurt>korban\s+luka(?:-luka)?|jumlah\s+korban\s+luka|number\s+of\s+(?:injured|wounded)))"
    r"(?![\w-])[^\d.;]{0," + str(SPAN) + r"}?"
    r"(?:bertambah\s+menjadi|naik\s+menjadi|meningkat\s+menjadi|menjadi|mencapai|rose\s+to|risen\s+to|"
    r"climbed\s+to|reached|has\s+reached|stands\s+at|stood\s+at|hit)\s+"
    r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|sedikitnya|setidaknya|lebih\s+dari|"
    r"hampir|sekitar)\s+)?$",
    re.IGNORECASE,
)
# "..., bringing its toll in the ground operation to 290": the running total an increment leads to.
_BRINGING = re.compile(
    r"(?<![\w-])(?:bringing|raising|pushing|taking|brings|raises)\s+(?:the|its|their|his|her)\s+(?:overall\s+|total\s+)?"
    r"(?:(?P<dead>death\s+toll|toll|number\s+of\s+(?:dead|deaths|fatalities))|(?P<hurt>number\s+of\s+(?:injured|wounded)))"
    r"(?![\w-])[^\d.;]{0,60}?\s+to\s+(?:(?:at\s+least|more\s+than|over|nearly|about|around)\s+)?$",
    re.IGNORECASE,
)


def toll_reached(norm: str, at: int) -> str | None:
    """ "killed" or "wounded" when the figure at ``at`` is what a toll named earlier in its clause reached."""
    match = _TOLL.search(norm, max(0, at - SPAN - 60), at) or _BRINGING.search(norm, max(0, at - 120), at)
    if match is None:
        return None
    return "wounded" if match.group("hurt") else "killed"


__all__ = ["toll_reached"]
