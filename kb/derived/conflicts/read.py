"""Reading findings back from the conflicts graph, for the CLI and the web app.

Nothing is recomputed here: requests read the precomputed graph (the full comparison is far too
slow to run per request at scale), joined with the article graphs for each claim's details.

A page of conflicts (``list_conflicts(store, limit=50, offset=0)``) never reads the whole graph: each
conflict carries its rank (a sort key, higher is newer: ``ranks.rank_of``), the page's ranks are read from the
chunked list of every conflict (``actor_order``: a few chunks from the newest end), its conflicts by their ranks
in one query, and only their lead claims' cards after:
index lookups only, so a page costs the same at 4,000 claims and at 100,000 (28 ms, bench/results-*.md).
``conflict(store, key)`` reads one conflict with every claim it rests on.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from rdflib import XSD, Literal, URIRef
from rdflib.term import Identifier

from kb import sparql
from kb.actors import normalize_name
from kb.derived.conflicts import actor_order
from kb.derived.conflicts.load import load_actors
from kb.derived.conflicts.vocabulary import CKC, KIND_BY_CLASS, VERDICT_BY_CONCEPT
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.vocab import CLAIM_CLASS, DATA

_TYPE = {str(v): k for k, v in CLAIM_CLASS.items()}
CONFLICTS_ORDER = URIRef(f"{DATA}order/conflicts")
"""Where the refresh records how many conflicts are ranked (``kb.derived.conflicts.findings_order``): counting
their ranks was most of a page of conflicts at 254k conflicts (120 of 176 ms)."""
_CLASS_KIND = {str(CKC.Corroboration): "corroboration", str(CKC.Series): "series", str(CKC.Aggregate): "aggregate"}


@dataclass
class Finding:
    """A node of the conflicts graph: its kind, one-sentence explanation and the claims it rests on."""

    iri: str
    key: str
    kind: str
    explanation: str
    claims: list[dict[str, Any]] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Conflict(Finding):
    """A conflict: kind is numeric, part-whole, mutual-accusation or denial."""


def _val(term: Identifier | Any) -> Any:
    """An rdflib term or a plain value (``plain_rows``) as the JSON-friendly value pages show."""
    if term is None:
        return None
    value = term.toPython() if isinstance(term, Identifier) else term  # type: ignore[attr-defined]
    if isinstance(value, Decimal):
        return float(value)
    return value.isoformat() if hasattr(value, "isoformat") else value


def _findings(store: Store, cls: URIRef, finding: URIRef | list[URIRef] | None = None) -> dict[str, Finding]:
    """Findings of ``cls`` (or just ``finding``, one or a list) with their claims as dicts, in a stable order (by
    kind, then explanation).

    Members and the claims' details are read apart and joined here: as one SPARQL join of every member with
    its claim and article, listing 7,400 conflicts took minutes at 40k claims."""
    found: dict[str, Finding] = {}
    one = {"finding": finding} if finding is not None else {}
    for row in plain_rows(store, "conflict-findings", **{"class": cls}, **one):
        f_iri = str(row["finding"])
        kind = KIND_BY_CLASS.get(str(row["kind"])) or _CLASS_KIND.get(str(row["kind"]), "finding")
        f = found.setdefault(f_iri, Finding(f_iri, str(row["key"]), kind, str(row["explanation"])))
        if row["sources"] is not None:
            f.details["independent_sources"] = _val(row["sources"])
        if row.get("verdict") is not None:
            f.details["verdict"] = VERDICT_BY_CONCEPT.get(str(row["verdict"]))
    members: dict[str, dict[str, None]] = defaultdict(dict)  # ordered sets
    for row in plain_rows(store, "conflict-members", **{"class": cls}, **one):
        members[str(row["finding"])][str(row["claim"])] = None
    cards = claim_cards(store, sorted({c for claims in members.values() for c in claims}))
    for f_iri, f in found.items():
        f.claims = [dict(cards[c]) for c in members[f_iri] if c in cards]
        f.claims.sort(key=_claim_order)
    return dict(sorted(found.items(), key=lambda kv: (kv[1].kind, kv[1].explanation)))


CARD_BATCH = 500
"""Claims per "claim-cards" query: a VALUES block of this many IRIs stays a small request for remote stores."""


def claim_cards(store: Store, iris: list[str]) -> dict[str, dict[str, Any]]:
    """claim IRI → what a card shows of it (see ``_claim``), read in batches of ``CARD_BATCH``."""
    cards: dict[str, dict[str, Any]] = {}
    for i in range(0, len(iris), CARD_BATCH):
        batch = [URIRef(c) for c in iris[i:i + CARD_BATCH]]
        _fold_cards(plain_rows(store, "claim-cards", claim=batch), cards)
    return cards


def _fold_cards(rows: Iterable[dict[str, Any]], cards: dict[str, dict[str, Any]]) -> None:
    """Rows of "claim-cards" (each a UNION branch: some columns of one claim) → one card per claim, the
    first value of each column kept, parties joined as 'A; B'."""
    merged: dict[str, dict[str, Any]] = {}
    subjects: dict[str, dict[str, str]] = defaultdict(dict)
    vias: dict[str, dict[str, str]] = defaultdict(dict)
    for row in rows:
        c_iri = str(row["claim"])
        values = merged.setdefault(c_iri, {})
        for name, value in row.items():
            if value is not None and name not in values:
                values[name] = value
        if row["subject"] is not None:
            subjects[c_iri][str(row["subject"])] = str(row["subjectLabel"] or row["subject"])
        if row.get("via") is not None:
            vias[c_iri][str(row["via"])] = str(row.get("viaLabel") or row["via"])
    for c_iri, values in merged.items():
        if c_iri not in cards:
            card = _claim(values)
            if card is None:
                continue
            cards[c_iri] = card
        if c_iri in subjects:
            cards[c_iri]["subject"] = "; ".join(sorted(subjects[c_iri].values()))
        if c_iri in vias:
            cards[c_iri]["via"] = sorted(vias[c_iri].values())


def _claim_order(c: dict[str, Any]) -> tuple[str, str, str]:
    return (c["date"] or c["published"] or "", c["speaker"], c["claim"])


def _claim(row: dict[str, Any]) -> dict[str, Any] | None:
    """A card from a claim's merged columns (absent ones missing or None); None without a kind, speaker,
    quote or keyed article (what "claim-cards" once required in one join)."""
    if any(row.get(name) is None for name in ("type", "speaker", "quote", "article", "articleKey")):
        return None
    return {
        "claim": str(row["claim"]),
        "type": _TYPE.get(str(row["type"]), "claim"),
        "speaker": str(row.get("speakerLabel") or row["speaker"]),
        "speaker_iri": str(row["speaker"]),
        "quote": str(row["quote"]),
        "article": str(row["articleKey"]),
        "article_iri": str(row["article"]),
        "published": _val(row.get("published")),
        "date": _val(row.get("date")),
        "quantity_min": _val(row.get("min")),
        "quantity_max": _val(row.get("max")),
        "approximate": bool(_val(row.get("approx"))),
        "unit": _val(row.get("unit")),
        "subject": None,
        "scope": _val(row.get("scope")),
        "period_start": _val(row.get("periodStart")),
        "period_end": _val(row.get("periodEnd")),
        "place": _val(row.get("place")),
        "outlet": _val(row.get("outletLabel") or row.get("outlet")),
        "via": [],
    }


def _involved(store: Store, findings: list[str] | None = None) -> dict[str, set[str]]:
    """finding → IRIs of the actors it involves (of ``findings``, else of every finding)."""
    out: dict[str, set[str]] = defaultdict(set)
    only = {"finding": [URIRef(f) for f in findings]} if findings is not None else {}
    for row in plain_rows(store, "conflict-involved", **only):
        out[str(row["finding"])].add(str(row["actor"]))
    return out


def _with_actors(store: Store, found: dict[str, Finding], actor: str | None) -> list[Finding]:
    """Attach involved actors' keys; keep the findings that involve the state ``actor`` names or speaks
    for ('Yerevan' finds what involves Armenia: findings store normalised actors, as the rules compare states)."""
    involved = _involved(store, list(found) if len(found) <= CARD_BATCH else None)
    wanted: set[str] = set()
    if actor:
        actors = load_actors(store)
        named = {iri for iri in actors.labels if actors.matches(iri, actor)}
        wanted = named | {actors.root(iri) for iri in named}
    out = []
    for iri, f in found.items():
        mine = involved.get(iri, set())
        f.actors = sorted(a.rsplit("/", 1)[-1] for a in mine)
        if not actor or mine & wanted:
            out.append(f)
    return out


def involving(store: Store, findings: list[Finding], actor: str) -> list[Finding]:
    """Those of ``findings`` (series, aggregates, corroborations...) that involve the state ``actor`` names or speaks
    for, in their order: what ``?actor=`` keeps of a findings page (it was ignored there: tryout 20)."""
    return _with_actors(store, {f.iri: f for f in findings}, actor)


class ConflictPage(list[Conflict]):
    """A list of conflicts that also knows the total it was taken from (``total`` ≥ ``len``), and where."""

    def __init__(self, items: list[Conflict], total: int, limit: int | None = None, offset: int = 0) -> None:
        super().__init__(items)
        self.total, self.limit, self.offset = total, limit, offset


RanksMemo = dict[str | None, tuple[list[int] | None, int]]
"""Ranks read by ``_ranks`` for a page (by actor, None: all), kept by a caller for the next pages of the same store."""


def list_conflicts(store: Store, actor: str | None = None, limit: int | None = None,
                   offset: int = 0, every_claim: bool = False, memo: RanksMemo | None = None) -> ConflictPage:
    """Conflicts involving ``actor`` (any label, alias or key of a speaker or party), or all.

    Without ``limit``: every conflict, ordered by kind then explanation (as always; reads the whole graph).
    With ``limit``: at most ``limit`` conflicts from ``offset`` on, newest first (by their latest claim's
    date), read by rank; ``.total`` on the result says how many there are in all; ``every_claim``: each with every
    claim it rests on, not only its lead claims (a whole list streamed a page at a time).  ``memo``: where the
    ranks are read whole (an actor whose order an older writer kept, a name matching several actors, ranks with
    holes), they are read once into it and later pages of the same memo take them from there: a whole list streamed
    20 conflicts a piece read every one of Armenia's 29k ranks for each of its 1,450 pieces."""
    if limit is None:
        found = _findings(store, CKC.Conflict)
        items = [Conflict(**vars(f)) for f in _with_actors(store, found, actor)]
        return ConflictPage(items, len(items), None, 0)
    limit, offset = max(0, int(limit)), max(0, int(offset))
    placed = _placed(store, actor, offset, limit) if actor else actor_order.ranks(store, [actor_order.EVERY], offset,
                                                                                  limit)
    if placed is not None:
        return ConflictPage(_every_claim(store, _page(store, placed[0]), every_claim), placed[1], limit, offset)
    ranked = memo.get(actor) if memo is not None else None
    if ranked is None:
        ranked = _ranks(store, actor)
        if memo is not None and ranked[0] is not None:  # read whole: worth keeping (a count is one look-up)
            memo[actor] = ranked
    ranks, total = ranked
    if total == 0 and (not actor or _ranks(store, None)[1] == 0):
        # nothing ranked: no conflicts (reading them all is then instant), or a graph written before ranks
        everything = list_conflicts(store, actor)
        return ConflictPage(everything[offset:offset + limit], len(everything), limit, offset)
    # ranks count from the oldest conflict (a new newest one moves no other): the newest first is the highest
    newest = range(total - offset, max(total - offset - limit, 0), -1)
    page = ranks[offset:offset + limit] if ranks is not None else newest
    return ConflictPage(_every_claim(store, _page(store, list(page)), every_claim), total, limit, offset)


