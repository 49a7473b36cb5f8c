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
