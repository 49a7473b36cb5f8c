"""Minted actors (names the gazetteer does not know) are described once, in one shared graph.

Why: each article graph used to carry its own copy of the description of every minted actor it used
(type, label), and queries over the union of graphs see every copy.  "civilians", quoted in 200 articles, had
200 types and 200 labels, and a query joining an actor's type, label and names multiplied them (200³ rows):
the actors list took 36 s at 204 articles, 208 s at 411.  Now an article graph holds only the links to its
actors (speaker, subject, relay agent, publisher) and the descriptions go to ``MINTED_GRAPH``, written in the
same store update as the article, and only for actors not described there yet: the first description of an
actor wins (an outlet later quoted as a speaker stays an outlet; "Civilians" and "civilians", one IRI, keep
the first label).

The SHACL gate still sees an article with the descriptions of the actors it uses: ``kb.pipeline.to_rdf.article_graph``
builds both together, the gate validates them together, and ``split`` separates them only to store them
(``write_article``).  A stored article is checked again (``kb validate``, ``kb add``) with the descriptions
read back from the shared graph (``with_descriptions``).

Deleting or replacing an article never removes a description: a minted actor left with no claim is
harmless (the actors list, counts and timelines only follow claims; its own page shows no claims) and is
described again, unchanged, if an article quotes it later.  An article graph stored before this layout
(descriptions inside) is moved to it the next time the article is written (re-ingested or added to).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SDO

from kb import sparql
from kb.derived.conflicts import state
from kb.store import Store
from kb.vocab import ACTOR_CLASSES, MINTED_GRAPH

_ACTOR_CLASSES = frozenset(ACTOR_CLASSES)


def split(graph: Graph) -> tuple[Graph, Graph]:
    """(the article's own triples, the descriptions of the actors it mints).  A minted actor is a subject
    typed with an actor class inside an article graph: known actors are only ever linked to there."""
    actors = {s for s, o in graph.subject_objects(RDF.type) if o in _ACTOR_CLASSES and isinstance(s, URIRef)}
    own, described = Graph(), Graph()
    for triple in graph:
        (described if triple[0] in actors else own).add(triple)
    return own, described


def stored_descriptions(store: Store, actors: Iterable[URIRef]) -> Graph:
    """What the shared graph says about ``actors`` (one lookup each; nothing when none is given)."""
    found = Graph()
    wanted = sorted(set(actors))
    if wanted:
        for row in sparql.run(store, "minted-actors", actor=wanted):
            found.add((row["actor"], row["p"], row["o"]))  # type: ignore[arg-type]
    return found


def new_descriptions(store: Store, described: Graph) -> Graph:
    """The part of ``described`` about actors the shared graph does not describe yet (first one wins)."""
    actors = {s for s in described.subjects(RDF.type) if isinstance(s, URIRef)}
    known = set(stored_descriptions(store, actors).subjects(RDF.type))
    fresh = Graph()
    for triple in described:
        if triple[0] not in known:
            fresh.add(triple)
    return fresh


def with_descriptions(store: Store, graph: Graph) -> Graph:
    """A stored article graph plus the shared descriptions of the actors it links to: what the gate checks."""
    linked = {o for o in graph.objects() if isinstance(o, URIRef)}
    return graph + stored_descriptions(store, linked)


def write_article(store: Store, iri: str, graph: Graph, *, extra: Mapping[str, Graph] | None = None) -> str:
    """Store an article graph built with its minted actors' descriptions (``kb.pipeline.to_rdf.article_graph``): the
    article in its own graph, the descriptions not yet in the shared graph there, in one store update.
    ``extra`` (graph IRI → triples) goes into that same update: a review beside the claim it rewrote.
    Returns "ingested", "replaced" or "unchanged" (the same article triples, no description to add)."""
    own, described = split(graph)
    fresh = new_descriptions(store, described)
    more = {k: v for k, v in (extra or {}).items() if len(v)}
    if not store.has_graph(iri):
        status = "ingested"
    elif set(store.get_graph(iri)) != set(own):
        status = "replaced"
    elif not len(fresh) and not more:
        return "unchanged"
    else:
        status = "unchanged"  # the same article, with a description the shared graph lacked (written now)
    also = {state.CHANGES_GRAPH: changed(own, iri)}  # the refresh's marker, in the same transaction
    if len(fresh):
        also[str(MINTED_GRAPH)] = fresh
    also.update(more)
    store.put_graph(iri, own, also=also)
    return status


def changed(own: Graph, iri: str) -> Graph:
    """The marker telling the next refresh this article changed (``kb.derived.conflicts.state``)."""
    articles = [str(a) for a in own.subjects(RDF.type, SDO.NewsArticle)] or [iri]
    g = Graph()
    for a in articles:
        g += state.marker(a)
    return g


__all__ = ["new_descriptions", "split", "stored_descriptions", "with_descriptions", "write_article"]
