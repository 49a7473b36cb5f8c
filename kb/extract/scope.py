"""What a casualty figure counts over: a running total, a stretch of time or one incident; where; and
whether it adds to an earlier figure.

Why: "55 killed in the past 24 hours" and "43,259 killed since 7 October" are both true on the same
day; set against each other they look like a conflict unless each carries its scope.  The words are
read in the figure's own clause first ("16 more were killed, bringing the total to 532 since ..." has
two scopes), then in the whole sentence for the weaker cues.  Cues win in this order: a running total
("since", "so far", "total"), a stretch of time ("in the past 24 hours", "overnight"), one strike
("in the strike", "serangan itu", an attack at a named place, a bombing verb), an attack on a given
day (English strikes or shelling: that day's toll; an Indonesian "serangan", unmarked for number: one
attack), an attack, the war itself as the killer ("the fighting has claimed"), a day (not the day it
was said).  Strikes spread over many places or in waves ("across several areas", "gelombang serangan")
are a stretch's toll, ranked just after a stretch of time; a running-total word loses to one strike named
nearer the figure.  A day at one site is that incident (``site``, settled in ``settle`` with the
gazetteer); one building or camp ("at a hospital") scopes an unscoped figure as an incident.  Nothing
said: None (then ``settle``).  Period dates are resolved against the publication date in ``scope_dates``; the
place a clause names is read in ``figure_place``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.dates import find_dates
from kb.extract.figure_place import place
from kb.extract.needs import absent, needs
from kb.extract.war_counts import thousands


@dataclass(frozen=True)
class FigureScope:
    """A figure's scope ("cumulative" / "period" / "incident" / None), place as written, increment."""

    scope: str | None = None
    place: str | None = None
    increment: bool = False
    site: bool = False
    """A period of one day ("today", "kemarin", "on Friday") whose clause names one attack or one place:
    what happened there that day, an incident unless the place is a whole region (``settle``)."""


def _words(items: tuple[str, ...]) -> str:
    return "|".join(items)


_CUMULATIVE = re.compile(rf"(?<![\w-])(?:{_words(lexicon.CUMULATIVE_CUES)})(?![\w-])", re.IGNORECASE)
_PERIOD = re.compile(rf"(?<![\w-])(?:{_words(lexicon.PERIOD_CUES)})(?![\w-])", re.IGNORECASE)
_SPREAD = re.compile(rf"(?<![\w-])(?:{_words(lexicon.SPREAD_CUES)})(?![\w-])", re.IGNORECASE)
_WAR = alternation(lexicon.WAR_NOUNS)
_INCIDENT = re.compile(rf"(?<![\w-])(?:{alternation(lexicon.INCIDENT_NOUNS)})(?![\w-])", re.IGNORECASE)
_ONE = re.compile(r"(?:\b(?:the|a|an|one|single|that|this|separate)\s+(?:[\w-]+\s+){0,2})$", re.IGNORECASE)
# matched at the attack's end (``pattern.match(norm, pos)``): a "^" here would only ever match at 0
_THAT = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:itu|tersebut|ini|di\s+sana|there)\b", re.IGNORECASE)
_WAR_CAUSE = re.compile(
    rf"(?<![\w-])(?:{_WAR})(?![\w-])[^.;]{{0,40}}?\b(?:has|have|had|telah|sudah)\s+(?:now\s+)?"
    r"(?:claimed|killed|left|menewaskan|merenggut|menelan|menyebabkan)"  # as ``sides._WAR_KILLER``
    rf"|\b(?:as\s+a\s+result\s+of|because\s+of|in|during|selama|akibat|dalam)\s+(?:the\s+)?(?:{_WAR})(?![\w-])",
    re.IGNORECASE,
)
_BREAK = re.compile(
    r";|(?<![\w-])(?:while|whereas|bringing|sehingga|menjadikan|raising)(?![\w-])"
    r"|(?:^|,)\s*(?:sementara(?:\s+itu)?|sedangkan)(?![\w-])",  # "pangkalan sementara" is a temporary base
    re.IGNORECASE,
)
# A day named next to a reporting verb is when it was said, not what the figure counts over.
_SAYING = r"said|says|reported|announced|stated|confirmed|mengatakan|menyatakan|melaporkan|mengumumkan"
_STATED = re.compile(rf"\b(?:{_SAYING}|told|kata|ujar)\b", re.IGNORECASE)
_BEFORE = re.compile(rf"(?:{_words(lexicon.INCREMENT_BEFORE)})\s+$", re.IGNORECASE)
# "15 more", but not "1,400 deaths and more than 5,000 injuries" (the next figure's hedge)
_AFTER = re.compile(rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:{_words(lexicon.INCREMENT_AFTER)})(?![\w-])(?!\s+th[ae]n\b)",
                    re.IGNORECASE)


