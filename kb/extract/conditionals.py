"""Conditional subordinators: "If confirmed, the attack would be ...", "Jika benar, ...".

Why apart: a subordinator opening a clause is never who speaks ("If" was read as the speaker of "If
confirmed"), and a speaker phrase governed by one ("If the army confirms ...", "Bila militer menyatakan
...") reports nothing yet: what is said under a condition is no claim.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kb.extract.drafts import Draft

CONDITIONALS = frozenset((
    "if", "unless", "once", "should", "whether", "jika", "jikalau", "bila", "apabila", "kalau", "seandainya",
    "andaikan", "asalkan",
))
# The speaker phrase is the subject of a conditional clause: a subordinator right before it, at a clause's start.
_GOVERNED = re.compile(r"(?:^|[,;:(\"“]\s*)(?:" + "|".join(sorted(CONDITIONALS)) + r")\s+$", re.IGNORECASE)


def governed(norm: str, lower: int, start: int) -> bool:
    """Whether the speaker phrase starting at ``start`` is the subject of a conditional clause ("If the army
    confirms", "Jika Kementerian Kesehatan menyatakan"): nothing said under a condition is claimed."""
    return _GOVERNED.search(norm[max(lower, start - 40) : start]) is not None





_OPENING = re.compile(r"\s*[\"“]?(?!once\s+(?:again|more|upon)\b)(?:" + "|".join(sorted(CONDITIONALS))
                      + r")\b[^,;]{0,200}", re.IGNORECASE)  # "Once again," opens no condition


def conditional_clause(norm: str) -> tuple[int, int] | None:
    """The span of a conditional clause opening the sentence ("If confirmed,", "Apabila militer menyatakan 40
    orang tewas,"), up to its comma; None when the sentence opens otherwise."""
    match = _OPENING.match(norm)
    if match is None or match.end() >= len(norm) or norm[match.end()] not in ",;":
        return None
    return match.start(), match.end()


def unconditional(norm: str, drafts: list[Draft], outlet: str) -> list[Draft]:
    """The drafts a conditional opening leaves standing: none of the reporter's own ("If confirmed, the strike
    would be the deadliest"), none whose figure lies inside the condition ("Apabila militer menyatakan 40 orang
    tewas, ..."); a source's claims after the condition stay theirs."""
    clause = conditional_clause(norm)
    if clause is None:
        return drafts
    return [d for d in drafts if d.speaker.label != outlet
            and not (d.quantity is not None and clause[0] <= d.quantity.start < clause[1])]


__all__ = ["CONDITIONALS", "conditional_clause", "governed", "unconditional"]
