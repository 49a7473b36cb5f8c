"""Which armed body "the army", "the military", "militer" or "tentara" is: a state's army, never a militia.

Why apart from ``speakers``: the article names several armed bodies (the state's army, a paramilitary, a
resistance force); a bare "the army" is the state's, whichever the article names most.  The gazetteer says
which bodies stand for a state (``ckb:represents`` up to a ``State``); a militia represents none.
"""

from __future__ import annotations

import re
from collections import Counter
from weakref import WeakKeyDictionary

from kb.actors import Actor, Gazetteer

ARMY_WORDS = frozenset(("army", "military", "militer", "tentara"))
ARMED_LABEL = re.compile(r"\b(?:army|armed|military|defen[cs]e|troops|tatmadaw|junta)\b", re.IGNORECASE)


def state_of(actor: Actor | None, gazetteer: Gazetteer | None) -> Actor | None:
    """The state an actor is or speaks for, following ``represents`` (None for a militia, a resistance force, an
    agency of no state): the one walk every "whose side" question takes."""
    seen: set[str] = set()
    current = actor
    while current is not None and current.iri not in seen:
        if current.kind == "State":
            return current
        seen.add(current.iri)
        current = gazetteer.by_iri(current.represents) if gazetteer is not None and current.represents else None
    return None


def of_state(actor: Actor, gazetteer: Gazetteer | None) -> bool:
    """Whether an actor is, or speaks for, a state (a militia or a resistance force is not)."""
    return state_of(actor, gazetteer) is not None


def state_army(seen: Counter[str], gazetteer: Gazetteer | None) -> Actor | None:
    """The state's army the article names most (``seen``: actor IRIs named, counted), if any; else the army of the
    one state the article names whose army the gazetteer knows ("Sudan" in a story of the RSF: "tentara" is the
    Sudanese Armed Forces though the article never names them)."""
    if gazetteer is None:
        return None
    states: list[Actor] = []
    for iri, _ in seen.most_common(12):
        actor = gazetteer.by_iri(iri)
        if (actor is not None and actor.kind in ("Organization", "Government", "Group")
                and ARMED_LABEL.search(actor.label) and of_state(actor, gazetteer)):
            return actor
        if actor is not None and actor.kind == "State":
            states.append(actor)
    armies = [army for state in states for army in _armies_of(state, gazetteer)]
    return armies[0] if len(armies) == 1 else None


def _armies_of(state: Actor, gazetteer: Gazetteer) -> list[Actor]:
    """The armed bodies the gazetteer says stand for ``state`` directly (the gazetteer walked once, not per call)."""
    by_state = _BY_STATE.get(gazetteer)
    if by_state is None:
        by_state = _BY_STATE[gazetteer] = {}
        for actor in gazetteer:
            if actor.represents and actor.kind in ("Organization", "Government", "Group") \
                    and ARMED_LABEL.search(actor.label):
                by_state.setdefault(actor.represents, []).append(actor)
    return by_state.get(state.iri, [])


_BY_STATE: WeakKeyDictionary[Gazetteer, dict[str, list[Actor]]] = WeakKeyDictionary()


__all__ = ["ARMED_LABEL", "ARMY_WORDS", "of_state", "state_army"]
