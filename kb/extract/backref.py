"""A source named in the next sentence: "Sebanyak 40 orang tewas. Hal itu diungkapkan oleh Kementerian
Kesehatan." / "Forty people died. That is according to the ministry."

Why: reporters often state a figure first and credit it in a sentence of its own that only points back
("hal itu", "data tersebut", "this figure", "demikian").  Without this the figure stays the outlet's.
The crediting sentence carries no claim of its own; the figures of the sentence before it that nobody
else was credited with become the named source's.
"""

from __future__ import annotations

import re

from kb.extract.drafts import chain
from kb.extract.frames import Frame
from kb.extract.speakers import Speaker
from kb.pipeline.record import Claim

_POINTER = re.compile(
    r"(?<![\w-])(?:(?:hal|data|angka|jumlah|informasi|keterangan|laporan|data\s+korban|jumlah\s+korban|korban)\s+"
    r"(?:itu|ini|tersebut)|demikian|(?:this|that|these|the)\s+(?:figures?|toll|tally|numbers?|data|count|"
    r"information)|this|that)(?![\w-])",
    re.IGNORECASE,
)
# A pointer that names what it points to ("data korban tersebut", "the toll") opening the words credited:
# however long the rest, the sentence explains the figures before it rather than making a claim.
_NAMED_POINTER = re.compile(
    r"(?:data|angka|jumlah|data\s+korban|jumlah\s+korban|korban)\s+(?:itu|ini|tersebut)"
    r"|(?:this|that|these|the)\s+(?:figures?|toll|tally|numbers?|count)",
    re.IGNORECASE,
)
_LEAD = re.compile(r"^[\s,:\"]*(?:(?:bahwa|that)\s+)?", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_LIGHT = frozenset((
    "bahwa", "that", "was", "is", "were", "are", "has", "have", "had", "been", "itu", "ini", "tersebut", "hal",
    "data", "angka", "jumlah", "korban", "the", "this", "these", "according", "to", "on", "in", "pada", "hari",
    "kemarin", "yesterday", "also", "juga", "telah", "sudah",
))


def pointing_source(norm: str, frames: list[Frame]) -> tuple[Speaker, list[str]] | None:
    """The source a sentence credits with what came before it: its first frame, when the words that frame
    speaks for only point back ("Hal itu diungkapkan oleh X", "X mengatakan data tersebut ...")."""
    if not frames:
        return None
    frame = frames[0]
    before = norm[: min(frame.agent[0], frame.verb[0])]
    scope = norm[frame.scope[0] : frame.scope[1]]
    opening = _POINTER.match(_LEAD.sub("", scope))
    pointer = _POINTER.search(before) or opening
    if pointer is None or frame.speaker.first_person:
        return None
    if opening is not None and _NAMED_POINTER.fullmatch(opening.group(0)):
        return chain(frame)  # "X mengatakan bahwa data korban tersebut akibat ...": what follows explains it
    rest = [w for w in _WORD.findall(before + " " + scope) if w.casefold() not in _LIGHT]
    if len(rest) > 6:
        return None  # a claim of its own that happens to start with "this"
    return chain(frame)


def credit(claims: list[Claim], speaker: Speaker, via: list[str]) -> None:
    """Give the outlet's claims of the sentence before to the source named after them."""
    for claim in claims:
        claim.speaker = speaker.label
        claim.speaker_iri = speaker.iri
        claim.speaker_role = speaker.role
        claim.via = [*via, *(v for v in claim.via if v not in via)]
        claim.rule = claim.rule.replace(".outlet.", ".next.")
