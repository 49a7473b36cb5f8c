"""A pronoun as a claim's party ("accused it of using heavy artillery", "menuduh mereka", "blamed them")
is the agent of the sentence before, or no party at all: never a party called "it".

Why: the accused phrase is read as written when no known party stands there, so "it" and "them" became
parties of their own.  The sentence before says who acted: the one party it said attacked (its accused or
its attacker), else the one party it named that is not the speaker's own side.  Nothing settles it, the
claim names no party rather than a pronoun.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kb.extract.article_parties import ArticleParties
    from kb.extract.drafts import Draft

PRONOUNS = frozenset((
    "it", "its", "they", "them", "their", "he", "him", "she", "her", "mereka", "pihaknya", "dia", "ia", "beliau",
    "nya", "pihak mereka", "kelompok itu",
))


# A group named by a demonstrative rather than by name: "kelompok tersebut", "milisi itu", "the group", "that
# militia", "the paramilitaries", and what is left of one when its head was cut ("tersebut").
_REFERRING = re.compile(
    r"(?:(?:kelompok|milisi|grup|organisasi|pasukan|faksi|gerakan|pemberontak|paramiliter)(?:\s+(?:bersenjata|"
    r"paramiliter|pemberontak|militan))?\s+)?(?:tersebut|itu|ini)"
    r"|(?:the|that|this|those|these)\s+(?:armed\s+|paramilitary\s+|rebel\s+|militant\s+)?(?:group|militia|"
    r"paramilitaries|paramilitary|rebels|faction|movement|fighters|militants|organi[sz]ation)"
    r"|group|militia|kelompok|milisi",  # what is left of "the group" once its article is cut
    re.IGNORECASE,
)


_BARE = frozenset(("group", "militia", "kelompok", "milisi"))


def referring(part: str) -> bool:
    """Whether a party as written only points back: a pronoun or a demonstrative group ("kelompok tersebut")."""
    return part.casefold() in PRONOUNS or _REFERRING.fullmatch(part.strip()) is not None


# Pronouns that may stand for two parties at once: "accused them of ...", "menuduh mereka", "kedua pihak".
PLURAL = frozenset(("they", "them", "their", "mereka", "pihak mereka", "kedua pihak", "kedua belah pihak",
                    "both sides"))


def antecedent(around: ArticleParties, own: str, plural: bool = False) -> str | None:
    """Who a pronoun party goes back to: the one party the sentence before said attacked, else the one party it
    named that is not the speaker's (``own``: the speaker's label or side); a ``plural`` pronoun after a
    sentence that named exactly two parties, neither the speaker's, is both ("Israel and Hamas traded fire.
    The UN accused them of ...")."""
    struck = [p for p in around.struck_before if p != own and not referring(p)]
    named = [p for p in around.before if p != own]
    if plural and len(named) == 2 and len(around.before) == 2 and set(struck) <= set(named):
        return "; ".join(named)
    if len(set(struck)) == 1:
        return struck[0]
    return named[0] if len(named) == 1 else None


def resolve(drafts: list[Draft], around: ArticleParties) -> None:
    """Replace pronoun parties of ``drafts`` in place (see the module's docstring)."""
    for draft in drafts:
        if not draft.subject:
            continue
        parts = [p.strip() for p in draft.subject.split(";")]
        if not any(referring(p) for p in parts):
            continue
        found = antecedent(around, draft.speaker.label, any(p.casefold() in PLURAL for p in parts))
        kept: list[str] = []
        for part in parts:
            values = [part] if not referring(part) else found.split("; ") if found else [part] if (
                part.casefold() in _BARE) else []  # "the militia" with nobody before stays as written
            for value in values:
                if value and value not in kept:
                    kept.append(value)
        draft.subject = "; ".join(kept) or None


__all__ = ["PLURAL", "PRONOUNS", "antecedent", "referring", "resolve"]
