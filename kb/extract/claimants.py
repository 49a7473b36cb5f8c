"""A denied accusation whose maker the denial names by a noun: the maker's accusation (issue 13, acc23).

"Armenia denied the accusations of the Azerbaijani defence ministry against Armenia on shelling Tovuz", "denied
accusations by X that Y shelled ...", "rejected Moscow's accusations that Ukrainian drones struck the plant",
"membantah tuduhan Kementerian Pertahanan Azerbaijan bahwa Armenia menembaki ...": the annotation gives such a
sentence two claims, the denial (the denier's) and the accusation it answers (its maker's, against whom it blames).
``denied_claims`` keeps the maker's claim when the maker speaks through a verb inside the denial ("denied Azeri
claims that ..." reads "claims" as a frame); a maker written as the owner of a claim noun has no frame, so nobody
made the accusation.  Here the owner (a party the gazetteer knows, not a medium: "denied a Reuters report" is
news, no charge) accuses with the words after the noun, when they pin an attack or a wrong on someone.
One bounded look per denial frame.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.attacks import allegation_at
from kb.extract.cue_types import cue_types
from kb.extract.draft_parties import make_draft
from kb.extract.drafts import Draft, SentenceInput, chain
from kb.extract.frames import Frame
from kb.extract.mentions import Mention
from kb.extract.parties import compile_words
from kb.extract.speakers import Speaker, party_label, speaker_side

_CHARGES = r"(?:accusations?|allegations?|claims?|charges?)"
_INDO_CHARGES = r"(?:tuduhan|tudingan|klaim)"
# the owner after the noun ("the accusations of the defence ministry", "claims by X", "tuduhan (dari) X")
_OWNER_AFTER = re.compile(
    rf"(?<![\w-])(?:{_CHARGES}\s+(?:(?:made|levelled|leveled|issued)\s+)?(?:by|from|of)\s+(?:the\s+)?"
    rf"|{_INDO_CHARGES}\s+(?:(?:dari|oleh)\s+)?(?:pihak\s+)?)$",
    re.IGNORECASE,
)
# the owner before the noun ("Moscow's accusations", "Russian accusations", "Azerbaijan's latest claims")
_OWNER_BEFORE = re.compile(
    rf"(?:['\u2019]s)?\s+(?:(?:latest|earlier|recent|repeated|new)\s+)?{_CHARGES}(?![\w-])", re.IGNORECASE
)
_MEDIA = ("NewsAgency", "Outlet")


def _owner(s: SentenceInput, frame: Frame) -> tuple[Mention, int] | None:
    """The party owning the claim noun a denial rejects, and where the claim's own words begin."""
    start, end = frame.scope
    for m in s.mentions:
        if m.actor is None or m.actor.kind in _MEDIA or not start <= m.start < end:
            continue
        if _OWNER_AFTER.search(s.norm, max(0, m.start - 50), m.start):  # the noun may stand in the verb ("membantah
            return m, m.end  # tuduhan X"), before the denial's words begin
        before = _OWNER_BEFORE.match(s.norm, m.end)
        if before is not None:
            return m, before.end()
    return None


def claimant_drafts(s: SentenceInput, drafts: list[Draft]) -> list[Draft]:
    """The accusation each denial's named claim owner makes, unless the sentence already credits it one."""
    out: list[Draft] = []
    for frame in s.frames:
        if frame.hint != "denial" or frame.speaker.first_person:
            continue
        found = _owner(s, frame)
        actor = found[0].actor if found is not None else None
        if found is None or actor is None:
            continue
        begin = found[1]
        label = party_label(actor, s.gazetteer)
        maker = Speaker(label, actor.iri, None, actor)
        if any(d.type == "accusation" and d.speaker.label in (label, actor.label) for d in [*drafts, *out]):
            continue
        words = (begin, frame.scope[1])
        via = chain(frame)[1]  # "Reuters reported that Kyiv denied Moscow's accusations ...": the same relay
        rule = f"{frame.rule.split('.')[0]}.claimant.accusation"
        against = _against(s, words, label)
        if against is not None:  # "the accusations of X against Armenia on shelling Tovuz"
            out.append(Draft("accusation", maker, rule, words, against[0], via=list(via), allegation=against[1]))
            continue
        if words[1] - words[0] < 8 or "accusation" not in cue_types(s, [words], maker, ("accusation",)):
            continue
        draft = make_draft(s, "accusation", maker, rule, words, via)
        if draft.type != "accusation":
            continue
        if draft.subject is None:
            draft.subject = speaker_side(frame.speaker, s.gazetteer) or frame.speaker.label
        out.append(draft)
    return out


_AGAINST = re.compile(r"\s*(?:against|terhadap)\s+(?:the\s+)?", re.IGNORECASE)
_ON = re.compile(r"\s*(?:on|of|for|over|atas|soal|karena)\s+", re.IGNORECASE)
_ACTS = compile_words((*lexicon.ATTACK_VERBS, *lexicon.ATTACK_NOUNS, *lexicon.WRONGDOING_VERBS,
                       *lexicon.WRONGDOING_NOUNS))


def _against(s: SentenceInput, words: tuple[int, int], maker: str) -> tuple[str, str | None] | None:
    """Whom a claim noun's owner accuses "against" a party, and of what, when an act follows ("against Armenia on
    shelling the town", "terhadap Armenia atas penembakan ..."); None without a party or an act."""
    found = _AGAINST.match(s.norm, words[0])
    if found is None:
        return None
    named = next((m for m in s.mentions if m.start == found.end() and m.actor is not None), None)
    if named is None or named.actor is None or party_label(named.actor, s.gazetteer) == maker:
        return None
    on = _ON.match(s.norm, named.end)
    if on is None or not _ACTS.match(s.norm, on.end()):
        return None
    return party_label(named.actor, s.gazetteer), allegation_at(s.norm, on.end(), words[1])


__all__ = ["claimant_drafts"]
