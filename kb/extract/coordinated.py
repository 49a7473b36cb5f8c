"""Two counts of victims joined by "and" share one hurt word: "two soldiers and three civilians were killed",
"the strike killed four soldiers and three civilians", "the deaths include 14,100 children and 8,400 women".

Why: the figure reader looks for a hurt word between a figure and the next, so the first of two coordinated
subjects (its verb sits after the second) and the second of two coordinated objects (its verb sits before the
first) had none and were dropped — a soldiers-and-civilians toll lost one side.  A bare "and" or comma is all
that may stand between the two, so a second clause with its own verb is never read this way.  Also "another" as
a victim of its own once a figure is read ("four dead and another injured", "gunfire killed another").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kb.extract import lexicon
from kb.extract.hurt import predicate
from kb.extract.needs import absent, needs
from kb.extract.quantities import Quantity

NounAfter = Callable[[str, Quantity], "re.Match[str] | None"]

_AND = re.compile(r"\s*(?:,\s*(?:(?:and|dan|serta)\s+)?|\s(?:and|dan|serta)\s+)", re.IGNORECASE)
# "another" standing for one more victim: a hurt word right after it, or a killing verb right before it at the
# clause's end
_ANOTHER = re.compile(
    r"(?<![\w-])another(?=\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:\w+ly\s+)?"
    r"(?:killed|died|wounded|injured|hurt)(?![\w-]))"
    r"|(?<=killed\s)another(?=\s*(?:[,.;]|$|\s+(?:in|at|on|near|when|after)\s))"
    r"|(?<=wounded\s)another(?=\s*(?:[,.;]|$|\s+(?:in|at|on|near|when|after)\s))"
    r"|(?<=injured\s)another(?=\s*(?:[,.;]|$|\s+(?:in|at|on|near|when|after)\s))",
    re.IGNORECASE,
)


def joined(norm: str, end: int, start: int) -> bool:
    """Whether only "and", "dan", "serta" or a comma stands between ``end`` and ``start``, past at most two
    lower-case words that go on naming the victims ("22 personel pertahanan sipil dan 51 jurnalis", "22 civil
    defence staff and"); never a verb, an auxiliary or a hurt word (a second clause)."""
    if start <= end:
        return False
    tail = _TRAILING.match(norm, end, start)
    if tail is not None and any(w.casefold() in _NOT_MODIFIERS for w in tail.group(0).split()):
        return False
    return _AND.fullmatch(norm, tail.end() if tail else end, start) is not None


# Words after a victim noun that still name the victims: lower-case, at most two, none a verb of the clause.
_TRAILING = re.compile(r"(?:\s+[a-z][a-z-]*){1,2}(?=\s*(?:,|\s(?:and|dan|serta)\s))")
_NOT_MODIFIERS = frozenset((
    *(w for phrase in (*lexicon.KILLED, *lexicon.WOUNDED) for w in phrase.split()),
    "were", "was", "are", "is", "have", "has", "had", "been", "be", "telah", "sudah", "juga", "also", "reportedly",
    "dilaporkan", "including", "termasuk", "in", "at", "on", "di", "dalam", "from", "dari", "who", "yang", "by", "oleh",
))


def next_hurt(norm: str, noun_end: int, later: list[Quantity], cls: str, noun_after: NounAfter) -> str | None:
    """The hurt word of the next coordinated figure ("two soldiers and three civilians were killed"), followed
    along a chain of "and"s; ``noun_after`` finds a figure's victim noun (none: the chain ends)."""
    for k, nxt in enumerate(later):
        noun = noun_after(norm, nxt) if joined(norm, noun_end, nxt.start) else None
        if noun is None:
            return None
        bound = later[k + 1].start if k + 1 < len(later) else len(norm)
        hurt = predicate(norm, nxt.start, noun.end(), cls, nxt.start, bound)
        if hurt is not None:
            return hurt
        noun_end = noun.end()
    return None


_ANOTHER_NEEDS = needs(_ANOTHER)  # a sentence without these words is not scanned


def another(norm: str, taken: list[Quantity]) -> list[Quantity]:
    """ "another" read as one more victim, where no figure is read already."""
    scan = () if absent(_ANOTHER_NEEDS, norm) else _ANOTHER.finditer(norm)
    return [Quantity(m.start(), m.end(), m.group(0), 1, 1) for m in scan
            if not any(q.start <= m.start() < q.end for q in taken)]


__all__ = ["another", "joined", "next_hurt"]
