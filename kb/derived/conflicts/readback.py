"""A finding's stored triples read back, to take a write's difference (``findings_diff.diff``) or to delete it
(``write``): a conflict's by one query per chunk and its member list, a series' from its steps' value, anything else
by look-ups by subject; elsewhere than the embedded store by ``finding-triples.rq``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef

from kb import sparql
from kb.derived.conflicts.graph import FIXED, MEMBER_LIST, STEPS, Triple, claim_node, integer
from kb.store import Store
from kb.vocab import CKB, CONFLICTS_GRAPH, DATA

_READ_CHUNK = 500
"""Findings whose old triples are read in one query."""
_ESTIMATES = frozenset(str(CKB[n]) for n in ("low", "best", "high", "conservative"))
CHILD = _ESTIMATES | {str(CKB.step), str(CKB.period)}
"""The predicates from a finding to its own nodes (series steps, estimates, periods: ``finding-triples.rq``)."""
_PERIOD = str(CKB.period)
_CONFLICT, _SERIES = f"{DATA}conflict/", f"{DATA}series/"
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_STEP, _STEP_CLASS, _POSITION, _DATE = (ox.NamedNode(str(CKB[n])) for n in ("step", "SeriesStep", "position", "date"))
_XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
_MEMBER = ox.NamedNode(str(CKB.member))


def old_lines(store: Store, findings: Iterable[str]) -> list[str]:
    """The stored triples of ``findings`` and of their own nodes (what ``finding-triples.rq`` answers), as N-Triples
    lines.  On the embedded store by ``old_triples``; elsewhere by the query, in chunks of ``_READ_CHUNK``."""
    wanted = list(findings)
    if not store.capabilities.embedded:
        out: list[str] = []
        for start in range(0, len(wanted), _READ_CHUNK):
            chunk = [URIRef(iri) for iri in wanted[start:start + _READ_CHUNK]]
            out += (f"{_nt(r['s'])} {_nt(r['p'])} {_nt(r['o'])} ." for r in _term_rows(store, chunk))
        return out
    return [f"{s} {p} {o} ." for s, p, o in old_triples(store, wanted)[0]]


Shared = dict[str, tuple[int, frozenset[str]]]
"""Series or conflict IRI → (how many of its first steps, with their links, the claims among its members) its old and
new triples share (``old_triples``' ``steps`` and ``members``).  A conflict has no steps: its first value is 1 when its
triples that its IRI fixes (``graph.FIXED``: a numeric episode's) are shared too, else 0."""


def old_triples(store: Store, findings: Iterable[str], steps: Mapping[str, str] | None = None,
                members: Mapping[str, list[str]] | None = None, steady: frozenset[str] = frozenset()
                ) -> tuple[list[Triple], Shared]:
    """The stored triples of ``findings`` and of their own nodes, as pyoxigraph terms (embedded store only): a
    conflict by ``_read_conflicts``, a series by ``_read_series``, any other finding by look-ups by subject.  The
    query (a union of property paths, chunks of 500 findings) was 80 s of a 1,000-article batch's 27k rewritten
    findings at 25k articles; terms, not lines, since the difference is taken on terms and its additions go to the
    bulk loader as they are (formatting them and parsing them again was 2-3 s of such a batch).

    ``steps``: the new steps' value (``graph.STEPS``) of series about to be rewritten.  A series whose stored value
    shares its first steps with it has those steps' triples, and its member triples for claims it keeps, left out,
    and says so in the second value returned (``Shared``): they are in its new triples too, so the difference is
    the same without them on either side, and a grown series (new figures near its end) no longer builds and
    compares hundreds of unchanged triples.  ``members``: the new members of conflicts about to be rewritten
    (``write.ConflictFinding``): a conflict's member triples for claims it keeps are left out likewise, and its
    ``Shared`` says so (no steps, those members).  ``steady``: conflicts among ``members`` whose IRI fixes their types,
    key, group, date and rank (``graph.FIXED``: a numeric episode keeps its IRI, from its kind, measure, week and
    states, as it grows): those triples are left out too, and their ``Shared`` says so (1)."""
    wanted = list(findings)
    db: ox.Store = store.ox  # type: ignore[attr-defined]
    graph = ox.NamedNode(str(CONFLICTS_GRAPH))
    triples: list[Triple] = []
    shared: Shared = {}
    conflicts = [iri for iri in wanted if iri.startswith(_CONFLICT)]
    series = [iri for iri in wanted if iri.startswith(_SERIES)]
    for iri in wanted:
        if not iri.startswith((_CONFLICT, _SERIES)):
            read_node(db, graph, ox.NamedNode(iri), CHILD, triples)
    for start in range(0, len(conflicts), _READ_CHUNK):
        chunk = conflicts[start:start + _READ_CHUNK]
        for query, some in (("finding-triples-but-members", [c for c in chunk if c not in steady]),
                            ("conflict-triples-that-change", [c for c in chunk if c in steady])):
            if some:
                _read_conflicts(store, (db, graph, query), some, members or {}, (triples, shared))
    for start in range(0, len(series), _READ_CHUNK):
        _read_series(store, db, graph, series[start:start + _READ_CHUNK], steps or {}, (triples, shared))
    return triples, shared


def _read_series(store: Store, db: ox.Store, graph: ox.NamedNode, series: list[str], steps: Mapping[str, str],
                 out: tuple[list[Triple], Shared]) -> None:
    """Series' triples: their own but their members and step links by a query, their step links, steps' and members
    from their steps' value (``graph.STEPS``), which says what the step nodes do; a series without one (an older
    writer's) by look-ups.
    The steps shared with ``steps`` (the new values) and the members kept are left out (``old_triples``)."""
    triples, shared = out
    bound = {"finding": [URIRef(iri) for iri in series]}
    names, rows = store.select_terms(  # type: ignore[attr-defined]
        sparql.query_text("series-triples-but-steps", bound), bound)
    assert names == ["finding", "p", "o"], names
    own: dict[str, list[Triple]] = {}
    values: dict[str, str] = {}
    for s, p, o in rows:
        own.setdefault(s.value, []).append((s, p, o))
        if p == STEPS:
            values[s.value] = o.value
    for iri in series:
        if iri not in values:
            read_node(db, graph, ox.NamedNode(iri), CHILD, triples)
            continue
        triples += own[iri]
        was = values[iri].split(" | ")
        now = steps[iri].split(" | ") if iri in steps else []
        same = next((i for i, (a, b) in enumerate(zip(was, now, strict=False)) if a != b), min(len(was), len(now)))
        kept = _members(now) & _members(was)
        if iri in steps:
            shared[iri] = (same, frozenset(kept))
        _step_triples(ox.NamedNode(iri), was, same, kept, triples)


def _members(parts: list[str]) -> set[str]:
    """The claims of a series' steps (parts of its ``graph.STEPS`` value)."""
    return {m for part in parts for m in part.split(" ")[1:]}


def _step_triples(node: ox.NamedNode, parts: list[str], skip: int, kept: set[str], out: list[Triple]) -> None:
    """The triples of a series' step nodes after the first ``skip`` (and its links to them), and its members but
    ``kept``, as ``graph.add_series`` wrote them, from its steps' value."""
    every: set[str] = set()
    for position, part in enumerate(parts, start=1):
        day, *members = part.split(" ")
        every.update(members)
        if position <= skip:
            continue
        step = ox.NamedNode(f"{node.value}#step{position}")
        out += [(node, _STEP, step), (step, _TYPE, _STEP_CLASS), (step, _POSITION, integer(position))]
        if day != "-":
            out.append((step, _DATE, ox.Literal(day, datatype=_XSD_DATE)))
        out += ((step, _MEMBER, claim_node(m)) for m in members)
    out += ((node, _MEMBER, claim_node(m)) for m in every - kept)


def _read_conflicts(store: Store, where: tuple[ox.Store, ox.NamedNode, str], conflicts: list[str],
                    members: Mapping[str, list[str]], into: tuple[list[Triple], Shared]) -> None:
    """Conflicts' triples: all but their members by a query (Oxigraph compares the predicate without reading the
    members' IRIs), their members from their member lists (``graph.MEMBER_LIST``), which name the same claims, but
    those ``members`` keeps (``old_triples``).  Reading every triple by subject was 12 µs a triple, most of them
    members: a 1,000-article batch read back 1.37M.  A conflict without a list (none is so written) has its members
    read by look-up.  ``where``'s query: ``finding-triples-but-members``, or for steady conflicts (``old_triples``)
    ``conflict-triples-that-change``, which leaves out what their IRI fixes as well."""
    (db, graph, query), (out, shared) = where, into
    fixed = int(query == "conflict-triples-that-change")
    bound = {"finding": [URIRef(iri) for iri in conflicts]}
    names, rows = store.select_terms(  # type: ignore[attr-defined]
        sparql.query_text(query, bound), bound)
    assert names == ["finding", "p", "o"], names
    listed: set[str] = set()
    for s, p, o in rows:
        out.append((s, p, o))
        if p == MEMBER_LIST:
            listed.add(s.value)
            was = o.value.split()
            now = members.get(s.value)
            if now is not None:
                kept = frozenset(was).intersection(now)
                shared[s.value] = (fixed, kept)
                was = [claim for claim in was if claim not in kept]
            out += ((s, _MEMBER, claim_node(claim)) for claim in was)
    for iri in conflicts:
        if iri not in listed:  # nothing shared: its members, and what the query left out as fixed, by look-ups
            out += ((q.subject, q.predicate, q.object) for q in  # type: ignore[misc]
                    db.quads_for_pattern(ox.NamedNode(iri), None, None, graph)
                    if q.predicate == _MEMBER or (fixed and q.predicate in FIXED))


def read_node(db: ox.Store, graph: ox.NamedNode, node: ox.NamedNode, children: frozenset[str],
               out: list[Triple]) -> None:
    """A node's triples and, through ``children``, its own nodes'.  A module function, not a closure: a recursive
    closure is a reference cycle that kept the store (and its lock) alive after ``close`` until the collector ran,
    so the next open of the same store in the process failed."""
    for q in db.quads_for_pattern(node, None, None, graph):
        out.append((q.subject, q.predicate, q.object))  # type: ignore[arg-type]
        p = q.predicate.value
        if p in children and isinstance(q.object, ox.NamedNode):
            read_node(db, graph, q.object, _ESTIMATES if p == _PERIOD else frozenset(), out)


def _term_rows(store: Store, findings: list[Any]) -> Iterator[dict[str, Any]]:
    """The old triples of ``findings`` as terms (pyoxigraph's on the embedded store, else rdflib's)."""
    if store.capabilities.embedded:
        names, rows = store.select_terms(  # type: ignore[attr-defined]
            sparql.query_text("finding-triples", {"finding": findings}), {"finding": findings})
        for terms in rows:
            yield dict(zip(names, terms, strict=True))
        return
    yield from sparql.run(store, "finding-triples", finding=findings)


def _nt(term: Any) -> str:
    """A term in N-Triples: pyoxigraph terms print so; rdflib terms through ``n3()``."""
    n3 = getattr(term, "n3", None)
    return n3() if n3 is not None else str(term)
