"""The conflicts graph written finding by finding, as the difference: nothing holds the whole graph.

At 100k claims the graph has millions of triples (a dispute that runs for weeks names every claim of both
sides); building it whole and diffing it triple by triple against the store took 1 GB more than the rules
themselves and a minute of reading.  Each finding node instead carries ``ckb:digest``, a hash of everything
it says (its triples and those of its ``#`` nodes: series steps, estimates), except its rank, which shifts
for every conflict whenever a newer one appears.  A refresh reads the digests and ranks (one row per
finding), streams the findings it computed, and writes only:

- a finding whose digest is new or changed: its old triples (read back by ``finding-triples``) out, its
  new ones in;
- a finding that is gone: its old triples out;
- a conflict whose rank moved: the one rank triple.

Writes go in updates of whole findings (``BATCH`` triples at most, split between findings): a steady-state
refresh is one update (one transaction: a reader sees the old graph or the new one); a large change is
several, each leaving every finding whole, so a reader or a crash in between sees some findings old and
some new, never half of one, and the next refresh completes it.  Findings written before digests existed
have none, so they are rewritten like changed ones.  An empty graph (a first refresh) is filled in one
stream: with the bulk loader on the embedded store (``fill_graph``, in loads of bounded size).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from kb.derived.conflicts.graph import (
    FIXED,
    MEMBER,
    RANK,
    STEPS,
    SeriesSteps,
    Triple,
    Triples,
    claim_node,
    integer,
    series_body,
    series_body_lines,
    steps_value,
)
from kb.derived.conflicts.readback import old_lines
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.store.oxigraph import data_update
from kb.vocab import CKB, CONFLICTS_GRAPH

BATCH = 50_000
"""Triples per update when a refresh changes much: bounds the memory of the update text and its transaction."""
_DIGEST = ox.NamedNode(str(CKB.digest))


@dataclass
class Finding:
    """One finding ready to write: its node, what it says (rank excluded) and its rank (conflicts only)."""

    iri: str
    triples: Triples
    rank: int | None = None

    def digest(self) -> str:
        """A hash of the finding's triples in N-Triples, sorted: the same findings give the same digest."""
        lines = sorted(f"{s} {p} {o}" for s, p, o in self.triples if p != STEPS)  # bookkeeping (``graph.STEPS``)
        return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:32]

    def all_triples(self, digest: str) -> Iterator[Triple]:
        """Everything written for the finding: its triples, its rank and its digest."""
        node = ox.NamedNode(self.iri)
        yield from self.triples
        if self.rank is not None:
            yield node, RANK, integer(self.rank)
        yield node, _DIGEST, ox.Literal(digest)


class SeriesFinding(Finding):
    """A series to rewrite as its own triples (``graph.series_head``) and its steps as data: its digest is taken from
    its steps' lines made as text, and its members' and steps' terms are built only where the write needs them
    (``unshared``: a grown series shares its first steps with what is stored)."""

    def __init__(self, iri: str, triples: Triples, steps: SeriesSteps) -> None:
        super().__init__(iri, triples)
        self.steps = steps

    def value(self) -> str:
        """Its steps' value (``graph.STEPS``)."""
        return steps_value(self.steps)

    def digest(self) -> str:
        lines = [f"{s} {p} {o}" for s, p, o in self.triples if p != STEPS]
        lines += series_body_lines(self.iri, self.steps)
        return hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()[:32]

    def all_triples(self, digest: str) -> Iterator[Triple]:
        return self.unshared(digest, 0, frozenset())

    def unshared(self, digest: str, skip: int, kept: frozenset[str]) -> Iterator[Triple]:
        """Everything written for the series but its first ``skip`` steps (and its links to them) and its members
        ``kept`` (``Shared``: ``old_triples`` left the same out of what it read back)."""
        node = ox.NamedNode(self.iri)
        yield from self.triples
        yield from series_body(node, self.steps, skip, kept)
        yield node, _DIGEST, ox.Literal(digest)


