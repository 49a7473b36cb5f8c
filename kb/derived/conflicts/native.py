"""The stream's reads on the embedded store, by index scans and look-ups instead of the named queries.

Why: streaming every conflict with its claims reads every conflict's head and every claim's card.  At 93k
conflicts (a 10k-article store with weekly episodes) the "Findings of one class" query alone took 12.5 s of CPU,
and "Claim cards as values" 9.5 s for 30k claims: Oxigraph plans the OPTIONALs and UNION branches per row.  The
same rows come from pyoxigraph's pattern reads in about a third of that.  The member lists are read from the one
literal each conflict keeps (``graph.MEMBER_LIST``): grouping 900k memberships per 200 conflicts took 10 s at 48k
claims, and a pattern read per membership as long.  The involved actors come from one scan of their property
(half the time of a query per 200 conflicts; a few hundred thousand pairs of shared strings).  Each function
answers exactly what its named query answers (``tests/test_conflicts_stream.py`` compares the stream on the
embedded store with the same stream through the SPARQL protocol, and the cards with the pages' "Claim cards").
A bound literal is never used in a pattern here: pyoxigraph 0.5.13 on disk answers some wrongly (docs/scaling.md).
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator
from typing import Any

import pyoxigraph as ox

from kb.derived.conflicts.graph import MEMBER_LIST
from kb.derived.conflicts.state import GROUP
from kb.derived.conflicts.vocabulary import CKC, KIND_BY_CLASS
from kb.sparql.rows import plain_value
from kb.vocab import CKB, CONFLICTS_GRAPH

_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_SDO = "https://schema.org/"
_GRAPH = ox.NamedNode(str(CONFLICTS_GRAPH))
_CONFLICT = str(CKC.Conflict)


def _value(term: object) -> str:
    """A term's value (IRI or lexical form); RDF-star triples, which the store never holds here, give ""."""
    return str(getattr(term, "value", ""))


def _iri(name: str) -> ox.NamedNode:
    return ox.NamedNode(str(CKB) + name)


_INVOLVES = ox.NamedNode(str(CKC.involves))
_MEMBER = ox.NamedNode(str(CKC.member))


def heads(db: ox.Store) -> Iterator[tuple[str, str, str, str, str | None]]:
    """(conflict, kind class, key, explanation, verdict concept or None): the rows of "Findings of one class" bound
    to ckb:Conflict, one per conflict.  Scans of the conflicts graph, joined here."""
    kinds: dict[str, str] = {}
    conflicts: set[str] = set()
    for q in db.quads_for_pattern(None, _TYPE, None, _GRAPH):
        if not isinstance(q.subject, ox.NamedNode):
            continue
        cls = _value(q.object)
        if cls == _CONFLICT:
            conflicts.add(q.subject.value)
        elif cls in KIND_BY_CLASS:
            kinds[q.subject.value] = cls
    conflicts &= kinds.keys()
    keys = _values(db, _iri("key"), conflicts, _GRAPH)
    explanations = _values(db, _iri("explanation"), conflicts, _GRAPH)
    verdicts = _values(db, _iri("verdict"), conflicts, None)
    for iri in sorted(conflicts & keys.keys() & explanations.keys()):
        yield iri, kinds[iri], keys[iri], explanations[iri], verdicts.get(iri)


def involved(db: ox.Store, findings: Container[str]) -> dict[str, set[str]]:
    """finding → the IRIs of the actors it involves, for ``findings``: the rows of "Actors involved in findings", by one
    scan of the property (a query per 200 conflicts took twice as long); the few actors' IRIs are shared."""
    out: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for q in db.quads_for_pattern(None, _INVOLVES, None, _GRAPH):
        finding = _value(q.subject)
        if finding in findings:
            actor = _value(q.object)
            out.setdefault(finding, set()).add(names.setdefault(actor, actor))
    return out


