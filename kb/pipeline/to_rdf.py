"""Claim records ⇄ RDF.  One article becomes one graph: the article node, its claims, and the
descriptions of the minted actors it needs (what the SHACL gate checks); known actors live in the
gazetteer's own graph.  The store keeps the minted actors' descriptions apart, once for all articles
(``kb.store.minted``).

Claim IRIs are derived from the claim's content, not its offsets, so re-ingesting the same article yields the
same IRIs (links stay valid) and the same graph (re-ingest is idempotent), and a claim extracted again unchanged
from an edited article keeps its IRI even when the text before it moved (reviews attach to it: ``kb.review``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import lru_cache

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SDO, SKOS
from rdflib.plugins.stores.memory import SimpleMemory
from rdflib.term import Node

from kb.actors import Actor, Gazetteer, actor_triples
from kb.extract.bodies import mint
from kb.pipeline.article import Article
from kb.pipeline.record import Claim
from kb.vocab import CKB, CLAIM_CLASS, DATA, FACTUALITY

_TYPE_BY_CLASS = {v: k for k, v in CLAIM_CLASS.items()}
_literal = lru_cache(maxsize=4096, typed=True)(Literal)
"""``Literal``, kept for the values articles share (rule names, dates, counts, units, flags): building a literal costs
rdflib 3-10 µs, a fifth of building an article's graph.  Literals are immutable, so graphs may share them; the
text, the title and the quotes, met once each, are built as they come.  ``typed``: ``True`` and ``1`` differ."""
_FACT_BY_CONCEPT = {v: k for k, v in FACTUALITY.items()}


def claim_key(claim: Claim) -> str:
    """Stable id of a claim: its article plus what it says and the sentence it quotes.  Why not the offsets:
    an edit above the sentence moves them, and the same claim must keep its IRI (and its reviews)."""
    basis = "|".join(
        str(x)
        for x in (claim.type, claim.quote, claim.speaker_iri or claim.speaker, claim.subject,
                  claim.object, claim.quantity_min, claim.quantity_max, claim.unit)
    )
    return f"{claim.article[:8]}-{hashlib.sha256(basis.encode()).hexdigest()[:10]}"


def claim_iri(claim: Claim) -> URIRef:
    return DATA[f"claim/{claim_key(claim)}"]


def claim_iris(claims: Iterable[Claim]) -> list[URIRef]:
    """The IRI of each claim, in order; the second of two identical claims (one sentence written twice in
    an article) gets ``-2`` and so on, so that each stays its own node."""
    seen: dict[URIRef, int] = {}
    out = []
    for claim in claims:
        iri = claim_iri(claim)
        seen[iri] = seen.get(iri, 0) + 1
        out.append(iri if seen[iri] == 1 else URIRef(f"{iri}-{seen[iri]}"))
    return out


def article_graph(article: Article, claims: Iterable[Claim], gazetteer: Gazetteer,
                  iris: Sequence[URIRef | None] | None = None) -> Graph:
    """The graph of one article with its minted actors' descriptions: what the SHACL gate checks.  The store
    keeps the descriptions apart (``kb.store.minted.write_article``): the article's named graph only links to them.
    ``iris`` gives claims a fixed IRI (a reviewed claim keeps the one it was reviewed under); None: minted."""
    claims = list(claims)
    minted_iris = claim_iris(claims)
    fixed = list(iris) if iris is not None else [None] * len(claims)
    # rdflib's plain in-memory store: the default one keeps per-context indexes this graph of one context never
    # needs, and adding to it was 60% of building the graph (real dev articles: 0.53 -> 0.38 s for 182).
    g = Graph(store=SimpleMemory())
    g.bind("ckb", CKB)
    node = article.iri
    g.add((node, RDF.type, SDO.NewsArticle))
    g.add((node, CKB.key, Literal(article.key)))
    g.add((node, CKB.text, Literal(article.text)))
    if article.title:
        g.add((node, DCTERMS.title, Literal(article.title)))
    if article.published:
        g.add((node, SDO.datePublished, _literal(article.published, datatype=XSD.date)))
    if article.url:
        g.add((node, SDO.url, URIRef(article.url)))
    if article.lang:
        g.add((node, SDO.inLanguage, _literal(article.lang)))
    if article.based_on:  # a syndicated copy: the article it republishes (``kb.syndication``)
        g.add((node, SDO.isBasedOn, URIRef(article.based_on)))
    if article.outlet:
        outlet = _actor(g, gazetteer.resolve(article.outlet, kind="Outlet"))
        g.add((node, SDO.publisher, outlet))
    for claim, own, given in zip(claims, minted_iris, fixed, strict=True):
        add_claim(g, claim, node, gazetteer, lang=article.lang, node=given or own)
    return g


def _actor(g: Graph, actor: Actor) -> URIRef:
    """The actor's IRI, adding a minted actor's description to ``g`` unless the graph already describes it: an
    outlet that is also a claim's speaker ("Global Wire reported...") is minted twice, as the publisher (an
    Outlet) and with the kind a speaker's name suggests, and must stay one actor of one kind."""
    iri = URIRef(actor.iri)
    if actor.minted and (iri, RDF.type, None) not in g:
        for triple in actor_triples(actor):
            g.add(triple)
    return iri


