"""The attribution frame record, and what every frame finder shares: the verb budget and the rule names.

Apart from ``frames`` (which runs the finders and settles scope, nesting and relays) so that a finder in a module
of its own (``post_frames``) can build frames at load time without importing the module that imports it; the
finders that import ``Frame`` from ``frames`` inside their functions still may.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kb.extract.context import Speaker

MAX_VERBS = 16
"""Reporting verbs of one kind looked at per sentence (the corpora's most is 4).  Placing a frame
costs a pass over the sentence and nesting compares frames pairwise, so a sentence of nothing but
"Minister said that ..." must not yield hundreds of frames."""


@dataclass
class Frame:
    """One speaker credited with ``scope`` of a sentence through the verb at ``verb``."""

    speaker: Speaker
    verb: tuple[int, int]
    agent: tuple[int, int]
    scope: tuple[int, int]
    hint: str | None
    rule: str
    kind: str = "verb"  # "verb" (X says ...), "quote" (..., says X) or "according" (according to X)
    verb_text: str = ""
    via: list[str] = field(default_factory=list)
    parent: Frame | None = None
    partner: Frame | None = None  # the earlier verb this one is coordinated with ("said ... and urged")
    subordinate: bool = False  # inside an "after ..."/"setelah ..." clause: background
    asides: list[tuple[int, int]] = field(default_factory=list)  # the reporter's words inside the frame


def rule_name(lang: str, kind: str, verb: str) -> str:
    return f"{lang}.{kind}.{re.sub(r'[^a-z]+', '_', verb.casefold()).strip('_')}"
