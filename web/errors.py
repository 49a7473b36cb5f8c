"""One error shape: ``{"error": {"status", "title", "detail"}}`` for API clients, a page for people.

Why one shape: scripts and the SPARQL page's JavaScript can read any failure — a bad query, a
refused SERVICE, a timeout, a rate limit — the same way, and browsers still get a readable page.
Library exceptions map to statuses here, so views just raise.
"""

from __future__ import annotations

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from kb.errors import InputError, KBError, QueryError, QueryOverBudget, QueryRefused, QueryTimeout, StoreError
from kb.sparql.safety import QueryTooLarge

API_SUFFIXES = (".json", ".csv", ".ttl", ".jsonld", ".geojson")


class ApiError(Exception):
    """Raise from a view to answer with ``status`` in the error shape."""

    def __init__(self, status: int, title: str, detail: str = "", headers: dict[str, str] | None = None) -> None:
        super().__init__(detail or title)
        self.status = status
        self.title = title
        self.detail = detail
        self.headers = headers or {}


def _status_for(exc: KBError) -> tuple[int, str]:
    if isinstance(exc, QueryTooLarge):
        return 413, "Query too large"
    if isinstance(exc, QueryRefused):
        return 403, "Query refused"
    if isinstance(exc, (QueryTimeout, QueryOverBudget)):
        return 503, "Query stopped"
    if isinstance(exc, QueryError):
        return 400, "Bad query"
    if isinstance(exc, InputError):
        return 404, "Not found"
    if isinstance(exc, StoreError):
        from kb.sparql.sandbox import RemoteUnavailable

        if isinstance(exc, RemoteUnavailable):
            return 502, "SPARQL server error"
        return 500, "Store error"
    return 500, "Error"


def _remote_fault(exc: KBError) -> tuple[int, str, str] | None:
    """(status, title, detail) when a remote store failed a page or a write: those run the app's own queries,
    never the user's, so the server is at fault (502; 503 when too slow), and the detail names no host
    inside the deployment.  ``/sparql`` decides for itself (``kb.sparql.sandbox``); None: not such a case."""
    from flask import current_app

    kb = current_app.extensions.get("kb")
    if kb is None or not kb.store.capabilities.remote or request.path.startswith("/sparql"):
        return None
    if isinstance(exc, QueryTimeout):
        return 503, "Query stopped", "the SPARQL server behind this site did not answer in time"
    if isinstance(exc, (StoreError, QueryError)) and not isinstance(exc, QueryRefused):
        return 502, "SPARQL server error", "the SPARQL server behind this site failed or could not be reached"
    return None


def wants_json() -> bool:
    """API paths and clients that prefer JSON (or anything but HTML) get the JSON shape."""
    from flask import g

    path = request.path
    if path.startswith(("/sparql", "/api/")) or path.endswith(API_SUFFIXES):
        return True
    chosen = g.get("render_media")  # a view's format, once ``web.render`` chose it: its errors follow it
    if chosen is not None:
        return chosen != "text/html"
    accept = request.accept_mimetypes  # a client that takes no HTML ("Accept: text/turtle" refused with a 406)
    if not accept:
        return False  # no Accept header takes anything: the page
    return not accept.accept_html or accept.best_match(["text/html", "application/json"]) == "application/json"


def error_response(status: int, title: str, detail: str = "", headers: dict[str, str] | None = None) -> Response:
    if wants_json():
        response = jsonify({"error": {"status": status, "title": title, "detail": detail}})
    else:
        page = render_template("error.html", status=status, title=title, detail=detail)
        response = Response(page, mimetype="text/html")
    response.status_code = status
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def install(app: Flask) -> None:
    """Route every error through ``error_response``."""

    @app.errorhandler(ApiError)
    def _api(exc: ApiError) -> Response:
        return error_response(exc.status, exc.title, exc.detail, exc.headers)

    @app.errorhandler(KBError)
    def _kb(exc: KBError) -> Response:
        fault = _remote_fault(exc)
        if fault is not None:
            app.logger.warning("the remote store failed %s %s: %s", request.method, request.path, exc)
            return error_response(*fault)
        status, title = _status_for(exc)
        return error_response(status, title, str(exc))

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException) -> Response:
        allowed = getattr(exc, "valid_methods", None)
        headers = {"Allow": ", ".join(allowed)} if allowed else {}
        title = exc.name[:1] + exc.name[1:].lower()  # "Not found", as the app's own errors, not "Not Found"
        return error_response(exc.code or 500, title, exc.description or "", headers)

    @app.errorhandler(Exception)
    def _other(exc: Exception) -> Response:
        app.logger.exception("unhandled error")
        return error_response(500, "Internal error", "something went wrong on the server; it has been logged")
