"""What an accusation alleges or a denial rejects, in the article's own words.

"accused Azerbaijan of shelling Terter" alleges "shelling Terter"; "menuduh Israel menghambat
negosiasi" alleges "menghambat negosiasi"; "saling tuduh telah melanggar gencatan senjata" alleges
"melanggar gencatan senjata"; "membantah angka tersebut" rejects "angka tersebut", "the RSF denied
the attack" rejects "the attack".  An attack pinned on a party (kb.extract.attacks) alleges the
attack itself.  The text runs from after the cue (and the accused, when it follows the cue) to the
end of the clause, a few words at most: enough for a reader and for conflict explanations, never
a paraphrase.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.attacks import Attack, allegation_at
from kb.extract.mentions import Mention
from kb.extract.parties import compile_words

_ACCUSE = compile_words(
    (*lexicon.TYPE_CUES["accusation"], *(v for v, t in lexicon.PRE_VERBS.items() if t == "accusation"))
)
_DENY = compile_words(
    (
        *lexicon.DENIAL_OBJECTS,
        *lexicon.TYPE_CUES["denial"],
        *(v for v, t in lexicon.PRE_VERBS.items() if t == "denial"),
    )
)
# "exchanged more accusations of shelling", "traded fresh blame", "bertukar tuduhan baru": the exchange with a word
# of its news between (the lexicon's phrases have none)
_EXCHANGE = (r"(?:trad|exchang)(?:e|es|ed|ing)\s+(?:more|fresh|new|further|renewed|bitter|angry|fierce)\s+"
             r"(?:accusations|blame|charges|allegations)")


def mutual_cues(*extra: str) -> re.Pattern[str]:
    """The mutual-blame phrases of the lexicon (and ``extra`` ones), an exchange of news told with a word between."""
    return re.compile(rf"{compile_words((*lexicon.MUTUAL_ACCUSATION, *extra)).pattern}|(?<![\w-]){_EXCHANGE}(?![\w-])",
                      re.IGNORECASE)


_MUTUAL = mutual_cues()
_LINK = re.compile(
    r"\s*(?:of|for|over|atas|karena|telah|sudah|that|bahwa|sebagai|as|having|with|dengan|pihak\s+musuh|pihak\s+lawan"
    r"|responsible|accountable|bertanggung\s+jawab|keras|strongly|sharply|firmly|tegas)(?![\w-])",
    re.I,
)
_UNNAMED_ACCUSED = re.compile(r"\s+(?:the|para|pihak)\s+[^,.;:\"]{1,40}?\s(?=(?:of|for|atas)\s)", re.I)
_OBJECT_NOUN = re.compile(r"\s+(?:the|these|this|those|its|their|such|any)?\s*([\w-]+)", re.I)


# The head of an accused named by its demonym or state ("Armenian forces", "pasukan Israel" is read left).
_ACCUSED_HEAD = re.compile(
    r"\s+(?:armed\s+)?(?:forces|troops|army|military|soldiers|side|militants|fighters|units|government|authorities"
    r"|militia|militias|jets|warplanes|drones|coalition|alliance|regime|navy|air\s+force)(?=\s+(?:of|for)\s)",
    re.IGNORECASE,
)


def _after_link(norm: str, pos: int) -> int:
    """Skip the words that join a cue to what it alleges ("of", "bahwa", "telah", "pihak musuh")."""
    for _ in range(3):
        link = _LINK.match(norm, pos)
        if link is None:
            break
        pos = link.end()
    return pos


# A relative clause right after the cue's noun: "kejahatan perang yang disengaja", "a crime that was planned".
_RELATIVE = re.compile(r"\s*(?:yang|that|which|who|whose)(?![\w-])", re.IGNORECASE)
# Two accused named as one ("the US-UK coalition", "US and British forces"): the allegation starts after both.
_PAIR = re.compile(r"\s*(?:-|/|&|and|dan)\s*", re.IGNORECASE)


def accusation_allegation(
    norm: str, scope: tuple[int, int], mentions: list[Mention], attacks: list[Attack]
) -> str | None:
    """What an accusation over ``scope`` alleges: after its accusing cue and the accused, else the attack."""
    cue = _ACCUSE.search(norm, *scope) or _ACCUSE.search(norm, max(0, scope[0] - 16), scope[1])
    if cue is not None:  # the accusing verb itself stands just before the words it scopes
        pos = cue.end()
        accused = next((m for m in mentions if 0 <= m.start - pos <= 14 and m.start < scope[1]), None)
        if accused is not None:
            pos = accused.end
            for partner in (m for m in mentions if m.start > pos and m.start < scope[1]):  # "the US-UK coalition"
                if not _PAIR.fullmatch(norm, pos, partner.start):
                    break
                pos = partner.end
            pos += len(re.match(r"(?:['\u2019]s)?(?:\s*\([^)]{0,40}\))?", norm[pos:]).group(0))  # type: ignore[union-attr]
            head = _ACCUSED_HEAD.match(norm, pos, scope[1])
            pos = head.end() if head else pos  # "accused Armenian forces of shelling": the forces are the accused
        else:  # "accused the paramilitary group of using ...": an accused the gazetteer does not name
            named = _UNNAMED_ACCUSED.match(norm, pos, min(scope[1], pos + 60))
            pos = named.end() if named else pos
        text = allegation_at(norm, _after_link(norm, pos), scope[1])
        if accused is None and text and (text.split()[0].casefold() in ("and", "dan", "or", "atau")
                                         or _RELATIVE.match(norm, pos)):
            # "war crimes and crimes against humanity", "kejahatan perang yang disengaja", "a crime that was
            # planned": the cue too (a relative clause alone is what the cue's noun is, nothing alleged)
            text = allegation_at(norm, cue.start(), scope[1])
        if text and not _just_party(text, mentions, norm):
            return text
    inside = [a for a in attacks if scope[0] <= a.start < scope[1]]
    if inside:
        return inside[0].allegation
    return cue.group(0) if cue is not None else None


def denial_allegation(norm: str, scope: tuple[int, int]) -> str | None:
    """What a denial rejects: the words after its cue ("the figure", "melanggar gencatan senjata")."""
    cue = _DENY.search(norm, max(0, scope[0] - 30), scope[1]) or _DENY.search(norm, max(0, scope[0] - 60), scope[1])
    if cue is None:
        return None
    noun = re.match(r"\S+\s+", cue.group(0))  # "membantah angka", "rejected the figure": keep the noun
    start = cue.start() + noun.end() if noun and noun.end() < len(cue.group(0)) else _after_link(norm, cue.end())
    text = allegation_at(norm, start, scope[1])
    if text:
        return text
    said_of = re.search(r"\bof\s+(the\s+[\w-]+)", norm[scope[1] : scope[1] + 40])  # "..., Peskov said of the report"
    return said_of.group(1) if said_of else cue.group(0)


def mutual_allegation(norm: str, start: int, attacks: list[Attack]) -> str | None:
    """What each side of "saling tuduh ..." / "accused each other of ..." alleges."""
    cue = _MUTUAL.search(norm, start)
    if cue is None:
        return None
    later = [a for a in attacks if a.start >= cue.end()]
    if later:
        return later[0].allegation
    when = _WHEN.match(norm, cue.end())  # "accused each other on Monday of ...": when, then what
    return allegation_at(norm, _after_link(norm, when.end() if when else cue.end()), len(norm))


# A day or an adverb of time between the mutual cue and its link ("on Monday", "pada Senin (12/10)", "again").
_WHEN = re.compile(
    rf"(?:\s+(?:(?:on|pada|hari)\s+)?(?i:{'|'.join(sorted(lexicon.WEEKDAYS, key=len, reverse=True))})"
    r"(?:\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?|\s+(?:again|lagi|kembali|today|yesterday|overnight))+(?![\w-])",
    re.IGNORECASE,
)


def _just_party(text: str, mentions: list[Mention], norm: str) -> bool:
    """True when the words found are only a party's name (the accused, not what it is accused of)."""
    names = {norm[m.start : m.end].casefold() for m in mentions}
    return text.casefold() in names
