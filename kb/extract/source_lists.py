"""A list of unnamed sources ("according to rights groups, rebels and media", "menurut kelompok HAM,
kelompok pemberontak, dan media", "residents and medics said"): the first source speaks.

Why: the speaker phrase stopped at the list's first comma and left the rest to the scope, so the figure
before it fell to the outlet; a list without commas stayed one speaker named "rights groups and local media".
By the annotation conventions a list of sources is credited to its first member (the others may be given as
aliases): the first member is resolved like any speaker phrase.  Named actors in a list each speak
(``speakers``), and a list that runs on into a clause ("..., and the army denied it") is no list.
"""

from __future__ import annotations

import re

# One member of a list: at most three lower-case words (a source named in capitals is read elsewhere) or an
# abbreviation ("kelompok HAM"), never a verb's clause.
_ITEM = r"(?:(?:the|other|local|some|several|para)\s+)?[\w-]+(?:\s+[\w-]+){0,3}?"
_TAIL = re.compile(
    rf"(?P<rest>(?:\s*,\s*{_ITEM}){{0,4}}\s*,?\s*(?:and|dan|serta)\s+{_ITEM})(?=\s*(?:[.;!?\")]|$))",
    re.IGNORECASE,
)
_VERBISH = re.compile(r"\b(?:said|says|say|told|reported|denied|accused|added|mengatakan|menyatakan|kata|ujar"
                      # a clause of figures, no list: "according to X, five people were killed and 12 wounded"
                      r"|were|was|been|killed|wounded|injured|died|tewas|terluka|meninggal)\b|\d",
                      re.IGNORECASE)
_JOIN = re.compile(r"\s*,\s*(?:(?:and|dan|serta)\s+)?|\s+(?:and|dan|serta)\s+", re.IGNORECASE)


def list_after(norm: str, end: int, upper: int) -> int | None:
    """Where a list of further sources after a speaker phrase ending at ``end`` ends (", rebels and media"
    closing the sentence), else None."""
    match = _TAIL.match(norm, end, upper)
    if match is None or _VERBISH.search(match.group("rest")):
        return None
    return match.end()


_HEAD_ITEMS = re.compile(rf"\s*(?:{_ITEM}\s*,\s*){{1,4}}(?:{_ITEM}\s*,?\s*(?:and|dan|serta)\s+)?", re.IGNORECASE)


def list_before(norm: str, lower: int, start: int) -> int | None:
    """Where a list of sources ends up opening a clause before a speaker phrase at ``start`` ("Rights groups,
    rebels and local media said": the walk stopped at "rebels"), else None."""
    match = _HEAD_ITEMS.fullmatch(norm, lower, start)
    if match is None or _VERBISH.search(norm, lower, start) or not norm[lower:start].strip():
        return None
    return lower + len(norm[lower:start]) - len(norm[lower:start].lstrip())


def members_of(text: str) -> list[str] | None:
    """The members of a phrase made of unnamed sources joined by commas and "and"/"dan", if it is one."""
    parts = [p for p in _JOIN.split(text.strip()) if p]
    if len(parts) < 2 or any(len(p.split()) > 5 for p in parts):
        return None
    if parts[0].casefold() in _ADJECTIVES:
        return None  # "local and state authorities": two adjectives of one head, one speaker
    return parts


_ADJECTIVES = frozenset((
    "local", "state", "regional", "federal", "national", "international", "foreign", "military", "civil",
    "medical", "security", "government", "official", "provincial", "municipal", "city", "district", "setempat",
))


__all__ = ["list_after", "list_before", "members_of"]
