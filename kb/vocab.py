"""Our vocabulary as a closed namespace, so that a misspelt term fails at import, not in a query.

Mirrors ``ontology/kb.ttl``; ``tests/test_ontology.py`` checks that the two agree term for term.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

DATA = Namespace("https://w3id.org/claimkb/id/")
"""Base of every claim, actor and article IRI we mint (web paths map onto it)."""

PREFIXES = {
    "ckb": "https://w3id.org/claimkb/ns#",
    "claim": "https://w3id.org/claimkb/id/claim/",
    "actor": "https://w3id.org/claimkb/id/actor/",
    "article": "https://w3id.org/claimkb/id/article/",
    "place": "https://w3id.org/claimkb/id/place/",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "wd": "http://www.wikidata.org/entity/",
}
"""The prefixes Turtle and TriG exports bind, so that an export reads as the README's examples do."""

ACTORS_GRAPH = URIRef("https://w3id.org/claimkb/graph/actors")
CONFLICTS_GRAPH = URIRef("https://w3id.org/claimkb/graph/conflicts")
TIMELINES_GRAPH = URIRef("https://w3id.org/claimkb/graph/timelines")
MINTED_GRAPH = URIRef("https://w3id.org/claimkb/graph/minted-actors")
"""Actors the gazetteer does not know, each described once (``kb/store/minted.py``); article graphs only link
to them."""
REVIEWS_GRAPH = URIRef("https://w3id.org/claimkb/graph/reviews")
"""Human reviews of claims (``kb/review``), apart from the article graphs that re-ingest replaces."""


class CKB(DefinedNamespace):
    """Terms of ``https://w3id.org/claimkb/ns#``."""

    _NS = Namespace("https://w3id.org/claimkb/ns#")
    _fail = True

    # classes
    Claim: URIRef
    CasualtyClaim: URIRef
    MobilizationClaim: URIRef
    TalksClaim: URIRef
    CeasefireClaim: URIRef
    AccusationClaim: URIRef
    CallClaim: URIRef
    DenialClaim: URIRef
    StatementClaim: URIRef
    Relay: URIRef
    Actor: URIRef
    State: URIRef
    Government: URIRef
    Ministry: URIRef
    Person: URIRef
    Organization: URIRef
    Group: URIRef
    NewsAgency: URIRef
    Outlet: URIRef
    # properties
    speaker: URIRef
    speakerRole: URIRef
    relay: URIRef
    agent: URIRef
    position: URIRef
    article: URIRef
    quote: URIRef
    start: URIRef
    end: URIRef
    subject: URIRef
    object: URIRef
    quantity: URIRef
    approximate: URIRef
    quantityText: URIRef
    date: URIRef
    factuality: URIRef
    rule: URIRef
    text: URIRef
    key: URIRef
    represents: URIRef
    role: URIRef
    neutral: URIRef
    scope: URIRef
    periodStart: URIRef
    periodEnd: URIRef
    placeName: URIRef
    place: URIRef
    increment: URIRef
    breakdown: URIRef
    allegation: URIRef
    confidence: URIRef
    # factuality concepts
    Factuality: URIRef
    Asserted: URIRef
    Alleged: URIRef
    Hedged: URIRef
    Denied: URIRef
    # conflicts, clusters and aggregates (ontology/conflicts.ttl): classes
    Finding: URIRef
    Conflict: URIRef
    NumericConflict: URIRef
    PartWholeConflict: URIRef
    MutualAccusation: URIRef
    DenialConflict: URIRef
    SameSideDiscrepancy: URIRef
    Corroboration: URIRef
    Series: URIRef
    SeriesStep: URIRef
    Aggregate: URIRef
    AggregatePeriod: URIRef
    Estimate: URIRef
    # conflicts: properties
    member: URIRef
    lead: URIRef
    claimCount: URIRef
    digest: URIRef
    Timeline: URIRef
    claim: URIRef
    explanation: URIRef
    involves: URIRef
    party: URIRef
    category: URIRef
    independentSources: URIRef
    source: URIRef
    step: URIRef
    low: URIRef
    best: URIRef
    high: URIRef
    conservative: URIRef
    period: URIRef
    countedIn: URIRef
    ArticleOrder: URIRef
    articleCount: URIRef
    listedArticle: URIRef
    # conflicts: casualty categories and "all parties"
    CasualtyCategory: URIRef
    SoldiersKilled: URIRef
    CiviliansKilled: URIRef
    Deaths: URIRef
    Wounded: URIRef
    SoldiersWounded: URIRef
    CiviliansWounded: URIRef
    KilledAndWounded: URIRef
    AllParties: URIRef
    NoParty: URIRef
    # conflicts: verdict strength (kb.derived.conflicts.compare)
    VerdictStrength: URIRef
    Contradiction: URIRef
    Discrepancy: URIRef
    ScopeUnclear: URIRef
    verdict: URIRef
    reason: URIRef
    # reviews (kb/review): classes, status concepts, properties
    Review: URIRef
    Change: URIRef
    ReviewStatus: URIRef
    Accepted: URIRef
    Corrected: URIRef
    Rejected: URIRef
    Added: URIRef
    reviewStatus: URIRef
    reviewedClaim: URIRef
    reviewedArticle: URIRef
    reviewReason: URIRef
    recordBefore: URIRef
    recordAfter: URIRef
    change: URIRef
    field: URIRef
    fromValue: URIRef
    toValue: URIRef
    recheck: URIRef


CLAIM_CLASS: dict[str, URIRef] = {
    "casualty": CKB.CasualtyClaim,
    "mobilization": CKB.MobilizationClaim,
    "talks": CKB.TalksClaim,
    "ceasefire": CKB.CeasefireClaim,
    "accusation": CKB.AccusationClaim,
    "call": CKB.CallClaim,
    "denial": CKB.DenialClaim,
    "statement": CKB.StatementClaim,
}
FACTUALITY: dict[str, URIRef] = {
    "asserted": CKB.Asserted,
    "alleged": CKB.Alleged,
    "hedged": CKB.Hedged,
    "denied": CKB.Denied,
}
REVIEW_STATUS: dict[str, URIRef] = {
    "accepted": CKB.Accepted,
    "corrected": CKB.Corrected,
    "rejected": CKB.Rejected,
    "added": CKB.Added,
}
ACTOR_CLASSES: tuple[URIRef, ...] = (
    CKB.State, CKB.Government, CKB.Ministry, CKB.Person, CKB.Organization,
    CKB.Group, CKB.NewsAgency, CKB.Outlet,
)
