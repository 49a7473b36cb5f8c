"""An attribution put after everything it credits ("..., after a drone strike hit a house, according to the
ministry.", "..., setelah serangan drone menghantam rumah, kata kementerian.") speaks for the whole sentence.

Why: a subordinate opening (", after", ", setelah", ", when") is a clause break, so such a source was credited
only with the clause right before it, and its figure went to the outlet; and a post-posed "the ministry said"
inside the last clause was taken for background ("Fighting resumed after the ministry said ..."), where it is
the source of everything before its comma.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Closing what a post-posed attribution credits: a day, then only the sentence's end.
_CLOSES = re.compile(
    r"(?:\s+(?:on|pada|hari|this|last)\s+\w+(?:\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?)?[\s.\"”’']*", re.IGNORECASE
)

_COMMA_BEFORE = re.compile(r",\s*$")

_MOST = 4  # subordinate openings read back over, at most: each step scans the sentence once


def postposed(norm: str, agent_start: int, closing: int) -> bool:
    """Whether the attribution starting at ``agent_start`` and ending at ``closing`` follows a comma and closes
    the sentence."""
    return _COMMA_BEFORE.search(norm, max(0, agent_start - 3), agent_start) is not None and \
        _CLOSES.fullmatch(norm, closing) is not None


def over_subordinates(norm: str, start: int, subordinate: re.Pattern[str],
                      before: Callable[[int], int]) -> int:
    """Where the words a post-posed attribution credits begin, reading back over subordinate openings (", after
    ...", ", setelah ...") to the clause they hang on; any other break (a contrast, a semicolon) still bounds.
    ``before(pos)``: where the last clause break before ``pos`` ends (``scope_marks.last_before``)."""
    for _ in range(_MOST):
        if start <= 0:
            return start
        opening = None
        for match in subordinate.finditer(norm, max(0, start - 24), start):
            if match.end() == start:
                opening = match
        if opening is None:
            return start
        start = before(opening.start())
    return start
