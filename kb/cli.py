"""The ``kb`` command: a thin adapter over the library.

Exit codes (documented in the README and pinned by tests):
  0  success
  1  data does not conform (quarantined, ``kb validate`` failures) or nothing was ingested
  2  usage or runtime error (bad option, missing or unreadable file, malformed input, store error)
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

from kb.article import load_article
from kb.errors import KBError, NotConforming
from kb.knowledge import KnowledgeBase, Outcome
from kb.record import read_jsonl, write_jsonl

OK, NOT_CONFORMING, ERROR = 0, 1, 2
ARTICLE_SUFFIXES = (".txt",)


def fail(message: str, code: int = ERROR) -> None:
    click.echo(f"kb: {message}", err=True)
    sys.exit(code)


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into one clear line and a documented exit code, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NotConforming as exc:
            fail(str(exc), NOT_CONFORMING)
        except KBError as exc:
            fail(str(exc))

    return wrapper


def store_options(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option("--actors", "actors", multiple=True, type=click.Path(path_type=Path),
                        envvar="KB_ACTORS", help="Extra actor gazetteer (Turtle); repeatable.")(func)
    return click.option("--store", "store", default=None, metavar="DIR",
                        help="Store location (default: $KB_STORE or ./kb-data; ':memory:' for a throwaway).")(func)


def open_kb(store: str | None, actors: Iterable[Path], read_only: bool = False) -> KnowledgeBase:
    return KnowledgeBase.open(store, actors=actors, read_only=read_only)


def metadata_options(func: Callable[..., Any]) -> Callable[..., Any]:
    for name, text in (("--lang", "Language (id or en); detected when absent."),
                       ("--outlet", "Outlet that published the article(s)."),
                       ("--url", "The article's URL (one file only); its named graph's IRI."),
                       ("--published", "Publication date, YYYY-MM-DD.")):
        func = click.option(name, default=None, help=text)(func)
    return func


def article_paths(paths: Iterable[str]) -> list[Path]:
    """Files as given, folders expanded to their article files (sorted); missing paths are errors."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in ARTICLE_SUFFIXES))
        elif path.exists():
            found.append(path)
        else:
            raise KBError(f"{path}: no such file or folder")
    return found


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimkb")
def main() -> None:
    """A claim-tracking knowledge base: attributed claims from news articles, as validated RDF."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@metadata_options
@store_options
@handle_errors
def ingest(paths: tuple[str, ...], store: str | None, actors: tuple[Path, ...], **meta: str | None) -> None:
    """Extract claims from article files (or folders of .txt) and store them through the SHACL gate."""
    files = article_paths(paths)
    if meta.get("url") and len(files) > 1:
        raise click.UsageError("--url names one article: give a single file")
    kb = open_kb(store, actors)
    try:
        kb.sync_reference_graphs()
        outcomes, errors = [], 0
        for path in files:
            try:
                outcome = kb.ingest(load_article(path, **meta))
            except KBError as exc:
                click.echo(f"kb: {exc}", err=True)
                errors += 1
                continue
            outcomes.append(outcome)
            click.echo(_describe(outcome))
        _refresh_conflicts(kb)
    finally:
        kb.close()
    sys.exit(_ingest_exit(outcomes, errors))


def _describe(o: Outcome) -> str:
    line = f"{o.status:<11} {o.name} ({o.claims} claims)"
    return line + ("\n  " + o.message.replace("\n", "\n  ") if o.message else "")


def _ingest_exit(outcomes: list[Outcome], errors: int) -> int:
    if errors:
        return ERROR
    admitted = [o for o in outcomes if o.status != "quarantined"]
    return OK if outcomes and len(admitted) == len(outcomes) else NOT_CONFORMING


def _refresh_conflicts(kb: KnowledgeBase) -> None:
    """Recompute the conflicts graph after writes (when the conflicts module is present)."""
    try:
        from kb import conflicts
    except ImportError:
        return
    conflicts.refresh(kb.store)


@main.command()
@click.argument("jsonl", type=click.Path(path_type=Path, dir_okay=False))
@store_options
@handle_errors
def add(jsonl: Path, store: str | None, actors: tuple[Path, ...]) -> None:
    """Add curated claim records (JSONL) to stored articles, through the same gate."""
    try:
        with jsonl.open(encoding="utf-8") as stream:
            claims = list(read_jsonl(stream, name=str(jsonl)))
    except FileNotFoundError:
        raise KBError(f"{jsonl}: no such file") from None
    except UnicodeDecodeError:
        raise KBError(f"{jsonl}: not valid UTF-8") from None
    kb = open_kb(store, actors)
    try:
        kb.sync_reference_graphs()
        outcomes = kb.add_claims(claims)
        for outcome in outcomes:
            click.echo(_describe(outcome))
        _refresh_conflicts(kb)
    finally:
        kb.close()
    sys.exit(_ingest_exit(outcomes, 0))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@metadata_options
@click.option("--actors", "actors", multiple=True, type=click.Path(path_type=Path), envvar="KB_ACTORS")
@handle_errors
def extract(paths: tuple[str, ...], fmt: str, actors: tuple[Path, ...], **meta: str | None) -> None:
    """Print the claims found in article files as JSONL (no store involved)."""
    from kb.actors import Gazetteer
    from kb.extract import extract_claims

    gazetteer = Gazetteer.load(actors)
    for path in article_paths(paths):
        write_jsonl(extract_claims(load_article(path, **meta), gazetteer), sys.stdout)


from kb import cli_read  # noqa: E402  (registers the read-side commands on ``main``)

__all__ = ["cli_read", "main"]
