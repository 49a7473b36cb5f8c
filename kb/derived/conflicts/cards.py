"""Claim cards for many claims at once: what ``kb conflicts --format json`` prints for every claim of every conflict.

``read.claim_cards`` reads a card with "Claim cards", a query of 23 columns built for pages of a few dozen claims
(and for Virtuoso, which refused the same as one group of OPTIONALs).  Streaming every conflict reads every claim's
card, 39k at 40k claims, and that query took 12 s of the 26 s CPU the stream then took.  Here the same card comes
from "Claim cards as values", (claim, property, value) rows (the same facts, 2x faster to read on Oxigraph, and a
tuple per row instead of a dictionary of 23 entries), with what the claims of one article share ("Article card
values") and the actors' labels ("Labels of some actors") read once each.  The card is built by ``read._claim``,
so both readers give the same card: the tests compare them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, URIRef
from rdflib.namespace import SDO

from kb.derived.conflicts import native
from kb.derived.conflicts.graph import Triples
from kb.derived.conflicts.load import CardRows, _rows_of
from kb.derived.conflicts.read import _claim, claim_cards
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.vocab import CKB

BATCH = 500
"""Claims per query: a VALUES block of this many IRIs stays a small request for remote stores."""
HELD = 100_000
"""Articles' facts and actors' labels kept between batches (each emptied past this many: 10k articles and a few
hundred actors on the bench's 40k-claim stores)."""

_COLUMN = {str(RDF.type): "type", str(CKB.quote): "quote", str(CKB.speaker): "speaker", str(CKB.article): "article",
           str(CKB.date): "date", str(CKB.scope): "scope", str(CKB.periodStart): "periodStart",
           str(CKB.periodEnd): "periodEnd", str(CKB.placeName): "place", str(SDO.minValue): "min",
           str(SDO.maxValue): "max", str(CKB.approximate): "approx", str(SDO.unitText): "unit",
           str(CKB.key): "articleKey", str(SDO.datePublished): "published", str(SDO.publisher): "outlet"}
"""Property → the "Claim cards" column ``read._claim`` reads it from (first value kept)."""
_SUBJECT, _AGENT, _CLAIM = str(CKB.subject), str(CKB.agent), str(CKB.Claim)


class CardReader:
    """Reads claim cards in batches, remembering articles' facts and actors' labels from one batch to the next."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.articles: dict[str, dict[str, Any]] = {}  # article → its key, date and outlet (card columns)
        self.labels: dict[str, str | None] = {}  # actor → English or untagged label (None: it has neither)

    def read(self, claims: list[str], known: CardRows | None = None) -> dict[str, dict[str, Any]]:
        """claim IRI → its card (as ``read.claim_cards`` makes it); claims without a kind, speaker, quote or
        keyed article get none.  ``known``: claims' card rows already read (``load.load_claims``'s ``cards``), used
        instead of reading them again."""
        out: dict[str, dict[str, Any]] = {}
        for i in range(0, len(claims), BATCH):
            out.update(self._batch(claims[i:i + BATCH], known or {}))
        return out

    def _rows(self, claims: list[str], known: CardRows) -> Iterator[tuple[str, str, Any]]:
        """(claim, property, value) of ``claims``: those of ``known`` as they are, the others read."""
        unknown = [c for c in claims if c not in known]
        yield from ((c, prop, value) for c in claims if c in known for prop, value in known[c])
        if not unknown:
            return
        if self.store.capabilities.embedded:
            yield from native.card_rows(self.store.ox, unknown)  # type: ignore[attr-defined]
        else:
            yield from _rows_of(self.store, "claim-card-values", {"node": [URIRef(c) for c in unknown]})

    def _batch(self, claims: list[str], known: CardRows) -> dict[str, dict[str, Any]]:
        merged: dict[str, dict[str, Any]] = {c: {"claim": c} for c in claims}
        subjects: dict[str, list[str]] = defaultdict(list)
        vias: dict[str, list[str]] = defaultdict(list)
        for claim, prop, value in self._rows(claims, known):
            column = _COLUMN.get(prop)
            if column is not None:
                if column not in merged[claim] and not (column == "type" and value == _CLAIM):
                    merged[claim][column] = value
            elif prop == _SUBJECT:
                subjects[claim].append(value)
            elif prop == _AGENT:
                vias[claim].append(value)
        self._learn_articles({v.get("article") for v in merged.values()})
        for values in merged.values():
            values.update(self.articles.get(values.get("article") or "", {}))
        self._learn_labels({v.get(k) for v in merged.values() for k in ("speaker", "outlet")}
                           | {a for found in (subjects, vias) for many in found.values() for a in many})
        cards: dict[str, dict[str, Any]] = {}
        for claim, values in merged.items():
            values["speakerLabel"] = self.labels.get(values.get("speaker") or "")
            values["outletLabel"] = self.labels.get(values.get("outlet") or "")
            card = _claim(values)
            if card is None:
                continue
            if claim in subjects:
                card["subject"] = "; ".join(sorted({s: self.labels.get(s) or s for s in subjects[claim]}.values()))
            if claim in vias:
                card["via"] = sorted({a: self.labels.get(a) or a for a in vias[claim]}.values())
            cards[claim] = card
        return cards

    def _learn_articles(self, articles: set[str | None]) -> None:
        """Read the key, date and outlet of ``articles`` not yet known."""
        new = _unknown(self.articles, articles, HELD)
        for i in range(0, len(new), BATCH):
            for article in new[i:i + BATCH]:
                self.articles[article] = {}
            bound = {"article": [URIRef(a) for a in new[i:i + BATCH]]}
            for article, prop, value in _rows_of(self.store, "article-card-values", bound):
                self.articles[article].setdefault(_COLUMN[prop], value)

    def _learn_labels(self, actors: set[str | None]) -> None:
        """Read the labels of ``actors`` not yet known: English first, else untagged."""
        new = _unknown(self.labels, actors, HELD)
        for i in range(0, len(new), BATCH):
            found: dict[str, dict[str, str]] = defaultdict(dict)
            for row in plain_rows(self.store, "actor-labels", actor=[URIRef(a) for a in new[i:i + BATCH]]):
                found[str(row["actor"])].setdefault(getattr(row["label"], "language", None) or "", str(row["label"]))
            for actor in new[i:i + BATCH]:
                labels = found.get(actor, {})
                self.labels[actor] = labels.get("en", labels.get(""))


def _unknown(known: dict[str, Any], wanted: set[str | None], bound: int) -> list[str]:
    """The IRIs of ``wanted`` that ``known`` lacks; all of them, ``known`` emptied, when they would not fit."""
    new = sorted(w for w in wanted if w and w not in known)
    if len(known) + len(new) > bound:
        known.clear()
        new = sorted(w for w in wanted if w)
    return new


CARDS_GRAPH = "https://w3id.org/claimkb/graph/cards"
"""Every claim's card as JSON (``st:card``), kept by the refresh with the other derived data: streaming every
conflict then reads one literal per claim instead of a card's dozen triples, its article's and its actors' labels
(8 s of CPU for 30k claims, a third of ``kb conflicts --format json`` at 93k conflicts)."""
_CARD = ox.NamedNode("https://w3id.org/claimkb/ns/derived#card")


def card_triples(store: Store, claims: Iterable[str], known: CardRows | None = None) -> Triples:
    """The stored-card triples of ``claims`` (those that have a card), read as ``CardReader`` reads them.  ``known``:
    card rows read with the claims' facts (``load.load_claims``): an incremental refresh reads its changed articles'
    claims anyway, and reading the cards of a 1,000-article batch's 7.5k new claims again was 1.5-2.2 s of CPU."""
    out = Triples()
    wanted = sorted(claims)
    reader = CardReader(store)
    for i in range(0, len(wanted), HELD):
        for claim, card in reader.read(wanted[i:i + HELD], known).items():
            out.add((ox.NamedNode(claim), _CARD, ox.Literal(json.dumps(card, ensure_ascii=False,
                                                                        separators=(",", ":")))))
    return out


