"""The attacker an article names only after its first figures: "Officials said 32 people were killed. ... in the
military operation launched by X" — the lead's toll is X's doing too.

Why a pass at the end: the walk gives a figure the article's attacker as known so far (``ArticleParties.striker``),
and a lead written before the attacker is named gets none.  Once the walk is over, the claims made while no
attacker was known, whose subject still names one party or none, get the attacker the whole article names, on
the same conditions as during the walk, a little stricter: not the victims' own side, not the speaker's own
side, not the state the figure's place lies in, and named at least twice (a toll counting twice).
"""

from __future__ import annotations

from kb.actors import Gazetteer
from kb.extract.article_parties import ArticleParties
from kb.extract.bare_bodies import place_state
from kb.extract.sides import ALL_PARTIES
from kb.extract.speaker_sides import side_label
from kb.pipeline.record import Claim


def _side(name: str | None, gazetteer: Gazetteer) -> str | None:
    actor = gazetteer.lookup(name) if name else None
    return side_label(actor, gazetteer) if actor is not None else None


def add_late_striker(claims: list[Claim], around: ArticleParties, gazetteer: Gazetteer) -> None:
    """Give ``claims`` (made while the article had named no attacker) the attacker it names by its end."""
    for claim in claims:
        parts = [p.strip() for p in (claim.subject or "").split(";") if p.strip()]
        if claim.type != "casualty" or len(parts) > 1 or ALL_PARTIES in parts:
            continue
        whose = parts[0] if parts else None
        striker = around.striker(gazetteer, 2)  # named twice by the article's end (``least_named`` is 1 or 2)
        known = gazetteer.by_iri(claim.speaker_iri) if claim.speaker_iri else None
        speaker = known or gazetteer.lookup(claim.speaker)
        own = side_label(speaker, gazetteer) if speaker is not None else None
        if striker is None or striker in (whose, own) or _side(striker, gazetteer) in (_side(whose, gazetteer), own):
            continue
        state = place_state(gazetteer, claim.place)
        if state is not None and state.label == striker:
            continue  # "a missile hit Azerbaijan's second city": the dead of X's own city are not X's doing
        claim.subject = "; ".join([whose or "people", striker])


__all__ = ["add_late_striker"]
