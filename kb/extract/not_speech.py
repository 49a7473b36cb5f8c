"""Reporting verbs that, before certain words, report nothing: "the strikes claimed the lives of 18", "the war has
claimed 10,000 lives", "a ridge that Syria claims as its own", "the raid, blamed on the militia, killed ...",
"konflik itu
belum menunjukkan tanda akan berakhir".

Why: the frame reader took "claimed" for "X claimed that ..." and its subject for a speaker, so the reporter's own
toll was credited to whatever stood before the verb (a place: "... in central Gaza claimed the lives of"); a
participle "blamed on X" after a comma is a passive with no agent (the reporter's own attribution, read by
``passive_blame``), never "the words before it blamed"; and "menunjukkan" ("shows") speaks only for data, not
when a fight "shows no sign" of ending.  Each pattern is anchored at the verb's end and bounded: linear.
"""

from __future__ import annotations

import re

# What follows the verb, making it no verb of speech.
_AFTER: dict[str, re.Pattern[str]] = {
    **dict.fromkeys(
        ("claimed", "claims", "claim", "has claimed", "have claimed"),
        # a territory held as one's own ("a ridge that Syria claims as its own", "claims the region as
        # part of its territory", "mengklaim wilayah itu sebagai miliknya")
        re.compile(r"\s*(?:[^\s.;:]+\s+){0,5}?lives(?![\w-])|\s*(?:[^\s.;:,]+\s+){0,4}?as\s+(?:its|their|his|her)\s+"
                   r"(?:own|territory|land|part)(?![\w-])|\s*as\s+(?:part\s+of\s+)?(?:its|their)\s", re.IGNORECASE),
    ),
    **dict.fromkeys(("blamed",), re.compile(r"\s*on(?![\w-])", re.IGNORECASE)),
    **dict.fromkeys(
        ("menunjukkan", "menunjukan", "memperlihatkan"),
        re.compile(r"\s*(?:adanya\s+)?(?:tanda|tanda-tanda|gejala)(?![\w-])", re.IGNORECASE),
    ),
}


def no_speech(verb: str, after: str) -> bool:
    """Whether ``verb`` (folded) followed by ``after`` (the text right after it) reports nothing."""
    pattern = _AFTER.get(verb)
    return pattern is not None and pattern.match(after) is not None
