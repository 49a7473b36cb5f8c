"""Read what the rules need from the store with two named queries (claims, actors), one pass each.

Party equivalence is resolved here: every speaker and subject is followed along ``ckb:represents``
to the body at the end of the chain ("Yerevan" → Government of Armenia → Armenia), so the rules
compare states, not the many names their voices go by.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from rdflib.term import Identifier

from kb import sparql
from kb.actors import normalize_name
from kb.conflicts.model import ClaimFacts
from kb.conflicts.vocabulary import Categories, categories
from kb.store import Store
from kb.vocab import CLAIM_CLASS, FACTUALITY

_TYPE = {str(v): k for k, v in CLAIM_CLASS.items()}
_FACT = {str(v): k for k, v in FACTUALITY.items()}


@dataclass
class Actors:
    """Labels, aliases and the ``represents`` chain of every actor in the store."""

    labels: dict[str, str] = field(default_factory=dict)
    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    represents: dict[str, str] = field(default_factory=dict)

    def label(self, iri: str) -> str:
        return self.labels.get(iri) or iri.rsplit("/", 1)[-1]

    def root(self, iri: str) -> str:
        """The body an actor ultimately speaks for (itself when it represents no one)."""
        seen = {iri}
        while iri in self.represents and self.represents[iri] not in seen:
            iri = self.represents[iri]
            seen.add(iri)
        return iri

    def matches(self, iri: str, needle: str) -> bool:
        """Whether ``needle`` names this actor: a label, an alias or its key, case and accents folded."""
        folded = normalize_name(needle)
        return folded == normalize_name(iri.rsplit("/", 1)[-1]) or folded in self.names.get(iri, set())


def load_actors(store: Store) -> Actors:
    actors = Actors()
    for row in sparql.run(store, "conflict-actors"):
        iri = str(row["actor"])
        label = row["label"]
        if label is not None and (iri not in actors.labels or getattr(label, "language", None) == "en"):
            actors.labels[iri] = str(label)
        for name in (row["label"], row["alt"]):
            if name is not None:
                actors.names[iri].add(normalize_name(str(name)))
        if row["represents"] is not None:
            actors.represents.setdefault(iri, str(row["represents"]))
    return actors


def load_claims(store: Store, actors: Actors, cats: Categories | None = None) -> list[ClaimFacts]:
    """Every claim as ``ClaimFacts``; the rows (one per subject × relay) are folded per claim."""
    cats = cats or categories()
    claims: dict[str, ClaimFacts] = {}
    subjects: dict[str, set[str]] = defaultdict(set)
    relays: dict[str, tuple[int, str]] = {}
    for row in sparql.run(store, "conflict-claims"):
        iri = str(row["claim"])
        if iri not in claims:
            claims[iri] = _facts(iri, row, actors, cats)
        if row["subject"] is not None:
            subjects[iri].add(str(row["subject"]))
        if row["agent"] is not None:
            pos = int(row["pos"].toPython())  # type: ignore[union-attr]
            if iri not in relays or pos > relays[iri][0]:
                relays[iri] = (pos, str(row["agent"]))
    for iri, facts in claims.items():
        subs = frozenset(subjects.get(iri, ()))
        facts.subjects = subs
        facts.parties = frozenset(actors.root(s) for s in subs)
        facts.all_parties = any(cats.is_all_parties(actors.label(s)) for s in subs)
        if iri in relays:
            facts.source = relays[iri][1]
    return sorted(claims.values(), key=lambda c: c.iri)


def _facts(iri: str, row: dict[str, Identifier | None], actors: Actors, cats: Categories) -> ClaimFacts:
    speaker = str(row["speaker"])
    unit = _text(row["unit"])
    approx = row["approx"]
    return ClaimFacts(
        iri=iri,
        type=_TYPE.get(str(row["type"]), "statement"),
        speaker=speaker,
        speaker_root=actors.root(speaker),
        article=str(row["article"]),
        start=int(row["start"].toPython()),  # type: ignore[union-attr]
        object=_text(row["object"]),
        qmin=_int(row["min"]),
        qmax=_int(row["max"]),
        approximate=bool(approx is not None and approx.toPython() is True),  # type: ignore[attr-defined]
        unit=unit,
        category=cats.category(unit),
        claim_date=_date(row["date"]),
        published=_date(row["published"]),
        source=str(row["publisher"] or row["article"]),
        factuality=_FACT.get(str(row["factuality"]), "asserted"),
    )


def _text(term: Identifier | None) -> str | None:
    return None if term is None else str(term)


def _int(term: Identifier | None) -> int | None:
    return None if term is None else int(term.toPython())  # type: ignore[attr-defined]


def _date(term: Identifier | None) -> date | None:
    value = None if term is None else term.toPython()  # type: ignore[attr-defined]
    return value if isinstance(value, date) else None
