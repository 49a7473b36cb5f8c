"""Every conflict with every claim it rests on, read a few hundred conflicts at a time and handed on as it is read.

``list_conflicts(store)`` (no limit) holds every conflict, every membership and every claim card at once: at 40k
claims that is 19k conflicts and 570k memberships (a long dispute episode names nearly 2,000 claims).  Here the
conflicts' heads (key, kind, explanation) are read first and ordered as ``list_conflicts`` orders them (kind, then
explanation); then, ``CHUNK`` conflicts at a time, their member lists and involved actors by queries bound to those
conflicts, and the cards of the claims not yet seen (``kb.derived.conflicts.cards``, read in bulk).  Cards go into
a bounded LRU cache (``CARD_CACHE``): one claim sits in many conflicts (570k memberships, 39k claims), and a card
is read and rendered once, not once per conflict (a cache emptied whenever it grew past its bound read 2.5M card
rows at 40k claims).  What is held is the heads (on the embedded store with the actors each involves), one chunk
and the cache, whatever the size of an episode.

``write_json`` writes the text ``json.dumps(list, ensure_ascii=False, indent=1)`` gives, item by item, with each
card's JSON made once (at the depth it sits in the list) and joined into every conflict naming it: encoding the
repeated cards again and again (through ``dataclasses.asdict``, which deep-copies them) was a third of the 107 s
of CPU this took at 40k claims.
"""

from __future__ import annotations

import json
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields
from typing import IO, Any, Generic, TypeVar

import pyoxigraph as ox
from rdflib import RDF, SDO, URIRef

from kb import sparql
from kb.derived.conflicts import cards, native
from kb.derived.conflicts.cards import CardReader
from kb.derived.conflicts.load import load_actors
from kb.derived.conflicts.read import Conflict, _claim_order
from kb.derived.conflicts.vocabulary import CKC, KIND_BY_CLASS, VERDICT_BY_CONCEPT
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.vocab import CKB, CONFLICTS_GRAPH

CHUNK = 200
"""Conflicts whose members are read in one go (a VALUES block of this many IRIs)."""
CARD_CACHE = 50_000
"""Claim cards kept between chunks, least recently used dropped first (about 1 KB each): every claim of a 40k-claim
store is read once; on a larger store a card dropped and needed again is read again."""

T = TypeVar("T")


class _Cards(Generic[T]):
    """Claim IRI → (sort key, the card as ``render`` made it), read in batches for the claims not held, at most
    ``bound`` kept (least recently used dropped first)."""

    def __init__(self, store: Store, render: Callable[[dict[str, Any]], T], bound: int) -> None:
        self.reader, self.render, self.bound = CardReader(store), render, bound
        self.held: OrderedDict[str, tuple[tuple[str, str, str], T]] = OrderedDict()

    def of(self, claims: Iterable[str]) -> dict[str, tuple[tuple[str, str, str], T]]:
        """The cards of ``claims`` (those that have one), read once while they stay held."""
        out, missing = {}, []
        for claim in claims:
            found = self.held.get(claim)
            if found is None:
                missing.append(claim)
            else:
                self.held.move_to_end(claim)
                out[claim] = found
        wanted = sorted(missing)
        kept = cards.stored(self.reader.store, wanted) if missing else {}
        if kept is None:
            kept = self.reader.read(wanted)
        elif len(kept) < len(wanted):  # a card the refresh has not stored (yet): read as ``cards.of`` reads it
            kept.update(self.reader.read([c for c in wanted if c not in kept]))
        for claim, card in kept.items():
            out[claim] = self.held[claim] = (_claim_order(card), self.render(card))
        while len(self.held) > self.bound:
            self.held.popitem(last=False)
        return out


