"""A side telling of its own strike takes a position, beside a toll or an answer in its words (issue 13, session 21).

In the recent dev batches (10-13, annotated under the conventions of session 18) the gold statement is above all a
belligerent's account of its own operation: "the group said it launched drones at a radar post in response to
...", "the army said it had hit a rocket crew", "the military admitted it bombed the village where scores were
said to have died", "Baku says it shelled the hill in reply to fire that hurt three of its men".
The same words often carry a toll or meet a denial, and a frame typed so gave no statement: on dev batches <= 13
the gold had the statement beside the other claim on 5 such sentences the extractor typed only as a casualty or a
denial, and on none where it did not.  Here the frame's words, near their opening and outside any quotation, make
the speaker the doer ("it", "its fighters", "they", "pihaknya", "kami") of a strike verb in the active voice; the
speaker must be a party the gazetteer knows or an office-holder (a spokesman), never a witness.  A frame that
already accuses or calls keeps its type alone (``claims``): the target named as the enemy's ("struck a Hezbollah
operative, alleging ...") is the accusation the gold records, and the project's corpus gives a retaliation charge
no statement beside it.  A quotation ("'During the ceremony we attacked,' he said") is the speaker's rhetoric,
which the annotation leaves to the sentence that tells the operation (as ``self_told`` does).  ``self_told`` and
``restated`` still drop the statement when the same side tells it again.

Linear: one bounded pattern at the opening of each span, one count of quotation marks before it.
"""

from __future__ import annotations

import re

from kb.extract.speakers import Speaker
from kb.extract.statement_gate import ARMED_UNIT

OPENING = 90
"""Characters of the speaker's words searched for the doer and its strike: the account opens the words."""
_DOER = r"(?:it|its|they|their|we|our|pihaknya|mereka|kami|kita|pasukannya|militernya)"
_STRIKE = (
    r"(?:fired|launched|struck|targeted|shelled|bombed|attacked|hit|raided|ambushed|repelled|carried\s+out|conducted|mounted"
    r"|menyergap|memukul\s+mundur"
    r"|menembakkan|meluncurkan|melancarkan|menargetkan|menyerang|menggempur|membombardir|mengebom|menembaki"
    r"|melakukan\s+(?:serangan|penyerangan|operasi)|menyerbu)"
)
# "(that) it had fired", "its fighters launched", "pihaknya telah melancarkan", "kami melakukan penyerangan";
# never the passive ("it was hit", "mereka diserang": no such verb form matches) nor "it said it was struck"
_OWN_STRIKE = re.compile(
    rf"(?<![\w'’-]){_DOER}(?:\s+(?!was\b|were\b|is\b|are\b|been\b|be\b)[\w'’-]+){{0,3}}?\s+"
    rf"(?:(?:had|has|have|telah|sudah|baru\s+saja|also|juga)\s+)?{_STRIKE}(?![\w-])",
    re.IGNORECASE,
)


def own_strike_account(norm: str, spans: list[tuple[int, int]], speaker: Speaker) -> bool:
    """Whether the speaker's words open with its own strike, told in the active voice by a party or an office."""
    if (speaker.actor is None and not speaker.role and not any(m.actor for m in speaker.members)
            and not armed_unit(speaker)):
        return False
    for start, end in spans:
        found = _OWN_STRIKE.search(norm, start, min(end, start + OPENING))
        if found is not None and not _quoted(norm, found.start()):
            return True
    return False


def armed_unit(speaker: Speaker) -> bool:
    """Whether the speaker is named as a unit of an armed force ("9th Brigade", "Divisi Infanteri 6")."""
    return ARMED_UNIT.search(speaker.label) is not None


def _quoted(norm: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation: "'We attacked them,' he said" is the speaker's rhetoric, which the
    annotation leaves to the sentence that tells the operation (``self_told`` drops such statements too)."""
    before = norm[:pos]
    return (before.count('"') + before.count("\u201c") + before.count("\u201d")) % 2 == 1


__all__ = ["armed_unit", "own_strike_account"]