def _every_claim(store: Store, page: list[Conflict], wanted: bool) -> list[Conflict]:
    """The page's conflicts with every claim they rest on (``wanted``), as ``conflict`` reads one; else as read."""
    if not wanted or not page:
        return page
    from kb.derived.conflicts import cards  # here: that module builds its cards with this one's

    members: dict[str, dict[str, None]] = defaultdict(dict)  # ordered sets
    for row in plain_rows(store, "conflict-members", **{"class": CKC.Conflict}, finding=[URIRef(c.iri) for c in page]):
        members[str(row["finding"])][str(row["claim"])] = None
    found = cards.of(store, sorted({c for claims in members.values() for c in claims}))
    for c in page:
        c.claims = sorted((dict(found[x]) for x in members[c.iri] if x in found), key=_claim_order)
    return page


def conflict(store: Store, key: str) -> Conflict | None:
    """One conflict by its key, with every claim it rests on (a page of conflicts shows only lead claims)."""
    found = _findings(store, CKC.Conflict, URIRef(f"{DATA}conflict/{key}"))
    return next((Conflict(**vars(f)) for f in _with_actors(store, found, None)), None)


def _ranks(store: Store, actor: str | None) -> tuple[list[int] | None, int]:
    """The ranks of ``actor``'s conflicts, newest first (None: every rank), and how many conflicts that is."""
    if not actor:
        recorded = _recorded_total(store)
        if recorded is not None:
            return None, recorded
        rows = sparql.run(store, "conflict-count").rows
        total = int(_val(rows[0]["total"])) if rows else 0
        return _with_holes(store, total), total
    ranks: set[int] = set()
    for iri in sorted(actors_named(store, actor)):
        ranks |= {int(row["rank"]) for row in plain_rows(store, "conflict-ranks", actor=URIRef(iri))}
    return sorted(ranks, reverse=True), len(ranks)


