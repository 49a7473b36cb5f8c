"""A truce broken by a party the sentence names: an accusation against that party, whoever tells it.

"the militia was in flagrant violation of the truce", "pelanggaran gencatan senjata oleh milisi itu",
"violations of the truce by the RSF", "Hezbollah's breaches of the ceasefire": the main noun or verb is the
violation and its doer is named (the subject of "was in violation", the possessor after the Indonesian noun,
the agent after "by"/"oleh", the owner before the noun), so the claim is blame laid on that party — the
annotation's accusation — not news of the ceasefire.  ``blame.truce_violated`` reads a violation as blame only
from one of the article's two sides; a violator named at the noun blames whoever tells it (the reporter, a
third party's spokesman).  A violation nobody is named doing ("the worst breach of the truce so far", "the
truce was often broken in its first days") stays the ceasefire's news, and a denial of breaking it is the
denial's.
"""

from __future__ import annotations

import re

from kb.extract.drafts import SentenceInput
from kb.extract.mentions import Mention
from kb.extract.truce_failures import breaks_truce

_PARTY_KINDS = ("State", "Government", "Ministry", "Organization", "Group")
_TRUCE = r"(?:cease-?fire|truce|gencatan\s+senjata)(?:\s+(?:agreement|deal|accord))?"
_QUOTE = r"[\"“”']?"
# the violation followed by its doer: "pelanggaran gencatan senjata (oleh) X", "violations of the truce by X"
_DOER_AFTER = re.compile(
    rf"(?<![\w-])(?:(?:pelanggaran|melanggar)\s+(?:[\w-]+\s+){{0,2}}?(?:terhadap\s+)?(?:kesepakatan\s+|perjanjian\s+)?"
    rf"{_TRUCE}\s+(?:oleh\s+|yang\s+dilakukan\s+(?:oleh\s+)?)?"
    rf"|(?:violations?|breach(?:es)?)\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?{_TRUCE}\s+by\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
# the doer before: "Armenia was in gross violation of", "Hezbollah's breaches of the ceasefire", "Israeli violations of"
_DOER_BEFORE = re.compile(
    rf"(?:'s?\s+|\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+in\s+{_QUOTE}(?:[\w-]+\s+)?)?)"
    rf"{_QUOTE}(?:repeated\s+|continued\s+|daily\s+|near-daily\s+|flagrant\s+|gross\s+)?"
    rf"(?:violations?|breach(?:es)?){_QUOTE}\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,3}}?{_TRUCE}",
    re.IGNORECASE,
)


def _party(m: Mention) -> bool:
    return m.actor is not None and m.actor.kind in _PARTY_KINDS


def named_violator(s: SentenceInput, span: tuple[int, int]) -> Mention | None:
    """The party ``span`` names breaking a truce, at the violation itself; None when nobody is named so."""
    for m in s.mentions:
        if not _party(m) or not span[0] <= m.start < span[1]:
            continue
        if _DOER_AFTER.search(s.norm, max(span[0], m.start - 120), m.start):
            return m
        if _DOER_BEFORE.match(s.norm, m.end, span[1]) or breaks_truce(s.norm, m.start, m.end, span[1]):
            return m  # "X's breaches of the truce", "X continues its violations of", "kegagalan X menghormati
    return None