def clause(norm: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding norm[start:end]: between the nearest breaks ("while", ";", "bringing")."""
    lo, hi = 0, len(norm)
    for b_start, b_end in _breaks(norm):
        if b_end <= start:
            lo = b_start
        elif b_start >= end:
            hi = b_start
            break
    return lo, hi


@lru_cache(maxsize=8)
def _breaks(norm: str) -> tuple[tuple[int, int], ...]:
    """The sentence's clause breaks, found once: ``clause`` is asked for each figure of a sentence."""
    return tuple(match.span() for match in _BREAK.finditer(norm))


def figure_scope(norm: str, start: int, end: int, first: bool = True) -> FigureScope:
    """The scope, place and increment of the figure at norm[start:end]; ``first``: no figure before it."""
    lo, hi = clause(norm, start, end)
    increment = _increment(norm, start, end, first)
    aside = _part_aside(norm, end, hi)
    scope = _scope_in(norm, lo, aside[0] if aside else hi, start, cumulative=not increment)
    if scope is None and aside is not None and aside[1] < hi:  # the clause going on after the aside
        scope = _scope_in(norm, aside[1], hi, start, cumulative=not increment)
    if scope is None:
        scope = _scope_in(norm, 0, aside[0] if aside else len(norm), start, cumulative=False, strong_only=True)
    if scope is None and aside is not None:
        scope = _scope_in(norm, aside[1], len(norm), start, cumulative=False, strong_only=True)
    where = place(norm, lo, hi)
    one_site = _SITE.search(norm, lo, hi)
    if scope is None and one_site and not increment:
        scope = "incident"  # "460 killed at the maternity hospital": what happened there
    if scope == "incident" and not one_site and not increment and thousands(norm, start, end) and not any(
            not _said_on(norm, lo + d.start, lo + d.end, lo, hi, start) for d in find_dates(norm[lo:hi], None)):
        scope = "cumulative"  # "52.000 tewas akibat serangan Israel": no one attack, the war so far
    site = scope == "period" and not increment and _one_day_at_one_site(norm, lo, hi, where or one_site)
    return FigureScope(scope, where, increment, site)


# A part of the toll told after it: "..., including about 400 the day before", "termasuk 50 pada hari sebelumnya"
_PART = re.compile(r"(?<![\w-])(?:including|among\s+them|termasuk|di\s+antaranya)\s+(?=[\w-]*\d|(?:about|around|some"
                   r"|sekitar|at\s+least|sedikitnya|setidaknya)\s)", re.IGNORECASE)


def _part_aside(norm: str, end: int, hi: int) -> tuple[int, int] | None:
    """The aside after the figure at ``end`` that gives a part of it with a number ("..., including about 400 the
    previous day"), from its word to the comma closing it, at most eight words on, when it dates the part against
    another day: that day is the part's, and the whole counts over what the rest of its clause says.  Any other
    time there ("including five children in the past 24 hours") may be the whole's, and stays in."""
    part = _PART.search(norm, end, hi)
    if part is None or re.search(r"\d", norm[end : part.start()]):
        return None
    words = _ASIDE_WORDS.match(norm, part.end())
    stop = min(hi, words.end() if words else hi)
    comma = norm.find(",", part.end(), stop)
    stop = comma if comma >= 0 else stop
    return (part.start(), stop) if _EARLIER.search(norm, part.end(), stop) else None


# a day told against another day: the part happened apart from the whole ("the previous day", "sehari sebelumnya")
_EARLIER = re.compile(
    r"(?<![\w-])(?:the\s+(?:previous|preceding)\s+(?:day|night|evening)|the\s+(?:day|night)\s+before|a\s+day\s+(?:earlier"
    r"|before)|(?:pada\s+)?(?:hari|malam|sehari)\s+sebelumnya)(?![\w-])",
    re.IGNORECASE,
)
_ASIDE_WORDS = re.compile(r"(?:[^\s,]+\s+){0,7}[^\s,.;]+")  # a part's words: its number, noun and a short tail


# One building or camp, named by what it is: "at a hospital", "di rumah sakit tersebut", "di bandara"
_SITE = re.compile(
    r"(?<![\w-])(?:at|in|inside|near|di|dekat)\s+(?:a\s+|an\s+|the\s+|sebuah\s+)?(?:rumah\s+sakit|sekolah|masjid"
    r"|pasar|gereja|kamp|klinik|bandara|gedung|apartemen|hospital|school|mosque|market|church|clinic|airport"
    r"|bakery|apartment|building|refugee\s+camp|camp)(?![\w-])"
    # a strike that hit one building or shelter: "hit a residential building", "menghantam sebuah rumah"
    r"|(?<![\w-])(?:hit|hitting|struck|striking|menghantam|mengenai)\s+(?:a|an|the|one|sebuah|satu)\s+(?:[\w-]+\s+)?"
    r"(?:building|house|home|school|hospital|shelter|market|mosque|rumah|gedung|sekolah|penampungan|pasar"
    r"|masjid)(?![\w-])",
    re.IGNORECASE,
)


# A day, not a stretch: "today", "yesterday", "overnight", "last week", "kemarin", "hari ini", "semalam"
_ONE_DAY = re.compile(
    r"(?<![\w-])(?:today|yesterday|overnight|tonight|last\s+night|last\s+week|kemarin|hari\s+ini|semalam"
    r"|tadi\s+malam|malam\s+ini|pekan\s+lalu|minggu\s+lalu)(?![\w-])",
    re.IGNORECASE,
)
# Words of a whole region after an attack: "serangan di wilayah tersebut", "an attack in the Kyiv region"
_REGION = re.compile(r"(?<![\w-])(?:wilayah|kawasan|daerah|region|province|provinsi|oblast)(?![\w-])", re.IGNORECASE)


def _one_day_at_one_site(norm: str, lo: int, hi: int, where: object) -> bool:
    """A day ("today", "kemarin", "on Friday") with one attack ("the strike", "serangan di kota X") or one
    place named; no stretch of days ("in the past 24 hours"), no strikes spread over many places."""
    one_day = _ONE_DAY.search(norm, lo, hi) or not _PERIOD.search(norm, lo, hi)
    if not one_day or _SPREAD.search(norm, lo, hi) or _STRETCH.search(norm, lo, hi):
        return False
    one = any(_single(norm, m, hi) and not _REGION.search(norm, m.end(), min(hi, m.end() + 40))
              for m in _INCIDENT.finditer(norm, lo, hi))
    return one or where is not None


_STRETCH = re.compile(r"(?<![\w-])(?:past|last|previous|terakhir|since|sejak)\s+(?!night|week)", re.IGNORECASE)


def _increment(norm: str, start: int, end: int, first: bool) -> bool:
    """ "another 20", "bertambah 12", "15 more", "4 korban jiwa baru".  After an earlier figure these are
    "others" ("32 killed, with an additional 200 wounded", "satu orang lagi"), and a vague crowd is no
    count added to a total ("Hundreds more were wounded")."""
    if not first or norm[start:end].casefold() in lexicon.VAGUE:
        return False
    return bool(_BEFORE.search(norm, max(0, start - 25), start) or _AFTER.match(norm[end : end + 40]))


def _scope_in(
    norm: str, lo: int, hi: int, at: int, *, cumulative: bool, strong_only: bool = False
) -> str | None:
    """The strongest scope cue in norm[lo:hi] (see the module docstring for the order)."""
    total = (_CUMULATIVE.search(norm, lo, hi) or _as_of(norm, lo, hi)) if cumulative else None
    span = _period(norm, lo, hi)
    if total and span:  # "120 killed in the past 24 hours, among the deadliest days so far": the nearer
        return "cumulative" if abs(total.start() - at) < abs(span.start() - at) else "period"
    if total and _nearer_strike(norm, lo, hi, at, total):
        return "incident"  # "raising the overall toll of the bombardment to six": that strike's total
    if total or span:
        return "cumulative" if total else "period"
    if _SPREAD.search(norm, lo, hi):  # strikes across many places or in waves: that stretch's toll
        return "period"
    attacks = list(_INCIDENT.finditer(norm, lo, hi))
    if any(_single(norm, m, hi) for m in attacks):
        return "incident"
    if strong_only:
        return None
    day = any(not _said_on(norm, lo + d.start, lo + d.end, lo, hi, at) for d in find_dates(norm[lo:hi], None))
    if attacks:  # an attack at a named place is one incident; strikes or shelling on a given day that day's toll
        many = any(_MANY.fullmatch(m.group(0)) for m in attacks)  # "serangan ... pada Senin" is one attack
        return "incident" if place(norm, lo, hi) or not day or not many else "period"
    if day and _CLASH.search(norm, lo, hi):
        return "incident"  # "tewas dalam bentrokan di perbatasan pada Kamis": that day's clash, not the war so far
    if cumulative and _WAR_CAUSE.search(norm, lo, hi):
        return "cumulative"
    return "period" if day else None


# A clash is one engagement: on a given day, its toll is that clash's
_CLASH = re.compile(r"(?<![\w-])(?:clash(?:es)?|skirmish(?:es)?|bentrokan|baku\s+tembak)(?![\w-])", re.IGNORECASE)


# A count standing on a given day: "as of March 10", "up to Tuesday", "hingga Rabu (29/10)", "sampai 10 Maret".
# The count up to that day is a running total; "from Monday until Wednesday" is a stretch (``_as_of``), and "up to"
# before a number is a bound, never a date.
_DAY_NAME = alternation((*lexicon.WEEKDAYS, *lexicon.MONTHS))
_AS_OF = re.compile(
    r"(?<![\w-])(?:as\s+of|up\s+to|until|till|hingga|sampai(?:\s+dengan)?|per)\s+(?:(?:hari|tanggal)\s+)?"
    rf"(?:(?:{_DAY_NAME})(?![\w-])|\d{{1,2}}\s+(?:{_DAY_NAME})(?![\w-])|\(?\d{{1,2}}/\d{{1,2}}\b)",
    re.IGNORECASE,
)
# the stretch's start before the day: "from Monday", "dari Senin", "pada Selasa malam hingga Rabu dini hari"
_FROM = re.compile(rf"(?<![\w-])(?:from|between|dari|antara|{_DAY_NAME})(?![\w-])", re.IGNORECASE)


def _as_of(norm: str, lo: int, hi: int) -> re.Match[str] | None:
    """A day the count stands on ("killed as of Tuesday", "tewas hingga Rabu"): a running total up to it; the
    end of a stretch opened just before it ("from Monday until Wednesday", "Selasa malam hingga Rabu") is no such
    day."""
    for cue in _AS_OF.finditer(norm, lo, hi):
        if not _FROM.search(norm, max(lo, cue.start() - 40), cue.start()):
            return cue
    return None


# English strikes in the plural or as a mass ("airstrikes", "shelling"): many, where Indonesian does not say
_MANY = re.compile(r"(?:[\w\s]*s|shelling|bombing|bombardment|fire)", re.IGNORECASE)


# A strike the count runs from ("since the Hamas attack of October 2023, ... have killed 60,000"): the start of
# the running total, never the one incident its figure counts.
_SINCE_BEFORE = re.compile(r"(?<![\w-])(?:since|sejak)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


def _nearer_strike(norm: str, lo: int, hi: int, at: int, total: re.Match[str]) -> bool:
    """One strike named nearer the figure than every running-total cue of its clause ("raising the overall toll
    of the bombardment to six"; "killing dozens, the worst raid on the town since 2015")."""
    cues = [abs(m.start() - at) for m in _CUMULATIVE.finditer(norm, total.start(), hi)]
    strikes = [abs(m.start() - at) for m in _INCIDENT.finditer(norm, lo, hi)  # "the strike", "serangan itu"
               if (_ONE.search(norm, max(0, m.start() - 30), m.start()) or _THAT.match(norm, m.end(), hi))
               and not (_SINCE_BEFORE.search(norm, max(0, m.start() - 40), m.start())
                        and "," in norm[m.end() : at])]  # the figure's own clause starts after the "since" phrase
    return bool(strikes) and min(strikes) < min(cues)


_PERIOD_NEEDS = needs(_PERIOD)  # a sentence without these words is not scanned


def _period(norm: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first span cue of norm[lo:hi] that counts the figure, not one that dates the speech: "said last week
    that 2,200 were killed since ..." is a running total said last week."""
    for cue in () if absent(_PERIOD_NEEDS, norm, lo, hi) else _PERIOD.finditer(norm, lo, hi):
        if not (_SAID_RIGHT_BEFORE.search(norm, max(lo, cue.start() - 40), cue.start())
                or _SAID_RIGHT_AFTER.match(norm, cue.end(), hi)):
            return cue
    return None


# A reporting verb right before a span cue ("said last week", "told reporters yesterday", "mengatakan kemarin") or
# right after it ("The ministry yesterday said"): the cue says when it was said.
_SAID_RIGHT_BEFORE = re.compile(rf"(?<![\w-])(?:{_SAYING}|told\s+(?!that\b)[\w-]+)\s+(?:on\s+|pada\s+)?$",
                                re.IGNORECASE)
_SAID_RIGHT_AFTER = re.compile(rf"\s+(?:{_SAYING})\b", re.IGNORECASE)


# The day, then a comma and the attribution closing the sentence: "..., the army said", ", kata militer"
_TRAILING_SAID = re.compile(r"\s*(?:\([\w/ .]{1,12}\))?\s*,\s*(?:(?:the|a|an|kata|ujar|menurut)\s+)?", re.IGNORECASE)


def _said_on(norm: str, start: int, end: int, lo: int, hi: int, at: int) -> bool:
    """The day at norm[start:end] is when it was said: next to a reporting verb ("said on Monday"), or opening
    the sentence before the speaker's verb and the figure ("Pada Jumat (13/11), Presiden ... menyatakan 4.000")."""
    if _STATED.search(norm, max(lo, start - 25), start + 1) or (
            _STATED.search(norm, end, min(hi, end + 20)) and not (at < start and _TRAILING_SAID.match(norm, end))):
        return True  # "said on Monday"; never "20 died ... on Thursday, the army said": that day is the deaths'

    verb = _STATED.search(norm, end, min(hi, end + 60))
    return verb is not None and verb.end() <= at and not re.search(r"\d", norm[end : verb.start()])


def _single(norm: str, attack: re.Match[str], hi: int) -> bool:
    """One attack: "the strike", "a separate strike", "serangan itu", "serangan ... di Tayr Harfa"."""
    if _ONE.search(norm, max(0, attack.start() - 30), attack.start()):
        return True
    return bool(_THAT.match(norm, attack.end(), min(hi, attack.end() + 30))) or bool(
        _AT_PLACE.match(norm[attack.end() : min(hi, attack.end() + 40)]))


# "serangan ... di Tayr Harfa", "the strike on a village": an attack at one place; "shelling on Monday" is a day
_AT_PLACE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:on|at|di|in)\s+(?:the\s+|a\s+)?"
    rf"(?:desa|kota|kamp|village|town|(?!(?i:{alternation((*lexicon.WEEKDAYS, *lexicon.MONTHS))})(?![\w-]))[A-Z])"
)
