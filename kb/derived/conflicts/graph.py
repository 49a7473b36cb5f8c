"""Findings → the conflicts graph.  Node IRIs are hashes of the kind and of what names the finding: its claims, or,
for one that grows (a numeric episode, a corroboration, an exchange of blame, a denial, a series, an aggregate), what
it is about however many claims join it (``conflict_key``, ``model.identity``).  So a refresh over the same articles
writes the same nodes (links stay valid) and never duplicates one.

Triples are built as pyoxigraph terms in a ``Triples`` set (no rdflib graph: at 100k claims the graph has
millions of triples and rdflib's bookkeeping was most of the refresh); ``Triples.graph()`` gives an rdflib
graph for stores without the pyoxigraph fast path.  Each conflict also carries its rank in the newest-first
order (``schema:position``, 1 = newest) and the date it sorts on (``dcterms:date``: its latest claim's, a
numeric episode's the last day of its week; ``latest``), so that a
page of conflicts is read by a range of positions instead of sorting every conflict per request.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from functools import lru_cache

import pyoxigraph as ox
from rdflib import RDF, XSD, Graph
from rdflib.namespace import DCTERMS, PROV, SDO

from kb.derived.conflicts.clusters import Aggregate, Corroboration, Estimates, Series
from kb.derived.conflicts.model import ClaimFacts, Detected, identity
from kb.derived.conflicts.vocabulary import CKC, KIND_CLASS, VERDICT_CONCEPT
from kb.store.oxigraph import to_rdflib
from kb.vocab import CKB, DATA

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Triple = tuple[ox.NamedNode, ox.NamedNode, Term]


def _nn(iri: object) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


_TYPE = _nn(RDF.type)
_KEY, _EXPLANATION, _MEMBER, _INVOLVES = _nn(CKB.key), _nn(CKC.explanation), _nn(CKC.member), _nn(CKC.involves)
_LEAD, _COUNT = _nn(CKC.lead), _nn(CKC.claimCount)
_SOURCE, _SOURCES, _PARTY, _CATEGORY = _nn(CKC.source), _nn(CKC.independentSources), _nn(CKC.party), _nn(CKC.category)
_STEP, _STEP_CLASS, _POSITION, _DATE = _nn(CKC.step), _nn(CKC.SeriesStep), _nn(CKB.position), _nn(CKB.date)
_ATTRIBUTED, _DERIVED, _VALUE, _ESTIMATE = _nn(PROV.wasAttributedTo), _nn(PROV.wasDerivedFrom), _nn(SDO.value), \
    _nn(CKC.Estimate)
_VERDICT, _REASON = _nn(CKC.verdict), _nn(CKC.reason)
RANK, LATEST = _nn(SDO.position), _nn(DCTERMS.date)
MEMBER_LIST = ox.NamedNode("https://w3id.org/claimkb/ns/derived#members")
"""A conflict's member claims' IRIs in one literal (derived bookkeeping, beside its ``ckc:member`` triples): the
whole list streamed reads one value per conflict instead of grouping 900k memberships (10 s of a 30 s stream at
48k claims)."""
DIGEST = _nn(CKB.digest)
"""A finding's digest (``write.Finding.digest``)."""
MEMBER = _MEMBER
STEPS = ox.NamedNode("https://w3id.org/claimkb/ns/derived#steps")
"""A series' steps in one literal (derived bookkeeping, beside its steps' nodes): each step's day ('-' undated) and its
claims' IRIs, the steps in order, separated by ' | '.  A write reads a grown series' old steps from it
(``readback.old_lines``) instead of looking up every step node: 980 series' 470k triples were a fifth of a 1,000-article
batch's derived data at 25k articles.  It says nothing the step nodes do not, so it is left out of the digest
(``write.Finding.digest``): a series stored without it (by an older writer) is not rewritten for that alone."""
FIXED = frozenset({_TYPE, _KEY, RANK, LATEST, ox.NamedNode("https://w3id.org/claimkb/ns/derived#group")})
"""The predicates whose values a dated numeric episode's IRI fixes (``conflict_key``: its kind, measure, week and
states; ``state.GROUP`` is the last): its classes, key, group, date (its week's last day, ``latest``) and rank
(``rank_of`` of those).  A grown episode's rewrite leaves them out of both sides of the difference
(``readback.old_triples``)."""
_PERIOD, _PERIOD_CLASS, _COVERAGE = _nn(CKC.period), _nn(CKC.AggregatePeriod), _nn(SDO.temporalCoverage)
"""A conflict's place in the newest-first order, and the date it sorts on (``latest``)."""
_INTEGER, _DECIMAL, _XDATE = _nn(XSD.integer), _nn(XSD.decimal), _nn(XSD.date)
_CLASSES = {str(c): _nn(c) for c in (*KIND_CLASS.values(), CKC.Conflict, CKC.Corroboration, CKC.Series, CKC.Aggregate)}


