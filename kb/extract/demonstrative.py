"""A body named again by what it is, with a demonstrative: "kelompok dokter itu", "kelompok paramiliter tersebut",
"the doctors' group", "the paramilitary group", "the paramilitary".

Why: "Kelompok dokter itu mengatakan ..." after "menurut Jaringan Dokter Sudan" was read as unnamed sources ("kelompok
dokter", like "kelompok HAM") and minted an actor "Kelompok dokter"; the demonstrative says the group was named
before.  The describing word must fit the body: a body of the article's (one that spoke or opened a sentence, the
latest first; else the one actor the article named whose names fit) whose names share its stem, in either language
("dokter" fits "Sudan Doctors Network", "paramiliter" the RSF, whose names include "paramiliter RSF").  A
description that fits no body is left to the other readings.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kb.extract.context import Context, Speaker

if TYPE_CHECKING:
    from kb.actors import Actor

# "kelompok dokter itu", "kelompok medis tersebut", "organisasi kemanusiaan itu"
_ID = re.compile(r"(?:kelompok|organisasi|jaringan|pasukan)\s+([a-z][\w-]*)\s+(?:itu|tersebut)", re.IGNORECASE)
_AFTER = re.compile(r"\s+(?:itu|tersebut)(?![\w-])", re.IGNORECASE)
# "the doctors' group", "the doctors group", "the paramilitary group", "the medical charity"
_EN = re.compile(r"the\s+([a-z][\w-]*?)(?:['’]s?)?\s+(?:group|network|organi[sz]ation|charity|force)", re.IGNORECASE)
# the describing word standing alone as the noun: "the paramilitary said", "a charge the paramilitaries denied"
_EN_BARE = re.compile(r"the\s+(paramilitary|paramilitaries)", re.IGNORECASE)
# The stems a describing word shows in a body's names, in both languages.
_STEMS: dict[str, tuple[str, ...]] = {
    "dokter": ("doctor", "dokter", "medic", "medis"),
    "medis": ("doctor", "dokter", "medic", "medis"),
    "paramiliter": ("paramilit",),
    "pemberontak": ("rebel", "pemberontak"),
    "kemanusiaan": ("humanitarian", "kemanusiaan"),
    "doctor": ("doctor", "dokter", "medic", "medis"),
    "medical": ("doctor", "dokter", "medic", "medis"),
    "paramilitary": ("paramilit",),
    "paramilitaries": ("paramilit",),
    "rebel": ("rebel", "pemberontak"),
    "humanitarian": ("humanitarian", "kemanusiaan"),
}
_KINDS = ("Organization", "Group")


def description(text: str, after: str = "") -> str | None:
    """The describing word of a demonstrative body phrase (the whole phrase; ``after``: the words right after it,
    where the speaker phrase reader leaves "itu"), folded, else None."""
    phrase = text.strip(" ,")
    demonstrative = _AFTER.match(after)
    found = (_ID.fullmatch(phrase + (demonstrative.group(0) if demonstrative else "")) or _EN.fullmatch(phrase)
             or _EN_BARE.fullmatch(phrase))
    if found is None or not found.group(1).islower():
        return None  # "the Wagner Group": a name, not a description
    word = found.group(1).casefold()
    return word[:-1] if word.endswith("s") and word[:-1] in _STEMS else word


def _fits(names: list[str], word: str) -> bool:
    stems = _STEMS.get(word, (word,))
    return any(stem in name.casefold() for name in names for stem in stems)


def demonstrative_body(text: str, context: Context, after: str = "") -> Speaker | None:
    """The body a demonstrative phrase ("kelompok dokter itu") points back to, when its description fits one."""
    word = description(text, after)
    if word is None or word not in _STEMS:
        return None
    for body in reversed(context.bodies):  # the bodies that spoke or opened a sentence, never a person
        names = list(body.actor.names()) if body.actor is not None else [body.label]
        if not body.members and (body.actor is None or body.actor.kind in _KINDS) and _fits(names, word):
            return body
    found = _named(context, word)
    return Speaker(found.label, found.iri, None, found) if found is not None else None


def _named(context: Context, word: str) -> Actor | None:
    """The one body of the article's named actors that the description fits."""
    gazetteer = context.gazetteer
    if gazetteer is None:
        return None
    found = [a for iri in context.seen if (a := gazetteer.by_iri(iri)) is not None and a.kind in _KINDS
             and _fits(list(a.names()), word)]
    return found[0] if len(found) == 1 else None


__all__ = ["demonstrative_body", "description"]
