"""A time budget for the queries of one piece of work (a web page), and a way to stop it when nobody waits.

Why: a page runs its queries in a server thread; without a limit a slow page (the actors list took minutes on
a store whose minted actors were described once per article) keeps its thread and the store busy long after
the client has given up, and every retry adds one more.  The web layer starts a budget for each page
(``start``, ``KB_PAGE_TIMEOUT``) with a callable telling whether the client has gone (waitress's
``waitress.client_disconnected``); the library checks it (``check``) before every named query
(``kb.sparql.query_text``) and every few rows while results are read (``checked``, used by the embedded
store), and raises ``QueryTimeout``, which the app answers with 503 in its JSON error shape.  A remote store
also shortens its HTTP timeout to what is left (``clamp``).

What it cannot stop: Oxigraph evaluates a query that groups or sorts (``GROUP BY``, ``ORDER BY``) inside
``query()`` before the first row, outside Python (the GIL is released, so other requests go on), and has no
cancellation; such a query runs to its end and the page stops at the next check.  The queries pages run are
kept to the size of a page (see the README's measurements) so that this stays short.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from dataclasses import dataclass
from typing import TypeVar

from kb.errors import QueryTimeout

T = TypeVar("T")
EVERY = 64
"""Rows read between two checks: a check costs about a microsecond, a row of a page's query a few."""


@dataclass(frozen=True)
class Budget:
    """Until when (``time.monotonic()``) the work may run, how long that was, and who is waiting."""

    until: float
    seconds: float
    gone: Callable[[], bool] | None = None

    def check(self) -> None:
        if self.gone is not None and self.gone():
            raise QueryTimeout("the client closed the connection: this page's queries were stopped")
        if time.monotonic() > self.until:
            raise QueryTimeout(f"this page's queries took longer than {self.seconds:g} s and were stopped "
                               "(KB_PAGE_TIMEOUT); try a narrower page, or the SPARQL endpoint")


_BUDGET: ContextVar[Budget | None] = ContextVar("query_budget", default=None)


def start(seconds: float, gone: Callable[[], bool] | None = None) -> Token[Budget | None]:
    """Give the work that follows in this context ``seconds`` (0 or less: no time limit, only ``gone``)."""
    until = time.monotonic() + seconds if seconds > 0 else float("inf")
    return _BUDGET.set(Budget(until, seconds, gone))


def stop(token: Token[Budget | None]) -> None:
    _BUDGET.reset(token)


def check() -> None:
    """Raise ``QueryTimeout`` when the budget is spent or the client has gone; nothing without a budget."""
    budget = _BUDGET.get()
    if budget is not None:
        budget.check()


def checked(rows: Iterable[T]) -> Iterator[T]:
    """``rows`` as they come, checking the budget before the first and every ``EVERY`` rows after."""
    budget = _BUDGET.get()
    if budget is None:
        return iter(rows)
    return _checking(rows, budget)


def _checking(rows: Iterable[T], budget: Budget) -> Iterator[T]:
    for n, row in enumerate(rows):
        if not n % EVERY:
            budget.check()
        yield row


def current() -> Budget | None:
    """The budget of the work in this context (None: no budget)."""
    return _BUDGET.get()


@contextmanager
def renewed(budget: Budget | None) -> Iterator[None]:
    """``budget`` again, from now, for the work inside the block (the same length, the same client).

    For a long answer streamed piece by piece (a whole list as JSON or CSV, read a page at a time): each piece is
    bounded as a page is, the client going away stops the next one, and the answer as a whole is not cut at the
    page's budget.  ``budget`` None (the request had none): no time limit inside the block."""
    seconds = 0.0 if budget is None or budget.until == float("inf") else budget.seconds
    token = start(seconds, None if budget is None else budget.gone)
    try:
        yield
    finally:
        stop(token)


def clamp(seconds: float) -> float:
    """``seconds``, or less when the budget ends sooner (an HTTP timeout for a remote store)."""
    budget = _BUDGET.get()
    if budget is None:
        return seconds
    return max(0.001, min(seconds, budget.until - time.monotonic()))


__all__ = ["Budget", "check", "checked", "clamp", "current", "renewed", "start", "stop"]