def _stream(store: Store, actor: str | None, render: Callable[[dict[str, Any]], T]
            ) -> Iterator[tuple[Conflict, list[T]]]:
    """(conflict head with its actors, its claims as ``render`` made them, in claim order), in list order."""
    heads = _heads(store)
    order = sorted(heads, key=lambda iri: (heads[iri].kind, heads[iri].explanation))
    wanted = _wanted(store, actor)
    cards = _Cards(store, render, CARD_CACHE)
    every = native.involved(store.ox, heads.keys()) if store.capabilities.embedded else None  # type: ignore[attr-defined]
    for start in range(0, len(order), CHUNK):
        chunk = order[start:start + CHUNK]
        involved = _involved(store, chunk) if every is None else every
        if wanted is not None:
            chunk = [iri for iri in chunk if involved.get(iri, set()) & wanted]
        for iri, claims in _claims_of(store, cards, chunk):
            head = heads.pop(iri)
            head.actors = sorted(a.rsplit("/", 1)[-1] for a in involved.get(iri, set()))
            yield head, claims


def _claims_of(store: Store, cards: _Cards[T], chunk: list[str]) -> Iterator[tuple[str, list[T]]]:
    """(conflict, its claims' cards in claim order) for the conflicts of ``chunk``: their member lists, then the
    cards not held yet, read at once."""
    if not chunk:
        return
    members = _members(store, chunk)
    held = cards.of({c: None for iri in chunk for c in members.get(iri, ())})
    for iri in chunk:
        mine = sorted(held[c] for c in members.get(iri, ()) if c in held)
        yield iri, [card for _, card in mine]


class Newest(Generic[T]):
    """Every conflict involving ``actor`` (or all) newest first, as the pages order them (the highest rank first; a
    rank two conflicts share, by IRI), read ``read(offset, size)`` at a time with every claim, by the stream's reads:
    the web's whole ``/conflicts.json`` and ``.csv``.  Read as pages of conflicts read (a piece's ranks, its heads with
    their lead cards, its members row by row through "Members of findings", cards again), the whole list took 114-315
    s at 100k claims (123 s at load 1), this 8.7-15.3 s (docs/scaling.md).  The ranks are read once (one scan: the
    order), each piece's heads by look-ups, its claims as the stream reads them, one card cache for every piece.
    ``order`` is None on a store whose conflicts have no ranks (written before them): the caller reads as pages read
    then; an actor with no conflicts is an empty order, not that (asked of the ranks before the actor's filter)."""

    def __init__(self, store: Store, actor: str | None, render: Callable[[dict[str, Any]], T]) -> None:
        self.store, self.actor, self.cards = store, actor, _Cards(store, render, CARD_CACHE)
        ranked = _ranked(store)
        self.order: list[str] | None = None
        if not ranked and any(True for _ in plain_rows(store, "conflict-findings", **{"class": _CONFLICT})):
            return
        if (wanted := _wanted(store, actor)) is not None:
            involving = _involving(store, wanted)
            ranked = {iri: rank for iri, rank in ranked.items() if iri in involving}
        self.order = sorted(ranked, key=lambda iri: (-ranked[iri], iri))

    def read(self, offset: int, size: int) -> list[tuple[Conflict, list[T]]]:
        """The conflicts ``offset+1 .. offset+size`` (heads without actors: the web's rows name none), each with
        its claims as ``render`` made them, in claim order."""
        chunk = (self.order or [])[offset:offset + size]
        heads = _heads_of(self.store, chunk)
        return [(heads[iri], claims) for iri, claims in _claims_of(self.store, self.cards, chunk) if iri in heads]


def iter_conflicts(store: Store, actor: str | None = None) -> Iterator[Conflict]:
    """Conflicts involving ``actor`` (or all), ordered by kind then explanation, each with all its claims."""
    for head, claims in _stream(store, actor, lambda card: card):
        head.claims = [dict(card) for card in claims]
        yield head


def write_json(store: Store, out: IO[str], actor: str | None = None) -> int:
    """Every conflict involving ``actor`` (or all) as a JSON list, the text ``json.dumps([c.to_dict() for c in
    list_conflicts(store, actor)], ensure_ascii=False, indent=1)`` gives, written a conflict at a time; returns
    how many were written."""
    count = 0
    for head, claims in _stream(store, actor, _card_text):
        out.write("[\n" if count == 0 else ",\n")
        out.write(_conflict_text(head, claims))
        count += 1
    out.write("\n]\n" if count else "[]\n")
    return count


