"""One renderer: a view returns its data (``Data``), and this module alone picks the format (the path's
``.json`` / ``.csv`` / ``.ttl`` / ``.jsonld`` / ``.geojson`` suffix, else the ``Accept`` header), reads the
page of a long list, renders HTML, JSON or CSV, and sets the headers every answer of that format carries.

Why (Datasette's ``views/base.py`` does the same): when each view re-decided HTML vs JSON vs CSV, each also
re-decided paging, totals, CORS and ``Vary``, and they drifted apart (one list said ``X-Total-Count``, the next
did not).  Here a view says *what* it shows; ``render`` says *how*, the same way for every view:

- JSON is ``{**json, "columns", "rows", "queries"}`` plus ``total`` (a whole list) or the page's ``page``,
  ``limit``, ``total`` and ``pages`` (a page of one); CSV is the columns, then one line a row; both carry
  ``Access-Control-Allow-Origin: *``; every answer varies by ``Accept``.
- A long list (``Listing``) is read a page at a time for HTML and for ``?page=``/``?limit=``, else whole
  (or, with ``stream``, read and sent a page at a time: ``web.streamed``), and says its length in
  ``X-Total-Count``.
- Turtle / JSON-LD of an entity page describe its IRI (``web.views.linked``) without running the view.
- A failure after the choice answers in the chosen format's error shape (``web.errors.wants_json``).
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from flask import Response, g, jsonify, render_template, request

from kb.vocab import DATA
from web import core, streamed
from web.errors import ApiError
from web.views.linked import describe

T = TypeVar("T")
View = Callable[..., "Data | Response"]
Route = Callable[..., Response]

HTML, JSON, CSV, TURTLE, JSONLD = "text/html", "application/json", "text/csv", "text/turtle", "application/ld+json"
GEOJSON = "application/geo+json"
BY_SUFFIX = {"html": HTML, "json": JSON, "csv": CSV, "ttl": TURTLE, "jsonld": JSONLD, "geojson": GEOJSON}
LIST_FORMATS = (HTML, JSON, CSV)
ENTITY_FORMATS = (HTML, TURTLE, JSONLD, JSON, CSV)
RDF_FORMATS = (TURTLE, JSONLD)


@dataclass
class Listing(Generic[T]):
    """A list too long to read whole for every page: ``read(offset, limit)`` gives (items, total), all of
    them when ``limit`` is None; ``rows`` turns the items read into table rows (JSON/CSV, one or more each).

    ``html=False``: the HTML page shows something else (its ``context``), so the list is read for JSON and
    CSV only; ``shown``: how the HTML page reads a page when it shows less of each item than the table gives
    (a series' latest steps, where JSON and CSV give every step); ``stream``: the whole JSON or CSV list is
    read and sent that many items at a time (``web.streamed``), for lists too long to read within a page's budget."""

    read: Callable[[int, int | None], tuple[Sequence[T], int]]
    rows: Callable[[Sequence[T]], list[dict[str, Any]]] = lambda items: list(items)  # type: ignore[arg-type,return-value]
    page_size: int = core.PAGE_SIZE
    html: bool = True
    shown: Callable[[int, int], tuple[Sequence[T], int]] | None = None
    stream: int = 0

    @classmethod
    def of(cls, items: Sequence[Any], **options: Any) -> Listing[Any]:
        """A list already held whole (sliced for a page)."""
        return cls(lambda offset, limit: (items[offset:None if limit is None else offset + limit], len(items)),
                   **options)


Context = Mapping[str, Any] | Callable[[Sequence[Any]], Mapping[str, Any]]


@dataclass
class Data:
    """What a view shows, before any format is chosen.

    ``template``: the HTML form ("" when there is none); ``columns`` and ``rows`` (a list, or a ``Listing``):
    the table JSON and CSV give; ``context``: what else the template needs, or a callable building it from
    the items shown (run only when HTML is rendered, so JSON and CSV never pay for it); ``json``: keys JSON
    gives beside the table; ``bodies``: a payload a view shapes itself for a media type (GeoJSON)."""

    template: str = ""
    columns: Sequence[str] = ()
    rows: Sequence[Mapping[str, Any]] | Listing[Any] = ()
    context: Context = field(default_factory=dict)
    json: Mapping[str, Any] = field(default_factory=dict)
    bodies: Mapping[str, Callable[[], Any]] = field(default_factory=dict)
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)


