"""Every page's queries under a time budget (``PAGE_TIMEOUT``, env ``KB_PAGE_TIMEOUT``), stopped when the
client goes: a slow page answers 503 ("Query stopped", the JSON error shape) instead of holding a server
thread and the store for minutes, and a page nobody waits for any more stops at its next check.

The budget is ``kb.deadline``'s, started before each page and ended after it; the library checks it before
each named query and while reading rows.  Waitress tells whether the client has gone
(``environ["waitress.client_disconnected"]``, offered because ``serve`` sets ``channel_request_lookahead``).
Not budgeted: ``/sparql`` (user queries have their own limit, ``SPARQL_TIMEOUT``, in a killable worker) and
writes (an article's gate, write and conflicts refresh must finish once started).
"""

from __future__ import annotations

from flask import Flask, g, request

from kb import deadline

UNBUDGETED = ("/sparql", "/static/")


def install(app: Flask) -> None:
    """Start a budget before every page (GET or HEAD) and end it after."""

    @app.before_request
    def _start() -> None:
        if request.method not in ("GET", "HEAD") or request.path.startswith(UNBUDGETED):
            return
        gone = request.environ.get("waitress.client_disconnected")
        g.page_budget = deadline.start(float(app.config["PAGE_TIMEOUT"] or 0), gone if callable(gone) else None)

    @app.teardown_request
    def _stop(_exc: BaseException | None) -> None:
        token = g.pop("page_budget", None)
        if token is not None:
            deadline.stop(token)
