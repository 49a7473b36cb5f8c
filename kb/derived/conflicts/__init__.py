"""Conflicts between claims, and what is not a conflict (corroboration, updates), kept as derived nodes.

``refresh(store)`` recomputes everything from the article graphs and replaces the conflicts graph
(``kb.vocab.CONFLICTS_GRAPH``); call it after each ingest batch.  The readers (``list_conflicts``,
``corroborations``, ``series``, ``aggregates``) only read that graph, so they stay fast at scale.
The rules live in ``figures`` (numeric, part-whole) and ``accusations`` (mutual accusation, denial);
the categories and party scope they use live in ``ontology/conflicts.ttl``.
"""

from __future__ import annotations

from kb.derived.conflicts.findings_read import aggregates, corroborations, series
from kb.derived.conflicts.read import Conflict, Finding, conflict, list_conflicts
from kb.derived.conflicts.refresh import Summary, detect, refresh
from kb.derived.conflicts.table import render_table

__all__ = [
    "Conflict",
    "Finding",
    "Summary",
    "aggregates",
    "conflict",
    "corroborations",
    "detect",
    "list_conflicts",
    "refresh",
    "render_table",
    "series",
]
