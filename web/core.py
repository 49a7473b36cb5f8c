"""What every view needs: the knowledge base, named queries that remember they ran, data IRI ⇄
path mapping, and one way to answer a list as HTML, JSON or CSV (Datasette style suffixes).

Why record the queries: each page shows the named queries it ran (collapsible), so a reader can
re-run or adapt them in the SPARQL page; the record is per request (``flask.g``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from flask import Response, current_app, g, jsonify, render_template, request
from rdflib.term import Identifier

from kb import sparql
from kb.knowledge import KnowledgeBase
from kb.store import Rows
from kb.vocab import DATA
from web.errors import ApiError

KEY = re.compile(r"^[A-Za-z0-9_-]{1,100}$")
SUFFIXES = ("html", "json", "csv", "ttl", "jsonld")
_FAMILIES = {"claim": "claims", "actor": "actors", "article": "articles"}


def kb() -> KnowledgeBase:
    return current_app.extensions["kb"]  # type: ignore[no-any-return]


def run(name: str, **bindings: Identifier) -> Rows:
    """Run a named SELECT with bindings and note it for the page's "queries run" box."""
    query = sparql.get(name)
    rows = sparql.run(kb().store, name, **bindings)
    note(query, bindings)
    return rows


def note(query: sparql.NamedQuery, bindings: dict[str, Identifier] | None = None) -> None:
    ran = g.setdefault("queries", [])
    ran.append({"name": query.name, "title": query.title, "description": query.description, "text": query.text,
                "bindings": {k: v.n3() for k, v in (bindings or {}).items()}})


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
    if suffix:
        media = by_suffix[suffix]
        if media not in offered:
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


LIST_FORMATS = ("text/html", "application/json", "text/csv")
ENTITY_FORMATS = ("text/html", "text/turtle", "application/ld+json", "application/json", "text/csv")