_scalar = json.JSONEncoder(ensure_ascii=False).encode


def indented(value: Any, depth: int = 0) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=1)`` (string keys) as it stands ``depth`` levels into an indented
    document: its lines after the first indented by ``depth`` more.  Scalars go through the C encoder, which
    ``indent`` turns off for the whole value (the pure-Python encoder took 4 s of the stream's profile)."""
    if isinstance(value, dict) and value:
        pad = "\n" + " " * (depth + 1)
        items = (_scalar(key) + ": " + indented(item, depth + 1) for key, item in value.items())
        return "{" + pad + ("," + pad).join(items) + "\n" + " " * depth + "}"
    if isinstance(value, list | tuple) and value:
        pad = "\n" + " " * (depth + 1)
        return "[" + pad + ("," + pad).join(indented(item, depth + 1) for item in value) + "\n" + " " * depth + "]"
    return _scalar(value)


def _card_text(card: dict[str, Any]) -> str:
    """A card's JSON as it stands in the whole list: an item of a conflict's "claims", three levels in."""
    return "   " + indented(card, 3)


def _conflict_text(head: Conflict, claims: list[str]) -> str:
    """A conflict's JSON as it stands in the whole list (one level in), its claims' ready texts joined in."""
    parts = []
    for f in fields(head):
        value = ("[\n" + ",\n".join(claims) + "\n  ]" if claims else "[]") if f.name == "claims" \
            else indented(getattr(head, f.name), 2)
        parts.append(_scalar(f.name) + ": " + value)
    return " {\n  " + ",\n  ".join(parts) + "\n }"


def _heads(store: Store, findings: list[str] | None = None) -> dict[str, Conflict]:
    """Every conflict's key, kind and explanation (no claims yet); ``findings``: those conflicts' only, by query."""
    heads: dict[str, Conflict] = {}
    if store.capabilities.embedded and findings is None:
        for iri, kind_class, key, explanation, verdict in native.heads(store.ox):  # type: ignore[attr-defined]
            head = heads[iri] = Conflict(iri, key, KIND_BY_CLASS.get(kind_class, "finding"), explanation)
            if verdict is not None:
                head.details["verdict"] = VERDICT_BY_CONCEPT.get(verdict)
        return heads
    some = {"finding": [URIRef(iri) for iri in findings]} if findings is not None else {}
    for row in plain_rows(store, "conflict-findings", **{"class": URIRef(str(CKC.Conflict))}, **some):
        iri = str(row["finding"])
        kind = KIND_BY_CLASS.get(str(row["kind"]), "finding")
        head = heads.setdefault(iri, Conflict(iri, str(row["key"]), kind, str(row["explanation"])))
        if row.get("verdict") is not None:
            head.details["verdict"] = VERDICT_BY_CONCEPT.get(str(row["verdict"]))
    return heads


_CONFLICT = URIRef(str(CKC.Conflict))
_GRAPH = ox.NamedNode(str(CONFLICTS_GRAPH))
_RANK, _INVOLVES = ox.NamedNode(str(SDO.position)), ox.NamedNode(str(CKC.involves))
_HEAD = {ox.NamedNode(str(CKB.key)): "key", ox.NamedNode(str(CKB.explanation)): "explanation",
         ox.NamedNode(str(RDF.type)): "kind"}
_VERDICT = ox.NamedNode(str(CKB.verdict))


def _ranked(store: Store) -> dict[str, int]:
    """Every ranked conflict's rank: on the embedded store one scan of the property (as ``ranks`` reads them)."""
    if not store.capabilities.embedded:
        return {str(row["finding"]): int(row["rank"]) for row in plain_rows(store, "conflict-ranked")}
    db = store.ox  # type: ignore[attr-defined]
    return {q.subject.value: int(q.object.value) for q in db.quads_for_pattern(None, _RANK, None, _GRAPH)
            if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.Literal)}


