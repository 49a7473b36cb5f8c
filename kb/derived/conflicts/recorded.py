"""Every article's recorded claims held at once and indexed by group tag in memory, for a refresh that loads most
of them (``incremental.View.load`` on a large batch).

Why: a batch of 1,000 new articles into the newsroom's 13.4k-article store touches so many groups that each of its
17 loads (a state's measures, figure days, propositions, pairs, denial windows) reached almost every record: 93-107k
claims each, 1.5M claims filtered by their tags in all and 210k (tag, record) pairs walked in the store's index,
5.5 s of the batch's CPU.  Here every record is read and decoded once, each kind of tag is computed once per claim
(when a load first asks for that kind), and a load is the union of its tags' postings.

What a load finds is what the store's index finds: a record's ``st:group`` tags are ``groups.tags`` of its decoded
claims (``state.record_triples``, written by ``apply._records`` and a whole refresh alike), and ``groups.kind_tags``
gives the same tags kind by kind (``tests/test_batch33_view.py`` compares both ways of loading).
"""

from __future__ import annotations

import pyoxigraph as ox

from kb.derived.conflicts import groups, state
from kb.derived.conflicts.model import ClaimFacts
from kb.store import Store

WHOLE_FROM = 100
"""Changed articles from which a refresh reads every record at once (embedded store): a batch's loads then reach
most records anyway.  A write of a few articles reads only the records its groups' tags find (most of its groups
are small), as before."""

_FACTS = ox.NamedNode(state.ST + "facts")
_ARTICLE = ox.NamedNode(state.ST + "article")

Posting = tuple[set[str], list[int]]
"""A tag's articles, and the ``id`` of each of their claims that has the tag."""


class Recorded:
    """Every recorded article's claims (as the last refresh recorded them), and their tags by kind."""

    def __init__(self, claims: dict[str, list[ClaimFacts]]) -> None:
        self.claims = claims
        """article → its recorded claims (articles recorded without a claim are left out: they are in no group)."""
        self._kinds: dict[str, dict[str, Posting]] = {}

    @classmethod
    def read(cls, store: Store, known: dict[str, list[ClaimFacts]]) -> Recorded:
        """Every record of the state graph, decoded (embedded store: one pass over the facts' quads); ``known``: the
        articles decoded already, whose claims are kept as they are (a refresh's claims are the same objects from
        one read to the next)."""
        db: ox.Store = store.ox  # type: ignore[attr-defined]
        graph = ox.NamedNode(state.STATE_GRAPH)
        out: dict[str, list[ClaimFacts]] = {}
        for q in db.quads_for_pattern(None, _FACTS, None, graph):
            if q.predicate != _FACTS or not isinstance(q.object, ox.Literal):
                continue
            text = q.object.value
            article = groups.article_of(text)
            if article is None:  # no claim (in no group), or facts that do not name their article
                claims = groups.decode(text)[1]
                article = _article(db, q.subject, graph) if claims else None
            else:
                claims = known.get(article) or groups.decode(text)[1]
            if article is not None:
                out[article] = claims
        return cls(out)

    def find(self, tags: set[str]) -> tuple[set[str], set[int]]:
        """(the articles with a claim in one of ``tags``, the ``id`` of each such claim)."""
        articles: set[str] = set()
        matched: set[int] = set()
        by_kind: dict[str, list[str]] = {}
        for tag in tags:
            by_kind.setdefault(tag.split("|", 1)[0], []).append(tag)
        for kind, asked in by_kind.items():
            table = self._postings(kind)
            for tag in asked:
                found = table.get(tag)
                if found is not None:
                    articles |= found[0]
                    matched.update(found[1])
        return articles, matched

    def _postings(self, kind: str) -> dict[str, Posting]:
        """Tag → its posting, for every tag of ``kind`` (built the first time a load asks for the kind, with the
        kinds computed together with it: ``_TOGETHER``)."""
        table = self._kinds.get(kind)
        if table is not None:
            return table
        family = next((f for f in _TOGETHER if kind in f), (kind,))
        tables = {k: self._kinds.setdefault(k, {}) for k in family}
        every: dict[str, Posting] = {}  # one table while walking (a tag names its kind), split by kind after
        for article, claims in self.claims.items():
            for c in claims:
                ident = id(c)
                for tag in groups.kind_tags(c, kind) if len(family) == 1 else groups.tags(c, family):
                    found = every.get(tag)
                    if found is None:
                        found = every[tag] = (set(), [])
                    found[0].add(article)
                    found[1].append(ident)
        for tag, found in every.items():
            tables[tag.split("|", 1)[0]][tag] = found
        return tables[kind]


_TOGETHER = (("p", "m", "sm", "fd", "a", "dd", "dn", "sp", "ps"),)
"""Kinds computed together, in one ``groups.tags`` call a claim, the first time a load asks for any of them: a batch's
loads ask for all of them (its series, episodes, part-whole, propositions, pairs and denials), and each kind alone
walked every claim through ``groups.kind_tags`` again (five walks of 100k claims, 1.5-2 s of a 1,000-article batch at
100k claims; the denials' four kinds in one walk already took 0.35 s instead of 0.9).  Speakers' and subjects' tags
("t"), which only a denial's look-ups ask for, stay apart: two or three a claim."""


def _article(db: ox.Store, node: ox.NamedNode | ox.BlankNode | ox.Triple, graph: ox.NamedNode) -> str | None:
    """A record's article by its own triple (its facts do not name it: ``groups.article_of``)."""
    for q in db.quads_for_pattern(node, _ARTICLE, None, graph):
        if isinstance(q.object, ox.NamedNode):
            return q.object.value
    return None
