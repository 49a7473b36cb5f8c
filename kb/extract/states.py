"""What a counted phrase says that is no casualty figure of its own: how some of the wounded are ("three of them are
in serious condition", "dua orang berada dalam kondisi kritis"), that people were unharmed, or a part of the figure
before ("lima di antaranya anak-anak").

Why: the figure reader took the hurt word of the clause before ("Among the injured, ...", "... terluka, dan") for
such a count, and a part after a toll noun ("korban tewas, lima di antaranya ...") for the toll itself: each was a
second figure a fact-checker would never compare.  "A further four were in critical condition" adds wounded of its
own and stays a figure.  Bounded patterns, one anchored match per figure.
"""

from __future__ import annotations

import re

from kb.extract.quantities import Quantity

# What some of the hurt are in, not a hurt of their own: "three of them are in serious condition", "dua orang berada
# dalam kondisi kritis", "four others were unharmed"
_STATE = re.compile(
    r"\s+(?:(?:are|is|were|was|remain|remains|remained|berada|masih|tetap)\s+)(?:still\s+)?"
    r"(?:(?P<state>in\s+(?:a\s+)?(?:serious|critical|stable|grave|severe)|(?:dalam\s+)?kondisi\s+(?:serius|kritis|stabil"
    r"|parah))|unharmed|unhurt|uninjured|tidak\s+terluka)(?![\w-])",
    re.IGNORECASE,
)
_FURTHER = re.compile(r"(?<![\w-])(?:a\s+further|another|an\s+additional)\s+$", re.IGNORECASE)


def a_state(norm: str, qty: Quantity, end: int) -> bool:
    """Whether the figure only says how some of the wounded are, or that people were unharmed; "a further
    three were in critical condition" adds wounded of its own."""
    found = _STATE.match(norm, end)
    if found is None:
        return False
    return not (found.group("state") and _FURTHER.search(norm, max(0, qty.start - 16), qty.start))


# A part of the figure before ("lima di antaranya anak-anak", "three of them children"): partitives, never a toll
PART_AFTER = re.compile(r"\s+(?:di\s*antaranya|of\s+them|among\s+them|dari\s+mereka)(?![\w-])", re.IGNORECASE)


# A toll's clause counting something else before its figure: "the death toll in clashes between the two armies",
# "in the past two days", "di dua negara" (rec20): the count is of sides, places or days, not of people
THING_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:armies|sides|countries|nations|states|parties|regions|provinces|districts|towns|cities"
    r"|villages|days|weeks|months|years|hours|nights|decades|hari|minggu|pekan|bulan|tahun|jam|malam|negara|pihak"
    r"|wilayah|provinsi|kota|desa|kabupaten)(?![\w-])",
    re.IGNORECASE,
)


__all__ = ["PART_AFTER", "THING_AFTER", "a_state"]
