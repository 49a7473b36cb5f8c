"""A part of the dead named by what they were: "only three of the victims were members of the armed group", "dua dari
korban merupakan anggota milisi", "192 di antaranya adalah prajurit", "tujuh korban tewas di antaranya
merupakan petani" — a figure of killed, counted by the noun
after the copula.

Why: such a sentence breaks down a toll given before it and has no killing word of its own, so the figure
reader finds no hurt near the number.  The victims ("of the victims", "dari korban", "di antaranya") and a
victim noun after "were"/"adalah" together say it: "two of them were arrested" or "tiga di antaranya adalah rumah"
count nothing.  One anchored match after each number.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.figure import BREAKDOWN_BELOW, Figure, unit
from kb.extract.quantities import Quantity

_NOUNS = alternation(lexicon.CASUALTY_NOUNS)
_OF_VICTIMS = re.compile(
    r"\s+(?:of\s+(?:the|those|them)(?:\s+(?:victims|dead|killed))?|dari\s+(?:para\s+)?(?:korban(?:\s+(?:tewas|jiwa))?"
    r"|mereka)|(?:korban\s+(?:tewas\s+|jiwa\s+|meninggal\s+)?)?di\s+antaranya|di\s+antara\s+mereka)\s+(?:yang\s+)?(?:were|was|are|adalah|merupakan|ialah)\s+"
    rf"(?:(?:all|semua|semuanya|also|juga|an?|the)\s+)?(?:[\w-]+\s+)?(?P<noun>{_NOUNS})(?![\w-])",
    re.IGNORECASE,
)


def of_victims(norm: str, qty: Quantity, before: str | None = None) -> Figure | None:
    """The figure at ``qty`` when it counts some of the victims by what they were, else None.  ``before`` is the
    unit of the sentence's figure before it: "korban luka sebanyak 1.115 orang, 33 di antaranya adalah anak-anak"
    counts wounded children, a part of the wounded."""
    match = _OF_VICTIMS.match(norm, qty.end)
    if match is None:
        return None
    key = re.sub(r"\s+", " ", match.group("noun").casefold())
    size = qty.maximum if qty.maximum is not None else qty.minimum
    if key in lexicon.DEMOGRAPHIC_NOUNS and size is not None and size < BREAKDOWN_BELOW:
        return None  # "one of them was a child": a detail of the toll before, as "including a child" is
    cls = lexicon.CASUALTY_NOUNS.get(key, "person")
    cls = "person" if cls in ("same", "death") else cls
    hurt = "wounded" if before is not None and "wounded" in before and "killed" not in before else "killed"
    # "just two of the victims were members of ...": told by no class, the part reads as a toll of deaths; it is a
    # detail of the toll before (``breakdown``), which the conflicts compare with nothing
    return Figure(qty.start, match.end(), qty, unit(cls, hurt), None, cls, written=match.group("noun"),
                  breakdown=cls == "person")


__all__ = ["of_victims"]
