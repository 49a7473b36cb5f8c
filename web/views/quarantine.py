"""Quarantine: the articles the SHACL gate refused, and why (read from ``KnowledgeBase.quarantine``)."""

from __future__ import annotations

from flask import Blueprint, Response

from kb.errors import InputError
from web import core
from web.errors import ApiError

bp = Blueprint("quarantine", __name__)

COLUMNS = ("key", "name", "title", "when", "claims", "reason")


def _row(entry: object) -> dict[str, object]:
    article = getattr(entry, "article", {}) or {}
    return {"key": entry.key, "name": entry.name, "title": article.get("title"),  # type: ignore[attr-defined]
            "when": entry.when, "claims": len(entry.claims), "reason": entry.reason}  # type: ignore[attr-defined]


@bp.get("/quarantine")
@bp.get("/quarantine.<suffix>")
def index(suffix: str | None = None) -> Response:
    media = core.choose_format(suffix, core.LIST_FORMATS)
    rows = [_row(e) for e in core.kb().quarantine.list()]
    return core.table(rows, COLUMNS, media, "quarantine.html")


@bp.get("/quarantine/<raw>")
def show(raw: str) -> Response:
    key, suffix = core.split_key(raw)
    media = core.choose_format(suffix, ("text/html", "application/json"))
    try:
        entry = core.kb().quarantine.get(key)
    except InputError:
        raise ApiError(404, "Not found", f"no quarantined article {key!r}") from None
    claims = list(entry.claims)
    columns = ("type", "speaker", "quote", "start", "end")
    return core.table(claims, columns, media, "quarantine_entry.html", entry=entry,
                      extra={"entry": {**_row(entry), "report_turtle": entry.report_turtle}},
                      reasons=entry.reason.splitlines())
