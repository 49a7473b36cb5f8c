"""Whether a figure counts the killed, the wounded or both: the hurt words near it.

"120 tentara gugur", "killing 21 people", "killed and wounded", "the bodies of 12 people" (the dead, with
no killing word).  Split from ``casualties`` (which finds the figures) to keep each readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kb.extract import lexicon
from kb.extract.alternation import alternation


def _alt(words: Iterable[object]) -> str:
    return alternation(words)


# the plain Indonesian "mati" ("dua orang mati"), never a sentence or a blackout ("hukuman mati", "mati lampu")
KILLED_WORD = re.compile(
    rf"(?<![\w-])(?:{_alt(lexicon.KILLED)}|(?<!hukuman\s)(?<!pidana\s)(?<!vonis\s)mati(?!\s+(?:suri|lampu|listrik))"
    # the base "kill" coordinated with a deed seen done ("saw troops shoot and kill two men"); alone it is a habit,
    # a threat or a possibility ("strikes kill 20 a week", "threatened to kill", "could kill")
    r"|(?<=\band\s)kill)"
    r"(?![\w-])",
    re.IGNORECASE,
)
# "suffered neck injuries", "sustained serious shrapnel wounds": the periphrases with words of their own between
WOUNDED_WORD = re.compile(
    rf"(?<![\w-])(?:{_alt(lexicon.WOUNDED)}|(?:suffered|sustained|suffering|sustaining)\s+(?:[a-z]+\s+){{1,2}}"
    r"(?:injuries|wounds))(?![\w-])",
    re.IGNORECASE,
)
# a household or group told by its members' count: "a family of five", "satu keluarga yang terdiri dari lima orang"
_CONSISTING = re.compile(r"(?<![\w-])(?:family|household|keluarga)\s+(?:yang\s+)?(?:of|terdiri\s+(?:dari|atas)"
                         r"|beranggotakan)\s+$", re.IGNORECASE)
_BOTH = re.compile(
    r"(?:tewas|killed|dead|meninggal)\s+(?:dan|and|atau|or)\s+(?:luka|terluka|wounded|injured)", re.IGNORECASE
)
# Two verbs of one object before the figure: "killing and wounding scores of people", "menewaskan dan melukai
# puluhan warga" count the killed and the wounded together; the nearer verb alone read them as wounded.
_BOTH_BEFORE = re.compile(
    r"(?<![\w-])(?:killing|killed|menewaskan|membunuh)\s+(?:and|dan|serta)\s+(?:wounding|wounded|injuring|injured"
    r"|melukai)\s+(?:(?:at\s+least|some|about|nearly|sedikitnya|setidaknya|sekitar)\s+)?$",
    re.IGNORECASE,
)
_BODIES = re.compile(
    r"(?<![\w-])(?:bodies|corpses|remains|jenazah|mayat|jasad)\s+(?:of\s+|dari\s+)?(?:(?:at\s+least|some|about|"
    r"sedikitnya|setidaknya|sekitar)\s+)?$",
    re.IGNORECASE,
)


# The wounded who then died: a reduced or relative clause of wounding before the main verb of dying
_DIED_OF_WOUNDS = re.compile(
    r"\s+(?:who\s+(?:had\s+been|was|were|had)\s+)?(?:wounded|injured)\s+(?:in|by|during|on)\s[^,;]{1,60}?\s"
    r"(?:later\s+)?(?:died|succumbed)(?![\w-])",
    re.IGNORECASE,
)


_INTENT = re.compile(r"(?<![\w-])(?:to|could|would|will|may|might|can|cannot)\s+[a-z]+\s+and\s+$", re.IGNORECASE)


def predicate(norm: str, start: int, end: int, cls: str, lo: int, hi: int) -> str | None:
    """ "killed", "wounded" or "both" from words near the figure, not crossing ``lo``/``hi``."""
    after = norm[end : min(hi, end + 60)]
    before = norm[max(lo, start - 40) : start]
    if _CONSISTING.search(before):  # "menewaskan satu keluarga yang terdiri dari lima orang": past the family
        before = norm[max(lo, start - 90) : start]
    if _BOTH.search(after[:30]) or _BOTH_BEFORE.search(before):
        return "both"
    if _BODIES.search(before):
        return "killed"  # "the bodies of 12 people", "jenazah 12 orang": the dead, with no killing word
    if _DIED_OF_WOUNDS.match(after):
        return "killed"  # "two men wounded in the strike died of their wounds": wounded, then dead
    hits = []
    own = _own_predicate(after)
    for pattern, kind in ((KILLED_WORD, "killed"), (WOUNDED_WORD, "wounded")):
        m = pattern.search(after)
        if m:
            hits.append((m.start(), kind))
        for m in pattern.finditer(before):  # "killing 21 people": right before the figure is closest
            if m.group(0).casefold() == "kill" and _INTENT.search(before, 0, m.start()):
                continue  # "threatened to capture and kill 20 hostages": intended, not done
            gap = before[m.end() :]
            if own is not None and _CLOSES_ITEM.fullmatch(gap):
                continue  # "dua orang meninggal dan enam lainnya menderita luka": the word closed the item before
            hits.append((0 if not gap.strip(" \"“”'‘’(") else len(gap) + 5, kind))  # 'killed "three people
    # a verb right before, or the figure's own predicate, governs: "wounded 16 others", "40 jiwa terluka"
    if hits and (cls != "death" or min(hits)[0] == 0 or own is not None):
        return min(hits)[1]
    # the noun is the death itself, whatever the next item says: "14 kematian dan melukai 16 orang"
    return "killed" if cls == "death" else None


# A hurt word and the figure after it with only a coordinator between: the word is the predicate of the item
# before ("two died and six others suffered injuries"), not a verb taking the figure as its object ("killed 30").
_CLOSES_ITEM = re.compile(r"\s*,?\s*(?:and|dan|serta|while|sementara|whereas|sedangkan)\s+", re.IGNORECASE)
# The figure's own predicate: a hurt word after its noun in the same clause (no comma, no second item between).
_OWN_CLAUSE = re.compile(r"[^,;:()]*?(?<![\w-])(?:and|dan|serta)(?![\w-])|[^,;:()]*[,;:()]")


def _own_predicate(after: str) -> str | None:
    """The hurt word of the figure's own clause after it, if any ("enam lainnya mengalami luka-luka")."""
    cut = _OWN_CLAUSE.match(after)
    clause = after[: cut.end()] if cut else after
    m = WOUNDED_WORD.search(clause) or KILLED_WORD.search(clause)
    return m.group(0) if m else None
