"""What every stored claim must hold, and what makes two drafts one claim.

The SHACL gate (``ontology/shapes.ttl``) demands that a casualty says whose losses and what it counts, a
mobilization who mobilizes, an accusation whom it accuses.  The rules find these almost always; this is
the last resort so that one missed party never quarantines an article.
"""

from __future__ import annotations

from kb.actors import Gazetteer
from kb.extract.drafts import Draft
from kb.extract.speakers import speaker_side
from kb.pipeline.record import Claim

_FALLBACK_SUBJECT = {"casualty": "all parties", "accusation": "unidentified party"}


def ensure_contract(draft: Draft, gazetteer: Gazetteer) -> None:
    if draft.type not in ("casualty", "mobilization", "accusation"):
        return
    if not (draft.subject or "").strip(" ;"):
        side = speaker_side(draft.speaker, gazetteer) if draft.type == "mobilization" else None
        draft.subject = side or _FALLBACK_SUBJECT.get(draft.type) or draft.speaker.label
    if draft.type == "casualty" and not draft.unit:
        draft.unit = "deaths"


def identity(claim: Claim) -> tuple[object, ...]:
    """What makes two drafts the same claim (the second is dropped)."""
    return (claim.start, claim.type, claim.speaker, claim.subject, claim.quantity_text, claim.unit)