def _with_holes(store: Store, total: int) -> list[int] | None:
    """Every rank, newest first, when the ranks have holes (the top rank above how many are ranked); None when they
    run 1..``total`` and a page's ranks follow from its place.  Holes were left by one-article refreshes before
    ``ranks._looked_up`` (pyoxigraph's look-up bug: every other rank above 251,393 on the 25k-article bench store):
    there the recorded count fails its check, and counting down from the total showed older conflicts, some of
    them holes, instead of the newest."""
    rows = list(plain_rows(store, "conflict-max-rank"))
    top = int(rows[0]["max"]) if rows and rows[0]["max"] is not None else 0
    if top <= total:
        return None
    return sorted((int(r["rank"]) for r in plain_rows(store, "conflict-all-ranks")), reverse=True)


def actors_named(store: Store, actor: str) -> set[str]:
    """The actors ``actor`` names (a label, alias or key, case and accents folded, as ``Actors.matches``) and the
    states they speak for (``Actors.root``).  Read from the actors' names alone ("Names of actors", each folded once
    per process) and the named actors' ``represents`` chains, not the whole actor table (``load_actors``: each label
    crossed with each alias, 1.5k rows, 33 ms of CPU at 25k articles, a third of ``/conflicts?actor=Armenia``)."""
    named = actors_called(store, actor)
    return named | set(_roots(store, named).values())


