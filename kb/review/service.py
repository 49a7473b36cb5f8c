"""Review operations on a store: accept, reject, correct, add; each one atomic write.

Each operation rewrites the one claim in the article's graph (the reviewed view: ``kb.review.view``), checks
the article and the new review node against the SHACL shapes, and writes both (the article graph and the
review in the reviews graph) in one store update, with the marker that tells the derived data (conflicts,
aggregates, timelines) which article changed; run them through ``KnowledgeBase.review``, which brings that
data up to date after the write.  A correction that breaks a shape raises ``NotConforming`` with the shape's message
and writes nothing.  The functions take the store and the gazetteer, so any adapter (CLI, web, a future
writer service) can call them.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from kb import sparql
from kb.actors import Gazetteer
from kb.errors import InputError, NotConforming
from kb.extract.bodies import mint
from kb.pipeline import gate
from kb.pipeline.article import Article
from kb.pipeline.record import Claim
from kb.pipeline.to_rdf import add_claim, claims_with_iris
from kb.review.graph import latest, new_review_iri, now, review_graph, reviews_of
from kb.review.model import Review, check_reason, corrected
from kb.store import Store, minted
from kb.vocab import DATA, REVIEWS_GRAPH


@dataclass
class Target:
    """A claim about to be reviewed: its article, its graph (with actor descriptions) and current record."""

    article: Article
    graph_iri: str
    graph: Graph
    record: Claim | None
    history: list[Review]


def load_article(store: Store, key: str) -> Article:
    """The stored article with this key (its text and metadata)."""
    rows = sparql.run(store, "article", article=DATA[f"article/{key}"])
    if not rows.rows:
        raise InputError(f"article {key!r} is not in the store: ingest its text first")
    row = rows.values()[0]

    def opt(value: object) -> str | None:
        return None if value is None else str(value.isoformat() if hasattr(value, "isoformat") else value)

    return Article(text=str(row["text"]), name=key, title=opt(row.get("title")), published=opt(row.get("published")),
                   url=opt(row.get("url")), outlet=opt(row.get("outletName")), lang=opt(row.get("lang")),
                   fixed_key=key)  # the key it was stored under (``kb.publication``)


def claim_ref(raw: str) -> URIRef:
    """A claim named by IRI or by its id (the last part of ``…/id/claim/<id>``)."""
    text = raw.strip()
    if text.startswith(("http://", "https://")):
        return URIRef(text)
    if not text or "/" in text or any(c.isspace() for c in text):
        raise InputError(f"claim {raw!r}: expected a claim id or IRI")
    return DATA[f"claim/{text}"]


def _target(store: Store, gazetteer: Gazetteer, claim: URIRef) -> Target:
    rows = sparql.run(store, "review-target", claim=claim).values()
    if not rows:
        raise InputError(f"claim {claim}: no such claim in the store")
    article = load_article(store, str(rows[0]["articleKey"]))
    return _open(store, gazetteer, article, claim)


def labelled(graph: Graph, gazetteer: Gazetteer) -> Graph:
    """``graph`` plus the gazetteer's labels of the known actors it links to: enough to read records back
    with their speakers' names (never written: the gazetteer has its own graph)."""
    out = Graph()
    for iri in {o for o in graph.objects() if isinstance(o, URIRef)}:
        for triple in gazetteer.graph.triples((iri, SKOS.prefLabel, None)):
            out.add(triple)
    return graph + out


def _open(store: Store, gazetteer: Gazetteer, article: Article, claim: URIRef | None) -> Target:
    graph_iri = str(article.graph_iri)
    graph = minted.with_descriptions(store, store.get_graph(graph_iri))
    history = reviews_of(store, article.key)
    record = None
    if claim is not None:
        record = next((c for iri, c in claims_with_iris(labelled(graph, gazetteer)) if iri == claim), None)
        if record is None:  # a rejected claim: the reviewer's last record of it
            last = latest(history).get(str(claim))
            record = last.after if last is not None else None
        if record is None:
            raise InputError(f"claim {claim}: no such claim in the store")
    return Target(article, graph_iri, graph, record, history)


def _drop_claim(graph: Graph, node: URIRef) -> None:
    """Remove a claim node with its quantity and relays (``<claim>#quantity``, ``<claim>#via1``...)."""
    parts = {s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(f"{node}#")}
    for subject in {node, *parts}:
        graph.remove((subject, None, None))


