"""What qualifies a name inside a speaker phrase without being the speaker: a place after "in"/"di" ("officials
in Kharkiv", "the health ministry in Gaza"), a party that runs or backs a body ("Hamas-run", "Iran-backed"),
a possessor ("Gaza's"), and names only coordinated with each other ("Iran dan Hezbollah", each a speaker).

Why apart from ``speakers``: these are small tests on the words around one mention, shared by the speaker
phrase reader and the walk that finds it; each looks at a few characters, so the cost stays linear.
"""

from __future__ import annotations

import re
from itertools import pairwise

from kb.extract.mentions import Mention

_ATTRIBUTIVE = re.compile(
    r"-(?:run|controlled|led|backed|affiliated|held|allied|aligned|funded|installed|appointed|based)(?![\w-])", re.I
)
_PLACED = re.compile(r"(?<![\w-])(?:in|di)\s+$", re.IGNORECASE)
_POSSESSOR = re.compile(r"['’]s$")
# "both ... and", "baik ... maupun": each named party speaks
_AROUND = re.compile(r"(?:\s|,|\b(?:dan|and|serta|both|kedua|the|pihak|baik)\b)*", re.IGNORECASE)
_JOINT = re.compile(r"\s*(?:,\s*)?(?:dan|and|serta|maupun)\s+(?:the\s+)?|\s*,\s*", re.IGNORECASE)


def attributive(norm: str, end: int) -> bool:
    """Whether the mention ending at ``end`` runs or backs what follows ("Hamas-run", "Iran-backed")."""
    return _ATTRIBUTIVE.match(norm, end) is not None


def attributive_word(word: str) -> bool:
    """Whether a word is such a qualifier as a whole ("hamas-run")."""
    return _ATTRIBUTIVE.search(word) is not None


def placed(norm: str, start: int) -> bool:
    """Whether the word at ``start`` follows "in"/"di": a place, not a speaker or a name."""
    return _PLACED.search(norm, max(0, start - 4), start) is not None


def possessor(word: str) -> bool:
    """ "Gaza's": whose the body is, not a word of an unknown body's name."""
    return _POSSESSOR.search(word) is not None


def coordinated(norm: str, start: int, end: int, known: list[Mention]) -> bool:
    """Whether ``norm[start:end]`` is only the mentions ``known`` (in order, none inside another) joined by
    "and"/"dan"/commas, with at most "both"/"kedua"/"the" around them."""
    for left, right in pairwise(known):
        if right.start < left.end or not _JOINT.fullmatch(norm, left.end, right.start):
            return False
    return bool(_AROUND.fullmatch(norm[start : known[0].start] + " " + norm[known[-1].end : end]))


# A group named by its country alone: "the Lebanese group", "the Palestinian militant movement", "kelompok Lebanon itu"
GROUP_HEADS = frozenset(("group", "movement", "militia", "faction", "kelompok", "gerakan", "milisi", "faksi"))
_NATIONALS_GROUP = re.compile(
    r"\s*(?:the\s+)?[\w-]+\s+(?:(?:armed|militant|Islamist|Shiite|Shia|rebel|paramilitary)\s+)?"
    r"(?:group|movement|militia|faction)\s*"  # the heads of ``GROUP_HEADS``, English after the country, Indonesian
    r"|\s*(?:kelompok|gerakan|milisi|faksi)\s+(?:bersenjata\s+|militan\s+)?[\w-]+(?:\s+(?:itu|tersebut|ini))?\s*",
    re.IGNORECASE,
)


def country_named_group(norm: str, start: int, end: int) -> bool:
    """Whether the phrase ``norm[start:end]`` is a group named by its country alone ("the Lebanese group", "kelompok
    Lebanon itu"): its state mention says whose group it is, not who speaks."""
    return _NATIONALS_GROUP.fullmatch(norm, start, end) is not None


__all__ = [
    "GROUP_HEADS", "attributive", "attributive_word", "coordinated", "country_named_group", "placed", "possessor",
]
