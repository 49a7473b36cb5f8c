"""Articles: the list, and one article's text with every claim's span highlighted."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from flask import Blueprint, Response
from rdflib import URIRef

from web import core
from web.views.linked import describe

bp = Blueprint("articles", __name__)

LIST_COLUMNS = ("article", "key", "title", "published", "outlet", "claims")
CLAIM_COLUMNS = ("claim", "type", "start", "end", "quote", "speaker", "speakerLabel")


@dataclass
class Segment:
    """A run of text covered by the same claims (none, one, or several overlapping)."""

    text: str
    claims: list[dict[str, object]] = field(default_factory=list)


def segments(text: str, claims: list[dict[str, object]]) -> list[Segment]:
    """Cut ``text`` at every claim boundary so overlapping spans highlight without nesting markup."""
    spans = [(max(0, int(c["start"])), min(len(text), int(c["end"])), c) for c in claims]  # type: ignore[call-overload]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for a, b in itertools.pairwise(cuts):
        if a < b:
            out.append(Segment(text[a:b], [c for s, e, c in spans if s <= a and e >= b]))
    return out


@bp.get("/articles")
@bp.get("/articles.<suffix>")
def index(suffix: str | None = None) -> Response:
    """Every article, newest first, a page at a time (``?page=``, ``?limit=``); see ``core.listing``."""
    media = core.choose_format(suffix, core.LIST_FORMATS)
    if media != "text/html" and not core.paging_requested():
        rows = _newest_first(core.run("articles").values())
        return core.listing(_with_counts(rows), LIST_COLUMNS, media, "articles.html")
    # a page: the order is read light (article, date), the details for this page's articles only
    articles: set[str] = set()
    dates: dict[str, object] = {}
    for row in core.run_plain("article-order"):
        if row["published"] is None:
            articles.add(row["article"])
        else:
            dates[row["article"]] = row["published"]
    page = core.paginate(_newest_first([{"article": a, "published": dates.get(a)} for a in articles]))
    shown = [URIRef(str(r["article"])) for r in page.rows]
    found = {str(r["article"]): r for r in core.run("articles", article=shown).values()} if shown else {}
    rows = [found[str(r["article"])] for r in page.rows if str(r["article"]) in found]
    return core.page_of(_with_counts(rows), page, LIST_COLUMNS, media, "articles.html")


def _newest_first(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """Newest first, undated last; the same date by article IRI (one order for pages and whole lists)."""
    rows = sorted(rows, key=lambda r: str(r["article"]))
    rows.sort(key=lambda r: (r["published"] is not None, str(r["published"] or "")), reverse=True)
    return rows


def _with_counts(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """An article without claims has no count row: 0."""
    return [{**row, "claims": row["claims"] or 0} for row in rows]


@bp.get("/articles/<raw>")
def show(raw: str) -> Response:
    iri, media, article = core.entity("article", raw)
    if article is None:
        return describe(iri, media)
    claims = core.run("article-claims", article=iri).values()
    if media != "text/html":
        meta = {k: core.plain(v) for k, v in article.items()}
        return core.table(claims, CLAIM_COLUMNS, media, "", extra={"article": meta})
    return core.table(claims, CLAIM_COLUMNS, media, "article.html", article=article,
                      segments=segments(str(article["text"]), claims), key=str(iri).rsplit("/", 1)[-1])