def _write(store: Store, gazetteer: Gazetteer, target: Target, review: Review) -> Review:
    """Rewrite the claim in the article graph, check it and the review, store both at once (the caller,
    ``KnowledgeBase.review``, brings the derived data up to date)."""
    node = URIRef(review.claim)
    graph = target.graph
    _drop_claim(graph, node)
    if review.status != "rejected":
        add_claim(graph, review.after, target.article.iri, gazetteer, lang=target.article.lang, node=node)
    reviewed = review_graph(review)
    result = gate.check(graph + reviewed, context=gazetteer.graph)
    if not result.conforms:
        why = "; ".join(str(v) for v in result.violations)
        raise NotConforming(f"claim {review.claim}: the review was refused: {why}",
                            result.report.serialize(format="turtle"))
    minted.write_article(store, target.graph_iri, graph, extra={str(REVIEWS_GRAPH): reviewed})
    return review


def _resolved(record: Claim, gazetteer: Gazetteer) -> Claim:
    """A speaker given by name gets the IRI it resolves to (a known actor, or one minted for it)."""
    if record.speaker_iri or not record.speaker.strip():
        return record
    actor = mint(record.speaker, gazetteer)
    return dataclasses.replace(record, speaker_iri=str(actor.iri))


def _review(target: Target, claim: URIRef, status: str, by: str, after: Claim, reason: str | None) -> Review:
    at = now()
    return Review(iri=str(new_review_iri(at)), claim=str(claim), article=target.article.key,
                  status=status, reviewer=by, at=at, after=after, before=target.record, reason=check_reason(reason))


def current(store: Store, gazetteer: Gazetteer, claim: str) -> Claim:
    """The claim's record as it stands (as last reviewed, if it was rejected)."""
    target = _target(store, gazetteer, claim_ref(claim))
    assert target.record is not None
    return target.record


def accept(store: Store, gazetteer: Gazetteer, claim: str, by: str, reason: str | None = None) -> Review:
    """The claim is right as it stands (or, if it was rejected, as it last stood)."""
    node = claim_ref(claim)
    target = _target(store, gazetteer, node)
    assert target.record is not None
    return _write(store, gazetteer, target, _review(target, node, "accepted", by, target.record, reason))


def reject(store: Store, gazetteer: Gazetteer, claim: str, by: str, reason: str | None = None) -> Review:
    """The claim is wrong: kept with its review, hidden from pages, counts, conflicts and aggregates."""
    node = claim_ref(claim)
    target = _target(store, gazetteer, node)
    assert target.record is not None
    return _write(store, gazetteer, target, _review(target, node, "rejected", by, target.record, reason))


def correct(store: Store, gazetteer: Gazetteer, claim: str, values: dict[str, object], by: str,
            reason: str | None = None) -> Review:
    """Set fields of the claim record; refused (nothing written) when the result breaks a shape."""
    if not values:
        raise InputError("a correction needs at least one --set FIELD=VALUE")
    node = claim_ref(claim)
    target = _target(store, gazetteer, node)
    assert target.record is not None
    after = _resolved(corrected(target.record, values, where=f"claim {node}"), gazetteer)
    if after == target.record:
        raise InputError(f"claim {node}: the correction changes nothing")
    return _write(store, gazetteer, target, _review(target, node, "corrected", by, after, reason))


def add(store: Store, gazetteer: Gazetteer, article: str, start: int, end: int, values: dict[str, object],
        by: str, reason: str | None = None) -> Review:
    """A claim the extractor missed, quoting ``text[start:end]`` of the article."""
    found = load_article(store, article)
    if not 0 <= start < end <= len(found.text):
        raise InputError(f"start {start}, end {end}: not a span of the article's {len(found.text)} characters "
                         f"(0 <= start < end <= {len(found.text)})")  # the words of both the CLI and the HTTP API
    for name in ("type", "speaker"):
        if not values.get(name):
            raise InputError(f"an added claim needs its {name} (set {name}=...)")
    base = Claim(article=found.key, type=str(values["type"]), speaker=str(values["speaker"]),
                 quote=found.text[start:end], start=start, end=end)
    record = corrected(base, {k: v for k, v in values.items() if k not in ("start", "end", "quote")},
                       where=f"article {article}")
    record = _resolved(record, gazetteer)
    target = _open(store, gazetteer, found, None)
    at = now()
    iri = new_review_iri(at)
    node = DATA[f"claim/{found.key[:8]}-added-{hashlib.sha256(str(iri).encode()).hexdigest()[:10]}"]
    review = Review(iri=str(iri), claim=str(node), article=found.key, status="added", reviewer=by, at=at,
                    after=record, reason=check_reason(reason))
    return _write(store, gazetteer, target, review)