class Triples:
    """An insertion-ordered set of triples of pyoxigraph terms (a finding may name a claim twice)."""

    def __init__(self) -> None:
        self._items: dict[Triple, None] = {}

    def add(self, triple: Triple) -> None:
        self._items[triple] = None

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, triple: object) -> bool:
        return triple in self._items

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._items)

    def graph(self) -> Graph:
        """The same triples as an rdflib graph (for stores that take only rdflib graphs)."""
        g = Graph()
        g.bind("ckb", CKB._NS)
        for s, p, o in self._items:
            g.add((to_rdflib(s), to_rdflib(p), to_rdflib(o)))  # type: ignore[arg-type]
        return g


def integer(n: int) -> ox.Literal:
    """An xsd:integer literal (counts, ranks, positions)."""
    return ox.Literal(str(n), datatype=_INTEGER)


def _date(d: date) -> ox.Literal:
    return ox.Literal(d.isoformat(), datatype=_XDATE)


def finding_key(kind: str, claims: Iterable[str], extra: str = "") -> str:
    """Stable id: the kind plus the sorted claim IRIs, or, with no claims, ``extra`` (what names a finding that grows:
    its identity, a series' speaker and measure, an aggregate's measure)."""
    basis = "|".join([kind, extra, *sorted(set(claims))])
    return hashlib.sha256(basis.encode()).hexdigest()[:16]


def _node(g: Triples, path: str, key: str, classes: Iterable[object], explanation: str) -> ox.NamedNode:
    node = ox.NamedNode(f"{DATA}{path}/{key}")
    for cls in classes:
        g.add((node, _TYPE, _CLASSES.get(str(cls)) or _nn(cls)))
    g.add((node, _KEY, ox.Literal(key)))
    g.add((node, _EXPLANATION, ox.Literal(explanation, language="en")))
    return node


@lru_cache(maxsize=250_000)
def claim_node(iri: str) -> ox.NamedNode:
    """A claim's node, made once: a claim is a member of many findings, and building the node checks the IRI."""
    return ox.NamedNode(iri)


def _members(g: Triples, node: ox.NamedNode, claims: Iterable[ClaimFacts], *, count: bool = True,
             listed: bool = True) -> None:
    iris = {c.iri for c in claims}
    for iri in sorted(iris) if listed else ():
        g.add((node, _MEMBER, claim_node(iri)))
    if count:
        g.add((node, _COUNT, integer(len(iris))))


def lead_claims(claims: Iterable[ClaimFacts]) -> list[ClaimFacts]:
    """Each side's (speaker's) first and latest claim: what a conflict's card shows.  A dispute that runs
    for weeks rests on dozens of claims; the card stays readable and a page reads a few claims per conflict."""
    sides: dict[str, list[ClaimFacts]] = {}
    for c in claims:
        sides.setdefault(c.speaker_root, []).append(c)
    lead: dict[str, ClaimFacts] = {}
    for mine in sides.values():
        ordered = sorted(mine, key=lambda c: (c.date or date.max, c.iri))
        lead.setdefault(ordered[0].iri, ordered[0])
        dated = [c for c in ordered if c.date is not None]
        if dated:
            lead.setdefault(dated[-1].iri, dated[-1])
    return list(lead.values())


def latest(d: Detected) -> date | None:
    """What "newest first" sorts a conflict on: its latest claim's date; a numeric episode's, the last day of its
    week, which stays put as the episode grows (so does its rank: a growing episode moves no other conflict)."""
    if d.episode and d.episode != "-":
        return date.fromisoformat(d.episode) + timedelta(days=6)
    return max((c.date for c in d.claims if c.date is not None), default=None)


