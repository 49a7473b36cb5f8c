"""``POST /api/articles``: add one article through the same pipeline as ``kb ingest``.

Body: JSON ``{"text", "title", "published", "url", "outlet", "lang"}``, or the text itself as ``text/plain``
with the metadata in the query string (decoded as ``kb ingest`` decodes a file, unless it declares a charset).
``Authorization: Bearer <KB_API_TOKEN>``.
Answers with the outcome (``status``, ``claims``, ``key``, ``url`` of the article page, also in ``Location``):
201 when the article is new (``ingested``), 200 when its key was stored already (``replaced``: the text or
metadata changed; ``unchanged``: nothing did), 422 with the SHACL messages when the gate quarantines it,
503 + ``Retry-After`` when ``kb ingest`` holds the store.

No CORS headers here, on purpose: a write is never meant to come from another site's page, so browsers
refuse the cross-origin preflight and only same-origin pages or non-browser clients can write.
"""

from __future__ import annotations

import codecs
import json

from flask import Blueprint, Response, current_app, jsonify, request

from kb.errors import InputError, json_reason
from kb.pipeline.decode import decode_text
from web import writes
from web.errors import ApiError

bp = Blueprint("api", __name__)

CREATED = {"ingested": 201}
"""The outcome that made a resource: 201 Created.  A repost of a stored article (``replaced``, ``unchanged``) made
none, so it is a 200: a client that counts its 201s as new articles counted every repost (trial user28)."""


@bp.post("/api/articles")
def create() -> Response:
    writes.require_bearer(request.headers.get("Authorization"))
    writes.check_length(request.content_length)
    request.max_content_length = writes.max_bytes()  # also caps a chunked body while it is read
    text, meta, notes = _read_body()
    article = writes.build_article(text, meta)
    outcome = writes.ingest(current_app.extensions["store"], article)
    body = writes.outcome_json(outcome)
    if notes:  # "text: not UTF-8; decoded as cp1252", as ``kb ingest`` and the upload form say it
        body["notes"] = [*notes, *body.get("notes", [])]  # type: ignore[misc]
    warnings = writes.warnings_for(article)
    if warnings:  # a ``lang`` the text is clearly not in: kept as given, said (``kb ingest`` says it on stderr)
        body["warnings"] = warnings
    if outcome.status == "quarantined":
        messages = outcome.message.strip().replace("\n", "; ")
        detail = f"the SHACL gate refused the article; it is in quarantine: {messages}"
        response = jsonify({"error": {"status": 422, "title": "Not conforming", "detail": detail}, "outcome": body})
        response.status_code = 422
        return response
    response = jsonify(body)
    response.status_code = CREATED.get(outcome.status, 200)
    response.headers["Location"] = str(body["url"])
    return response


def _plain_text() -> tuple[str, list[str]]:
    """A text/plain body and the notes on its decoding: without a charset, decoded as ``kb ingest`` and the upload
    form decode a file (UTF-8, else the legacy encoding that fits, with a note naming it), refused as binary with
    their message; in the charset it declares (``charset=latin-1``) when it declares one."""
    data = request.get_data(cache=False)
    declared = request.mimetype_params.get("charset")
    if not data.strip():
        return "", []  # ``writes.build_article`` says it is empty, as for JSON
    try:
        if declared is None or declared.lower().replace("_", "-") in ("utf-8", "utf8"):
            text, note = decode_text(data, "text")
            return text, [note] if note else []
        codecs.lookup(declared)
    except LookupError:
        raise ApiError(400, "Bad article", f"text: unknown charset {declared!r}") from None
    except InputError as exc:
        raise ApiError(400, "Bad article", str(exc)) from None
    try:
        return data.decode(declared), []
    except UnicodeDecodeError as exc:
        raise ApiError(400, "Bad article", f"text: not valid {declared} (byte {exc.start})") from None


def _json_body() -> object:
    """The parsed JSON body (None when empty), or 400 saying where it is not JSON: a client that sent a broken
    body was told "must be a JSON object with at least 'text'", which did not say what was wrong (user27)."""
    raw = request.get_data(cache=True)
    if not raw.strip():
        return None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ApiError(400, "Bad article", f"the body is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                       f"{json_reason(exc)})") from None
    except UnicodeDecodeError as exc:
        raise ApiError(400, "Bad article", f"the body is not valid JSON (not UTF-8 at byte {exc.start})") from None


def _read_body() -> tuple[object, dict[str, object], list[str]]:
    """(text, metadata, notes on the decoding) from a JSON object or a text/plain body with metadata in the query
    string."""
    if request.mimetype == "application/json":
        data = _json_body()
        if not isinstance(data, dict):
            raise ApiError(400, "Bad article", "the body must be a JSON object with at least 'text'")
        return data.get("text"), writes.meta_from(data, strict=True), []
    if request.mimetype == "text/plain":
        text, notes = _plain_text()
        return text, writes.meta_from(request.args.to_dict(), strict=True), notes
    raise ApiError(415, "Unsupported media type", "POST the article as application/json ({\"text\": ...}) or as "
                   "text/plain with the metadata in the query string")
