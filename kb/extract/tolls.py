"""A toll named at the head of a long clause: "Korban tewas akibat serangan Israel di Gaza bertambah menjadi
35.000 orang", "The death toll from Sunday's strikes on the market has risen to 41".

Why: the killing word ("tewas", "death toll") then stands far from the figure, beyond the window the
figure reader searches, and the figure was lost although the sentence is about nothing else.  Read here:
a toll noun, then at most ``SPAN`` characters of the same clause (no figure, no full stop or semicolon),
then a verb of reaching right before the figure.  One bounded look-back per figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.extract import lexicon
from kb.extract.alternation import alternation

SPAN = 160
# Between a toll and its figure, no other number but a date: "sejak 7 Oktober tahun lalu", "since October 2023".
_MONTH = alternation(lexicon.MONTHS)
# or a date in brackets as Indonesian reports write it: "yang dilaporkan pada Selasa (14/11/2023) mencapai ..."
# and a month before its day, read as one ("since October 7 to more than 1,400")
_GAP = (rf"(?:[^\d.;]|\d{{1,2}}(?=\s+(?:{_MONTH})(?![\w-]))|(?<!\d)(?:19|20)\d\d(?!\d)"
        rf"|(?<![\w-])(?:{_MONTH})\s+\d{{1,2}}(?!\d)"
        r"|\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))")
# Every tense of a rise, and "a total of" after it ("with the number of dead rising to a total of 31", "rises to",
# "has increased to"): the same reaching as "rose to" (issue 13, session 19).
_RISING = (r"(?:rising|rises|climbing|climbs|increased|increasing|increases|jumped|jumping|grew|grown|growing"
           r"|soared|went\s+up)\s+to")
# A toll gone past a mark: "the toll had passed 10,000", "telah melampaui 900" (trial user31)
_PAST = r"passed|surpassed|topped|crossed|melampaui|menembus|"
_TOLL = re.compile(
    r"(?<![\w-])(?:(?P<dead>death\s+(?:toll|count)|toll|body\s+count|deaths?|korban\s+(?:tewas|jiwa|meninggal)|jumlah\s+(?:korban\s+)?"
    r"(?:tewas|kematian|korban\s+jiwa|korban)|number\s+of\s+(?:dead|deaths|fatalities|people\s+killed))"
    r"|(?P<hurt>korban\s+luka(?:-luka)?|jumlah\s+korban\s+luka|number\s+of\s+(?:injured|wounded)))"
    r"(?![\w-])" + _GAP + "{0," + str(SPAN) + r"}?"
    r"(?:bertambah\s+menjadi|naik\s+menjadi|meningkat\s+menjadi|menjadi|mencapai|rose\s+to|risen\s+to|"
    r"climbed\s+to|reached|has\s+reached|stands\s+at|stood\s+at|hit|exceeds|exceeded|melebihi|"
    + _PAST + _RISING + r")\s+"
    r"(?:(?:a\s+total\s+of|total(?:nya)?)\s+)?(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|sedikitnya|setidaknya|lebih\s+dari|"
    r"hampir|sekitar)\s+)?$",
    re.IGNORECASE,
)
# "..., bringing its toll in the ground operation to 290": the running total an increment leads to.
_BRINGING = re.compile(
    r"(?<![\w-])(?:bringing|raising|pushing|taking|brings|raises)\s+(?:the|its|their|his|her)\s+(?:overall\s+|total\s+)?"
    r"(?:(?P<dead>death\s+(?:toll|count)|toll|body\s+count|number\s+of\s+(?:dead|deaths|fatalities))|(?P<hurt>number\s+of\s+(?:injured|wounded)))"
    # a date may stand between the toll and "to" ("bringing the death toll since 7 October to 1,400")
    r"(?![\w-])" + _GAP + r"{0,60}?\s+to\s+(?:(?:at\s+least|more\s+than|over|nearly|about|around)\s+)?$",
    re.IGNORECASE,
)

# "The governor put the number of injured at 19", "officials estimated the toll at 51": the figure after "at";
# a vague one after "in the" ("later put the number of dead in the hundreds", "in the low thousands").
_PUT = re.compile(
    r"(?<![\w-])(?:put|puts|putting|placed|places|estimated|estimates|estimating)\s+(?:the|its|their)\s+"
    r"(?:overall\s+|total\s+|latest\s+|official\s+)?"
    r"(?:(?P<dead>death\s+(?:toll|count)|toll|body\s+count|number\s+of\s+(?:dead|deaths|fatalities|people\s+killed))"
    r"|(?P<hurt>number\s+of\s+(?:injured|wounded|people\s+(?:injured|wounded)))|(?P<neutral>total|tally|figure))"
    r"(?![\w-])[^\d.;]{0,60}?\s+(?:at|in\s+the)\s+(?:(?:at\s+least|more\s+than|over|nearly|about|around|some|low|high)\s+)?$",
    re.IGNORECASE,
)

# A toll noun or a killing of a family right before its figure, with no verb of reaching: "menelan korban jiwa
# 14 orang", "a death toll of 40", "killed a family of five", "korban luka sebanyak 20 orang".
_RIGHT_BEFORE = re.compile(
    r"(?<![\w-])(?:(?P<dead>(?:menelan\s+)?korban\s+(?:jiwa|tewas|meninggal(?:\s+dunia)?)|(?:death\s+)?toll\s+of"
    r"|(?:kills|killed|killing|menewaskan|tewaskan|wiped\s+out)\s+(?:an?\s+|the\s+|entire\s+|whole\s+|satu\s+)*"
    r"(?:family|keluarga)\s+(?:of|beranggotakan|berjumlah))|(?P<hurt>korban\s+luka(?:-luka)?))"
    r"\s+(?:(?:sebanyak|sedikitnya|setidaknya|at\s+least|more\s+than|sekitar|about|some)\s+)?$",
    re.IGNORECASE,
)

_REACH = (
    r"(?:bertambah\s+menjadi|naik\s+menjadi|meningkat\s+menjadi|menjadi|mencapai|rose\s+to|risen\s+to|"
    r"climbed\s+to|reached|has\s+reached|stands\s+at|stood\s+at|hit|exceeds|exceeded|melebihi|"
    + _PAST + _RISING + r")\s+"
    r"(?:(?:a\s+total\s+of|total(?:nya)?)\s+)?(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|sedikitnya|setidaknya|lebih\s+dari|"
    r"hampir|sekitar)\s+)?$"
)
_GROUPS = alternation(k for k, v in lexicon.CASUALTY_NOUNS.items() if v in ("soldier", "civilian"))
_PEOPLE = alternation((*(k for k, v in lexicon.CASUALTY_NOUNS.items() if v in ("soldier", "civilian")), "orang"))
# Between a toll and its figure, no other number but a date: "sejak 7 Oktober tahun lalu", "since October 2023".
# A toll that names its victims: "the number of its soldiers killed rose to 104", "the toll among civilians
# reached 80", "jumlah tentaranya yang tewas mencapai 104 orang", "jumlah warga sipil yang terluka menjadi 12".
_NAMED = re.compile(
    r"(?<![\w-])(?:(?:number|toll|tally|count)\s+(?:of|among)\s+(?P<own>(?:its|their|our)\s+(?:own\s+)?)?"
    rf"(?P<noun>{_GROUPS})(?:\s+(?P<hurt>killed|dead|who\s+(?:have\s+|had\s+)?died|wounded|injured))?"
    # the group's modifiers before "yang" ("tentara separatis Armenia", "warga sipil Palestina"): up to three words
    rf"|jumlah\s+(?:korban\s+)?(?P<noun_id>{_PEOPLE})(?P<nya>nya)?(?:\s+(?!yang(?![\w-])|mereka|kami|kita)[\w-]+){{0,3}}"
    r"(?:\s+(?P<own_id>mereka|kami|kita))?\s+yang\s+"
    r"(?:(?:telah|sudah|juga)\s+)?(?P<hurt_id>tewas|gugur|meninggal|terbunuh|terluka|luka-luka))"
    r"(?![\w-])" + _GAP + "{0," + str(SPAN) + r"}?" + _REACH,
    re.IGNORECASE,
)

# "the strike brought the number of medics killed this year to nearly 300": a running total
# that names its victims, reached "to" its figure
_BRING_NAMED = re.compile(
    r"(?<![\w-])(?:bring|brings|brought|bringing|raise|raises|raised|raising|push|pushes|pushed|pushing|take|takes"
    r"|took|taking)\s+(?:the|its|their)\s+(?:overall\s+|total\s+)?(?:number|toll|tally|count)\s+(?:of|among)\s+"
    rf"(?P<own>(?:its|their|our)\s+(?:own\s+)?)?(?P<noun>{_GROUPS})\s+(?P<hurt>killed|dead|wounded|injured)"
    r"(?![\w-])" + _GAP + "{0," + str(SPAN) + r"}?\s+to\s+"
    r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around)\s+)?$",
    re.IGNORECASE,
)


def _group(match: re.Match[str], name: str) -> str | None:
    return match.group(name) if name in match.re.groupindex else None


def _digit(norm: str, start: int, end: int | None) -> int:
    """Where the figure at ``start:end`` has its first digit (``start`` when it has none or no end)."""
    digit = re.search(r"\d", norm[start:end]) if end is not None else None
    return start + digit.start() if digit else start


@dataclass(frozen=True)
class NamedToll:
    """Who a toll counts as its own words say: the victim class, the hurt, whether the speaker's own."""

    cls: str
    kind: str
    own: bool
    written: str


