"""What the last refresh saw, kept in the store: per article, a digest and the JSON of the claim facts the rules
read, indexed by the groups its claims are in (``kb.derived.conflicts.groups``).  Graph ``STATE_GRAPH``.

Why: an incremental refresh must know what a replaced or deleted article *used to* say (which groups it
touched), and must reload a group without scanning every claim.  Both are here, as derived data: a full
refresh rewrites it whole.  Writers mark each article they write (``marker``) in ``CHANGES_GRAPH``, in the same
store update as the article (``kb.store.minted.write_article``; a delete, ``marker_update``); the refresh reads the
markers, and compares the count of stored articles with the count it recorded, less what the markers explain, to
catch articles added or deleted by other paths.  Writes from outside the service that add and delete as many
articles between two refreshes go unseen until a full refresh (``kb conflicts --refresh``).

Predicates live in their own namespace (``ST``): queries over the union of graphs never meet them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from kb.derived.conflicts.groups import article_of, digest
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.store.oxigraph import data_update, to_rdflib
from kb.vocab import ACTORS_GRAPH, DATA

ST = "https://w3id.org/claimkb/ns/derived#"
STATE_GRAPH = "https://w3id.org/claimkb/graph/derived"
CHANGES_GRAPH = "https://w3id.org/claimkb/graph/changes"
# 33: a figure is part of a running total only where their places can meet (``where.places_meet``), two running
#     totals of places that cannot are apart; explanations name a total's or a span's place
# 32: a part-whole finding's group is its part's measure and week (pw|<measure>|<Monday>), and a running total with a
#     stated start counts a part only within a year, like one without (figures.TOTAL_LOOKBACK_DAYS)
# 31: two sources of one neutral body (OCHA and the WHO, both the UN's) are "within one neutral body", not "one side"
# 30: corroborations, exchanges of blame and denials named by what they are about (a proposition, a pair of states and
#     a week, a denial and its claim), no longer by their claims: a grown one keeps its IRI and gains members
# 29: a neutral body's figure (ckb:neutral: a UN agency, the Red Cross) against a party's is a discrepancy, never
#     "from opposing sides"; each record's claim facts hold speaker_neutral
# 28: a cross-article denial links through no inflection of the verbs every charge shares ("tewas", "killings")
# 27: "opposing sides" only between speakers whose sides are known
# 34: aggregates never pool scopes: incident and period tolls grouped by place and day and summed per month, apart
#     from the running totals (summaries hold each state's latest figure per incident or period)
RULES_VERSION = "35"  # 26: one speaker's two one-strike figures in one article, no place tying them, no part-whole
"""Bump when the rules or the derived layout change: a store refreshed by older rules is recomputed whole (prune
``UPGRADES`` then: its entries hold only while nothing but their steps differs)."""
_ARTICLE, _DIGEST, _FACTS, _GROUP = (ox.NamedNode(ST + n) for n in ("article", "digest", "facts", "group"))
_CHANGED, _WITH = ox.NamedNode(ST + "changed"), ox.NamedNode(ST + "computedWith")
_TOTALS = ox.NamedNode(ST + "totals")
GROUP = _GROUP
META = ox.NamedNode(f"{DATA}state/meta")
_READ = 400
"""Articles or tags bound in one query."""


def node(article: str) -> ox.NamedNode:
    return ox.NamedNode(f"{DATA}state/{hashlib.sha256(article.encode()).hexdigest()[:24]}")


def marker(article: str) -> Graph:
    """The triple a writer adds to ``CHANGES_GRAPH`` with an article: "this article changed since the refresh"."""
    g = Graph()
    g.add((URIRef(node(article).value), URIRef(_CHANGED.value), URIRef(article)))
    return g


def marker_update(article: str) -> str:
    """The SPARQL update adding ``article``'s marker: for a write that is an update of its own (a delete), in the
    same request.  A delete without one was found only by the counts, and a marked article written beside it
    in the same refresh hid it: the deleted article's findings stayed."""
    return data_update(CHANGES_GRAPH, [], [f"{node(article)} {_CHANGED} <{article}> ."])


