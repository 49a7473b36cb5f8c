"""The web app: pages over the knowledge base, a SPARQL page and a SPARQL 1.1 Protocol endpoint.

A thin adapter: every read goes through a named query (``kb/sparql/queries/*.rq``) or the
``KnowledgeBase`` API, user queries go through ``kb.sparql.safety`` and a killable worker
(``kb.sparql.sandbox``), and ``kb`` itself never imports Flask.  Writes (``POST /api/articles``, ``/upload``)
borrow the store's writer lock for one article at a time (``web.connection``, ``web.writes``).
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from flask import Flask, g
from flask.json.provider import DefaultJSONProvider

from kb.errors import InputError
from kb.service import KnowledgeBase
from kb.sparql.sandbox import Limits, Sandbox
from web.connection import StoreHandle, existing_disk_store

DEFAULTS: dict[str, Any] = {
    "KB_STORE": None,  # a location (directory or ":memory:") or a ready KnowledgeBase
    "KB_ACTORS": (),  # extra gazetteer files (Turtle), as for `kb ingest --actors`
    "SPARQL_TIMEOUT": 10.0,  # seconds before a user query's worker is killed
    "SPARQL_MAX_ROWS": 10000,  # rows (or triples) returned at most; more are cut and flagged
    "SPARQL_MAX_QUERY_BYTES": 20000,  # longer query texts get 413
    "SPARQL_MAX_RESULT_BYTES": 50_000_000,  # a larger answer is refused (400), never held by the server
    "SPARQL_MAX_MEMORY_MB": 2048,  # address space a query worker may add before it dies
    "SPARQL_MAX_WORKERS": 4,  # user queries running at once
    "RATE_LIMIT": "60/minute",  # per client, on /sparql; None or "" switches it off
    "KB_REFRESH_SECONDS": 2.0,  # a read-only disk store is reopened this often (if changed) to see new ingests
    "API_TOKEN": None,  # bearer token for POST /api/articles and /upload (env KB_API_TOKEN); None: writes off
    "WRITE_WAIT": 10.0,  # seconds a write waits for another writer (`kb ingest`) before answering 503
    "WRITE_MAX_BYTES": 2 * 1024 * 1024,  # largest article body accepted (413 above)
    "REVIEWERS_FILE": None,  # reviewers and token digests (`kb reviewer add`); default: beside the store; none: off
    "PAGE_TIMEOUT": 5.0,  # seconds a page's queries may take before it answers 503 (0: no limit); see web.budget
    "STREAM_TIMEOUT": 120.0,  # seconds a whole list streamed a page at a time may take in all, then cut short (0: none)
}


_TUNABLE = ("SPARQL_TIMEOUT", "SPARQL_MAX_ROWS", "SPARQL_MAX_QUERY_BYTES", "SPARQL_MAX_RESULT_BYTES",
            "SPARQL_MAX_MEMORY_MB", "SPARQL_MAX_WORKERS", "RATE_LIMIT", "KB_REFRESH_SECONDS", "WRITE_WAIT",
            "WRITE_MAX_BYTES", "PAGE_TIMEOUT", "STREAM_TIMEOUT")


def settings_from_env(env: Mapping[str, str]) -> dict[str, Any]:
    """``kb serve`` takes its limits from the environment: ``KB_SPARQL_TIMEOUT=5`` sets SPARQL_TIMEOUT
    (``KB_REFRESH_SECONDS`` as is).  Values are typed like the defaults; a bad one fails at start-up."""
    out: dict[str, Any] = {}
    for key in _TUNABLE:
        name = key if key.startswith("KB_") else f"KB_{key}"
        if name not in env:
            continue
        default, raw = DEFAULTS[key], env[name]
        try:
            out[key] = raw if isinstance(default, str) else type(default)(raw)
        except ValueError:
            raise ValueError(f"{name}={raw!r}: expected a {type(default).__name__}") from None
    return out


class NumbersJSON(DefaultJSONProvider):
    """Flask's JSON, with an ``xsd:decimal`` (a Python Decimal: a claim's confidence, a figure) written as a number:
    Flask writes Decimal as a string, and tryout 19 found ``"confidence": "0.75"`` in the claim JSON."""

    @staticmethod
    def default(o: Any) -> Any:
        if isinstance(o, Decimal):
            return int(o) if o == o.to_integral_value() and abs(o) < 2**53 else float(o)
        return DefaultJSONProvider.default(o)


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the app; ``config`` overrides ``DEFAULTS`` and the ``KB_API_TOKEN`` / ``KB_SECRET_KEY``
    environment (``KB_STORE`` is required)."""
    from web import budget, errors, security
    from web.views import register

    app = Flask(__name__)
    app.json = NumbersJSON(app)
    app.config.update(DEFAULTS)
    app.config["API_TOKEN"] = os.environ.get("KB_API_TOKEN") or None
    # Without a configured key each process makes its own: upload forms then expire on restart, nothing worse.
    app.config["SECRET_KEY"] = os.environ.get("KB_SECRET_KEY") or secrets.token_hex(32)
    app.config.update(SESSION_COOKIE_SAMESITE="Lax", SESSION_COOKIE_HTTPONLY=True)
    app.config.update(settings_from_env(os.environ))
    app.config.update(config or {})
    app.config["MAX_CONTENT_LENGTH"] = max(64 * 1024, 2 * int(app.config["SPARQL_MAX_QUERY_BYTES"]))
    source = app.config["KB_STORE"]
    if source is None:
        raise ValueError("KB_STORE must be a store location or a KnowledgeBase")
    if not app.config["REVIEWERS_FILE"] and (isinstance(source, str) or os.environ.get("KB_REVIEWERS")):
        from kb.review.reviewers import reviewers_location

        app.config["REVIEWERS_FILE"] = str(reviewers_location(source if isinstance(source, str) else ":memory:"))
    handle = StoreHandle(source if isinstance(source, KnowledgeBase) else str(source),
                         actors=[Path(p) for p in app.config["KB_ACTORS"] or ()],
                         refresh_seconds=float(app.config["KB_REFRESH_SECONDS"] or 0),
                         write_wait=float(app.config["WRITE_WAIT"]))
    limits = Limits(
        timeout=float(app.config["SPARQL_TIMEOUT"]),
        max_rows=int(app.config["SPARQL_MAX_ROWS"]),
        max_memory_mb=int(app.config["SPARQL_MAX_MEMORY_MB"]),
        max_workers=int(app.config["SPARQL_MAX_WORKERS"]),
        max_query_bytes=int(app.config["SPARQL_MAX_QUERY_BYTES"]),
        max_result_bytes=int(app.config["SPARQL_MAX_RESULT_BYTES"]),
    )
    app.extensions["store"] = handle
    app.extensions["kb"] = handle.kb
    app.extensions["sandbox"] = Sandbox(handle.kb.store, limits, fork_lock=handle.native_lock, zygote=True)
    errors.install(app)
    security.install(app)
    budget.install(app)
    register(app)
    _follow(app, handle)
    _list_queries(app)
    return app


