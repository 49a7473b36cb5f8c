"""Clause marks that every scope rule and frame finder reads: where a clause breaks, how many content words a span
holds, and the phrases that may follow an attribution without being what was said (a day, a time, a setting, a
participle).

Apart from ``frame_scope`` (the rules for a speech verb or a quotation) and ``according_scope`` (the rules for
"according to X") because both read the same marks, and because the frame finders (``frames``, ``verb_skips``,
``trailing_credit``, ``nested_pronoun``) count words and find clause breaks without needing any scope rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kb.extract import lexicon
from kb.extract.alternation import alternation


def words(items: Iterable[object]) -> str:
    return alternation(items)

# "as a result of", "as part of", "as many as" open no clause of their own: the words go on with the claim
SUBORDINATE = re.compile(
    rf",\s*(?:{words(lexicon.SUBORDINATORS)})(?![\w-])(?!\s+(?:a\s+result|part\s+of|well\s+as|many|much|few)\b)",
    re.IGNORECASE,
)

BREAK = re.compile(
    rf"(?<![\w-])(?:{words(lexicon.CLAUSE_BREAKS)})(?![\w-])|;|{SUBORDINATE.pattern}", re.IGNORECASE
)

# Any other participle after "..., X said," ("..., the army claims, further highlighting the siege", "..., the
# ministry said, leaving dozens homeless"): it goes on from the words before, which are X's claim; the participle
# is credited with them (a verb of its own, "adding", "citing", is its own frame).
PARTICIPLE_AFTER = re.compile(
    r"\s*,\s*(?!(?:and|but|or|while|whereas|nothing|something|anything|everything)\b)(?:[a-z]+\s+)?"
    r"(?!citing|according|during|morning|evening|bring)[a-z]{2,}ing(?![\w-])"
)

# A time set after the verb ("..., X said, hours after a truce was agreed", "..., kata X, sehari setelah ..."):
# when it was said, not what was said
TIME_AFTER = re.compile(
    r"\s*,\s*(?:(?:less|more|fewer)\s+than\s+|(?:just|only|barely|some|about|nearly|almost|hanya|sekitar|"
    r"hampir)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|\d+|"
    r"se|beberapa|dua|tiga)\s*)?(?:hours?|days?|weeks?|months?|minutes?|jam|hari|pekan|minggu|bulan|menit)"
    r"\s+(?:after|before|since|into|setelah|sesudah|sebelum|sejak|usai|menjelang)(?![\w-])"
    r"|\s*,\s*(?:shortly|soon|just|right|hours|days|sesaat|tak\s+lama)\s+(?:after|before|setelah|sebelum)(?![\w-])",
    re.IGNORECASE,
)

# A phrase of place, time or setting after "..., X said," ("..., the mayor said, in the worst strike of the week",
# "..., kata pejabat, di tengah ..."): where the claim sits, not what was said.
SETTING_AFTER = re.compile(
    r"\s*,\s*(?:in|amid|during|at|as\s+part\s+of|dalam|di\s+tengah|di\s+saat)\s(?![^.;]*\b(?:that|bahwa)\b)", re.I)

# The day a source spoke, right after its name: "according to X on Monday", "menurut X pada Kamis (12/3)"
DAY_AFTER = re.compile(
    r"\s+(?:(?:late|early|earlier)\s+)?(?:on|pada|hari|this|last)\s+(?:hari\s+)?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|senin|selasa|rabu|kamis|jumat|sabtu|minggu|morning|evening|night|week|weekend)"
    r"(?:\s+(?:morning|evening|night|pagi|siang|sore|malam))?(?:\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?(?![\w-])",
    re.IGNORECASE,
)

CONTENT = re.compile(r"[^\W\d_][\w'-]*")

def content_words(norm: str, start: int, end: int) -> int:
    return sum(1 for w in CONTENT.findall(norm[start:end]) if w.casefold() not in lexicon.AGENT_GAP)


def fewer_content_words(norm: str, start: int, end: int, limit: int) -> bool:
    """``content_words(norm, start, end) < limit``, reading no further than the ``limit``-th word: a test made for
    each pair of frames must not walk a long clause to its end (a sentence of 200 KB of credits was quadratic)."""
    seen = 0
    for match in CONTENT.finditer(norm, start, end):  # no lookbehind in CONTENT: the same words as the slice
        if match.group().casefold() not in lexicon.AGENT_GAP:
            seen += 1
            if seen >= limit:
                return False
    return True

def last_before(pattern: re.Pattern[str], norm: str, pos: int, floor: int = 0) -> int:
    found = floor
    for match in pattern.finditer(norm, floor, pos):
        found = match.end()
    return found

def next_after(pattern: re.Pattern[str], norm: str, pos: int) -> int:
    match = pattern.search(norm, pos)
    return match.start() if match else len(norm)


__all__ = ["BREAK", "CONTENT", "DAY_AFTER", "PARTICIPLE_AFTER", "SETTING_AFTER", "SUBORDINATE", "TIME_AFTER",
           "content_words", "fewer_content_words", "last_before", "next_after", "words"]
