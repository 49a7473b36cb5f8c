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
from kb.extract.hurt import KILLED_WORD, WOUNDED_WORD
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


# "10,000 were killed, 4,100 of them children and 2,600 women": a part named without a copula, right after its
# toll (trial user31: neither part was read); only who they were by age, sex or trade, never a side
_PART_NOUNS = alternation(k for k in lexicon.CASUALTY_NOUNS if k in lexicon.DEMOGRAPHIC_NOUNS)
_BARE_PART = re.compile(
    rf"\s+(?:of\s+(?:them|whom|those)|di\s+antaranya)\s+(?P<noun>{_PART_NOUNS})(?![\w-])"
    # after the whole toll: the sentence or clause ends, its speaker follows, or the next part; an aside inside the
    # toll's subject ("Eight people, three of them children, were killed") is a detail of it (``recall20``)
    r"(?=\s*(?:[.;!?]|$)|\s*,\s*(?:[\w-]+\s+){0,3}?(?:said|says|told|added|according|kata|ujar|menurut|katanya"
    r"|ujarnya|tambahnya)(?![\w-])|\s+(?:and|dan|serta)\s)",
    re.IGNORECASE,
)


def part_of_them(norm: str, qty: Quantity, toll: Figure | None) -> Figure | None:
    """The figure at ``qty`` when it names, with no copula, who some of ``toll`` (the sentence's figure before it)
    were: "4,100 of them children"; a part of that toll, with its hurt."""
    match = _BARE_PART.match(norm, qty.end) if toll is not None and toll.quantity is not None else None
    if match is None or toll is None:
        return None
    size = qty.maximum if qty.maximum is not None else qty.minimum
    if size is None or size < BREAKDOWN_BELOW:
        return None  # "..., tiga di antaranya anak-anak": a detail of the toll, as in ``of_victims`` (casualties15)
    key = re.sub(r"\s+", " ", match.group("noun").casefold())
    cls = lexicon.CASUALTY_NOUNS.get(key, "civilian")
    hurt = "wounded" if "wounded" in toll.unit and "killed" not in toll.unit else "killed"
    return Figure(qty.start, match.end(), qty, unit(cls, hurt), None, cls, listed=True, written=match.group("noun"),
                  breakdown=True)


# "40 were wounded ... and 12 of them died on Tuesday", "dan 14 dari mereka meninggal pada hari Senin": some of the
# wounded died later, new deaths beside the toll (batch 24: the 25 were lost).  The wounded must be named before
# the count in its sentence; "two of them were arrested" or "tiga di antaranya anak-anak" say no death.
_DIED_OF_THEM = re.compile(
    r"\s+(?:of\s+(?:them|whom|those)|dari\s+(?:mereka|jumlah\s+itu)|di\s+antaranya|di\s+antara\s+mereka)\s+"
    r"(?:(?:later|subsequently|have|has|had|since|kemudian|akhirnya|telah|sudah|lalu)\s+){0,2}"
    r"(?P<verb>died|succumbed|meninggal(?:\s+dunia)?|wafat|tewas)(?![\w-])",
    re.IGNORECASE,
)
_WOUNDED_BEFORE = re.compile(r"(?<![\w-])(?:wounded|injured|hurt|luka(?:-luka)?|terluka|cedera)(?![\w-])",
                             re.IGNORECASE)


def died_of_them(norm: str, qty: Quantity) -> Figure | None:
    """The figure at ``qty`` when it counts wounded named before it who died later ("12 of them died"): deaths,
    an increment (``figure_scope`` marks it); None for any other part of them."""
    match = _DIED_OF_THEM.match(norm, qty.end)
    if match is None or (qty.minimum or 0) < 2 or _WOUNDED_BEFORE.search(norm, 0, qty.start) is None:
        return None  # "one of them later died" stays unread, as session 20's one-victim near miss has it
    return Figure(qty.start, match.end(), qty, unit("person", "killed"), None, "person", written=None)


# "Of the 40 passengers on the bus, 11 were killed", "Dari 40 penumpang bus itu, 11 orang tewas": the first count is
# the whole the second is taken from (those there, not those hurt), and the second opens its clause after the comma.
_BASE_BEFORE = re.compile(r"(?:^|[,;:(]\s*)(?:of\s+(?:the|those|these|all)|dari(?:\s+(?:total|jumlah|seluruh))?)\s+$",
                          re.IGNORECASE)
_BASE_AFTER = re.compile(r"[^,;:.!?]{1,70},\s*(?:(?:at\s+least|some|about|nearly|sedikitnya|setidaknya|sekitar)\s+)?$",
                         re.IGNORECASE)


def base_count(norm: str, qty: Quantity, following: Quantity | None) -> bool:
    """Whether ``qty`` counts the whole a later count is a part of: "Of the 40 passengers, 11 were killed" (session 34
    sweep).  ``following`` is the sentence's next count; it must open the clause right after the whole's phrase."""
    if following is None:
        return False
    window = norm[max(0, qty.start - 30) : qty.start]
    low = window.casefold()
    if ("of " not in low and "dari" not in low) or _BASE_BEFORE.search(window) is None:
        return False
    if _BASE_AFTER.fullmatch(norm, qty.end, following.start) is None:
        return False
    # "of the nine children killed, three were babies": a whole of the dead is the toll told again, and
    # its part a breakdown, read as before
    return KILLED_WORD.search(norm, qty.end, following.start) is None \
        and WOUNDED_WORD.search(norm, qty.end, following.start) is None


_AFTER_BASE = re.compile(
    r"(?:^|[,;:(]\s*)(?:of\s+(?:the|those|these|all)|dari(?:\s+(?:total|jumlah|seluruh))?)\s+[^,;:.!?]{1,80},\s*"
    r"(?:(?:at\s+least|some|about|nearly|sedikitnya|setidaknya|sekitar)\s+)?$",
    re.IGNORECASE,
)


def after_base(norm: str, start: int) -> bool:
    """Whether the count at ``start`` opens the clause after a whole's phrase ("Of the 40 passengers, 11 were
    killed": the 11 is the subject of its clause, as a count opening the sentence is)."""
    return _AFTER_BASE.search(norm[max(0, start - 120) : start]) is not None


__all__ = ["after_base", "base_count", "died_of_them", "of_victims", "part_of_them"]
