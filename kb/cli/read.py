"""Read-side ``kb`` commands: query, export, validate, quarantine, stats, conflicts, eval (serving the app:
``kb.cli.serve``)."""

from __future__ import annotations

import errno
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from kb.cli.base import NOT_CONFORMING, OK, check_actor, handle_errors, main, open_kb, store_options
from kb.errors import InputError
from kb.pipeline.batch import expand_inputs, load_input
from kb.pipeline.decode import read_bytes
from kb.sparql.safety import check_size
from kb.sparql.sandbox import Formats, Limits, NotAcceptable, Sandbox

# a CONSTRUCT's or DESCRIBE's graph per --format: it was Turtle whatever was asked, so `--format json | jq` failed
# on Turtle and csv/tsv printed something else than asked (user27); a graph has no rows, so csv/tsv refuse
GRAPH_FORMATS: dict[str, str | None] = {"table": "turtle", "json": "jsonld", "csv": None, "tsv": None}
EXPORT_FORMATS = {"trig": "trig", "nquads": "nquads", "turtle": "turtle", "jsonld": "jsonld"}


class _Console(Console):
    """rich's console, leaving a closed stdout to ``kb.cli.base.reader_gone`` like every other write: rich's own
    answer is exit 1, which ``kb`` uses for data that does not conform."""

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))


def print_table(columns: list[str], rows: Sequence[Sequence[object]], keep: Sequence[str] = ()) -> None:
    """Rows as a table on stdout (``--format table``); the ``keep`` columns are never wrapped nor cut (an id the
    user copies into the next command).  Into a pipe or a file the table may be as wide as ``PIPE_WIDTH``: rich
    takes 80 columns there, which cut every claim id of ``kb review list``."""
    table = Table(show_lines=False)
    for name in columns:
        table.add_column(name, no_wrap=name in keep, min_width=None)
    for row in rows:
        table.add_row(*["" if v is None else str(v) for v in row])
    console = _Console(soft_wrap=True)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = PIPE_WIDTH
    console.print(table)


PIPE_WIDTH = 200


_PREFIXES = (("ckb:", "https://w3id.org/claimkb/ns#"), ("id:", "https://w3id.org/claimkb/id/"),
             ("schema:", "https://schema.org/"), ("skos:", "http://www.w3.org/2004/02/skos/core#"),
             ("prov:", "http://www.w3.org/ns/prov#"), ("xsd:", "http://www.w3.org/2001/XMLSchema#"))


def _short(term: dict[str, str]) -> str | None:
    """A result term as the table shows it: IRIs with our prefixes (a narrow column cut
    ``…ns#CasualtyClaim`` and ``…ns#CallClaim`` to the same ``…ns#Ca…``); JSON, CSV and TSV keep full IRIs."""
    value = term.get("value")
    if value is not None and term.get("type") == "uri":
        for prefix, ns in _PREFIXES:
            if value.startswith(ns):
                return prefix + value[len(ns):]
    return value


def _query_text(query: str, max_bytes: int) -> str:
    """The query, or the text of ``@FILE`` — read no further than the size cap (``@/dev/zero`` is a file too)."""
    if not query.startswith("@"):
        return query
    path = Path(query[1:])
    raw = read_bytes(path, max_bytes, setting="KB_SPARQL_MAX_QUERY_BYTES")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid UTF-8") from None


@main.command()
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
@store_options
@handle_errors
def query(query: str, fmt: str, store: str | None, actors: tuple[Path, ...]) -> None:
    """Run a read-only SPARQL query (text, or @FILE.rq) over every graph in the store.

    The same worker, checks and limits as the web app's /sparql (``KB_SPARQL_TIMEOUT``,
    ``KB_SPARQL_MAX_ROWS``, ``KB_SPARQL_MAX_QUERY_BYTES``, ``KB_SPARQL_MAX_MEMORY_MB``)."""
    limits = Limits.from_env(os.environ)
    text = _query_text(query, limits.max_query_bytes)
    check_size(text, limits.max_query_bytes)
    kb = open_kb(store, actors, read_only=True)
    try:
        answer = Sandbox(kb.store, limits).run(text, Formats("json" if fmt == "table" else fmt, GRAPH_FORMATS[fmt]))
    except NotAcceptable:
        raise InputError(f"--format {fmt}: this query answers a graph (CONSTRUCT, DESCRIBE), which has no {fmt} "
                         "form: --format table prints it as Turtle, --format json as JSON-LD") from None
    finally:
        kb.close()
    if answer.truncated:
        click.echo(f"kb: only the first {answer.rows} results are shown (KB_SPARQL_MAX_ROWS)", err=True)
    if fmt != "table" or answer.kind == "graph":
        body = answer.body.decode("utf-8")
        sys.stdout.write(body if body.endswith("\n") else body + "\n")  # a shell prompt never glued to the JSON
        return
    data = json.loads(answer.body)
    if "boolean" in data:
        click.echo("true" if data["boolean"] else "false")
        return
    names = data["head"]["vars"]
    print_table(names, [[_short(b.get(n, {})) for n in names] for b in data["results"]["bindings"]])


@main.command()
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORT_FORMATS)), default="trig", show_default=True)
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), help="File (default stdout).")
@store_options
@handle_errors
def export(fmt: str, output: Path | None, store: str | None, actors: tuple[Path, ...]) -> None:
    """Write the whole store (TriG/N-Quads keep the named graphs; Turtle/JSON-LD merge them)."""
    temp = _temp_beside(output) if output is not None else None  # an unwritable -o fails before any reading
    try:
        kb = open_kb(store, actors, read_only=True)
        try:
            data = kb.store.dump(EXPORT_FORMATS[fmt])
        finally:
            kb.close()
        if temp is None:
            sys.stdout.buffer.write(data)
            return
        temp.write_bytes(data)
        temp.replace(output)  # type: ignore[arg-type]  # whole or not at all: an old export survives a failure
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)


