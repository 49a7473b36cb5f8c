"""An attack confirmed by a source is that source's charge against its attacker ("the clinic director confirmed the
raid on the camp", "direktur klinik mengonfirmasi serangan terhadap kamp itu").

Why a rule of its own (issue 13, session 34 types sweep, blind batch 25 cause B2): "confirmed" is a plain reporting
verb and "the raid" names no doer, so the sentence made no claim at all, though the source vouches for the article's
attack.  The accused is the party the article has said struck (``ArticleParties.striker``), never the speaker's own
side: "the army confirmed the strike" on its own operation is its statement, not a charge; and never an attack told as
a toll's cause ("confirmed that the shelling left 12 dead": the casualty claim carries it) nor a clause after "that".
"""

from __future__ import annotations

import re

from kb.extract.drafts import SentenceInput
from kb.extract.speakers import Speaker, speaker_side

_CONFIRMED = re.compile(
    r"(?<![\w-])(?:confirmed|confirms|confirming|mengonfirmasi|mengkonfirmasi|membenarkan)\s+"
    r"(?:(?:the|an?|this|these|adanya|terjadinya)\s+)?(?:(?!that\s|bahwa\s)[\w-]+\s+){0,2}?"
    r"(?:attacks?|raids?|strikes?|air\s*strikes?|shelling|bombing|bombardment|assault|serangan(?:\s+udara)?"
    r"|penyerangan|penembakan|pengeboman|gempuran)(?![\w-])",
    re.IGNORECASE,
)
_REACH = 24  # characters before the words scoped where the confirming verb may stand (the frame's own verb)


_VERB = re.compile(r"(?:confirm|mengonfirmasi|mengkonfirmasi|membenarkan)", re.IGNORECASE)


def confirmed_attack(s: SentenceInput, span: tuple[int, int]) -> bool:
    """Whether the words ``span`` scopes open with an attack confirmed (the frame's verb right before them)."""
    if _VERB.search(s.norm, max(0, span[0] - _REACH), span[0] + 2) is None:
        return False  # no confirming verb where the words open: the common case, one short search
    match = _CONFIRMED.search(s.norm, max(0, span[0] - _REACH), span[1])
    return match is not None and match.start() <= span[0] + 2


def confirmed_accused(s: SentenceInput, span: tuple[int, int], speaker: Speaker | None) -> str | None:
    """Who a confirmed attack accuses: the article's striker, unless that is the speaker's own side."""
    if speaker is None or not confirmed_attack(s, span):
        return None
    striker = s.around.striker(s.gazetteer)
    side = speaker_side(speaker, s.gazetteer)
    return striker if striker and striker != side else None


__all__ = ["confirmed_accused", "confirmed_attack"]
