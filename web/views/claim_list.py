"""The claims list (``/claims``): every claim, newest article first and in text order within an article.

Why the articles order: the store keeps no order of all claims, but it keeps the articles newest first
(``kb.derived.timeline``, current after every write).  A page of claims is read by walking that order a few
articles at a time and reading those articles' claims alone, until the page is full; the rows (speaker,
parties, figure, article) are then read for that page's claims only.  So the first pages cost the same at any
store size; a page far down costs what the claims before it cost (their IRIs and starts, never their rows):
nothing kept says how many claims the articles before a position hold.  The review queue's order is no help
(it is computed per request, and only its first 100).  ``?actor=`` reads that actor's claims (as its own page
does), ``?article=`` that article's; ``?type=`` narrows either, or the walk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Blueprint, request
from rdflib import URIRef

from kb.derived import timeline
from kb.figures import figure_text
from kb.sparql.rows import plain_rows
from kb.vocab import CLAIM_CLASS, DATA
from web import core, render
from web.errors import ApiError
from web.render import Data, Listing
from web.views.review import _one_actor as one_actor

bp = Blueprint("claim_list", __name__)

COLUMNS = ("claim", "type", "speaker", "speakerLabel", "parties", "partyLabels", "figure", "min", "max",
           "approximate", "unit", "quote", "article", "articleKey", "title", "published", "when")
"""One row a claim: parties as IRIs and labels joined by " | " (as a claim's own CSV does), the figure in the
pages' words ("at least 84") beside its bounds."""
FIRST_STEP, LAST_STEP = 20, 400
"""How many articles the walk reads at first, and at most, at a time (the step doubles as it goes)."""
Found = tuple[list[dict[str, Any]], int]


@bp.get("/claims")
@bp.get("/claims.<suffix>")
@render.renders()
def index() -> Data:
    """The claims, newest article first; ``?type=``, ``?actor=`` (speaker or party), ``?article=`` narrow them;
    ``?page=``/``?limit=`` page them (JSON and CSV are whole unless paged)."""
    bindings, filters = _filters()
    listing = Listing(_reader(bindings))
    return Data("claims.html", COLUMNS, listing, {"filters": filters, "kinds": list(CLAIM_CLASS)})


def _filters() -> tuple[dict[str, Any], dict[str, str]]:
    """The filters as query bindings, checked as every list checks them: an article or actor the store does not
    know is a 404, a type not among the claim types a 400."""
    article, actor, kind = (request.args.get(k, "").strip() for k in ("article", "actor", "type"))
    bindings: dict[str, Any] = {}
    if article:
        key = core.split_key(article)[0]
        if not core.kb().has_article(key):
            raise ApiError(404, "Not found", f"no article {article!r}")
        bindings["article"] = DATA[f"article/{key}"]
    if actor:
        bindings["actor"] = one_actor(actor)
    if kind:
        if kind not in CLAIM_CLASS:
            raise ApiError(400, "Bad filter", f"type: one of {', '.join(CLAIM_CLASS)}")
        bindings["type"] = CLAIM_CLASS[kind]
    return bindings, {"article": article, "actor": actor, "type": kind}


def _reader(bindings: dict[str, Any]) -> Callable[[int, int | None], Found]:
    """How a page is read: one article's or one actor's claims (few, read whole and ordered), else the walk."""
    def read(offset: int, limit: int | None) -> Found:
        if "article" in bindings or "actor" in bindings:
            listed = _ordered(_few(bindings))
            return _rows(listed[offset:None if limit is None else offset + limit]), len(listed)
        return _walk(bindings, offset, limit)

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


def _walk(bindings: dict[str, Any], offset: int, limit: int | None) -> Found:
    """Claims at ``offset .. offset+limit`` read along the articles order, a few articles at a time (all of them
    when ``limit`` is None: the whole JSON/CSV list), and the total."""
    store = core.kb().store
    size = timeline.order_size(store)
    wanted = None if limit is None else offset + limit
    listed: list[dict[str, Any]] = []
    position, step = 0, FIRST_STEP
    while position < size and (wanted is None or len(listed) < wanted):
        articles, _ = timeline.articles_at(store, size, position, step)
        position, step = position + step, min(step * 2, LAST_STEP)
        if articles:
            found = core.run_plain("claims-of-articles", article=[URIRef(a) for a in articles], **bindings)
            places = {a: n for n, a in enumerate(articles)}
            listed += sorted(found, key=lambda c: (places.get(str(c["article"]), 0), int(c["start"]), str(c["claim"])))
    total = len(listed) if position >= size else _total(bindings)
    return _rows(listed[offset:wanted]), total


def _total(bindings: dict[str, Any]) -> int:
    """How many claims the list holds when the walk stopped before its end: every claim has one speaker, so the
    speakers' timeline counts sum to all claims (read per actor, not per claim); of one type, a count."""
    if "type" in bindings:
        return int(core.run_plain("claims-count", type=bindings["type"])[0]["count"])
    return sum(int(r["count"]) for r in plain_rows(core.kb().store, "actor-counts") if r["role"] == "speaker")


def _rows(listed: list[dict[str, Any]]) -> list[dict[str, Any]]:
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
    figure = figure_text(found.get("min"), found.get("max"), found.get("approximate"))
    return {**found, "parties": " | ".join(str(p["actor"]) for p in parties),
            "partyLabels": " | ".join(str(p["label"]) for p in parties),
            "figure": f"{figure} {found['unit']}" if figure and found.get("unit") else figure,
            "articleKey": core.key_of(found["article"])}
