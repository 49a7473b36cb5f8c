"""What every view needs: the knowledge base, named queries that remember they ran, data IRI ⇄
path mapping, and paging (``web.render`` turns a view's data into HTML, JSON or CSV).

Why record the queries: each page shows the named queries it ran (collapsible), so a reader can
re-run or adapt them in the SPARQL page; the record is per request (``flask.g``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

from flask import current_app, g, request
from rdflib import URIRef
from rdflib.term import Identifier

from kb import sparql
from kb.derived.conflicts import read
from kb.service import KnowledgeBase
from kb.sparql.rows import plain_rows
from kb.store import Binding, Rows
from kb.vocab import CLAIM_CLASS, DATA
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


def untitled_outlets(rows: list[dict[str, Any]]) -> dict[str, str]:
    """The outlet of each untitled article among ``rows``' (``article``, ``title``), for ``article_name``: a page of
    claims named such an article by its hex key where /articles named it "Untitled article, outlet, date" (trial
    user33).  One look-up per article of the page, none when every one has a title."""
    untitled = sorted({URIRef(str(r["article"])) for r in rows if r.get("article") and not r.get("title")})
    if not untitled:
        return {}
    return {str(r["article"]): str(r["outlet"]) for r in run("article-outlets", article=untitled).values()}


def note(query: sparql.NamedQuery, bindings: Mapping[str, Binding]) -> None:
    """List a named query in the page's "queries run" box: the app watches every request (``sparql.watch``),
    so this is called for each named query as it runs, the library's included, with its real bindings."""
    ran = g.setdefault("queries", [])
    ran.append({"name": query.name, "title": query.title, "summary": query.summary, "description": query.description,
                "text": query.text,
                "bindings": {k: _shown(v) for k, v in bindings.items()}})


SHOWN_TERMS = 12
"""A list binding is shown by its first terms and how many more: a walk deep into a list binds hundreds of IRIs a
run, and the box (and a JSON page's ``queries``) would outweigh the page itself (``/claims.json?page=100`` on the
100k-claim bench store: 140 of 176 KB were bindings)."""


def _shown(value: Binding) -> str:
    """A binding as the page shows it: one term, or a list of terms (any of them), cut to ``SHOWN_TERMS``."""
    if isinstance(value, Identifier):
        return _n3(value)
    terms = list(value)
    shown = " ".join(_n3(v) for v in terms[:SHOWN_TERMS])
    return shown if len(terms) <= SHOWN_TERMS else f"{shown} … (+{len(terms) - SHOWN_TERMS} more)"


def _n3(term: Identifier) -> str:
    """A term in N3, or quoted as written when it is none (a second wall: the listing never fails a page)."""
    try:
        return term.n3()
    except ValueError:
        return repr(str(term))


# An IRI a filter may name as such: no spaces or characters IRIREF forbids
_IRI = re.compile(r"https?://[^\s<>\"{}|^`\\]+")


def actor_iris(raw: str) -> list[URIRef]:
    """The actors ``?actor=`` names: an actor IRI as given, else every actor whose key, label or alias is the text
    (case and accents folded), as ``kb conflicts --actor`` reads it. Why: the map's form is typed by people, who type
    names ("Azerbaijani Defence Ministry"), and a name with spaces made an invalid IRI and a 500 (tryout 20)."""
    text = raw.strip()
    if text.startswith(("http://", "https://")):
        return [URIRef(text)] if _IRI.fullmatch(text) else []
    return [URIRef(iri) for iri in sorted(read.actors_called(kb().store, text))]


def named_actors(raw: str) -> list[URIRef]:
    """The actors a filter's ``?actor=`` names (``actor_iris``; an IRI only when the store knows that actor), or 404
    in the one error shape.  Why one rule: ``/conflicts?actor=nobody`` was a 404 while ``/map?actor=http://evil``
    and the findings lists answered 200 and empty (trial user29): every view filtered by actor now answers alike."""
    iris = actor_iris(raw)
    if iris and raw.strip().startswith(("http://", "https://")):
        iris = [URIRef(str(r["actor"])) for r in run("actor", actor=iris).values()]
    if not iris:
        like = read.actors_like(kb().store, raw.strip())
        hint = f"; did you mean {' or '.join(repr(n) for n in like)}?" if like else ""
        raise ApiError(404, "Not found", f"no actor named {raw.strip()!r}{hint}")
    return iris


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


