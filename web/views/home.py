"""Home: what the knowledge base holds, at a glance."""

from __future__ import annotations

from flask import Blueprint, Response, redirect, render_template

from web import core
from web.views.conflicts import load_conflicts

bp = Blueprint("home", __name__)


@bp.get("/")
def index() -> str:
    """Counts, the latest articles, the most-quoted actors and the newest conflicts."""
    kb = core.kb()
    counts = kb.stats()
    core.note(_stats_query())
    latest = core.run("latest-articles").values()
    speakers = core.run("top-speakers").values()
    conflicts, available = load_conflicts(limit=5)
    return render_template("home.html", counts=counts, latest=latest, speakers=speakers,
                           conflicts=conflicts, conflicts_available=available)


@bp.get("/id/<family>/<key>")
def data_iri(family: str, key: str) -> Response:
    """``https://w3id.org/claimkb/id/claim/x`` may redirect here: 303 to the page (its data by negotiation)."""
    path = core.path_for(f"{core.DATA}{family}/{key}")
    if path is None or not core.KEY.match(key):
        from web.errors import ApiError

        raise ApiError(404, "Not found", f"no resource family {family!r}")
    return redirect(path, code=303)  # type: ignore[return-value]


def _stats_query():  # type: ignore[no-untyped-def]
    from kb import sparql

    return sparql.get("stats")