def conflict_key(d: Detected) -> str:
    """A conflict's key: from its identity when it has one (a numeric episode, an exchange of blame, a denial and
    what it answers: it keeps its IRI as it grows), else from its claims."""
    if d.identity:
        return finding_key(d.kind, (), d.identity)
    return finding_key(d.kind, (c.iri for c in d.claims))


def add_conflict(g: Triples, d: Detected, rank: int | None = None, *, members: bool = True) -> ox.NamedNode:
    """A conflict's triples; ``members=False``: but its ``ckc:member`` triples (``write.ConflictFinding`` keeps them
    as its member list)."""
    key = conflict_key(d)
    node = _node(g, "conflict", key, (CKC.Conflict, KIND_CLASS[d.kind]), d.explanation)
    _members(g, node, d.claims, listed=members)
    g.add((node, MEMBER_LIST, ox.Literal(" ".join(sorted({c.iri for c in d.claims})))))
    for c in lead_claims(d.claims):
        g.add((node, _LEAD, ox.NamedNode(c.iri)))
    if d.verdict is not None:
        g.add((node, _VERDICT, _nn(VERDICT_CONCEPT[d.verdict])))
    if d.reason:
        g.add((node, _REASON, ox.Literal(d.reason, language="en")))
    for actor in sorted(d.actors):
        g.add((node, _INVOLVES, ox.NamedNode(actor)))
    if rank is not None:
        g.add((node, RANK, integer(rank)))
    newest = latest(d)
    if newest is not None:
        g.add((node, LATEST, _date(newest)))
    return node


def add_corroboration(g: Triples, c: Corroboration) -> ox.NamedNode:
    claims = c.proposition.claims
    key = finding_key("corroboration", (), identity(c.proposition))  # its IRI stays as reprints join it (rules 30)
    node = _node(g, "corroboration", key, (CKC.Corroboration,), c.explanation)
    _members(g, node, claims)
    sources = c.proposition.sources
    g.add((node, _SOURCES, integer(len(sources))))
    for s in sorted(sources):
        g.add((node, _SOURCE, ox.NamedNode(s)))
    first = c.proposition.first
    for actor in sorted({first.speaker_root, *first.parties}):
        g.add((node, _INVOLVES, ox.NamedNode(actor)))
    return node


def _category(value: str) -> ox.NamedNode | ox.Literal:
    return ox.NamedNode(value) if value.startswith(("http://", "https://")) else ox.Literal(value)


def add_series(g: Triples, s: Series) -> ox.NamedNode:
    """A series keeps its IRI as it grows (its key is its speaker and measure, as an aggregate's is its measure): a
    new figure then rewrites the steps from its place on, where a key from its claims made every write that added a
    step rewrite the whole series under a new IRI (2,500 steps, 15k of a one-article write's 36k triples at 25k
    articles)."""
    node, steps = series_head(g, s)
    for t in series_body(node, steps):
        g.add(t)
    return node


SeriesSteps = list[tuple[str, list[str]]]
"""A series' steps as data: each step's day ('-' undated) and its claims' IRIs, sorted (what ``STEPS`` says)."""


def series_head(g: Triples, s: Series) -> tuple[ox.NamedNode, SeriesSteps]:
    """A series' own triples but its members and steps (``series_body``), and its steps as data."""
    steps = [(step.date.isoformat() if step.date else "-", sorted({c.iri for c in step.claims})) for step in s.steps]
    key = finding_key("series", (), "|".join([s.speaker, s.category, *sorted(s.parties)]))
    node = _node(g, "series", key, (CKC.Series,), s.explanation)
    g.add((node, _COUNT, integer(len(series_members(steps)))))
    g.add((node, _ATTRIBUTED, ox.NamedNode(s.speaker)))
    g.add((node, _INVOLVES, ox.NamedNode(s.speaker)))
    for party in sorted(s.parties):
        g.add((node, _PARTY, ox.NamedNode(party)))
        g.add((node, _INVOLVES, ox.NamedNode(party)))
    g.add((node, _CATEGORY, _category(s.category)))
    g.add((node, STEPS, ox.Literal(steps_value(steps))))
    return node, steps


def series_members(steps: SeriesSteps) -> list[str]:
    """Every claim of a series' steps, sorted."""
    return sorted({m for _, members in steps for m in members})


def steps_value(steps: SeriesSteps) -> str:
    """A series' ``STEPS`` value: each step's day and claims, the steps in order, separated by ' | '."""
    return " | ".join(" ".join([day, *members]) for day, members in steps)