def forget_update(claims: Iterable[str]) -> str:
    """The update that deletes the stored cards of ``claims`` (by pattern: a server need not give a literal back
    byte for byte), "" for none."""
    values = " ".join(ox.NamedNode(c).__str__() for c in sorted(set(claims)))
    if not values:
        return ""
    return (f"DELETE {{ GRAPH <{CARDS_GRAPH}> {{ ?claim {_CARD} ?card }} }} WHERE {{ VALUES ?claim {{ {values} }} "
            f"GRAPH <{CARDS_GRAPH}> {{ ?claim {_CARD} ?card }} }}")


def of(store: Store, claims: list[str]) -> dict[str, dict[str, Any]]:
    """The claims' cards as the refresh stored them (one lookup each), those it has not stored yet (or every one,
    on a store with no stored cards) read with "Claim cards": the same card.  Read whole, 20 series' every step
    (2,000-odd claims at 25k articles) took 1.1-1.6 s of ``/series.json?limit=20``."""
    found = stored(store, claims) or {}
    missing = [c for c in claims if c not in found]
    if missing:
        found.update(claim_cards(store, missing))
    return found


def stored(store: Store, claims: list[str]) -> dict[str, dict[str, Any]] | None:
    """claim → its stored card (claims without one absent); None when the store keeps no cards (never refreshed
    by rules that write them): the caller reads them with ``CardReader`` then."""
    if not store.has_graph(CARDS_GRAPH):
        return None
    out: dict[str, dict[str, Any]] = {}
    if store.capabilities.embedded:
        db, graph = store.ox, ox.NamedNode(CARDS_GRAPH)  # type: ignore[attr-defined]
        for claim in claims:
            for q in db.quads_for_pattern(ox.NamedNode(claim), _CARD, None, graph):
                out[claim] = json.loads(str(getattr(q.object, "value", "null")))
        return out
    for i in range(0, len(claims), BATCH):
        for row in plain_rows(store, "stored-cards", claim=[URIRef(c) for c in claims[i:i + BATCH]]):
            out[str(row["claim"])] = json.loads(str(row["card"]))
    return out
