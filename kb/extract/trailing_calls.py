"""A call added after a quotation's credit: "\u201c...,\u201d katanya, mendesak warga untuk ...", "..., kata X, seraya
meminta kedua pihak ...".

Why a rule of its own (issue 13, session 34 types sweep, blind batch 25 cause B4): the English participle after the
credit ("..., he said, urging citizens to ...") is read as the speaker's own verb, but the Indonesian "mendesak"
after "katanya," found no subject (the credit is read after the verbs before it), so the call was lost.  The
speaker of the credit right before the comma makes the call; one bounded match per credit.
"""

from __future__ import annotations

import re

from kb.extract.draft_parties import make_draft
from kb.extract.drafts import Draft, SentenceInput, chain

_CALL_AFTER = re.compile(
    r"\s*,\s*(?:(?:seraya|sambil|dan|juga)\s+)*(?:mendesak|menyerukan|meminta|mengimbau|menghimbau|mengajak)(?![\w-])",
    re.IGNORECASE,
)


def trailing_calls(s: SentenceInput, drafts: list[Draft]) -> list[Draft]:
    """One call per quotation credit followed by a verb of calling, unless its speaker already made a call."""
    quotes = [frame for frame in s.frames if frame.kind == "quote"]
    if not quotes:
        return []
    made = {d.speaker.label for d in drafts if d.type == "call"}
    out: list[Draft] = []
    for frame in quotes:
        match = _CALL_AFTER.match(s.norm, max(frame.agent[1], frame.verb[1]))
        if match is None:
            continue
        speaker, via = chain(frame)
        if speaker.first_person or speaker.label in made:
            continue
        draft = make_draft(s, "call", speaker, "trailing.call", (match.end(), len(s.norm)), via)
        if draft.type == "call":
            out.append(draft)
            made.add(speaker.label)
    return out


__all__ = ["trailing_calls"]
