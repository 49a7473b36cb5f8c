"""Watched feeds: each feed's last fetch, what it brought (stored, syndicated, failed, forbidden) and its last
error, read from the watch's record (``kb.feeds.state``; SQLite, opened read-only: no SPARQL query)."""

from __future__ import annotations

from flask import Blueprint, current_app

from kb.feeds.state import FEED_COLUMNS, feed_report, state_location
from web import render
from web.render import Data

bp = Blueprint("feeds", __name__)


def _location() -> str | None:
    """``KB_FEEDS_STATE`` (config or environment), else the record beside a disk store; None without one."""
    given = current_app.config.get("KB_FEEDS_STATE")
    if given:
        return str(given)
    disk = current_app.extensions["store"].location
    return state_location(disk) if disk else None


@bp.get("/feeds")
@bp.get("/feeds.<suffix>")
@render.renders()
def index() -> Data:
    location = _location()
    return Data("feeds.html", FEED_COLUMNS, feed_report(location) if location else [])
