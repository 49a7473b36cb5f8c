"""One small exception hierarchy: the library raises these and never prints or exits.

Adapters map them: the CLI to exit codes (``InputError``/``StoreError`` → 2,
``NotConforming`` → 1), the web app to one JSON error shape.
"""

from __future__ import annotations

import json
import re


class KBError(Exception):
    """Base of every error the library raises on purpose."""


class InputError(KBError):
    """Input the user gave is unreadable or malformed; the message names where."""


class StoreError(KBError):
    """The store cannot be opened, read or written."""


class QueryError(KBError):
    """A SPARQL query is malformed, refused for safety, or ran out of its limits."""


class QueryRefused(QueryError):
    """A query asks for something the read-only endpoint never does (update, SERVICE, LOAD...)."""


class QueryTimeout(QueryError):
    """A query ran past its time limit and was stopped."""


class QueryOverBudget(QueryError):
    """A query's worker ran out of its memory budget and was stopped: a limit of the endpoint, like its time
    limit (a 503 on the web), not a mistake in the query (a 400)."""


class FetchError(KBError):
    """A feed, sitemap or page could not be fetched (network, HTTP status, robots.txt, size or time cap);
    ``retry`` says whether trying again later may help (a 503 may, a robots.txt refusal will not)."""

    def __init__(self, message: str, retry: bool = True) -> None:
        super().__init__(message)
        self.retry = retry


class NotConforming(KBError):
    """Data failed the SHACL gate; ``report`` holds the plain-words violations."""

    def __init__(self, message: str, report: str = "") -> None:
        super().__init__(message)
        self.report = report


def json_reason(exc: json.JSONDecodeError) -> str:
    """The reason of a JSON error without the dangling " at" Python ends some with ("Invalid control character at",
    "Unterminated string starting at": the position follows in ``str(exc)``): our messages put the position first,
    ``FILE:LINE:COL: invalid JSON: reason``, and "…: Invalid control character at" read as cut short (user27)."""
    return re.sub(r"\s+(?:starting\s+)?at$", "", exc.msg)