def _temp_beside(output: Path) -> Path:
    try:
        handle, name = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    except OSError as exc:
        raise InputError(f"{output}: cannot write ({exc.strerror or exc})") from None
    os.close(handle)
    mask = os.umask(0)
    os.umask(mask)
    Path(name).chmod(0o666 & ~mask)  # as a plain open() would have made it, not mkstemp's 0600
    return Path(name)


@main.command()
@store_options
@handle_errors
def validate(store: str | None, actors: tuple[Path, ...]) -> None:
    """Re-check every stored article against the SHACL shapes; exit 1 when any fails."""
    kb = open_kb(store, actors, read_only=True)
    try:
        graphs = kb.article_graphs()
        failures = kb.validate()
    finally:
        kb.close()
    for iri, result in failures:
        click.echo(f"does not conform: {iri}\n  " + result.text.replace("\n", "\n  "))
    click.echo(f"{len(graphs) - len(failures)} of {len(graphs)} article graphs conform")
    sys.exit(NOT_CONFORMING if failures else OK)


@main.command()
@click.argument("action", type=click.Choice(["list", "show"]), default="list")
@click.argument("key", required=False)
@store_options
@handle_errors
def quarantine(action: str, key: str | None, store: str | None, actors: tuple[Path, ...]) -> None:
    """List quarantined articles, or show one (its reason, claims and SHACL report)."""
    kb = open_kb(store, actors, read_only=True)
    try:
        if action == "list":
            entries = kb.quarantine.list()
            if not entries:  # as the web page says it, not an empty table (tryout 20)
                click.echo("Nothing is quarantined.")
                return
            print_table(["key", "name", "when", "reason"],
                   [[e.key, e.name, e.when, e.reason.splitlines()[0] if e.reason else ""] for e in entries])
            return
        if not key:
            raise click.UsageError("quarantine show needs the entry's KEY")
        entry = kb.quarantine.get(key)
        click.echo(f"key: {entry.key}\nname: {entry.name}\nwhen: {entry.when}\nreason:\n  "
                   + entry.reason.replace("\n", "\n  "))
        click.echo(f"claims: {len(entry.claims)}")
        for claim in entry.claims:
            click.echo("  " + json.dumps(claim, ensure_ascii=False))
        click.echo("report:\n" + entry.report_turtle)
    finally:
        kb.close()


@main.command()
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True)
@store_options
@handle_errors
def stats(fmt: str, store: str | None, actors: tuple[Path, ...]) -> None:
    """Counts of articles, claims, actors and quarantined articles."""
    kb = open_kb(store, actors, read_only=True)
    try:
        counts = kb.stats()
    finally:
        kb.close()
    if fmt == "json":
        click.echo(json.dumps(counts))
    else:
        print_table(["what", "count"], [[k, v] for k, v in counts.items()])


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--actor", default=None, help="Only conflicts involving this actor (name or key).")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="The newest N conflicts, each with its lead claims (each side's first and latest); "
                   "default: every conflict with every claim.")
@click.option("--refresh", is_flag=True,
              help="Recompute conflicts, timelines and the articles order from every claim first (ingest keeps "
                   "them current incrementally; use after an upgrade).")
@store_options
@handle_errors
def conflicts(fmt: str, actor: str | None, limit: int | None, refresh: bool, store: str | None,
              actors: tuple[Path, ...]) -> None:
    """Conflicting claims: numeric, part-whole, mutual accusations and denials, each explained."""
    from kb.derived import conflicts as conflicts_lib

    if refresh:
        writer = open_kb(store, actors)
        try:
            summary = writer.refresh(full=True)
        finally:
            writer.close()
        click.echo(f"refreshed: {summary.total_conflicts} conflicts from {summary.claims} claims "
                   f"({sum(summary.seconds.values()):.1f} s)", err=True)
    kb = open_kb(store, actors, read_only=True)
    try:
        if actor:
            check_actor(kb.store, actor)
        if fmt == "json" and limit is None:  # every conflict with every claim: streamed, a chunk at a time
            from kb.derived.conflicts.stream import write_json

            write_json(kb.store, sys.stdout, actor)
            return
        found = conflicts_lib.list_conflicts(kb.store, actor=actor, limit=limit)
    finally:
        kb.close()
    if fmt == "json":
        click.echo(json.dumps([c.to_dict() for c in found], ensure_ascii=False, indent=1))
    else:
        click.echo(conflicts_lib.render_table(found))


@main.command(name="eval")
@click.argument("gold", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("articles", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--published", "published", multiple=True, metavar="STEM=YYYY-MM-DD",
              help="Publication date of one article without a sidecar (repeatable).")
@click.option("--actors", "actors", multiple=True, type=click.Path(path_type=Path), envvar="KB_ACTORS")
@handle_errors
def eval_command(gold: Path, articles: tuple[str, ...], fmt: str, published: tuple[str, ...],
                 actors: tuple[Path, ...]) -> None:
    """Score extraction against a gold JSONL (precision, recall, speaker and source-chain accuracy)."""
    from kb.actors import Gazetteer
    from kb.eval import evaluate
    from kb.eval_gold import read_gold
    from kb.eval_render import render, to_json

    records = read_gold(gold)
    dates = dict(p.partition("=")[::2] for p in published)
    loaded = {item.name: load_input(item, {"published": dates.get(item.name)}, None)[0]
              for item in expand_inputs(articles)}
    report = evaluate(records, loaded, Gazetteer.load(actors))
    click.echo(json.dumps(to_json(report), indent=1) if fmt == "json" else render(report))