def actors_called(store: Store, name: str) -> set[str]:
    """The actors whose label, alias or key is ``name`` (case and accents folded), without the states they speak
    for: what a filter typed by a person names (``web.core.actor_iris``)."""
    folded = normalize_name(name)
    return {str(r["actor"]) for r in plain_rows(store, "actor-names")
            if folded in (_folded(str(r["name"])), _folded(str(r["actor"]).rsplit("/", 1)[-1]))}


def actors_like(store: Store, name: str, limit: int = 5) -> list[str]:
    """Names of actors that hold ``name`` as a whole word ("Bogomaz" in "Alexander Bogomaz"), shortest first: what
    an unknown ``--actor`` or ``?actor=`` is answered with, since a surname alone names no actor exactly (trial 34:
    ``/actors?q=bogomaz`` found the governor, ``kb conflicts --actor Bogomaz`` only said no actor had that name)."""
    words = set(_folded(name).split())
    if not words:
        return []
    found = {str(r["name"]) for r in plain_rows(store, "actor-names") if words <= set(_folded(str(r["name"])).split())}
    return sorted(found, key=lambda n: (len(n), n))[:limit]


_folded = functools.lru_cache(maxsize=8192)(normalize_name)


def _roots(store: Store, actors: set[str]) -> dict[str, str]:
    """Each of ``actors`` with the body it ultimately speaks for (itself when it represents no one): its
    ``represents`` chain followed a step at a time for all at once."""
    roots = {a: a for a in actors}
    seen = {a: {a} for a in actors}
    while actors:
        up = {str(r["actor"]): str(r["represents"])
              for r in plain_rows(store, "actor-represents", actor=[URIRef(a) for a in sorted(actors)])}
        moved = set()
        for start, at in roots.items():
            if at in up and up[at] not in seen[start]:
                roots[start] = up[at]
                seen[start].add(up[at])
                moved.add(up[at])
        actors = moved
    return roots


