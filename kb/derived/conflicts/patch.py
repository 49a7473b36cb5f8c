"""Timelines patched for the articles a write changed, as N-Triples lines to delete and
to add (``kb.derived.conflicts.apply`` writes them with the findings, in one update).

The common write adds the newest article: its claims go at the end of their actors' timelines, which count from
that end (``kb.derived.timeline``), so the patch is a few entries and a count.  Anything else (a claim removed or
moved, an article deleted or redated, an older article added) recomputes just the actors involved and writes the
difference.  The articles order is patched alike by ``articles_order``.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef

from kb.derived import timeline
from kb.derived.conflicts.model import ClaimFacts
from kb.sparql.rows import plain_rows, plain_value
from kb.store import Store
from kb.vocab import CKB, TIMELINES_GRAPH

Lines = tuple[list[str], list[str]]
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_TIMELINES = ox.NamedNode(str(TIMELINES_GRAPH))
_DATE, _ARTICLE = ox.NamedNode(str(CKB.date)), ox.NamedNode(str(CKB.article))
_PUBLISHED = ox.NamedNode("https://schema.org/datePublished")


def int_literal(n: int) -> str:
    """An xsd:integer as N-Triples writes it (the lines ``apply`` sends in one update)."""
    return str(ox.Literal(str(n), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))


def _roles(c: ClaimFacts) -> list[tuple[str, str]]:
    return [(c.speaker, "speaker"), *((s, "subject") for s in c.subjects)]


def timelines(store: Store, load: Any, before: list[ClaimFacts], after: list[ClaimFacts]) -> Lines:
    """The timelines of every actor the changed claims name, patched; ``load(tags)`` gives current claims."""
    old: dict[tuple[str, str], set[tuple[str, date | None]]] = defaultdict(set)
    new: dict[tuple[str, str], set[tuple[str, date | None]]] = defaultdict(set)
    for side, claims in ((old, before), (new, after)):
        for c in claims:
            for key in _roles(c):
                side[key].add((c.iri, c.date))
    gone: list[str] = []
    added: list[str] = []
    when = _When(store)
    for actor, role in sorted(old.keys() | new.keys()):
        node = timeline.timeline_iri(actor, role)
        rows = list(plain_rows(store, "timeline-count", timeline=URIRef(node)))
        count = int(rows[0]["count"]) if rows else 0
        fresh = sorted(new[(actor, role)] - old[(actor, role)], key=lambda x: timeline.order_key(x[1], x[0]))
        if not old[(actor, role)] - new[(actor, role)]:
            _insert(store, when, (node, actor, role, count), fresh, (gone, added))
            continue
        items = [c for c in load({f"t|{actor}|{role}"})[0] if (actor, role) in _roles(c)]
        items = sorted({c.iri: c for c in items}.values(), key=lambda c: timeline.order_key(c.date, c.iri))
        _rewrite(store, node, actor, role, count, [c.iri for c in items], gone, added)
    return gone, added


def _insert(store: Store, dates: _When, where: tuple[str, str, str, int], fresh: list[tuple[str, date | None]],
            out: tuple[list[str], list[str]]) -> None:
    """New claims merged into a timeline (``where``: its node, actor, role and count): the entries from the first
    place one of them goes (found by binary search) to the end are rewritten, the others stay.  A new article's claims
    go at or near the end, so that is a few entries, where rewriting a big actor's whole timeline read thousands.
    ``dates`` reads each stored claim's date once for every timeline of a refresh."""
    (node, actor, role, count), (gone, added) = where, out
    if not fresh:
        return
    start = _first_after(store, node, count, timeline.order_key(fresh[0][1], fresh[0][0]))
    if start > count:
        _append(node, actor, role, count, [iri for iri, _ in fresh], gone, added)
        return
    before = _entries(store, node, range(start, count + 1))
    if len(before) != count + 1 - start:  # a hole in the stored timeline: write it whole again
        start, before = 1, _entries(store, node, range(1, count + 1))
    when = dates(list(before.values()))
    items = [(timeline.order_key(when.get(c), c), c) for c in before.values()]
    items += [(timeline.order_key(d, c), c) for c, d in fresh]
    after = {f"{node}/{n}": c for n, (_, c) in enumerate(sorted(items), start=start)}
    gone += _header(node, actor, role, count)
    added += _header(node, actor, role, start - 1 + len(items))
    diff_into(before, after, timeline._CLAIM.value, gone, added)


def _first_after(store: Store, node: str, count: int, key: tuple[bool, str, str]) -> int:
    """The lowest position whose entry sorts after ``key`` (``count + 1``: none does), by binary search; 1 when an
    entry reads nothing (a hole), so that the caller rewrites all."""
    lo, hi = 1, count + 1
    while lo < hi:
        mid = (lo + hi) // 2
        found = _probe(store, node, mid)
        if found is None:
            return 1
        if timeline.order_key(found[1], found[0]) > key:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _probe(store: Store, node: str, position: int) -> tuple[str, Any] | None:
    """The claim at ``position`` of a timeline and its date as ``_dates`` gives it (None: no entry there).  On the
    embedded store by look-ups: a step of the binary search was two queries, 0.5 ms each, most of it making and
    planning the query (1.3 s of a 1,000-article batch at 25k articles, 2.7k queries); the look-ups take a tenth."""
    if not store.capabilities.embedded:
        entry = _entries(store, node, range(position, position + 1))
        if not entry:
            return None
        listed = next(iter(entry.values()))
        return listed, _dates(store, [listed]).get(listed)
    db: ox.Store = store.ox  # type: ignore[attr-defined]
    held = next(db.quads_for_pattern(ox.NamedNode(f"{node}/{position}"), timeline._CLAIM, None, _TIMELINES), None)
    if held is None:
        return None
    said = held.object
    if not isinstance(said, ox.NamedNode):  # what the query's str() of it gives, with no date
        return str(getattr(said, "value", said)), None
    return said.value, _looked_up(db, said, {})