def named_toll(norm: str, start: int, end: int) -> NamedToll | None:
    """The victims a toll named earlier in the clause counts, when it names them ("its soldiers killed").
    ``start:end`` is the figure as read, which may open with its verb ("mencapai 104")."""
    at = _digit(norm, start, end)
    match = _NAMED.search(norm, max(0, at - SPAN - 80), at) or _BRING_NAMED.search(norm, max(0, at - SPAN - 120), at)
    if match is None:
        return None
    noun = match.group("noun") or _group(match, "noun_id") or ""
    hurt = match.group("hurt") or _group(match, "hurt_id") or ""
    if match.group("noun") and not hurt and not re.match(r"toll", match.group(0), re.IGNORECASE):
        return None  # "the number of soldiers rose to 40": a strength, no loss
    kind = "wounded" if re.match(r"(?:wounded|injured|terluka|luka)", hurt, re.IGNORECASE) else "killed"
    own = bool(match.group("own") or _group(match, "nya") or _group(match, "own_id"))
    return NamedToll(lexicon.CASUALTY_NOUNS[re.sub(r"\s+", " ", noun.casefold())], kind, own, noun)


def toll_reached(norm: str, at: int, end: int | None = None) -> str | None:
    """ "killed" or "wounded" when the figure at ``at`` is what a toll named earlier in its clause reached.
    A figure read with its verb ("reached 34,000", ``at:end``) is looked at from its first digit."""
    at = _digit(norm, at, end)
    match = (
        _TOLL.search(norm, max(0, at - SPAN - 60), at)
        or _BRINGING.search(norm, max(0, at - 120), at)
        or _PUT.search(norm, max(0, at - 120), at)
        or _RIGHT_BEFORE.search(norm, max(0, at - 60), at)
        or _NUMBERED.search(norm, max(0, at - 60), at)
        or (_COPULA.search(norm, max(0, at - SPAN - 60), at) if norm[at : at + 1].isdigit() else None)
    )
    if match is None:
        return None
    named = _NAMED_AFTER.match(norm, _figure_end(norm, at, end))  # "put the toll at 73 wounded": the word after
    if named is not None:
        return "wounded" if named.group("hurt") else "killed"
    if "neutral" in match.re.groupindex and match.group("neutral"):
        return None  # "put the total at 73": of what, the words do not say
    return "wounded" if match.group("hurt") else "killed"


