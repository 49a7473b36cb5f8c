"""What every view needs: the knowledge base, named queries that remember they ran, data IRI ⇄
path mapping, and one way to answer a list as HTML, JSON or CSV (Datasette style suffixes).

Why record the queries: each page shows the named queries it ran (collapsible), so a reader can
re-run or adapt them in the SPARQL page; the record is per request (``flask.g``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

from flask import Response, current_app, g, jsonify, render_template, request
from rdflib.term import Identifier

from kb import sparql
from kb.service import KnowledgeBase
from kb.sparql.rows import plain_rows
from kb.store import Binding, Rows
from kb.vocab import DATA
from web.errors import ApiError

KEY = re.compile(r"^[A-Za-z0-9_-]{1,100}$")
SUFFIXES = ("html", "json", "csv", "ttl", "jsonld")
_FAMILIES = {"claim": "claims", "actor": "actors", "article": "articles", "conflict": "conflicts",
             "aggregate": "aggregates", "series": "series", "corroboration": "corroborations"}


def kb() -> KnowledgeBase:
    return current_app.extensions["kb"]  # type: ignore[no-any-return]


def run(name: str, **bindings: Binding) -> Rows:
    """Run a named SELECT with bindings (the page's "queries run" box lists it: see ``note``)."""
    return sparql.run(kb().store, name, **bindings)


def run_plain(name: str, **bindings: Binding) -> list[dict[str, Any]]:
    """``run`` with rows of plain values, read straight from the embedded store's terms (no rdflib terms):
    for long lists that are sorted or sliced before anything is shown."""
    return list(plain_rows(kb().store, name, **bindings))


def note(query: sparql.NamedQuery, bindings: Mapping[str, Binding]) -> None:
    """List a named query in the page's "queries run" box: the app watches every request (``sparql.watch``),
    so this is called for each named query as it runs, the library's included, with its real bindings."""
    ran = g.setdefault("queries", [])
    ran.append({"name": query.name, "title": query.title, "description": query.description, "text": query.text,
                "bindings": {k: _shown(v) for k, v in bindings.items()}})


def _shown(value: Binding) -> str:
    """A binding as the page shows it: one term, or a list of terms (any of them)."""
    return value.n3() if isinstance(value, Identifier) else " ".join(v.n3() for v in value)


def split_key(raw: str) -> tuple[str, str | None]:
    """``"abc.json"`` → ``("abc", "json")``; 404 for a key that cannot be one of ours."""
    key, dot, suffix = raw.rpartition(".")
    if not dot or suffix not in SUFFIXES:
        key, suffix = raw, ""
    if not KEY.match(key):
        raise ApiError(404, "Not found", f"{raw!r} is not a valid identifier")
    return key, suffix or None


def path_for(iri: object) -> str | None:
    """The app path of one of our data IRIs (``…/id/claim/x#via1`` → ``/claims/x#via1``), else None."""
    text = str(iri or "")
    if not text.startswith(str(DATA)):
        return None
    rest = text[len(str(DATA)):]
    family, _, key = rest.partition("/")
    if family not in _FAMILIES or not key:
        return None
    return f"/{_FAMILIES[family]}/{key}"


def key_of(iri: object) -> str:
    return str(iri).rsplit("/", 1)[-1].split("#", 1)[0]


def local_name(iri: object) -> str:
    """``https://w3id.org/claimkb/ns#CasualtyClaim`` → ``CasualtyClaim``."""
    return re.split(r"[#/]", str(iri or ""))[-1]


def plain(value: object) -> object:
    """A JSON/CSV-ready value (dates as ISO text)."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def choose_format(suffix: str | None, offered: Sequence[str]) -> str:
    """The suffix wins; else the Accept header picks among ``offered`` (media types); first is default."""
    by_suffix = {"html": "text/html", "json": "application/json", "csv": "text/csv",
                 "ttl": "text/turtle", "jsonld": "application/ld+json"}
    if suffix:  # any text after a dot in the path: an unknown one (".xml") is a missing page, not a bug
        media = by_suffix.get(suffix)
        if media is None or media not in offered:
            raise ApiError(404, "Not found", f"this resource has no .{suffix} form")
        return media
    if not request.accept_mimetypes or request.accept_mimetypes.best == "*/*":
        return offered[0]
    best = request.accept_mimetypes.best_match(offered)
    if best is None:
        raise ApiError(406, "Not acceptable", f"available as {', '.join(offered)}")
    return best


def table(rows: list[dict[str, Any]], columns: Sequence[str], media: str, template: str,
          extra: dict[str, Any] | None = None, **context: Any) -> Response:
    """Answer a list as an HTML page, JSON (``{"columns", "rows", "queries"}`` + ``extra``) or CSV."""
    if media == "application/json":
        body = {**(extra or {}), "columns": list(columns),
                "rows": [{c: plain(r.get(c)) for c in columns} for r in rows],
                "queries": [{k: q[k] for k in ("name", "title", "bindings")} for q in g.get("queries", [])]}
        return _cors(jsonify(body))
    if media == "text/csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(columns)
        writer.writerows([[plain(r.get(c)) if r.get(c) is not None else "" for c in columns] for r in rows])
        return _cors(Response(buf.getvalue(), mimetype="text/csv"))
    return vary(Response(render_template(template, rows=rows, **context), mimetype="text/html"))


def _cors(response: Response) -> Response:
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Vary"] = "Accept"
    return response


def vary(response: Response) -> Response:
    response.headers["Vary"] = "Accept"
    return response


PAGE_SIZE = 50  # rows per page by default
MAX_PAGE_SIZE = 500  # ``?limit=`` at most


@dataclass
class Page:
    """One page of a list: ``number`` (from 1), ``size``, ``total`` (None when unknown) and the rows.

    Why slicing here and not ``LIMIT``/``OFFSET`` in the named queries: bindings are terms, never query
    text, and LIMIT/OFFSET cannot be bound (Oxigraph substitutes projected variables in the results).
    The queries stay whole and cheap at the sizes measured; the page bounds what is rendered."""

    number: int
    size: int
    total: int | None
    rows: list[Any]
    has_next: bool = False
    param: str = "page"

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    @property
    def pages(self) -> int | None:
        return None if self.total is None else max(1, -(-self.total // self.size))

    @property
    def first(self) -> int:
        return self.offset + 1 if self.rows else 0

    @property
    def last(self) -> int:
        return self.offset + len(self.rows)

    def url(self, number: int) -> str:
        """This request's path with ``page`` set to ``number`` (other arguments kept)."""
        args = request.args.to_dict()
        args[self.param] = str(number)
        return f"{request.path}?{urlencode(args)}"

    def meta(self) -> dict[str, Any]:
        return {"page": self.number, "limit": self.size, "total": self.total, "pages": self.pages}


def page_args(param: str = "page", default_size: int = PAGE_SIZE) -> tuple[int, int]:
    """(page number, page size) from ``?page=`` and ``?limit=``; 400 for anything but sane integers."""
    values = []
    for name, default, top in ((param, 1, 10**9), ("limit", default_size, MAX_PAGE_SIZE)):
        raw = request.args.get(name, "")
        try:
            value = int(raw) if raw else default
        except ValueError:
            value = 0
        if not 1 <= value <= top:
            raise ApiError(400, "Bad request", f"{name} must be a whole number from 1 to {top}")
        values.append(value)
    return values[0], values[1]


def paginate(rows: list[Any], param: str = "page", default_size: int = PAGE_SIZE) -> Page:
    """The requested page of a list held whole; a page past the end is empty (its pager leads back)."""
    number, size = page_args(param, default_size)
    start = (number - 1) * size
    return Page(number, size, len(rows), rows[start:start + size], start + size < len(rows), param)


def paging_requested() -> bool:
    """JSON and CSV keep returning the whole list unless the client asks for a page."""
    return "page" in request.args or "limit" in request.args


def listing(rows: list[dict[str, Any]], columns: Sequence[str], media: str, template: str,
            extra: dict[str, Any] | None = None, **context: Any) -> Response:
    """``table`` for a long list: HTML shows one page (``page`` in the context), JSON/CSV the whole list
    unless ``?page=``/``?limit=`` is given; JSON always says ``total`` (and the page when paged)."""
    page = paginate(rows)
    if media == "text/html":
        response = table(page.rows, columns, media, template, page=page, **context)
    elif paging_requested():
        response = table(page.rows, columns, media, template, extra={**(extra or {}), **page.meta()})
    else:
        response = table(rows, columns, media, template, extra={**(extra or {}), "total": len(rows)})
    response.headers["X-Total-Count"] = str(len(rows))
    return response


def page_of(rows: list[dict[str, Any]], page: Page, columns: Sequence[str], media: str, template: str,
            extra: dict[str, Any] | None = None, **context: Any) -> Response:
    """``listing`` for one page whose rows were read for that page alone (``page``: where, and the total)."""
    if media == "text/html":
        response = table(rows, columns, media, template, page=page, **context)
    else:
        response = table(rows, columns, media, template, extra={**(extra or {}), **page.meta()})
    response.headers["X-Total-Count"] = str(page.total)
    return response


LIST_FORMATS = ("text/html", "application/json", "text/csv")
ENTITY_FORMATS = ("text/html", "text/turtle", "application/ld+json", "application/json", "text/csv")
RDF_FORMATS = ("text/turtle", "application/ld+json")


def entity(kind: str, raw: str) -> tuple[Any, str, dict[str, Any] | None]:
    """Resolve ``/<kind>s/<key>[.suffix]``: the IRI, the chosen format and, unless RDF was asked for
    (the caller then describes the IRI), the row of the named query ``kind`` — or a 404."""
    key, suffix = split_key(raw)
    iri = DATA[f"{kind}/{key}"]
    media = choose_format(suffix, ENTITY_FORMATS)
    if media in RDF_FORMATS:
        return iri, media, None
    found = run(kind, **{kind: iri}).values()
    if not found:
        raise ApiError(404, "Not found", f"no {kind} {key!r}")
    return iri, media, found[0]
