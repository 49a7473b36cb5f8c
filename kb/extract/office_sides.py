"""The side of a regional official the gazetteer does not know, from the place his office names: "Gubernur wilayah
Kherson", "the governor of the Kharkiv region", "mayor of Odesa" speak for Ukraine.

Why: such a person is minted with no side, and a sideless speaker's "musuh" / "the enemy" was then read as the
one side the article named attacking, which an article quoting the other side's accusations makes the speaker's
own side.  A province or city governs for the state it lies in, so its office gives the side: the party the actors'
gazetteer reads the place as (Stepanakert: Karabakh's authorities), else the state the places gazetteer puts it
in.  An office installed by another side ("Russian-installed", "pro-Russian", "separatist") says its own side in
words the gazetteer reads elsewhere; here it gives none.
"""

from __future__ import annotations

import re

from kb.actors import Gazetteer
from kb.extract.bare_bodies import place_state
from kb.extract.context import Speaker
from kb.extract.speaker_sides import party_label, side_label

# Offices that govern one province, district or city.
_REGIONAL = re.compile(
    r"(?<![\w-])(?:governor|gubernur|mayor|wali\s*kota|walikota|bupati|regional\s+(?:head|chief)"
    r"|head\s+of\s+the\s+\w+\s+(?:region|oblast|province|administration)"
    r"|kepala\s+(?:administrasi|pemerintahan|wilayah|daerah))(?![\w-])",
    re.IGNORECASE,
)
_INSTALLED = re.compile(r"installed|occupation|separatist|pro-|backed|appointed|pendudukan|separatis|bentukan",
                        re.IGNORECASE)
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}")


def office_side(speaker: Speaker, gazetteer: Gazetteer) -> str | None:
    """The side an unknown regional official's office gives (see the module), else None."""
    role = speaker.role or ""
    if speaker.actor is not None or not _REGIONAL.search(role) or _INSTALLED.search(role):
        return None
    sides: set[str] = set()
    for run in _NAME_RUN.finditer(role):
        words = run.group().split()
        start = 0
        while start < len(words):  # "Wali Kota El Fasher": the longest name at each word, "El Fasher"
            found = next(((n, side) for n in range(len(words) - start, 0, -1)
                          if (side := _place_side(" ".join(words[start : start + n]), gazetteer))), None)
            if found is not None:
                sides.add(found[1])
            start += found[0] if found is not None else 1
    return next(iter(sides)) if len(sides) == 1 else None


def _place_side(name: str, gazetteer: Gazetteer) -> str | None:
    """The party a place name is (a contested place the actors' gazetteer knows), else the state it lies in."""
    actor = gazetteer.lookup(name)
    if actor is not None and actor.kind != "Person":
        return side_label(actor, gazetteer)
    state = place_state(gazetteer, name)
    return party_label(state, gazetteer) if state is not None else None


__all__ = ["office_side"]
