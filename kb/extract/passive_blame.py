"""Blame written in the passive: "the strike has been blamed on the RSF", "serangan itu disalahkan pada
Israel", "tentara junta dituduh melakukan pembantaian", "the militia stands accused of looting",
"the RSF are suspected of carrying out the attacks".

Why a rule of its own: the reporter's own words accuse only through wrongdoing they pin on a party
(``kb.extract.claims``), so a sentence that reports that a party *is blamed* — an accusation that
exists, whoever made it — fell through, and when a speaker said it the accused was read from the
wrong side of the verb.  The accused stands after "blamed on"/"disalahkan pada", and before "dituduh"/"is
accused of" (the passive's subject).  Each search is one bounded pattern over the sentence.
"""

from __future__ import annotations

import re

from kb.actors import Gazetteer
from kb.extract.mentions import Mention
from kb.extract.needs import absent, needs
from kb.extract.speakers import party_label

# The accused follows: "blamed on X", "disalahkan (pada|kepada) X", "dituduhkan kepada X".
_ON = re.compile(
    r"(?<![\w-])(?:(?:has|have|had|was|were|is|are|been|being)\s+(?:\w+ly\s+)?blamed\s+on"
    # a reduced relative after its noun: "near-daily strikes blamed on X", "attacks widely blamed on X" (never
    # the active "X blamed on Tuesday ...": a day or a date is no party)
    r"|(?<=[a-z]\s|,\s)(?:(?:widely|largely|often)\s+)?blamed\s+on(?=\s+(?!(?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|\d))[\w-])"
    r"|(?:di(?:per)?salahkan|dituduhkan|ditudingkan)\s+(?:pada|kepada|terhadap|ke)"
    r"|(?:yang\s+)?dialamatkan\s+(?:pada|kepada))\s+(?:the\s+|pihak\s+)?",
    re.IGNORECASE,
)
# The accused precedes: "X dituduh ...", "X is accused of ...", "X stands accused of ...".
_SUBJECT = re.compile(
    r"(?<![\w-])(?:dituduh|dituding|disalahkan\s+atas|(?:is|are|was|were|has\s+been|have\s+been|stands?|stood"
    # a time or an adverb between the auxiliary and "been": "has in recent months been accused of"
    r"|(?:has|have|had)\s+(?:[\w-]+\s+){1,4}?been|(?:is|are)\s+being)\s+(?:\w+ly\s+)?(?:accused|suspected)\s+of)(?![\w-])",
    re.IGNORECASE,
)
WINDOW = 60
"""Characters searched on the accused's side of the passive verb."""


_SUBJECT_NEEDS = needs(_SUBJECT)  # a sentence without these words is not scanned


def passive_blame(norm: str, span: tuple[int, int]) -> re.Match[str] | None:
    """The first passive blame in ``norm[span]``, if any ("tidak disalahkan atas", "was not blamed on" blame
    nobody)."""
    subject = None if absent(_SUBJECT_NEEDS, norm, *span) else _SUBJECT.search(norm, *span)
    found = [m for m in (_ON.search(norm, *span), subject) if m is not None]
    found = [m for m in found if not _NEGATED.search(norm, max(span[0], m.start() - 12), m.start() + 12)]
    return min(found, key=lambda m: m.start()) if found else None


_NEGATED = re.compile(r"(?<![\w-])(?:not|never|tidak|tak|bukan|belum)(?![\w-])", re.IGNORECASE)


def blamed_party(
    norm: str, span: tuple[int, int], mentions: list[Mention], gazetteer: Gazetteer, skip: set[str]
) -> str | None:
    """Who a passive blame in ``span`` pins it on: a known party on the accused's side of the verb."""
    match = passive_blame(norm, span)
    if match is None:
        return None
    known = [m for m in mentions if m.actor is not None and m.actor.iri not in skip]
    if match.re is _ON:
        after = [m for m in known if match.end() <= m.start < min(span[1], match.end() + WINDOW)]
        return party_label(after[0].actor, gazetteer) if after and after[0].actor else None
    floor = max(span[0], match.start() - WINDOW, norm.rfind(",", 0, match.start()) + 1)
    before = [m for m in known if floor <= m.start and m.end <= match.start()]
    if before and before[-1].actor:
        return party_label(before[-1].actor, gazetteer)
    words = re.findall(r"[^\W\d][\w'-]*", norm[floor : match.start()])[-3:]  # "tentara junta dituduh"
    while words and words[0].casefold() in _LEAD:
        words.pop(0)
    return " ".join(words) or None


# "Moscow blamed the shelling on Ukrainian forces", "menyalahkan serangan itu kepada Israel": the accused
# stands after "on"/"kepada", past what is blamed, when the blaming verb stands right before the words scoped.
_VERB_BEFORE = re.compile(r"(?:blamed|blames|blame|blaming|menyalahkan|menudingkan|menuduhkan)\s*$", re.IGNORECASE)
# stands after "on"/"kepada", past what is blamed, when the blaming verb stands right before the words scoped; never
# across "for"/"atas" ("blamed X for the attack on Stepanakert": X is blamed, the place after "on" was struck)
_THING_ON = re.compile(r"\s*(?:(?!(?:for|over|atas)\s)[\w'\u2019-]+\s+){1,6}?(?:on|pada|kepada)\s+(?:the\s+|pihak\s+)?",
                       re.IGNORECASE)


def blamed_on(
    norm: str, span: tuple[int, int], mentions: list[Mention], gazetteer: Gazetteer, skip: set[str]
) -> str | None:
    """Who an active "blamed X on Y" pins it on: a known party right after "on"."""
    if not _VERB_BEFORE.search(norm, max(0, span[0] - 14), span[0]):
        return None
    on = _THING_ON.match(norm, span[0], min(span[1], span[0] + 70))
    if on is None:
        return None
    after = next((m for m in mentions if m.start == on.end() and m.actor is not None), None)
    return party_label(after.actor, gazetteer) if after and after.actor and after.actor.iri not in skip else None


_LEAD = frozenset(("the", "a", "an", "and", "dan", "para", "pihak", "yang", "its", "their", "that", "which"))


__all__ = ["blamed_on", "blamed_party", "passive_blame"]
