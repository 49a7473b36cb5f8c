"""A passage of history goes on: the sentences after one set in a past year that tell the same old war.

Why: the conventions leave historical background out (earlier wars' tolls, old truces), and ``past_years`` marks a
sentence set in a past year ("In 1991 the region declared independence"); but a background paragraph names its year
once and goes on without it ("The war that followed lasted six years. About 30,000 people died in it."), and those
sentences were read as news: an old war's toll became a casualty claim of the outlet's, an old armistice a ceasefire
claim.  A sentence goes on with the history only when it gives no time of its own (a year, a date, a word of now:
"has", "so far", "kini", "sejauh ini"), tells a war ("the war", "hostilities", "perang itu") and is the reporter's
own narration (a speaker's words are news whatever they recall); the pipeline passes the mark on from sentence to
sentence, never past one that is news.
"""

from __future__ import annotations

import re

from kb.extract.alternation import alternation
from kb.extract.lexicon import MONTHS

_WARS = ("war", "wars", "hostilities", "armed conflict", "perang",
         "konflik bersenjata", "permusuhan")
_WAR = re.compile(rf"(?<![\w-])(?:{alternation(_WARS)})(?![\w-])", re.IGNORECASE)
# A time of its own: a year, a weekday or month, or a word that places the sentence now.
_NOW = re.compile(
    r"(?<!\d)(?:1[89]|20)\d\d(?!\d)"
    r"|(?<![\w-])(?:has|have|now|so\s+far|to\s+date|currently|current|latest|recent|recently|this\s+(?:week|month|year)"
    r"|today|yesterday|since|still|continues|continuing|ongoing|kini|sekarang|sejauh\s+ini|hingga\s+kini"
    r"|hingga\s+saat\s+ini|sampai\s+saat\s+ini|saat\s+ini|terbaru|baru-baru\s+ini|masih|sejak|hari\s+ini|kemarin"
    r"|pekan\s+ini|minggu\s+ini|bulan\s+ini|tahun\s+ini"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|senin|selasa|rabu|kamis|jumat|sabtu|minggu"
    rf"|{alternation(m for m in MONTHS if len(m) > 3)})(?![\w-])",
    re.IGNORECASE,
)


# The old war starting again is the news the background led to, not more of it: "The war resumed and ... killed 12",
# "perang kembali pecah" (review31b: today's toll was dropped with the history before it).
_AGAIN = re.compile(
    r"(?<![\w-])(?:resumed|resumes|reignited|re-erupted|restarted|(?:broke\s+out|erupted|flared(?:\s+up)?|began"
    r"|started)\s+(?:once\s+)?again|kembali\s+(?:pecah|berkobar|meletus|bergolak|dimulai)"
    r"|(?:pecah|berkobar|meletus|bergolak|dimulai)\s+(?:lagi|kembali))(?![\w-])",
    re.IGNORECASE,
)


def goes_on(norm: str) -> bool:
    """Whether a sentence without a speaker, after one set in the past, tells the same history: a war, no time
    of its own, and not the war starting again."""
    return _WAR.search(norm) is not None and _NOW.search(norm) is None and _AGAIN.search(norm) is None


__all__ = ["goes_on"]
