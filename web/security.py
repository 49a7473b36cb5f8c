"""Response headers (CSP and friends), a per-client token bucket for the SPARQL endpoint, and the upload
form's CSRF token.

Why a 30-line token bucket rather than Flask-Limiter: one limit on one endpoint, in one process
(waitress threads), needs no storage backend and no extra dependency, and answers 429 in the app's
own error shape with ``Retry-After``.
"""

from __future__ import annotations

import hmac
import math
import secrets
import threading
import time
from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import Flask, Response, current_app, request, session

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)


class TokenBucket:
    """``rate`` requests per ``per`` seconds per key, with bursts up to ``rate``."""

    def __init__(self, rate: int, per: float) -> None:
        self.rate = rate
        self.per = per
        self._state: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """Take one token; returns 0 when allowed, else the seconds to wait."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._state.get(key, (float(self.rate), now))
            tokens = min(float(self.rate), tokens + (now - last) * self.rate / self.per)
            if tokens >= 1:
                self._state[key] = (tokens - 1, now)
                return 0.0
            self._state[key] = (tokens, now)
            return (1 - tokens) * self.per / self.rate


def parse_rate(text: str | None) -> TokenBucket | None:
    """``"60/minute"`` → a bucket; None or "" → no limit."""
    if not text:
        return None
    count, _, unit = str(text).partition("/")
    seconds = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}[unit.strip().rstrip("s") or "minute"]
    return TokenBucket(int(count), seconds)


def rate_limited(view: Callable[..., Any]) -> Callable[..., Any]:
    """Apply the app's ``RATE_LIMIT`` to ``view`` (429 in the error shape when exceeded)."""
    from web.errors import ApiError

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        bucket: TokenBucket | None = current_app.extensions.get("rate_limit")
        if bucket is not None and request.method != "OPTIONS":
            wait = bucket.take(request.remote_addr or "-")
            if wait:
                raise ApiError(429, "Too many requests", f"rate limit {current_app.config['RATE_LIMIT']}; retry in "
                               f"{math.ceil(wait)} s", {"Retry-After": str(math.ceil(wait))})
        return view(*args, **kwargs)

    return wrapper


def csrf_token() -> str:
    """This session's form token, made on first use; kept in Flask's signed session cookie.

    Why a per-session token on top of the API token the form asks for: it proves the POST came from a
    page this app served to this browser, so another site cannot drive an analyst's browser into writing."""
    token = session.get("csrf")
    if not isinstance(token, str) or len(token) < 32:
        token = secrets.token_urlsafe(32)
        session["csrf"] = token
    return token


def csrf_ok(given: str | None) -> bool:
    """Constant-time check of a submitted form token against this session's."""
    expected = session.get("csrf")
    if not isinstance(expected, str) or not given:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def install(app: Flask) -> None:
    app.extensions["rate_limit"] = parse_rate(app.config.get("RATE_LIMIT"))

    @app.after_request
    def _headers(response: Response) -> Response:
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response
