"""A medium credited after the speaker at the sentence's end: "..., killing 27 people, officials said, Reuters
reports.", "..., the governor said, AFP reported." — the medium relays what the speaker said.

Why: the frame reader read ", Reuters reports." as "Reuters reports <nothing>", a frame of its own with no words
to credit, and the speaker's frame before it kept no via, although the annotation conventions
(``../shared/seeds/README.md``) put the agency credited for a statement in its ``via``.  "..., reported Xinhua"
(the verb first) was already read as a credit (``frames.find_frames``); this is the subject-first order.  Only a
medium the gazetteer knows, only after a comma and another speaker's verb, only when nothing but the sentence's
end follows its verb, and only for frames whose verb stands before it.  One pass over a sentence's few frames.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kb.extract.relays import is_medium
from kb.extract.scope_marks import content_words

if TYPE_CHECKING:
    from kb.extract.frames import Frame

_COMMA_BEFORE = re.compile(r",\s*(?:the\s+)?$", re.IGNORECASE)


def trailing_media(norm: str, frames: list[Frame]) -> list[Frame]:
    """The frames with every trailing medium credit folded into the via of the frames before it."""
    trailing = [
        f for f in frames
        if f.kind == "verb" and is_medium(f.speaker) and content_words(norm, f.verb[1], len(norm)) == 0
        and _COMMA_BEFORE.search(norm, max(0, f.agent[0] - 8), f.agent[0]) is not None
        and any(g is not f and not is_medium(g.speaker) and g.verb[1] <= f.agent[0] for g in frames)
    ]  # with no speaker before it, the medium is the sentence's only source: its frame stays
    if not trailing:
        return frames
    for credit in trailing:
        label = credit.speaker.label
        for frame in frames:
            if frame not in trailing and frame.verb[1] <= credit.agent[0] and label not in frame.via:
                frame.via.append(label)
    return [f for f in frames if f not in trailing]
