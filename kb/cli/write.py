"""Write-side ``kb`` commands: ingest, add, extract (the read side is ``kb.cli.read``)."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from kb.cli.base import (
    ERROR,
    NOT_CONFORMING,
    OK,
    fail,
    handle_errors,
    main,
    metadata_options,
    progress_line,
    store_options,
)
from kb.cli.feeds import feed_options, run_feeds
from kb.errors import InputError
from kb.pipeline import batch
from kb.pipeline.article import check_meta
from kb.pipeline.batch import Result
from kb.pipeline.decode import read_bytes
from kb.pipeline.record import read_jsonl, write_jsonl
from kb.service import KnowledgeBase, Outcome


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--feed", "feeds", multiple=True, metavar="URL",
              help="Ingest the new articles of an RSS/Atom feed or news sitemap (repeatable; see kb watch).")
@feed_options
@metadata_options
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes for extraction and validation (0: one per CPU).")
@click.option("--wait", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Seconds to wait for another writer (e.g. the web app) to release the store.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None, envvar="KB_MAX_BYTES",
              help="Refuse files larger than this (default 5 MB; $KB_MAX_BYTES).")
@store_options
@handle_errors
def ingest(paths: tuple[str, ...], feeds: tuple[str, ...], store: str | None, actors: tuple[Path, ...], jobs: int,
           wait: float, max_bytes: int | None, retry_after: str, max_attempts: int, allow_host: tuple[str, ...],
           rate: str, max_new: int, **meta: str | None) -> None:
    """Ingest articles (.txt, .html; folders, globs, - for stdin; or --feed URL) through the SHACL gate."""
    from rich.console import Console

    if feeds:
        if paths or any(v is not None for v in meta.values()):
            raise click.UsageError("--feed reads its articles' metadata from the feed and pages: give no files "
                                   "and no --title/--url/... with it")
        run_feeds(feeds, store, actors, wait, every=None, retry_after=retry_after, max_attempts=max_attempts,
                  allow_host=allow_host, rate=rate, max_new=max_new)
        return
    if not paths:
        raise click.UsageError("give article files, folders, globs or -, or --feed URL")

    skipped: list[Path] = []
    items = batch.expand_inputs(paths, stdin=_read_stdin, skipped=skipped)
    no_articles(items, paths, skipped)
    check_meta({k: v for k, v in meta.items() if v is not None}, "command line")
    if meta.get("url") and max(len(items), len(paths)) > 1:
        raise click.UsageError("--url names one article: give a single file")
    kb = KnowledgeBase.open(store, actors=actors, wait=wait)
    try:
        with _terminal_progress(len(items), _echo_result) as progress:
            results = kb.ingest_inputs(items, meta, jobs, progress, max_bytes=max_bytes)
    finally:
        kb.close()
    console = Console(stderr=True, soft_wrap=True)
    for table in _summary_tables(results):
        console.print(table)
    if skipped:
        console.print(batch.hidden_summary(skipped), highlight=False)
    outcomes = [r.outcome for r in results if r.outcome is not None]
    sys.exit(_ingest_exit(outcomes, sum(r.status == "failed" for r in results)))


def no_articles(items: Sequence[object], paths: Sequence[str], skipped: Sequence[Path] = ()) -> None:
    """A folder with no article file in it is one line and exit 1 ("nothing was ingested"), for ``kb ingest``
    and ``kb extract`` alike, never a silent success (saying what hidden entries it left out, if any)."""
    if not items:
        suffixes = ", ".join(batch.ARTICLE_SUFFIXES)
        hidden = f" ({batch.hidden_summary(list(skipped))})" if skipped else ""
        fail(f"{', '.join(paths)}: no article files ({suffixes}) found: nothing to read{hidden}", NOT_CONFORMING)


def _read_stdin() -> bytes:
    return sys.stdin.buffer.read()


def _echo_result(result: Any) -> None:
    """One line per input on stdout (its outcome), notes and errors on stderr."""
    for note in result.notes:
        click.echo(f"kb: {note}", err=True)
    if result.outcome is None:
        click.echo(f"kb: {result.reason}", err=True)
    else:
        progress_line(_describe(result.outcome))


def _describe(o: Outcome) -> str:
    line = f"{o.status:<11} {o.name} ({o.claims} claims)"
    if o.copy_of:  # the same story already stored (kb.syndication): said, as `kb watch` says it (tryout 22)
        line += f" [{o.key}] — copy of stored article {o.copy_of.rsplit('/', 1)[-1]}; counted as one source with it"
    return line + ("\n  " + o.message.replace("\n", "\n  ") if o.message else "")


def _ingest_exit(outcomes: list[Outcome], errors: int) -> int:
    if errors:
        return ERROR
    admitted = [o for o in outcomes if o.status != "quarantined"]
    return OK if outcomes and len(admitted) == len(outcomes) else NOT_CONFORMING


@main.command()
@click.argument("claims_file", metavar="CLAIMS", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--wait", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Seconds to wait for another writer to release the store.")
@store_options
@handle_errors
def add(claims_file: Path, wait: float, store: str | None, actors: tuple[Path, ...]) -> None:
    """Add curated claims (JSONL, or RDF: .ttl .trig .jsonld .nt .nq) to stored articles, through the gate."""
    from kb.pipeline.from_rdf import parse_rdf, rdf_format

    graph = parse_rdf(claims_file) if rdf_format(claims_file) else None  # malformed input fails before the store
    claims = _read_jsonl_claims(claims_file) if graph is None else []
    kb = KnowledgeBase.open(store, actors=actors, wait=wait)
    try:
        if graph is not None:
            from kb.pipeline.from_rdf import claims_from_rdf

            claims = claims_from_rdf(graph, kb.gazetteer.graph, str(claims_file))
        if not claims:
            fail(f"{claims_file}: no claim records found", NOT_CONFORMING)
        outcomes = kb.add_claims(claims)
        for outcome in outcomes:
            progress_line(_describe(outcome))
    finally:
        kb.close()
    sys.exit(_ingest_exit(outcomes, 0))


def _read_jsonl_claims(path: Path) -> list[Any]:
    """Claim records of a JSONL file (capped like an article: ``KB_MAX_BYTES``)."""
    try:
        text = read_bytes(path).decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid UTF-8") from None
    if text.strip() and not text.lstrip().startswith("{"):  # an article's text, most likely: "invalid JSON" said
        # nothing of what to do (trial user29)
        from kb.pipeline.from_rdf import FORMATS

        raise InputError(f"{path}: not claim records: kb add takes JSONL claim records or RDF "
                         f"({' '.join(FORMATS)}); an article's text goes in with 'kb ingest {path}'")
    return list(read_jsonl(io.StringIO(text), name=str(path)))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@metadata_options
@click.option("--max-bytes", type=click.IntRange(min=1), default=None, envvar="KB_MAX_BYTES",
              help="Refuse files larger than this (default 5 MB).")
@click.option("--actors", "actors", multiple=True, type=click.Path(path_type=Path), envvar="KB_ACTORS")
@handle_errors
def extract(paths: tuple[str, ...], fmt: str, max_bytes: int | None, actors: tuple[Path, ...],
            **meta: str | None) -> None:
    """Print the claims found in article files (.txt, .html; folders, globs, -) as JSONL; no store."""
    from kb.actors import Gazetteer
    from kb.extract import extract_claims
    from kb.pipeline.batch import expand_inputs, load_input

    gazetteer = Gazetteer.load(actors)
    skipped: list[Path] = []
    items = expand_inputs(paths, stdin=_read_stdin, skipped=skipped)
    no_articles(items, paths, skipped)
    if skipped:
        click.echo(f"kb: {batch.hidden_summary(skipped)}", err=True)
    for item in items:
        article, notes = load_input(item, meta, max_bytes)
        for note in notes:
            click.echo(f"kb: {note}", err=True)
        claims = extract_claims(article, gazetteer)
        if not claims:  # an empty answer read as a failure (tryout 19): say so, off stdout, still exit 0
            click.echo(f"kb: {item.path or item.name}: no claims found", err=True)
        write_jsonl(claims, sys.stdout)


def _summary_tables(results: Sequence[Result]) -> list[object]:
    """Rich tables for the end of a batch: counts per status, then the reason of each problem."""
    from rich.table import Table

    tally = batch.counts(results)
    totals = Table(*batch.STATUSES, title=f"{len(results)} input(s)")
    totals.add_row(*[str(tally[s]) for s in batch.STATUSES])
    tables: list[object] = [totals]
    problems = [r for r in results if r.status in ("failed", "quarantined")]
    if problems:
        detail = Table("input", "status", "reason")
        for r in problems:
            detail.add_row(r.name, r.status, (r.reason.splitlines() or [""])[0].split(": ", 1)[-1])
        tables.append(detail)
    return tables


@contextmanager
def _terminal_progress(total: int, echo: Callable[[Result], None]) -> Iterator[Callable[[Result], None]]:
    """A progress bar on stderr when it is a terminal (never in pipes, logs or CI); yields the
    callback that reports each result (``echo``) and advances the bar."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    bar = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=console, disable=not console.is_terminal, transient=True)
    with bar:
        task = bar.add_task("ingest", total=total)

        def advance(result: Result) -> None:
            echo(result)
            bar.advance(task)

        yield advance


@main.command()
@click.argument("keys", nargs=-1, required=True)
@click.option("--wait", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Seconds to wait for another writer to release the store.")
@store_options
@handle_errors
def delete(keys: tuple[str, ...], wait: float, store: str | None, actors: tuple[Path, ...]) -> None:
    """Remove stored articles by key (the 16-hex key of /articles/<key>); their claims leave every page,
    count, conflict and timeline at once.  All keys are checked before anything is removed."""
    kb = KnowledgeBase.open(store, actors=actors, wait=wait)
    try:
        missing = [key for key in keys if not kb.has_article(key)]
        if missing:
            raise InputError(f"not in the store: {', '.join(missing)}: nothing was deleted")
        with kb.batch():  # one derived-data update for all of them
            for key in dict.fromkeys(keys):
                kb.delete_article(key)
                progress_line(f"deleted     {key}")
    finally:
        kb.close()
