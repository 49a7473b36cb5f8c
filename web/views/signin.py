"""Signing a reviewer in and out of the browser session (the review forms need it; ``/api`` uses bearer tokens).
Apart from ``web.views.review`` because it is the session's, not the claims': it only reads ``web.reviewing``."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, Response, redirect, render_template, request

from web import reviewing, security

bp = Blueprint("signin", __name__)


def back(default: str) -> str:
    """Where a form returns to: a path on this site only (never an open redirect)."""
    target = request.form.get("next") or default
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc and target.startswith("/") else default


@bp.get("/review/signin")
def signin_form() -> Response:
    return _signin_page(200)


@bp.post("/review/signin")
def signin() -> Response:
    if not reviewing.enabled():
        return _signin_page(403, reviewing.DISABLED)
    if not security.csrf_ok(request.form.get("csrf")):
        return _signin_page(403, "the form has expired: reload the page and sign in again")
    if reviewing.sign_in(request.form.get("token")) is None:
        return _signin_page(401, "wrong or missing reviewer token")
    return redirect(back("/review"), code=303)  # type: ignore[return-value]


@bp.post("/review/signout")
def signout() -> Response:
    """Sign out and go back where the form was (a same-site path); a stale form says so: it signed nobody out."""
    if not security.csrf_ok(request.form.get("csrf")):
        return _signin_page(403, "that sign-out form had expired, so you are still signed in: reload the page and "
                            "sign out again")
    from flask import session

    session.clear()
    return redirect(back("/review"), code=303)  # type: ignore[return-value]


def _signin_page(status: int, error: str = "") -> Response:
    page = render_template("review_signin.html", error=error, csrf=security.csrf_token(),
                           enabled=reviewing.enabled(), next=request.values.get("next", "/review"))
    return Response(page, status=status, mimetype="text/html")