# "The dead numbered 12", "the wounded totalled about 30" (rec20): the hurt as a noun, its count by the verb right after
_NUMBERED = re.compile(
    r"(?<![\w-])the\s+(?:(?P<dead>dead|killed)|(?P<hurt>wounded|injured))\s+(?:numbered|totalled|totaled|totals"
    r"|number)\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some)\s+)?$",
    re.IGNORECASE,
)


# A toll told with a copula, its figure in digits ("the number of those confirmed killed is between 8 and 9",
# "the death toll is now 52"; never "the toll is one of the largest"): what the toll is, as what it reached.
_COPULA = re.compile(
    r"(?<![\w-])(?:(?P<dead>death\s+(?:toll|count)|toll|body\s+count|number\s+of\s+(?:dead|deaths|fatalities|(?:people|those)"
    r"(?:\s+(?:reported|confirmed))?\s+killed))|(?P<hurt>number\s+of\s+(?:injured|wounded|(?:people|those)"
    r"(?:\s+(?:reported|confirmed))?\s+(?:injured|wounded))))"
    r"(?![\w-])" + _GAP + "{0," + str(SPAN) + r"}?\s(?:was|is|were|are|stood|stands)(?:\s+now)?\s+"
    r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|between|some)\s+)?$",
    re.IGNORECASE,
)


# The hurt named right after a figure: "at 73 wounded", "at 40 dead", "menjadi 12 orang terluka".
_NAMED_AFTER = re.compile(
    r"\s*(?:people\s+|persons\s+|orang\s+)?(?:(?P<hurt>wounded|injured|terluka|luka-luka)|dead|killed|deaths|tewas)"
    r"(?![\w-])",
    re.IGNORECASE,
)


def _figure_end(norm: str, at: int, end: int | None) -> int:
    """Where the figure starting at its first digit ``at`` ends (``end`` when the reader gave it)."""
    if end is not None and end > at:
        return end
    digits = re.match(r"[\d.,]*\d", norm[at : at + 20])
    return at + digits.end() if digits else at


__all__ = ["NamedToll", "named_toll", "toll_reached"]
