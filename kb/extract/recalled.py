"""Figures of dead that are no toll reported now: a past yardstick, the dead remembered, deaths foreseen.

Why: the conventions annotate what a source reports of the war now, never historical background, and no death that
has not happened.  Three constructions give a number of dead in a sentence that is itself news, so the sentence
gate (``past_years``: a sentence set in a past year) keeps them, and the figure was read as a second toll:

- the yardstick of a superlative told in a clause of its own: "the deadliest strike since March 2022, when 23 people
  died", "serangan paling mematikan sejak 2022, ketika 23 orang tewas" (the clause tells the past it measures from);
- the dead remembered: "gathered to remember the 40 killed in the massacre a year ago", "memperingati dua tahun
  tragedi yang menewaskan 112 orang" (a memorial's verb, and the time since);
- deaths foreseen: "thousands could die if the siege goes on", "ratusan anak dapat meninggal jika bantuan tidak
  masuk", "hingga 5.000 orang berpotensi tewas" (a modal before the word of dying; "may have died" is a hedged
  report and stays).

Each test reads a bounded window around one figure, one pass of a pattern without nested repeats.
"""

from __future__ import annotations

import re

from kb.extract.hurt import KILLED_WORD, WOUNDED_WORD

# --- a past yardstick's own clause -----------------------------------------------------------------------------------
# The opener of the clause telling the past ("..., when 23 died"), looked for in the 90 characters before the figure.
_WHEN = re.compile(r"(?:,\s*|\s)(?:when|ketika|saat|tatkala|manakala|during\s+which|in\s+which|di\s+mana)(?![\w-])",
                   re.IGNORECASE)
