"""Each findings family's list order (aggregates, series, corroborations), kept as derived data so that a page of
them is read by position, as a page of conflicts, of articles or of an actor's claims is.

Why: the order of a family's list is its findings' explanations (then IRI), and finding it meant reading every
finding's head on every request (1,120 series at 10k articles: 30–100 ms, growing with the store).  Here the
refresh that writes the findings (``kb.derived.conflicts.refresh.refresh``, whole or incremental) also writes,
into ``ORDER_GRAPH``, one ``schema:ItemList`` per family (``<id/order/series>``: its ``schema:numberOfItems`` and
``schema:about`` the findings' class) and one entry node per place (``<id/order/series/n>``, counted from 1 = first
listed: ``schema:position`` n, ``schema:item`` → the finding).  A page computes its entries' IRIs and looks them up
with the findings' heads ("A page of a findings order"): the same cost at any store size.

The order is a function of the findings alone (the same whatever refresh wrote them), and only what differs from
the stored order is written: a new finding listed early rewrites the ``schema:item`` of the entries after it (one
triple each), nothing else.  A store whose findings were written before this order existed has no list: the pages
then read every head, as before (``page`` answers None), until the next refresh writes it.

An incremental refresh on the embedded store plans its difference before it writes the findings (``plan``: the stored
list with the findings it rewrote or removed replaced) and writes it with them (``apply._write``); ``sync``, which
reads every finding of the families touched, is left for a whole recompute, a remote store, a store with no list yet
and a refresh that finds its orders pending.

The same graph records how many conflicts are ranked (``read.CONFLICTS_ORDER``'s ``schema:numberOfItems``, from the
refresh's own totals).  Rules 17 recorded the top rank beside it (``TOP``), for pages that counted down from it; ranks
are now sort keys (``ranks.rank_of``) and those pages read their places from ``actor_order``'s list of every conflict.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyoxigraph as ox
from rdflib import URIRef

from kb.derived.conflicts.pages import CLASSES, heads
from kb.derived.conflicts.read import CONFLICTS_ORDER, Finding, _val
from kb.derived.conflicts.write import Finding as Written
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.store.oxigraph import data_update
from kb.vocab import CKB, CONFLICTS_GRAPH, DATA

ORDER_GRAPH = "https://w3id.org/claimkb/graph/findings-order"
ORDER = f"{DATA}order/"
"""An order's IRI is ``ORDER + family``; its entries are that IRI with ``/<position>``."""
_SCHEMA = "https://schema.org/"
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_LIST, _COUNT, _ABOUT = (ox.NamedNode(_SCHEMA + n) for n in ("ItemList", "numberOfItems", "about"))
_POSITION, _ITEM = ox.NamedNode(_SCHEMA + "position"), ox.NamedNode(_SCHEMA + "item")
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_FINDINGS = ox.NamedNode(str(CONFLICTS_GRAPH))
_EXPLANATION = ox.NamedNode(str(CKB.explanation))
TOP = ox.NamedNode("https://w3id.org/claimkb/ns/derived#topRank")
"""The top rank the refresh found, recorded beside how many conflicts it ranked."""


def list_iri(family: str) -> str:
    return ORDER + family


def entry_iri(family: str, position: int) -> str:
    return f"{ORDER}{family}/{position}"


def size(store: Store, family: str) -> int | None:
    """How many findings the family's order lists; None when no order was written."""
    rows = list(plain_rows(store, "finding-order-size", list=URIRef(list_iri(family))))
    return int(rows[0]["count"]) if rows else None


def page(store: Store, family: str, offset: int, limit: int | None) -> tuple[list[Finding], int] | None:
    """The heads (key, explanation, independent sources) of the findings listed at ``offset+1 .. offset+limit``
    (``limit`` None: to the end) and how many there are in all, read by position; None when the store has no
    order for the family (the caller reads every head instead)."""
    total = size(store, family)
    if total is None:
        return None
    end = total if limit is None else min(total, offset + limit)
    wanted = [URIRef(entry_iri(family, n)) for n in range(offset + 1, end + 1)]
    if not wanted:
        return [], total
    found: dict[str, Finding] = {}
    for row in plain_rows(store, "finding-order-page", entry=wanted):
        f = found.setdefault(str(row["entry"]), Finding(str(row["finding"]), str(row["key"]), family,
                                                        str(row["explanation"])))
        if row["sources"] is not None:
            f.details["independent_sources"] = _val(row["sources"])
    return [found[str(e)] for e in wanted if str(e) in found], total


