"""Whose running totals a series gives: the label of the side its speakers speak for (tryout 21: every step was
credited to the series' most frequent speaker, one ministry, though the side's premier gave some).

Apart from ``read`` and ``pages`` (both read series and both name their sides).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import URIRef

from kb.sparql.rows import plain_rows
from kb.store import Store

if TYPE_CHECKING:
    from kb.derived.conflicts.read import Finding


def name_sides(store: Store, series: list[Finding]) -> None:
    """Each series' ``details["side"]``: the label of the side its speakers speak for ("Armenia" for its ministry's
    and its premier's figures alike; the series is attributed to it), in place."""
    sides = sorted({f.details["speaker"] for f in series if f.details.get("speaker")})
    labels = {str(r["actor"]): str(r["label"])
              for r in plain_rows(store, "actor-labels", actor=[URIRef(a) for a in sides])} if sides else {}
    for f in series:
        side = f.details.get("speaker", "")
        f.details["side"] = labels.get(side, side.rsplit("/", 1)[-1])
