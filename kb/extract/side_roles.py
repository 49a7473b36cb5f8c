"""A person the gazetteer lacks, named with a role that names the body they serve: "RSF adviser Yousef Izzat",
"Juru bicara Angkatan Bersenjata Sudan, Nabil Abdallah".  The role keeps the body's name, and the minted person
represents that body (``ckb:represents``), as a minted body already represents the state its name holds.

Why: such a person was minted with nothing to say whose side they speak for, so the conflicts (which follow
``represents`` up to a state or a party) could not set an adviser's figure against the other side's; and the role
read before the name stopped at the body ("RSF adviser" was kept as "adviser").
"""

from __future__ import annotations

import re
from dataclasses import replace

from kb.actors import Actor, Gazetteer
from kb.extract.context import Speaker
from kb.extract.mentions import Mention, find_mentions

_SIDES = ("State", "Government", "Ministry", "Organization", "Group")
_GAP = re.compile(r"(?:['’]s)?\s*")  # "RSF adviser", "the RSF's adviser"


def with_body(found: Speaker, person: Mention, inside: list[Mention], norm: str) -> Speaker:
    """``found`` (the unknown person ``person`` names) with its role grown back over the body named right before
    it ("RSF" + "adviser"), when only the role's words stand between them."""
    if found.actor is not None or not found.role:
        return found
    role_start = norm.rfind(found.role, 0, person.start)
    if role_start < 0:
        return found
    before = [m for m in inside if m.actor is not None and m.actor.kind in _SIDES and m.end <= role_start]
    if not before or not _GAP.fullmatch(norm, before[-1].end, role_start):
        return found
    return replace(found, role=norm[before[-1].start : person.start].strip(" ,"))


def role_body(role: str | None, gazetteer: Gazetteer) -> Actor | None:
    """The one side's body a role names ("RSF adviser": the RSF; "Juru bicara Angkatan Bersenjata Sudan": the
    Sudanese Armed Forces), never a medium or a person; None when it names none or several."""
    if not role:
        return None
    found: dict[str, Actor] = {}
    for m in find_mentions(role, gazetteer):
        actor = m.actor
        if actor is not None and actor.kind == "Person" and m.role and actor.represents:
            actor = gazetteer.by_iri(actor.represents)  # "RSF commander" is a known holder's office: whom it serves
        if actor is not None and actor.kind in _SIDES:
            found[actor.iri] = actor
    return next(iter(found.values())) if len(found) == 1 else None


__all__ = ["role_body", "with_body"]
