"""A speaker saying it did not do harm is a denial: "Russia said it does not target civilians", "Pihak
Rusia mengatakan bahwa tidak menargetkan warga sipil", "Ukraina bersikeras bahwa tidak ada rencana untuk
menyerang".

Why: such a sentence answers an accusation whether or not the accusation is in the same sentence, and a
fact-checker pairs it with that accusation; typed as a plain statement it was filtered out or left
unpaired.  Only the head of the speaker's words is read (an optional "that"/"bahwa", a subject of at most
three words, a negation, at most two more words, then an attack or killing verb, or "no plan to" one):
one anchored, bounded match per frame.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.alternation import alternation

_HARM = alternation((*lexicon.ATTACK_VERBS, "target", "attack", "shell", "bomb", "kill", "violate", "violated",
                     "violating", "melanggar", "menyasar", "targets", "attacks", "kills"))
_DISAVOWED = re.compile(
    r"\s*(?:,\s*)?(?:(?:that|bahwa)\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:(?:had|has|have|was|were|is|are|did|does|do|would|will)\s+)?"
    r"(?:not|never|tidak|tak|belum|bukan)\s+(?:(?:ada|any|pernah|sedang|akan|have|been|be|deliberately|dengan|sengaja)\s+)*"
    r"(?:(?:rencana|plans?|niat|intention)\s+(?:[\w-]+\s+)?(?:untuk\s+|to\s+)?)?"
    rf"(?:{_HARM})(?![\w-])",
    re.IGNORECASE,
)


def disavows_harm(norm: str, scope: tuple[int, int]) -> bool:
    """Whether the words credited to a speaker open by denying an attack or a killing."""
    return bool(_DISAVOWED.match(norm, scope[0], min(scope[1], scope[0] + 160)))


__all__ = ["disavows_harm"]
