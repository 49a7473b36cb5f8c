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

from rdflib import URIRef

from kb import sparql
from kb.derived.conflicts import cards, native
from kb.derived.conflicts.cards import CardReader
from kb.derived.conflicts.load import load_actors
from kb.derived.conflicts.read import Conflict, _claim_order
from kb.derived.conflicts.vocabulary import CKC, KIND_BY_CLASS, VERDICT_BY_CONCEPT
from kb.sparql.rows import plain_rows
from kb.store import Store

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
        for claim, card in (kept if kept is not None else self.reader.read(wanted)).items():
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
        if not chunk:
            continue
        members = _members(store, chunk)
        held = cards.of({c: None for iri in chunk for c in members.get(iri, ())})
        for iri in chunk:
            head = heads.pop(iri)
            head.actors = sorted(a.rsplit("/", 1)[-1] for a in involved.get(iri, set()))
            mine = sorted(held[c] for c in members.get(iri, ()) if c in held)
            yield head, [card for _, card in mine]


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


def _heads(store: Store) -> dict[str, Conflict]:
    """Every conflict's key, kind and explanation (no claims yet)."""
    heads: dict[str, Conflict] = {}
    if store.capabilities.embedded:
        for iri, kind_class, key, explanation, verdict in native.heads(store.ox):  # type: ignore[attr-defined]
            head = heads[iri] = Conflict(iri, key, KIND_BY_CLASS.get(kind_class, "finding"), explanation)
            if verdict is not None:
                head.details["verdict"] = VERDICT_BY_CONCEPT.get(verdict)
        return heads
    for row in plain_rows(store, "conflict-findings", **{"class": URIRef(str(CKC.Conflict))}):
        iri = str(row["finding"])
        kind = KIND_BY_CLASS.get(str(row["kind"]), "finding")
        head = heads.setdefault(iri, Conflict(iri, str(row["key"]), kind, str(row["explanation"])))
        if row.get("verdict") is not None:
            head.details["verdict"] = VERDICT_BY_CONCEPT.get(str(row["verdict"]))
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


def _pairs(store: Store, name: str, findings: list[str]) -> Iterator[tuple[str, str]]:
    """The two columns of ``name`` for ``findings`` (the finding's IRI, then an IRI or a string): on the embedded
    store straight from pyoxigraph's terms (a dictionary per row cost more than the query)."""
    bound = {"finding": [URIRef(iri) for iri in findings]}
    if not store.capabilities.embedded:
        for row in plain_rows(store, name, **bound):
            yield str(row["finding"]), str(row[next(k for k in row if k != "finding")])
        return
    names, rows = store.select_terms(sparql.query_text(name, bound), bound)  # type: ignore[attr-defined]
    assert len(names) == 2 and names[0] == "finding", names
    for finding, other in rows:
        yield finding.value, other.value
