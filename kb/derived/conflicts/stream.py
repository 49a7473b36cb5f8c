"""Every conflict with every claim it rests on, read a few hundred conflicts at a time and handed on as it is read.

``list_conflicts(store)`` (no limit) holds every conflict, every membership and every claim card at once: at 40k
claims that is 24k conflicts and 600k memberships (a long dispute episode names nearly 2,000 claims), and the one
query over every membership took minutes.  ``iter_conflicts`` reads the conflicts' heads (key, kind,
explanation), orders them as ``list_conflicts`` does (kind, then explanation), and then, ``CHUNK`` conflicts at a
time, their members, involved actors and claim cards with queries bound to those conflicts and claims: the cost
grows with the answer, and what is held is one chunk (plus a bounded cache of cards, since neighbouring episodes
share claims).  ``write_json`` writes the same text ``json.dumps(list, indent=1)`` would, item by item.
"""

from __future__ import annotations

import json
import textwrap
from collections import defaultdict
from collections.abc import Iterator
from typing import IO, Any

from rdflib import URIRef

from kb.derived.conflicts.load import load_actors
from kb.derived.conflicts.read import Conflict, _claim_order, _involved, claim_cards
from kb.derived.conflicts.vocabulary import CKC, KIND_BY_CLASS, VERDICT_BY_CONCEPT
from kb.sparql.rows import plain_rows
from kb.store import Store

CHUNK = 200
"""Conflicts whose members are read in one go (a VALUES block of this many IRIs)."""
CARD_CACHE = 20_000
"""Claim cards kept between chunks (about 1 KB each); the cache is emptied when it grows past this."""


def iter_conflicts(store: Store, actor: str | None = None) -> Iterator[Conflict]:
    """Conflicts involving ``actor`` (or all), ordered by kind then explanation, each with all its claims."""
    heads = _heads(store)
    order = sorted(heads, key=lambda iri: (heads[iri].kind, heads[iri].explanation))
    wanted = _wanted(store, actor)
    cards: dict[str, dict[str, Any]] = {}
    for start in range(0, len(order), CHUNK):
        chunk = order[start:start + CHUNK]
        involved = _involved(store, chunk)
        if wanted is not None:
            chunk = [iri for iri in chunk if involved.get(iri, set()) & wanted]
        if not chunk:
            continue
        members = _members(store, chunk)
        if len(cards) > CARD_CACHE:
            cards.clear()
        missing = sorted({c for claims in members.values() for c in claims} - cards.keys())
        cards.update(claim_cards(store, missing))
        for iri in chunk:
            found = heads[iri]
            found.claims = sorted((dict(cards[c]) for c in members.get(iri, ()) if c in cards), key=_claim_order)
            found.actors = sorted(a.rsplit("/", 1)[-1] for a in involved.get(iri, set()))
            yield found
            found.claims = []


def _heads(store: Store) -> dict[str, Conflict]:
    """Every conflict's key, kind and explanation (no claims yet)."""
    heads: dict[str, Conflict] = {}
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
    bound = [URIRef(iri) for iri in chunk]
    for row in plain_rows(store, "conflict-claims-of", finding=bound):
        members[str(row["finding"])][str(row["claim"])] = None
    return members


def write_json(items: Iterator[Conflict], out: IO[str]) -> int:
    """``items`` as a JSON list, the text ``json.dumps([...], ensure_ascii=False, indent=1)`` gives, written one item
    at a time; returns how many were written."""
    count = 0
    for item in items:
        out.write("[\n" if count == 0 else ",\n")
        out.write(textwrap.indent(json.dumps(item.to_dict(), ensure_ascii=False, indent=1), " "))
        count += 1
    out.write("\n]\n" if count else "[]\n")
    return count
