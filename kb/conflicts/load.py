"""Read what the rules need from the store with two named queries (claims, actors), one pass each.

Party equivalence is resolved here: every speaker and subject is followed along ``ckb:represents``
to the body at the end of the chain ("Yerevan" → Government of Armenia → Armenia), so the rules
compare states, not the many names their voices go by.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from kb.actors import normalize_name
from kb.conflicts.model import ClaimFacts
from kb.conflicts.vocabulary import Categories, categories
from kb.sparql.plain import plain_rows
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
    return actors


def load_claims(store: Store, actors: Actors, cats: Categories | None = None) -> list[ClaimFacts]:
    """Every claim as ``ClaimFacts``; the rows (one per subject × relay) are folded per claim."""
    cats = cats or categories()
    category = cache(cats.category)  # a few distinct units, normalised once each, not once per claim
    all_parties = cache(lambda s: cats.is_all_parties(actors.label(s)))
    root = cache(actors.root)
    claims: dict[str, ClaimFacts] = {}
    subjects: dict[str, set[str]] = defaultdict(set)
    relays: dict[str, tuple[int, str]] = {}
    for row in plain_rows(store, "conflict-claims"):
        iri = row["claim"]
        if iri not in claims:
            claims[iri] = _facts(iri, row, root, category)
        if row["subject"] is not None:
            subjects[iri].add(intern(row["subject"]))
        if row["agent"] is not None:
            pos = int(row["pos"])
            if iri not in relays or pos > relays[iri][0]:
                relays[iri] = (pos, intern(row["agent"]))
    for iri, facts in claims.items():
        subs = frozenset(subjects.get(iri, ()))
        facts.subjects = subs
        facts.parties = frozenset(root(s) for s in subs)
        facts.all_parties = any(all_parties(s) for s in subs)
        if iri in relays:
            facts.source = relays[iri][1]
    return sorted(claims.values(), key=lambda c: c.iri)


def _facts(iri: str, row: dict[str, Any], root: Callable[[str], str],
           category: Callable[[str | None], str | None]) -> ClaimFacts:
    speaker = intern(row["speaker"])
    unit = _shared(row["unit"])
    return ClaimFacts(
        iri=iri,
        type=_TYPE.get(row["type"], "statement"),
        speaker=speaker,
        speaker_root=root(speaker),
        article=intern(row["article"]),
        start=int(row["start"]),
        object=_text(row["object"]),
        qmin=_int(row["min"]),
        qmax=_int(row["max"]),
        approximate=row["approx"] is True,
        unit=unit,
        category=category(unit),
        claim_date=_date(row["date"]),
        published=_date(row["published"]),
        source=intern(row["publisher"] or row["article"]),
        factuality=_FACT.get(str(row["factuality"]), "asserted"),
    )


def _shared(value: Any) -> str | None:
    """A string many claims repeat, stored once (``sys.intern``): 100k claims name a few hundred units."""
    return None if value is None else intern(str(value))


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def _date(value: Any) -> date | None:
    return value if isinstance(value, date) else None
