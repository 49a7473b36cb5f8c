"""A call named by a noun, with its caller: "ignoring calls by the UN for a truce" (issue 13, session 21, stm21).

The seeds README types a call as "a public demand or proposal addressed to parties".  Reporters often tell one
as a noun, owned by who made it, inside a sentence about someone else: "Tehran brushed aside calls from
European governments to hold back", "the army kept up its shelling, deaf to truce
appeals by UN agencies", "Hamas
rejected the UN's appeal for a pause", "Israel menolak seruan PBB agar serangan dihentikan", "Rusia mengabaikan
desakan Amerika Serikat untuk menarik pasukannya".  No verb of speech stands there, so nobody was credited and
the call was lost (dev batches <= 13: both such sentences were gold calls, both missed).  The caller is a party
the gazetteer knows, or a body of states named by its kind ("Western leaders", "world powers", "negara-negara
Barat"); phone calls and a call's own words ("calls for restraint grew") name no caller and make none.

One bounded pattern per shape, linear in the sentence.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from kb.extract.mentions import Mention
from kb.extract.needs import absent, needs
from kb.extract.speakers import Speaker, from_mention

if TYPE_CHECKING:
    from kb.extract.frames import Frame

MAX_NOUNS = 4
_PHONE = re.compile(r"(?<![\w-])(?:phone|telephone|telepon|distress|emergency|robo|automated|otomatis)\s+$", re.I)
# "calls (for a truce) from / by <caller>": the caller after "from"/"by", at most a short object between
_CALLS_FROM = re.compile(
    r"(?<![\w-])(?P<noun>calls?|appeals?|demands?|pleas?)(?:\s+(?:for|to|on)\s+[^,.;:\"“”()]{1,60}?)?"
    r"\s+(?:from|by)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "the UN's calls for a truce", "Washington's repeated demands that ...": the caller before "'s"
_CALLS_OWNED = re.compile(
    r"(?:'s|’s)\s+(?:(?:repeated|renewed|latest|urgent|earlier|many|new)\s+)?(?P<noun>calls?|appeals?|demands?|pleas?)"
    r"\s+(?:for|to|on|that)(?![\w-])",
    re.IGNORECASE,
)
# "seruan PBB agar ...", "desakan dari Amerika Serikat untuk ...": the caller right after the noun
_SERUAN = re.compile(
    r"(?<![\w-])(?P<noun>seruan|desakan|imbauan|himbauan|tuntutan|ajakan)\s+(?:(?:dari|oleh)\s+)?",
    re.IGNORECASE,
)
_SERUAN_AFTER = re.compile(r"\s*(?:,\s*)?(?:agar|supaya|untuk|kepada|bagi|yang\s+meminta|yang\s+mendesak)(?![\w-])",
                           re.IGNORECASE)
# a body of states named by its kind: "Western leaders", "world powers", "negara-negara Barat"
_BODY = re.compile(
    r"(?:(?:Western|world|European|Arab|international|foreign|regional|global)\s+"
    r"(?:leaders|powers|governments|countries|nations|community|allies|partners|mediators)"
    r"|negara-negara\s+(?:Barat|Eropa|Arab)|komunitas\s+internasional|masyarakat\s+internasional|para\s+pemimpin\s+dunia)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_PARTY_KINDS = ("State", "Government", "Ministry", "Organization", "Group", "Person", "Military")


def _party(mention: Mention) -> bool:
    return mention.actor is not None and mention.actor.kind not in ("NewsAgency", "Outlet")


def _caller_at(norm: str, pos: int, mentions: list[Mention]) -> tuple[Speaker, tuple[int, int]] | None:
    """The caller named right at ``pos``: a party the gazetteer knows, or a body of states by its kind."""
    mention = next((m for m in mentions if m.start == pos and _party(m)), None)
    if mention is not None:
        return from_mention(mention, norm), (mention.start, mention.end)
    body = _BODY.match(norm, pos)
    if body is not None:
        return Speaker(body.group(0), None, None), body.span()
    return None


_SERUAN_NEEDS = needs(_SERUAN)  # a sentence without these words is not scanned


def call_noun_frames(norm: str, mentions: list[Mention], lang: str) -> list[Frame]:
    """Frames typed ``call`` whose verb is a call noun and whose speaker is the caller it names."""
    from kb.extract.frames import Frame  # the frame type, not the finder: no import cycle at load

    found: list[Frame] = []
    for match in islice(_CALLS_FROM.finditer(norm), MAX_NOUNS):
        if _PHONE.search(norm, max(0, match.start() - 16), match.start()) or any(
                _party(m) and 0 <= match.start() - m.end <= 2 for m in mentions):
            continue  # "phone calls from ...", "Russia demands from Kyiv ...": no call noun with its caller
        caller = _caller_at(norm, match.end(), mentions)
        if caller is not None:
            found.append(_frame(Frame, match.span("noun"), caller, lang))
    for match in islice(_CALLS_OWNED.finditer(norm), MAX_NOUNS):
        owner = next((m for m in mentions if m.end == match.start() and _party(m)), None)
        if owner is not None:
            found.append(_frame(Frame, match.span("noun"), (from_mention(owner, norm), (owner.start, owner.end)), lang))
    for match in () if absent(_SERUAN_NEEDS, norm) else islice(_SERUAN.finditer(norm), MAX_NOUNS):
        caller = _caller_at(norm, match.end(), mentions)
        if caller is not None and _SERUAN_AFTER.match(norm, caller[1][1]):
            found.append(_frame(Frame, match.span("noun"), caller, lang))
    return found


def _frame(frame_type: type[Frame], noun: tuple[int, int], caller: tuple[Speaker, tuple[int, int]],
           lang: str) -> Frame:
    speaker, agent = caller
    verb = (noun[0], max(noun[1], agent[1]))  # "calls by the UN": the caller after the noun is no part of the call
    return frame_type(speaker, verb, agent, (0, 0), "call", f"{lang}.nominal.call", "verb", "call")


__all__ = ["call_noun_frames"]
