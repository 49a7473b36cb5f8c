"""A truce a named party keeps breaking or fails to keep: blame laid on it (issue 13, session 21, stm21).

``violators`` reads a violation whose doer is named at the noun ("X's breaches of the truce", "violations of the
ceasefire by X").  Reporters as often make the doer the subject of a verb that goes on with the violation, or
name its failure to keep the truce: "the militia continues its grave breaches of the truce", "Russia has
committed repeated violations of the truce", "Yerevan's failure to honour the ceasefire deal", "kegagalan Baku
menghormati gencatan senjata", "milisi itu terus melakukan pelanggaran gencatan senjata".  Each is the
annotation's accusation against that party (breaking a truce), not news of the ceasefire; on dev batches <= 13
the gold typed both such sentences an accusation, the extractor a ceasefire.

Bounded patterns anchored at the party's mention: linear.
"""

from __future__ import annotations

import re

_TRUCE = r"(?:cease-?fire|truce|gencatan\s+senjata)(?:\s+(?:agreement|deal|accord))?"
_QUOTE = r"[\"“”']?"
# the party as the subject going on with violations: "X continues its serious violations of the truce"
_GOES_ON = re.compile(
    rf"\s+{_QUOTE}(?:(?:has|have|had)\s+)?(?:continues?|continued|continuing|keeps?|kept|committed|commits"
    rf"|is\s+committing|(?:terus\s+)?melakukan|terus)\s+(?:(?:its|their|his|her|the)\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:violations?|breach(?:es)?|pelanggaran){_QUOTE}\s+(?:of\s+|terhadap\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:kesepakatan\s+|perjanjian\s+)?{_TRUCE}",
    re.IGNORECASE,
)
# its failure to keep it: "X's failure to honour the deal", "kegagalan X (untuk) menghormati gencatan senjata"
_KEEP = (r"(?:uphold|honou?r|respect|comply\s+with|observe|abide\s+by|adhere\s+to|implement|menjunjung(?:\s+tinggi)?"
         r"|menghormati|mematuhi|menaati|mentaati|melaksanakan)")
_FAILS_BEFORE = re.compile(r"(?<![\w-])kegagalan\s+$", re.IGNORECASE)  # "kegagalan <X> ..."
_FAILS_AFTER_ID = re.compile(
    rf"\s+(?:untuk\s+)?(?:(?:sepenuhnya|benar-benar)\s+)?{_KEEP}\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:kesepakatan\s+|perjanjian\s+)?{_TRUCE}",
    re.IGNORECASE,
)
_FAILS_AFTER_EN = re.compile(
    rf"(?:'s|’s)\s+(?:repeated\s+|continued\s+)?failures?\s+to\s+(?:fully\s+)?{_KEEP}\s+(?:the\s+|a\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_TRUCE}",
    re.IGNORECASE,
)


def breaks_truce(norm: str, start: int, end: int, span_end: int) -> bool:
    """Whether the party named at ``start:end`` is said to go on violating a truce, or to fail to keep it."""
    if _GOES_ON.match(norm, end, span_end) or _FAILS_AFTER_EN.match(norm, end, span_end):
        return True
    return bool(_FAILS_BEFORE.search(norm, max(0, start - 12), start) and _FAILS_AFTER_ID.match(norm, end, span_end))


__all__ = ["breaks_truce"]
