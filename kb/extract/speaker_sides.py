"""Which side a speaker or an actor stands for: its state, else the topmost group it belongs to.

Split from ``speakers`` (who speaks) because parties, blame and casualty sides all ask it, and none of
them needs the phrase reader.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from kb.actors import Actor, Gazetteer

if TYPE_CHECKING:
    from kb.extract.speakers import Speaker


# A government that holds power by arms ("Myanmar junta", "military government", "Tatmadaw"): in the civil
# war it wages, the state it claims is no side of its own (its opponents claim the same state), so the
# regime is named as itself.
_RULES_BY_ARMS = re.compile(r"\b(?:junta|military\s+government|tatmadaw|military\s+regime)\b", re.IGNORECASE)


def military_government(actor: Actor) -> bool:
    """Whether ``actor`` is a government that holds power by arms (its own names say junta or military)."""
    return actor.kind == "Government" and any(_RULES_BY_ARMS.search(name) for name in actor.names())


def _ruled_by_arms(gazetteer: Gazetteer) -> dict[str, str]:
    """State IRI -> label of the one military government that represents it (computed once per gazetteer):
    "Myanmar" as a party is the junta that rules it."""
    found = _REGIMES.get(gazetteer)
    if found is None:
        regimes: dict[str, list[str]] = {}
        for actor in gazetteer:
            if actor.represents and military_government(actor):
                regimes.setdefault(actor.represents, []).append(actor.label)
        found = _REGIMES[gazetteer] = {state: labels[0] for state, labels in regimes.items() if len(labels) == 1}
    return found


_REGIMES: WeakKeyDictionary[Gazetteer, dict[str, str]] = WeakKeyDictionary()


def _state_label(state: Actor, gazetteer: Gazetteer) -> str:
    return _ruled_by_arms(gazetteer).get(state.iri, state.label)


def party_label(actor: Actor, gazetteer: Gazetteer) -> str:
    """How a party is named in ``subject``: a government or a leader by its state, else its label; a
    military government by itself."""
    if actor.kind == "State":
        return _state_label(actor, gazetteer)
    if actor.kind not in ("Government", "Person"):
        return actor.label
    current: Actor | None = actor
    seen: set[str] = set()
    while current is not None and current.iri not in seen:
        if military_government(current):
            return current.label
        if current.kind == "State":
            return _state_label(current, gazetteer)
        seen.add(current.iri)
        current = gazetteer.by_iri(current.represents) if current.represents else None
    return actor.label


# A body of several states fights as itself, not as the state that leads it: "the Saudi-led coalition".
_COALITION = re.compile(r"\b(?:coalition|koalisi|alliance|aliansi)\b", re.IGNORECASE)


def side_label(actor: Actor, gazetteer: Gazetteer) -> str:
    """The side an actor fights or speaks for: its state, else the topmost group it belongs to; a coalition of
    states is its own side."""
    current: Actor | None = actor
    best = actor.label
    seen: set[str] = set()
    while current is not None and current.iri not in seen:
        if current.kind == "State":
            return _state_label(current, gazetteer)
        if military_government(current) or (current.kind == "Organization" and _COALITION.search(current.label)):
            return current.label
        if current.kind not in ("Person", "NewsAgency", "Outlet"):
            best = current.label
        seen.add(current.iri)
        current = gazetteer.by_iri(current.represents) if current.represents else None
    return best


def speaker_side(speaker: Speaker, gazetteer: Gazetteer) -> str | None:
    """The side a speaker stands for ("its soldiers"), or None for an unknown phrase."""
    if speaker.actor is not None and speaker.actor.kind not in ("NewsAgency", "Outlet"):
        return side_label(speaker.actor, gazetteer)
    return None


def sides(speaker: Speaker, gazetteer: Gazetteer) -> set[str]:
    """IRIs of the speaker and every actor it represents, directly or not: its own side."""
    out: set[str] = set()
    for one in speaker.members or (speaker,):
        actor = one.actor
        while actor is not None and actor.iri not in out:
            out.add(actor.iri)
            actor = gazetteer.by_iri(actor.represents) if actor.represents else None
    return out
