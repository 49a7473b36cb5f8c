"""``/upload``: a form for analysts to add one article (a .txt/.html file or pasted text, plus metadata).

Same rules as ``POST /api/articles`` (it calls the same ``web.writes`` functions): the API token is asked
for in a password field and writes are off without one; on top, a per-session CSRF token.  A refused
form is shown again with the reason and what was typed (never the token), so nothing has to be re-entered.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from flask import Blueprint, Response, current_app, render_template, request
from werkzeug.datastructures import FileStorage
from werkzeug.exceptions import RequestEntityTooLarge

from kb.errors import InputError
from kb.pipeline.article import META_FIELDS, usable_meta
from kb.pipeline.decode import decode_text
from kb.pipeline.html import extract_page
from web import security, writes
from web.errors import ApiError

bp = Blueprint("upload", __name__)

FILE_TYPES = (".txt", ".html", ".htm")
FORM_ALLOWANCE = 64 * 1024  # room for the form's own fields and multipart boundaries


@bp.get("/upload")
def form() -> Response:
    if not writes.writes_enabled():
        return _page(403, error=writes.DISABLED)
    return _page(200)


@bp.post("/upload")
def submit() -> Response:
    if not writes.writes_enabled():
        return _page(403, error=writes.DISABLED)
    too_large = _too_large()
    if too_large:
        return _page(413, error=too_large)
    values = {k: request.form.get(k, "") for k in META_FIELDS}
    pasted = request.form.get("text", "")
    fits = len(pasted.encode("utf-8")) <= writes.max_bytes()  # in bytes, as ``_article`` and the API count it
    typed = {**values, "text": pasted if fits else ""}  # shown again when refused
    if not security.csrf_ok(request.form.get("csrf")):
        return _page(403, error="the form has expired or did not come from this site (CSRF token missing or "
                     "wrong): reload the page and submit again", values=typed)
    if not writes.token_matches(request.form.get("token")):
        return _page(401, error="wrong or missing API token", values=typed)
    try:
        article, notes = _article(values, request.files.get("file"), pasted)
        outcome = writes.ingest(current_app.extensions["store"], article)
    except ApiError as exc:
        if exc.status == 503:
            raise
        return _page(exc.status, error=exc.detail, values=typed)
    status = 422 if outcome.status == "quarantined" else 201
    page = render_template("upload_result.html", outcome=writes.outcome_json(outcome), title=article.title,
                           notes=[*writes.warnings_for(article), *notes, *outcome.notes])
    return Response(page, status=status, mimetype="text/html")


def _too_large() -> str:
    """Why the form is too large to read, in the limit the form states (KiB), or "" when it was read.

    The body may hold the form's own fields on top of the article (``FORM_ALLOWANCE``); what is too large is
    said here, as the form again, instead of a bare error page that loses what was typed (werkzeug's "The data
    value transmitted exceeds the capacity limit", or a byte count the form never showed: trial user26).  The
    article's own size (a file, or pasted text, however the form was encoded) is checked once read."""
    limit = writes.max_bytes()
    length = request.content_length
    said = f"a file or pasted text may be at most {_kib(limit)} ({limit:,} bytes)"
    if length is not None and length > limit + FORM_ALLOWANCE:
        return f"the form is {length:,} bytes: {said}"
    request.max_content_length = limit + FORM_ALLOWANCE
    request.max_form_memory_size = limit + FORM_ALLOWANCE  # pasted text is a plain field: werkzeug's default is 500 kB
    try:
        request.form  # noqa: B018 - parsed here, where its size can be refused with the form
    except RequestEntityTooLarge:  # a body without a length, read past the cap
        return f"the form is too large: {said}"
    return ""


def _kib(n: int) -> str:
    """A byte limit as the form writes it (``upload.html``: rounded KiB)."""
    return f"{round(n / 1024)} KiB"


def _article(values: dict[str, str], upload: FileStorage | None, pasted: str) -> tuple[Any, list[str]]:
    """The article from the file when one was chosen, else from the pasted text (never both); typed metadata wins.
    Also returns notes for the user (the encoding a legacy file was read in)."""
    meta: dict[str, object] = dict(values)
    notes: list[str] = []
    if len(pasted.encode("utf-8")) > writes.max_bytes():
        raise ApiError(413, "Article too large", f"the pasted text is over {_kib(writes.max_bytes())}, the most "
                       "accepted (as POST /api/articles)")
    name = ""
    text: str = pasted
    if (upload is None or not upload.filename) and not pasted:  # "the article text is empty" read as if text was
        raise ApiError(400, "Bad article", "no article: choose a file or paste its text")  # given (user27)
    if upload is not None and upload.filename:
        if pasted.strip():  # which one was meant cannot be told; storing the file dropped the text unseen
            raise ApiError(400, "Bad article", f"give a file or pasted text, not both: file {upload.filename!r} was "
                           "chosen and text was pasted")
        suffix = PurePath(upload.filename).suffix.lower()
        if suffix not in FILE_TYPES:
            raise ApiError(400, "Bad file", f"file: {upload.filename!r} is not a .txt or .html file")
        data = upload.read()
        if len(data) > writes.max_bytes():  # the form's allowance is for its fields, not a larger article
            raise ApiError(413, "Article too large", f"file {PurePath(upload.filename).name}: {len(data):,} bytes, "
                           f"over {_kib(writes.max_bytes())}, the most accepted (as POST /api/articles)")
        text, note = _decode(data, upload.filename)
        notes += [note] if note else []
        name = PurePath(upload.filename).stem
        if suffix in (".html", ".htm"):  # the library's reader, as ``kb ingest page.html`` reads it
            try:
                page = extract_page(text, f"file {PurePath(upload.filename).name}")
            except InputError as exc:
                raise ApiError(400, "Bad file", str(exc)) from None
            text = page.text
            found = {k: v for k, v in page.meta().items() if v}
            for field, value in usable_meta(found).items():  # the page's own, if they pass the checks
                meta[field] = meta.get(field) or value
    return writes.build_article(text, meta, name=name), notes


def _decode(data: bytes, filename: str) -> tuple[str, str | None]:
    """Text exactly as ``kb ingest`` would read the same file (UTF-8, else the legacy encoding it finds,
    with a note naming it), so a file the CLI takes is never refused here."""
    try:
        return decode_text(data, f"file {PurePath(filename).name}")
    except InputError as exc:
        raise ApiError(400, "Bad file", str(exc)) from None


def _page(status: int, error: str = "", values: dict[str, str] | None = None) -> Response:
    csrf = security.csrf_token() if writes.writes_enabled() else ""
    page = render_template("upload.html", error=error, values=values or {}, csrf=csrf,
                           enabled=writes.writes_enabled(), max_bytes=writes.max_bytes())
    return Response(page, status=status, mimetype="text/html")
