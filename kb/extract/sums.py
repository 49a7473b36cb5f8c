"""A toll written as a list of counted people is one figure, their sum.

"nine women, four children and two men died there", "an old man and his three grandsons were hurt",
"seorang kakek, seorang nenek, dan dua cucu mereka tewas": the annotation conventions
(``../shared/seeds/README.md``, "counted nouns ... → 3..3") count the people the list names, and a
fact-checker compares that total.  Read item by item, only the item next to the verb kept its hurt word and
the toll came out as its last part (two, three, two).

Only people named by age, sex or kin are summed (women, children, a father): soldiers and civilians in one
list are two figures of two sides, and a list after "including"/"termasuk" breaks the figure before it down
(``figure.breakdown``).  A single pass of bounded patterns over the sentence.
"""

from __future__ import annotations

import re

from kb.extract.alternation import alternation
from kb.extract.quantities import Quantity

# People by age, sex or kin; each must also be a victim noun (``lexicon.CASUALTY_NOUNS``) so the last item's
# noun is read as the figure's.
PEOPLE: tuple[str, ...] = (
    "child", "children", "boy", "boys", "girl", "girls", "baby", "babies", "infant", "infants", "teenager",
    "teenagers", "man", "men", "woman", "women", "mother", "father", "son", "sons", "daughter", "daughters",
    "grandsons", "granddaughters", "nephews", "nieces",
    "wife", "husband", "brother", "brothers", "sister", "sisters", "grandchildren", "elderly people",
    "anak", "anak-anak", "balita", "bayi", "bocah", "remaja", "pria", "laki-laki", "lelaki", "perempuan",
    "wanita", "ayah", "ibu", "istri", "suami", "putra", "putri", "cucu", "kakek", "nenek", "lansia",
    "siblings", "bersaudara", "kakak beradik",  # "tiga bersaudara dan ayah mereka" (session 34)
)
_NOUN = alternation(PEOPLE)
# One person without a numeral: "a woman", "an elderly man", "seorang ibu" (numerals come from the quantity
# reader); up to two lower-case words of the noun phrase between ("a pregnant woman").
_ONE = re.compile(r"(?<![\w-])(?:an?|one|seorang|satu)(?=\s)", re.IGNORECASE)
# (an age among them: "a 30-year-old woman and her two children")
# ("20 of them children and 14 women" names parts of a toll before it, no list to sum: ``partitives.part_of_them``)
_NOUN_AFTER = re.compile(rf"\s+(?!(?:of\s+(?:them|whom|those)|di\s+antaranya)\s)(?:[a-z\d][\w'-]*\s+){{0,2}}?"
                         rf"(?:{_NOUN})(?:nya)?(?![\w-])", re.IGNORECASE)
# What joins two items: a comma, "and"/"dan"/"serta", and a possessive or "their own" before the next count
_JOIN = re.compile(
    r"(?:\s+(?:mereka|mereka\s+sendiri))?(?:\s*,\s*(?:(?:and|dan|serta)\s+)?|\s+(?:and|dan|serta)\s+)"
    r"(?:(?:her|his|their|its|the)\s+)?",
    re.IGNORECASE,
)
# A list that breaks the figure before it down is no toll of its own, quoted or not (including "five children ...")
_BREAKDOWN_BEFORE = re.compile(
    r"(?:including|termasuk|di\s+antaranya|among\s+them|of\s+whom|among\s+whom)\s+"
    r"(?:(?:at\s+least|setidaknya|sedikitnya)\s+)?[\"“‘']?$",
    re.IGNORECASE,
)


# The list is the make-up of the dead ("Among the victims were 4 women and 9 children", "The dead included ...",
# "Di antara korban terdapat ..."): groups counted apart are its parts, never their sum; a family told by its kin
# ("a mother and her two sons were among them": three, as the dev gold sums a family) is still one count
# (session 34, fresh34 C3)
_MAKEUP_BEFORE = re.compile(
    r"(?:among\s+the\s+(?:victims|dead|killed|casualties)\s+(?:were|are)|(?:dead|victims)\s+(?:included|include)"
    r"|di\s+antara\s+(?:para\s+)?korban(?:\s+(?:tewas|jiwa|meninggal))?\s+(?:terdapat|adalah|ada))\s+$",
    re.IGNORECASE,
)
_KIN_JOIN = re.compile(r"(?<![\w-])(?:her|his|their|its|mereka)(?![\w-])|nya(?![\w-])", re.IGNORECASE)


