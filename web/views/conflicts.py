"""Conflicts: claims that disagree, side by side, with a chart of competing figure ranges.

The findings come from ``kb.derived.conflicts`` (detected by ``kb conflicts refresh``, read back a page at a time);
this module only shapes them for the page, the JSON and the CSV.
"""

from __future__ import annotations

import copy
import json
import time
from typing import Any

from flask import Blueprint, Response, current_app, request

from kb.derived import conflicts as findings
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


def load_conflicts(actor: str | None = None, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Conflicts as plain dicts (``limit`` of them from ``offset``, or all)."""
    return load_conflict_page(actor, limit, offset)[0]


def load_conflict_page(actor: str | None = None, limit: int | None = None,
                       offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """(conflicts, how many there are in all): a page read from the store, newest first, or all of them.

    Cached per store handle for ``CONFLICTS_CACHE_SECONDS``: the home page and the first pages are what
    everyone opens.  A reopened store (``kb_generation``, see ``web.connection``) starts afresh.
    """
    cache: dict[tuple[Any, ...], tuple[float, list[dict[str, Any]], int]] = (
        current_app.extensions.setdefault("conflicts_cache", {}))
    key = (current_app.extensions.get("kb_generation", 0), actor, limit, offset)
    hit = cache.get(key)
    ttl = float(current_app.config.get("CONFLICTS_CACHE_SECONDS", 60))
    if hit is not None and time.monotonic() - hit[0] < ttl:
        _, found, total = hit
    else:
        raw = findings.list_conflicts(core.kb().store, actor=actor, limit=limit, offset=offset)
        found = [_conflict(c) for c in raw]
        total = raw.total
        if len(cache) > 256:
            cache.clear()
        cache[key] = (time.monotonic(), found, total)
    return copy.deepcopy(found), total


def _conflict(c: Any) -> dict[str, Any]:
    """A conflict as the page shows it; ``claims_total`` is how many claims it rests on when the card shows
    only its lead claims (a page of conflicts), else the number shown."""
    claims = [_claim(x) for x in (_get(c, "claims") or [])]
    details = _get(c, "details") or {}
    return {"kind": str(_get(c, "kind") or "conflict"), "explanation": str(_get(c, "explanation") or ""),
            "key": _get(c, "key"), "claims": claims, "claims_total": details.get("claims") or len(claims)}


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
    list every conflict's claims unless paged, and JSON says ``total``."""
    media = core.choose_format(suffix, core.LIST_FORMATS)
    actor = request.args.get("actor") or None
    page: core.Page | None = None
    if media == "text/html" or core.paging_requested():
        number, size = core.page_args(default_size=PAGE_SIZE)
        conflicts, total = load_conflict_page(actor, limit=size, offset=(number - 1) * size)
        page = core.Page(number, size, total, conflicts, param="page")
        page.has_next = page.offset + len(conflicts) < total
    else:
        conflicts, total = load_conflict_page(actor)
    rows = [{"key": c["key"], "kind": c["kind"], "explanation": c["explanation"], **claim}
            for c in conflicts for claim in c["claims"]]
    for conflict in conflicts:
        conflict["chart"] = chart_data(conflict)
    extra = {"total": total, **(page.meta() if page is not None else {})}
    response = core.table(rows, COLUMNS, media, "conflicts.html", conflicts=conflicts, actor=actor, page=page,
                          extra=extra)
    response.headers["X-Total-Count"] = str(total)
    return response


@bp.get("/conflicts/<raw>")
def show(raw: str) -> Response:
    """One conflict with every claim it rests on (a page of conflicts shows each side's first and latest)."""
    key, suffix = core.split_key(raw)
    media = core.choose_format(suffix, core.LIST_FORMATS)
    found = findings.conflict(core.kb().store, key)
    if found is None:
        raise ApiError(404, "Not found", f"no conflict {key!r}")
    shown = _conflict(found)
    shown["chart"] = chart_data(shown)
    rows = [{"key": key, "kind": shown["kind"], "explanation": shown["explanation"], **claim}
            for claim in shown["claims"]]
    return core.table(rows, COLUMNS, media, "conflicts.html", conflicts=[shown], actor=None,
                      page=None, single=True, extra={"key": key, "actors": found.actors})


PAGE_SIZE = 20  # conflicts per page: each is a side-by-side card with its chart
