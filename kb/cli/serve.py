"""``kb serve`` and ``kb demo``: the commands that run the web app.

Why apart from the read side (``kb.cli.read``): these two are the only commands that start a server and the only
path from the command line into ``web`` (imported when a server starts, never at load, so the library never imports
Flask); ``kb demo`` also writes, ingesting the bundled samples before it serves them.
"""

from __future__ import annotations

import errno
import json
from pathlib import Path

import click

from kb.cli.base import handle_errors, main, open_kb, store_options
from kb.errors import InputError
from kb.pipeline.batch import expand_inputs
from kb.resources import samples_dir

# a TCP port: waitress took 99999 and listened on 99999 mod 65536 while the CLI announced 99999 (user27)
PORT = click.IntRange(0, 65535)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=PORT)
@store_options
@handle_errors
def serve(host: str, port: int, store: str | None, actors: tuple[Path, ...]) -> None:
    """Serve the web app and the SPARQL endpoint with a production WSGI server (waitress)."""
    _serve(store, host, port, actors)


def _serve(store: str | None, host: str, port: int, actors: tuple[Path, ...] = ()) -> None:
    import web  # the web adapter; the library itself never imports Flask
    from kb.store import store_location

    def ready(bound: int) -> None:  # the port bound: the system's choice for --port 0
        click.echo(f"Serving the knowledge base at http://{host}:{bound}/  (Ctrl+C to stop)")

    try:
        web.serve(store_location(store), host=host, port=port, actors=actors, ready=ready)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise InputError(f"{host}:{port} is already in use (another server?); choose another with --port") from None
        raise


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=PORT)
@click.option("--no-serve", is_flag=True, help="Only ingest the samples.")
@store_options
@handle_errors
def demo(host: str, port: int, no_serve: bool, store: str | None, actors: tuple[Path, ...]) -> None:
    """Ingest the bundled sample articles, then serve the app on 127.0.0.1."""
    kb = open_kb(store, actors)
    try:
        for result in kb.ingest_inputs(expand_inputs([str(samples_dir())])):
            claims = f"({result.outcome.claims} claims)" if result.outcome else result.reason
            click.echo(f"{result.status:<11} {result.name} {claims}")
        click.echo("stats: " + json.dumps(kb.stats()))
    finally:
        kb.close()
    if not no_serve:
        _serve(store, host, port, actors)