def record_triples(article: str, text: str, tags: Iterable[str]) -> Iterator[tuple[ox.NamedNode, ox.NamedNode,
                                                                                   ox.NamedNode | ox.Literal]]:
    """An article's record: its IRI, the digest and JSON of its facts, its groups."""
    n = node(article)
    yield n, _ARTICLE, ox.NamedNode(article)
    yield n, _DIGEST, ox.Literal(digest(text))
    yield n, _FACTS, ox.Literal(text)
    for tag in sorted(tags):
        yield n, _GROUP, ox.Literal(tag)


def meta_triple(value: str) -> tuple[ox.NamedNode, ox.NamedNode, ox.Literal]:
    return META, _WITH, ox.Literal(value)


Record = tuple[str, str, Callable[[], set[str]]]
"""(article, facts JSON, its group tags when asked): tags are computed only for a record that is rewritten."""
_BATCH = 50_000
"""N-Triples lines per update when a full refresh rewrites many records."""


def sync(store: Store, records: Iterable[Record], meta: str, *, fresh: bool) -> int:
    """Bring the state graph to exactly ``records`` (every stored article) and clear the markers; returns how
    many records were written.  Only the records whose digest changed are rewritten: a steady-state full
    refresh writes nothing here (writing every record took 23 s and 400 MB of a 40 s refresh at 40k claims).
    ``fresh`` (nothing recorded, or recorded by other rules): the graph is emptied and streamed in whole."""
    for graph in (CHANGES_GRAPH, *((STATE_GRAPH,) if fresh else ())):
        if store.has_graph(graph):
            store.drop_graph(graph)
    recorded = {} if fresh else {str(r["article"]): str(r["digest"]) for r in plain_rows(store, "state-digests")}
    if not recorded:
        return _fill(store, records, meta)
    now = _line(meta_triple(meta))
    stored = _meta(store)
    gone = [line for line in stored if line != now]
    added = [] if stored == [now] else [now]
    written = 0
    for article, text, tags in records:
        if recorded.pop(article, None) == digest(text):
            continue
        written += 1
        gone += stored_triples(store, [article], ())[STATE_GRAPH]
        added += (_line(t) for t in record_triples(article, text, tags()))
        if len(gone) + len(added) >= _BATCH:
            _write(store, gone, added)
            gone, added = [], []
    gone += stored_triples(store, recorded, ())[STATE_GRAPH]  # articles no longer stored
    _write(store, gone, added)
    return written


def _fill(store: Store, records: Iterable[Record], meta: str) -> int:
    count = 0

    def triples() -> Iterator[Any]:
        nonlocal count
        yield meta_triple(meta)
        for article, text, tags in records:
            count += 1
            yield from record_triples(article, text, tags())

    if store.capabilities.embedded:
        store.fill_graph(STATE_GRAPH, triples())  # type: ignore[attr-defined]
        return count
    _write(store, [], [_line(t) for t in triples()])
    return count


def _meta(store: Store) -> list[str]:
    return [_line(meta_triple(str(r["digest"]))) for r in plain_rows(store, "state-meta")]


def _line(t: tuple[Any, Any, Any]) -> str:
    return f"{t[0]} {t[1]} {t[2]} ."


def _write(store: Store, gone: list[str], added: list[str]) -> None:
    if gone or added:
        store.update(data_update(STATE_GRAPH, gone, added))


def computed_with(store: Store) -> str:
    """The rules' version and a digest of the gazetteer graph (labels, ``represents``): what every finding uses.
    On the embedded store its quads are read without building an rdflib graph (the same lines: 0.1 s of every write
    at 25k articles went to filling that graph)."""
    if store.capabilities.embedded:
        quads = store.ox.quads_for_pattern(None, None, None, ox.NamedNode(str(ACTORS_GRAPH)))  # type: ignore[attr-defined]
        terms: Iterable[tuple[Any, Any, Any]] = ((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object))
                                                 for q in quads)
    else:
        terms = store.get_graph(str(ACTORS_GRAPH))
    lines = sorted({f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in terms})
    return RULES_VERSION + "|" + hashlib.sha256("\n".join(lines).encode()).hexdigest()[:24]


