"""An upgrade step (``state.UPGRADES``, rules 19 → 20): every stored conflict's member list cut into chunks.

Rules 19 kept a conflict's member claims in one literal (``graph.MEMBER_LIST``); rules 20 cut it into chunks
(``graph.member_chunks``) so that a grown episode rewrites only the chunks its new members enter.  Nothing else of a
conflict changes, so no finding is recomputed: each conflict's stored triples are read, its list replaced by its
chunks and its digest (``write.Finding.digest``: the hash of everything it says but its rank and digest) computed
again from the triples it then has.  A store so upgraded holds what a whole recompute writes
(``tests/test_conflicts_upgrade.py``), in a fraction of its time (no claim is loaded, no rule run).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pyoxigraph as ox

from kb.derived.conflicts.graph import MEMBER_LIST, RANK, member_chunks
from kb.derived.conflicts.vocabulary import CKC
from kb.store import Store
from kb.store.oxigraph import data_update
from kb.vocab import CKB, CONFLICTS_GRAPH

_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_DIGEST = ox.NamedNode(str(CKB.digest))
_BATCH = 50_000
"""N-Triples lines per update."""


def rechunk(store: Store) -> int:
    """Every stored conflict's member list as chunks, its digest recomputed; how many conflicts changed."""
    gone: list[str] = []
    added: list[str] = []
    changed = 0
    for was, now in _changes(store):
        gone += was
        added += now
        changed += 1
        if len(gone) + len(added) >= _BATCH:
            store.update(data_update(str(CONFLICTS_GRAPH), gone, added))
            gone, added = [], []
    if gone or added:
        store.update(data_update(str(CONFLICTS_GRAPH), gone, added))
    return changed


def _changes(store: Store) -> Iterator[tuple[list[str], list[str]]]:
    """(lines deleted, lines added) for each conflict whose stored member list is not cut as rules 20 cut it."""
    db: ox.Store = store.ox  # type: ignore[attr-defined]
    graph = ox.NamedNode(str(CONFLICTS_GRAPH))
    conflicts = [q.subject for q in db.quads_for_pattern(None, _TYPE, ox.NamedNode(str(CKC.Conflict)), graph)]
    for node in conflicts:
        quads = list(db.quads_for_pattern(node, None, None, graph))
        lists = [q.object.value for q in quads if q.predicate == MEMBER_LIST and isinstance(q.object, ox.Literal)]
        chunks = member_chunks(iri for text in lists for iri in text.split())
        if not lists or sorted(lists) == sorted(chunks):
            continue
        kept = [f"{q.subject} {q.predicate} {q.object}" for q in quads if q.predicate not in (MEMBER_LIST, _DIGEST)]
        now = [f"{node} {MEMBER_LIST} {ox.Literal(chunk)}" for chunk in chunks]
        said = sorted(line for line in (*kept, *now) if line.split(" ", 2)[1] != str(RANK))
        digest = hashlib.sha256("\n".join(said).encode()).hexdigest()[:32]
        was = [f"{q.subject} {q.predicate} {q.object} ." for q in quads if q.predicate in (MEMBER_LIST, _DIGEST)]
        yield was, [line + " ." for line in now] + [f"{node} {_DIGEST} {ox.Literal(digest)} ."]
