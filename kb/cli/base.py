"""What every ``kb`` command shares: the command group, exit codes, error handling, common options.

Exit codes (documented in the README and pinned by tests):
  0  success
  1  data does not conform (quarantined, ``kb validate`` failures) or nothing was ingested
  2  usage or runtime error (bad option, missing or unreadable file, malformed input, store error)
A reader that closes the output early (``kb extract FILE | head -1``) ends a reading command quietly with 0.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NoReturn

import click

from kb.errors import InputError, KBError, NotConforming
from kb.service import KnowledgeBase
from kb.store import Store

OK, NOT_CONFORMING, ERROR = 0, 1, 2


def fail(message: str, code: int = ERROR) -> None:
    click.echo(f"kb: {message}", err=True)
    sys.exit(code)


def reader_gone() -> NoReturn:
    """End quietly (exit 0): whoever reads our output closed it (``kb extract FILE | head -1``), which is their
    choice, not an error to report.

    Python ignores SIGPIPE, so a write to a closed pipe raises BrokenPipeError where a C tool would just end;
    reported as an OSError it read "kb: file: Broken pipe" (exit 2). Exit 0, as ``kb query | head`` always did
    (a large single write loses its tail to a closed pipe without any error), so that no command's status
    depends on how it happens to write."""
    _stdout_to_devnull()
    sys.exit(OK)


def _stdout_to_devnull() -> None:
    """Point stdout at /dev/null, so that no later line, nor the interpreter's last flush of what is still
    buffered, raises again or prints "Exception ignored ... BrokenPipeError"."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def progress_line(message: str) -> None:
    """Print one line of a write's running report (``kb ingest``, ``kb watch``, ``kb delete``). A reader that stops
    reading (``kb ingest DIR | head -3``) must not stop the write half-way: the lines left go to /dev/null, and
    the command ends with its own exit code, for everything it was asked to write."""
    try:
        click.echo(message)
    except BrokenPipeError:
        _stdout_to_devnull()


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
        except BrokenPipeError:  # before OSError, of which it is one: not a file of ours that failed
            reader_gone()
        except OSError as exc:  # a file the command itself opens (``export -o /no/such/dir/x``): name it
            fail(f"{exc.filename or 'file'}: {exc.strerror or exc}")

    return wrapper


def store_options(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option("--actors", "actors", multiple=True, type=click.Path(path_type=Path),
                        envvar="KB_ACTORS", help="Extra actor gazetteer (Turtle); repeatable.")(func)
    return click.option("--store", "store", default=None, metavar="DIR",
                        help="Store location (default: $KB_STORE or ./kb-data; ':memory:' for a throwaway).")(func)


def open_kb(store: str | None, actors: Iterable[Path], read_only: bool = False) -> KnowledgeBase:
    return KnowledgeBase.open(store, actors=actors, read_only=read_only)


def metadata_options(func: Callable[..., Any]) -> Callable[..., Any]:
    for name, text in (("--lang", "Language of the text: id or en (a tag such as en-GB is read as en); "
                                 "detected when absent; one the text is clearly not in is kept, with a warning."),
                       ("--outlet", "Outlet that published the article(s)."),
                       ("--url", "The article's URL (one file only); its named graph's IRI."),
                       ("--published", "Publication date, YYYY-MM-DD."),
                       ("--title", "The article's headline (one file only); else the sidecar's or the page's.")):
        func = click.option(name, default=None, help=text)(func)
    return func


class OneLineUsage(click.UsageError):
    """A usage error as the README promises it: one line on stderr naming the command and the problem (exit 2),
    not click's usage block, hint and "Error:" line (four lines for one wrong flag: tryout 19)."""

    def show(self, file: Any = None) -> None:
        where = self.ctx.command_path if self.ctx is not None else "kb"
        click.echo(f"{where}: {self.format_message().rstrip('.')} (see '{where} --help')", err=True, file=file)


class Group(click.Group):
    """The ``kb`` group: every usage error below it (parsing or raised by a command) is shown in one line."""

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except (OneLineUsage, click.exceptions.NoArgsIsHelpError):  # a bare group shows its help, as before
            raise
        except click.UsageError as exc:
            raise OneLineUsage(exc.format_message(), exc.ctx) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            try:
                return super().invoke(ctx)
            finally:  # what is still buffered fails here, where it can be handled, not at the interpreter's exit
                sys.stdout.flush()
        except BrokenPipeError:  # every command, streaming or not, stops alike when its reader has gone
            reader_gone()
        except (OneLineUsage, click.exceptions.NoArgsIsHelpError):  # a bare group shows its help, as before
            raise
        except click.UsageError as exc:
            raise OneLineUsage(exc.format_message(), exc.ctx) from None


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimkb")
@click.option("-v", "--verbose", is_flag=True,
              help="Log each phase of the derived-data refresh (CPU, wall, memory) to stderr.")
def main(verbose: bool) -> None:
    """A claim-tracking knowledge base: attributed claims from news articles, as validated RDF."""
    if verbose:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)


def check_actor(store: Store, actor: str) -> None:
    """Refuse an ``--actor`` the store knows by no name, alias or key (exit 2, as ``kb delete`` an unknown key):
    "No conflicts found." would read as "this actor has none" when the name is simply not one we know."""
    from kb.derived.conflicts.read import actors_like, actors_named  # the very matching the conflict lists use

    if not actors_named(store, actor):
        like = actors_like(store, actor)
        hint = f"; did you mean {' or '.join(repr(n) for n in like)}?" if like else \
            " (give a name, alias or key, as /actors lists)"
        raise InputError(f"no actor named {actor!r} in the store{hint}")
