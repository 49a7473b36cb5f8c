"""Quoting constructions: "Interfax quoted the governor as saying ...", "RIA cited an official as saying",
"the governor was quoted as saying by Interfax", "X was quoted by TASS as saying".

Why: the reporting verb there is "quoted", whose subject is the medium and whose object is the speaker;
read as "X said" the medium spoke (or, with the subject passive, nobody did and the outlet got the
claim).  The speaker is the one quoted; the medium, when it is one, is the ``via``.  Bounded patterns,
one pass each per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice
from typing import TYPE_CHECKING

from kb.extract.agents import agent_left, agent_right
from kb.extract.mentions import Mention
from kb.extract.relays import is_relay
from kb.extract.speakers import Context, Speaker

if TYPE_CHECKING:
    from kb.extract.frames import Frame

MAX_QUOTED = 4
_ACTIVE = re.compile(
    r"(?<![\w-])(?:quoted|cited|reported)\s+(?!by\s)(?P<x>[^,;:\"]{1,80}?(?:,[^,;:\"]{1,60},)?)\s+as\s+(?:saying|telling)(?![\w-])",
    re.I,
)  # an apposition set off by commas may follow the one quoted: "quoted Ivan Petrenko, the mayor, as saying"
_PASSIVE = re.compile(
    r"(?<![\w-])(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:also\s+)?(?:quoted|cited)\s+"
    r"(?:by\s+(?P<m1>[^,;:\"]{1,60}?)\s+)?as\s+(?:saying|telling)(?![\w-])"
    r"(?:\s+by\s+(?P<m2>(?:the\s+)?[A-Z][^,;:\"]{0,59}?)(?=\s*(?:[,.;:]|$|that\s|on\s|in\s)))?",
    re.I,
)


def quoted_frames(
    norm: str, mentions: list[Mention], context: Context, lang: str, lower_of: Callable[[int], int]
) -> list[Frame]:
    """Frames of the quoting constructions of a sentence: the quoted speaker, with the medium as via."""
    from kb.extract.frames import Frame  # the frame type, not the finder: no import cycle at load

    found: list[Frame] = []
    for match in islice(_ACTIVE.finditer(norm), MAX_QUOTED):
        quoted = agent_right(norm, match.start("x"), match.end("x"), mentions, context)
        if quoted is None:
            continue
        medium = agent_left(norm, match.start(), lower_of(match.start()), mentions, context)
        start = medium[1] if medium else match.start()
        found.append(_frame(Frame, quoted[0], medium[0] if medium else None, match.span(), start, lang))
    for match in islice(_PASSIVE.finditer(norm), MAX_QUOTED):
        quoted = agent_left(norm, match.start(), lower_of(match.start()), mentions, context)
        if quoted is None:
            continue
        key = "m1" if match.group("m1") else "m2" if match.group("m2") else None
        medium = agent_right(norm, match.start(key), match.end(key), mentions, context) if key else None
        found.append(_frame(Frame, quoted[0], medium[0] if medium else None, match.span(), quoted[1], lang))
    return found


def _frame(
    frame_type: type[Frame], speaker: Speaker, medium: Speaker | None, span: tuple[int, int], start: int,
    lang: str,
) -> Frame:
    via = [medium.label] if medium is not None and is_relay(medium) and medium.label != speaker.label else []
    return frame_type(speaker, span, (start, span[1]), (0, 0), None, f"{lang}.verb.quoted_as_saying", "verb",
                      "quoted as saying", via)


__all__ = ["quoted_frames"]
