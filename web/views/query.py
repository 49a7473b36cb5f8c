"""``/query``: the SPARQL page (YASGUI, vendored), with the project's example queries and permalinks.

The editor posts to ``/sparql`` like any client, so every safety check applies unchanged.  The page
takes its starting query from ``?query=`` (a permalink) or the first example; the query reaches the
script through an escaped ``data-`` attribute, never inline script.
"""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, current_app, render_template, request

from kb import sparql

bp = Blueprint("query", __name__)
PAGE_ROWS = 1000  # rows the page asks the endpoint for: YASR drawing 10,000 froze chromium for ~80 s


@bp.get("/query")
def page() -> str:
    """The page, starting from ``?query=`` (which it runs at once) or the first example; ``/sparql`` serves it too,
    to a browser that asks for HTML with a query (``web.views.sparql``)."""
    examples = sparql.all_queries(sparql.EXAMPLES) if sparql.EXAMPLES.is_dir() else []
    links = [{"name": q.name, "title": q.title, "description": q.description,
              "href": "/query?" + urlencode({"query": q.text})} for q in examples]
    given = request.args.get("query")
    initial = given if given is not None else (examples[0].text if examples else "SELECT * WHERE { ?s ?p ?o } LIMIT 10")
    rows = min(PAGE_ROWS, int(current_app.config["SPARQL_MAX_ROWS"]))
    return render_template("query.html", examples=links, initial=initial, page_rows=rows)