def _list_queries(app: Flask) -> None:
    """Every named query a request runs, the library's included, goes to its "queries run" box as it runs."""
    from kb import sparql
    from web import core

    @app.before_request
    def _watch() -> None:
        g.sparql_watch = sparql.watch(core.note)

    @app.teardown_request
    def _unwatch(_exc: BaseException | None) -> None:
        token = g.pop("sparql_watch", None)
        if token is not None:
            sparql.unwatch(token)


def _follow(app: Flask, handle: StoreHandle) -> None:
    """Point the views and the SPARQL sandbox at every new snapshot; look for one before each request.

    ``kb_generation`` counts snapshots (and the app's own writes), for caches keyed on the data.  User
    queries open a fresh snapshot of their own anyway."""

    def _use(kb: KnowledgeBase) -> None:
        app.extensions["kb"] = kb
        app.extensions["sandbox"].store = kb.store
        app.extensions["kb_generation"] = handle.generation

    handle.listeners.append(_use)
    app.before_request(handle.maybe_refresh)

    @app.context_processor
    def _writes() -> dict[str, Any]:
        from web import reviewing

        return {"writes_enabled": bool(app.config.get("API_TOKEN")), "reviewer": reviewing.signed_in(),
                "has_session": reviewing.has_session()}


def serve(kb_location: str, host: str = "127.0.0.1", port: int = 8000, *, actors: Iterable[Path] = (),
          config: dict[str, Any] | None = None, ready: Callable[[int], None] | None = None) -> None:
    """Serve the app with waitress until interrupted; prints nothing (the CLI prints the URL from ``ready``, called
    with the port bound once the socket is bound: a port already in use fails before anything says it is served,
    and ``port=0`` announces the port the system chose, not 0). A host that does not resolve or is not this
    machine's is an ``InputError`` naming it (waitress raised a bare ``ValueError``, which reached the user as a
    traceback; user27)."""
    import waitress.server

    app = create_app({"KB_STORE": kb_location, "KB_ACTORS": tuple(actors), **(config or {})})
    # a look-ahead of one request keeps reading the socket while a page runs, so waitress sees a client leave
    # (``waitress.client_disconnected``) and the page's budget stops it (``web.budget``)
    try:
        server = waitress.server.create_server(app, host=host, port=port, threads=8, ident="claimkb",
                                               channel_request_lookahead=1)
    except ValueError as exc:  # waitress: the host/port pair does not resolve
        raise InputError(f"{host}:{port}: cannot listen there ({exc})") from None
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise  # the CLI says which port and what to do
        raise InputError(f"{host}:{port}: cannot listen there ({exc.strerror or exc})") from None
    if ready is not None:
        ready(int(getattr(server, "effective_port", port)))
    server.run()


__all__ = ["DEFAULTS", "create_app", "existing_disk_store", "serve"]