def add_claim(g: Graph, claim: Claim, article: URIRef, gazetteer: Gazetteer, *, lang: str | None = None,
              node: URIRef | None = None) -> URIRef:
    """Add one claim node (and its relays and quantity) to ``g``, as ``node`` when given."""
    node = node or claim_iri(claim)
    g.add((node, RDF.type, CLAIM_CLASS[claim.type]))
    g.add((node, CKB.article, article))
    known = gazetteer.by_iri(claim.speaker_iri) if claim.speaker_iri else None
    if known or claim.speaker.strip():  # no speaker at all is left for the gate to refuse
        speaker = known or mint(claim.speaker, gazetteer, claim.speaker_role)  # a person: the body its role names
        g.add((node, CKB.speaker, _actor(g, speaker)))
    g.add((node, CKB.quote, Literal(claim.quote, lang=lang or None)))
    g.add((node, CKB.start, Literal(claim.start, datatype=XSD.integer)))
    g.add((node, CKB.end, Literal(claim.end, datatype=XSD.integer)))
    g.add((node, CKB.factuality, FACTUALITY[claim.factuality]))
    g.add((node, CKB.rule, _literal(claim.rule)))
    if claim.speaker_role:
        g.add((node, CKB.speakerRole, _literal(claim.speaker_role)))
    for position, name in enumerate(claim.via, start=1):
        relay = URIRef(f"{node}#via{position}")
        g.add((node, CKB.relay, relay))
        g.add((relay, RDF.type, CKB.Relay))
        g.add((relay, CKB.agent, _actor(g, gazetteer.resolve(name, kind="NewsAgency"))))
        g.add((relay, CKB.position, _literal(position, datatype=XSD.integer)))
    for name in claim.subjects:
        g.add((node, CKB.subject, _actor(g, gazetteer.resolve(name))))
    if claim.object:
        g.add((node, CKB.object, Literal(claim.object)))
    if claim.date:
        g.add((node, CKB.date, _literal(claim.date, datatype=XSD.date)))
    _add_scope(g, node, claim)
    place = gazetteer.places.lookup(claim.place) if claim.place else None
    if place is not None:  # the gazetteer's place the written one names (``kb.places``)
        g.add((node, CKB.place, URIRef(place)))
    if _has_quantity(claim):
        _add_quantity(g, node, claim)
    return node


def _add_scope(g: Graph, node: URIRef, claim: Claim) -> None:
    """What a figure counts over, what is alleged, and how far to trust the claim (see ``Claim``)."""
    for pred, value, datatype in ((CKB.scope, claim.scope, None), (CKB.periodStart, claim.period_start, XSD.date),
                                  (CKB.periodEnd, claim.period_end, XSD.date), (CKB.placeName, claim.place, None),
                                  (CKB.allegation, claim.allegation, None)):
        if value:
            g.add((node, pred, _literal(value, datatype=datatype)))
    if claim.increment:
        g.add((node, CKB.increment, _literal(True)))
    if claim.breakdown:
        g.add((node, CKB.breakdown, _literal(True)))
    if claim.confidence is not None:
        g.add((node, CKB.confidence, _confidence(f"{claim.confidence:.2f}")))


@lru_cache(maxsize=256)
def _confidence(rounded: str) -> Literal:
    """The canonical lexical form ("0.5", not "0.50") of a confidence rounded to two places: the store keeps only
    that, and a re-ingest compares."""
    return Literal(format(Decimal(rounded).normalize(), "f"), datatype=XSD.decimal)


def _has_quantity(claim: Claim) -> bool:
    return any(v is not None for v in (claim.quantity_min, claim.quantity_max, claim.quantity_text, claim.unit))


