"""A pronoun as a claim's party ("accused it of using heavy artillery", "menuduh mereka", "blamed them")
is the agent of the sentence before, or no party at all: never a party called "it".

Why: the accused phrase is read as written when no known party stands there, so "it" and "them" became
parties of their own.  The sentence before says who acted: the one party it said attacked (its accused or
its attacker), else the one party it named that is not the speaker's own side.  Nothing settles it, the
claim names no party rather than a pronoun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kb.extract.article_parties import ArticleParties
    from kb.extract.drafts import Draft

PRONOUNS = frozenset((
    "it", "its", "they", "them", "their", "he", "him", "she", "her", "mereka", "pihaknya", "dia", "ia", "beliau",
    "nya", "pihak mereka", "kelompok itu",
))


def antecedent(around: ArticleParties, own: str) -> str | None:
    """Who a pronoun party goes back to: the one party the sentence before said attacked, else the one party it
    named that is not the speaker's (``own``: the speaker's label or side)."""
    struck = [p for p in around.struck_before if p != own and p not in PRONOUNS]
    if len(set(struck)) == 1:
        return struck[0]
    named = [p for p in around.before if p != own]
    return named[0] if len(named) == 1 else None


def resolve(drafts: list[Draft], around: ArticleParties) -> None:
    """Replace pronoun parties of ``drafts`` in place (see the module's docstring)."""
    for draft in drafts:
        if not draft.subject:
            continue
        parts = [p.strip() for p in draft.subject.split(";")]
        if not any(p.casefold() in PRONOUNS for p in parts):
            continue
        found = antecedent(around, draft.speaker.label)
        kept: list[str] = []
        for part in parts:
            value = (found if part.casefold() in PRONOUNS else part) or ""
            if value and value not in kept:
                kept.append(value)
        draft.subject = "; ".join(kept) or None


__all__ = ["PRONOUNS", "antecedent", "resolve"]
