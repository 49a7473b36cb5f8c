"""Quarantine: the articles the SHACL gate refused, and why (read from ``KnowledgeBase.quarantine``)."""

from __future__ import annotations

from flask import Blueprint

from kb.errors import InputError
from web import core, render
from web.errors import ApiError
from web.render import Data

bp = Blueprint("quarantine", __name__)

COLUMNS = ("key", "name", "title", "when", "claims", "reason")


def _row(entry: object) -> dict[str, object]:
    article = getattr(entry, "article", {}) or {}
    return {"key": entry.key, "name": entry.name, "title": article.get("title"),  # type: ignore[attr-defined]
            "when": entry.when, "claims": len(entry.claims), "reason": entry.reason}  # type: ignore[attr-defined]


@bp.get("/quarantine")
@bp.get("/quarantine.<suffix>")
@render.renders()
def index() -> Data:
    return Data("quarantine.html", COLUMNS, [_row(e) for e in core.kb().quarantine.list()])


@bp.get("/quarantine/<raw>")
@render.renders(render.HTML, render.JSON)
def show(key: str) -> Data:
    try:
        entry = core.kb().quarantine.get(key)
    except InputError:
        raise ApiError(404, "Not found", f"no quarantined article {key!r}") from None
    return Data("quarantine_entry.html", ("type", "speaker", "quote", "start", "end"), list(entry.claims),
                {"entry": entry, "reasons": entry.reason.splitlines()},
                json={"entry": {**_row(entry), "report_turtle": entry.report_turtle}})