UPGRADES: dict[str, tuple[str, ...]] = {}
"""Rules whose derived state differs from these only in the steps named ("summaries", "ranks", "series"): a store they
refreshed is brought up to date by those steps alone (``refresh._upgrade``), not recomputed whole.  An entry holds
only until a later bump changes anything else, so each bump prunes it.  Rules 16-18 were here (17 added the summaries'
extremes, 18 made ranks sort keys, 19 keyed a series by its speaker and measure) until review 29 found them stale:
rules 21 and 29 added facts to each article's state record and rules 30 renamed three kinds of finding, so a store of
16-18 upgraded by those steps kept records of the older layout, and the next write replacing an article failed on
decoding one (``tests/test_conflicts_upgrade.py``)."""


def put_meta(store: Store, meta: str) -> None:
    """Record that the derived state was computed with ``meta`` (``computed_with``)."""
    _write(store, _meta(store), [_line(meta_triple(meta))])


def totals_update(totals: dict[str, int]) -> str:
    """The update that records ``totals`` (what a refresh reports: claims and findings per kind) on the meta node.
    Why kept rather than counted: counting the type triples was 1.4 s of CPU of a one-article refresh at 95k
    conflicts and grows with the store; an incremental refresh adds the difference it wrote instead.  Deleted by
    pattern: a remote server need not give a literal back byte for byte."""
    value = ox.Literal(json.dumps(totals, sort_keys=True, separators=(",", ":")))
    return (f"DELETE WHERE {{ GRAPH <{STATE_GRAPH}> {{ {META} {_TOTALS} ?o }} }} ;\n"
            f"INSERT DATA {{ GRAPH <{STATE_GRAPH}> {{ {META} {_TOTALS} {value} }} }}")


def forget_totals() -> str:
    """The update that deletes the recorded totals: without them the next refresh recomputes everything."""
    return f"DELETE WHERE {{ GRAPH <{STATE_GRAPH}> {{ {META} {_TOTALS} ?o }} }}"


def stored_totals(store: Store) -> dict[str, int] | None:
    rows = list(plain_rows(store, "state-totals"))
    return {k: int(v) for k, v in json.loads(str(rows[0]["totals"])).items()} if rows else None


def stored_meta(store: Store) -> str | None:
    rows = list(plain_rows(store, "state-meta"))
    return str(rows[0]["digest"]) if rows else None


@dataclass
class Changes:
    """Articles written since the last refresh: their markers, and which ones are gone from the store."""

    articles: set[str] = field(default_factory=set)
    markers: list[str] = field(default_factory=list)


def changes(store: Store) -> Changes:
    """Marked articles, plus any added or deleted without a marker (counted first: a full list only on a mismatch)."""
    found = Changes()
    for row in plain_rows(store, "state-pending"):
        found.articles.add(str(row["article"]))
    found.markers = sorted(found.articles)
    counts = list(plain_rows(store, "state-count"))
    stored, recorded = (int(counts[0]["articles"]), int(counts[0]["recorded"])) if counts else (0, 0)
    if stored != recorded and not _explained(store, found.markers, stored - recorded):
        now: set[str] = set()
        then: set[str] = set()
        for row in plain_rows(store, "state-articles"):
            (now if row["article"] is not None else then).add(str(row["article"] or row["recorded"]))
        found.articles |= now ^ then
    return found


def _explained(store: Store, marked: list[str], difference: int) -> bool:
    """Whether the marked articles account for ``difference`` (stored minus recorded articles): each one stored but
    not recorded adds one, each recorded but gone takes one away.  Every new article makes the counts differ, and
    listing every stored and recorded article to find it was a tenth of a one-article refresh at 25k articles."""
    if not marked:
        return False
    present: set[str] = set()
    for i in range(0, len(marked), _READ):
        bound = [URIRef(a) for a in marked[i:i + _READ]]
        present |= {str(r["article"]) for r in plain_rows(store, "article-order", article=bound)
                    if r["published"] is None}
    known = records(store, marked).keys()
    return len(present - known) - len(known - present) == difference


