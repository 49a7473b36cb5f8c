"""A state's adjective before a non-state armed group names the group, never the state: "the Sudanese
paramilitary Rapid Support Forces", "Lebanon's Hezbollah", "milisi Houthi Yaman", "RSF Sudan".

Why: the gazetteer reads "Sudanese" as Sudan, so "The Sudanese paramilitary RSF attacked ..." accused Sudan,
whose army the RSF fights.  The adjective (with the kind words between: "paramilitary", "rebel", "militia")
only says where the group is from; the two mentions become one, the group's.  A body that stands for the
state ("the Sudanese army") is that state's and is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kb.actors import Gazetteer
from kb.extract.armies import of_state

if TYPE_CHECKING:
    from kb.extract.mentions import Mention

# What may stand between the state's adjective and the group's name: its kind, never a verb or a clause.
_KIND = (r"(?:the\s+|its\s+|sang\s+)?(?:(?:paramilitary|paramiliter|rebel|rebels|pemberontak|militia|milisi|"
         r"militant|militan|armed|bersenjata|separatist|separatis|insurgent|group|kelompok|gerakan|movement|"
         r"islamist|islamis|jihadist|powerful|influential|rival|pasukan|forces?)\s+){0,3}")
_BETWEEN = re.compile(r"(?:['’]s)?\s+" + _KIND + r"$", re.IGNORECASE)
_GROUP_KINDS = ("Organization", "Group")


def _group(mention: Mention, gazetteer: Gazetteer) -> bool:
    actor = mention.actor
    return actor is not None and actor.kind in _GROUP_KINDS and not of_state(actor, gazetteer)


def _state(mention: Mention) -> bool:
    return mention.actor is not None and mention.actor.kind == "State"


def _qualifies(norm: str, state: Mention, group: Mention) -> bool:
    """Whether the state's mention qualifies the group right after it: an adjective ("Sudanese"), a possessive
    ("Lebanon's") or kind words between ("Sudanese paramilitary"), or a kind word before the state ("pasukan
    paramiliter Sudan RSF"); never two names side by side ("the Israel Hamas war")."""
    gap = norm[state.end : group.start]
    if _BETWEEN.fullmatch(gap) is None:
        return False
    if gap.strip() or norm[state.end : state.end + 1] in "'’":
        return True
    return _DEMONYM.search(state.text) is not None or _KIND_BEFORE.search(norm, 0, state.start) is not None


_DEMONYM = re.compile(r"(?:ese|ian|ean|an|i|ish)$", re.IGNORECASE)
_KIND_BEFORE = re.compile(r"\b(?:paramiliter|milisi|pemberontak|kelompok|gerakan|paramilitary|militia|rebel)\s+$",
                          re.IGNORECASE)


def fold_qualifiers(norm: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """``mentions`` (in order) with a state's adjective folded into the non-state group it qualifies."""
    out: list[Mention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if last is not None and _state(last) and _group(mention, gazetteer) and _qualifies(norm, last, mention):
            out[-1] = replace(mention, start=last.start, text=norm[last.start : mention.end])
            continue
        out.append(mention)
    return out


__all__ = ["fold_qualifiers"]
