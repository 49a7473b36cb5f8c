"""``kb watch`` and ``kb ingest --feed``: follow RSS/Atom feeds and news sitemaps (the library is ``kb.feeds``).

One line per article on stdout (its status, URL, claims and key), problems on stderr, a summary line per cycle.
A cycle opens the store as its writer only to store what it fetched, so ``kb serve`` and other writers carry on.
"""

from __future__ import annotations

import re
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

import click

from kb.cli.base import handle_errors, main, progress_line, store_options
from kb.errors import InputError, KBError

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?")
_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}


def duration(text: str, what: str) -> float:
    """'10m', '30s', '1.5h', '90' (seconds) → seconds; ``InputError`` naming ``what`` otherwise."""
    match = _DURATION.fullmatch(text.strip())
    if not match:
        raise InputError(f"{what} {text!r}: expected a duration such as 30s, 10m or 1h")
    return float(match.group(1)) * _UNITS[match.group(2)]


def feed_options(func):  # type: ignore[no-untyped-def]
    """Options shared by ``kb watch`` and ``kb ingest --feed``."""
    for decl, kwargs in (
        ("--retry-after", {"default": "10m", "show_default": True,
                           "help": "Wait before retrying a failed page (doubles each attempt)."}),
        ("--max-attempts", {"type": click.IntRange(min=1), "default": 5, "show_default": True,
                            "help": "Give up on a page after this many failed attempts."}),
        ("--allow-host", {"multiple": True, "help": "Also fetch article links on this host (repeatable); by "
                          "default only the feed's own host."}),
        ("--rate", {"default": "1s", "show_default": True, "help": "At most one request per host this often."}),
        ("--max-new", {"type": click.IntRange(min=1), "default": 200, "show_default": True,
                       "help": "Pages fetched per cycle at most (the rest wait for the next)."}),
    ):
        func = click.option(decl, **kwargs)(func)  # type: ignore[arg-type]
    return func


def run_feeds(feeds: Sequence[str], store: str | None, actors: Sequence[Path], wait: float, *, every: float | None,
              retry_after: str, max_attempts: int, allow_host: Sequence[str], rate: str, max_new: int) -> None:
    """Cycles over ``feeds`` (one when ``every`` is None) until the cycles end or SIGINT/SIGTERM arrives."""
    from kb.feeds.fetch import Fetcher, check_url
    from kb.feeds.state import FeedState, state_location
    from kb.feeds.watch import Options, run_cycle
    from kb.pipeline.decode import max_bytes_default
    from kb.service import KnowledgeBase

    urls = [check_url(f) for f in feeds]
    options = Options(retry_after=duration(retry_after, "--retry-after"), max_attempts=max_attempts,
                      max_new=max_new, allow_hosts=frozenset(h.lower() for h in allow_host),
                      max_bytes=max_bytes_default())
    fetcher = Fetcher(min_interval=duration(rate, "--rate"))
    state = FeedState(state_location(store))
    stop = _stop_flag()
    cycle = 0
    try:
        while True:
            cycle += 1
            try:
                summary = run_cycle(lambda: KnowledgeBase.open(store, actors=actors, wait=wait), urls, state,
                                    fetcher, options, _echo_event)
            except KBError as exc:  # the store busy or unreadable: a watch tries again next cycle
                if every is None:
                    raise
                click.echo(f"kb: watch cycle {cycle} failed, trying again in {every:g} s: {exc}", err=True)
            else:
                click.echo(f"kb watch: cycle {cycle}: {summary.line()}", err=True)
            if every is None or stop["now"]:
                return
            _sleep(every, stop)
            if stop["now"]:
                return
    finally:
        state.close()


def _echo_event(event: object) -> None:
    status, url, detail = event.status, event.url, event.detail  # type: ignore[attr-defined]
    if status in ("failed", "feed failed", "skipped"):
        click.echo(f"kb: {status}: {url}: {detail}", err=True)
        return
    claims = f" ({event.claims} claims)" if status not in ("not modified", "forbidden", "off-site") else ""  # type: ignore[attr-defined]
    key = f" [{event.key}]" if event.key else ""  # type: ignore[attr-defined]
    progress_line(f"{status:<12} {url}{claims}{key}" + (f" — {detail}" if detail else ""))


def _stop_flag() -> dict[str, bool]:
    """SIGINT / SIGTERM end the watch after the current article, not in the middle of a write."""
    flag = {"now": False}

    def handler(_signum: int, _frame: FrameType | None) -> None:
        if flag["now"]:
            raise KeyboardInterrupt
        flag["now"] = True

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
    return flag


def _sleep(seconds: float, stop: dict[str, bool]) -> None:
    end = time.monotonic() + seconds
    while not stop["now"] and time.monotonic() < end:
        time.sleep(min(0.2, max(0.0, end - time.monotonic())))


@main.command()
@click.argument("feeds", nargs=-1, required=True)
@click.option("--every", default="10m", show_default=True, help="Time between two cycles (e.g. 30s, 10m, 1h).")
@click.option("--once", is_flag=True, help="One cycle, then exit.")
@click.option("--wait", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Seconds to wait for another writer to release the store at each cycle.")
@feed_options
@store_options
@handle_errors
def watch(feeds: tuple[str, ...], every: str, once: bool, wait: float, store: str | None,
          actors: tuple[Path, ...], **options: object) -> None:
    """Follow RSS/Atom feeds and news sitemaps: ingest each new article once, politely (robots.txt, rate
    limit, conditional GET); what was seen is kept in <store>/feeds.sqlite ($KB_FEEDS_STATE)."""
    interval = None if once else duration(every, "--every")
    run_feeds(feeds, store, actors, wait, every=interval, **options)  # type: ignore[arg-type]
    sys.exit(0)
