"""A person an unnamed speaker phrase names at its end: "a local resident named Ahmed", "seorang warga
bernama Ahmed", "juru bicara kelompok itu, Osmond", "a spokesman for the group, Osmond".

Why apart from ``speakers``: a one-word name is no mention the phrase resolver trusts as a person (it may be a
place or a body), but after "named"/"bernama" or as the apposition closing a role it can only be the person
who speaks; the role before it says who they are, not who speaks.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.alternation import alternation

_NAME = r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})"
# "named Ahmed", "called Ko Min", "bernama Ahmed", "berinisial AS": the name itself closes the phrase
_NAMED = re.compile(rf"(?<![\w-])(?:named|called|bernama|berinisial)\s+{_NAME}\s*,?\s*$", re.IGNORECASE)
# "<a role ...>, Osmond": a role head somewhere before the comma, one capitalised word after it (a longer name,
# "Colonel Ali Hassan", is read by the rounds before, with its title set aside)
_APPOSED = re.compile(
    rf"(?<![\w-])(?:{alternation(lexicon.ROLE_HEADS)})(?![\w-])[^,;:\"“”]{{0,60}},\s+(?P<name>(?-i:[A-Z])[\w'’-]+)"
    r"\s*,?\s*$",
    re.IGNORECASE,
)


def named_person(text: str, known: bool) -> str | None:
    """The person's name closing ``text`` after "named"/"bernama" or a role and a comma; None otherwise, and
    None when ``known`` (the name is an actor the gazetteer knows: "the spokesman, Hamas" is no person)."""
    if known:
        return None
    found = _NAMED.search(text) or _APPOSED.search(text)
    return found.group("name") if found is not None else None
