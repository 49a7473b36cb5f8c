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
                     "violating", "melanggar", "menyasar", "targets", "attacks", "kills")) + (
    # a shot denied by what was fired: "had not fired a single shell", "tidak menembakkan satu pun mortir"
    r"|(?:fire|fired|firing|menembakkan|meluncurkan)\s+(?:(?:a|any|one|single|satu|pun|sebutir|sebuah)\s+){0,3}"
    r"(?:shells?|rockets?|missiles?|shots?|bullets?|mortars?|drones?|peluru|mortir|roket|rudal|drone|tembakan)")
_DISAVOWED = re.compile(
    r"\s*(?:,\s*)?(?:(?:that|bahwa)\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:(?:(?:had|has|have|was|were|is|are|did|does|do|would|will)\s+)?(?:not|never|tidak|tak|belum|bukan)"
    r"|(?:had|has|have|was|were|is|are|did|does|do|would|wo)n['’]t)\s+(?:(?:ada|any|pernah|sedang|akan|have|been|be|deliberately|dengan|sengaja)\s+)*"
    r"(?:(?:rencana|plans?|niat|intention)\s+(?:[\w-]+\s+)?(?:untuk\s+|to\s+)?)?"
    rf"(?:{_HARM})(?![\w-])"
    # "said it had nothing to do with the killings", "tidak terlibat dalam serangan itu": no part in the act
    r"|\s*(?:,\s*)?(?:(?:that|bahwa)\s+)?(?:[\w'-]+\s+){0,3}?[\"“]?(?:(?:had|has|have|was|were|is|are)\s+)?"
    r"(?:nothing\s+to\s+do\s+with|not\s+(?:been\s+)?(?:involved|responsible|behind)|no\s+(?:involvement|role)"
    # no part taken in the fighting: "is not taking part in the operation", "tidak berpartisipasi dalam operasi"
    r"|not\s+(?:been\s+)?(?:taking\s+part|participating|a\s+party)\s+(?:in|to)"
    r"|(?:tidak|tak|bukan)\s+(?:ikut\s+)?(?:berpartisipasi|ambil\s+bagian|ikut\s+serta|turut\s+serta)"
    r"|(?:tidak|tak|bukan)\s+(?:terlibat|bertanggung\s*jawab|pelaku|dalang)"
    r"|tidak\s+ada\s+hubungannya|(?:tidak|tak|bukan)\s+berada\s+di\s+balik)(?![\w-])"
    # no forces where it is said to fight: "said it had no troops or equipment in the region", "tidak memiliki
    # pasukan di wilayah itu"
    r"|\s*(?:,\s*)?(?:(?:that|bahwa)\s+)?(?:[\w'-]+\s+){0,3}?(?:(?:had|has|have)\s+no|(?:tidak|tak)\s+(?:memiliki|punya"
    r"|mempunyai|menempatkan))\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|soldiers|personnel|presence|units|pasukan|tentara"
    r"|personel|kehadiran|kekuatan)(?:\s+[\w-]+){0,4}?\s+(?:in|inside|di|dalam)(?![\w-])",
    re.IGNORECASE,
)


# a second predicate of the speaker's own, coordinated: "\"The army regrets any harm to civilians and does not
# target journalists,\" it said", "kami menyesalkan korban sipil dan tidak pernah menargetkan warga" (a bounded
# search in the first 160 characters)
_AND_NOT = re.compile(
    r"(?<![\w-])(?:and|but|dan|namun|tetapi)\s+(?:(?:(?:does|do|did|has|have|had)\s+)?"
    r"(?:not|never|tidak|tak)|(?:does|do|did|has|have|had)n['’]t)\s+(?:(?:pernah|deliberately|intentionally|dengan|sengaja|ever)\s+)*"
    rf"(?:{_HARM})(?![\w-])",
    re.IGNORECASE,
)


def disavows_harm(norm: str, scope: tuple[int, int]) -> bool:
    """Whether the words credited to a speaker open by denying an attack or a killing, or go on to deny one
    in a predicate of their own ("... and does not target journalists")."""
    start = _opening(norm, scope)
    end = min(scope[1], start + 160)
    return bool(_DISAVOWED.match(norm, start, end) or _AND_NOT.search(norm, start, end))


# Whom the words were told before what was told: "told Al Jazeera that ...", "kepada wartawan bahwa ..."
_TOLD_TO = re.compile(r"\s*(?:kepada\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?=(?:that|bahwa)\s)|\s*kepada\s+(?:[\w-]+\s+){1,3}"
                      r"(?=bahwa\s)"
                      # an audience named by what it is: "told reporters that ...", "told a news conference that"
                      r"|\s*(?i:(?:(?:the|a)\s+)?(?:reporters|journalists|press|news\s+conference|briefing|lawmakers"
                      r"|parliament|state\s+(?:television|TV|media))\s+(?=(?:that|bahwa)\s))")


def _opening(norm: str, scope: tuple[int, int]) -> int:
    """Where the speaker's words open: past the one they were told to ("told Al Jazeera that ...")."""
    told = _TOLD_TO.match(norm, scope[0], min(scope[1], scope[0] + 60))
    return told.end() if told else scope[0]


def disavowed(norm: str, scope: tuple[int, int]) -> str | None:
    """What a disavowal denies, in the speaker's words ("it had nothing to do with the killings")."""
    if not disavows_harm(norm, scope):
        return None
    opening = _opening(norm, scope)
    if not _DISAVOWED.match(norm, opening, min(scope[1], opening + 160)):
        second = _AND_NOT.search(norm, opening, min(scope[1], opening + 160))
        if second is not None:  # "... and does not target journalists": that predicate
            return allegation_at(norm, norm.index(" ", second.start()) + 1, scope[1])
    start = re.match(r"\s*(?:,\s*)?(?:(?:that|bahwa)\s+)?", norm[opening:])
    return allegation_at(norm, opening + (start.end() if start else 0), scope[1])


__all__ = ["disavowed", "disavows_harm"]
