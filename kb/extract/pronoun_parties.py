"""A pronoun as a claim's party ("accused it of using heavy artillery", "menuduh mereka", "blamed them")
is the agent of the sentence before, or no party at all: never a party called "it".

Why: the accused phrase is read as written when no known party stands there, so "it" and "them" became
parties of their own.  The sentence before says who acted: the one party it said attacked (its accused or
its attacker), else the one party it named that is not the speaker's own side.  Nothing settles it, the
claim names no party rather than a pronoun.  A group named by a demonstrative ("accused the group of ...",
"kelompok itu") is first the armed group the same sentence named before it (session 31: after the speaker's
own strikes were told, "the group" was its own state); the side is read through the gazetteer's represents
chain, and a pronoun never makes the speaker's own side its accused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kb.extract.armies import of_state
from kb.extract.speaker_sides import military_government, side_label, speaker_side

if TYPE_CHECKING:
    from kb.actors import Gazetteer
    from kb.extract.article_parties import ArticleParties
    from kb.extract.drafts import Draft
    from kb.extract.mentions import Mention

PRONOUNS = frozenset((
    "it", "its", "they", "them", "their", "he", "him", "she", "her", "mereka", "pihaknya", "dia", "ia", "beliau",
    "nya", "pihak mereka", "kelompok itu",
))


# A group named by a demonstrative rather than by name: "kelompok tersebut", "milisi itu", "the group", "that
# militia", "the paramilitaries", and what is left of one when its head was cut ("tersebut").
_REFERRING = re.compile(
    r"(?:(?:kelompok|milisi|grup|organisasi|pasukan|faksi|gerakan|pemberontak|paramiliter)(?:\s+(?:bersenjata|"
    r"paramiliter|pemberontak|militan|islamis|jihadis))?\s+)?(?:tersebut|itu|ini)"
    # what is left of "kelompok Islamis itu" once its head was cut: a describing word and the demonstrative
    r"|(?:bersenjata|paramiliter|pemberontak|militan|islamis|jihadis)\s+(?:tersebut|itu|ini)"
    r"|(?:the|that|this|those|these)\s+(?:armed\s+|paramilitary\s+|rebel\s+|militant\s+|islamist\s+|jihadist\s+)?"
    r"(?:group|militia|"
    r"paramilitaries|paramilitary|rebels|faction|movement|fighters|militants|organi[sz]ation)"
    r"|(?:islamist\s+|jihadist\s+)?(?:group|militia)"
    r"|kelompok|milisi",  # what is left of "the group", "the Islamist group" once its article is cut
    re.IGNORECASE,
)


_BARE = frozenset(("group", "militia", "kelompok", "milisi"))


def referring(part: str) -> bool:
    """Whether a party as written only points back: a pronoun or a demonstrative group ("kelompok tersebut")."""
    return part.casefold() in PRONOUNS or _REFERRING.fullmatch(part.strip()) is not None


# Pronouns that may stand for two parties at once: "accused them of ...", "menuduh mereka", "kedua pihak".
PLURAL = frozenset(("they", "them", "their", "mereka", "pihak mereka", "kedua pihak", "kedua belah pihak",
                    "both sides"))


def antecedent(around: ArticleParties, own: str | set[str], plural: bool = False) -> str | None:
    """Who a pronoun party goes back to: the one party the sentence before said attacked, else the one party it
    named that is not the speaker's (``own``: the speaker's label or side); a ``plural`` pronoun after a
    sentence that named exactly two parties, neither the speaker's, is both ("Israel and Hamas traded fire.
    The UN accused them of ...")."""
    mine = {own} if isinstance(own, str) else own
    struck = [p for p in around.struck_before if p not in mine and not referring(p)]
    named = [p for p in around.before if p not in mine]
    if plural and len(named) == 2 and len(around.before) == 2 and set(struck) <= set(named):
        return "; ".join(named)
    if len(set(struck)) == 1:
        return struck[0]
    return named[0] if len(named) == 1 else None