def sync(store: Store, conflicts: int | None = None, families: frozenset[str] | None = None) -> int:
    """Bring every family's order up to date with the findings stored; how many triples it changed.

    Reads every finding's head once (what each page read before) and the stored entries, and writes the difference
    in one update (one transaction on Oxigraph: a reader sees the old order or the new one).  ``conflicts``: how
    many conflicts the refresh ranked, recorded as the size of ``CONFLICTS_ORDER`` (a page of conflicts reads it
    instead of counting every rank).  ``families``: only those can have changed (an incremental refresh knows which
    findings it rewrote): the others' heads are not read (every head was 0.5-0.9 s of each write at 25k articles)."""
    wanted = [f for f in CLASSES if families is None or f in families]
    counts = {str(r["list"]): int(r["count"]) for r in plain_rows(store, "finding-order-sizes")}
    stored = _stored_entries(store) if wanted else {}
    gone: list[str] = []
    added: list[str] = []
    wiped: list[str] = []  # entries past a list's new end, removed by pattern
    if conflicts is not None:
        _record(store, conflicts, counts.get(str(CONFLICTS_ORDER)), added, wiped)
    for family in wanted:
        listed = _listed(store, family)
        _differ(family, listed, stored, counts.get(list_iri(family)), (gone, added, wiped))
    if not (gone or added or wiped):
        return 0
    store.update(data_update(ORDER_GRAPH, gone, added, wiped))
    return len(gone) + len(added) + len(wiped)


Lines = tuple[list[str], list[str], list[str]]
"""What an update removes, adds and wipes by pattern."""


def plan(store: Store, said: dict[str, dict[str, str | None]], conflicts: int) -> Lines | None:
    """``sync``'s difference for an incremental refresh on the embedded store, read before it writes the findings, so
    that it can be written with them (``apply._write``); None: it cannot be (a family has no stored order, or one
    that lists an entry no longer there): ``sync`` then reads it after the write, as before.

    ``said``: family → every finding of it the refresh rewrote or removed → its explanation as written (None:
    removed); ``conflicts``: how many conflicts it ranks.  Why: each family's new list is its stored list with those
    findings replaced, so what is read is where those findings stood, the explanations of a few of those the write
    leaves as they are (to place each rewritten one: ``_Stored.place``) and the entries that move; read after the
    write (``sync``: every finding of the class and its explanation), the same look-ups went through the write's
    fresh bulk load (433k quads after a 1,000-article batch at 25k articles) and cost several times more, as the
    other orders' did (``docs/scaling.md``).  Every stored entry was read here before (one scan of the order graph,
    7.4k entries on the newsroom's 13.4k-article store: 55-60 ms of each one-article write); now only those looked
    up, so a rewritten finding that keeps its place costs a few dozen look-ups.  The price: a stored order already
    wrong elsewhere (an entry listing a finding twice, which no write makes; a crash between the findings' write and
    the order's is caught by ``state-orders-pending``) is no longer refused by each write, only where the write
    looks; ``kb conflicts --refresh`` (``sync`` over every entry) rewrites it whole (review33)."""
    db: ox.Store = store.ox  # type: ignore[attr-defined]
    counts = {str(r["list"]): int(r["count"]) for r in plain_rows(store, "finding-order-sizes")}
    lines: Lines = ([], [], [])
    _record(store, conflicts, counts.get(str(CONFLICTS_ORDER)), lines[1], lines[2])
    entries = sum(n for name, n in counts.items() if name != str(CONFLICTS_ORDER))  # in the graph, every family's
    scanned: list[dict[str, str]] = []  # one scan of the order graph at most, shared by the families

    def scan() -> dict[str, str]:
        if not scanned:
            scanned.append(_stored_entries_of(db))
        return scanned[0]

    for family, changes in sorted(said.items()):
        was = counts.get(list_iri(family))
        if was is None:
            return None
        stored = _Stored(db, family, was, entries, scan)
        if scanned or len(changes) * (was.bit_length() + 2) > entries:
            stored.scan()  # a batch's thousands of findings: their look-ups would cost more than one scan
        removed = stored.positions(changes)
        if removed is None:
            return None
        new = sorted((text, iri) for iri, text in changes.items() if text is not None)
        merged = stored.merged(removed, new)
        if merged is None or not stored.differ(merged, lines):
            return None
    return lines


