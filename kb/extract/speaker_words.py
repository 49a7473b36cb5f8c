"""The words of speaker phrases: a tokeniser, the word classes a phrase is made of, and its folded words.

Apart from ``speakers`` (which resolves a phrase to a speaker) because the modules that find where a phrase
begins and ends (``agents``, ``agents_right``, ``agent_words``, ``clause_openings``, ``clause_subjects``,
``frames``, ``place_tail``) read the same word classes and need none of the resolution.  The names keep their
leading underscore from when they lived in ``speakers``: they are shared among these modules only.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.bodies import single

_TOKEN = re.compile(r"[\w'-]+|[^\w\s]")
_GAP = frozenset(lexicon.AGENT_GAP) | frozenset(lexicon.WEEKDAYS) | frozenset(lexicon.MONTHS)
_HEADS = frozenset(w for h in (*lexicon.SPEAKER_HEADS, *lexicon.ROLE_HEADS) for w in h.split())
_NP = frozenset(lexicon.NP_WORDS) | _HEADS
_STOPS = frozenset(lexicon.NP_STOPS) | frozenset(lexicon.PREPOSITIONS) - {"of", "for"}
_OPENERS = frozenset(lexicon.SENTENCE_OPENERS) | {"Adapun", "Sedangkan", "Kemudian", "Lalu"}
_CONNECTORS = frozenset(("untuk", "for", "of", "dan", "and", "maupun", "the", "on", "de", "to"))
_PARENTHETICAL = re.compile(
    r",\s*(?:"
    + "|".join(lexicon.PARENTHETICAL)
    + r"|(?!including|according|excluding)[a-z]{3,}ing"  # "A source, requesting anonymity as ..., said": any participle
    + r"|(?:[a-z][\w'-]*\s+){1,3}(?:who|which|whose)"  # "The Civil Defence, first responders who operate ..., said"
    + r")\b(?:[^,\"]|\"[^\",]{1,40}\"){0,160},[\s,]*"
    # a date of its own after the aside: "X, seperti dilansir AFP, Jumat (13/9/2024), menyebut"
    + r"(?:(?:pada\s+|on\s+)?(?:(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday"
    + r"|friday|saturday|sunday)(?:\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?|\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)),\s*)?"
    + r"(?:(?:"
    + "|".join(re.escape(w) for w in lexicon.AGENT_GAP)
    + r")\s+){0,3}$",
    re.IGNORECASE,
)


def _tokens(norm: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start() + start, m.end() + start, m.group(0)) for m in _TOKEN.finditer(norm[start:end])]


def _words(norm: str, start: int, end: int) -> list[str]:
    """The phrase's words, folded; a plural possessive is its noun ("the doctors' group": "doctors"), so that
    a common noun's apostrophe never makes it read as a name."""
    folded = (_PLURAL_POSSESSIVE.sub("", t[2].casefold()) for t in _tokens(norm, start, end) if t[2][0].isalnum())
    return [w if w in _NP else single(w) for w in folded]  # "sumber-sumber" is "sumber"; a listed "negara-negara" stays


_PLURAL_POSSESSIVE = re.compile(r"(?<=s)['’]$")
