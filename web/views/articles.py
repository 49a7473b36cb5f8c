"""Articles: the list, and one article's text with every claim's span highlighted."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint
from rdflib import URIRef

from kb.derived import timeline
from kb.vocab import DATA
from web import core, render
from web.render import Data, Listing
from web.views.review import add_panel

bp = Blueprint("articles", __name__)

# url last (tryout 22): the CSV's first columns stay as they were
LIST_COLUMNS = ("article", "key", "title", "published", "outlet", "claims", "url")
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
@render.renders()
def index() -> Data:
    """Every article, newest first, a page at a time (``?page=``, ``?limit=``); whole as JSON/CSV unless paged."""
    return Data("articles.html", LIST_COLUMNS, Listing(_articles))


def _articles(offset: int, limit: int | None) -> tuple[list[dict[str, object]], int]:
    """A page: which articles by position from the articles order ``kb.service`` keeps current (the same cost
    at any store size), then the details of this page's articles only ("article-rows" counts their claims
    alone: "articles", made for the whole list, counts every article's).  Whole: the list query, sorted."""
    if limit is None:
        rows = _with_counts(timeline.articles_newest_first(core.run("articles").values()))
        return rows, len(rows)
    articles, total = timeline.articles_page(core.kb().store, offset, limit)
    shown = [URIRef(a) for a in articles]
    found = {str(r["article"]): r for r in core.run("article-rows", article=shown).values()} if shown else {}
    return _with_counts([found[a] for a in articles if a in found]), total


def _with_counts(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """An article without claims has no count row: 0."""
    return [{**row, "claims": row["claims"] or 0} for row in rows]


@bp.get("/articles/<raw>")
@render.renders(*render.ENTITY_FORMATS, rdf="article")
def show(key: str) -> Data:
    """One article's text with every claim's span highlighted; JSON/CSV: its claims, the article beside."""
    iri = DATA[f"article/{key}"]
    article = core.one("article", iri)
    claims = core.run("article-claims", article=iri).values()
    related = _copies(iri)
    context = lambda _: {"article": article, "segments": segments(str(article["text"]), claims),  # noqa: E731
                         "key": key, "adding": add_panel(), **related}
    return Data("article.html", CLAIM_COLUMNS, claims, context,
                json={"article": {**{k: core.plain(v) for k, v in article.items()}, **related}})


def _copies(iri: URIRef) -> dict[str, Any]:
    """The article this one copies (``copyOf``) and the articles that copy it (``copies``), each with its page, title,
    outlet and date: the same text stored under another key (``kb.syndication``) was marked in the store and said
    by the API, but neither page named the other (tryout 25)."""
    found: dict[str, Any] = {"copyOf": None, "copies": []}
    for row in core.run_plain("article-copies", article=iri):
        other = {"url": f"/articles/{row['key']}", "key": row["key"], "title": row["title"], "outlet": row["outlet"],
                 "published": core.plain(row["published"])}
        if row["role"] == "original":
            found["copyOf"] = other
        else:
            found["copies"].append(other)
    return found