# What the clause hangs on: "since <a past time>" right before the opener ...
_SINCE = re.compile(r"(?<![\w-])(?:since|sejak)(?![\w-])", re.IGNORECASE)
# ... and a superlative before that: the sentence measures today against the past ("the deadliest since ...").
_MOST = re.compile(
    r"(?<![\w-])(?:worst|biggest|deadliest|heaviest|largest|bloodiest|fiercest|highest|most\s+[\w-]+|terburuk"
    r"|terbesar|terparah|tertinggi|paling\s+[\w-]+)(?![\w-])",
    re.IGNORECASE,
)
_STOP = re.compile(r"[.;:!?]")


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text`` (the one nearest the figure after it)."""
    last = None
    for last in pattern.finditer(text):  # noqa: B007 (the loop keeps the last match)
        pass
    return last


def _yardstick(norm: str, start: int) -> bool:
    """The figure at ``start`` is in a when-clause after "since <time>" after a superlative (see the module)."""
    at = start
    for pattern, reach in ((_WHEN, 90), (_SINCE, 60), (_MOST, 100)):
        lo = max(0, at - reach)
        found = _last(pattern, norm[lo:at])
        if found is None or _STOP.search(norm, lo + found.end(), at):
            return False
        at = lo + found.start()
    return True


# --- the dead remembered ----------------------------------------------------------------------------------------------
_MEMORIAL = re.compile(
    r"(?<![\w-])(?:remember(?:s|ed|ing)?|commemorat(?:e|es|ed|ing)|memorial|anniversary|mengenang|memperingati"
    r"|mengheningkan\s+cipta|monumen|(?:tugu|hari|upacara)\s+peringatan)(?![\w-])",  # never "peringatan" alone:
    # it is a warning too
    re.IGNORECASE,
)
# The time since: two years or more ("three years ago", "dua tahun lalu", "memperingati lima tahun tragedi").  A
# memorial a year on, or for last week's dead, is of the war reported: the conventions annotate its background
# (the October 7 toll in a Gaza article is in the gold), and only earlier wars' dead are left out.
_SINCE_THEN = re.compile(
    r"(?<![\w-])(?:(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|\d\d+)\s+years\s+ago"
    r"|(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|[2-9]|\d\d+)\s+tahun(?:\s+(?:yang\s+)?lalu"
    r"|\s+(?:tragedi|peristiwa|pembantaian|serangan))"
    r"|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))\s+anniversary"
    r"|(?:ulang\s+tahun|peringatan)\s+(?:ke-?\s*)?(?:dua|tiga|empat|lima|[2-9]|\d\d+))(?![\w-])",
    re.IGNORECASE,
)


def _remembered(norm: str, start: int, end: int) -> bool:
    """A memorial's word in the 80 characters before the figure (in its sentence) and the time since in the
    sentence: the dead of a past attack remembered, not reported."""
    before = norm[max(0, start - 80) : start]
    memorial = _last(_MEMORIAL, before)
    if memorial is None or _STOP.search(before, memorial.end()):
        return False
    return _SINCE_THEN.search(norm) is not None


# --- deaths foreseen --------------------------------------------------------------------------------------------------
# A modal and the word of dying after the figure's noun ("thousands could die", "ratusan anak dapat meninggal");
# "may have died", "mungkin telah tewas", "diperkirakan tewas" report a death, hedged, and stay.
_MODAL_DYING = re.compile(
    r"[^,;:.!?]{0,40}?(?<![\w-])(?P<modal>could|may|might|would|will|can|bisa|dapat|berpotensi|terancam"
    r"|bakal|akan)(?:\s+(?:still|also|soon|easily|juga|segera))?\s+(?:die|perish|starve\s+to\s+death|be\s+killed"
    r"|lose\s+their\s+lives|tewas|meninggal|mati|terbunuh|kehilangan\s+nyawa|menjadi\s+korban)(?![\w-])",
    re.IGNORECASE,
)
# A modal and a verb of killing right before the figure ("bisa menewaskan ribuan orang", "could kill thousands").
_MODAL_KILLING = re.compile(
    r"(?<![\w-])(?:could|may|might|would|will|can|bisa|dapat|berpotensi|bakal|akan)\s+(?:kill|claim\s+the\s+lives"
    r"\s+of|menewaskan|membunuh|merenggut\s+nyawa)\s+(?:(?:up\s+to|as\s+many\s+as|hingga|sampai|ribuan|thousands"
    r"\s+of)\s+)?$",
    re.IGNORECASE,
)


def _foreseen(norm: str, start: int, end: int) -> bool:
    """A modal and a word of dying after the figure, with no word of hurt between ("three died and more could die"
    keeps its three), or a modal and a verb of killing right before it."""
    dying = _MODAL_DYING.match(norm, end)
    if dying is not None:
        gap = norm[end : dying.start("modal")]
        return KILLED_WORD.search(gap) is None and WOUNDED_WORD.search(gap) is None
    return _MODAL_KILLING.search(norm, max(0, start - 50), start) is not None


# --- a figure asked about ------------------------------------------------------------------------------------------
# "did not say whether civilians were among the dead", "tidak merinci apakah korban termasuk warga sipil": the clause
# after "whether" / "apakah" asks, it reports nothing (fresh34, batch 25: a spurious toll of the earlier speaker).
_WHETHER = re.compile(r"(?<![\w-])(?:whether|apakah|if\s+any)(?![\w-])", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?]|,\s*(?:but|tetapi|namun|tapi|and|dan)(?![\w-])", re.IGNORECASE)


def asked(norm: str, start: int) -> bool:
    """Whether ``start`` is inside a clause opened by "whether" / "apakah" in the 60 characters before it."""
    lo = max(0, start - 60)
    found = _last(_WHETHER, norm[lo:start])
    return found is not None and _CLAUSE_END.search(norm, lo + found.end(), start) is None


# Every test above needs one of these words near the figure: one pass finds a figure none applies to (most of them).
_CUES = re.compile(
    r"(?<![\w-])(?:when|ketika|saat|tatkala|manakala|during\s+which|in\s+which|di\s+mana|whether|apakah|if\s+any"
    r"|remember\w*|commemorat\w*|memorial|anniversary|mengenang|memperingati|mengheningkan|monumen|peringatan"
    r"|could|may|might|would|will|can|bisa|dapat|berpotensi|terancam|bakal|akan)(?![\w-])",
    re.IGNORECASE,
)


def recalled(norm: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``..``end`` of the sentence ``norm`` is no toll reported now (see the module)."""
    if _CUES.search(norm, max(0, start - 90), min(len(norm), end + 60)) is None:
        return False
    return (_yardstick(norm, start) or _remembered(norm, start, end) or _foreseen(norm, start, end)
            or asked(norm, start))


__all__ = ["asked", "recalled"]
