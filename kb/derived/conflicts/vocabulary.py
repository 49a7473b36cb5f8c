"""The conflict vocabulary (``ontology/conflicts.ttl``) as the detection rules need it.

The terms are part of the closed namespace ``kb.vocab.CKB``, so a typo fails at import.  Casualty categories, their
part-whole relation and the labels that mean "all parties" are read from the Turtle file, so adding
a unit's wording or a category is editing Turtle, not code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from kb.actors import normalize_name
from kb.resources import ontology_file
from kb.vocab import CKB

CKC = CKB  # the conflict terms live in kb.vocab.CKB with the rest of the vocabulary


KIND_CLASS: dict[str, URIRef] = {
    "numeric": CKC.NumericConflict,
    "part-whole": CKC.PartWholeConflict,
    "mutual-accusation": CKC.MutualAccusation,
    "denial": CKC.DenialConflict,
    "same-side": CKC.SameSideDiscrepancy,
}
VERDICT_CONCEPT: dict[str, URIRef] = {
    "contradiction": CKC.Contradiction,
    "discrepancy": CKC.Discrepancy,
    "scope-unclear": CKC.ScopeUnclear,
}
VERDICT_BY_CONCEPT: dict[str, str] = {str(v): k for k, v in VERDICT_CONCEPT.items()}
KIND_BY_CLASS: dict[str, str] = {str(v): k for k, v in KIND_CLASS.items()}


@dataclass(frozen=True)
class Categories:
    """Unit wording → category, and each category's wholes (``ckb:countedIn``, transitively)."""

    by_label: dict[str, str]
    labels: dict[str, str]
    wholes: dict[str, frozenset[str]]
    all_parties: frozenset[str]
    no_party: frozenset[str] = frozenset()

    def category(self, unit: str | None) -> str | None:
        """The category IRI of a unit's wording, else the folded wording itself (its own measure)."""
        if not unit:
            return None
        folded = normalize_name(unit)
        return self.by_label.get(folded, folded)

    def label(self, category: str) -> str:
        return self.labels.get(category, category)

    def is_all_parties(self, label: str) -> bool:
        return normalize_name(label) in self.all_parties

    def is_no_party(self, label: str) -> bool:
        """A victim class written as the subject ("civilians", "warga"): whom a figure counts, not whose."""
        return normalize_name(label) in self.no_party


@cache
def conflicts_graph() -> Graph:
    """The vocabulary as a graph (to load beside kb.ttl in the store's ontology graph)."""
    return Graph().parse(ontology_file("conflicts.ttl"), format="turtle")


@cache
def categories() -> Categories:
    """Read the casualty categories, the 'all parties' labels and the victim classes that name no party once."""
    g = conflicts_graph()
    by_label: dict[str, str] = {}
    labels: dict[str, str] = {}
    for concept in g.subjects(SKOS.inScheme, CKC.CasualtyCategory):
        for lit in [*g.objects(concept, SKOS.prefLabel), *g.objects(concept, SKOS.altLabel)]:
            by_label.setdefault(normalize_name(str(lit)), str(concept))
        english = [str(lit) for lit in g.objects(concept, SKOS.prefLabel) if lit.language == "en"]  # type: ignore[attr-defined]
        labels[str(concept)] = english[0] if english else str(concept)
    wholes = {c: frozenset(str(w) for w in g.transitive_objects(URIRef(c), CKC.countedIn)) - {c} for c in labels}
    scope = [*g.objects(CKC.AllParties, SKOS.prefLabel), *g.objects(CKC.AllParties, SKOS.altLabel)]
    none = [*g.objects(CKC.NoParty, SKOS.prefLabel), *g.objects(CKC.NoParty, SKOS.altLabel)]
    return Categories(by_label, labels, wholes, frozenset(normalize_name(str(s)) for s in scope),
                      frozenset(normalize_name(str(s)) for s in none))