def _add_quantity(g: Graph, claim_node: URIRef, claim: Claim) -> None:
    q = URIRef(f"{claim_node}#quantity")
    g.add((claim_node, CKB.quantity, q))
    g.add((q, RDF.type, SDO.QuantitativeValue))
    if claim.quantity_min is not None:
        g.add((q, SDO.minValue, _literal(claim.quantity_min, datatype=XSD.integer)))
    if claim.quantity_max is not None:
        g.add((q, SDO.maxValue, _literal(claim.quantity_max, datatype=XSD.integer)))
    if claim.quantity_min is not None and claim.quantity_min == claim.quantity_max:
        g.add((q, SDO.value, _literal(claim.quantity_min, datatype=XSD.integer)))
    g.add((q, CKB.approximate, _literal(claim.approximate)))
    if claim.quantity_text:
        g.add((q, CKB.quantityText, _literal(claim.quantity_text)))
    if claim.unit:
        g.add((q, SDO.unitText, _literal(claim.unit)))


def _label(g: Graph, node: Node | None) -> str:
    labels = sorted(g.objects(node, SKOS.prefLabel), key=lambda lit: (getattr(lit, "language", None) != "en", str(lit)))
    return str(labels[0]) if labels else str(node).rsplit("/", 1)[-1]


def claims_from_graph(g: Graph) -> list[Claim]:
    """Read claim records back from a graph (an article graph plus the actors' descriptions); a claim may be
    a blank node (hand-written Turtle or JSON-LD)."""
    claims = []
    for cls, kind in _TYPE_BY_CLASS.items():
        for node in g.subjects(RDF.type, cls):
            claims.append(_claim_from_node(g, node, kind))
    return sorted(claims, key=lambda c: (c.article, c.start, c.end, c.type, c.speaker))


def claims_with_iris(g: Graph) -> list[tuple[URIRef, Claim]]:
    """Each IRI-named claim of ``g`` with its IRI, in text order (what a review rewrites in place: every
    stored claim has an IRI)."""
    found = []
    for cls, kind in _TYPE_BY_CLASS.items():
        for node in g.subjects(RDF.type, cls):
            if isinstance(node, URIRef):
                found.append((node, _claim_from_node(g, node, kind)))
    return sorted(found, key=lambda p: (p[1].article, p[1].start, p[1].end, p[1].type, p[1].speaker, str(p[0])))


def _text(g: Graph, subject: Node | None, pred: URIRef) -> str | None:
    value = g.value(subject, pred) if subject is not None else None
    return None if value is None else str(value)


def _int(g: Graph, subject: Node | None, pred: URIRef) -> int | None:
    value = _text(g, subject, pred)
    return None if value is None else int(value)


def _claim_from_node(g: Graph, node: Node, kind: str) -> Claim:
    speaker = g.value(node, CKB.speaker)
    relays = sorted(g.objects(node, CKB.relay), key=lambda r: _int(g, r, CKB.position) or 0)
    subjects = sorted(_label(g, s) for s in g.objects(node, CKB.subject))
    q = g.value(node, CKB.quantity)
    return Claim(
        article=_text(g, g.value(node, CKB.article), CKB.key) or "",
        type=kind,
        speaker=_label(g, speaker) if speaker is not None else "",
        speaker_iri=str(speaker) if speaker is not None else None,
        speaker_role=_text(g, node, CKB.speakerRole),
        via=[_label(g, g.value(r, CKB.agent)) for r in relays],
        subject="; ".join(subjects) or None,
        object=_text(g, node, CKB.object),
        quantity_min=_int(g, q, SDO.minValue),
        quantity_max=_int(g, q, SDO.maxValue),
        approximate=_text(g, q, CKB.approximate) == "true",
        quantity_text=_text(g, q, CKB.quantityText),
        unit=_text(g, q, SDO.unitText),
        date=_text(g, node, CKB.date),
        quote=_text(g, node, CKB.quote) or "",
        start=_int(g, node, CKB.start) or 0,
        end=_int(g, node, CKB.end) or 0,
        factuality=_FACT_BY_CONCEPT.get(URIRef(str(g.value(node, CKB.factuality))), "asserted"),
        rule=_text(g, node, CKB.rule) or "",
        scope=_text(g, node, CKB.scope),
        period_start=_text(g, node, CKB.periodStart),
        period_end=_text(g, node, CKB.periodEnd),
        place=_text(g, node, CKB.placeName),
        increment=_text(g, node, CKB.increment) == "true",
        breakdown=_text(g, node, CKB.breakdown) == "true",
        allegation=_text(g, node, CKB.allegation),
        confidence=_float(g, node, CKB.confidence),
    )


def _float(g: Graph, subject: Node | None, pred: URIRef) -> float | None:
    value = _text(g, subject, pred)
    return None if value is None else float(value)
