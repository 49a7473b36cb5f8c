"""Conflicts as a plain-text table for the terminal (``kb conflicts --format table``).

Plain text rather than a rich table so it reads the same in a pipe, a log and a test.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from kb.derived.conflicts.read import Finding

WIDTH = 100
_KIND_WIDTH = 18


def _figure(c: dict[str, Any]) -> str:
    lo, hi = c.get("quantity_min"), c.get("quantity_max")
    if lo is None and hi is None:
        return ""
    if lo is not None and lo == hi:
        text = f"about {lo:,}" if c.get("approximate") else f"{lo:,}"
    elif lo is not None and hi is not None:
        text = f"{lo:,}–{hi:,}"
    else:
        text = f"≥{lo:,}" if lo is not None else f"≤{hi:,}"
    return f" {text} {c.get('unit') or ''}".rstrip()


def claim_lines(c: dict[str, Any], width: int = WIDTH) -> list[str]:
    """Two lines: who, when, what figure and which article; then the quote, cut to ``width``."""
    when = c.get("date") or c.get("published") or "undated"
    head = f"- {c['speaker']}, {when}{_figure(c).replace(' ', ', ', 1) if _figure(c) else ''} (article {c['article']})"
    quote = " ".join(c["quote"].split())
    room = width - 4
    quote = quote if len(quote) <= room else quote[: room - 3].rstrip() + "..."
    return [head, f"  “{quote}”"]


def render_table(conflicts: Sequence[Finding], width: int = WIDTH) -> str:
    """One block per conflict: kind, explanation wrapped, then one line per claim."""
    if not conflicts:
        return "No conflicts found."
    rule = "-" * width
    lines = [f"{'KIND':<{_KIND_WIDTH}}EXPLANATION / CLAIMS", rule]
    text_width = width - _KIND_WIDTH
    for f in conflicts:
        wrapped = textwrap.wrap(f.explanation, width=text_width) or [""]
        lines.append(f"{f.kind:<{_KIND_WIDTH}}{wrapped[0]}")
        lines += [" " * _KIND_WIDTH + w for w in wrapped[1:]]
        for c in f.claims:
            lines += [" " * _KIND_WIDTH + line for line in claim_lines(c, text_width)]
        lines.append(rule)
    lines.append(f"{len(conflicts)} conflict{'s' if len(conflicts) != 1 else ''}")
    return "\n".join(lines)