def resolve(drafts: list[Draft], around: ArticleParties, gazetteer: Gazetteer | None = None, norm: str = "",
            mentions: Sequence[Mention] = ()) -> None:
    """Replace pronoun parties of ``drafts`` in place (see the module's docstring); with the sentence (``norm``,
    ``mentions``), a group named by a demonstrative is first the armed group the sentence named before it."""
    for draft in drafts:
        if not draft.subject or not any(referring(p.strip()) for p in draft.subject.split(";")):
            continue
        own = _own(draft, gazetteer)
        parts = [p.strip() for p in draft.subject.split(";")]
        found = _group_before(draft, norm, mentions, gazetteer, own) if any(
            _REFERRING.fullmatch(p) and p.casefold() not in PRONOUNS for p in parts) else None
        found = found or antecedent(around, own, any(p.casefold() in PLURAL for p in parts))
        if found is None and any(_MOVEMENT.search(p) for p in parts):
            found = _main_group(around, own, gazetteer)  # "the Islamist group" with nobody named just before
        kept: list[str] = []
        for part in parts:
            values = [part] if not referring(part) else found.split("; ") if found else [part] if (
                part.casefold() in _BARE) else []  # "the militia" with nobody before stays as written
            for value in values:
                mine = draft.type == "accusation" and referring(part) and value in own
                if value and value not in kept and not mine:  # never the speaker's own side as the accused a
                    kept.append(value)  # pronoun points back to
        draft.subject = "; ".join(kept) or None


def _own(draft: Draft, gazetteer: Gazetteer | None) -> set[str]:
    """The speaker's label and, by the gazetteer's represents chain, the side it stands for."""
    own = {draft.speaker.label}
    side = speaker_side(draft.speaker, gazetteer) if gazetteer is not None and not draft.speaker.members else None
    return own | {side} if side else own


def _group_before(draft: Draft, norm: str, mentions: Sequence[Mention], gazetteer: Gazetteer | None,
                  own: set[str]) -> str | None:
    """The last armed group of no state the sentence names before its "the group"/"kelompok itu" ("struck Hamas
    targets and accused the group of ..."), never the speaker's own side."""
    if gazetteer is None:
        return None
    anaphor = _GROUP_WORD.search(norm, *draft.scope)
    if anaphor is None:
        return None
    found = None
    for m in mentions:
        actor = m.actor
        if m.start >= anaphor.start() or actor is None or actor.kind not in ("Organization", "Group"):
            continue
        if of_state(actor, gazetteer) or military_government(actor):
            continue
        label = side_label(actor, gazetteer)
        if label not in own:
            found = label
    return found


def _main_group(around: ArticleParties, own: set[str], gazetteer: Gazetteer | None) -> str | None:
    """The armed group of no state among the article's two main sides when the speaker is the other: what "the
    Islamist group" is when the sentence before named no one (one side names its enemy by what it professes).
    A speaker of neither side ("the UN accused the group") is left as it was: it may mean any armed group."""
    if gazetteer is None or not own & set(around.main[:2]):
        return None
    groups = []
    for label in around.main[:2]:
        actor = gazetteer.lookup(label)
        if label in own or actor is None or actor.kind not in ("Organization", "Group"):
            continue
        if not (of_state(actor, gazetteer) or military_government(actor)):
            groups.append(label)
    return groups[0] if len(groups) == 1 else None


# a group named by the creed it fights for: only such a one is read as the article's armed movement
_MOVEMENT = re.compile(r"(?<![\w-])(?:islamis|islamist|jihadis|jihadist)(?![\w-])", re.IGNORECASE)
_GROUP_WORD = re.compile(r"(?<![\w-])(?:group|militia|kelompok|milisi|faction|faksi)(?![\w-])", re.IGNORECASE)


__all__ = ["PLURAL", "PRONOUNS", "antecedent", "referring", "resolve"]
