"""The claims list (``/claims``): every claim, newest article first and in text order within an article.

Why the articles order: the store keeps no order of all claims, but it keeps the articles newest first
(``kb.derived.timeline``, current after every write).  A page of claims is read by walking that order a few
articles at a time and reading those articles' claims alone, until the page is full; the rows (speaker,
parties, figure, article) are then read for that page's claims only.  So the first pages cost the same at any
store size; a page far down costs what the claims before it cost (their IRIs and starts, never their rows):
nothing kept says how many claims the articles before a position hold (they are passed by counting each
article's claims, about 40 µs a claim here).  So a page of the walked list must start within its first ``DEEPEST``
articles (whatever ``?type=`` keeps of them); the whole JSON or CSV list is streamed (each piece resumes the walk
where the last stopped).  The review queue's order is no help
(it is computed per request, and only its first 100).  ``?actor=`` reads that actor's claims (as its own page
does), ``?article=`` that article's; ``?type=`` narrows either, or the walk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint
from rdflib import URIRef

from kb.derived import timeline
from kb.figures import figure_with_unit
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.vocab import CLAIM_CLASS
from web import core, render
from web.errors import ApiError
from web.render import Data, Listing

bp = Blueprint("claim_list", __name__)

COLUMNS = ("claim", "type", "speaker", "speakerLabel", "parties", "partyLabels", "figure", "min", "max",
           "approximate", "unit", "quote", "article", "articleKey", "title", "published", "when")
"""One row a claim: parties as IRIs and labels joined by " | " (as a claim's own CSV does), the figure in the
pages' words ("at least 84") beside its bounds."""
FIRST_STEP, LAST_STEP = 20, 400
"""How many articles the walk reads at first, and at most, at a time (the step doubles as it goes)."""
DEEPEST = 1_000
"""A page of the walked list (whole or by ``?type=``) must start within this many articles of the order: what the
claims before it cost (counted, about 40 µs a claim on this machine) stays well inside a page's time budget at any
store size (1,000 articles of the bench corpus: about 7,500 claims, a refused page 0.35 s of CPU)."""
STREAM = 500
"""The whole JSON or CSV list is read and sent this many claims at a time (``web.streamed``)."""
Found = tuple[list[dict[str, Any]], int]


@bp.get("/claims")
@bp.get("/claims.<suffix>")
@render.renders()
def index() -> Data:
    """The claims, newest article first; ``?type=``, ``?actor=`` (speaker or party), ``?article=`` narrow them;
    ``?page=``/``?limit=`` page them (JSON and CSV are whole unless paged)."""
    bindings, filters = core.claim_filters()
    paged = render.chosen() == render.HTML or core.paging_requested()
    walk = Walk(bindings, DEEPEST if paged else None) if "article" not in bindings and "actor" not in bindings else None
    read = walk.read if walk is not None else _reader(bindings)
    seen: dict[str, int] = {}

    def rows_of(offset: int, limit: int | None) -> Found:
        """The items' rows are read with them: a streamed piece's rows are made outside the app's context."""
        items, seen["total"] = read(offset, limit)
        return _rows(items), seen["total"]

    def context(shown: Sequence[Any]) -> dict[str, Any]:
        """The pager stops where the walk may not go further (a next page there might be refused)."""
        number, size = core.page_args()
        total = seen.get("total", 0)
        capped = walk is not None and walk.stopped and number * size < total
        page = core.Page(number, size, total, list(shown), number * size < total and not capped)
        return {"filters": filters, "kinds": list(CLAIM_CLASS), "page": page, "capped": capped, "deepest": DEEPEST,
                "outlets": core.untitled_outlets(list(shown))}

    return Data("claims.html", COLUMNS, Listing(rows_of, stream=STREAM), context)


def _reader(bindings: dict[str, Any]) -> Callable[[int, int | None], Found]:
    """How a page of one article's or one actor's claims is read: (claim, article, start) items, few, read whole
    and ordered."""
    def read(offset: int, limit: int | None) -> Found:
        listed = _ordered(_few(bindings))
        return listed[offset:None if limit is None else offset + limit], len(listed)

    return read


def _few(bindings: dict[str, Any]) -> list[dict[str, Any]]:
    """(claim, article, start) of one article's claims, or of one actor's (narrowed by the other filters)."""
    if "article" in bindings:
        return core.run_plain("claims-of-articles", **bindings)
    return core.run_plain("claims-of-actor", **bindings)


def _ordered(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims in the list's order: by their article's place in the articles order (newest first; an article not
    in it yet last), then text order, then IRI."""
    articles = sorted({URIRef(str(c["article"])) for c in found})
    places: dict[str, int] = {}
    if articles:
        for row in core.run_plain("claims-article-entries", article=articles):
            places[str(row["article"])] = int(str(row["entry"]).rsplit("/", 1)[-1])
    return sorted(found, key=lambda c: (-places.get(str(c["article"]), 0), int(c["start"]), str(c["claim"])))


@dataclass
class Walk:
    """The claims read along the articles order, a few articles at a time, from where the last read stopped:
    the whole JSON or CSV list is sent a piece at a time (``Listing.stream``), each piece read by offset, and
    restarting the walk for each piece would read the first articles' claims again for every piece."""

    bindings: dict[str, Any]
    deepest: int | None = None  # a page must start within this many articles (None: the whole list)
    position: int = 0  # articles of the order read so far
    step: int = field(default_factory=lambda: FIRST_STEP)  # read when walking, not when this module loads
    skipped: int = 0  # claims read and passed, before ``held``
    held: list[dict[str, Any]] = field(default_factory=list)

    def read(self, offset: int, limit: int | None) -> Found:
        """Claims at ``offset .. offset+limit`` (to the end when ``limit`` is None) and the list's total."""
        store = core.kb().store
        size = timeline.order_size(store)
        if offset < self.skipped:
            self.position, self.step, self.skipped, self.held = 0, FIRST_STEP, 0, []
        while self.position < size and (limit is None or self.skipped + len(self.held) < offset + limit):
            if self.stopped and self.skipped + len(self.held) <= offset:
                number, size = core.page_args()
                core.check_page(number, size, _total(self.bindings))  # past the last page: a 404 as on every list
                raise ApiError(400, "Too far down", f"a page must start within the newest {self.deepest:,} articles' "
                               "claims (nothing kept counts the claims before a place in the list): narrow it with "
                               "?type=, ?actor= or ?article=, or read the whole list as .json or .csv")
            self._next(store, size, offset)
        start = offset - self.skipped
        page = self.held[start:None if limit is None else start + limit]
        total = self.skipped + len(self.held) if self.position >= size else _total(self.bindings)
        self.skipped, self.held = offset, self.held[start:]  # a later piece starts at or after this one
        return page, total

    @property
    def stopped(self) -> bool:
        """Whether the walk has gone as far down as a page may start."""
        return self.deepest is not None and self.position >= self.deepest

    def _next(self, store: Store, size: int, offset: int) -> None:
        """Read the next articles' claims, in the list's order, after those held; when all of them come before
        ``offset``, only count them (a page far down passes the claims before it by their count)."""
        step = self.step if self.deepest is None or self.stopped else min(self.step, self.deepest - self.position)
        articles, _ = timeline.articles_at(store, size, self.position, step)  # a step ends at the deepest start
        self.position, self.step = self.position + step, min(self.step * 2, LAST_STEP)
        if not articles:
            return
        shown = [URIRef(a) for a in articles]
        if not self.held and self.skipped < offset:
            counts = core.run_plain("claims-article-counts", article=shown, **self.bindings)
            passed = sum(int(r["count"]) for r in counts)
            if self.skipped + passed <= offset:
                self.skipped += passed
                return
        found = core.run_plain("claims-of-articles", article=shown, **self.bindings)
        places = {a: n for n, a in enumerate(articles)}
        found.sort(key=lambda c: (places.get(str(c["article"]), 0), int(c["start"]), str(c["claim"])))
        self.held += found


def _total(bindings: dict[str, Any]) -> int:
    """How many claims the list holds when the walk stopped before its end: every claim has one speaker, so the
    speakers' timeline counts sum to all claims (read per actor, not per claim); of one type, a count."""
    if "type" in bindings:
        return int(core.run_plain("claims-count", type=bindings["type"])[0]["count"])
    return sum(int(r["count"]) for r in plain_rows(core.kb().store, "actor-counts") if r["role"] == "speaker")


def _rows(listed: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The table rows of one page's claims: their fields ("claim-rows") and parties ("claim-parties")."""
    shown = [URIRef(str(c["claim"])) for c in listed]
    if not shown:
        return []
    details = {str(r["claim"]): r for r in core.run("claim-rows", claim=shown).values()}
    parties: dict[str, list[dict[str, Any]]] = {}
    for row in core.run("claim-parties", claim=shown).values():
        if str(row["role"]) == "subject":
            parties.setdefault(str(row["claim"]), []).append(row)
    rows = []
    for claim in (str(c) for c in shown):
        if claim in details:
            rows.append(_row(details[claim], parties.get(claim, [])))
    return rows


def _row(found: dict[str, Any], parties: list[dict[str, Any]]) -> dict[str, Any]:
    """One claim's row: its fields, its parties joined, its figure worded as the pages word it (with its
    unit: "at least 84 killed"), its article's key."""
    figure = figure_with_unit(found.get("min"), found.get("max"), found.get("approximate"), found.get("unit"))
    return {**found, "parties": " | ".join(str(p["actor"]) for p in parties),
            "partyLabels": " | ".join(str(p["label"]) for p in parties),
            "figure": figure,
            "articleKey": core.key_of(found["article"])}
