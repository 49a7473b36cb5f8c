"""Claims named by a noun, with their owner: "Zelensky's figure of 31,000", "Russia's tally of 600 soldiers",
"Klaim Rusia bahwa 600 tentara tewas", "data Kementerian Kesehatan", "laporan Kementerian Kesehatan Gaza tentang
enam warga yang meninggal".

Why: with no reporting verb the figure fell to the outlet, although the sentence says whose it is; a
fact-checker's "who said this?" is the owner of the figure or the claim.  The owner is a named actor or
person right before "'s" (English) or right after the noun (Indonesian); the frame then credits what
follows, as "according to" does.  One pass of a bounded pattern per sentence.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from kb.extract import lexicon
from kb.extract.mentions import Mention
from kb.extract.speakers import from_mention

if TYPE_CHECKING:
    from kb.extract.frames import Frame

MAX_NOUNS = 8
_NOUNS = r"(?:figures?|tally|count|toll|death\s+toll|estimates?|claims?|numbers)"
_POSSESSED = re.compile(
    r"(?:'s|’s)\s+(?:(?:own|latest|official|new|updated|revised|daily|initial|earlier|previous)\s+){0,2}"
    rf"{_NOUNS}(?![\w-])",
    re.IGNORECASE,
)
_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(?:klaim|angka|catatan|hitungan|perkiraan|laporan)\s+(?:(?:terbaru|resmi|sebelumnya)\s+)?$",
    re.IGNORECASE,
)


def nominal_frames(norm: str, mentions: list[Mention], lang: str) -> list[Frame]:
    """Frames whose verb is a claim noun and whose speaker is its owner."""
    from kb.extract.frames import Frame  # the frame type, not the finder: no import cycle at load

    found: list[Frame] = []
    for match in islice(_POSSESSED.finditer(norm), MAX_NOUNS):
        owner = next((m for m in mentions if m.end == match.start() and _owner(m)), None)
        if owner is not None:
            found.append(_frame(Frame, norm, owner, match.span(), lang))
    for mention in mentions:
        if not _owner(mention) or len(found) >= MAX_NOUNS:
            continue
        noun = _NOUN_BEFORE.search(norm, max(0, mention.start - 30), mention.start)
        if noun is not None and not _object_of_verb(norm, noun.start()):
            found.append(_frame(Frame, norm, mention, noun.span(), lang))
    return found


_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")


def _object_of_verb(norm: str, start: int) -> bool:
    """Whether the claim noun at ``start`` is the object of a reporting verb right before it ("menyebut klaim Armenia
    sebagai kebohongan", "membantah laporan Kementerian ..."): that verb's speaker speaks of it; its owner says nothing
    here."""
    before = _WORD_BEFORE.search(norm, max(0, start - 30), start)
    return before is not None and before.group(1).casefold() in lexicon.PRE_VERBS


def _owner(mention: Mention) -> bool:
    """A party, body or person the gazetteer knows, or a person's name: not a place or a medium's credit."""
    return mention.actor is not None or (mention.name is not None or len(mention.text.split()) > 1)


def _frame(frame_type: type[Frame], norm: str, owner: Mention, noun: tuple[int, int], lang: str) -> Frame:
    verb = re.sub(r"\s+", " ", norm[noun[0] : noun[1]].casefold())
    agent = (min(owner.start, noun[0]), max(owner.end, noun[1]))
    frame = frame_type(from_mention(owner, norm), noun, agent, (0, 0), None, f"{lang}.nominal.claim", "according",
                       verb)
    frame.subordinate = True  # it credits the figures it holds, and makes no statement of its own
    return frame


__all__ = ["nominal_frames"]