def choose_format(suffix: str | None, offered: Sequence[str]) -> str:
    """The suffix wins; else the Accept header picks among ``offered`` (media types); first is default."""
    if suffix:  # any text after a dot in the path: an unknown one (".xml") is a missing page, not a bug
        media = BY_SUFFIX.get(suffix)
        if media is None or media not in offered:
            raise ApiError(404, "Not found", f"this resource has no .{suffix} form")
        return media
    if not request.accept_mimetypes or request.accept_mimetypes.best == "*/*":
        return offered[0]
    best = request.accept_mimetypes.best_match(offered)
    if best is None:
        raise ApiError(406, "Not acceptable", f"available as {', '.join(offered)}")
    return best


def chosen() -> str | None:
    """The media type ``renders`` chose for this request (None outside such a view)."""
    return g.get("render_media")


def renders(*offered: str, rdf: str | None = None) -> Callable[[View], Route]:
    """Decorate a view returning ``Data``: the format is chosen here from ``offered`` (default: HTML, JSON,
    CSV), before the view runs; the view gets ``key`` (not ``raw``, the path part with its suffix) and no
    ``suffix``.  With ``rdf`` (a family: "claim"), Turtle and JSON-LD describe ``id/<rdf>/<key>`` instead."""
    formats = offered or LIST_FORMATS

    def wrap(view: View) -> Route:
        @functools.wraps(view)
        def inner(**kwargs: Any) -> Response:
            suffix = kwargs.pop("suffix", None)
            if "raw" in kwargs:
                kwargs["key"], suffix = core.split_key(kwargs.pop("raw"))
            g.render_media = media = choose_format(suffix, formats)
            if rdf is not None and media in RDF_FORMATS:
                return describe(DATA[f"{rdf}/{kwargs['key']}"], media)
            data = view(**kwargs)
            return data if isinstance(data, Response) else render(data, media)

        return inner

    return wrap


def render(data: Data, media: str) -> Response:
    """``data`` as ``media``: the one place a view's data becomes HTML, JSON, CSV or a view's own payload."""
    listing = data.rows
    if isinstance(listing, Listing) and listing.stream and media in (JSON, CSV) and not core.paging_requested():
        return _finish(_open(streamed.response(listing.read, listing.rows, listing.stream, data.columns, data.json,
                                               media)), data, {})
    items, rows, meta = _read(data, media)
    if media in data.bodies:
        response = jsonify(data.bodies[media]())
        response.mimetype = media
        response = _open(response)
    elif media == JSON:
        response = _open(jsonify(_json(data, rows, meta)))
    elif media == CSV:
        response = _open(Response(_csv(data.columns, rows), mimetype=CSV))
    elif media == HTML and data.template:
        context = data.context(items) if callable(data.context) else data.context
        page = meta.get("page_object")
        body = render_template(data.template, **{"rows": rows, "page": page, **context})
        response = Response(body, mimetype=HTML)
    else:
        raise ApiError(406, "Not acceptable", f"this resource is not available as {media}")
    return _finish(response, data, meta)


def _finish(response: Response, data: Data, meta: Mapping[str, Any]) -> Response:
    """The headers every answer carries: the view's status and headers, ``Vary``, and the list's length."""
    response.status_code = data.status
    response.headers["Vary"] = "Accept"
    if meta.get("total") is not None:
        response.headers["X-Total-Count"] = str(meta["total"])
    response.headers.update(dict(data.headers))
    return response


def _read(data: Data, media: str) -> tuple[Sequence[Any], Sequence[Mapping[str, Any]], dict[str, Any]]:
    """(items shown, their table rows, paging facts): a ``Listing`` is read a page at a time for HTML and
    for ``?page=``/``?limit=``, else whole."""
    listing = data.rows
    if not isinstance(listing, Listing):
        return listing, list(listing), {}
    if media == HTML and not listing.html:
        return [], [], {}
    if media == HTML or core.paging_requested():
        number, size = core.page_args(default_size=listing.page_size)
        read = listing.shown if media == HTML and listing.shown is not None else listing.read
        items, total = read((number - 1) * size, size)
        core.check_page(number, size, total)
        page = core.Page(number, size, total, list(items), number * size < total)
        return items, listing.rows(items), {"total": total, "page_object": page, **page.meta()}
    items, total = listing.read(0, None)
    return items, listing.rows(items), {"total": total}


def _json(data: Data, rows: Sequence[Mapping[str, Any]], meta: dict[str, Any]) -> dict[str, Any]:
    paging = {k: v for k, v in meta.items() if k != "page_object"}
    return {**data.json, **paging, "columns": list(data.columns),
            "rows": [{c: core.plain(r.get(c)) for c in data.columns} for r in rows],
            "queries": [{k: q[k] for k in ("name", "title", "bindings")} for q in g.get("queries", [])]}


def _csv(columns: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([[core.csv_cell(r.get(c)) for c in columns] for r in rows])
    return buf.getvalue()


def _open(response: Response) -> Response:
    """Data formats are public and read by other sites' scripts (docs/security.md): CORS open."""
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response
