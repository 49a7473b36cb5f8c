"""A state that leads is the body it leads: "Saudi-led air strikes", "serangan yang dipimpin Saudi".

Why: the gazetteer reads "Saudi" as Saudi Arabia, so "a Saudi-led air strike killed ten" blamed the state, while
the strikes are the coalition's (and the annotation conventions, like the reports, name the coalition).  When
the gazetteer holds exactly one body that represents the state and whose own names say it is led by it ("Saudi-led
coalition", "koalisi pimpinan Arab Saudi"), the state's mention before "-led" or after "dipimpin (oleh)" /
"pimpinan" is that body.  A state leading nothing the gazetteer knows stays the state.

The other way round, a state named by its leader ("the country led by Vladimir Putin", "negara pimpinan Putin
itu", "the government headed by X") is that state: the head noun is the subject, the leader only says which state
it is; the verb after it was credited to the leader (or, in English, after "by", to the outlet).
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


# A state named by its leader: "the country led by Vladimir Putin", "negara pimpinan Putin itu", "the government
# headed by X": the head noun is the subject, the leader only says which state it is.
_STATE_LED = re.compile(
    r"(?<![\w-])(?:the\s+)?(?:country|government|state|regime|administration|negara|pemerintah(?:an)?|rezim)\s+"
    r"(?:(?:yang\s+)?dipimpin\s+(?:oleh\s+)?|pimpinan\s+|(?:led|headed|ruled)\s+by\s+)$",
    re.IGNORECASE,
)


def _state_of(actor: Actor, gazetteer: Gazetteer) -> Actor | None:
    """The state a person speaks for, by the ``represents`` chain (a president's office, then its state)."""
    seen: set[str] = set()
    while actor.represents and actor.represents not in seen:
        seen.add(actor.represents)
        found = gazetteer.by_iri(actor.represents)
        if found is None:
            return None
        if found.kind == "State":
            return found
        actor = found
    return None


def _led_state(norm: str, m: Mention, gazetteer: Gazetteer) -> Mention:
    """A leader's mention after "the country led by" read as the state he leads, from the head noun on."""
    if m.actor is None or m.actor.kind != "Person":
        return m
    head = _STATE_LED.search(norm, max(0, m.start - 50), m.start)
    state = _state_of(m.actor, gazetteer) if head is not None else None
    if head is None or state is None:
        return m
    return replace(m, start=head.start(), text=norm[head.start() : m.end], actor=state, role=None, name=None)


def fold_leaders(norm: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """``mentions`` with a leading state's mention read as the body it leads, and a state named by its leader
    ("negara pimpinan Vladimir Putin itu") as that state."""
    leads = _led_bodies(gazetteer)
    out: list[Mention] = []
    for m in (_led_state(norm, m, gazetteer) for m in mentions):
        body = leads.get(m.actor.iri) if m.actor is not None and m.actor.kind == "State" else None
        after = _LED_AFTER.match(norm, m.end) if body is not None else None
        if after is not None:  # the mention takes "-led" in: "Saudi-led" names the striker, not its backer
            m = replace(m, end=after.end(), text=norm[m.start : after.end()], actor=body)
        elif body is not None and _LED_BEFORE.search(norm, max(0, m.start - 24), m.start):
            m = replace(m, actor=body)
        out.append(m)
    return out


__all__ = ["fold_leaders"]
