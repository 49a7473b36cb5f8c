"""A toll broken down as a list: "Berikut rincian 21 orang yang tewas:" then one line a place, "2 orang di
Rafah", "3 people in Jabalia".  Each line is a figure of the toll the list opens with, killed or wounded as the
opening says, though the line itself has no verb.

Why: a line reads alone as a sentence; without the opening's hurt word "5 orang di Rafah" is no casualty.  The
opening's hurt is kept on the article's state (``ArticleParties.list_hurt``) from the sentence that ends in ":"
to the last counted line after it; any other sentence ends the list.
"""

from __future__ import annotations

import re

from kb.extract.article_parties import ArticleParties

# a counted line with no verb: a number, its noun (at most two words), then where ("di", "in", a comma)
_ITEM = re.compile(
    r"\s*(?:[-\u2022*]\s*)?\d[\d.,]*\s+[\w-]+(?:\s+[\w-]+)?\s*(?:,|\s(?:di|in|at|near|dekat|dari|from)\s)",
    re.IGNORECASE,
)
_OPENS = re.compile(r":\s*$")


def is_item(norm: str) -> bool:
    """Whether the sentence is a counted line of a list (a number, its noun and a place)."""
    return _ITEM.match(norm) is not None


def item_hurt(norm: str, around: ArticleParties | None) -> str | None:
    """The hurt a verbless counted line takes from the list it is in, or None outside a list."""
    return around.list_hurt if around is not None and is_item(norm) else None


def track(norm: str, around: ArticleParties | None, hurts: list[str]) -> None:
    """Open a list at a sentence ending in ":" whose figures say one hurt (``hurts``), keep it open across its
    counted lines, close it at any other sentence."""
    if around is None:
        return
    if _OPENS.search(norm):
        around.list_hurt = hurts[0] if hurts and len(set(hurts)) == 1 else None
    elif not is_item(norm):
        around.list_hurt = None


__all__ = ["is_item", "item_hurt", "track"]
