"""What is not a conflict, made visible: aggregates (low / best / high / most conservative per party and
category, each linked to its claims), series (a speaker's figure over time, drawn as a chart of the measure with
each speaker's line) and corroborations (how many independent outlets carry a claim).

Each list answers HTML, JSON and CSV; each finding's page also answers Turtle and JSON-LD by content negotiation
(its IRI ``https://w3id.org/claimkb/id/<family>/<key>`` redirects here).  The findings come from
``kb.derived.conflicts`` (computed at ingest); this module only shapes them.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from flask import Blueprint, current_app, request
from rdflib import URIRef

from kb.derived.conflicts import findings_order, pages, read
from kb.derived.conflicts.clusters import measure_in
from kb.derived.conflicts.read import Finding, _val
from kb.sparql.rows import plain_rows
from web import core, render, svgchart
from web.errors import ApiError
from web.render import Data, Listing
from web.views.conflicts import actor_label

bp = Blueprint("findings", __name__)

FAMILIES = {"aggregates": "aggregate", "series": "series", "corroborations": "corroboration"}
COLUMNS = {
    "aggregates": ("key", "measure", "low", "best", "high", "conservative", "claims", "explanation"),
    "series": ("key", "side", "measure", "position", "steps", "date", "figure", "speaker", "claim", "explanation"),
    "corroborations": ("key", "speaker", "reports", "independent_sources", "outlets", "explanation"),
}
ESTIMATES = ("low", "best", "high", "conservative")
PAGE_SIZE = 20  # findings a page: each is a section with its claims (and, for series, a chart per measure)
STEPS_SHOWN = 12  # a page of series (HTML, or a JSON/CSV page) gives each one's latest steps; the whole list every step
STEP_PAGE = 25
"""Steps a series' own page shows (newest first, ``?steps=N`` the N-th such page): the longest series grows with the
store (942 steps at 10k articles), and reading every step's claim was its page's cost.  25, not 200 (branch pg19):
a page costs ~0.12 ms of CPU a step it shows over ~1.5 ms, and series grow with the store (median 26 steps at 10k
articles, 53 at 25k), so 200 a page showed a typical series whole at both sizes and cost 1.6-2.5x more at 25k; 50 a
page still 1.4x (4.4 vs 6.3 ms for the bench's twenty series)."""
MONTHS_SHOWN = 6
"""Months of estimates each aggregate shows on the list (its latest; its own page shows every month): every month of
twenty aggregates grew with the months the store spans."""
STREAMED = {"aggregates": PAGE_SIZE, "series": 1, "corroborations": PAGE_SIZE}
"""Findings read at a time for a whole JSON/CSV list: a series comes with every step (thousands of claims for the
longest at 25k articles: 20 of them, then 5, passed the page's budget under load), so one at a time, each piece then
costing what the series' own page costs; the others come with a few claims each."""


def _heads(family: str) -> list[Finding]:
    """Every finding's head (key, explanation) of a family, cached per store handle for
    ``CONFLICTS_CACHE_SECONDS`` (as the conflicts): for a store with no findings order yet (``_read``)."""
    cache: dict[tuple[Any, ...], tuple[float, list[Finding]]] = current_app.extensions.setdefault("findings_cache", {})
    key = (current_app.extensions.get("kb_generation", 0), family)
    hit = cache.get(key)
    if hit is not None and time.monotonic() - hit[0] < float(current_app.config.get("CONFLICTS_CACHE_SECONDS", 60)):
        return hit[1]
    found = pages.heads(core.kb().store, family)
    if len(cache) > 64:
        cache.clear()
    cache[key] = (time.monotonic(), found)
    return found


def _filled(family: str, items: list[Finding], latest_steps: int | None = None, periods: bool = True) -> list[Finding]:
    fresh = [Finding(f.iri, f.key, f.kind, f.explanation, details=dict(f.details)) for f in items]
    return pages.fill(core.kb().store, family, fresh, latest_steps, periods)


def _measure(f: Finding) -> str:
    """The measure as the finding's sentence names it (``clusters.measure_in``), else from its claims."""
    named = measure_in(f.explanation)
    if named is not None:
        return named
    subject = next((c["subject"] for c in f.claims if c.get("subject")), None)
    category = f.details.get("category", "?")  # the parties hold victims and attackers alike: not "deaths of X"
    return f"{category} (parties: {subject})" if subject else f"{category} (parties not named)"


def _speaker(f: Finding) -> str:
    names = Counter(c["speaker"] for c in f.claims)
    return names.most_common(1)[0][0] if names else "?"


def _value(card: dict[str, Any]) -> float | None:
    value = card.get("quantity_min")
    if value is None:
        value = card.get("quantity_max")
    return None if value is None else float(value)


def rows_of(family: str, f: Finding) -> list[dict[str, Any]]:
    """A finding as table rows (one per aggregate / corroboration, one per step of a series)."""
    base = {"key": f.key, "explanation": f.explanation}
    if family == "aggregates":
        est = {k: (f.details.get(k) or {}).get("value") for k in ESTIMATES}
        return [{**base, "measure": _measure(f), **est, "claims": len(f.claims)}]
    if family == "corroborations":
        outlets = sorted({c.get("outlet") or "" for c in f.claims} - {""})
        return [{**base, "speaker": _speaker(f), "reports": f.details.get("reports"),
                 "independent_sources": f.details.get("independent_sources"), "outlets": "; ".join(outlets)}]
    cards = {c["claim"]: c for c in f.claims}
    base |= {"side": _side(f), "measure": _measure(f)}  # once a series: each counts its claims
    out = []
    for step in f.details.get("steps", []):
        for claim in step["claims"]:
            card = cards.get(claim, {})
            out.append({**base, "position": step["position"],
                        "steps": f.details.get("steps_total"), "date": step["date"], "figure": _value(card),
                        "speaker": card.get("speaker"), "claim": claim})
    return out


def _side(f: Finding) -> str:
    """Whose running totals a series gives: the side its speakers speak for ("Armenia" for its ministry's and its
    premier's figures alike), where the most frequent speaker's name credited every step to one ministry (tryout 21)."""
    return str(f.details.get("side") or _speaker(f))


def charts(series: list[Finding]) -> list[dict[str, str]]:
    """One chart per measure, a line per side (a state with the ministries and leaders that speak for it): the measure
    over time."""
    by_measure: dict[str, list[svgchart.Line]] = defaultdict(list)
    for f in series:
        cards = {c["claim"]: c for c in f.claims}
        points = []
        for step in f.details.get("steps", []):
            values = [v for v in (_value(cards.get(c, {})) for c in step["claims"]) if v is not None]
            if step["date"] and values:
                points.append((date.fromisoformat(step["date"]), values[0]))
        if points:
            by_measure[_measure(f)].append((_side(f), points))
    return [{"measure": m, "svg": svgchart.line_chart(lines, m)} for m, lines in sorted(by_measure.items())]


def _list(family: str) -> Data:
    """A family's findings, ``PAGE_SIZE`` a page; JSON/CSV whole unless paged (one row a finding or step),
    streamed a few findings at a time (``STREAMED``: a whole list of series read at once passed the page's budget).
    A page of series (HTML, or JSON/CSV with ``?page=``/``?limit=``) gives each one's ``STEPS_SHOWN`` latest steps
    (the ``steps`` column says how many it has; its own page gives the rest): every step of twenty series was 0.42 s
    of CPU at 25k articles, growing with the series; the whole list, streamed, gives every step."""
    latest = None if not core.paging_requested() else STEPS_SHOWN  # taken now: a stream is read after the request
    actor = request.args.get("actor", "").strip()  # likewise: those involving an actor (any name, as /conflicts)
    if actor:
        core.named_actors(actor)  # 404 for an actor the store does not know, as /conflicts
    listing = Listing(lambda offset, limit: _read(family, offset, limit, latest, actor=actor),
                      rows=lambda shown: [r for f in shown for r in rows_of(family, f)], page_size=PAGE_SIZE,
                      shown=lambda offset, limit: _read(family, offset, limit, STEPS_SHOWN, months=True, actor=actor),
                      stream=STREAMED[family])
    return Data("findings.html", COLUMNS[family], listing,
                lambda shown: _context(family, shown, **_actor_context(actor)))


def _actor_context(actor: str) -> dict[str, Any]:
    """What the HTML list says of ``?actor=``: its heading named no actor, so "Aggregates (5)" of Armenia's read as
    every aggregate (tryout 22).  A name no actor has is a 404 (``core.named_actors``), as on every list."""
    if not actor:
        return {}
    return {"actor": actor, "actor_label": actor_label(actor)}


def _read(family: str, offset: int, limit: int | None, latest_steps: int | None = None,
          months: bool = False, actor: str = "") -> tuple[list[Finding], int]:
    """The findings at ``offset`` (``limit`` of them, or all) filled with their claims (of a series, its
    ``latest_steps`` only, if given; of an aggregate, with ``months``, its values per month), and how many there are
    in all (involving ``actor`` only, when given: read from every head).  Read by position from the family's order
    (``kb.derived.conflicts.findings_order``, kept by the refresh), else from every head."""
    placed = None if actor else findings_order.page(core.kb().store, family, offset, limit)
    if placed is None:
        heads = read.involving(core.kb().store, _heads(family), actor) if actor else _heads(family)
        placed = heads[offset:None if limit is None else offset + limit], len(heads)
    filled = _filled(family, placed[0], latest_steps, periods=False)
    if family == "aggregates" and months:  # the HTML list; its JSON and CSV rows give no months
        _month_values(filled)
    return filled, placed[1]


def _month_values(found: list[Finding]) -> None:
    """The HTML list's estimates per month: each aggregate's ``MONTHS_SHOWN`` latest months (``months_total`` says how
    many it has), each month's four values alone (read by their estimates' IRIs: ``<aggregate>#<month>-low``...),
    each linked to the aggregate's own page, which lists every month and the claims every value comes from.  Why
    not every month with "aggregate-periods", as the aggregate's page reads them: it reads every claim of every
    month's estimates (115-142 ms of CPU at 25k articles); every month's values alone ("aggregate-period-values")
    still grew with the months the store spans (88 rows for twenty aggregates at 10k articles, 155 at 25k: 8 -> 15
    ms of CPU)."""
    by_iri = {f.iri: f for f in found}
    if not by_iri:
        return
    months: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in plain_rows(core.kb().store, "aggregate-months", aggregate=[URIRef(i) for i in by_iri]):
        months[str(row["aggregate"])].append((str(row["month"]), str(row["period"])))
    latest: dict[str, list[tuple[str, str]]] = {}
    for f in found:
        f.details.pop("periods", None)
        mine = sorted(months.get(f.iri, []))
        f.details["months_total"] = len(mine)
        latest[f.iri] = mine[-MONTHS_SHOWN:]
    wanted = [URIRef(f"{period}-{name}") for shown in latest.values() for _, period in shown for name in ESTIMATES]
    values = {str(r["estimate"]): r["value"] for r in plain_rows(core.kb().store, "aggregate-estimate-values",
                                                                   estimate=wanted)} if wanted else {}
    for f in found:
        for label, period in latest[f.iri]:
            month = {"period": label, **{k: {"value": _val(values[f"{period}-{k}"]), "claims": []}
                                         for k in ESTIMATES if f"{period}-{k}" in values}}
            f.details.setdefault("periods", []).append(month)


def _context(family: str, shown: Sequence[Finding], **more: Any) -> dict[str, Any]:
    return {"family": family, "items": shown, "charts": charts(list(shown)) if family == "series" else [], **more}


def _steps_page() -> int:
    """``?steps=N`` (a series' page of steps, from 1 = the newest); 400 for anything but a sane whole number."""
    raw = request.args.get("steps", "1")
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= 10**6:
        raise ApiError(400, "Bad request", "steps must be a whole number from 1 to 1000000")
    return int(raw)


def _one(family: str, key: str) -> Data:
    """One finding's page; a series' shows ``STEP_PAGE`` steps, newest first (``?steps=N``: the N-th such page)."""
    iri = core.DATA[f"{FAMILIES[family]}/{key}"]
    steps_page = _steps_page() if family == "series" else 1
    window = (STEP_PAGE, (steps_page - 1) * STEP_PAGE) if family == "series" else (None, 0)
    heads = pages.heads(core.kb().store, family, str(iri))
    found = pages.fill(core.kb().store, family, heads, window[0], skip_steps=window[1])
    if not found:
        raise ApiError(404, "Not found", f"no {FAMILIES[family]} {key!r}")
    extra: dict[str, Any] = {"key": key}
    if family == "series":
        total = int(found[0].details.get("steps_total", 0))
        extra["steps"] = {"total": total, "page": steps_page, "pages": max(1, -(-total // STEP_PAGE)),
                          "per_page": STEP_PAGE}
    if family == "aggregates":  # the estimates per month of the figures' dates (the table: the whole measure)
        extra["periods"] = [{"period": p["period"], **{k: (p.get(k) or {}).get("value") for k in ESTIMATES}}
                            for p in found[0].details.get("periods", [])]
    return Data("findings.html", COLUMNS[family], rows_of(family, found[0]),
                lambda _: _context(family, found, single=True, steps=extra.get("steps")), json=extra)


@bp.get("/aggregates")
@bp.get("/aggregates.<suffix>")
@render.renders()
def aggregates() -> Data:
    """Low / best / high and the most conservative figure per party and category, each linked to its claims."""
    return _list("aggregates")


@bp.get("/aggregates/<raw>")
@render.renders(*render.ENTITY_FORMATS, rdf="aggregate")
def aggregate(key: str) -> Data:
    return _one("aggregates", key)


@bp.get("/series")
@bp.get("/series.<suffix>")
@render.renders()
def series_list() -> Data:
    """Each speaker's figures for one measure over time, charted per measure."""
    return _list("series")


@bp.get("/series/<raw>")
@render.renders(*render.ENTITY_FORMATS, rdf="series")
def series_one(key: str) -> Data:
    return _one("series", key)


@bp.get("/corroborations")
@bp.get("/corroborations.<suffix>")
@render.renders()
def corroborations() -> Data:
    """Claims carried by several reports, with how many independent sources carry them."""
    return _list("corroborations")


@bp.get("/corroborations/<raw>")
@render.renders(*render.ENTITY_FORMATS, rdf="corroboration")
def corroboration(key: str) -> Data:
    return _one("corroborations", key)
