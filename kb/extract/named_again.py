"""A toll named again by a definite noun phrase ("the 27 dead", "27 korban tewas itu") is the toll told before.

Why: a later sentence that speaks *of* a toll already given ("The ministry said the 27 dead included five children",
"seperti rudal yang menewaskan 17 warga tersebut") names the same dead by the definite article or by "itu" /
"tersebut"; the conventions annotate a claim once, and the later sentence's own news is its breakdown or what it
adds.  The definite form is grammar's own mark of a thing mentioned before, so the rule needs no speaker to match
(the outlet and its source name one toll alike), only an earlier claim of the same whole toll (``restated``'s key).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kb.pipeline.record import Claim

# "the 27 dead", "of the 14 victims", "these 40 people"; never "the 12-year-old" (no toll) nor "the 3rd brigade"
_BEFORE = re.compile(r"(?<![\w-])(?:the|these|those)\s+$", re.IGNORECASE)
# "27 korban tewas itu", "17 warga Ukraina tersebut": up to three words of the noun phrase, none a preposition
# that would start a phrase of its own ("17 orang di desa itu" is the village's "itu").
_AFTER = re.compile(
    r"(?:\s+(?!(?:di|ke|dari|pada|dalam|oleh|untuk|akibat|yang)(?![\w-]))[\w-]+){1,3}\s+(?:itu|tersebut)(?![\w-])",
    re.IGNORECASE,
)


def _definite(claim: Claim) -> bool:
    """The claim's figure, as its quote writes it, is a definite noun phrase."""
    said = claim.quantity_text or ""
    at = claim.quote.find(said) if said else -1  # its first telling in the quote, where it was read as written
    if at < 0:
        return False
    end = at + len(said)
    return (_BEFORE.search(claim.quote, max(0, at - 12), at) is not None
            or _AFTER.match(claim.quote, end) is not None)


def named_again(claims: list[Claim], dropped: set[int],
                toll_key: Callable[[Claim], tuple[object, ...] | None]) -> set[int]:
    """The claims whose whole toll an earlier sentence's claim gave and which name it definitely (see the module)."""
    told: dict[tuple[object, ...], int] = {}
    out: set[int] = set()
    for i, claim in enumerate(claims):
        key = toll_key(claim) if i not in dropped else None
        if key is None:
            continue
        first = told.get(key)
        if first is not None and claims[first].start != claim.start and _definite(claim):
            out.add(i)
        else:
            told.setdefault(key, i)
    return out


__all__ = ["named_again"]
