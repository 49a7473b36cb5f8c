"""A sentence that goes on with the last source in the passive: "Kemudian ditambahkan bahwa ...", "Disebutkan
pula bahwa ...", "It was added that ...".

Why: the passive names no speaker, so the outlet took the claim, although a reporter writes it only right
after a source's statement, to go on with it (the agentless form of "it added").  The sentence must open with
the passive (after a connective at most), and a source must have spoken in the sentence before; then the
claim is that source's (``pipeline``), never the outlet's.  "Dilaporkan"/"reportedly" are the reporter's own
hedge and not taken here.  One anchored match per sentence: linear.
"""

from __future__ import annotations

import re

_ADDED = re.compile(
    r"\s*(?:(?:kemudian|lalu|selanjutnya|lebih\s+lanjut|selain\s+itu|dalam\s+pernyataan\s+itu|"
    r"in\s+the\s+statement|further(?:more)?|later)\s*,?\s+)?"
    r"(?:(?:ditambahkan|diimbuhkan|disebutkan\s+pula|disebutkan\s+juga|juga\s+disebutkan|dijelaskan\s+pula|"
    r"dijelaskan\s+juga|juga\s+ditambahkan)(?:\s+(?:pula|juga|lagi))?\s*,?\s+(?:bahwa\s+)?"
    r"|it\s+was\s+(?:also\s+|further\s+)?(?:added|stated|noted)\s+that\s+)",
    re.IGNORECASE,
)


def passive_addition(norm: str) -> bool:
    """Whether the sentence opens by going on with the last source in the passive ("Ditambahkan bahwa ...")."""
    return _ADDED.match(norm) is not None


# What refers back to the last source's event from the head of a new paragraph: a demonstrative ("Agresi militer
# tersebut", "The attack", "Serangan itu") or "Selain itu".  A count going on ("Another 40", "lainnya") is not
# enough across a paragraph break: wires give each sentence a paragraph, and the reporter's own figures follow.
_DEMONSTRATIVE = re.compile(
    r"\W*(?:[\w-]+,?\s+){0,2}?(?:the\s+(?:attack|attacks|strike|strikes|shelling|raid|raids|blast|explosion|bombardment|assault|"
    r"incident|aggression)|selain\s+itu|(?:among|of)\s+(?:the\s+)?(?:dead|killed|injured|wounded|victims|casualties)(?![\w-])"
    r"|dari\s+jumlah\s+(?:itu|tersebut)|di\s+antara(?:\s+para)?\s+korban|(?:serangan|agresi|penembakan|pengeboman|ledakan|insiden|peristiwa|gempuran|"
    r"pertempuran)(?:\s+(?:udara|militer|drone|rudal))?\s+(?:itu|tersebut|yang\s+sama))(?![\w-])",
    re.IGNORECASE,
)


def refers_back(norm: str) -> bool:
    """Whether a paragraph's first sentence opens (within its first two words) by pointing back to the event of
    the source before it; "... wounded in the attack" at its end is no reference of the sentence itself."""
    return _DEMONSTRATIVE.match(norm) is not None
