"""Who "the enemy" is when the words name it: "the Israeli enemy attack", "serangan musuh Israel", "the Russian
enemy".

Why: a side's word for its opponent ("the enemy", "musuh") is read as the speaker's enemy only when the speaker's side
is known (``article_parties.fill_parties``); a quotation relayed by the outlet, or a speaker of no known side, left
the accused as the bare word "enemy".  A party named right before "enemy" (English: "Israeli enemy") or right
after "musuh" (Indonesian: "musuh Israel") is the enemy the words mean, whoever speaks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kb.extract.speakers import party_label

if TYPE_CHECKING:
    from kb.actors import Gazetteer
    from kb.extract.mentions import Mention

_ENEMY_AFTER = re.compile(r"\s+enem(?:y|ies)(?![\w-])", re.IGNORECASE)
_ENEMY_BEFORE = re.compile(r"(?<![\w-])musuh\s+$", re.IGNORECASE)


def named_enemy(norm: str, scope: tuple[int, int], mentions: list[Mention], gazetteer: Gazetteer) -> str | None:
    """The party the words "X enemy" / "musuh X" in ``scope`` name, else None."""
    lo, hi = scope
    for m in mentions:
        if m.actor is None or m.actor.kind == "Person" or not lo <= m.start < hi:
            continue
        if _ENEMY_AFTER.match(norm, m.end) or _ENEMY_BEFORE.search(norm, max(0, m.start - 8), m.start):
            return party_label(m.actor, gazetteer)
    return None


__all__ = ["named_enemy"]