def member_lists(db: ox.Store, findings: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(finding, its member claims' IRIs separated by spaces): the rows of "Claim lists of some findings", from the
    list each conflict keeps (``graph.MEMBER_LIST``)."""
    for iri in findings:
        for q in db.quads_for_pattern(ox.NamedNode(iri), MEMBER_LIST, None, _GRAPH):
            yield iri, _value(q.object)


def _values(db: ox.Store, prop: ox.NamedNode, subjects: set[str], graph: ox.NamedNode | None) -> dict[str, str]:
    """subject → a value of ``prop`` (the first met), for ``subjects``: one scan of the property."""
    out: dict[str, str] = {}
    for q in db.quads_for_pattern(None, prop, None, graph):
        subject = _value(q.subject)
        if subject in subjects:
            out.setdefault(subject, _value(q.object))
    return out


_DIRECT = frozenset([str(_TYPE.value), *(str(CKB) + p for p in ("quote", "speaker", "article", "date", "subject",
                                                                  "scope", "periodStart", "periodEnd", "placeName"))])
_QUANTITY = frozenset([_SDO + "minValue", _SDO + "maxValue", str(CKB) + "approximate", _SDO + "unitText"])
_QUANTITY_P, _RELAY_P, _AGENT = str(CKB) + "quantity", str(CKB) + "relay", str(CKB) + "agent"
CARD_DIRECT, CARD_QUANTITY, CARD_RELAY = _DIRECT, _QUANTITY, frozenset([_AGENT])
"""The properties ``card_rows`` keeps: of a claim, of its quantity, of its relays (``load._article_quads`` keeps the
same rows while it reads a changed article's claims)."""


def card_rows(db: ox.Store, claims: Iterable[str]) -> Iterator[tuple[str, str, Any]]:
    """(claim, property, value) as "Claim cards as values" gives them: the claim's own card properties, its
    quantity's bounds, unit and approximation, and the agents of its relays."""
    for claim in claims:
        for q in db.quads_for_pattern(ox.NamedNode(claim), None, None, None):
            prop = q.predicate.value
            if prop in _DIRECT:
                yield claim, prop, _plain(q.object)
            elif prop == _QUANTITY_P and isinstance(q.object, ox.NamedNode | ox.BlankNode):
                yield from _part(db, claim, q.object, _QUANTITY)
            elif prop == _RELAY_P and isinstance(q.object, ox.NamedNode | ox.BlankNode):
                yield from _part(db, claim, q.object, CARD_RELAY)


def _part(db: ox.Store, claim: str, node: ox.NamedNode | ox.BlankNode, props: frozenset[str]
          ) -> Iterator[tuple[str, str, Any]]:
    for q in db.quads_for_pattern(node, None, None, None):
        if q.predicate.value in props:
            yield claim, q.predicate.value, _plain(q.object)


def _plain(term: Any) -> Any:
    return term.value if isinstance(term, ox.NamedNode) else plain_value(term)


def group_values(db: ox.Store, tags: Iterable[str], prop: ox.NamedNode) -> Iterator[tuple[str, str, str]]:
    """(tag, finding, its value of ``prop``) for the findings stored for the groups ``tags`` (``st:group``) that have
    one: the rows of "Findings of some groups" (``prop`` the digest) and "Members of some groups' findings" (the
    member list).  By look-ups (a batch binds 26k tags: the queries took 24 s of its profile).  Only quads whose
    object is the tag asked for are kept (a pyoxigraph look-up by object may return neighbouring values)."""
    for tag in tags:
        value = ox.Literal(tag)
        for q in db.quads_for_pattern(None, GROUP, value, _GRAPH):
            if q.object != value or not isinstance(q.subject, ox.NamedNode):
                continue
            for found in db.quads_for_pattern(q.subject, prop, None, _GRAPH):
                yield tag, q.subject.value, _value(found.object)


def group_pairs(db: ox.Store, tags: Iterable[str], props: tuple[ox.NamedNode, ox.NamedNode]
                ) -> Iterator[tuple[str, str, str | None, str | None]]:
    """(tag, finding, its values of both ``props`` or None) for the findings stored for the groups ``tags``: what
    ``group_values`` gives for each of two properties, each group looked up once.  Why: a batch's episodes read
    their groups' member lists, and the diff then their digests (19k episode groups in a 1,000-article batch at 25k
    articles, each group's look-up ~40 µs)."""
    first, second = props
    for tag in tags:
        value = ox.Literal(tag)
        for q in db.quads_for_pattern(None, GROUP, value, _GRAPH):
            if q.object != value or not isinstance(q.subject, ox.NamedNode):
                continue
            a = next(db.quads_for_pattern(q.subject, first, None, _GRAPH), None)
            b = next(db.quads_for_pattern(q.subject, second, None, _GRAPH), None)
            yield tag, q.subject.value, None if a is None else _value(a.object), None if b is None else _value(b.object)


def groups_of_members(db: ox.Store, claims: Iterable[str]) -> set[str]:
    """The groups (``st:group``) of the findings that hold one of ``claims`` as a member: the rows of "Groups of the
    findings of some claims", by look-ups."""
    out: set[str] = set()
    for claim in claims:
        for q in db.quads_for_pattern(None, _MEMBER, ox.NamedNode(claim), _GRAPH):
            out |= {_value(g.object) for g in db.quads_for_pattern(q.subject, GROUP, None, _GRAPH)}
    return out
