"""One casualty figure as the sentence reader finds it, and the unit its victim class and hurt make.

Shared by the figure reader (``casualties``) and the reader of reports without a number
(``unquantified``), which is why it stands apart from both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.quantities import Quantity
from kb.extract.scope import FigureScope
from kb.extract.sides import Sides


@dataclass(frozen=True)
class Figure:
    """One casualty report: where it sits, its quantity (if any), unit and whose victims."""

    start: int
    end: int
    quantity: Quantity | None
    unit: str
    subject: str | None
    cls: str = "person"
    listed: bool = False  # inherits its killing word from a list ("including 31 civilians and 21 ...")
    own: bool = False  # "its soldiers", "tentaranya": the victims are the speaker's own side
    written: str | None = None  # the victims as written, the last resort for ``subject``
    scope: FigureScope = field(default_factory=FigureScope)  # what it counts over, where, whether "N more"
    sides: Sides = field(default_factory=Sides)  # what else the text says about whose losses and who inflicted them
    breakdown: bool = False  # who some of the figure before were, by age, sex or trade ("including six children")


def unit(cls: str, kind: str) -> str:
    if kind == "both":
        return lexicon.KILLED_AND_WOUNDED
    return lexicon.UNITS.get((cls, kind), "deaths" if kind == "killed" else "wounded")


INCLUDING = re.compile(r"(?:termasuk|including|di\s*antaranya|among\s+them)\s+$", re.IGNORECASE)
BREAKDOWN_BELOW = 10
"""A small demographic part of the dead named as what they were ("one of them was a child", ``partitives``) is a
detail of the toll, not a figure of its own. A breakdown in an aside ("including five children", "termasuk dua
perempuan") is a figure of its own, whatever its size (session 22): the user's seed annotation counts "sekitar 400
nyawa termasuk puluhan warga sipil" as two claims, and the dev annotators of batches 10-16 did so 32 times in 35."""


# "At least 31 people, including five children, were killed": the hurt word of a figure stands past an aside
# that breaks it down, where the next figure (the breakdown's) would otherwise cut the search short.
_OPENER = (r"(?:including|termasuk|di\s+antaranya|among\s+them|most\s+of\s+them|mostly|mainly|kebanyakan|mayoritas"
           r"|sebagian\s+besar(?:\s+di\s+antaranya)?|yang\s+sebagian\s+besar|yang\s+(?:semuanya|kebanyakan)"
           r"|(?:all|most|many)\s+of\s+whom"
           # a count of some of them: "four of whom were children", "four of them children", "empat di antaranya"
           r"|[\w-]+\s+(?:of\s+(?:whom|them)|di\s+antaranya|dari\s+mereka)"
           # their ages: "two children, aged 3 and 9, were among the dead", "dua anak, berusia 3 dan 9 tahun, tewas"
           r"|aged|ages|berusia|berumur)")
_ASIDE = re.compile(  # past a party's name after the noun too: "71.400 warga Palestina — sebagian besar ... —"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}(?:\s+(?:lainnya|lagi|others|more))?"
    # and past the side they were on: "200 orang di pihak mereka, termasuk ...", "people on their side, including"
    r"(?:\s+(?:(?:di|dari)\s+pihak(?:\s+[\w'’-]+){1,2}|on\s+(?:the|their|its|our|his|her)\s+(?:[\w'’-]+\s+)?side))?"
    rf"(?:\s*,\s*{_OPENER}\s[^,;.()]{{1,120}},"  # "including 42 personnel of the army and 8 of ...,"
    rf"|\s+(?:-|--|–|—)\s*{_OPENER}\s[^,;.()]{{1,120}}?\s*(?:-|--|–|—)"  # between dashes
    rf"|\s*\({_OPENER}\s[^,;.()]{{1,60}}\)\s*,?)",  # in brackets
    re.IGNORECASE,
)


# The same aside written without commas, up to the hurt word itself: "tiga orang termasuk seorang bocah dan
# ayahnya tewas", "three people including a boy and his father were killed" (ages inside are no figure)
_BARE_ASIDE = re.compile(
    r"\s+(?:including|termasuk|di\s+antaranya)\s[^,;.()\"\u201c\u201d]{1,100}?(?=\s+(?:(?:were|was|have\s+been|had\s+been"
    r"|telah|sudah|juga)\s+)?(?:killed|died|dead|wounded|injured|tewas|terbunuh|meninggal|gugur|terluka|luka-luka)(?![\w-]))",
    re.IGNORECASE,
)

# A verb inside makes it a clause of its own, no aside: "300 people including the governor attended the funeral of
# those killed"
_VERB_IN_ASIDE = re.compile(
    r"(?<![\w-])(?!aged\b)(?:[a-z]+ed|went|came|fled|made|were|was|is|are|has|have|me(?!reka)[a-z]{3,}|di[a-z]{4,}kan)(?![\w-])",
    re.IGNORECASE,
)


def past_aside(norm: str, end: int, breaks: list[int], starts: list[int]) -> tuple[int, int] | None:
    """Where to read a figure's hurt word past an aside after its noun (``end``): from the aside's end to
    the next clause break or figure (``breaks`` and figure ``starts`` in the sentence), or None."""
    aside = _ASIDE.match(norm, end)
    if aside is None:
        bare = _BARE_ASIDE.match(norm, end)
        aside = bare if bare is not None and not _VERB_IN_ASIDE.search(bare.group(0)) else None
    if aside is None:
        return None
    return aside.end(), min([b for b in (*breaks, *starts) if b >= aside.end()] + [len(norm)])


_OF_ONE = re.compile(r"(?:\bof|\bdari)\s+(?:one|satu)$", re.IGNORECASE)  # "members of one family"
_ONE_FAMILY = re.compile(r"(?:satu|one|a\s+single)\s+(?:keluarga|family)(?![\w-])", re.IGNORECASE)  # "satu keluarga"


def counts(norm: str, q: Quantity) -> bool:
    """Whether a number can be a casualty figure: not a date ("28/09", "on 11 October", "October 11, 2023"), a
    range's dash, or "one family"."""
    return not (
        re.match(r"\s*(?:/|-\d)", norm[q.end : q.end + 2])
        or re.search(r"\d[-/]$", norm[max(0, q.start - 2) : q.start])  # "2019-05-16", "12/04": a date's tail
        or _OF_ONE.search(norm, max(0, q.start - 8), q.end)
        or _ONE_FAMILY.match(norm, q.start)
        or _day_of_month(norm, q)
        or _AGE_BEFORE.search(norm, max(0, q.start - 30), q.start)
    )


# "his father aged 40", "berusia 45 tahun", "usia 10 tahun": an age, not a count of victims
# (also under a bound: "berusia di bawah 12 tahun", "aged under 10")
_AGE_BEFORE = re.compile(
    r"(?<![\w-])(?:aged|berusia|usia|umur|berumur)\s+(?:(?:tidak|not)\s+)?(?:(?:di\s+bawah|kurang\s+dari|lebih\s+dari"
    r"|sekitar|under|over|about|between)\s+)?$",
    re.IGNORECASE,
)


_MONTH = alternation(lexicon.MONTHS)
_MONTH_AFTER = re.compile(rf"\s+(?:{_MONTH})(?![\w-])", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"(?<![\w-])(?:{_MONTH})\.?\s+$", re.IGNORECASE)


def _day_of_month(norm: str, q: Quantity) -> bool:
    """ "since the truce took effect on 11 October", "on October 11": a day of a month is a date, not a count; so
    after "up to", "until", "sampai" ("tewas sampai 10 Maret"), which the figure reader takes for a bound."""
    text = q.text.split()[-1] if q.text.split() else ""
    if not text.isdigit() or not 1 <= int(text) <= 31:
        return False
    return bool(_MONTH_AFTER.match(norm, q.end) or (_MONTH_BEFORE.search(norm, max(0, q.start - 12), q.start)
                                                      and _DATE_END.match(norm, q.end)))


# What may follow "October 11" as a date: punctuation, a year, the end, a clause word ("March 12 people" counts).
# An event named by its date ("the October 7 attacks", "the October 7 Hamas assault") is a date too.
_DATE_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:\d{4}|at|in|when|and|to|after|before|the|a|pukul|lalu)(?![\w-])"
                       r"|\s+(?:(?-i:[A-Z])[\w'\u2019-]*\s+)?(?:attacks?|assaults?|massacres?|offensive|raids?|incursion"
                       r"|invasion|war|ceasefire|truce|strikes?|bombings?|operation)(?![\w-])",
                       re.IGNORECASE)

