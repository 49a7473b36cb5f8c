"""``POST /api/articles``: add one article through the same pipeline as ``kb ingest``.

Body: JSON ``{"text", "title", "published", "url", "outlet", "lang"}``, or the text itself as
``text/plain`` (UTF-8) with the metadata in the query string.  ``Authorization: Bearer <KB_API_TOKEN>``.
Answers 201 with the outcome (``status``, ``claims``, ``key``, ``url`` of the article page), 422 with the
SHACL messages when the gate quarantines it, 503 + ``Retry-After`` when ``kb ingest`` holds the store.

No CORS headers here, on purpose: a write is never meant to come from another site's page, so browsers
refuse the cross-origin preflight and only same-origin pages or non-browser clients can write.
"""

from __future__ import annotations

import codecs

from flask import Blueprint, Response, current_app, jsonify, request

from web import writes
from web.errors import ApiError

bp = Blueprint("api", __name__)


@bp.post("/api/articles")
def create() -> Response:
    writes.require_bearer(request.headers.get("Authorization"))
    writes.check_length(request.content_length)
    request.max_content_length = writes.max_bytes()  # also caps a chunked body while it is read
    article = writes.build_article(*_read_body())
    outcome = writes.ingest(current_app.extensions["store"], article)
    body = writes.outcome_json(outcome)
    if outcome.status == "quarantined":
        messages = outcome.message.strip().replace("\n", "; ")
        detail = f"the SHACL gate refused the article; it is in quarantine: {messages}"
        response = jsonify({"error": {"status": 422, "title": "Not conforming", "detail": detail}, "outcome": body})
        response.status_code = 422
        return response
    response = jsonify(body)
    response.status_code = 201
    response.headers["Location"] = str(body["url"])
    return response


def _plain_text() -> str:
    """A text/plain body in the charset it declares (``charset=latin-1``), else UTF-8 (a BOM is dropped)."""
    declared = request.mimetype_params.get("charset") or "utf-8-sig"
    try:
        codecs.lookup(declared)
    except LookupError:
        raise ApiError(400, "Bad article", f"text: unknown charset {declared!r}") from None
    try:
        return request.get_data(cache=False).decode("utf-8-sig" if declared.lower() in ("utf-8", "utf8") else declared)
    except UnicodeDecodeError as exc:
        raise ApiError(400, "Bad article", f"text: not valid {declared} (byte {exc.start})") from None


def _read_body() -> tuple[object, dict[str, object]]:
    """(text, metadata) from a JSON object or a text/plain body with metadata in the query string."""
    if request.mimetype == "application/json":
        data = request.get_json(silent=True)
        if not isinstance(data, dict):
            raise ApiError(400, "Bad article", "the body must be a JSON object with at least 'text'")
        return data.get("text"), writes.meta_from(data, strict=True)
    if request.mimetype == "text/plain":
        return _plain_text(), writes.meta_from(request.args.to_dict(), strict=True)
    raise ApiError(415, "Unsupported media type", "POST the article as application/json ({\"text\": ...}) or as "
                   "text/plain with the metadata in the query string")