def _involving(store: Store, actors: set[str]) -> set[str]:
    """The conflicts that involve any of ``actors``: on the embedded store a look-up by each (only the quads whose
    object is the actor asked for are kept, as ``native.group_values`` keeps them)."""
    if not store.capabilities.embedded:
        return {finding for finding, actor in _pairs(store, "conflict-involved", None) if actor in actors}
    db, out = store.ox, set()  # type: ignore[attr-defined]
    for actor in actors:
        node = ox.NamedNode(actor)
        out |= {q.subject.value for q in db.quads_for_pattern(None, _INVOLVES, node, _GRAPH) if q.object == node}
    return out


def _heads_of(store: Store, chunk: list[str]) -> dict[str, Conflict]:
    """The heads (key, kind, explanation, verdict) of the conflicts of ``chunk``: what ``_heads`` reads of every
    conflict, by look-ups."""
    if not chunk:
        return {}
    if not store.capabilities.embedded:
        return _heads(store, chunk)
    db, heads = store.ox, {}  # type: ignore[attr-defined]
    for iri in chunk:  # property by property: a conflict holds hundreds of ckb:member triples besides
        node, found = ox.NamedNode(iri), dict[str, str]()
        for prop, name in _HEAD.items():
            for q in db.quads_for_pattern(node, prop, None, _GRAPH):
                if name != "kind" or q.object.value in KIND_BY_CLASS:
                    found.setdefault(name, q.object.value)
        if len(found) < 3:
            continue
        head = heads[iri] = Conflict(iri, found["key"], KIND_BY_CLASS[found["kind"]], found["explanation"])
        verdict = next(db.quads_for_pattern(node, _VERDICT, None, None), None)
        if verdict is not None:
            head.details["verdict"] = VERDICT_BY_CONCEPT.get(verdict.object.value)
    return heads


def _wanted(store: Store, actor: str | None) -> set[str] | None:
    """The actors a conflict must involve to be listed: those ``actor`` names and the states they speak for."""
    if not actor:
        return None
    actors = load_actors(store)
    named = {iri for iri in actors.labels if actors.matches(iri, actor)}
    return named | {actors.root(iri) for iri in named}


def _members(store: Store, chunk: list[str]) -> dict[str, dict[str, None]]:
    """finding → its member claims (an ordered set), for the findings of ``chunk``."""
    members: dict[str, dict[str, None]] = defaultdict(dict)
    if store.capabilities.embedded:
        for finding, claims in native.member_lists(store.ox, chunk):  # type: ignore[attr-defined]
            members[finding].update(dict.fromkeys(claims.split(" ")))
        # a store last refreshed by older rules keeps no lists (reading does not refresh it): their claims grouped
        chunk = [iri for iri in chunk if iri not in members]
    for finding, claims in _pairs(store, "conflict-claim-lists", chunk) if chunk else ():
        members[finding].update(dict.fromkeys(claims.split(" ")))
    return members


def _involved(store: Store, chunk: list[str]) -> dict[str, set[str]]:
    """finding → IRIs of the actors it involves, for the findings of ``chunk``."""
    out: dict[str, set[str]] = defaultdict(set)
    for finding, actor in _pairs(store, "conflict-involved", chunk):
        out[finding].add(actor)
    return out


def _pairs(store: Store, name: str, findings: list[str] | None) -> Iterator[tuple[str, str]]:
    """The two columns of ``name`` for ``findings`` (None: every finding; the finding's IRI, then an IRI or a string):
    on the embedded store straight from pyoxigraph's terms (a dictionary per row cost more than the query)."""
    bound = {"finding": [URIRef(iri) for iri in findings]} if findings is not None else {}
    if not store.capabilities.embedded:
        for row in plain_rows(store, name, **bound):
            yield str(row["finding"]), str(row[next(k for k in row if k != "finding")])
        return
    names, rows = store.select_terms(sparql.query_text(name, bound), bound)  # type: ignore[attr-defined]
    assert len(names) == 2 and names[0] == "finding", names
    for finding, other in rows:
        yield finding.value, other.value
