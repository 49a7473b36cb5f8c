"""Conflicts: claims that disagree, side by side, with a chart of competing figure ranges.

The findings come from ``kb.derived.conflicts`` (detected by ``kb conflicts refresh``, read back a page at a time);
this module only shapes them for the page, the JSON and the CSV.
"""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from flask import Blueprint, current_app, request
from rdflib import URIRef

from kb.derived import conflicts as findings
from kb.derived.conflicts import stream
from kb.derived.conflicts.read import RanksMemo
from web import core, render
from web.errors import ApiError
from web.render import Data, Listing

bp = Blueprint("conflicts", __name__)

PAGE_SIZE = 20  # conflicts per page: each is a side-by-side card with its chart
STREAMED = 20
"""Conflicts per piece of a whole ``.json`` / ``.csv`` list, read by rank with every claim and sent as they are
read (``web.streamed``): read at once, the 254k conflicts of a 25k-article store passed the page's budget (503), and
so did a first piece of 200 (a weekly episode rests on hundreds of claims)."""
COLUMNS = ("key", "kind", "explanation", "claim", "speaker", "quote", "article", "quantity_min", "quantity_max")


def _get(obj: Any, *names: str) -> Any:
    for name in names:
        value = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
        if value is not None:
            return value
    return None


def _claim(raw: Any) -> dict[str, Any]:
    iri = str(_get(raw, "claim", "iri", "key") or "")
    card = {
        "claim": iri,
        "path": core.path_for(iri) or (f"/claims/{iri}" if core.KEY.match(iri) else None),
        "speaker": _get(raw, "speaker_label", "speakerLabel", "speaker"),
        "speaker_iri": _get(raw, "speaker_iri"),
        "quote": _get(raw, "quote"),
        "article": _get(raw, "article"),
        "quantity_min": _get(raw, "quantity_min", "qmin", "min"),
        "quantity_max": _get(raw, "quantity_max", "qmax", "max"),
        "approximate": bool(_get(raw, "approximate")),
        "unit": _get(raw, "unit"),
        "subject": _get(raw, "subject"),
        "date": _get(raw, "date") or _get(raw, "published"),
        "outlet": _get(raw, "outlet"),
        "via": list(_get(raw, "via") or []),
        "scope": _get(raw, "scope"),
        "period_start": _get(raw, "period_start"),
        "period_end": _get(raw, "period_end"),
        "place": _get(raw, "place"),
    }
    card["scope_text"] = scope_text(card)
    return card


def scope_text(c: dict[str, Any]) -> str:
    """What a figure counts over, as the card says it: 'since 27 Sep', 'on 23 Sep', 'in one incident at Tartar';
    'scope not stated' when the claim does not say."""
    at = f" at {c['place']}" if c.get("place") else ""
    start, end = c.get("period_start"), c.get("period_end")
    if c.get("scope") == "cumulative":
        return f"since {_short(start)}" if start else "in total so far"
    if c.get("scope") == "period":
        if start and end and start != end:
            return f"from {_short(start)} to {_short(end)}{at}"
        when = end or start or c.get("date")
        return f"on {_short(when)}{at}" if when else f"in one period{at}"
    if c.get("scope") == "incident":
        return f"in one incident{at}"
    return "scope not stated"


def _short(iso: Any) -> str:
    try:
        d = date.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    return f"{d.day} {d:%b %Y}"


def with_sides(conflicts: list[dict[str, Any]]) -> None:
    """Each conflict's claims grouped by the side their speakers speak for (one named query for the page); a neutral
    body's claims (``ckb:neutral`` on the speaker or a body it speaks for: OCHA, the UN chief) grouped apart, after
    the sides and said to be no party: since rules 29 the findings' words call it no side of the war, and a card that
    put a UN office's figure under "United Nations" beside "Sudan" made it one of the disputing sides."""
    speakers = sorted({str(c["speaker_iri"]) for x in conflicts for c in x["claims"] if c.get("speaker_iri")})
    sides: dict[str, tuple[str, str, bool]] = {}
    if speakers:
        for row in core.run("actor-sides", actor=[URIRef(s) for s in speakers]).values():
            label = str(row["sideLabel"] or core.key_of(row["side"]))
            sides.setdefault(str(row["actor"]), (str(row["side"]), label, _true(row.get("neutral"))))
    for x in conflicts:
        groups: dict[str, dict[str, Any]] = {}
        for c in x["claims"]:
            speaker = str(c.get("speaker"))
            side, label, neutral = sides.get(str(c.get("speaker_iri")), (speaker, speaker, False))
            group = groups.setdefault(side, {"side": label, "neutral": neutral, "claims": []})
            group["claims"].append(c)
        x["sides"] = sorted(groups.values(), key=lambda group: group["neutral"])  # stable: the sides as they came


