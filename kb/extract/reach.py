"""A victim noun whose hurt word stands past the noun phrase's own tail: where it comes from ("dari Palang
Merah setempat", "from the regional Red Crescent branch") and a relative clause ("yang ditempatkan di kota itu",
"affiliated with the group", "who were guarding the base").

Why: the figure reader looks for the hurt word within a few words of the noun; a report that names who the
victims were ("300 tentara yang bertugas di pangkalan udara dekat perbatasan itu tewas", "two medics
from the X relief society affiliated with the party were hurt") puts the predicate far past that window,
and the figure was lost.  Reading further is safe only while the words between are the noun phrase's own: a
place or body named after "dari"/"from" (or where the victims were: "in the village of X near Y"), then one
relative clause, with no comma, number, quotation mark, second clause (a speech verb, "that"/"bahwa", a
subordinator) or hurt word of their own; a hurt word right after "yang"/"who"/"those" belongs to another
relative ("the funeral of those killed") and does not count.
One bounded pattern over the text after the noun (lazy runs of at most 60 and 80 characters).
"""

from __future__ import annotations

import re

_FREE = r"[^,;:.()\d\"\u201c\u201d\u2013\u2014]"
_HURT = (
    r"(?P<killed>killed|died|dead|tewas|terbunuh|meninggal(?:\s+dunia)?|gugur|meregang\s+nyawa)"
    r"|(?P<wounded>wounded|injured|hurt|terluka|luka-luka|cedera|(?:sustained|suffered)\s+(?:[a-z]+\s+){0,2}"
    r"(?:injuries|wounds))"
)
_TAIL = re.compile(
    r"(?P<tail>(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,4}(?:\s+[a-z]+){0,2}?"
    rf"(?P<pp>\s+(?:dari|from|of|asal|in|at|near|di|dekat)\s+{_FREE}{{1,60}}?)?"
    rf"(?P<rel>\s+(?:yang|who|affiliated|stationed|based|working|serving|deployed)\s+{_FREE}{{1,80}}?)?)"
    r"\s+(?:(?:were|was|have\s+been|had\s+been|reportedly|telah|sudah|juga|also|dilaporkan)\s+){0,2}"
    rf"(?:{_HURT})(?![\w-])",
    re.IGNORECASE,
)
# Words that open a clause of their own: the hurt word past them is no longer the noun's predicate.
_CLAUSE = re.compile(
    r"(?<![\w-])(?:said|says|say|told|tells|claimed|reported|that|after|when|while|before|but|and\s+(?:the\s+)?"
    r"(?:killed|wounded|injured)|mengatakan|menyatakan|kata|katanya|bahwa|setelah|ketika|saat|sebelum|namun|tetapi"
    r"|melaporkan|menyebut|menurut|according|killing|wounding|menewaskan|melukai|killed|wounded|injured|tewas"
    r"|terluka|luka|dead|died|meninggal)(?![\w-])",
    re.IGNORECASE,
)
_RELATIVE_END = re.compile(r"(?<![\w-])(?:yang|who|those|the|of|which|whom)\s*$", re.IGNORECASE)


def far_hurt(norm: str, noun_end: int, hi: int) -> str | None:
    """ "killed" or "wounded" when the hurt word past the noun's tail (from ``noun_end``, not crossing ``hi``)
    is the figure's own predicate, else None."""
    match = _TAIL.match(norm[:hi], noun_end)
    if match is None or not (match.group("pp") or match.group("rel")):
        return None
    tail = match.group("tail")
    if _CLAUSE.search(tail) or _RELATIVE_END.search(tail):
        return None
    return "killed" if match.group("killed") else "wounded"


# "menewaskan pemimpin kelompok itu dan 20-30 anak-anak", "killing the commander of the unit and 12 fighters": the
# figure is the second object of a harming verb, its first object a noun phrase without a number or verb of its own
_OBJECT = re.compile(
    r"(?<![\w-])(?:(?P<killed>menewaskan|membunuh|tewaskan|killing|kills|killed|kill)|(?P<wounded>melukai|mencederai"
    rf"|wounding|injuring))\s+(?P<first>{_FREE}{{1,80}}?)\s(?:dan|and|serta)\s+$",
    re.IGNORECASE,
)
_VERB = re.compile(
    r"(?<![\w-])(?:[a-z]+ed|[a-z]{3,}ing|was|were|is|are|has|have|had|me[a-z]{4,}|di[a-z]{4,}kan|yang|who)(?![\w-])",
    re.IGNORECASE,
)


_PASSIVE = re.compile(r"(?<![\w-])(?:was|were|been|be|is|are)\s+$", re.IGNORECASE)


def object_hurt(norm: str, start: int, lo: int) -> str | None:
    """ "killed" or "wounded" when the figure at ``start`` is the second object of a harming verb before it (not
    reaching back past ``lo``), else None."""
    match = _OBJECT.search(norm, max(lo, start - 110), start)
    if match is None or _VERB.search(match.group("first")) or _PASSIVE.search(norm, max(0, match.start() - 12),
                                                                              match.start()):
        return None  # "were killed near the post and 12 ...": a passive has no object
    return "killed" if match.group("killed") else "wounded"


__all__ = ["far_hurt", "object_hurt"]
