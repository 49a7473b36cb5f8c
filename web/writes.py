"""The write path shared by ``POST /api/articles`` and the upload form: who may write, what an article
submission must look like, and one short ingest under the store's writer lock.

Why a token even for the form: the app usually runs on a workstation or behind a reverse proxy with no
user accounts, so the only secret that says "this person may change the data" is ``KB_API_TOKEN``; without
one, writes are off rather than open.  Tokens are compared with ``hmac.compare_digest`` so the time a
refusal takes says nothing about how much of a guess was right.

Why extract before taking the lock: extraction is the slow, CPU-bound part and needs only the gazetteer,
so the writer lock (which ``kb ingest`` also wants) is held just for the gate, the write and the derived-data
update (``kb.service``).
"""

from __future__ import annotations

import hmac
import math
import re
from collections.abc import Mapping
from typing import Any

from flask import current_app

from kb.errors import InputError
from kb.pipeline.article import META_FIELDS, Article, check_meta, with_guesses
from kb.pipeline.decode import check_text
from kb.service import Outcome
from web.connection import StoreBusy, StoreHandle
from web.errors import ApiError

DISABLED = ("writes are disabled on this server: start it with KB_API_TOKEN set (app config API_TOKEN) "
            "to accept articles")
ADMITTED = ("ingested", "replaced", "unchanged")


def writes_enabled() -> bool:
    return bool(current_app.config.get("API_TOKEN"))


def token_matches(given: str | None) -> bool:
    """Constant-time comparison with the configured token (False when none is configured)."""
    expected = current_app.config.get("API_TOKEN") or ""
    if not expected or not given:
        return False
    return hmac.compare_digest(given.encode("utf-8"), str(expected).encode("utf-8"))


def require_enabled() -> None:
    if not writes_enabled():
        raise ApiError(403, "Writes disabled", DISABLED)


def require_bearer(header: str | None) -> None:
    """``Authorization: Bearer <token>`` or 401 (403 when no token is configured at all)."""
    require_enabled()
    scheme, _, credentials = (header or "").partition(" ")
    challenge = {"WWW-Authenticate": 'Bearer realm="claimkb"'}
    if scheme.lower() != "bearer" or not credentials.strip():
        raise ApiError(401, "Unauthorized", "send the API token as 'Authorization: Bearer <token>'", challenge)
    if not token_matches(credentials.strip()):  # a token was sent, in the right form: it is the token that is wrong
        raise ApiError(401, "Unauthorized", "wrong API token (the server's KB_API_TOKEN)",
                       {**challenge, "WWW-Authenticate": 'Bearer realm="claimkb", error="invalid_token"'})


def max_bytes() -> int:
    return int(current_app.config["WRITE_MAX_BYTES"])


def check_length(length: int | None, allowance: int = 0) -> None:
    """413 before reading a body that announces itself as too large (``allowance``: room for form fields)."""
    limit = max_bytes() + allowance
    if length is not None and length > limit:
        raise ApiError(413, "Article too large", f"the body is {length} bytes; at most {limit} are accepted")


def build_article(text: object, meta: Mapping[str, object], name: str = "") -> Article:
    """An ``Article`` from submitted text and metadata, or 400 naming the field at fault."""
    if text is None:
        raise ApiError(400, "Bad article", "text: the article text is missing")
    if not isinstance(text, str):  # ``{"text": 42}`` was "missing or empty": it is there, of the wrong kind
        raise ApiError(400, "Bad article", f"text: must be a string (the article text), not {_json_kind(text)}")
    if not text.strip():
        raise ApiError(400, "Bad article", "text: the article text is empty")
    try:
        check_text(text, "text")  # the check, and the message, of ``kb ingest`` and the upload form
    except InputError as exc:
        raise ApiError(400, "Bad article", str(exc)) from None
    values = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in meta.items()}
    try:
        clean = check_meta(values, "metadata")
    except InputError as exc:
        raise ApiError(400, "Bad metadata", str(exc)) from None
    for field in ("title", "outlet"):
        if len(clean.get(field) or "") > 1000:
            raise ApiError(400, "Bad metadata", f"metadata: {field} is longer than 1000 characters")
    clean, guessed = with_guesses(clean, text)  # a plain text's headline line, its language
    return Article(text=text, name=name or _name(clean.get("title")), guessed=guessed, **clean)


def warnings_for(article: Article) -> list[str]:
    """What the answer warns of: a ``lang`` given that the text clearly is not in (kept as given:
    ``kb.pipeline.language``, as ``kb ingest`` warns of ``--lang``)."""
    from kb.pipeline.language import mismatch

    found = mismatch(article.lang, article.text, "text", "lang")
    return [found.removeprefix("warning: ")] if found else []


def _json_kind(value: object) -> str:
    kinds = ((bool, "a boolean"), (int, "a number"), (float, "a number"), (list, "an array"), (dict, "an object"))
    return next((name for kind, name in kinds if isinstance(value, kind)), type(value).__name__)


def meta_from(values: Mapping[str, Any], *, strict: bool) -> dict[str, object]:
    """The metadata fields among ``values``; with ``strict``, an unknown field is a 400 naming it."""
    unknown = sorted(set(values) - set(META_FIELDS) - {"text"})
    if strict and unknown:
        raise ApiError(400, "Bad metadata", f"metadata: unknown field(s) {', '.join(unknown)}; "
                       f"known: text, {', '.join(META_FIELDS)}")
    return {k: values[k] for k in META_FIELDS if k in values}


def _name(title: str | None) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", (title or "").casefold()).strip("-")[:60]
    return slug or "web-upload"


def ingest(handle: StoreHandle, article: Article) -> Outcome:
    """Extract outside the lock, then (``kb.service``) gate, store and update the derived data under it;
    503 when busy."""
    claims = handle.kb.extract(article)
    try:
        with handle.writer() as kb:  # settled against the store under the lock (``kb.publication``)
            outcome = kb.ingest_extracted(article, claims)
    except StoreBusy as exc:
        retry = max(1, math.ceil(handle.write_wait / 2))
        raise ApiError(503, "Store busy", f"{exc}; retry in {retry} s", {"Retry-After": str(retry)}) from None
    return outcome


def outcome_json(outcome: Outcome) -> dict[str, object]:
    """What a client needs to find the result: status, claim count, key and the page to look at."""
    page = f"/articles/{outcome.key}" if outcome.status in ADMITTED else f"/quarantine/{outcome.key}"
    body: dict[str, object] = {"status": outcome.status, "claims": outcome.claims, "key": outcome.key,
                               "name": outcome.name, "url": page}
    if outcome.copy_of:  # the same story already stored (``kb.syndication``): said, as ``kb watch`` says it
        body["copyOf"] = "/articles/" + outcome.copy_of.rsplit("/", 1)[-1]
    if outcome.notes:  # how it was stored: metadata kept from the stored article, another publication's copy
        body["notes"] = list(outcome.notes)
    if outcome.message:
        body["messages"] = [line.strip() for line in outcome.message.splitlines() if line.strip()]
    return body


__all__ = ["build_article", "ingest", "outcome_json", "require_bearer", "token_matches", "warnings_for",
           "writes_enabled"]
