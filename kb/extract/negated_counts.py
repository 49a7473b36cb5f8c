"""A count the sentence negates: "not a single soldier was hurt", "not one civilian", "tidak seorang pun tentaranya
tewas", "tak satu pun warga", "tidak ada satu pun prajurit".

Why: the words for one ("a", "one", "seorang", "satu") read as a figure of 1, so a side's word that it lost nobody
became a toll of one, by the one who said nobody died.  A count right after a negation, or an Indonesian "seorang
pun" / "satu pun" after one, counts nobody: it is no figure (whether the sentence is a denial of losses is the
claim types' question, not the figure's).
"""

from __future__ import annotations

import re

from kb.extract.quantities import Quantity

# Right before the count: "not", "no", "never", "tidak (ada)", "tak (ada)", "belum (ada)", "bukan", with "even"
_NEGATION = re.compile(r"(?<![\w-])(?:not|never|no|tidak|tak|belum|bukan)(?:\s+(?:ada|even|a))*\s+$", re.IGNORECASE)
_BOUND = re.compile(r"(?:more|less|fewer|over|under|lebih|kurang)(?![\w-])", re.IGNORECASE)
_PUN = re.compile(r"\s+pun(?![\w-])", re.IGNORECASE)  # "seorang pun", "satu pun": "even one", said of nobody
_NEGATED_BEFORE = re.compile(r"(?<![\w-])(?:tidak|tak|belum|bukan)(?![\w-])", re.IGNORECASE)


def negated(norm: str, qty: Quantity) -> bool:
    """Whether the count ``qty`` is negated (see the module's docstring)."""
    if _BOUND.match(qty.text):
        return False  # "no more than 12", "tidak lebih dari 12": a bound on a count, still a count
    if _NEGATION.search(norm, max(0, qty.start - 24), qty.start):
        return True
    return bool(_PUN.match(norm, qty.end) and _NEGATED_BEFORE.search(norm, max(0, qty.start - 16), qty.start))


__all__ = ["negated"]
