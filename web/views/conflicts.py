"""Conflicts: claims that disagree, side by side, with a chart of competing figure ranges.

The detection library (``kb.conflicts``) is written by another engineer; it is imported lazily and
read through a tolerant adapter, so this page shows an empty state until it exists and does not
break if a field is renamed to one of the close spellings below.
"""

from __future__ import annotations

import copy
import inspect
import json
import time
from typing import Any

from flask import Blueprint, Response, current_app, request

from web import core
from web.errors import ApiError

bp = Blueprint("conflicts", __name__)

COLUMNS = ("key", "kind", "explanation", "claim", "speaker", "quote", "article", "quantity_min", "quantity_max")


def _get(obj: Any, *names: str) -> Any:
    for name in names:
        value = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
        if value is not None:
            return value
    return None


def _claim(raw: Any) -> dict[str, Any]:
    iri = str(_get(raw, "claim", "iri", "key") or "")
    return {
        "claim": iri,
        "path": core.path_for(iri) or (f"/claims/{iri}" if core.KEY.match(iri) else None),
        "speaker": _get(raw, "speaker_label", "speakerLabel", "speaker"),
        "quote": _get(raw, "quote"),
        "article": _get(raw, "article"),
        "quantity_min": _get(raw, "quantity_min", "qmin", "min"),
        "quantity_max": _get(raw, "quantity_max", "qmax", "max"),
    }


def load_conflicts(actor: str | None = None, limit: int | None = None,
                   offset: int = 0) -> tuple[list[dict[str, Any]], bool]:
    """Conflicts as plain dicts (``limit`` of them from ``offset``, or all), and whether the library is there."""
    found, _, available = load_conflict_page(actor, limit, offset)
    return found, available


def load_conflict_page(actor: str | None = None, limit: int | None = None,
                       offset: int = 0) -> tuple[list[dict[str, Any]], int | None, bool]:
    """(conflicts, how many there are in all or None if unknown, whether the library is there).

    When ``kb.conflicts.list_conflicts`` takes ``limit``/``offset`` the page is read from the store
    (newest first, with its ``total``); an older library is read whole and sliced here (its order).

    Cached per store handle for ``CONFLICTS_CACHE_SECONDS``: the findings are precomputed by
    ``kb conflicts refresh``, yet reading them back took ~5 s at 2,000 claims (measured), too slow
    to repeat on every home page view.  A reopened store (``kb_generation``, see ``web.stores``)
    starts afresh.
    """
    try:
        from kb.conflicts import list_conflicts
    except ImportError:
        return [], 0, False
    store = core.kb().store
    cache: dict[tuple[Any, ...], tuple[float, list[dict[str, Any]], int | None]] = (
        current_app.extensions.setdefault("conflicts_cache", {}))
    paged = limit is not None and _pages_itself(list_conflicts)
    key = (current_app.extensions.get("kb_generation", 0), actor, *((limit, offset) if paged else ()))
    hit = cache.get(key)
    ttl = float(current_app.config.get("CONFLICTS_CACHE_SECONDS", 60))
    if hit is not None and time.monotonic() - hit[0] < ttl:
        _, found, total = hit
    else:
        reader: Any = list_conflicts
        raw = reader(store, actor=actor, limit=limit, offset=offset) if paged else reader(store, actor=actor)
        found = [_conflict(c) for c in raw]
        total = getattr(raw, "total", None) if paged else len(found)
        if len(cache) > 256:
            cache.clear()
        cache[key] = (time.monotonic(), found, total)
    if limit is not None and not paged:
        found = found[offset:offset + limit]
    return copy.deepcopy(found), total, True


def _conflict(c: Any) -> dict[str, Any]:
    """A conflict as the page shows it; ``claims_total`` is how many claims it rests on when the card shows
    only its lead claims (a page of conflicts), else the number shown."""
    claims = [_claim(x) for x in (_get(c, "claims") or [])]
    details = _get(c, "details") or {}
    return {"kind": str(_get(c, "kind") or "conflict"), "explanation": str(_get(c, "explanation") or ""),
            "key": _get(c, "key"), "claims": claims, "claims_total": details.get("claims") or len(claims)}


def _pages_itself(func: Any) -> bool:
    try:
        params = inspect.signature(func).parameters
    except (TypeError, ValueError):
        return False
    return "limit" in params and "offset" in params


def chart_data(conflict: dict[str, Any]) -> str | None:
    """Floating-bar data (JSON) for a conflict whose claims carry figures; None when none do."""
    bars = []
    for c in conflict["claims"]:
        lo, hi = c["quantity_min"], c["quantity_max"]
        if lo is None and hi is None:
            continue
        bars.append({"label": str(c["speaker"] or "?"), "lo": lo if lo is not None else 0,
                     "hi": hi if hi is not None else None})
    return json.dumps(bars) if bars else None


@bp.get("/conflicts")
@bp.get("/conflicts.<suffix>")
def index(suffix: str | None = None) -> Response:
    """Every conflict (or those involving ``?actor=``), 20 a page (``?page=``, ``?limit=``); ``.json``/``.csv``
    list every conflict's claims unless paged, and JSON says ``total`` (null when it is not known)."""
    media = core.choose_format(suffix, core.LIST_FORMATS)
    actor = request.args.get("actor") or None
    page: core.Page | None = None
    if media == "text/html" or core.paging_requested():
        number, size = core.page_args(default_size=PAGE_SIZE)
        conflicts, total, available = load_conflict_page(actor, limit=size, offset=(number - 1) * size)
        page = core.Page(number, size, total, conflicts, param="page")
        page.has_next = page.offset + len(conflicts) < total if total is not None else len(conflicts) == size
    else:
        conflicts, total, available = load_conflict_page(actor)
    rows = [{"key": c["key"], "kind": c["kind"], "explanation": c["explanation"], **claim}
            for c in conflicts for claim in c["claims"]]
    for conflict in conflicts:
        conflict["chart"] = chart_data(conflict)
    extra = {"total": total, **(page.meta() if page is not None else {})}
    response = core.table(rows, COLUMNS, media, "conflicts.html", conflicts=conflicts, available=available,
                          actor=actor, page=page, extra=extra)
    if total is not None:
        response.headers["X-Total-Count"] = str(total)
    return response


@bp.get("/conflicts/<raw>")
def show(raw: str) -> Response:
    """One conflict with every claim it rests on (a page of conflicts shows each side's first and latest)."""
    from kb.conflicts import conflict

    key, suffix = core.split_key(raw)
    media = core.choose_format(suffix, core.LIST_FORMATS)
    found = conflict(core.kb().store, key)
    if found is None:
        raise ApiError(404, "Not found", f"no conflict {key!r}")
    shown = _conflict(found)
    shown["chart"] = chart_data(shown)
    rows = [{"key": key, "kind": shown["kind"], "explanation": shown["explanation"], **claim}
            for claim in shown["claims"]]
    return core.table(rows, COLUMNS, media, "conflicts.html", conflicts=[shown], available=True, actor=None,
                      page=None, single=True, extra={"key": key, "actors": found.actors})


PAGE_SIZE = 20  # conflicts per page: each is a side-by-side card with its chart