def csv_cell(value: object) -> object:
    """A CSV cell as the JSON variant writes the value: ``true``/``false`` (not Python's ``True``), a whole figure
    without ``.0`` ("104", not "104.0"), dates as ISO text, nothing for a missing value (tryout 20)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return plain(value)


_OPENING_QUOTES = "\"'\u201c\u2018\u00ab\u201e"


def quoted(text: object) -> str:
    """A quote between curly quotation marks, unless it opens with a mark of its own: a sentence that is all
    speech ('"We will respond," he said') then reads once quoted, not with two opening marks; and one that ends
    on a closing mark it never opened (the speech began before the claim's span: '...at intervals.”') gets the
    opening mark only, not a second closing one."""
    value = str(text or "")
    if value[:1] in _OPENING_QUOTES:
        return value
    return f"\u201c{value}" if _closes_unopened(value) else f"\u201c{value}\u201d"


def _closes_unopened(value: str) -> bool:
    """Whether ``value`` ends with a closing mark that no opening mark inside it matches."""
    if value.endswith("\u201d"):
        return value.count("\u201d") > value.count("\u201c")
    if value.endswith("\u00bb"):
        return value.count("\u00bb") > value.count("\u00ab")
    return value.endswith('"') and value.count('"') % 2 == 1


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


def check_page(number: int, size: int, total: int | None, param: str = "page") -> None:
    """404 for a page past the last one (page 1 of an empty list is that list): ``?page=1000`` of a one-page list
    answered 200 "page 1000 of 1" while ``?page=0`` was a 400 (trial user29)."""
    if number > 1 and total is not None and (number - 1) * size >= total:
        last = max(1, -(-total // size))
        raise ApiError(404, "Not found", f"{param} {number} is past the last page ({last} of {size} a page)")


def paging_requested() -> bool:
    """JSON and CSV keep returning the whole list unless the client asks for a page."""
    return "page" in request.args or "limit" in request.args


def one(kind: str, iri: Identifier) -> dict[str, Any]:
    """The row of the named query ``kind`` about ``iri`` (an entity page's subject), or 404."""
    found = run(kind, **{kind: iri}).values()
    if not found:
        raise ApiError(404, "Not found", f"no {kind} {key_of(iri)!r}")
    return found[0]


def one_actor(raw: str) -> URIRef:
    """The actor ``?actor=`` names: its key (as the queue's links give it), else the one actor of that name or IRI;
    404 when the store knows none (``core.named_actors``), 400 when the name is several actors'."""
    named = named_actors(raw)
    exact = DATA[f"actor/{raw.strip()}"]
    if exact in named or len(named) == 1:
        return exact if exact in named else named[0]
    raise ApiError(400, "Bad filter", f"actor: {raw!r} names {len(named)} actors: give one's key, as /actors lists")


_TYPE_NAMES = {str(iri): name for name, iri in CLAIM_CLASS.items()}


def claim_filters() -> tuple[dict[str, Any], dict[str, str]]:
    """``?article=``, ``?actor=`` and ``?type=`` of a list of claims as query bindings, and as given: checked as every
    list checks them (an article or actor the store does not know is a 404, a type not among the claim types a 400).
    One reader for the review queue and ``/claims``, which had written it twice."""
    article, actor, kind = (request.args.get(k, "").strip() for k in ("article", "actor", "type"))
    bindings: dict[str, Any] = {}
    if article:
        key = split_key(article)[0]
        if not kb().has_article(key):
            raise ApiError(404, "Not found", f"no article {article!r}")
        bindings["article"] = DATA[f"article/{key}"]
    if actor:
        bindings["actor"] = one_actor(actor)
    if kind:
        kind = _TYPE_NAMES.get(kind, kind)  # the class IRI a list's ``type`` column gives names its type too
        if kind not in CLAIM_CLASS:
            raise ApiError(400, "Bad filter", f"type: one of {', '.join(CLAIM_CLASS)}")
        bindings["type"] = CLAIM_CLASS[kind]
    return bindings, {"article": article, "actor": actor, "type": kind}
