"""Home: what the knowledge base holds, at a glance."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, redirect, render_template
from rdflib import URIRef

from kb.derived import home
from web import core
from web.views.conflicts import load_conflicts

bp = Blueprint("home", __name__)


@bp.get("/")
def index() -> str:
    """Counts, the latest articles, the most-quoted actors and the newest conflicts, from the derived data
    ``kb.service`` keeps current (``kb.derived.home``)."""
    kb = core.kb()
    found = home.read(kb.store)
    counts = {"articles": found.articles, "claims": found.claims, "actors": found.actors,
              "quarantined": len(kb.quarantine)}
    latest, undated = _latest(found)
    speakers = _top_speakers(found)
    return render_template("home.html", counts=counts, latest=latest, undated=undated, speakers=speakers,
                           conflicts=load_conflicts(limit=5))


def _latest(found: home.Overview) -> tuple[list[dict[str, object]], int]:
    """The newest dated articles (an undated one is not known to be recent), with their details, and how many of
    the newest were left out for having no date: the page says so, where a user who had just uploaded three articles
    without a date saw "6 articles" above a list of three and no word why (trial user28)."""
    shown = [URIRef(a) for a in found.latest]
    rows = {str(r["article"]): r for r in core.run("article-rows", article=shown).values()} if shown else {}
    listed = [rows[a] for a in found.latest if a in rows]
    dated = [r for r in listed if r["published"] is not None]
    return dated, len(listed) - len(dated)


def _top_speakers(found: home.Overview) -> list[dict[str, object]]:
    """The most-quoted actors: counts from the timelines, labels for the contenders only, ties by label."""
    contenders = found.contenders()
    if not contenders:
        return []
    labels = {str(r["actor"]): r["label"] for r in core.run("actor", actor=[URIRef(a) for a in contenders]).values()}
    rows = [{"actor": URIRef(a), "label": labels.get(a, a), "claims": n} for a, n in contenders.items()]
    rows.sort(key=lambda r: (-int(r["claims"]), str(r["label"])))  # type: ignore[call-overload]
    return rows[:home.TOP]


@bp.get("/favicon.ico")
def favicon() -> Response:
    """The site's icon where clients look without reading a page's ``<link rel=icon>`` (a 404 in every log)."""
    return current_app.send_static_file("favicon.svg")


@bp.get("/id/<family>/<key>")
def data_iri(family: str, key: str) -> Response:
    """``https://w3id.org/claimkb/id/claim/x`` may redirect here: 303 to the page (its data by negotiation)."""
    path = core.path_for(f"{core.DATA}{family}/{key}")
    if path is None or not core.KEY.match(key):
        from web.errors import ApiError

        raise ApiError(404, "Not found", f"no resource family {family!r}")
    return redirect(path, code=303)  # type: ignore[return-value]
