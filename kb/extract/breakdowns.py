"""A figure that continues a list counts over what the list's first figure counts over.

"At least 32 people were killed, including seven civilians, and 200 others wounded" gives one toll in
three figures: the seven are some of the 32 and the 200 were hurt in the same stretch, so when no word of
time or incident scopes them they take the first figure's scope (a cumulative 32 makes the seven
cumulative too; settled by size alone, seven would read as one incident's).
"""

from __future__ import annotations

import re
from collections import defaultdict

from kb.extract.drafts import Draft
from kb.extract.figure import Figure

# What stands between the list's head and the next figure: an aside ("including", "termasuk", "among them",
# "of whom", "di antaranya") or the rest of the list ("and", "while", "dan", "sementara", "with an additional").
_LINK = re.compile(
    r"^(?:[\s,]*[\w'\u2019-]++){0,8}?[\s,]+"
    r"(?:including|termasuk|among\s+them|among\s+whom|of\s+whom|di\s+antaranya|and|dan|while|sementara|whereas|"
    r"sedangkan|with)(?:\s+(?:at\s+least|sedikitnya|setidaknya|an|another|an\s+additional|a\s+further))?\s*$",
    re.IGNORECASE,
)
_WINDOW = 120


def inherit_list_scopes(norm: str, pairs: list[tuple[Figure, Draft]]) -> None:
    """Give each figure no cue scoped the scope of the figure its list opened with (same speaker, one clause)."""
    by_speaker: defaultdict[str, list[tuple[Figure, Draft]]] = defaultdict(list)
    for figure, draft in pairs:
        by_speaker[draft.speaker.label].append((figure, draft))
    for own in by_speaker.values():
        head: tuple[Figure, Draft] | None = None
        for figure, draft in own:
            if head is not None and _continues(norm, head[0], figure):
                if figure.scope.scope is None and not figure.scope.increment and head[1].figure_scope is not None:
                    draft.figure_scope = head[1].figure_scope
                continue
            head = (figure, draft)


def _continues(norm: str, first: Figure, later: Figure) -> bool:
    if later.start <= first.end or later.start - first.end > _WINDOW:
        return False
    gap = norm[first.end : later.start]
    if ";" in gap or "." in gap:
        return False
    if later.breakdown and later.listed and gap.rstrip().endswith(","):
        return True  # "30 people were wounded, six of them children": the part names its toll after it
    return bool(_LINK.match(gap[-90:]))


__all__ = ["inherit_list_scopes"]