def _placed(store: Store, actor: str, offset: int, limit: int) -> tuple[list[int], int] | None:
    """A page of ``actor``'s conflicts read by position from its order (``actor_order``, kept by the refresh):
    their ranks, newest first, and how many there are; None when the order cannot say (the caller reads every
    rank)."""
    return actor_order.ranks(store, actors_named(store, actor), offset, limit)


def _recorded_total(store: Store) -> int | None:
    """How many conflicts the last refresh ranked, as it recorded, when its record says the ranks run 1..count: the
    top rank it recorded (``findings_order.TOP``) equals the count, and no refresh stopped before writing its record
    since (the orders' pending flag); one look-up besides checks the top is taken and the next place free.  None
    otherwise (no record, an older one without the top, holes, a refresh cut short): the caller counts.  Exact where
    a look at the places above the count was not (ranks {2, 3, 68} with a count of 3 passed a check of 64 places)."""
    recorded = list(plain_rows(store, "conflicts-order-record", list=CONFLICTS_ORDER))
    if not recorded or recorded[0]["top"] is None or recorded[0]["pending"] is not None:
        return None
    total, top = int(recorded[0]["count"]), int(recorded[0]["top"])
    if top != total:
        return None
    wanted = [Literal(n, datatype=XSD.integer) for n in range(max(total, 1), total + 2)]
    taken = {int(r["rank"]) for r in plain_rows(store, "conflict-at-rank", rank=wanted)}
    return total if taken == ({total} if total else set()) else None


def _page(store: Store, ranks: list[int]) -> list[Conflict]:
    """The conflicts at ``ranks`` (in that order) with their lead claims, in one query; ``details["claims"]``
    says how many claims each rests on in all (``conflict()`` reads them)."""
    if not ranks:
        return []
    by_rank: dict[int, dict[str, Conflict]] = defaultdict(dict)  # a rank two conflicts share: both, by IRI
    leads: dict[str, list[str]] = defaultdict(list)
    rows = list(plain_rows(store, "conflict-page", rank=[Literal(r, datatype=XSD.integer) for r in set(ranks)]))
    for row in rows:
        f_iri = str(row["finding"])
        if f_iri not in by_rank[int(row["rank"])]:
            kind = KIND_BY_CLASS.get(str(row["kind"]), "finding")
            c = Conflict(f_iri, str(row["key"]), kind, str(row["explanation"]))
            c.details["claims"] = _val(row["count"])
            if row.get("verdict") is not None:
                c.details["verdict"] = VERDICT_BY_CONCEPT.get(str(row["verdict"]))
            by_rank[int(row["rank"])][f_iri] = c
        if str(row["claim"]) not in leads[f_iri]:
            leads[f_iri].append(str(row["claim"]))
    cards = claim_cards(store, sorted({x for claims in leads.values() for x in claims}))
    involved = _involved(store, [c.iri for held in by_rank.values() for c in held.values()])
    out = []
    for rank in dict.fromkeys(ranks):
        for _, found in sorted(by_rank.get(rank, {}).items()):
            found.claims = sorted((cards[x] for x in leads[found.iri]), key=_claim_order)
            found.actors = sorted(a.rsplit("/", 1)[-1] for a in involved.get(found.iri, set()))
            out.append(found)
    return out
