"""A party written as the people it counts ("Yemeni civilians", "Armenian soldiers", "warga sipil Ukraina") is the
party its demonym names, when ``kb eval`` asks whether a pair's parties agree.

Why: annotators write a casualty's victims as a class with its nationality, the extractor writes the side
("Yemen"); both say whose losses they are, and counting the pair as a wrong party measured the wording, not the
extractor (most of the dev's "wrong party" pairs were of this kind).  The reading is narrow: only the victim
classes are taken off (the casualty nouns of ``kb.extract.lexicon_figures``, with "sipil"/"civilian"), and what
is left must be one name the gazetteer knows; "civilians" alone names no side and stays as written, so a pair whose
extracted party lacks the nationality the annotator gave is still a wrong party.
"""

from __future__ import annotations

from functools import cache

from kb.actors import Gazetteer
from kb.extract.lexicon_figures import CASUALTY_NOUNS


@cache
def _classes() -> frozenset[str]:
    single = {n for n in CASUALTY_NOUNS if " " not in n}
    return frozenset((*single, "sipil", "civilian", "civilians", "forces", "pasukan", "militer", "military"))


def party_of(name: str, gazetteer: Gazetteer) -> str | None:
    """The label of the party ``name`` names: the gazetteer's actor for the name, else for its words once the
    victim classes are taken off ("Yemeni civilians" -> Yemen); None when neither is one known name."""
    actor = gazetteer.lookup(name)
    if actor is not None:
        return actor.label
    rest = [w for w in name.split() if w.casefold() not in _classes()]
    if not rest or len(rest) == len(name.split()):
        return None
    actor = gazetteer.lookup(" ".join(rest))
    return actor.label if actor is not None else None


__all__ = ["party_of"]
