"""A vow's words answer an attack; they do not charge anyone with it (issue 13, acc23).

"The group vowed to respond to the Israeli strikes with full force", "kelompok itu berjanji tidak akan tinggal
diam menghadapi serangan Amerika", "the ministry promised firm action if attacks by X are repeated": what a speaker
vows or threatens is its own coming act, and the attack it names is what that act answers, a condition of it, or the
speaker's own side's next move ("bersumpah bahwa pasukan kami akan melakukan serangan balik").  The annotation types
such words a statement; they are an accusation only with an accusing word of their own ("accused X of ... and
vowed to respond", "described the attack as a war crime and vowed revenge"), which ``cue_types`` reads as usual.
"""

from __future__ import annotations

from kb.extract import kinds
from kb.extract.cue_types import CUES
from kb.extract.drafts import SentenceInput
from kb.extract.frames import Frame

_VOWS = frozenset((
    "vowed", "vows", "vow", "pledged", "pledges", "promised", "promises", "threatened", "threatens", "swore",
    "bersumpah", "berjanji", "mengancam",
))


def is_vow(s: SentenceInput, frame: Frame) -> bool:
    """Whether ``frame``'s verb vows or threatens ("threatened", "bersumpah"): the speaker's own coming act, a
    position whatever else its sentence tells (``positions``, ``claims``)."""
    return (frame.verb_text or s.norm[frame.verb[0] : frame.verb[1]]).casefold().strip() in _VOWS


def vow_without_charge(s: SentenceInput, frame: Frame, pieces: list[tuple[int, int]]) -> bool:
    """Whether ``frame`` is a vow or threat whose own words (``pieces``) hold no accusing word."""
    return is_vow(s, frame) and not charges(s, pieces)


def charges(s: SentenceInput, pieces: list[tuple[int, int]]) -> bool:
    """Whether the words ``pieces`` hold an accusing word ("a war crime", "accused")."""
    return any(
        kinds.real_cue(s, "accusation", match, True, start)
        for start, end in pieces
        for match in CUES["accusation"].finditer(s.norm, start, end)
    )


__all__ = ["charges", "is_vow", "vow_without_charge"]
