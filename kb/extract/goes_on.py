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
    r"|mengungkapkan|menyatakan)(?![\w-])",
    re.IGNORECASE,
)
MAX_VERBS = 8


def going_on(norm: str, frames: list[Frame], lang: str) -> list[Frame]:
    """Frames for "seraya/sambil <verb>" continuing the frame before them (none when no frame stands before)."""
    from kb.extract.frames import Frame  # the type only: no import cycle at load

    found: list[Frame] = []
    for match in islice(_GOES_ON.finditer(norm), MAX_VERBS):
        if any(f.verb[0] <= match.start("verb") < f.verb[1] for f in frames):
            continue  # read already (a subject found for it)
        before = [f for f in frames if f.verb[1] <= match.start()]
        if not before:
            continue
        last = max(before, key=lambda f: f.verb[1])
        verb = match.group("verb").casefold()
        frame = Frame(last.speaker, match.span("verb"), match.span(), (0, 0), None, f"{lang}.verb.{verb}", "verb",
                      verb, via=list(last.via))
        frame.subordinate = True  # it credits the figures it holds; what else it adds is the claim before's
        found.append(frame)
    return found


__all__ = ["going_on"]
