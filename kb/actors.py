"""The actor gazetteer: every known speaker and party with its labels, aliases and kind.

Loaded from ``ontology/actors.ttl`` plus any user files (``KB_ACTORS``, ``--actors``), so adding
an actor or an alias is editing Turtle, not code.  Names the gazetteer does not know are minted
as new actors on the fly, so a claim never loses its speaker.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from kb.errors import InputError
from kb.resources import ontology_file
from kb.vocab import ACTOR_CLASSES, CKB, DATA

_KIND_BY_CLASS: dict[Node, str] = {cls: cls.split("#")[-1] for cls in ACTOR_CLASSES}


_SPACES = re.compile(r"[\s\u00a0]+")


@lru_cache(maxsize=16384)
def normalize_name(name: str) -> str:
    """Fold case, accents and spacing so 'Kemlu  Rusia' and 'kemlu rusia' meet.

    Kept for the names asked most (extraction asks ~190 times an article, mostly the same few names; it was 3% of
    extraction's CPU).  ASCII needs no accent folding: NFKD leaves it as it is and it holds no combining mark."""
    text = name if name.isascii() else "".join(c for c in unicodedata.normalize("NFKD", name)
                                               if not unicodedata.combining(c))
    return _SPACES.sub(" ", text).strip(" .,;:'\"“”‘’()-").casefold()


def slug(name: str) -> str:
    """An IRI-safe key for a minted actor: ASCII letters, digits and hyphens."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text[:60] or "unnamed"


@dataclass(frozen=True)
class Actor:
    """One actor as the extractor and the RDF mapper need it."""

    iri: str
    kind: str
    label: str
    labels: tuple[tuple[str, str], ...] = ()
    aliases: tuple[str, ...] = ()
    represents: str | None = None
    role: str | None = None
    minted: bool = False
    neutral: bool = False
    """A body that observes or mediates a war and is not one of its belligerents (``ckb:neutral``): only the
    gazetteer sets it, so a minted actor never has it."""

    @property
    def key(self) -> str:
        return self.iri.rsplit("/", 1)[-1]

    def names(self) -> Iterator[str]:
        yield self.label
        for _, text in self.labels:
            yield text
        yield from self.aliases


class Gazetteer:
    """Lookup of actors by any of their names (case, accents and spacing folded)."""

    def __init__(self, graph: Graph) -> None:
        from kb.places import Places

        self.graph = graph
        self.places = Places(graph)  # the places gazetteer travels with the actors (``kb.places``)
        self._by_iri: dict[str, Actor] = {}
        self._by_name: dict[str, Actor] = {}
        for subject in sorted({s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef)}):
            actor = self._read(graph, subject)
            if actor is None:
                continue
            self._by_iri[actor.iri] = actor
            for name in actor.names():
                self._by_name.setdefault(normalize_name(name), actor)

    @classmethod
    def load(cls, extra: Iterable[Path] = ()) -> Gazetteer:
        """The bundled gazetteer plus the user's Turtle files, which may add names to it."""
        graph = Graph()
        for path in [ontology_file("actors.ttl"), ontology_file("places.ttl"), *extra]:
            try:
                graph.parse(path, format="turtle")
            except FileNotFoundError:
                raise InputError(f"{path}: no such actors file") from None
            except Exception as exc:  # rdflib raises many parser-specific types
                raise InputError(f"{path}: not valid Turtle: {exc}") from None
        return cls(graph)

    @staticmethod
    def _read(graph: Graph, subject: object) -> Actor | None:
        if not isinstance(subject, URIRef):
            return None
        kinds = [_KIND_BY_CLASS[t] for t in graph.objects(subject, RDF.type) if t in _KIND_BY_CLASS]
        if not kinds:
            return None
        labels = tuple(sorted((getattr(lit, "language", None) or "", str(lit))
                              for lit in graph.objects(subject, SKOS.prefLabel)))
        english = [text for lang, text in labels if lang == "en"]
        aliases = tuple(sorted(str(lit) for lit in graph.objects(subject, SKOS.altLabel)))
        represents = graph.value(subject, CKB.represents)
        role = graph.value(subject, CKB.role)
        neutral = graph.value(subject, CKB.neutral)
        return Actor(
            iri=str(subject),
            kind=kinds[0],
            label=english[0] if english else (labels[0][1] if labels else slug(str(subject))),
            labels=labels,
            aliases=aliases,
            represents=str(represents) if represents else None,
            role=str(role) if role else None,
            neutral=isinstance(neutral, Literal) and neutral.toPython() is True,
        )

    def __len__(self) -> int:
        return len(self._by_iri)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._by_iri.values())

    def lookup(self, name: str) -> Actor | None:
        """The actor known by ``name`` (any label or alias), or None."""
        return self._by_name.get(normalize_name(name))

    def by_iri(self, iri: str) -> Actor | None:
        return self._by_iri.get(str(iri))

    def names(self) -> list[tuple[str, Actor]]:
        """Every (name, actor), longest name first: what a matcher over text needs."""
        pairs = [(name, actor) for actor in self for name in set(actor.names())]
        return sorted(pairs, key=lambda p: (-len(p[0]), p[0]))

    def resolve(self, name: str, *, kind: str = "Group") -> Actor:
        """The known actor for ``name``, else a minted one (kind Person or Group)."""
        found = self.lookup(name)
        if found is not None:
            return found
        return Actor(iri=str(DATA[f"actor/{slug(name)}"]), kind=kind, label=name.strip(), minted=True)


def actor_triples(actor: Actor) -> Iterator[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The description a minted actor carries into its article's graph."""
    node = URIRef(actor.iri)
    yield node, RDF.type, CKB[actor.kind]
    yield node, SKOS.prefLabel, Literal(actor.label)
    if actor.represents:  # what a minted body speaks for ("Komite Sentral Dokter Sudan": Sudan)
        yield node, CKB.represents, URIRef(actor.represents)
