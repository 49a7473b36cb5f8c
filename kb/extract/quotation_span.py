"""Where a quotation closing right before a speaker opens: the words that speaker is credited with.

"“The truce is a lie; the Council must act,” he said": a clause break (";") inside the quotation does
not end what the speaker said; the whole quotation is its scope (``kb.extract.frames``).  Two
bounded look-backs per frame, so the cost stays linear in the sentence.
"""

from __future__ import annotations

import re

_CLOSED = re.compile(r"[\"\u201d]\s*,?\s*$")


def quotation_start(norm: str, end: int) -> int:
    """Where the quotation closing right before ``end`` opens (``end`` when none closes there)."""
    if not _CLOSED.search(norm, max(0, end - 4), end):
        return end
    closing = norm.rfind("\u201d", 0, end) if "\u201d" in norm[max(0, end - 4) : end] else norm.rfind('"', 0, end)
    opening = max(norm.rfind("\u201c", 0, closing), norm.rfind('"', 0, closing))
    return opening if opening >= 0 else end
