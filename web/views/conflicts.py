"""Conflicts: claims that disagree, side by side, with a chart of competing figure ranges.

The detection library (``kb.conflicts``) is written by another engineer; it is imported lazily and
read through a tolerant adapter, so this page shows an empty state until it exists and does not
break if a field is renamed to one of the close spellings below.
"""

from __future__ import annotations

import copy
import json
import time
from typing import Any

from flask import Blueprint, Response, current_app, request

from web import core

bp = Blueprint("conflicts", __name__)

COLUMNS = ("kind", "explanation", "claim", "speaker", "quote", "article", "quantity_min", "quantity_max")


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


def load_conflicts(actor: str | None = None) -> tuple[list[dict[str, Any]], bool]:
    """Conflicts as plain dicts, and whether the library is there at all.

    Cached per store handle for ``CONFLICTS_CACHE_SECONDS``: the findings are precomputed by
    ``kb conflicts refresh``, yet reading them back took ~5 s at 2,000 claims (measured), too slow
    to repeat on every home page view.  A reopened store (``kb_generation``, see ``web.stores``)
    starts afresh.
    """
    try:
        from kb.conflicts import list_conflicts  # type: ignore[attr-defined]
    except ImportError:
        return [], False
    _note_library_queries()
    store = core.kb().store
    cache: dict[tuple[int, str | None], tuple[float, list[dict[str, Any]]]] = current_app.extensions.setdefault(
        "conflicts_cache", {})
    key = (current_app.extensions.get("kb_generation", 0), actor)
    hit = cache.get(key)
    ttl = float(current_app.config.get("CONFLICTS_CACHE_SECONDS", 60))
    if hit is not None and time.monotonic() - hit[0] < ttl:
        return copy.deepcopy(hit[1]), True
    found = [{"kind": str(_get(c, "kind") or "conflict"), "explanation": str(_get(c, "explanation") or ""),
              "claims": [_claim(x) for x in (_get(c, "claims") or [])]} for c in list_conflicts(store, actor=actor)]
    if len(cache) > 256:
        cache.clear()
    cache[key] = (time.monotonic(), found)
    return copy.deepcopy(found), True


def _note_library_queries() -> None:
    """``kb.conflicts`` runs its own named queries; name the main ones in the page's "queries run" box."""
    from kb import sparql
    from kb.errors import QueryError
    from kb.vocab import CONFLICTS_GRAPH

    for name in ("conflict-members", "conflict-involved"):
        try:
            core.note(sparql.get(name), {"graph": CONFLICTS_GRAPH})
        except QueryError:
            continue


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
    media = core.choose_format(suffix, core.LIST_FORMATS)
    actor = request.args.get("actor") or None
    conflicts, available = load_conflicts(actor)
    rows = [{"kind": c["kind"], "explanation": c["explanation"], **claim} for c in conflicts for claim in c["claims"]]
    for conflict in conflicts:
        conflict["chart"] = chart_data(conflict)
    return core.table(rows, COLUMNS, media, "conflicts.html", conflicts=conflicts, available=available, actor=actor)