def _looked_up(db: ox.Store, claim: ox.NamedNode, published: dict[str, Any]) -> Any:
    """A claim's date as ``claim-when.rq`` gives it, by look-ups: its own, else its article's publication date
    (``published``: articles' dates already read)."""
    own = [q.object for q in db.quads_for_pattern(claim, _DATE, None, None)]
    if own:
        return plain_value(own[-1])
    for a in db.quads_for_pattern(claim, _ARTICLE, None, None):
        if isinstance(a.object, ox.NamedNode):
            if a.object.value not in published:
                dates = [q.object for q in db.quads_for_pattern(a.object, _PUBLISHED, None, None)]
                published[a.object.value] = plain_value(dates[-1]) if dates else None
            if published[a.object.value] is not None:
                return published[a.object.value]
    return None


def _entries(store: Store, node: str, positions: range) -> dict[str, str]:
    """Entry node → claim IRI at ``positions`` of a timeline.  On the embedded store by look-ups: the query, 2,000
    entries bound, took three times as long (a 1,000-article batch reads 27k entries of 159 timelines)."""
    if store.capabilities.embedded:
        db: ox.Store = store.ox  # type: ignore[attr-defined]
        found: dict[str, str] = {}
        for n in positions:
            entry = f"{node}/{n}"
            held = next(db.quads_for_pattern(ox.NamedNode(entry), timeline._CLAIM, None, _TIMELINES), None)
            if held is not None:
                found[entry] = str(getattr(held.object, "value", held.object))
        return found
    entries = [URIRef(f"{node}/{n}") for n in positions]
    out: dict[str, str] = {}
    for i in range(0, len(entries), 2000):
        out.update({str(r["entry"]): str(r["claim"]) for r in plain_rows(store, "timeline-page",
                                                                         entry=entries[i:i + 2000])})
    return out


class _When:
    """Claims' dates as timelines sort them, each read once in a refresh: a claim stands in two or three timelines
    (its speaker's, its subjects'), whose rewritten tails a batch reads one after the other (27k entries of 159
    timelines, a third as many claims, in a 1,000-article batch).  On the embedded store by look-ups (2.4 times
    faster than ``claim-when.rq``), elsewhere by that query."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.known: dict[str, Any] = {}
        self.published: dict[str, Any] = {}

    def __call__(self, claims: list[str]) -> dict[str, Any]:
        missing = [c for c in dict.fromkeys(claims) if c not in self.known]
        if self.store.capabilities.embedded:
            db: ox.Store = self.store.ox  # type: ignore[attr-defined]
            for c in missing:
                self.known[c] = _looked_up(db, ox.NamedNode(c), self.published)
        else:
            self.known.update(_queried(self.store, missing))
        return {c: self.known[c] for c in claims}


def _dates(store: Store, claims: list[str]) -> dict[str, Any]:
    """Each claim's date as a timeline sorts it: its own, else its article's publication date."""
    return _When(store)(claims)


def _queried(store: Store, claims: list[str]) -> dict[str, Any]:
    """``_dates`` by ``claim-when.rq``, 2,000 claims a query."""
    own: dict[str, Any] = {}
    published: dict[str, Any] = {}
    for i in range(0, len(claims), 2000):
        for row in plain_rows(store, "claim-when", claim=[URIRef(c) for c in claims[i:i + 2000]]):
            if row["date"] is not None:
                own[str(row["claim"])] = row["date"]
            elif row["published"] is not None:
                published[str(row["claim"])] = row["published"]
    return {c: own.get(c, published.get(c)) for c in claims}


def _header(node: str, actor: str, role: str, count: int) -> list[str]:
    n = f"<{node}>"
    return [f"{n} {RDF_TYPE} <{timeline._TIMELINE.value}> .", f"{n} <{timeline._COUNT.value}> {int_literal(count)} .",
            f"{n} <{timeline._ABOUT.value}> <{actor}> .", f"{n} <{timeline._ROLE.value}> {ox.Literal(role)} ."]


def _append(node: str, actor: str, role: str, count: int, claims: list[str], gone: list[str],
            added: list[str]) -> None:
    if not claims:
        return
    if count:
        gone.append(f"<{node}> <{timeline._COUNT.value}> {int_literal(count)} .")
        added.append(f"<{node}> <{timeline._COUNT.value}> {int_literal(count + len(claims))} .")
    else:
        added += _header(node, actor, role, len(claims))
    added += [f"<{node}/{count + i}> <{timeline._CLAIM.value}> <{c}> ." for i, c in enumerate(claims, start=1)]


def _rewrite(store: Store, node: str, actor: str, role: str, count: int, claims: list[str], gone: list[str],
             added: list[str]) -> None:
    """A timeline written again from its full list, as the difference from what is stored."""
    before = _entries(store, node, range(1, count + 1))
    after = {f"{node}/{n}": c for n, c in enumerate(claims, start=1)}
    if count:
        gone += _header(node, actor, role, count)
    if claims:
        added += _header(node, actor, role, len(claims))
    diff_into(before, after, timeline._CLAIM.value, gone, added)


def diff_into(before: dict[str, str], after: dict[str, str], prop: str, gone: list[str], added: list[str]) -> None:
    """The entries of a list (entry -> item) that change, as lines to delete and to add."""
    gone += [f"<{e}> <{prop}> <{c}> ." for e, c in before.items() if after.get(e) != c]
    added += [f"<{e}> <{prop}> <{c}> ." for e, c in after.items() if before.get(e) != c]


__all__ = ["RDF_TYPE", "Lines", "diff_into", "int_literal", "timelines"]
