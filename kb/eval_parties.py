"""A party written as the people it counts ("Yemeni civilians", "Armenian soldiers", "warga sipil Ukraina") is the
party its demonym names, when ``kb eval`` asks whether a pair's parties agree.

Why: annotators write a casualty's victims as a class with its nationality, the extractor writes the side
("Yemen"); both say whose losses they are, and counting the pair as a wrong party measured the wording, not the
extractor (most of the dev's "wrong party" pairs were of this kind).  The reading is narrow: only the victim
classes are taken off (the casualty nouns of ``kb.extract.lexicon_figures``, with "sipil"/"civilian"), and what
is left must be one name the gazetteer knows; "civilians" alone names no side and stays as written, so a pair whose
extracted party lacks the nationality the annotator gave is still a wrong party.

A party is then taken to the side it speaks for (``side_of``: its ``ckb:represents`` chain, "Israel Defense Forces"
-> Israel, "Sudanese Armed Forces" -> Sudan), as the conflict rules compare parties (``kb.derived.conflicts.load``):
a pair whose gold names the army and whose claim names the state sets the same side against the same figures, so
it raises no false alarm and is no wrong party; an army against its enemy's state still is.
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


def side_of(name: str, gazetteer: Gazetteer) -> str | None:
    """The label of the side ``name`` is a party of: ``party_of``'s actor followed along ``represents`` to the body at
    the end of the chain (itself when it represents no one); None when ``party_of`` knows no actor."""
    label = party_of(name, gazetteer)
    actor = gazetteer.lookup(label) if label is not None else None
    seen: set[str] = set()
    while actor is not None and actor.represents and actor.represents not in seen:
        seen.add(actor.represents)
        up = gazetteer.by_iri(actor.represents)
        if up is None:
            break
        actor = up
    return actor.label if actor is not None else label


__all__ = ["party_of", "side_of"]