def _true(value: Any) -> bool:
    """An xsd:boolean binding as Python's bool (unbound: False)."""
    return value is not None and bool(value.toPython() if hasattr(value, "toPython") else value)


def load_conflicts(actor: str | None = None, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Conflicts as plain dicts (``limit`` of them from ``offset``, or all)."""
    return load_conflict_page(actor, limit, offset)[0]


def ranks_memo() -> RanksMemo:
    """Where the pages of this store handle keep ranks they had to read whole (``findings.list_conflicts``'s
    ``memo``: an actor whose order is stale), for ``CONFLICTS_CACHE_SECONDS`` as the pages themselves; taken in the
    request, so a whole list streamed keeps one for all its pieces.  On a remote store, for that request alone: others
    write it without this app seeing a new snapshot (``kb_generation``), and ranks kept across requests could be up to
    ``CONFLICTS_CACHE_SECONDS`` old and, after a write, name the places of other conflicts (docs/scaling.md)."""
    if core.kb().store.capabilities.remote:
        return {}
    held: dict[str, Any] = current_app.extensions.setdefault("conflict_ranks", {})
    key = current_app.extensions.get("kb_generation", 0)
    ttl = float(current_app.config.get("CONFLICTS_CACHE_SECONDS", 60))
    if held.get("key") != key or time.monotonic() - held.get("at", 0.0) >= ttl:
        held.update(key=key, at=time.monotonic(), memo={})
    memo: RanksMemo = held["memo"]
    return memo


def load_conflict_page(actor: str | None = None, limit: int | None = None, offset: int = 0,
                       every_claim: bool = False,
                       memo: RanksMemo | None = None) -> tuple[list[dict[str, Any]], int]:
    """(conflicts, how many there are in all): a page read from the store, newest first (with their lead claims;
    ``every_claim``: with all), or all of them.

    Cached per store handle for ``CONFLICTS_CACHE_SECONDS``: the home page and the first pages are what
    everyone opens.  A reopened store (``kb_generation``, see ``web.connection``) starts afresh.
    """
    cache: dict[tuple[Any, ...], tuple[float, list[dict[str, Any]], int]] = (
        current_app.extensions.setdefault("conflicts_cache", {}))
    key = (current_app.extensions.get("kb_generation", 0), actor, limit, offset, every_claim)
    hit = cache.get(key)
    ttl = float(current_app.config.get("CONFLICTS_CACHE_SECONDS", 60))
    if hit is not None and time.monotonic() - hit[0] < ttl:
        _, found, total = hit
    else:
        raw = findings.list_conflicts(core.kb().store, actor=actor, limit=limit, offset=offset,
                                      every_claim=every_claim, memo=memo)
        found = [_conflict(c) for c in raw]
        total = raw.total
        if len(cache) > 256:
            cache.clear()
        cache[key] = (time.monotonic(), found, total)
    return copy.deepcopy(found), total


def _conflict(c: Any, cards: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A conflict as the page shows it (``cards``: its claims made already); ``claims_total`` is how many claims it
    rests on when the card shows only its lead claims (a page of conflicts), else the number shown."""
    claims = cards if cards is not None else [_claim(x) for x in (_get(c, "claims") or [])]
    details = _get(c, "details") or {}
    return {"kind": str(_get(c, "kind") or "conflict"), "explanation": str(_get(c, "explanation") or ""),
            "key": _get(c, "key"), "claims": claims, "claims_total": details.get("claims") or len(claims),
            "verdict": details.get("verdict")}


def chart_data(conflict: dict[str, Any]) -> str | None:
    """Floating-bar data (JSON) for a conflict whose claims carry figures; None when fewer than two do: one bar
    (a denial answering one figure) compares nothing, so no chart is drawn for it."""
    bars = []
    for c in conflict["claims"]:
        lo, hi = c["quantity_min"], c["quantity_max"]
        if lo is None and hi is None:
            continue
        bars.append({"label": str(c["speaker"] or "?"), "lo": lo if lo is not None else 0,
                     "hi": hi if hi is not None else None})
    return json.dumps(bars) if len(bars) > 1 else None


ROWS_ARE = {"total_counts": "conflicts", "rows_are": "claims: one row per claim of each conflict, its key, kind and "
            "explanation repeated (a page: each conflict's lead claims)"}
"""A list's ``total`` (and ``X-Total-Count``) counts conflicts while its rows are their claims: said in the JSON,
so that 13 conflicts in 29 rows are not misread as 29 conflicts."""


@bp.get("/conflicts")
@bp.get("/conflicts.<suffix>")
@render.renders()
def index() -> Data:
    """Every conflict (or those involving ``?actor=``), 20 a page (``?page=``, ``?limit=``); ``.json``/``.csv``
    list every conflict's claims unless paged (a page: their lead claims), newest first, streamed ``STREAMED``
    conflicts at a time, and JSON says ``total``."""
    actor = request.args.get("actor") or None
    if actor is not None:
        core.named_actors(actor)  # 404 for an actor the store does not know, as `kb conflicts --actor` (exit 2)
    whole = not core.paging_requested()  # taken now: a stream's later pieces are read outside the request
    memo = ranks_memo() if actor else None  # the same: a stale actor's ranks read once for every piece
    read = whole_list(actor, memo) if whole else \
        lambda offset, limit: load_conflict_page(actor, limit, offset, memo=memo)
    conflicts = Listing(read, rows=table_rows, page_size=PAGE_SIZE, stream=STREAMED,
                        shown=lambda offset, limit: load_conflict_page(actor, limit, offset, memo=memo))
    return Data("conflicts.html", COLUMNS, conflicts,
                lambda shown: _cards(shown, actor=actor, actor_label=actor_label(actor)), json=ROWS_ARE)


Read = Callable[[int, int | None], tuple[list[dict[str, Any]], int]]


def whole_list(actor: str | None, memo: RanksMemo | None) -> Read:
    """How a whole ``.json`` / ``.csv`` list reads its pieces: newest first with every claim, as ``kb conflicts
    --format json`` reads (``stream.Newest``: the order read once, each piece's members and the cards not held yet;
    one snapshot of the store for the whole body, kept by the handle: ``StoreHandle.keep``).  Read as pages, each
    piece a page of conflicts with every claim ("Members of findings" for each, lead cards read and dropped, every
    piece copied into the pages' cache), the whole list took 114-315 s at 100k claims (123 s at load 1), this
    8.7-15.3 s (docs/scaling.md).  Built at the first piece, so that an HTML page, which never reads it, pays
    nothing; a store whose conflicts have no ranks is read as pages read it."""
    held: list[stream.Newest[dict[str, Any]]] = []

    def read(offset: int, limit: int | None) -> tuple[list[dict[str, Any]], int]:
        if not held:
            kb = core.kb()
            held.append(stream.Newest(kb.store, actor, _claim))
            current_app.extensions["store"].keep(held[0], kb)  # closed under the handle's lock, not the stream's end
        newest = held[0]
        if newest.order is None or limit is None:
            return load_conflict_page(actor, limit, offset, every_claim=True, memo=memo)
        return [_conflict(head, claims) for head, claims in newest.read(offset, limit)], _total(newest, offset, memo)

    return read


def _total(newest: stream.Newest[Any], offset: int, memo: RanksMemo | None) -> int:
    """How many conflicts the list holds now, which ``web.streamed`` compares with the first piece's count: a write
    between two pieces ends the body cut short (the order was read before it).  A snapshot (``Capabilities.snapshot``:
    a read-only copy on disk) never changes (no count read); a store written in place (in memory, a remote one) is
    counted again from the second piece on, as a page counts (the chunk sizes of the newest chunk; a stale actor's
    ranks, read whole, once into ``memo``)."""
    if newest.store.capabilities.snapshot or offset == 0:
        return len(newest.order or [])
    return findings.list_conflicts(newest.store, actor=newest.actor, limit=0, memo=memo).total


def actor_label(actor: str | None) -> str | None:
    """What to call ``?actor=`` in the title and heading: the actor's label when it is an actor's IRI or key (the
    raw IRI or slug was shown, tryout 19), else the name as given."""
    if actor is None:
        return None
    iris = core.actor_iris(actor)
    found = core.run("actor", actor=iris).values() if len(iris) == 1 else []
    return str(found[0]["label"]) if found and found[0].get("label") else actor


def table_rows(conflicts: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row a claim of each conflict (JSON, CSV)."""
    return [{"key": c["key"], "kind": c["kind"], "explanation": c["explanation"], **claim}
            for c in conflicts for claim in c["claims"]]


def _cards(conflicts: Sequence[dict[str, Any]], **context: Any) -> dict[str, Any]:
    """The HTML page's conflicts, each with its chart and its claims grouped by side."""
    for conflict in conflicts:
        conflict["chart"] = chart_data(conflict)
    with_sides(list(conflicts))
    return {"conflicts": conflicts, **context}


@bp.get("/conflicts/<raw>")
@render.renders(*render.ENTITY_FORMATS, rdf="conflict")
def show(key: str) -> Data:
    """One conflict with every claim it rests on (a page of conflicts shows each side's first and latest); its
    IRI, https://w3id.org/claimkb/id/conflict/<key>, answers Turtle and JSON-LD."""
    found = findings.conflict(core.kb().store, key)
    if found is None:
        raise ApiError(404, "Not found", f"no conflict {key!r}")
    shown = _conflict(found)
    return Data("conflicts.html", COLUMNS, table_rows([shown]),
                lambda _: _cards([shown], actor=None, single=True),
                json={"key": key, "actors": found.actors, "rows_are": ROWS_ARE["rows_are"]})

