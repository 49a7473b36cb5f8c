"""One claim: its quote in its paragraph, the source chain, parties, figure and factuality."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Response
from rdflib import URIRef

from kb import sparql
from kb.vocab import DATA
from web import core, render
from web.errors import ApiError
from web.render import Data
from web.views.review import claim_panel, hidden_claim

bp = Blueprint("claims", __name__)

PARTY_COLUMNS = ("role", "position", "actor", "label")
CLAIM_COLUMNS = ("claim", "type", "quote", "speaker", "speakerLabel", "speakerRole", "via", "viaLabels", "subjects",
                 "subjectLabels", "object", "allegation", "min", "max", "approximate", "increment", "breakdown",
                 "quantityText",
                 "unit", "scope", "periodStart", "periodEnd", "place", "date", "factuality", "confidence", "article",
                 "articleKey", "title", "published", "outlet", "outletLabel", "start", "end", "rule")
"""The claim as one table row (JSON ``rows``, CSV): its fields, its source chain and parties as columns (IRIs and
labels, in order, joined by " | "); JSON also gives ``claim`` (the fields) and ``parties`` (one row a party)."""


def paragraph(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The quote's line of the article split as (before, quote, after), for highlighting by the template."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    last = len(text) if last == -1 else last
    return text[first:start], text[start:end], text[end:last]


def sparql_link(name: str, variable: str, iri: URIRef) -> str:
    """A permalink to the SPARQL page with the named query, its binding written as a VALUES clause.

    The query text is only shown to the user (who may run it through the checked endpoint); the app
    itself always runs it with bindings.  ``iri`` is one of our own IRIs built from a checked key.
    """
    text = f"{sparql.get(name).text.rstrip()}\nVALUES ?{variable} {{ {iri.n3()} }}\n"
    return "/query?" + urlencode({"query": text})


@bp.get("/claims/<raw>")
@render.renders(*render.ENTITY_FORMATS, rdf="claim")
def show(key: str) -> Data | Response:
    """One claim with its parties (JSON/CSV: the claim as one row, its parties as columns); a claim a reviewer
    rejected is gone from the data, not from its history: its page shows that history."""
    iri = DATA[f"claim/{key}"]
    try:
        claim = core.one("claim", iri)
    except ApiError as exc:
        hidden = hidden_claim(key, render.chosen()) if exc.status == 404 else None
        if hidden is None:
            raise
        return hidden
    parties = core.run("claim-parties", claim=iri).values()
    return Data("claim.html", CLAIM_COLUMNS, [_row(claim, parties)], lambda _: _context(iri, key, claim, parties),
                json={"claim": {**{k: core.plain(v) for k, v in claim.items()}, **_chains(parties)},
                      "parties": [{c: core.plain(p.get(c)) for c in PARTY_COLUMNS} for p in parties]})


def _chains(parties: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """The source chain and the parties as lists, in order, for the JSON ``claim`` (the row joins them with " | "):
    every column the row has, the claim has too (tryout 21: via and subjects were only under ``parties``)."""
    def of(role: str, field: str) -> list[Any]:
        return [core.plain(p[field]) for p in parties if p["role"] == role]

    return {"via": of("via", "actor"), "viaLabels": of("via", "label"), "subjects": of("subject", "actor"),
            "subjectLabels": of("subject", "label")}


def _row(claim: dict[str, Any], parties: list[dict[str, Any]]) -> dict[str, Any]:
    """The claim's one table row: its fields, then its via chain and parties (a CSV has no nested lists)."""
    def joined(role: str, field: str) -> str:
        return " | ".join(str(p[field]) for p in parties if p["role"] == role)

    return {**claim, "via": joined("via", "actor"), "viaLabels": joined("via", "label"),
            "subjects": joined("subject", "actor"), "subjectLabels": joined("subject", "label")}


def _context(iri: URIRef, key: str, claim: dict[str, Any], parties: list[dict[str, Any]]) -> dict[str, Any]:
    """The HTML page: the quote in its line of the article, via and subjects apart, the review panel."""
    article = core.run("article", article=URIRef(str(claim["article"]))).values()
    text = str(article[0]["text"]) if article else ""
    before, quote, after = paragraph(text, int(claim["start"]), int(claim["end"]))
    return {"claim": claim, "via": [p for p in parties if p["role"] == "via"],
            "subjects": [p for p in parties if p["role"] == "subject"], "before": before, "quote": quote,
            "after": after, "quote_matches": quote == claim["quote"], "sparql_link": sparql_link("claim", "claim", iri),
            "key": key, "review": claim_panel(iri)}
