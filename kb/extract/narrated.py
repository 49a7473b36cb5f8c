"""An attack told by someone who did not strike: narration of the event, no position (issue 13, stm15).

A source on the side that was hit, or on no side, often tells how an attack went without naming who
struck ("the strike took place at around 1am, he said", "a vehicle was targeted by a drone on the
coast road, a spokeswoman said", "serangan itu diduga memakai rudal balistik, kata juru bicara").  The
annotation conventions keep a statement for "another position a speaker takes"; these words take none:
the same speaker's accusation or toll, when the words name the striker or the dead, is typed as such
elsewhere.  The striker's own account of its operation ("the coalition said the raid hit a gathering of
militia members", "said it fired rockets at the base") is a statement still, and so is what anyone says
the attack will lead to ("would investigate", "will respond").

What a speaker only perceived is narration too ("said it witnessed shelling on both sides", "suara tembakan
terdengar dari ..."): sounds heard and events watched, not a stance on them.

Words out of every position's scope (``out_of_scope``: tolls, territory, targets struck, condolences) live here
beside them, apart from ``kinds`` for its size.

Linear: one scan of the speaker's words for an attack word, one for a party named in them.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.drafts import SentenceInput
from kb.extract.frames import Frame
from kb.extract.parties import compile_words, is_place
from kb.extract.speakers import side_label, speaker_side

_NOT_POSITION = compile_words(lexicon.NOT_POSITION)
_ATTACK = compile_words((*lexicon.ATTACK_NOUNS, *lexicon.ATTACK_VERBS, *lexicon.ATTACK_PASSIVES))
_INTENT = compile_words(lexicon.INTENT)
# The words open with the speaker itself as the doer: "said it fired", "mengatakan pihaknya menyerang",
# "said its jets struck", Indonesian with the subject left out ("mengatakan telah menyerang").
_OWN_OPENING = re.compile(
    r"[\s,:\"“]*(?:that\s+|bahwa\s+)?(?:it|its|they|their|we|our|i|pihaknya|mereka|kami|kita|saya|telah|sudah"
    r"|tengah|sedang|baru\s+saja|akan)(?![\w'’-])",
    re.IGNORECASE,
)


# Verbs of perceiving: what was heard or watched ("witnessed shelling", "explosions were heard", "terdengar",
# "menyaksikan"); never "saw it as" / "melihat ... sebagai", which judge.
_PERCEIVED = re.compile(
    r"(?<![\w-])(?:witnessed|witnessing|heard|hearing|terdengar|menyaksikan|mendengar|mendengarkan)(?![\w-])",
    re.IGNORECASE,
)


def perceived(s: SentenceInput, spans: list[tuple[int, int]]) -> bool:
    """Whether the speaker's words tell what it heard or watched, with no intention in them: narration."""
    return any(_PERCEIVED.search(s.norm, a, b) for a, b in spans) and not intends(s.norm, spans)


def intends(norm: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the speaker's words state an intention or a position ("would investigate", "akan membalas")."""
    return any(_INTENT.search(norm, a, b) for a, b in spans)


def narrates_attack(s: SentenceInput, frame: Frame, spans: list[tuple[int, int]]) -> bool:
    """Whether the speaker's words only tell how an attack went, naming no party, and the speaker is not the
    side the article has striking (whose account of its own operation is a position)."""
    if not any(_ATTACK.search(s.norm, a, b) for a, b in spans):
        return False
    if intends(s.norm, spans):
        return False  # "would investigate the strike", "akan membalas serangan itu": a position on it
    if any(_OWN_OPENING.match(s.norm, a) for a, _ in spans):
        return False
    if any(m.actor is not None and a <= m.start < b and not is_place(s.norm, m)
           for m in s.mentions for a, b in spans):
        return False
    striker = s.around.striker(s.gazetteer)
    side = _side(s, frame)
    if striker is None or side is None:
        return side is None  # an unknown source tells; a party the article never shows striking may be striking
    actor = s.gazetteer.lookup(striker)
    return side != (side_label(actor, s.gazetteer) if actor is not None else striker)


def _side(s: SentenceInput, frame: Frame) -> str | None:
    """The speaker's side: its own actor's, else that of a party its phrase names ("Hamas spokesman X")."""
    side = speaker_side(frame.speaker, s.gazetteer)
    if side is not None:
        return side
    start, end = frame.agent
    named = [m.actor for m in s.mentions if m.actor is not None and start <= m.start < end
             and m.actor.kind not in ("NewsAgency", "Outlet")]
    return side_label(named[0], s.gazetteer) if named else None


def out_of_scope(norm: str) -> bool:
    """A word of ``NOT_POSITION`` in the sentence; "targets" only as the targets struck, not the verb of a policy
    ("Israel has said it targets military infrastructure", "says it only targets fighters")."""
    return any(m.group(0).casefold() != "targets" or not _TARGETS_VERB.search(norm, max(0, m.start() - 20), m.start())
               for m in _NOT_POSITION.finditer(norm))


_TARGETS_VERB = re.compile(r"(?<![\w-])(?:it|he|she|they|we|who|which)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