class _Stored:
    """A family's stored order read by look-up, each entry at most once: the finding at a position, a finding's
    explanation, where the findings a refresh rewrote stood."""

    def __init__(self, db: ox.Store, family: str, was: int, entries: int,
                 scanned: Callable[[], dict[str, str]]) -> None:
        self.db, self.family, self.was, self.entries, self._scanned = db, family, was, entries, scanned
        self.prefix = entry_iri(family, 0)[:-1]
        self._items: dict[int, str | None] = {}
        self._said: dict[str, tuple[str, str] | None] = {}
        self._where: dict[str, list[str]] | None = None
        """Once scanned: finding → the entries listing it."""

    def item(self, position: int) -> str | None:
        """The finding listed at ``position`` (None: no entry there)."""
        if position not in self._items:
            found = [q.object.value for q in self.db.quads_for_pattern(
                ox.NamedNode(entry_iri(self.family, position)), _ITEM, None, ox.NamedNode(ORDER_GRAPH))
                if isinstance(q.object, ox.NamedNode)]
            self._items[position] = found[0] if len(found) == 1 else None
        return self._items[position]

    def scan(self) -> None:
        """Every stored entry of the family, by one scan of the order graph (``_stored_entries``)."""
        if self._where is not None:
            return
        self._where = {}
        for entry, iri in self._scanned().items():
            if entry.startswith(self.prefix) and entry[len(self.prefix):].isdigit():
                position = int(entry[len(self.prefix):])
                self._items.setdefault(position, iri)
                self._where.setdefault(iri, []).append(entry)

    def positions(self, changes: dict[str, str | None]) -> list[int] | None:
        """Where the findings ``changes`` stand in the stored list, sorted (a new one stands nowhere); None when one
        stands twice or past the list's end (the order was written otherwise)."""
        out: list[int] = []
        for iri in changes:
            at = self._where.get(iri, []) if self._where is not None else self._entries_of(iri)
            if len(at) > 1:
                return None
            for entry in at:
                number = entry[len(self.prefix):]
                position = int(number) if number.isdigit() else 0
                if not 1 <= position <= self.was:
                    return None
                self._items[position] = iri
                out.append(position)
        return sorted(out)

    def _entries_of(self, iri: str) -> list[str]:
        node = ox.NamedNode(iri)
        return [q.subject.value for q in self.db.quads_for_pattern(None, _ITEM, node, ox.NamedNode(ORDER_GRAPH))
                if q.object == node and isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(self.prefix)]

    def said(self, position: int) -> tuple[str, str] | None:
        """(explanation, IRI) of the finding at ``position``: its sort key (None: no entry, or no finding)."""
        iri = self.item(position)
        if iri is None:
            return None
        if iri not in self._said:
            found = next(self.db.quads_for_pattern(ox.NamedNode(iri), _EXPLANATION, None, _FINDINGS), None)
            said = None if found is None else found.object
            self._said[iri] = (said.value, iri) if isinstance(said, ox.Literal) else None
        return self._said[iri]

    def merged(self, removed: list[int], new: list[tuple[str, str]]) -> list[int | str] | None:
        """The new list as the stored positions kept (ints: the findings the write leaves, still in order) with the
        rewritten findings (``new``: explanation and IRI, sorted) placed among them by binary search; None when a
        finding it looks at is no longer stored."""
        gone = set(removed)
        kept = [p for p in range(1, self.was + 1) if p not in gone]
        out: list[int | str] = []
        start = 0
        for item in new:
            lo, hi = start, len(kept)
            while lo < hi:
                mid = (lo + hi) // 2
                here = self.said(kept[mid])
                if here is None:
                    return None
                lo, hi = (mid + 1, hi) if here < item else (lo, mid)
            out += kept[start:lo]
            out.append(item[1])
            start = lo
        return out + kept[start:]

    def differ(self, merged: list[int | str], lines: Lines) -> bool:
        """The lines that make the stored order list ``merged`` (``_differ``'s, reading only the entries that move);
        False when an entry it needs is missing."""
        gone, added, wiped = lines
        node = ox.NamedNode(list_iri(self.family))
        moving = sum(1 for position, source in enumerate(merged[:self.was], start=1)
                     if source != position and self._items.get(position, position) != source)  # rewritten in place
        if 3 * moving > self.entries:
            self.scan()  # a third of every entry moves: one scan reads them all for less than a look-up each
        if self.was != len(merged):
            wiped.append(f"{node} {_COUNT} ?n")
            added.append(f"{node} {_COUNT} {_integer(len(merged))} .")
        for position, source in enumerate(merged, start=1):
            if source == position:  # a kept finding where it stood
                continue
            iri = self.item(source) if isinstance(source, int) else source
            before = self.item(position) if position <= self.was else None
            if iri is None or (before is None and position <= self.was):
                return False
            if before == iri:
                continue
            entry = ox.NamedNode(entry_iri(self.family, position))
            if before is not None:
                gone.append(f"{entry} {_ITEM} {ox.NamedNode(before)} .")
            if position > self.was:
                added.append(f"{entry} {_POSITION} {_integer(position)} .")
            added.append(f"{entry} {_ITEM} {ox.NamedNode(iri)} .")
        for position in range(len(merged) + 1, self.was + 1):
            wiped.append(f"{ox.NamedNode(entry_iri(self.family, position))} ?p ?o")
        return True


_FAMILY = {"aggregate": "aggregates", "series": "series", "corroboration": "corroborations"}


def family_of(iri: str) -> str | None:
    """The family whose order lists the finding ``iri`` (its path names its kind: ``graph._node``); None: a
    conflict."""
    return _FAMILY.get(iri.rsplit("/", 2)[-2])


