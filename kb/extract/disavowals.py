"""A speaker saying it did not do harm is a denial: "Russia said it does not target civilians", "Pihak
Rusia mengatakan bahwa tidak menargetkan warga sipil", "Ukraina bersikeras bahwa tidak ada rencana untuk
menyerang".

Why: such a sentence answers an accusation whether or not the accusation is in the same sentence, and a
fact-checker pairs it with that accusation; typed as a plain statement it was filtered out or left
unpaired.  Only the head of the speaker's words is read (an optional "that"/"bahwa", a subject of at most
three words, a negation, at most two more words, then an attack or killing verb, or "no plan to" one;
or no part in the act: "had nothing to do with", "was not involved in", "tidak terlibat"):
one anchored, bounded match per frame.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.attacks import allegation_at

_HARM = alternation((*lexicon.ATTACK_VERBS, "target", "attack", "shell", "bomb", "kill", "violate", "violated",
                     "violating", "melanggar", "menyasar", "targets", "attacks", "kills"))
_DISAVOWED = re.compile(
    r"\s*(?:,\s*)?(?:(?:that|bahwa)\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:(?:had|has|have|was|were|is|are|did|does|do|would|will)\s+)?"
    r"(?:not|never|tidak|tak|belum|bukan)\s+(?:(?:ada|any|pernah|sedang|akan|have|been|be|deliberately|dengan|sengaja)\s+)*"
    r"(?:(?:rencana|plans?|niat|intention)\s+(?:[\w-]+\s+)?(?:untuk\s+|to\s+)?)?"
    rf"(?:{_HARM})(?![\w-])"
    # "said it had nothing to do with the killings", "tidak terlibat dalam serangan itu": no part in the act
    r"|\s*(?:,\s*)?(?:(?:that|bahwa)\s+)?(?:[\w'-]+\s+){0,3}?(?:(?:had|has|have|was|were|is|are)\s+)?"
    r"(?:nothing\s+to\s+do\s+with|not\s+(?:been\s+)?(?:involved|responsible|behind)|no\s+(?:involvement|role)"
    r"|(?:tidak|tak|bukan)\s+(?:terlibat|bertanggung\s*jawab|pelaku|dalang)"
    r"|tidak\s+ada\s+hubungannya|(?:tidak|tak|bukan)\s+berada\s+di\s+balik)(?![\w-])",
    re.IGNORECASE,
)


# A disavowal coordinated after the opening words: "regrets any harm to civilians and does not target
# journalists", "menyesalkan ... dan tidak menargetkan warga sipil" (a bounded search in the first 160 characters).
_AND_NOT = re.compile(
    r"(?<![\w-])(?:and|dan|but|tetapi|namun)\s+(?:(?:does|do|did|has|have|had|would|will)\s+)?"
    rf"(?:not|never|tidak|tak)\s+(?:(?:deliberately|sengaja|pernah)\s+)?(?:{_HARM})(?![\w-])",
    re.IGNORECASE,
)


def disavows_harm(norm: str, scope: tuple[int, int]) -> bool:
    """Whether the words credited to a speaker open by denying an attack or a killing, or go on to deny one in a
    coordinated clause."""
    end = min(scope[1], scope[0] + 160)
    return bool(_DISAVOWED.match(norm, scope[0], end) or _AND_NOT.search(norm, scope[0], end))


def disavowed(norm: str, scope: tuple[int, int]) -> str | None:
    """What a disavowal denies, in the speaker's words ("it had nothing to do with the killings")."""
    if not disavows_harm(norm, scope):
        return None
    start = re.match(r"\s*(?:,\s*)?(?:(?:that|bahwa)\s+)?", norm[scope[0] :])
    return allegation_at(norm, scope[0] + (start.end() if start else 0), scope[1])


__all__ = ["disavowed", "disavows_harm"]