def _groups_of_makeup(norm: str, run: list[tuple[Quantity, int]]) -> bool:
    """A run after a make-up phrase whose items are groups, no family (see ``_MAKEUP_BEFORE``)."""
    first = run[0][0]
    if _MAKEUP_BEFORE.search(norm, max(0, first.start - 40), first.start) is None:
        return False
    return _KIN_JOIN.search(norm, first.start, run[-1][1]) is None


# The list goes on with people it does not count ("a father, a mother and their sons"): no sum can be made
_UNCOUNTED_NEXT = re.compile(
    rf"(?:\s*,\s*(?:(?:and|dan|serta)\s+)?|\s+(?:and|dan|serta)\s+)(?:(?:her|his|their|its|the)\s+)?"
    rf"(?:[a-z][\w'-]*\s+)?(?:{_NOUN})(?:nya)?(?![\w-])",
    re.IGNORECASE,
)
SUM_BELOW = 100
"""Counted people are the dead of one strike or one family; a list of larger counts breaks a running total
down by category, and each part is a figure of its own (``figure.breakdown``)."""


def _items(norm: str, quantities: list[Quantity]) -> list[tuple[Quantity, int]]:
    """Every count of people named by age, sex or kin: the quantity and where its noun ends."""
    taken = [(q.start, q.end) for q in quantities]
    ones = [Quantity(m.start(), m.end(), m.group(0), 1, 1) for m in _ONE.finditer(norm)
            if not any(s <= m.start() < e for s, e in taken)]
    out = []
    for qty in sorted([*quantities, *ones], key=lambda q: q.start):
        noun = _NOUN_AFTER.match(norm, qty.end)
        if noun is not None:
            out.append((qty, noun.end()))
    # one kin of the one before, counted by the noun alone ("seorang ibu dan bayinya": two)
    out += [(Quantity(m.start(), m.start(), "", 1, 1), m.end()) for m in _KIN_OF.finditer(norm)]
    # a couple is two ("pasangan suami istri serta tiga anak": five; session 34)
    out += [(Quantity(m.start(), m.start(), "", 2, 2), m.end()) for m in _COUPLE.finditer(norm)]
    return sorted(out, key=lambda item: item[0].start)


# One person of one's kin in Indonesian, the possessive glued on ("dan bayinya", "serta suaminya"): as "and her baby";
# or a word of its own ("dua anak dan ibu mereka": as "and their mother", session 34)
_KIN_OF = re.compile(
    r"(?<=\s)(?:ayah|ibu|istri|suami|putra|putri|bayi|kakak|adik|kakek|nenek)(?:nya|\s+mereka)(?![\w-])",
    re.IGNORECASE,
)


# A married couple, counted by the noun ("a couple and their two sons", "sepasang suami istri dan anak mereka")
_COUPLE = re.compile(
    r"(?<![\w-])(?:(?:an?|one|the)\s+(?:(?:married|elderly|young)\s+)?couple|(?:se)?pasang(?:an)?\s+suami[\s-]+istri)"
    r"(?![\w-])",
    re.IGNORECASE,
)


def summed(norm: str, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` with each run of two or more counted people joined by commas or "and" replaced by one
    quantity: their sum, from the first count to the last (whose noun then follows it as any figure's)."""
    items = _items(norm, quantities)
    runs: list[list[tuple[Quantity, int]]] = []
    for item in items:
        if runs and _JOIN.fullmatch(norm, runs[-1][-1][1], item[0].start):
            runs[-1].append(item)
        else:
            runs.append([item])
    merged: list[Quantity] = []
    for run in runs:
        first = run[0][0]
        if len(run) < 2 or _BREAKDOWN_BEFORE.search(norm, max(0, first.start - 40), first.start) \
                or _UNCOUNTED_NEXT.match(norm, run[-1][1]) or _groups_of_makeup(norm, run):
            continue
        lows = [q.minimum for q, _ in run]
        highs = [q.maximum for q, _ in run]
        if any(v is None for v in lows):
            continue
        low = sum(v for v in lows if v is not None)
        if low >= SUM_BELOW:
            continue  # "the dead include 12,300 children and 7,900 women": a running total's parts, each a figure
        high = None if any(v is None for v in highs) else sum(v for v in highs if v is not None)
        last = run[-1][0]
        merged.append(Quantity(first.start, last.end, norm[first.start : last.end], low, high,
                               any(q.approximate for q, _ in run)))
    if not merged:
        return quantities
    kept = [q for q in quantities if not any(m.start <= q.start < m.end for m in merged)]
    return sorted([*kept, *merged], key=lambda q: q.start)


__all__ = ["PEOPLE", "summed"]
