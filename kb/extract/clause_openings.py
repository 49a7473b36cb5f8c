"""The subject opening a clause when no name opens it: "The authorities have not disclosed their losses, but said
...", "Officials gave lower figures, saying ...", "Pihak berwenang belum merinci ..., namun menyatakan ...".

Why: a verb of saying coordinated with the clause before it ("but said", "namun menyatakan", "dengan
menyebutkan", a participle ", saying") shares that clause's subject; the walk found it only when a name the
gazetteer knows opened the clause, so an unnamed body or unnamed people ("authorities", "officials",
"pejabat setempat") lost the claim to the outlet (session 19).  The phrase is the clause's first words up to its
first verb-like word (a gap or negation word, an English past form or auxiliary, an Indonesian "me-" verb), at
most four, and only when one of them is a speaker head.  Bounded to the clause's first eight tokens: linear.
"""

from __future__ import annotations

import re

from kb.extract.speaker_words import _GAP, _HEADS, _tokens
from kb.extract.unnamed import is_unnamed

CLAUSE_LEADS = frozenset(("adapun", "namun", "but", "however"))
_ARTICLES = frozenset(("the", "a", "an", "para", "seorang"))
_VERB_LIKE = re.compile(r"(?:is|are|was|were|will|would|do|does|did|[a-z]{3,}ed|me(?:ng?|ny|m)?[a-z]{4,})$")
MAX_WORDS = 4


def unnamed_opening(norm: str, lower: int, upper: int) -> int | None:
    """Where a clause's opening phrase ends when it names unnamed people or a body by its head and no name
    ("The authorities", "Pihak berwenang", "Senior officials"), else None."""
    words: list[str] = []
    end = None
    for _, stop, word in _tokens(norm, lower, min(upper, lower + 200))[:8]:  # the first words only: linear
        folded = word.casefold()
        if not words and (folded in CLAUSE_LEADS or folded in _ARTICLES):
            continue
        if not word[0].isalnum() or folded in _GAP or _VERB_LIKE.match(folded) or len(words) == MAX_WORDS:
            break
        words.append(folded)
        end = stop
    if end is None or not (set(words) & _HEADS or is_unnamed(words)):
        return None
    return end


__all__ = ["CLAUSE_LEADS", "unnamed_opening"]
