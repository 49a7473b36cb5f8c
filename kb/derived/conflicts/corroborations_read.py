"""A rewritten corroboration's stored triples, its members guessed rather than read (``findings_diff.diff``).

A corroboration keeps no member list (a conflict does: ``graph.MEMBER_LIST``), so its old triples were read by
look-ups by subject, every member with them: a 1,000-article batch on the newsroom's 13.4k-article store read back
82k triples for 1,458 corroborations, most of them members kept as they were, then built and compared them again
on both sides of the difference.  Yet its members are its proposition's attestations, and a write changes only
those of the articles it changed: what it was stored with is, but for a mistake, its members now less the claims
of the changed articles, plus the claims those articles had of the same proposition (``guess``).  The guess is
checked, never trusted: with the triples stored beside its members (a query that leaves the members out) it must
give the digest stored with it (``write.Finding.digest``, a hash of every triple it says), else the corroboration
is read by look-ups as before.  What is shared with the new members is then left out of both sides, as for a grown
conflict (``readback.Shared``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

import pyoxigraph as ox
from rdflib import URIRef

from kb import sparql
from kb.derived.conflicts.graph import MEMBER, RANK, STEPS, Triple, claim_node
from kb.derived.conflicts.model import ClaimFacts, proposition_key
from kb.derived.conflicts.readback import CHILD, Shared, read_node
from kb.store import Store
from kb.vocab import CKB, CONFLICTS_GRAPH

_CHUNK = 500
"""Corroborations whose triples but members are read in one query."""
_DIGEST = ox.NamedNode(str(CKB.digest))
_UNHASHED = frozenset({_DIGEST, RANK, STEPS})
"""What a finding's digest leaves out (``write.Finding``: its rank, the digest itself, a series' steps' value)."""
_CHILDREN = frozenset(ox.NamedNode(p) for p in CHILD)


def guesses(rewritten: Iterable[tuple[str, list[ClaimFacts]]], changed: set[str], before: list[ClaimFacts]
            ) -> dict[str, frozenset[str]]:
    """Corroboration IRI → the claims it was stored with, as guessed from its members now (``rewritten``: IRI and
    its proposition's claims): those of articles not ``changed``, and those the changed articles had before
    (``before``) of the same proposition."""
    was: dict[tuple[object, ...], set[str]] = {}
    for c in before:
        was.setdefault(proposition_key(c), set()).add(c.iri)
    out: dict[str, frozenset[str]] = {}
    for iri, claims in rewritten:
        kept = {c.iri for c in claims if c.article not in changed}
        out[iri] = frozenset(kept | was.get(proposition_key(claims[0]), set())) if claims else frozenset()
    return out


def old_triples(store: Store, guessed: Mapping[str, frozenset[str]], members: Mapping[str, list[str]]
                ) -> tuple[list[Triple], Shared]:
    """The stored triples of the corroborations ``guessed`` (embedded store), but the members each shares with its
    new ``members``, and what is shared (``readback.Shared``: no steps, those members).  One whose guess its digest
    does not confirm is read whole by look-ups, and shares nothing."""
    db: ox.Store = store.ox  # type: ignore[attr-defined]
    graph = ox.NamedNode(str(CONFLICTS_GRAPH))
    out: list[Triple] = []
    shared: Shared = {}
    wanted = sorted(guessed)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        for iri, own in _but_members(store, chunk).items():
            guess = guessed[iri]
            if not _confirmed(iri, own, guess):
                read_node(db, graph, ox.NamedNode(iri), CHILD, out)
                continue
            out += own
            kept = guess.intersection(members.get(iri, ()))
            shared[iri] = (0, kept)
            node = ox.NamedNode(iri)
            out += ((node, MEMBER, claim_node(m)) for m in sorted(guess - kept))
    return out, shared


def _but_members(store: Store, chunk: list[str]) -> dict[str, list[Triple]]:
    """Each corroboration of ``chunk`` → its stored triples but its members (none stored: an empty list)."""
    bound = {"finding": [URIRef(iri) for iri in chunk]}
    names, rows = store.select_terms(  # type: ignore[attr-defined]
        sparql.query_text("finding-triples-but-members", bound), bound)
    assert names == ["finding", "p", "o"], names
    own: dict[str, list[Triple]] = {iri: [] for iri in chunk}
    for s, p, o in rows:
        own[s.value].append((s, p, o))
    return own


def _confirmed(iri: str, own: list[Triple], guess: frozenset[str]) -> bool:
    """Whether ``own`` (triples but members) and the member triples of ``guess`` give the digest stored in ``own``:
    then they are every triple stored for it.  A finding with nodes of its own (steps, periods) is never confirmed."""
    stored = [o.value for _, p, o in own if p == _DIGEST]
    if len(stored) != 1 or any(p in _CHILDREN for _, p, _ in own):
        return False
    lines = [f"{s} {p} {o}" for s, p, o in own if p not in _UNHASHED]
    here, member = f"<{iri}>", str(MEMBER)
    lines += (f"{here} {member} <{m}>" for m in guess)
    return hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()[:32] == stored[0]
