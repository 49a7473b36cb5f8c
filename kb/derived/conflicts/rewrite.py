"""The findings an incremental refresh rewrites, built as the difference needs them (``findings_diff.diff``): a series
with its steps as data, a conflict with its members as IRIs, so that what a grown finding shares with its stored
triples is neither built nor compared (``readback.Shared``).  Each says what ``refresh.finding`` says in triples
(``tests/test_conflicts_write.py``)."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox

from kb.derived.conflicts import incremental, state
from kb.derived.conflicts.clusters import Corroboration, Series
from kb.derived.conflicts.graph import MEMBER, Triple, Triples, add_conflict, add_corroboration, series_head
from kb.derived.conflicts.model import Detected
from kb.derived.conflicts.write import ConflictFinding, Finding, SeriesFinding


def unshared(f: Finding, digest: str, shared: tuple[int, frozenset[str]] | None) -> Iterator[Triple]:
    """A rewritten finding's triples but those its stored triples share (``readback.Shared``: left out of both)."""
    if shared is None:
        return f.all_triples(digest)
    if isinstance(f, SeriesFinding):
        return f.unshared(digest, *shared)
    if isinstance(f, ConflictFinding):
        return f.unshared(digest, shared[1], bool(shared[0]))
    return f.all_triples(digest)


def conflict(x: Detected) -> ConflictFinding:
    """A conflict to rewrite, its members kept as IRIs (``write.ConflictFinding``); ``finding(add_conflict, x)``
    says the same in triples.  A dated numeric episode (an identity, a week) is steady: its IRI fixes its
    ``graph.FIXED`` triples (an undated one's date is its latest claim's, which may move)."""
    g = Triples()
    node = add_conflict(g, x, members=False)
    g.add((node, state.GROUP, ox.Literal(incremental.group_of(x))))
    steady = bool(x.identity) and x.episode not in ("", "-")
    return ConflictFinding(node.value, g, sorted({c.iri for c in x.claims}), steady=steady)


class _ButMembers(Triples):
    """Triples that leave a finding's member triples out as they are added (its members are kept as IRIs)."""

    def add(self, triple: Triple) -> None:
        if triple[1] != MEMBER:
            super().add(triple)


def corroboration(c: Corroboration) -> ConflictFinding:
    """A corroboration to rewrite, its members (its proposition's claims) kept as IRIs like a conflict's, so that a
    grown one (a new report) shares its kept members with what is stored (``corroborations_read``);
    ``finding(add_corroboration, c)`` says the same in triples."""
    g = _ButMembers()
    node = add_corroboration(g, c)
    g.add((node, state.GROUP, ox.Literal(incremental.group_of(c))))
    return ConflictFinding(node.value, g, sorted({x.iri for x in c.proposition.claims}))


def series(s: Series) -> SeriesFinding:
    """A series to rewrite, its steps kept as data (``write.SeriesFinding``); ``finding(add_series, s)`` says the
    same in triples."""
    g = Triples()
    node, steps = series_head(g, s)
    g.add((node, state.GROUP, ox.Literal(incremental.group_of(s))))
    return SeriesFinding(node.value, g, steps)
