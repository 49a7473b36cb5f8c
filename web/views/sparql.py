"""``/sparql``: a read-only SPARQL 1.1 Protocol endpoint.

GET ``?query=``, POST form (``query=``) and POST ``application/sparql-query``; results negotiated
by Accept (JSON by default for SELECT/ASK, Turtle for CONSTRUCT/DESCRIBE); updates are 403. Every
query goes to ``kb.sparql.sandbox``: a worker without network access, killed at the time limit, parses
it with a SPARQL grammar (``kb.sparql.safety``: no SERVICE, no LOAD, only stored graphs) before it
runs, with at most ``SPARQL_MAX_ROWS`` rows, or the fewer a ``max-rows`` parameter asks for
(``X-SPARQL-Truncated`` says when more were cut).  Without
a query, GET answers the service description (Turtle), or sends a browser (HTML preferred) to the query page; with
one, a browser gets that page, which runs it (``prefers_html``).

CORS stays open (``Access-Control-Allow-Origin: *``) because the endpoint only reads public data, takes
no cookies or credentials, and cannot be made to fetch anything (docs/security.md).
"""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from flask import Blueprint, Response, current_app, request
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF

from kb.sparql.safety import check_size
from kb.sparql.sandbox import Dataset, Formats, NotAcceptable, Sandbox
from web.errors import ApiError
from web.security import rate_limited

bp = Blueprint("sparql", __name__)

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
SOLUTION_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/n-triples": "ntriples", "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml", "text/plain": "ntriples",
}
UPDATE_REFUSED = "this endpoint is read-only: SPARQL Update is not accepted"


@bp.after_request
def _cors(response: Response) -> Response:
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Expose-Headers"] = "X-SPARQL-Rows, X-SPARQL-Truncated, X-SPARQL-Max-Rows"
    response.headers["Vary"] = "Accept"
    return response


READS = ("GET", "HEAD")
"""Methods whose query is in the URL: Flask answers HEAD with the GET view, and HEAD was read as a POST with no
body, a 415 (user27: ``curl -I`` of a permalink, link checkers); a HEAD now gets the GET's status and headers."""


@bp.route("/sparql", methods=["GET", "POST", "OPTIONS"])
@rate_limited
def endpoint() -> Response:
    if request.method == "OPTIONS":
        return Response(status=204, headers={"Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                                             "Access-Control-Allow-Headers": "Content-Type, Accept",
                                             "Access-Control-Max-Age": "600"})
    query, dataset = read_request()
    if query is None and request.method in READS and \
            request.accept_mimetypes.best_match(["text/turtle", "text/html"]) == "text/html":
        return Response(status=303, headers={"Location": "/query"})  # a browser following "SPARQL endpoint": the page
    if query is None:
        return service_description()
    if request.method in READS and prefers_html():  # a browser on a query's address: the page, running it
        from web.views.query import page

        return Response(page(), mimetype="text/html")
    solutions, graph = negotiate(SOLUTION_TYPES), negotiate(GRAPH_TYPES)
    sandbox: Sandbox = current_app.extensions["sandbox"]
    try:
        answer = sandbox.run(query, Formats(solutions and solutions[1], graph and graph[1]), dataset,
                             requested_rows())
    except NotAcceptable as exc:
        types = ", ".join(GRAPH_TYPES if exc.kind == "graph" else SOLUTION_TYPES)
        raise ApiError(406, "Not acceptable", f"results of this query are available as {types}") from None
    media = (graph if answer.kind == "graph" else solutions)[0]  # type: ignore[index]
    response = Response(answer.body, mimetype=media)
    if media.startswith("text/") or media.endswith(("json", "xml")):
        response.mimetype_params["charset"] = "utf-8"
    response.headers["X-SPARQL-Rows"] = str(answer.rows)
    response.headers["Server-Timing"] = f"query;dur={answer.seconds * 1000:.1f}"
    if answer.truncated:
        response.headers["X-SPARQL-Truncated"] = "true"
        response.headers["X-SPARQL-Max-Rows"] = str(sandbox.cap(requested_rows()).max_rows)
    return response


def read_request() -> tuple[str | None, Dataset]:
    """The query text and protocol dataset of a GET or POST, refusing updates and unknown bodies."""
    _check_utf8()
    if "update" in request.values:
        raise ApiError(403, "Update refused", UPDATE_REFUSED)
    given = len(request.args.getlist("query")) + (len(request.form.getlist("query")) if request.method == "POST" else 0)
    if given > 1:  # SPARQL 1.1 Protocol: exactly one query string; which one to run would be a guess
        raise ApiError(400, "Bad query", f"{given} 'query' parameters given: send exactly one")
    if request.method in READS:
        return request.args.get("query"), _dataset(request.args)
    ctype = request.mimetype
    if ctype == "application/sparql-update":
        raise ApiError(403, "Update refused", UPDATE_REFUSED)
    if ctype == "application/sparql-query":
        raw = request.get_data(cache=False)
        check_size(raw.decode("utf-8", "replace"), int(current_app.config["SPARQL_MAX_QUERY_BYTES"]))
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ApiError(400, "Bad query", "the query body must be UTF-8") from None
        return _required(text), _dataset(request.args)
    if ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        return _required(request.form.get("query")), _dataset(request.form)
    raise ApiError(415, "Unsupported media type", "POST a query as application/sparql-query, or as the form "
                   "field 'query' (application/x-www-form-urlencoded)")


