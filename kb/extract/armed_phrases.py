"""An armed body named as written when the gazetteer names no party: "junta jets", "Iran-backed militias",
"soldiers of the junta", "jet-jet tempur".

Apart from ``attack_agents`` (the subject of an attack verb, the party beside an attack noun) and ``by_agents``
(the agent after "by"/"oleh") because both end the same way when no known party is found: the armed words
around the cue make the agent, cut to the noun phrase they form.  ``forces`` later resolves such a phrase to
the army the article names.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.belligerent_words import AGENT_WORDS

_FORCES = frozenset((*lexicon.FORCE_WORDS, *AGENT_WORDS))  # and "coalition", "pendudukan": ``belligerents``
_REDUPLICATED = re.compile(r"([\w]+)-\1", re.IGNORECASE)  # Indonesian plurals: "jet-jet", "tank-tank"
MODIFIERS = frozenset(lexicon.ATTACK_MODIFIERS)
DETERMINERS = frozenset(("the", "a", "an", "para", "pihak", "sejumlah", "beberapa", "sebuah", "seorang"))


def is_force(word: str) -> bool:
    """An armed word, also as an Indonesian reduplicated plural ("jet-jet tempur", "pesawat-pesawat")."""
    folded = word.casefold().replace("\u2019", "'")
    plural = _REDUPLICATED.fullmatch(folded)
    return (plural.group(1) if plural else folded) in _FORCES


def as_written(words: list[str]) -> tuple[str, None] | None:
    """An armed body the gazetteer does not name ("military troops", "Junta jets"), as written."""
    cut = next((i for i, w in enumerate(words) if w.casefold() in ("yang", "who", "which", "that")), None)
    words = words[:cut]
    if any(ch.isdigit() for w in words for ch in w) or not any(is_force(w) for w in words):
        return None
    first = next(i for i, w in enumerate(words) if is_force(w))
    end = first + 1
    while end < len(words) and (
        is_force(words[end])
        or (words[end].casefold() in ("of", "the") and any(is_force(w) for w in words[end + 1 : end + 3]))
    ):
        end += 1  # the noun phrase stops at its last armed word: "junta troops", "soldiers of the junta"
    begin = first
    while begin > max(0, first - 2) and _modifier(words[begin - 1]):
        begin -= 1  # "Iran-backed militias", "Russian-led forces"
    words = words[begin:end]
    while words and words[0].casefold() in DETERMINERS:
        words = words[1:]
    return (" ".join(words[:4]), None) if words else None


def _modifier(word: str) -> bool:
    return word[:1].isupper() or "-" in word or word.casefold() in MODIFIERS
