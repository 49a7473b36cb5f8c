"""The web app: pages over the knowledge base, a SPARQL page and a SPARQL 1.1 Protocol endpoint.

A thin adapter: every read goes through a named query (``kb/sparql/queries/*.rq``) or the
``KnowledgeBase`` API, user queries go through ``kb.sparql.safety`` and a killable worker
(``web.sandbox``), and ``kb`` itself never imports Flask.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from flask import Flask

from kb.knowledge import KnowledgeBase
from web.sandbox import Limits, Sandbox

DEFAULTS: dict[str, Any] = {
    "KB_STORE": None,  # a location (directory or ":memory:") or a ready KnowledgeBase
    "SPARQL_TIMEOUT": 10.0,  # seconds before a user query's worker is killed
    "SPARQL_MAX_ROWS": 10000,  # rows (or triples) returned at most; more are cut and flagged
    "SPARQL_MAX_QUERY_BYTES": 20000,  # longer query texts get 413
    "SPARQL_MAX_MEMORY_MB": 2048,  # address space a query worker may add before it dies
    "SPARQL_MAX_WORKERS": 4,  # user queries running at once
    "RATE_LIMIT": "60/minute",  # per client, on /sparql; None or "" switches it off
    "KB_REFRESH_SECONDS": 5.0,  # a read-only disk store is reopened this often to see new ingests
}


def existing_disk_store(location: str) -> bool:
    return location != ":memory:" and (Path(location) / "oxigraph").is_dir()


def open_kb(location: str) -> KnowledgeBase:
    """Open the store read-only when it exists, so ``kb ingest`` can keep writing beside the server."""
    return KnowledgeBase.open(location, read_only=existing_disk_store(location))


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the app; ``config`` overrides ``DEFAULTS`` (``KB_STORE`` is required)."""
    from web import errors, security
    from web.views import register

    app = Flask(__name__)
    app.config.update(DEFAULTS)
    app.config.update(config or {})
    app.config["MAX_CONTENT_LENGTH"] = max(64 * 1024, 2 * int(app.config["SPARQL_MAX_QUERY_BYTES"]))
    source = app.config["KB_STORE"]
    if source is None:
        raise ValueError("KB_STORE must be a store location or a KnowledgeBase")
    refresh = not isinstance(source, KnowledgeBase) and existing_disk_store(str(source))
    kb = source if isinstance(source, KnowledgeBase) else open_kb(str(source))
    limits = Limits(
        timeout=float(app.config["SPARQL_TIMEOUT"]),
        max_rows=int(app.config["SPARQL_MAX_ROWS"]),
        max_memory_mb=int(app.config["SPARQL_MAX_MEMORY_MB"]),
        max_workers=int(app.config["SPARQL_MAX_WORKERS"]),
    )
    app.extensions["kb"] = kb
    app.extensions["sandbox"] = Sandbox(kb.store, limits)
    errors.install(app)
    security.install(app)
    register(app)
    if refresh:
        _keep_fresh(app, str(source))
    return app


def _fingerprint(location: str) -> tuple[int, ...]:
    """Changes when RocksDB writes, flushes or compacts: the store folder's and its files' mtimes."""
    folder = Path(location) / "oxigraph"
    try:
        return (folder.stat().st_mtime_ns, *sorted(p.stat().st_mtime_ns for p in folder.iterdir()))
    except OSError:
        return ()


def _keep_fresh(app: Flask, location: str) -> None:
    """A read-only Oxigraph store is a snapshot: at most every ``KB_REFRESH_SECONDS``, look whether the
    files changed and, if so, reopen it (~10 ms) so pages see what ``kb ingest`` wrote since.  The old
    handle is left to the garbage collector, not closed, because a request in flight may still read it.
    ``kb_generation`` counts reopenings, for caches keyed on the data.  User queries always open a fresh
    snapshot of their own."""
    period = float(app.config["KB_REFRESH_SECONDS"] or 0)
    state = {"checked": time.monotonic(), "seen": _fingerprint(location)}
    if period <= 0:
        return

    @app.before_request
    def _refresh() -> None:
        now = time.monotonic()
        if now - state["checked"] < period:  # type: ignore[operator]
            return
        state["checked"] = now
        seen = _fingerprint(location)
        if seen == state["seen"]:
            return
        state["seen"] = seen
        kb = open_kb(location)
        app.extensions["kb"] = kb
        app.extensions["sandbox"].store = kb.store
        app.extensions["kb_generation"] = app.extensions.get("kb_generation", 0) + 1


def serve(kb_location: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the app with waitress until interrupted; prints nothing (the CLI prints the URL)."""
    import waitress

    app = create_app({"KB_STORE": kb_location})
    waitress.serve(app, host=host, port=port, threads=8, ident="claimkb", _quiet=True)


__all__ = ["DEFAULTS", "create_app", "serve"]
