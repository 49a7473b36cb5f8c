"""A whole list as JSON or CSV, read and sent a page at a time (``Listing(stream=N)``; ``web.render`` picks it).

Why: ``/series.json`` without ``?page=`` / ``?limit=`` is the whole list (the README's promise for every list), and
read at once it reads every claim card of every series: past the page's time budget (``KB_PAGE_TIMEOUT``) at 10k
articles, and growing with the store.  Streamed, the first piece is read within the request's own budget (so a
failure there still answers in the JSON error shape), and each later piece gets a page's budget of its own
(``kb.deadline.renewed``): memory holds one piece, the client sees rows at once, and a client that goes away stops
the reading at the next piece.  A piece that fails after the first has been sent ends the body early (the status
line is gone by then): the JSON is then cut short, never silently partial-but-valid (a CSV cut at a piece's end
still parses: its client must check that the chunked body ended properly).  Pieces are read by offset, so a
write that changes the list's size between two pieces ends the body the same way rather than repeat some items and
skip others.

The later pieces are read after the view has returned, in an application context of their own (not the request's:
Flask's ``stream_with_context`` keeps the request open across the body, and two bodies read in turn by one thread,
as a test client does, then close each other's request): what they need of the request (its budget, the queries
the first piece ran) is taken before.

The JSON is the same document as a list read whole (``total``, ``columns``, ``rows``, the view's own keys), except
that ``queries`` lists the queries of the first piece (each later piece runs the same ones with other bindings).
"""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from flask import Flask, Response, current_app, g

from kb import deadline
from kb.errors import QueryTimeout, StoreError
from web import core

Read = Callable[[int, int | None], tuple[Sequence[Any], int]]
Rows = Callable[[Sequence[Any]], list[dict[str, Any]]]


def response(read: Read, rows: Rows, size: int, columns: Sequence[str], extra: Mapping[str, Any],
             media: str) -> Response:
    """The whole list behind ``read`` (``size`` items a piece) as ``media`` (JSON or CSV), streamed."""
    items, total = read(0, size)  # within the page's budget: an error here is still an ordinary error answer
    first = rows(items)
    app: Flask = current_app._get_current_object()  # type: ignore[attr-defined]
    pieces = _pieces(app, deadline.current(), read, rows, size, len(items), total)
    if media == "application/json":
        queries = [{k: q[k] for k in ("name", "title", "bindings")} for q in g.get("queries", [])]
        body = _json(app, first, pieces, columns, {**extra, "total": total}, queries)
    else:
        body = _csv(first, pieces, columns)
    answer = Response(body, mimetype=media)
    answer.headers["X-Total-Count"] = str(total)
    return answer


def _pieces(app: Flask, budget: deadline.Budget | None, read: Read, rows: Rows, size: int, offset: int,
            total: int) -> Iterator[list[dict[str, Any]]]:
    """The rows of the items after the first piece, a piece at a time, each read under a fresh page budget in an
    application context of its own (its ``g`` and the queries it notes are dropped with it).  The whole stream is
    bounded too (``STREAM_TIMEOUT``): past it the body ends cut short, so that no request holds a worker for as long
    as the store is big (a whole ``/series.json`` read for 88 s at 25k articles)."""
    limit = float(app.config.get("STREAM_TIMEOUT") or 0)
    until = time.monotonic() + limit if limit > 0 else float("inf")
    while 0 < offset < total:
        if time.monotonic() > until:
            raise QueryTimeout(f"the whole list took more than {limit:g} s: page it with ?limit=")
        with app.app_context(), deadline.renewed(budget):
            items, now = read(offset, size)
        if now != total:  # a write landed: read by offset, the rest would repeat some items and skip others
            raise StoreError(f"the list changed while it was sent ({total} items, now {now}): read it again")
        if not items:
            return
        offset += len(items)
        yield rows(items)


def _json(app: Flask, first: list[dict[str, Any]], pieces: Iterator[list[dict[str, Any]]], columns: Sequence[str],
          head: Mapping[str, Any], queries: list[dict[str, Any]]) -> Iterator[str]:
    """The document ``render`` gives for a whole list (``head``'s keys, ``columns``, ``rows``, ``queries``)."""
    dumps = app.json.dumps
    yield dumps({**head, "columns": list(columns)})[:-1] + ', "rows": ['
    sep = ""
    for batch in _chain(first, pieces):
        for row in batch:
            yield sep + dumps({c: core.plain(row.get(c)) for c in columns})
            sep = ","
    yield f'], "queries": {dumps(queries)}}}'


def _csv(first: list[dict[str, Any]], pieces: Iterator[list[dict[str, Any]]], columns: Sequence[str]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    for batch in _chain(first, pieces):
        writer.writerows([[core.csv_cell(r.get(c)) for c in columns] for r in batch])
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()


def _chain(first: list[dict[str, Any]], pieces: Iterator[list[dict[str, Any]]]) -> Iterator[list[dict[str, Any]]]:
    yield first
    yield from pieces


__all__ = ["response"]
