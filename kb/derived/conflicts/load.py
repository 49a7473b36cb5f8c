"""Read what the rules need from the store with named queries (claim facts, actors, neutral bodies), one pass each.

Party equivalence is resolved here: every speaker and subject is followed along ``ckb:represents``
to the body at the end of the chain ("Yerevan" → Government of Armenia → Armenia), so the rules
compare states, not the many names their voices go by.  Along the same chain a speaker is found to speak for a
neutral body (``ckb:neutral``: OCHA, or the UN chief for the UN), which is no side of the war.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef

from kb import sparql
from kb.actors import normalize_name
from kb.derived.conflicts import native
from kb.derived.conflicts.model import ClaimFacts
from kb.derived.conflicts.vocabulary import Categories, categories
from kb.sparql.rows import plain_rows, plain_value
from kb.store import Store
from kb.vocab import CLAIM_CLASS, FACTUALITY

intern = sys.intern
_TYPE = {str(v): k for k, v in CLAIM_CLASS.items()}
_FACT = {str(v): k for k, v in FACTUALITY.items()}


@dataclass
class Actors:
    """Labels, aliases and the ``represents`` chain of every actor in the store."""

    labels: dict[str, str] = field(default_factory=dict)
    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    represents: dict[str, str] = field(default_factory=dict)
    neutral: set[str] = field(default_factory=set)
    """The actors the gazetteer marks ``ckb:neutral`` (``conflict-neutral-actors``)."""
    titles: Callable[[str], str | None] = field(default=lambda _iri: None, compare=False)
    """An article's title, for a claim's source when its article names no outlet (``load._source``)."""
    _others: dict[str, str] = field(default_factory=dict, compare=False)  # what ``label`` found beside the actors

    def label(self, iri: str) -> str:
        """An actor's label; else, for an article carried by no named outlet, its title in quotes; else the key.
        An explanation naming a source "e50f036c2d70f440" told a reader nothing (tryout 25)."""
        found = self.labels.get(iri) or self._others.get(iri)
        if found is None:
            title = self.titles(iri)
            found = self._others[iri] = f"“{title}”" if title else iri.rsplit("/", 1)[-1]
        return found

    def root(self, iri: str) -> str:
        """The body an actor ultimately speaks for (itself when it represents no one)."""
        seen = {iri}
        while iri in self.represents and self.represents[iri] not in seen:
            iri = self.represents[iri]
            seen.add(iri)
        return iri

    def speaks_neutrally(self, iri: str) -> bool:
        """Whether the actor, or a body along its ``represents`` chain, is neutral: OCHA is marked itself, the UN chief
        speaks for the UN.  A minted actor is never marked, but one that represents the UN speaks for it."""
        seen = {iri}
        while iri not in self.neutral and iri in self.represents and self.represents[iri] not in seen:
            iri = self.represents[iri]
            seen.add(iri)
        return iri in self.neutral

    def matches(self, iri: str, needle: str) -> bool:
        """Whether ``needle`` names this actor: a label, an alias or its key, case and accents folded."""
        folded = normalize_name(needle)
        return folded == normalize_name(iri.rsplit("/", 1)[-1]) or folded in self.names.get(iri, set())


def load_actors(store: Store) -> Actors:
    actors = Actors(titles=lambda iri: _title(store, iri))
    for row in plain_rows(store, "conflict-actors"):
        iri = str(row["actor"])
        label = row["label"]
        if label is not None and (iri not in actors.labels or getattr(label, "language", None) == "en"):
            actors.labels[iri] = str(label)
        for name in (row["label"], row["alt"]):
            if name is not None:
                actors.names[iri].add(normalize_name(str(name)))
        if row["represents"] is not None:
            actors.represents.setdefault(iri, str(row["represents"]))
    actors.neutral = {str(row["actor"]) for row in plain_rows(store, "conflict-neutral-actors")}
    return actors


def _title(store: Store, iri: str) -> str | None:
    """The title of the article ``iri`` (None when it has none, or is no article): read only for the few sources
    an explanation names that are no actor, so never for the whole store."""
    for row in plain_rows(store, "article-rows", article=URIRef(iri)):
        return str(row["title"]) if row["title"] else None
    return None


Table = dict[str, dict[str, Any]]
"""Property (local name) → node IRI → value: the claim-facts rows, one dictionary per property."""
CardRows = dict[str, list[tuple[str, Any]]]
"""claim IRI → its card rows (property, value), as ``native.card_rows`` gives them (``cards.CardReader``)."""
_MANY = ("subject", "relay")
"""Properties a claim may have several of (kept as lists); of the others the first value counts."""


def load_claims(store: Store, actors: Actors, cats: Categories | None = None,
                articles: list[str] | None = None, cards: CardRows | None = None) -> list[ClaimFacts]:
    """Every claim as ``ClaimFacts``, assembled from the property rows of ``conflict-claim-facts`` (only the
    claims of ``articles`` when given: what an incremental refresh reads of the articles written since).  ``cards``
    (embedded store, ``articles`` given): filled with each read claim's card rows as ``native.card_rows`` gives
    them, from the same look-ups (``cards.card_triples``: the claims' cards need not be read back)."""
    cats = cats or categories()
    category = cache(cats.category)  # a few distinct units, normalised once each, not once per claim
    all_parties = cache(lambda s: cats.is_all_parties(actors.label(s)))
    no_party = cache(lambda s: cats.is_no_party(actors.label(s)))
    root = cache(actors.root)
    neutral = cache(actors.speaks_neutrally)
    one, many = _table(store, articles, cards)
    claims = []
    shared: dict[frozenset[str], frozenset[str]] = {}  # one set for the claims naming the same actors (most do)
    for iri, type_iri in one["type"].items():
        if not all(iri in one[k] for k in ("speaker", "article", "start")):
            continue  # not a whole claim: the shapes make this impossible in a validated store
        if one["breakdown"].get(iri) is True:
            continue  # a part of a toll its sentence gives ("including six children"): no toll to compare
        facts = _facts(iri, type_iri, one, root, category)
        facts.speaker_neutral = neutral(facts.speaker)
        subs = frozenset(many["subject"].get(iri, ()))
        facts.subjects = shared.setdefault(subs, subs)
        parties = frozenset(root(s) for s in subs if not no_party(s))  # "civilians" is whom, not whose
        facts.parties = shared.setdefault(parties, parties)
        facts.all_parties = any(all_parties(s) for s in subs)
        relays = [(one["position"][r], one["agent"][r]) for r in many["relay"].get(iri, ())
                  if r in one["position"] and r in one["agent"]]
        if relays:
            facts.source = max(relays)[1]  # the agency nearest the outlet carried it last
        claims.append(facts)
    strike_places(claims, {n for names in actors.names.values() for n in names})
    return sorted(claims, key=lambda c: c.iri)


def strike_places(claims: list[ClaimFacts], party_names: set[str]) -> None:
    """Set each claim's ``strike_places``: how many distinct places its article's strike figures name (``incident``
    scope; a place inside another, "Kharkiv" in "kota Kharkiv", is one; the name of a state or party, "Lebanon", is
    where a source sits or a war is, not a strike's spot).  ``compare.relate`` reads it: an unplaced strike figure
    of an article reporting several is none of them in particular."""
    by_article: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.scope == "incident" and c.place and c.has_figure:
            folded = normalize_name(c.place)
            if folded not in party_names:
                by_article[c.article].add(folded)
    counts = {article: _distinct(places) for article, places in by_article.items()}
    for c in claims:
        c.strike_places = counts.get(c.article, 0)


def _distinct(places: set[str]) -> int:
    kept: list[str] = []
    for p in sorted(places, key=len):
        if not any(k in p for k in kept):
            kept.append(p)
    return len(kept)


def _table(store: Store, articles: list[str] | None = None, cards: CardRows | None = None
           ) -> tuple[Table, dict[str, dict[str, list[Any]]]]:
    """The rows of ``conflict-claim-facts`` by property; IRIs and repeated strings shared (``sys.intern``)."""
    one: Table = defaultdict(dict)
    many: dict[str, dict[str, list[Any]]] = {k: defaultdict(list) for k in _MANY}
    names: dict[str, str] = {}
    dates: dict[date, date] = {}  # a few hundred days for 100k claims: one object each
    for node, prop, value in _rows(store, articles, cards):
        name = names.get(prop) or names.setdefault(prop, prop.rsplit("#", 1)[-1].rsplit("/", 1)[-1])
        if isinstance(value, str):
            value = intern(value)
        elif isinstance(value, date):
            value = dates.setdefault(value, value)
        if name in many:
            many[name][node].append(value)
        else:
            one[name].setdefault(node, value)
    return one, many


def _rows(store: Store, articles: list[str] | None = None, cards: CardRows | None = None
          ) -> Iterator[tuple[str, str, Any]]:
    """(node, property, value) as plain values.  On the embedded store straight from pyoxigraph's tuples:
    1.5M rows at 100k claims, where a dictionary per row and three conversions cost more than the query."""
    if articles is not None and store.capabilities.embedded:
        yield from _article_quads(store.ox, articles, cards)  # type: ignore[attr-defined]
        return
    if articles is not None:
        for i in range(0, len(articles), 200):
            yield from _rows_of(store, "conflict-article-facts", {"article": [URIRef(a) for a in articles[i:i + 200]]})
        return
    yield from _rows_of(store, "conflict-claim-facts", {})


_CKB, _SDO = "https://w3id.org/claimkb/ns#", "https://schema.org/"
_CLAIM_PROPS = frozenset([*(_CKB + p for p in ("speaker", "article", "start", "subject", "object", "allegation", "date",
                                              "factuality", "quantity", "relay", "scope",
                                              "periodStart", "periodEnd", "placeName", "increment", "breakdown")),
                          "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"])
_PART_PROPS = frozenset([_SDO + "minValue", _SDO + "maxValue", _CKB + "approximate", _SDO + "unitText", _CKB + "agent",
                         _CKB + "position"])
_ARTICLE_PROPS = frozenset([_SDO + "datePublished", _SDO + "publisher", _SDO + "isBasedOn"])


_PUBLISHER = frozenset([_SDO + "publisher"])


def _article_quads(db: ox.Store, articles: list[str], cards: CardRows | None = None
                   ) -> Iterator[tuple[str, str, Any]]:
    """The rows of "conflict-article-facts" read by index lookups on the embedded store: the query's UNION of
    branches bound to a few articles was planned as a scan of every claim (7 s at 40k claims).  ``cards``: each
    claim's card rows (``native.card_rows``'s, in its order) kept from the same look-ups."""
    article_p = ox.NamedNode(_CKB + "article")

    def rows(subject: ox.NamedNode | ox.BlankNode, props: frozenset[str], card: list[tuple[str, Any]] | None = None,
             shown: frozenset[str] = frozenset()) -> Iterator[tuple[str, str, Any]]:
        for q in db.quads_for_pattern(subject, None, None, None):
            prop = q.predicate.value
            if prop in props or prop in shown:
                value = q.object.value if isinstance(q.object, ox.NamedNode) else plain_value(q.object)
                if card is not None and prop in shown:
                    card.append((prop, value))
                if prop in props:
                    yield str(subject.value), prop, value

    for article in articles:
        node = ox.NamedNode(article)
        for row in rows(node, _ARTICLE_PROPS):
            yield row
            if row[1] == _SDO + "isBasedOn":  # a syndicated copy counts under its original's publisher
                yield from rows(ox.NamedNode(row[2]), _PUBLISHER)
        for claim in {q.subject for q in db.quads_for_pattern(None, article_p, node, None)}:
            if not isinstance(claim, ox.NamedNode | ox.BlankNode):
                continue
            card = None if cards is None else cards.setdefault(str(claim.value), [])
            for row in rows(claim, _CLAIM_PROPS, card, native.CARD_DIRECT):
                yield row
                if row[1] in (_CKB + "quantity", _CKB + "relay"):
                    shown = native.CARD_QUANTITY if row[1] == _CKB + "quantity" else native.CARD_RELAY
                    yield from rows(ox.NamedNode(row[2]), _PART_PROPS, card, shown)


def _rows_of(store: Store, name: str, bindings: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    if not store.capabilities.embedded:
        for row in plain_rows(store, name, **bindings):
            yield row["node"], row["property"], row["value"]
        return
    names, rows = store.select_terms(sparql.query_text(name, bindings), bindings or None)  # type: ignore[attr-defined]
    assert names == ["node", "property", "value"], names
    for node, prop, value in rows:
        yield node.value, prop.value, value.value if isinstance(value, ox.NamedNode) else plain_value(value)


def _facts(iri: str, type_iri: str, one: Table, root: Callable[[str], str],
           category: Callable[[str | None], str | None]) -> ClaimFacts:
    speaker, article = one["speaker"][iri], one["article"][iri]
    quantity = one["quantity"].get(iri, "")  # "" names no figure: every lookup below misses
    unit = _text(one["unitText"].get(quantity))
    return ClaimFacts(
        iri=iri,
        type=_TYPE.get(type_iri, "statement"),
        speaker=speaker,
        speaker_root=root(speaker),
        article=article,
        start=int(one["start"][iri]),
        object=_text(one["allegation"].get(iri)) or _text(one["object"].get(iri)),  # what is alleged, if said
        qmin=_int(one["minValue"].get(quantity)),
        qmax=_int(one["maxValue"].get(quantity)),
        approximate=one["approximate"].get(quantity) is True,
        unit=unit,
        category=category(unit),
        claim_date=_date(one["date"].get(iri)),
        published=_date(one["datePublished"].get(article)),
        source=_source(article, one),
        factuality=_FACT.get(str(one["factuality"].get(iri)), "asserted"),
        scope=_text(one["scope"].get(iri)),
        period_start=_date(one["periodStart"].get(iri)),
        period_end=_date(one["periodEnd"].get(iri)),
        place=_text(one["placeName"].get(iri)),
        increment=one["increment"].get(iri) is True,
    )


def _source(article: str, one: Table) -> str:
    """Who carried the claim independently: the article's publisher, but a syndicated copy's original's
    (``schema:isBasedOn``, ``kb.syndication``), so that one story republished N times is one source."""
    original = one["isBasedOn"].get(article)
    if original is not None:
        return one["publisher"].get(original) or original
    return one["publisher"].get(article) or article


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def _date(value: Any) -> date | None:
    return value if isinstance(value, date) else None
