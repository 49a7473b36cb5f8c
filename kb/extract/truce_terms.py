"""A truce's terms or purpose told by the reporter is no ceasefire claim (issue 13, session 25).

Why: the annotation takes a ceasefire when it is agreed, brokered, in force or broken (``../shared/seeds/README.md``);
an article that has named its truce goes on to say what it provides ("Under the terms of the truce, X is to
withdraw", "The agreement provides for ...", "Gencatan senjata itu dimaksudkan untuk menukar tahanan", "Berdasarkan
kesepakatan gencatan senjata, kedua pihak tidak akan ...").  Those sentences describe the truce, no event of it.
Measured on the dev batches' first readings (3-18, the extractor's claims on text it had not been fitted on): of the
reporter's ceasefire claims whose words name the truce's terms or aim, 8 of 21 matched gold; of those with no event
word beside the terms (took effect, brokered, agreed, accepted, clinched ...), 1 of 11.  Said by a speaker, a truce's
terms are its words and stay (only the reporter's own sentences are tested here).

One bounded search for a terms word and one for an event word in the sentence: linear.
"""

from __future__ import annotations

import re

_TERMS = re.compile(
    r"(?<![\w-])(?:under\s+the\s+terms|provides?\s+for|stipulat\w*|provisions?|commits|dimaksudkan\s+untuk|"
    r"bertujuan|dimanfaatkan\s+untuk|berdasarkan\s+(?:kesepakatan|perjanjian)\s+gencatan)(?![\w-])",
    re.IGNORECASE,
)
# What happened to the truce, beside its terms ("the truce, brokered by Russia on Saturday, aims to ...")
_EVENT = re.compile(
    r"(?<![\w-])(?:took|take|came|come|comes|takes)\s+(?:into\s+)?effect|(?<![\w-])(?:brokered|mediated|agreed|accepted|"
    r"clinched|reached|signed|announced|declared|ditengahi|dimediasi|disepakati|menyepakati|disetujui|menyetujui|"
    r"dicapai|tercapai|ditandatangani|diumumkan|mulai\s+berlaku|dilakukan\s+mulai|collapsed|broke|violated|"
    r"dilanggar|runtuh)(?![\w-])",
    re.IGNORECASE,
)


def terms_only(norm: str, span: tuple[int, int]) -> bool:
    """Whether the reporter's words ``norm[span]`` tell a truce's terms or aim and no event of it."""
    return _TERMS.search(norm, *span) is not None and _EVENT.search(norm, *span) is None


__all__ = ["terms_only"]
