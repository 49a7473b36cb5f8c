"""Who is reviewing, and one review written under the store's writer lock: shared by the review pages and
``/api/claims/<id>/review``.

Why reviewers' own tokens rather than ``KB_API_TOKEN``: a review is attributed (``prov:wasAttributedTo``), so
the server must know who; the browser shows the token once, at sign-in, and then holds only Flask's signed
session cookie naming the reviewer (HttpOnly, SameSite=Lax) plus the per-session CSRF token every form
carries.  Without a reviewers file (``kb reviewer add NAME``), review writes are off.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flask import current_app, request, session

from kb.errors import InputError, NotConforming
from kb.review.model import Review
from kb.review.reviewers import Reviewers
from kb.service import KnowledgeBase
from web.connection import StoreBusy, StoreHandle
from web.errors import ApiError

DISABLED = ("reviews are off on this server: register a reviewer with `kb reviewer add NAME` (the file is "
            "KB_REVIEWERS, or reviewers.json in the store) and reload")


def reviewers() -> Reviewers:
    """Read on every request (a few hundred bytes), so `kb reviewer add` takes effect without a restart."""
    path = current_app.config.get("REVIEWERS_FILE")
    return Reviewers.load(Path(path) if path else None)


def enabled() -> bool:
    return bool(reviewers())


def has_session() -> bool:
    """Whether the request carries a session cookie.  Why ask first: reading ``session`` makes Flask add
    ``Vary: Cookie``, which would make every public page uncacheable for visitors who never sign in."""
    return current_app.config.get("SESSION_COOKIE_NAME", "session") in request.cookies


def signed_in() -> str | None:
    """The session's reviewer, if still registered (a removed reviewer's cookie stops working)."""
    if not has_session():
        return None
    name = session.get("reviewer")
    people = reviewers()
    return name if isinstance(name, str) and name in people.digests else None


def sign_in(token: str | None) -> str | None:
    name = reviewers().who((token or "").strip())
    if name is not None:
        session.clear()  # a fresh session (and CSRF token) for the signed-in reviewer
        session["reviewer"] = name
    return name


def bearer(header: str | None) -> str:
    """The reviewer named by ``Authorization: Bearer <token>``; 403 with no reviewers, else 401."""
    if not enabled():
        raise ApiError(403, "Reviews disabled", DISABLED)
    scheme, _, credentials = (header or "").partition(" ")
    name = reviewers().who(credentials.strip()) if scheme.lower() == "bearer" else None
    if name is None:
        raise ApiError(401, "Unauthorized", "send a reviewer's token as 'Authorization: Bearer <token>'",
                       {"WWW-Authenticate": 'Bearer realm="claimkb-review"'})
    return name


def write(operation: Callable[[KnowledgeBase], Review]) -> Review:
    """Run one review operation with the writer lock; library errors become 400 / 404 / 422 / 503."""
    handle: StoreHandle = current_app.extensions["store"]
    try:
        with handle.writer() as kb:
            return operation(kb)
    except StoreBusy as exc:
        retry = max(1, math.ceil(handle.write_wait / 2))
        raise ApiError(503, "Store busy", f"{exc}; retry in {retry} s", {"Retry-After": str(retry)}) from None
    except NotConforming as exc:
        raise ApiError(422, "Review refused", str(exc)) from None
    except InputError as exc:
        status = 404 if "no such claim" in str(exc) or "is not in the store" in str(exc) else 400
        raise ApiError(status, "Bad review", str(exc)) from None


def values_from(data: Any) -> dict[str, object]:
    """The ``set`` object of an API request: field → value (typed as JSON gives them)."""
    if data is None:
        return {}
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise ApiError(400, "Bad review", "set: expected an object of field: value")
    return dict(data)