def series_body(node: ox.NamedNode, steps: SeriesSteps, skip: int = 0,
                kept: frozenset[str] = frozenset()) -> Iterator[Triple]:
    """A series' member triples (but the claims ``kept``) and its steps' triples with its links to them (but the first
    ``skip``), as terms: ``readback.old_triples`` leaves the same out of what it reads back."""
    for iri in series_members(steps):
        if iri not in kept:
            yield node, _MEMBER, claim_node(iri)
    for position, (day, members) in enumerate(steps, start=1):
        if position <= skip:
            continue
        step_node = ox.NamedNode(f"{node.value}#step{position}")
        yield node, _STEP, step_node
        yield step_node, _TYPE, _STEP_CLASS
        yield step_node, _POSITION, integer(position)
        if day != "-":
            yield step_node, _DATE, ox.Literal(day, datatype=_XDATE)
        for iri in members:
            yield step_node, _MEMBER, claim_node(iri)


def series_body_lines(node: str, steps: SeriesSteps) -> Iterator[str]:
    """``series_body``'s triples as ``write.Finding.digest`` prints them (N-Triples without the final dot), made as
    text: a series' digest covers every step, and building every step's terms only to print them was most of a
    grown series' cost (987 series, 470k triples in a 1,000-article batch at 25k articles)."""
    here = f"<{node}>"
    member, step_link, kind, step_class, position_p, date_p = (str(t) for t in (
        _MEMBER, _STEP, _TYPE, _STEP_CLASS, _POSITION, _DATE))
    yield from (f"{here} {member} <{iri}>" for iri in series_members(steps))
    for position, (day, members) in enumerate(steps, start=1):
        step = f"<{node}#step{position}>"
        yield f"{here} {step_link} {step}"
        yield f"{step} {kind} {step_class}"
        yield f"{step} {position_p} {integer(position)}"
        if day != "-":
            yield f"{step} {date_p} {ox.Literal(day, datatype=_XDATE)}"
        yield from (f"{step} {member} <{iri}>" for iri in members)


def add_aggregate(g: Triples, a: Aggregate) -> ox.NamedNode:
    """The aggregate and one estimate node per value, each derived from the claims that give it."""
    measure = "|".join([a.category, *sorted(a.parties)])
    key = finding_key("aggregate", (), measure)
    node = _node(g, "aggregate", key, (CKC.Aggregate,), a.explanation)
    g.add((node, _CATEGORY, _category(a.category)))
    for party in sorted(a.parties):
        g.add((node, _PARTY, ox.NamedNode(party)))
        g.add((node, _INVOLVES, ox.NamedNode(party)))
    members = _add_estimates(g, node, f"{node.value}#", a.estimates)
    for month, (estimates, _speakers) in sorted(a.periods.items()):
        period = ox.NamedNode(f"{node.value}#{month}")
        g.add((node, _PERIOD, period))
        g.add((period, _TYPE, _PERIOD_CLASS))
        g.add((period, _COVERAGE, ox.Literal(month)))
        _add_estimates(g, period, f"{node.value}#{month}-", estimates)  # <aggregate>#2020-10-low
    # members: the claims of the whole measure's estimates, as before periods (what its card and its "claims"
    # count show); a month's estimates name their own claims (prov:wasDerivedFrom), read with the months
    _members(g, node, members)
    return node


def _add_estimates(g: Triples, node: ox.NamedNode, base: str, estimates: Estimates) -> list[ClaimFacts]:
    """One estimate node per value (IRI ``<base>low``...), each derived from the claims that give it."""
    members: list[ClaimFacts] = []
    for name, (value, claims) in estimates.items():
        est = ox.NamedNode(f"{base}{name}")
        g.add((node, _nn(getattr(CKC, name)), est))  # closed namespace: a wrong name fails
        g.add((est, _TYPE, _ESTIMATE))
        g.add((est, _VALUE, _number(value)))
        for c in claims:
            g.add((est, _DERIVED, ox.NamedNode(c.iri)))
        members += claims
    return members


def _number(value: float) -> ox.Literal:
    """Whole numbers as xsd:integer (as the claims give them); a median of two may be a half."""
    if value.is_integer():
        return integer(int(value))
    return ox.Literal(str(value), datatype=_DECIMAL)
