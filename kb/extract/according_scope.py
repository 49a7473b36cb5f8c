"""The words an "according to X" speaks for, and where it starts them.

Apart from ``frame_scope`` (speech verbs and quotations) because an according-to phrase reads its own cues:
what follows it may say who X is, what X's count rests on or what the event did next rather than what X
said, and an according-to closing a relative clause speaks only for that clause.  Both modules read the
same clause marks (``scope_marks``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kb.extract import lexicon
from kb.extract.scope_marks import BREAK, content_words, last_before, next_after, words
from kb.extract.scope_marks import DAY_AFTER as _DAY_AFTER
from kb.extract.scope_marks import PARTICIPLE_AFTER as _PARTICIPLE_AFTER
from kb.extract.scope_marks import SETTING_AFTER as _SETTING_AFTER
from kb.extract.scope_marks import TIME_AFTER as _TIME_AFTER
from kb.extract.speaker_grammar import according_before

if TYPE_CHECKING:
    from kb.extract.frames import Frame

# Who the source is, after its name: "..., according to X, a group whose data ...", "menurut X, kelompok yang ..."
_APPOSITION = re.compile(r"\s*,\s*(?:a|an|the|who|whose|which|one\s+of|seorang|sebuah|suatu|salah\s+satu|yang"
                         r"|kelompok|lembaga|organisasi|badan|LSM|jaringan|koalisi|asosiasi|perhimpunan)\s",
                         re.IGNORECASE)

_BASIS_AFTER = re.compile(r"\s*,?\s*(?:based\s+on|berdasarkan|drawing\s+on)(?![\w-])", re.IGNORECASE)
# A relative clause still open when an according-to comes (its comma the last before it): "The strike, which killed 40
# according to X, drew ...", not "hit the town, which lies near the border, and according to X, 12 were killed"
_WHICH_OPEN = re.compile(r",\s+(?:which|yang)\s")

_BACKGROUND_AFTER = re.compile(
    rf"\s*,\s*(?:[a-z]+ly\s+)?(?!as\s+(?:many|much|few|of)\b)(?:{words(lexicon.SUBORDINATORS)})(?![\w-])"
    r"|\s*,\s*(?:making|marking|leaving|raising)\s", re.I  # "..., according to X, making it the deadliest ..."
)

_AS_OF = re.compile(r"\s*,\s*(?:as\s+of|as\s+at|hingga|sampai|per)\s+[^,.;]{1,30},", re.I)

# ", which left 12 dead, according to Y", "..., yang menewaskan 12 orang, menurut Y": a relative clause opening
_RELATIVE_OPENING = re.compile(r",\s*(?:which|yang)\s", re.IGNORECASE)


def relative_start(norm: str, lower: int, upper: int) -> int | None:
    """Where the last relative clause between ``lower`` and ``upper`` opens (its comma), if one does."""
    starts = [m.start() for m in _RELATIVE_OPENING.finditer(norm, lower, upper)]
    return starts[-1] if starts else None


def relative_floor(norm: str, floor: int, frame: Frame, others: list[Frame]) -> int:
    """Where an "according to" closing a relative clause starts its words: "The army said it killed three commanders
    in the strikes, which left 12 dead, according to the ministry": the ministry gives the toll of the clause, the
    army's words before it stay the army's.  Only after another speaker's verb earlier in the sentence."""
    speaker_before = max((f.verb[1] for f in others if f is not frame and f.kind == "verb"
                          and f.verb[1] <= frame.agent[0]), default=None)
    if speaker_before is None:
        return floor
    opening = last_before(_RELATIVE_OPENING, norm, frame.agent[0], max(floor, speaker_before))
    return opening if opening > max(floor, speaker_before) else floor


def according_scope(norm: str, before: tuple[int, int], after: tuple[int, int], bounds: tuple[int, int],
                     quoted: list[int]) -> tuple[int, int]:
    """The words an "according to X" speaks for: what follows it ("Menurut data X, 40 orang tewas": nothing before),
    or the words before it when what follows only sets the scene, says who X is, what X's count rests on, or what the
    event did next (``bounds``: the clause's floor and where the attribution ends)."""
    floor, tail = bounds
    if when := _AS_OF.match(norm, tail):  # "according to X, as of 21:30, 200 ..."
        after = (when.end(), min([next_after(BREAK, norm, when.end()), *quoted]))
    day = _DAY_AFTER.match(norm, tail)  # "..., according to X on Monday, amid fears of ...": when, then setting
    setting = day.end() if day else tail
    if (_SETTING_AFTER.match(norm, setting) or _TIME_AFTER.match(norm, setting)) and \
            content_words(norm, *before) >= 3:
        return before
    if _APPOSITION.match(norm, tail) and content_words(norm, *before) >= 3:
        return before  # "..., according to Ko Min, a fighter from the village": who he is, not what he says
    if _BACKGROUND_AFTER.match(norm, tail) and content_words(norm, *before) >= 3:
        return before  # "..., according to X, shortly after Y claimed ...": background, not what X says
    if _BASIS_AFTER.match(norm, tail) and content_words(norm, *before) >= 2:
        return before  # "30 died, according to a Reuters tally based on hospital records": what it rests on
    if (comma := norm.rfind(",", *before)) >= 0 and _WHICH_OPEN.match(norm, comma) and \
            norm[tail : tail + 1] == "," and content_words(norm, *before) >= 3:
        return before  # "The strike, which killed 40 according to X, drew ...": X closes the clause it counts in
    if (part := _PARTICIPLE_AFTER.match(norm, tail)) and content_words(norm, *before) >= 3:
        # "... killed 40 according to X, drawing wide condemnation": what the event did next, and "struck a house,
        # according to X, killing 12": what it did is X's too, so both sides
        return floor, next_after(BREAK, norm, part.end())
    if according_before(norm, before, after, content_words(norm, *before)):
        return before  # "Two were killed, according to X, with a source saying ...": the figure is before
    return after if content_words(norm, *after) >= 3 or content_words(norm, *before) < 2 else before
