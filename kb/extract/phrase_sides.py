"""Phrases naming two actors, or a state and what its citizens formed: which one speaks.

"a Sudanese doctors' group" is the doctors' body, not Sudan; "Kelompok Houthi Yaman" and "Yemen's Houthis" are the
group placed by its country; "Otoritas separatis Karabakh" is the most specific of several actors on one side.
Split from ``speakers`` (which resolves a phrase); each reads the phrase's mentions and words only.
"""

from __future__ import annotations

import re

from kb.actors import Actor, Gazetteer
from kb.extract.lexicon import ORG_WORDS
from kb.extract.mentions import Mention
from kb.extract.no_side import neutral

_ORG = frozenset(ORG_WORDS)


# A body of citizens named by its members and its kind: "a Sudanese doctors' group", "the Lebanese teachers union":
# the demonym says whose citizens they are, the head that they are an association, not the state's institution.
_CIVIL_HEADS = frozenset(("group", "union", "association", "network", "syndicate", "federation", "league",
                          "coalition", "committee", "committees", "collective", "guild"))


def civil_body(words: list[str], only: Mention) -> str | None:
    """The members' noun of a state's citizens' body ("doctors"), None when the phrase is no such body."""
    if only.actor is None or only.actor.kind != "State" or len(words) < 3 or words[-1] not in _CIVIL_HEADS:
        return None
    named = only.text.casefold().split()
    after = words[words.index(named[-1]) + 1 : -1] if named[-1] in words else []
    members = [w for w in after if w.isalpha() and w.endswith("s") and w not in _ORG]
    return members[-1] if members and len(after) <= 2 else None


_HEALTH = frozenset(("health", "medical", "hospital", "kesehatan", "medis"))
_OFFICIALS = frozenset(("officials", "official", "authorities", "pejabat", "otoritas"))


def health_officials(words: list[str], actor: Actor | None, gazetteer: Gazetteer | None) -> bool:
    """ "Palestinian health officials", "Hamas health officials", "Palestinian hospital officials", "pejabat kesehatan
    Palestina": a side's health authority, which the annotation credits as written, never the state or the group
    itself.  ``actor`` is the one actor the phrase names; a body of no side ("UN health officials", "pejabat
    kesehatan PBB") has no side to speak for: its officials are the body, as its other officials are."""
    return (actor is not None and actor.kind in ("State", "Organization", "Group")
            and not neutral(actor, gazetteer) and bool(_HEALTH & set(words)) and bool(_OFFICIALS & set(words)))


def based_in(norm: str, mentions: list[Mention]) -> Mention | None:
    """Of a group and the state right beside it ("Houthi Yaman", "Hizbullah Lebanon", "Yemen's Houthis"), the
    group: the state says where it is, not who speaks.  None for any other pair."""
    if len(mentions) != 2:
        return None
    first, second = sorted(mentions, key=lambda m: m.start)
    kinds = [m.actor.kind if m.actor is not None else "" for m in (first, second)]
    gap = norm[first.end : second.start]
    if kinds == ["Organization", "State"] and not gap.strip():
        return first
    if kinds == ["State", "Organization"] and re.fullmatch(r"(?:['’]s)?\s+", gap):
        return second
    return None


_POSSESSIVE_GAP = re.compile(r"['’]s\s+")


def possessed(norm: str, mentions: list[Mention], end: int) -> Mention | None:
    """Of "X's Y" ending the phrase at ``end``, Y a known actor and no state ("the UN's OCHA", "WHO's Tedros",
    "Russia's Wagner Group"), Y: the owner says whose it is, the name says who speaks, and the gazetteer's entry
    for the name is the speaker (not a new actor minted from the whole phrase).  None for any other pair."""
    if len(mentions) != 2:
        return None
    first, second = sorted(mentions, key=lambda m: m.start)
    if first.actor is None or second.actor is None or second.actor.kind == "State":
        return None
    if _POSSESSIVE_GAP.fullmatch(norm, first.end, second.start) is None or norm[second.end : end].strip(" ,"):
        return None
    return second


def one_side(mentions: list[Mention], gazetteer: Gazetteer | None) -> Mention | None:
    """Of several actors all on one side ("Otoritas separatis Karabakh"), the most specific one."""
    chains = []
    for m in mentions:
        chain: list[str] = []
        actor = m.actor
        while actor is not None and actor.iri not in chain:
            chain.append(actor.iri)
            actor = gazetteer.by_iri(actor.represents) if actor.represents and gazetteer else None
        chains.append((m, chain))
    for m, chain in chains:
        if all(other is m or set(ochain) <= set(chain) for other, ochain in chains):
            return m
    return None
