"""A refresh's findings as the difference from what is stored (``apply``'s "findings diffed" phase): the touched
groups' findings rebuilt, their digests compared with the stored ones, and of those that changed only the triples
that differ deleted and added.  Apart from ``apply`` (which writes the difference with the timelines, records and
orders in one update) because the difference is a reading of the store: stored digests by group, a finding's
stored triples read back (``readback``, or guessed for a grown corroboration: ``corroborations_read``), and on a
remote store N-Triples lines compared as lines.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Literal

from kb.derived.conflicts import corroborations_read, findings_order, incremental, native, rewrite
from kb.derived.conflicts.actor_table import Placed
from kb.derived.conflicts.graph import RANK, Triple, add_aggregate, latest
from kb.derived.conflicts.model import ClaimFacts
from kb.derived.conflicts.ranks import rank_of
from kb.derived.conflicts.readback import Shared, old_lines, old_triples
from kb.derived.conflicts.refresh import conflict_iri, finding
from kb.derived.conflicts.vocabulary import CKC
from kb.derived.conflicts.write import ConflictFinding, Finding, SeriesFinding
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.vocab import CKB, CONFLICTS_GRAPH

Lines = dict[str, list[str]]
_DIGEST = ox.NamedNode(str(CKB.digest))
_INVOLVES = ox.NamedNode(str(CKC.involves))
_PLACING = frozenset({RANK, _INVOLVES})
"""The predicates that place a conflict in the orders of conflicts: its rank and its actors."""
_PLACING_LINES = {str(p) for p in _PLACING}


def diff(store: Store, rec: incremental.Recomputed, into: tuple[Lines, Lines, list[Triple]],
              said: dict[str, dict[str, str | None]], changes: tuple[set[str], list[ClaimFacts]]
              ) -> tuple[set[str], set[str], dict[str, Placed]]:
    """The touched groups' findings as the difference from what is stored (each conflict with its rank): the lines
    to delete into ``gone``, the triples to add into ``fresh`` (terms: on the embedded store they go to the bulk
    loader or the update as they are), or, on a remote store, lines into ``added``.  Returns the IRIs of the
    findings rewritten or removed, and of the conflicts among them whose rank or actors changed: only those can move
    in the orders that list conflicts (``actor_order``); an episode rewritten where it stands, as most are, leaves
    them as they were, and reading its chunks cost most of a one-article write at 25k articles.  Each of those comes
    with its rank and actors as written (``actor_table.Placed``; on a remote store read back by the orders); and into
    ``said``, the aggregates, series and corroborations among them by family, with their explanations as written
    (None: removed), which is all the findings order needs of them (``findings_order.plan``).  ``changes``: the
    changed articles and their claims before (a rewritten corroboration's stored members are guessed from them:
    ``corroborations_read``)."""
    gone, added, fresh = into
    known = rec.tags & rec.digests.keys()  # read with the episodes' members
    old = stored_digests(store, sorted(rec.tags - known))
    old |= {f: d for tag in known for f, d in rec.digests[tag].items()}
    new, attested = _rebuilt(rec)
    changed = {iri for iri, (_, digest) in new.items() if old.get(iri) != digest}
    # a conflict's rank follows from the conflict alone (``ranks.rank_of``): writing it moves no other conflict
    detected = {conflict_iri(x): x for x in rec.conflicts}
    for iri in changed:
        x = detected.get(iri)
        new[iri][0].rank = None if x is None else rank_of(latest(x), x.kind, iri)
    doomed = sorted(iri for iri in old if iri in changed or iri not in new)
    for iri in (*changed, *doomed):
        if (family := findings_order.family_of(iri)) is not None:
            said.setdefault(family, {})[iri] = findings_order.explanation(new[iri][0]) if iri in changed else None
    if not store.capabilities.embedded:
        return changed | set(doomed), _as_lines(store, new, changed, doomed, gone, added), {}
    guessed = corroborations_read.guesses(((iri, attested[iri][1]) for iri in sorted(changed)
                                           if iri in attested and iri in old), *changes)
    remade = _as_stored(rec, set(doomed), old)
    was, shared = _stored(store, new, changed, [iri for iri in doomed if iri not in remade], guessed)
    was += [t for triples in remade.values() for t in triples]
    now: set[Triple] = set()
    for iri in sorted(changed):
        f, digest = new[iri]
        now.update(rewrite.unshared(f, digest, shared.get(iri)))
    # triples, not findings: a grown episode adds its new members and keeps the hundreds it had
    before = set(was)
    going, coming = before - now, now - before
    placed = {s.value for s, p, _ in (*going, *coming) if p in _PLACING}
    gone[str(CONFLICTS_GRAPH)] += sorted(f"{s} {p} {o} ." for s, p, o in going)
    fresh += coming
    return changed | set(doomed), placed, {iri: _as_written(new, changed, old, iri) for iri in placed}


def _as_stored(rec: incremental.Recomputed, doomed: set[str], old: dict[str, str]) -> dict[str, list[Triple]]:
    """The stored triples of the aggregates rewritten or removed (among ``doomed``), made again from the summaries
    they were computed from (``incremental.Recomputed.was_aggregates``) instead of read back (30-50 ms of a
    one-article write on the newsroom's 13.4k-article store): only those whose digest is the one stored, so what is
    made is what was written; any other is read back."""
    out: dict[str, list[Triple]] = {}
    for a in rec.was_aggregates:
        f = finding(add_aggregate, a)
        if f.iri in doomed and (digest := f.digest()) == old[f.iri]:
            out[f.iri] = list(f.all_triples(digest))
    return out


Attested = dict[str, tuple[ConflictFinding, list[ClaimFacts]]]
"""The rewritten corroborations, each with its proposition's claims (its members' guess: ``corroborations_read``)."""


def _rebuilt(rec: incremental.Recomputed) -> tuple[dict[str, tuple[Finding, str]], Attested]:
    """The touched groups' findings as they are now, each with its digest (the first of an IRI kept: a finding two
    groups both made is one finding), and the corroborations among them with their propositions' claims."""
    new: dict[str, tuple[Finding, str]] = {}
    attested: Attested = {}
    for c in rec.corroborations:
        made = rewrite.corroboration(c)
        attested.setdefault(made.iri, (made, c.proposition.claims))
    for f in (*(rewrite.conflict(x) for x in rec.conflicts), *(f for f, _ in attested.values()),
              *(rewrite.series(s) for s in rec.series),
              *(finding(add_aggregate, a) for a in rec.aggregates)):
        new.setdefault(f.iri, (f, f.digest()))
    return new, attested


