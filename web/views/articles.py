"""Articles: the list, and one article's text with every claim's span highlighted."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from flask import Blueprint, Response
from rdflib import URIRef

from kb.derived import timeline
from web import core
from web.views.linked import describe
from web.views.review import add_panel

bp = Blueprint("articles", __name__)

LIST_COLUMNS = ("article", "key", "title", "published", "outlet", "claims")
CLAIM_COLUMNS = ("claim", "type", "start", "end", "quote", "speaker", "speakerLabel", "min", "max", "approximate",
                 "unit")


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
        rows = timeline.articles_newest_first(core.run("articles").values())
        return core.listing(_with_counts(rows), LIST_COLUMNS, media, "articles.html")
    # a page: which articles by position, then the details of this page's articles only ("article-rows"
    # counts their claims alone: "articles", made for the whole list, counts every article's)
    page = _ordered()
    shown = [URIRef(str(r["article"])) for r in page.rows]
    found = {str(r["article"]): r for r in core.run("article-rows", article=shown).values()} if shown else {}
    rows = [found[str(r["article"])] for r in page.rows if str(r["article"]) in found]
    return core.page_of(_with_counts(rows), page, LIST_COLUMNS, media, "articles.html")


def _ordered() -> core.Page:
    """This page's articles read by position from the articles order ``kb.service`` keeps current: the same
    cost at any store size."""
    number, size = core.page_args()
    articles, total = timeline.articles_page(core.kb().store, (number - 1) * size, size)
    return core.Page(number, size, total, [{"article": a} for a in articles], number * size < total)


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
                      segments=segments(str(article["text"]), claims), key=str(iri).rsplit("/", 1)[-1],
                      adding=add_panel())