def _check_utf8() -> None:
    """400 naming the parameter when a percent-encoded one is not UTF-8 (the URL's, or a form body's, read before the
    form is parsed: werkzeug then parses it from the same cached bytes).  Why: werkzeug keeps such bytes as "%FF"
    text, so ``?query=%FF%FE`` was parsed as SPARQL and refused with "found '%' at char 0" (trial user29)."""
    sources = [request.query_string]
    if request.method == "POST" and request.mimetype == "application/x-www-form-urlencoded":
        sources.append(request.get_data(cache=True))
    for raw in sources:
        for pair in raw.split(b"&"):
            name, _, value = pair.partition(b"=")
            try:
                unquote_to_bytes(value.replace(b"+", b" ")).decode("utf-8")
            except UnicodeDecodeError:
                shown = unquote_to_bytes(name).decode("utf-8", "replace")
                raise ApiError(400, "Bad query", f"the {shown!r} parameter is not valid UTF-8 once percent-decoded: "
                               "send the query as UTF-8") from None


def requested_rows() -> int | None:
    """``max-rows``: a lower row cap a client asks for (not SPARQL Protocol; the SPARQL page sends it so that a
    huge result never reaches the browser whole, which froze chromium for ~80 s on 10,000 rows)."""
    raw = request.values.get("max-rows")
    if raw is None:
        return None
    if not raw.isdigit() or int(raw) < 1:
        raise ApiError(400, "Bad request", "max-rows must be a positive whole number")
    return int(raw)


def _required(text: str | None) -> str:
    if not text or not text.strip():
        raise ApiError(400, "Bad query", "no query given: send it as 'query'")
    return text


def _dataset(values) -> Dataset:  # type: ignore[no-untyped-def]
    return Dataset(tuple(values.getlist("default-graph-uri")), tuple(values.getlist("named-graph-uri")))


def prefers_html() -> bool:
    """Whether Accept ranks HTML above every results format: a browser ("text/html,...,application/xml;q=0.9")
    following a query's link got raw XML (trial user29).  HTML is no SPARQL results format, so the Protocol leaves
    it to us: the query page, which runs the query and shows its results.  ``*/*`` alone (curl), ``text/*`` and
    every client naming a results format keep their data."""
    accept = request.accept_mimetypes
    html = max(accept.quality("text/html"), accept.quality("application/xhtml+xml"))
    return html > 0 and html > max(accept.quality(t) for t in (*SOLUTION_TYPES, *GRAPH_TYPES))


def negotiate(offered: dict[str, str]) -> tuple[str, str] | None:
    """(media type, serialiser name) from Accept; the first offered is the default; None if none fits
    (the query's form, known only once the worker has parsed it, decides whether that is a 406)."""
    accept = request.accept_mimetypes
    types = list(offered)
    if not accept or (accept.best == "*/*" and accept["*/*"] >= max(accept[t] for t in types)):
        return types[0], offered[types[0]]
    best = accept.best_match(types)
    return None if best is None else (best, offered[best])


_DESCRIPTION_TYPES = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt",
                      "application/rdf+xml": "xml", "application/json": "json-ld"}


def service_description() -> Response:
    """What this endpoint is and does, as an ``sd:Service``: Turtle, or the RDF format Accept asks for (JSON-LD for a
    client that asks for JSON: the description is a graph; tryout 21 got Turtle for either)."""
    g = Graph()
    g.bind("sd", SD)
    g.bind("formats", FORMATS)
    service = URIRef(request.base_url)
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, service))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    for fmt in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        g.add((service, SD.resultFormat, FORMATS[fmt]))
    dataset, default = BNode(), BNode()
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((dataset, SD.defaultGraph, default))
    g.add((default, RDF.type, SD.Graph))
    g.add((service, DCTERMS.description, Literal(
        "Read-only SPARQL 1.1 endpoint of the claim knowledge base. The default graph is the union of all "
        "graphs. No updates, no SERVICE, no LOAD; queries are time- and row-limited.", lang="en")))
    chosen = negotiate(_DESCRIPTION_TYPES) or ("text/turtle", "turtle")
    media = "application/ld+json" if chosen[1] == "json-ld" else chosen[0]
    return Response(g.serialize(format=chosen[1]), mimetype=media)