def _stored(store: Store, new: dict[str, tuple[Finding, str]], changed: set[str], doomed: list[str],
            guessed: dict[str, frozenset[str]]) -> tuple[list[Triple], Shared]:
    """The stored triples of the ``doomed`` findings but what the rewritten ones share with their new triples
    (``readback.Shared``): a grown series' first steps, a grown conflict's or corroboration's kept members; the
    corroborations ``guessed`` read with their members as guessed (``corroborations_read``)."""
    steps = {iri: f.value() for iri in changed if isinstance(f := new[iri][0], SeriesFinding)}
    grown = {iri: f for iri in changed if isinstance(f := new[iri][0], ConflictFinding)}
    members = {iri: f.members for iri, f in grown.items()}
    steady = frozenset(iri for iri, f in grown.items() if f.steady)  # their IRI fixes their ``graph.FIXED`` triples
    was, shared = old_triples(store, [iri for iri in doomed if iri not in guessed], steps, members, steady)
    more, also = corroborations_read.old_triples(store, guessed, members)
    return was + more, shared | also


def _as_written(new: dict[str, tuple[Finding, str]], changed: set[str], old: dict[str, str], iri: str
                ) -> tuple[int | None, tuple[str, ...], bool]:
    """A placed finding as this refresh wrote it (``actor_table.Placed``): its rank and actors (none: removed) and
    whether it was stored before."""
    if iri not in changed:
        return None, (), iri in old
    f = new[iri][0]
    return f.rank, tuple(o.value for _, p, o in f.triples if p == _INVOLVES), iri in old


def _as_lines(store: Store, new: dict[str, tuple[Finding, str]], changed: set[str], doomed: list[str],
                       gone: Lines, added: Lines) -> set[str]:
    """A remote store's difference, as N-Triples lines (what it reads back are lines); returns the conflicts whose
    rank or actors lines differ (``diff``'s second value)."""
    now = {f"{s} {p} {o} ." for iri in sorted(changed) for s, p, o in new[iri][0].all_triples(new[iri][1])}
    was = set(old_lines(store, doomed))
    gone_lines, added_lines = was - now, now - was
    placed = {line.split(" ", 1)[0][1:-1] for line in (*gone_lines, *added_lines)
              if line.split(" ", 2)[1] in _PLACING_LINES}
    gone_lines, added_lines = _by_pattern(gone_lines, added_lines, now, gone)
    gone[str(CONFLICTS_GRAPH)] += sorted(gone_lines)
    added[str(CONFLICTS_GRAPH)] += sorted(added_lines)
    return placed


def stored_digests(store: Store, tags: list[str]) -> dict[str, str]:
    """The findings stored for the groups ``tags`` → their digests (by look-ups on the embedded store)."""
    if store.capabilities.embedded:
        return {f: d for _, f, d in native.group_values(store.ox, tags, _DIGEST)}  # type: ignore[attr-defined]
    old: dict[str, str] = {}
    for i in range(0, len(tags), 400):
        for r in plain_rows(store, "conflict-group-findings", tag=[Literal(t) for t in tags[i:i + 400]]):
            old[str(r["finding"])] = str(r["digest"])
    return old


WIPE = "wipe:" + str(CONFLICTS_GRAPH)
"""The key of ``gone`` whose lines are "<s> <p>": every value of that property deleted by pattern."""


def _by_pattern(gone: set[str], added: set[str], now: set[str], lines: Lines) -> tuple[set[str], set[str]]:
    """Literal values removed by pattern on a remote store: a literal read back from a server and written out again
    need not match it byte for byte (Virtuoso kept every old ``ckb:explanation`` of a conflict that kept its IRI),
    so each property that loses a literal is emptied and its current values written again."""
    wiped = {line.split(" ", 2)[0] + " " + line.split(" ", 2)[1] for line in gone if line.split(" ", 2)[2][:1] == '"'}
    lines.setdefault(WIPE, []).extend(sorted(wiped))
    kept = {line for line in now if " ".join(line.split(" ", 2)[:2]) in wiped}
    return {line for line in gone if " ".join(line.split(" ", 2)[:2]) not in wiped}, added | kept