def records(store: Store, articles: Iterable[str]) -> dict[str, str]:
    """article → the facts JSON recorded for it (articles never recorded are absent)."""
    out: dict[str, str] = {}
    wanted = sorted(articles)
    for i in range(0, len(wanted), _READ):
        bound = [URIRef(a) for a in wanted[i:i + _READ]]
        for row in plain_rows(store, "state-records", article=bound):
            out[str(row["article"])] = str(row["facts"])
    return out


def tagged(store: Store, tags: Iterable[str], read: dict[object, tuple[str, str] | None] | None = None
           ) -> Iterator[tuple[str, str, str]]:
    """(tag, article, recorded facts JSON) for every article with a claim in one of the groups ``tags``.  ``read``: the
    records already read by an earlier call (record node term → article and facts), kept across the calls of one refresh
    on the embedded store: a refresh loads overlapping groups a dozen times (a batch's series, episodes, propositions
    meet the same articles), and each call read each record's article and facts again."""
    wanted = sorted(set(tags))
    if store.capabilities.embedded:
        yield from _tagged_quads(store.ox, wanted, {} if read is None else read)  # type: ignore[attr-defined]
        return
    for i in range(0, len(wanted), _READ):
        bound = [Literal(t) for t in wanted[i:i + _READ]]
        for row in plain_rows(store, "state-tagged", tag=bound):
            yield str(row["tag"]), str(row["article"]), str(row["facts"])


def _value(term: object) -> str:
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else str(term)


def _tagged_quads(ox_store: ox.Store, tags: list[str], facts: dict[object, tuple[str, str] | None]
                  ) -> Iterator[tuple[str, str, str]]:
    """``tagged`` on an embedded store, by look-ups: what ``state-tagged.rq`` answers, each article's facts read
    once (the query, a row per tag and article with the facts converted each time, was half of a one-article
    refresh's loads at 40k claims).  Only quads whose object is the tag asked for are kept (``ranks._looked_up``:
    a pyoxigraph look-up by object may return neighbouring values)."""
    graph = ox.NamedNode(STATE_GRAPH)
    for tag in tags:
        value = ox.Literal(tag)
        for q in ox_store.quads_for_pattern(None, _GROUP, value, graph):
            if q.object != value:
                continue
            node = q.subject  # the term itself is the key: its text was a fifth of this loop
            if node not in facts:
                facts[node] = _record_read(ox_store, node, graph)
            found = facts[node]
            if found is not None:
                yield tag, found[0], found[1]


def _record_read(ox_store: ox.Store, node: ox.NamedNode | ox.BlankNode | ox.Triple, graph: ox.NamedNode
                 ) -> tuple[str, str] | None:
    """A record's article and facts: the article from the facts when they name it (``groups.article_of``: one
    look-up a record instead of two), else by its own look-up."""
    text = [_value(x.object) for x in ox_store.quads_for_pattern(node, _FACTS, None, graph)]
    if not text:
        return None
    article = article_of(text[0])
    if article is None:
        found = [_value(x.object) for x in ox_store.quads_for_pattern(node, _ARTICLE, None, graph)]
        article = found[0] if found else None
    return None if article is None else (article, text[0])


def stored_triples(store: Store, records_of: Iterable[str], markers_of: Iterable[str]) -> dict[str, list[str]]:
    """graph → the N-Triples lines of the state records of ``records_of`` and the markers of ``markers_of``."""
    out: dict[str, list[str]] = {STATE_GRAPH: [], CHANGES_GRAPH: []}
    for graph, articles in ((STATE_GRAPH, records_of), (CHANGES_GRAPH, markers_of)):
        for a in articles:
            n = node(a)
            if store.capabilities.embedded:
                out[graph] += [f"{q.subject} {q.predicate} {q.object} ." for q in
                               store.ox.quads_for_pattern(  # type: ignore[attr-defined]
                                   n, None, None, ox.NamedNode(graph))]
                continue
            for row in store.select(f"SELECT ?p ?o WHERE {{ GRAPH <{graph}> {{ <{n.value}> ?p ?o }} }}"):
                out[graph].append(f"<{n.value}> {row['p'].n3()} {row['o'].n3()} .")  # type: ignore[union-attr]
    return out
