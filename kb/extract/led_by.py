"""A state that leads is the body it leads: "Saudi-led air strikes", "serangan yang dipimpin Saudi".

Why: the gazetteer reads "Saudi" as Saudi Arabia, so "a Saudi-led air strike killed ten" blamed the state, while
the strikes are the coalition's (and the annotation conventions, like the reports, name the coalition).  When
the gazetteer holds exactly one body that represents the state and whose own names say it is led by it ("Saudi-led
coalition", "koalisi pimpinan Arab Saudi"), the state's mention before "-led" or after "dipimpin (oleh)" /
"pimpinan" is that body.  A state leading nothing the gazetteer knows stays the state.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from kb.actors import Actor, Gazetteer

if TYPE_CHECKING:
    from kb.extract.mentions import Mention

_LED_AFTER = re.compile(r"-led(?![\w-])", re.IGNORECASE)
_LED_BEFORE = re.compile(r"(?:\b(?:yang\s+)?dipimpin\s+(?:oleh\s+)?|\bpimpinan[\s-]+)$", re.IGNORECASE)
_LED_NAME = re.compile(r"-led\b|\bpimpinan\b|\bled\s+by\b", re.IGNORECASE)
_LEADS: WeakKeyDictionary[Gazetteer, dict[str, Actor]] = WeakKeyDictionary()


def _led_bodies(gazetteer: Gazetteer) -> dict[str, Actor]:
    """State IRI -> the one body the gazetteer says it leads (computed once per gazetteer)."""
    found = _LEADS.get(gazetteer)
    if found is None:
        bodies: dict[str, list[Actor]] = {}
        for actor in gazetteer:
            if actor.represents and actor.kind != "State" and any(_LED_NAME.search(n) for n in actor.names()):
                bodies.setdefault(actor.represents, []).append(actor)
        found = _LEADS[gazetteer] = {state: led[0] for state, led in bodies.items() if len(led) == 1}
    return found


def fold_leaders(norm: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """``mentions`` with a leading state's mention read as the body it leads."""
    leads = _led_bodies(gazetteer)
    out: list[Mention] = []
    for m in mentions:
        body = leads.get(m.actor.iri) if m.actor is not None and m.actor.kind == "State" else None
        after = _LED_AFTER.match(norm, m.end) if body is not None else None
        if after is not None:  # the mention takes "-led" in: "Saudi-led" names the striker, not its backer
            m = replace(m, end=after.end(), text=norm[m.start : after.end()], actor=body)
        elif body is not None and _LED_BEFORE.search(norm, max(0, m.start - 24), m.start):
            m = replace(m, actor=body)
        out.append(m)
    return out


__all__ = ["fold_leaders"]