def explanation(f: Written) -> str | None:
    """A finding's explanation as a refresh writes it (the one its list is ordered by: ``_listed`` reads it back)."""
    return next((o.value for s, p, o in f.triples if p == _EXPLANATION and s.value == f.iri), None)


def _differ(family: str, listed: Sequence[str], stored: dict[str, str], was: int | None, lines: Lines) -> None:
    """The lines that make the family's stored order (``was`` entries; None: no list) list ``listed``."""
    gone, added, wiped = lines
    node = ox.NamedNode(list_iri(family))
    if was != len(listed):
        if was is not None:
            wiped.append(f"{node} {_COUNT} ?n")
        else:
            added += [f"{node} {_TYPE} {_LIST} .", f"{node} {_ABOUT} {ox.NamedNode(str(CLASSES[family]))} ."]
        added.append(f"{node} {_COUNT} {_integer(len(listed))} .")
    _entries(family, listed, stored, was or 0, gone, added, wiped)


def _stored_entries(store: Store) -> dict[str, str]:
    """Every stored entry → the finding it lists: by one scan on the embedded store (the query's rows, converted to
    rdflib terms, were a quarter of this sync's CPU after a 1,000-article batch at 25k articles)."""
    if not store.capabilities.embedded:
        return {str(r["entry"]): str(r["finding"]) for r in plain_rows(store, "finding-order-entries")}
    return _stored_entries_of(store.ox)  # type: ignore[attr-defined]


def _stored_entries_of(db: ox.Store) -> dict[str, str]:
    return {q.subject.value: q.object.value for q in db.quads_for_pattern(None, _ITEM, None, ox.NamedNode(ORDER_GRAPH))
            if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode)}


def _listed(store: Store, family: str) -> list[str]:
    """The family's findings in list order (explanation, then IRI).  On the embedded store by look-up: each finding of
    the class, then its explanation (half the heads query's CPU, whose keys and sources a page needs and this does
    not: 0.25-0.30 → 0.12 s for 4,930 corroborations at 25k articles, 0.07 → 0.04 s for 1,271 series, warm)."""
    if not store.capabilities.embedded:
        return [f.iri for f in heads(store, family)]
    db: ox.Store = store.ox  # type: ignore[attr-defined]
    keyed = []
    for q in db.quads_for_pattern(None, _TYPE, ox.NamedNode(str(CLASSES[family])), _FINDINGS):
        node = q.subject
        said = next(db.quads_for_pattern(node, _EXPLANATION, None, _FINDINGS), None)
        if isinstance(node, ox.NamedNode) and said is not None and isinstance(said.object, ox.Literal):
            keyed.append((said.object.value, node.value))  # its key is written with its explanation (``graph._node``)
    return [iri for _, iri in sorted(keyed)]


def _record(store: Store, conflicts: int, was: int | None, added: list[str], wiped: list[str]) -> None:
    """How many conflicts are ranked.  The top rank (``TOP``) is no longer recorded beside it: ranks are sort keys
    (``ranks.rank_of``), never places 1..count, and a page of conflicts reads its places from the list of every
    conflict (``actor_order``); a store whose ranks are still places reads the top rank itself (``read``)."""
    node = ox.NamedNode(str(CONFLICTS_ORDER))
    stored = list(plain_rows(store, "conflicts-order-record", list=URIRef(node.value)))
    if was == conflicts and not (stored and stored[0]["top"] is not None):  # a top rules 17 recorded: wiped
        return
    if was is not None:
        wiped += [f"{node} {_COUNT} ?n", f"{node} {TOP} ?n"]
    else:
        added.append(f"{node} {_TYPE} {_LIST} .")
    added.append(f"{node} {_COUNT} {_integer(conflicts)} .")


def _entries(family: str, listed: Sequence[str], stored: dict[str, str], was: int,
             gone: list[str], added: list[str], wiped: list[str]) -> None:
    """The entry triples that differ between the stored order (``was`` entries) and ``listed``."""
    for position, iri in enumerate(listed, start=1):
        entry = ox.NamedNode(entry_iri(family, position))
        before = stored.get(entry.value)
        if before == iri:
            continue
        if before is not None:
            gone.append(f"{entry} {_ITEM} {ox.NamedNode(before)} .")
        if position > was:
            added.append(f"{entry} {_POSITION} {_integer(position)} .")
        added.append(f"{entry} {_ITEM} {ox.NamedNode(iri)} .")
    for position in range(len(listed) + 1, was + 1):
        wiped.append(f"{ox.NamedNode(entry_iri(family, position))} ?p ?o")


def _integer(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=_INTEGER)


__all__ = ["ORDER_GRAPH", "Lines", "entry_iri", "explanation", "family_of", "list_iri", "page", "plan", "size", "sync"]