class ConflictFinding(Finding):
    """A conflict to rewrite as its triples but its members, and its members' IRIs (sorted): its digest is the one
    its whole triples give, its member lines made as text, and its member triples are built only where the write
    needs them (``unshared``: a grown episode keeps most of its members).  Why: a 1,000-article batch at 25k
    articles rewrote 9k grown episodes, whose 1.4M member triples were built, read back from their member lists and
    compared on both sides of the difference, though a few hundred differ.  A corroboration is rewritten so too
    (``rewrite.corroboration``: its members are its proposition's claims)."""

    def __init__(self, iri: str, triples: Triples, members: list[str], *, steady: bool = False) -> None:
        super().__init__(iri, triples)
        self.members = members
        self.steady = steady
        """Its IRI fixes its ``graph.FIXED`` triples (a numeric episode's: ``readback.old_triples``' ``steady``)."""

    def digest(self) -> str:
        lines = [f"{s} {p} {o}" for s, p, o in self.triples if p != STEPS]
        here, member = f"<{self.iri}>", str(MEMBER)
        lines += (f"{here} {member} <{iri}>" for iri in self.members)
        return hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()[:32]

    def all_triples(self, digest: str) -> Iterator[Triple]:
        return self.unshared(digest, frozenset())

    def unshared(self, digest: str, kept: frozenset[str], fixed: bool = False) -> Iterator[Triple]:
        """Everything written for the conflict but its members ``kept`` and, when ``fixed``, its ``graph.FIXED``
        triples (``readback.old_triples`` left the same out of what it read back)."""
        node = ox.NamedNode(self.iri)
        if fixed:
            yield from (t for t in super().all_triples(digest) if t[1] not in FIXED)
        else:
            yield from super().all_triples(digest)
        yield from ((node, MEMBER, claim_node(iri)) for iri in self.members if iri not in kept)


@dataclass
class Written:
    """What a write did: findings left as they were, rewritten (new or changed), removed, re-ranked."""

    kept: int = 0
    rewritten: int = 0
    removed: int = 0
    reranked: int = 0
    triples: int = 0
    updates: int = 0


@dataclass
class _Batch:
    """Changes waiting to be written; ``flush`` writes them in one update."""

    store: Store
    written: Written
    doomed: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)

    def replace(self, old: str | None, new: Iterable[Triple]) -> None:
        if old is not None:
            self.doomed.append(old)
        self.added += (f"{s} {p} {o} ." for s, p, o in new)
        self._flush_when_full()

    def rerank(self, iri: str, old: int | None, new: int | None) -> None:
        node = ox.NamedNode(iri)
        if old is not None:
            self.gone.append(f"{node} {RANK} {integer(old)} .")
        if new is not None:
            self.added.append(f"{node} {RANK} {integer(new)} .")
        self._flush_when_full()  # every rank moved (new rules) is 2 lines a conflict: bounded like the rest

    def _flush_when_full(self) -> None:
        if len(self.added) + len(self.gone) + 20 * len(self.doomed) >= BATCH:
            self.flush()

    def flush(self) -> None:
        self.gone += old_lines(self.store, self.doomed)
        if self.gone or self.added:
            self.store.update(data_update(str(CONFLICTS_GRAPH), self.gone, self.added))
            self.written.updates += 1
        self.doomed, self.gone, self.added = [], [], []


def write_findings(store: Store, findings: Iterable[Finding], *, within: str | None = None) -> Written:
    """Bring the conflicts graph to exactly ``findings``, writing only what differs (see the module doc).
    ``within``: only the findings whose IRI starts so are replaced (an upgrade that rewrites one family)."""
    old = {str(r["finding"]): (r["digest"], r["rank"]) for r in plain_rows(store, "finding-digests")
           if within is None or str(r["finding"]).startswith(within)}
    written = Written()
    if not old and within is None:
        _fill(store, findings, written)
        return written
    batch = _Batch(store, written)
    seen: set[str] = set()
    for f in findings:
        if f.iri in seen:
            continue  # one node, one finding: a second finding with the same key says the same
        seen.add(f.iri)
        digest, before = f.digest(), old.get(f.iri)
        written.triples += len(f.triples) + 1 + (f.rank is not None)
        if before is not None and before[0] == digest:
            written.kept += 1
            if before[1] != f.rank:
                batch.rerank(f.iri, before[1], f.rank)
                written.reranked += 1
            continue
        written.rewritten += 1
        batch.replace(f.iri if before is not None else None, f.all_triples(digest))
    for iri in old.keys() - seen:
        written.removed += 1
        batch.replace(iri, ())
    batch.flush()
    return written


def _fill(store: Store, findings: Iterable[Finding], written: Written) -> None:
    """A graph with no finding (a first refresh): filled in one stream (anything else in it cleared first)."""
    if store.has_graph(str(CONFLICTS_GRAPH)):
        store.drop_graph(str(CONFLICTS_GRAPH))
    seen: set[str] = set()

    def triples() -> Iterator[Triple]:
        for f in findings:
            if f.iri not in seen:
                seen.add(f.iri)
                written.rewritten += 1
                for t in f.all_triples(f.digest()):
                    written.triples += 1
                    yield t

    if store.capabilities.embedded:  # the bulk loader, streamed
        store.fill_graph(str(CONFLICTS_GRAPH), triples())  # type: ignore[attr-defined]
        written.updates += 1
        return
    batch = _Batch(store, written)
    for t in triples():
        batch.added.append(f"{t[0]} {t[1]} {t[2]} .")
        if len(batch.added) >= BATCH:
            batch.flush()
    batch.flush()
