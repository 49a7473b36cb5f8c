"""Indonesian collective numerals: "ketiga pejuang tersebut tewas" (the three fighters), "keempat korban".

Why: "ke-" with a number word before a noun counts the group the text has named ("ketiga pejuang tersebut" =
those three fighters), and the quantity reader, which knows "tiga" but not "ketiga", lost the figure.  After a
noun the same word is an ordinal ("hari ketiga", "kali ketiga"), and "kedua" is also "both"/"second" and stays
unread; so only "ketiga" to "kesepuluh" right before a victim noun count.  One bounded pattern.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.needs import absent, needs
from kb.extract.quantities import Quantity

_VALUES = {"ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7, "kedelapan": 8, "kesembilan": 9,
           "kesepuluh": 10}
_COLLECTIVE = re.compile(
    rf"(?<![\w-])(?P<n>{alternation(_VALUES)})\s+(?=(?:{alternation(lexicon.CASUALTY_NOUNS)})(?:nya)?(?![\w-]))",
    re.IGNORECASE,
)


_COLLECTIVE_NEEDS = needs(_COLLECTIVE)  # a sentence without these words is not scanned


def collective(norm: str, taken: list[Quantity]) -> list[Quantity]:
    """Figures of a collective numeral before a victim noun, skipping any that overlaps a figure already read."""
    found = []
    for match in () if absent(_COLLECTIVE_NEEDS, norm) else _COLLECTIVE.finditer(norm):
        if any(q.start < match.end("n") and match.start() < q.end for q in taken):
            continue
        value = _VALUES[match.group("n").casefold()]
        found.append(Quantity(match.start(), match.end("n"), match.group("n"), value, value))
    return found


__all__ = ["collective"]
