"""Which side a speaker or an actor stands for: its state, else the topmost group it belongs to.

Split from ``speakers`` (who speaks) because parties, blame and casualty sides all ask it, and none of
them needs the phrase reader.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kb.actors import Actor, Gazetteer

if TYPE_CHECKING:
    from kb.extract.speakers import Speaker


def party_label(actor: Actor, gazetteer: Gazetteer) -> str:
    """How a party is named in ``subject``: a government or a leader by its state, else its label."""
    if actor.kind not in ("Government", "Person"):
        return actor.label
    current: Actor | None = actor
    seen: set[str] = set()
    while current is not None and current.iri not in seen:
        if current.kind == "State":
            return current.label
        seen.add(current.iri)
        current = gazetteer.by_iri(current.represents) if current.represents else None
    return actor.label


def side_label(actor: Actor, gazetteer: Gazetteer) -> str:
    """The side an actor fights or speaks for: its state, else the topmost group it belongs to."""
    current: Actor | None = actor
    best = actor.label
    seen: set[str] = set()
    while current is not None and current.iri not in seen:
        if current.kind == "State":
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
