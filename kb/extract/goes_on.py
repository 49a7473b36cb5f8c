"""A participle going on after a quote verb: "..., kata pejabat itu, seraya menambahkan bahwa 30 lainnya
terluka", "sambil menegaskan ...": the same speaker goes on.

Why: the verb after "seraya"/"sambil" has no subject of its own, and the speaker it shares was named after
the claim ("kata X"), where the walk for a subject does not look; what followed it fell to the outlet.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kb.extract.frames import Frame

_GOES_ON = re.compile(
    r"(?<![\w-])(?:seraya|sambil)\s+(?P<verb>menambahkan|mengatakan|menegaskan|menyebut(?:kan)?|menjelaskan"
    r"|mengungkapkan|menyatakan)(?![\w-])"
    # a bare ", menambahkan" no subject claimed (its walk met only a platform: "di akun Twitter-nya, menambahkan")
    r"|,\s*(?P<added>menambahkan)(?![\w-])",
    re.IGNORECASE,
)
MAX_VERBS = 8
_COMMA_END = re.compile(r",\s*$")


def adds_to_before(norm: str, verb: tuple[int, int], agent_start: int, before: list[Frame]) -> bool:
    """Whether ", menambahkan" goes on with a frame before it in the sentence ("X mengatakan pasukan Y menembaki desa Z
    pada Senin malam, menambahkan bahwa ...": Indonesian writes "adding" so, and the walk left for its subject met
    the last noun of X's own words, "Z").  Not when the phrase found is an apposition set off by a comma ("...,
    dan juru bicaranya, Vagif Dargahli, menambahkan"): a speaker of its own."""
    if norm[verb[0] : verb[1]].casefold() != "menambahkan" or not any(f.verb[1] <= agent_start for f in before):
        return False
    return (_COMMA_END.search(norm, max(0, verb[0] - 4), verb[0]) is not None
            and _COMMA_END.search(norm, max(0, agent_start - 4), agent_start) is None)


def going_on(norm: str, frames: list[Frame], lang: str) -> list[Frame]:
    """Frames for "seraya/sambil <verb>" continuing the frame before them (none when no frame stands before)."""
    from kb.extract.frames import Frame  # the type only: no import cycle at load

    found: list[Frame] = []
    for match in islice(_GOES_ON.finditer(norm), MAX_VERBS):
        group = "verb" if match.group("verb") else "added"
        if any(f.verb[0] <= match.start(group) < f.verb[1] for f in frames):
            continue  # read already (a subject found for it)
        before = [f for f in frames if f.verb[1] <= match.start()]
        if not before:
            continue
        last = max(before, key=lambda f: f.verb[1])
        verb = match.group(group).casefold()
        frame = Frame(last.speaker, match.span(group), match.span(), (0, 0), None, f"{lang}.verb.{verb}", "verb",
                      verb, via=list(last.via))
        frame.subordinate = True  # it credits the figures it holds; what else it adds is the claim before's
        found.append(frame)
    return found


__all__ = ["adds_to_before", "going_on"]
