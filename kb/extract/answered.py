"""Whose claim a denial answers, when its sentence names only the denier (issue 13, session 30).

The annotation conventions give a denial two parties: the denier, and whose claim is denied.  A denial often names
no claimant at all, because the claim it answers stands before it: "Hamas membantahnya.", "The RSF denied the
allegations, ...", "The military disputed that toll.", "Azerbaijan mengatakan laporan tersebut salah".  Read alone,
such a sentence gave the denier as its only party.  The claimant is the speaker of the nearest claim before it that
a source of another side made (an accusation, a toll, a statement): the reporter's own narration is answered by
nobody in particular and is skipped.  One pass over the claims in text order, keeping the latest speaker of the
last two sides seen, so the cost stays linear in the claims.
"""

from __future__ import annotations

from dataclasses import replace

from kb.actors import Gazetteer
from kb.extract.speakers import side_label
from kb.pipeline.record import Claim

_ANSWERABLE = frozenset(("accusation", "casualty", "statement"))


def _side(name: str, gazetteer: Gazetteer) -> str:
    """The side a speaker or party name stands for: its gazetteer side, else the name itself."""
    actor = gazetteer.lookup(name)
    return side_label(actor, gazetteer) if actor is not None else name


def _own(rule: str, speaker: str, outlet: str | None) -> bool:
    """Whether the claim is the reporter's own narration (nobody's claim to deny)."""
    return ".outlet." in rule or (outlet is not None and speaker == outlet)


def name_claimants(claims: list[Claim], gazetteer: Gazetteer, outlet: str | None) -> list[Claim]:
    """``claims`` with each denial that names no party but the denier's side given, as its first party, the
    speaker of the nearest claim of another side before it; the order of ``claims`` is kept."""
    recent: list[tuple[str, str]] = []  # (side, speaker) of the latest claims, one per side, newest last, two at most
    changed: dict[int, Claim] = {}
    for claim in sorted(claims, key=lambda c: c.start):
        denier = _side(claim.speaker, gazetteer)
        if claim.type == "denial":
            parts = [p.strip() for p in (claim.subject or "").split(";") if p.strip()]
            if all(_side(p, gazetteer) == denier for p in parts):
                claimant = next((speaker for side, speaker in reversed(recent) if side != denier), None)
                if claimant is not None:
                    changed[id(claim)] = replace(claim, subject="; ".join([claimant, *parts]))
        if claim.type in _ANSWERABLE and not _own(claim.rule, claim.speaker, outlet):
            recent = [*[entry for entry in recent if entry[0] != denier][-1:], (denier, claim.speaker)]
    return [changed.get(id(c), c) for c in claims]


__all__ = ["name_claimants"]
