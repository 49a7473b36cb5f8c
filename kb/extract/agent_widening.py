"""Widening a speaker phrase found left of its verb to whom it stands for: the body a description names again, the
source a relay passes on ("Tasnim yang dikutip MINA"), a state's institution named before it ("the Defense Ministry
of the self-declared Republic of Artsakh"), the issuer of a document ("Data yang dirilis Kementerian X"), the body an
unnamed source is close to ("Sources close to Hamas").

Split from ``agents`` (the walk itself): each is one bounded look-back before the phrase the walk found.
"""

from __future__ import annotations

import re

from kb.extract.bodies import has_head
from kb.extract.described import described_start
from kb.extract.mentions import Mention
from kb.extract.speakers import Context

DOCUMENTS = r"(?:statement|report|announcement|communiqu[eé]|message|post|update|pernyataan|laporan|keterangan|rilis)"


# "Tasnim News Agency yang dikutip MINA melaporkan": the words between a source and the medium relaying it.
_RELAYED_BY = re.compile(
    r"\s+(?:yang|as|seperti)\s+(?:dikutip|dilansir|quoted\s+by|cited\s+by)(?:\s+oleh)?\s+(?:[^()]{1,50}\(\s*)?$"
)
# "the Defense Ministry of the self-declared Republic of Artsakh": an institution whose state follows it.
_OF_STATE = re.compile(
    r"(?:\b(?:the|an?)\s+)?(?P<body>(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*)\s+of\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+)?(?:[A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*)*\s*\(\s*)?$"  # "Republic of Artsakh ("
)


def _institution_of(norm: str, lower: int, start: int) -> int | None:
    """Where "the Defense Ministry of [the] [unrecognized]" begins, when it stands right before a state
    the agent phrase starts with; else None.

    Why: the walk leftwards stops at the lower-case adjective or the "of", and the state alone then spoke
    for its ministry (a bounded look-back of 80 characters keeps this linear)."""
    window = norm[max(lower, start - 80) : start]
    match = _OF_STATE.search(window)
    if match is None or not has_head(match.group("body")):
        return None
    return start - len(window) + match.start()


_RELEASED = (r"(?:dirilis|dikeluarkan|diterbitkan|dihimpun|disampaikan|dibagikan|diverifikasi|diunggah|released|"
             r"published|issued|compiled|shared|verified|posted)")
# "Data yang dirilis Kementerian X", "Video yang dibagikan dan diverifikasi oleh lembaga X", "footage verified by X":
# whoever released the document or the footage speaks through it.
_ISSUED = re.compile(
    r"(?<![\w-])(?P<doc>data|laporan|catatan|angka|figures|data\s+released|report|video|rekaman|footage|images)"
    r"(?:\s+(?:resmi|terbaru|terkini|latest))?"
    rf"\s+(?:yang\s+)?{_RELEASED}(?:\s+(?:dan|and)\s+{_RELEASED})?(?:\s+(?:oleh|by))?\s+$",
    re.IGNORECASE,
)
# Who an unnamed source is with, before the body: "Sources close to Hamas", "an official with the army".
_AFFILIATED = re.compile(
    r"(?<![\w-])(?:(?:a|an|the|two|several|some|sebuah|seorang)\s+)?(?:(?:senior|military|security|medical|"
    r"informed)\s+)?(?:sources?|officials?|members?|sumber|pejabat|anggota)\s+"
    r"(?:close\s+to|familiar\s+with|with|(?:yang\s+)?dekat(?:\s+dengan)?|di\s+dalam)\s+$",
    re.IGNORECASE,
)
# "A statement from the army", "Laporan-laporan awal dari kelompok X", "initial reports from"
_DOCUMENT_OF = re.compile(
    rf"(?<![\w-]){DOCUMENTS}(?:-{DOCUMENTS})?s?(?:\s+(?:resmi|tertulis|official|issued|released|published|awal|"
    r"initial|preliminary|early|terbaru|latest))?\s+(?:from|by|of|dari|oleh)\s+$",
    re.IGNORECASE,
)

def widened(
    norm: str, lower: int, start: int, end: int, i: int, mentions: list[Mention], context: Context
) -> tuple[int, int, int]:
    """The phrase found by the walk, widened to whom it stands for (``i`` -1: nothing more before it): the body
    named so before, the source a relay passes on, a state's institution, the issuer of a document, what a source
    is close to."""
    described = described_start(norm, lower, start, end, context.spoken)
    if described is not None:  # "The emergency room reported": the body named so before
        start, i = described, -1
    relayed = _RELAYED_BY.search(norm, max(lower, start - 100), start)
    source = next((m for m in mentions if relayed and m.end == relayed.start()), None)
    if source is not None:  # "Tasnim yang dikutip MINA melaporkan": Tasnim reports, MINA passes it on
        start, end, i = source.start, source.end, -1
    state = any(m.start == start and m.actor is not None and m.actor.kind == "State" for m in mentions)
    owner_start = _institution_of(norm, lower, start) if state else None
    if owner_start is not None:
        start, i = owner_start, -1
    issued = _ISSUED.search(norm, max(lower, start - 60), start)
    if issued is not None:  # "Data yang dirilis Kementerian Kesehatan menunjukkan": the issuer speaks
        start, i = issued.start("doc"), -1
    elif _DOCUMENT_OF.search(norm, max(lower, start - 40), start):
        i = -1  # "A statement from the Sudanese army said": who issued it speaks, the document does not
    affiliated = _AFFILIATED.search(norm, max(lower, start - 40), start) if i >= 0 else None
    if affiliated is not None:  # "Sources close to Hamas", "an official with the army": one speaker phrase
        start, i = affiliated.start(), -1
    return start, end, i
