"""Responsibility placed on a party: blame told with a responsibility noun, not an accusing verb (session 21).

The seeds README counts blame for the fighting as an accusation whatever words carry it.  A speaker often
places it with the noun and a verb of location or burden rather than "accused" or "blamed":

- the party after the noun's verb: "all responsibility for the escalation lies with X", "responsibility rests
  with X", "the blame falls on X", "tanggung jawab atas eskalasi itu terletak pada X", "... berada di tangan X";
- the party as the subject of a burden: "X bears full responsibility for", "X bore the entire responsibility",
  "X memikul tanggung jawab penuh atas" (the bare "bears responsibility" is ``lexicon.RESPONSIBLE``);
- the party held to it: "holds X responsible for", "held X fully responsible" ("menganggap X bertanggung jawab"
  is left out: "menganggap" is no verb of speech, so the outlet would be read as the accuser).

Written for five phrasings of one thing (a wire's "responsibility lies with", a daily's "holds X responsible", a
regional site's "X bears full responsibility", a broadcaster's "the blame rests with", an Indonesian portal's
"tanggung jawab ... terletak pada X"); each search is bounded by a window of characters, so the cost stays linear.
"""

from __future__ import annotations

import re

from kb.actors import Gazetteer
from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.mentions import Mention
from kb.extract.speakers import party_label

# What the blame is for: harm or the fighting ("responsibility for security lies with the army" is a duty, no blame).
_HARM = (
    r"(?:tension|tensions|escalation|consequences|attacks?|strikes?|deaths?|killings?|violence|war|conflict|crisis"
    r"|provocations?|incidents?|bloodshed|shelling|aggression|casualties|ketegangan|eskalasi|konsekuensi(?:nya)?"
    r"|serangan|kematian|pembunuhan|kekerasan|perang|konflik|insiden|provokasi|pertumpahan\s+darah|penembakan"
    r"|korban)"
)
# the noun (all of it, or for a harm), then a verb that places it on whoever follows
LIES_WITH = re.compile(
    r"(?<![\w-])(?:(?:(?:all|full|entire|whole|sole|semua|seluruh)\s+(?:the\s+)?(?:responsibility|blame|tanggung\s+jawab))"
    r"(?:\s+[\w,'\u2019-]+){0,8}?"
    r"|(?:responsibility|blame|tanggung\s+jawab)\s+(?:for|atas|terhadap)\s+(?:[\w'\u2019-]+\s+){0,3}?" + _HARM +
    r"(?:\s+[\w,'\u2019-]+){0,5}?)\s+"
    r"(?:lies|lay|lie|rests|rested|rest|falls|fell|fall|remains|terletak|berada|ada|jatuh)\s+"
    r"(?:(?:entirely|solely|squarely|fully|sepenuhnya|hanya)\s+)?"
    r"(?:with|on|upon|pada|di\s+tangan|di\s+pundak|di\s+pihak|kepada)(?![\w-])",
    re.IGNORECASE,
)
# a burden the subject carries: "X bears full responsibility", "X memikul tanggung jawab penuh"
BEARS = re.compile(
    r"(?<![\w-])(?:bears?|bore|bearing|carries|carry|memikul|menanggung)\s+(?:(?:the|all|full|entire|whole|sole"
    r"|complete|total|penuh|seluruh|semua)\s+){1,3}(?:responsibility|tanggung\s+jawab)(?![\w-])"
    r"|(?<![\w-])(?:memikul|menanggung)\s+(?:seluruh\s+|semua\s+)?tanggung\s+jawab(?![\w-])",
    re.IGNORECASE,
)
# a party held to account: "holds X responsible", "menganggap X bertanggung jawab"
HOLDS = re.compile(
    r"(?<![\w-])(?:holds?|held|holding)(?=\s+(?:[\w'\u2019.-]+\s+){1,6}?"
    r"(?:(?:fully|directly|solely|entirely|sepenuhnya)\s+)?(?:responsible|accountable|bertanggung\s+jawab)(?![\w-]))",
    re.IGNORECASE,
)
_FORCE_AFTER = re.compile(
    rf"\s+(?:(?:the|its|their|para|pihak)\s+)?({alternation(lexicon.FORCE_WORDS)})(?![\w-])", re.IGNORECASE
)
_AFTER = 70  # characters after the placing verb within which the party is named
_SKIP = re.compile(r"[\s\w'\u2019-]*", re.IGNORECASE)
_BREAK = re.compile(r"[.;:!?\"\u201c\u201d]")


def party_after(
    norm: str, cue: re.Match[str], span: tuple[int, int], parties: list[Mention], gazetteer: Gazetteer
) -> tuple[str, Mention | None] | None:
    """The first party named after ``cue`` within its clause ("lies with the military-political leadership of X":
    X), never past a sentence stop or a quote mark."""
    end = min(span[1], cue.end() + _AFTER)
    stop = _BREAK.search(norm, cue.end(), end)
    end = stop.start() if stop else end
    for mention in parties:
        if cue.end() <= mention.start < end and mention.actor is not None:
            return party_label(mention.actor, gazetteer), mention
    force = _FORCE_AFTER.match(norm, cue.end(), end)  # "rests with the junta's commanders": an armed body by name
    return (force.group(1), None) if force else None
