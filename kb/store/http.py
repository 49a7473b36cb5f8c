"""HTTP to a SPARQL server, kept apart from the store that speaks SPARQL over it (``kb.store.remote``).

One request at a time, bounded as a whole in time (``timeout``, or what is left of a page's budget) and
in size (``max_answer_bytes``), with credentials for the server's endpoints; whatever goes wrong becomes
one line of the ``kb.errors`` hierarchy.  Only the standard library is used (urllib).
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping

from kb import deadline
from kb.errors import QueryError, QueryTimeout, StoreError

OXIGRAPH_CANCELLED = b"The SPARQL operation has been cancelled"  # appended to a 200 answer, or a 500's body
VIRTUOSO_PARTIAL = "S1TAT"  # X-SQL-State of an "anytime" answer cut at the timeout parameter: incomplete
VIRTUOSO_TIMED_OUT = ("S1T00", "SR171")  # MaxQueryExecutionTime without the parameter: HTTP 500
_CHUNK = 1 << 16


class Connector:
    """An opener with the server's credentials, a time limit per request and an optional size cap."""

    def __init__(self, urls: Iterable[str], user: str | None, password: str | None, timeout: float) -> None:
        self.timeout = timeout
        self.max_answer_bytes: int | None = None
        self._urls = list(urls)
        self._user, self._password = user, password
        self._opener = self._build()

    def _build(self) -> urllib.request.OpenerDirector:
        """Basic or digest authentication, whichever the server asks for (Virtuoso's ``-auth`` endpoints)."""
        handlers: list[urllib.request.BaseHandler] = []
        if self._user:
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in self._urls:
                manager.add_password(None, url, self._user, self._password or "")  # type: ignore[arg-type]
            handlers += [urllib.request.HTTPBasicAuthHandler(manager), urllib.request.HTTPDigestAuthHandler(manager)]
        return urllib.request.build_opener(*handlers)

    def close(self) -> None:
        self._opener = urllib.request.build_opener()

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, str] | None = None,
        form: Mapping[str, str] | None = None,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        error: type[Exception] = StoreError,
        missing_ok: bool = False,
    ) -> tuple[int, str, bytes]:
        """(status, Content-Type, body) of one request, answered in ``self.timeout`` as a whole (or what
        is left of a page's budget).  Whatever goes wrong (refusal, server error, timeout, broken or
        non-HTTP answer) becomes one ``error`` (``QueryError`` for queries) or ``StoreError`` line."""
        if params:
            url += ("&" if "?" in url else "?") + urllib.parse.urlencode(params)
        hdrs = dict(headers or {})
        if form is not None:
            body = urllib.parse.urlencode(form).encode()
            hdrs["Content-Type"] = "application/x-www-form-urlencoded"
        request = urllib.request.Request(url, data=body, method=method, headers=hdrs)
        where, limit = url.split("?")[0], deadline.clamp(self.timeout)
        timeout = QueryTimeout if error is QueryError else StoreError
        try:
            with self._opener.open(request, timeout=limit) as response:
                data = _read_within(response, time.monotonic() + limit, self.max_answer_bytes)
                if response.headers.get("X-SQL-State", "") == VIRTUOSO_PARTIAL:
                    raise timeout(f"{where}: the server stopped the query at its {limit:g} s limit "
                                  "(it would have sent incomplete results)")
                return response.status, response.headers.get("Content-Type", ""), data
        except urllib.error.HTTPError as exc:
            if missing_ok and exc.code == 404:
                return 404, "", b""
            raise _http_failure(exc, method, where, error) from None
        except urllib.error.URLError as exc:
            if not isinstance(exc.reason, TimeoutError):
                raise StoreError(f"{where}: cannot reach the SPARQL server: {_one_line(str(exc.reason))}") from None
            deadline.check()  # the page's budget ran out first: say so
            raise timeout(f"no answer from {where} within {limit:g} s") from None
        except TimeoutError:
            deadline.check()  # the page's budget ran out first: say so
            raise timeout(f"no answer from {where} within {limit:g} s") from None
        except (OSError, http.client.HTTPException) as exc:
            raise StoreError(f"{where}: the SPARQL server's answer broke off: {_one_line(repr(exc))}") from None


def _read_within(response: http.client.HTTPResponse, until: float, max_bytes: int | None = None) -> bytes:
    """The whole body, or ``TimeoutError`` once ``until`` (``time.monotonic()``) has passed: a socket
    timeout bounds each read only, so a server sending a byte at a time would never time out.  The
    caller's ``with`` then closes the connection, which also stops a server that is still writing.
    ``max_bytes``: a longer answer is refused as it arrives, never held whole."""
    parts, size = [], 0
    while chunk := response.read1(_CHUNK):  # what has come, not a full chunk: read() waits for all of it
        parts.append(chunk)
        size += len(chunk)
        if max_bytes is not None and size > max_bytes:
            raise QueryError(f"the answer is larger than {max_bytes} bytes (KB_SPARQL_MAX_RESULT_BYTES)")
        if time.monotonic() > until:
            raise TimeoutError
    if response.length:  # read1 meets the end of a broken-off answer silently: bytes were still owed
        raise http.client.IncompleteRead(b"".join(parts), response.length)
    return b"".join(parts)


def _one_line(text: str, limit: int = 300) -> str:
    """Server bodies span lines (Virtuoso repeats the whole query): errors here are one line each."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _http_failure(exc: urllib.error.HTTPError, method: str, where: str, error: type[Exception]) -> Exception:
    """The error for an HTTP error status: not allowed, stopped at a time limit, invalid SPARQL, or the
    status with the start of the server's text."""
    try:
        detail = _one_line(exc.read(2000).decode("utf-8", "replace"))
    except (OSError, http.client.HTTPException):
        detail = ""
    if exc.code in (401, 403):
        return StoreError(f"{where}: not allowed (HTTP {exc.code}); set KB_SPARQL_USER / KB_SPARQL_PASSWORD")
    stopped = OXIGRAPH_CANCELLED.decode() in detail or any(code in detail for code in VIRTUOSO_TIMED_OUT)
    if error is QueryError and stopped:
        return QueryTimeout(f"{where}: the server stopped the query at its own time limit: {detail}")
    if error is QueryError and exc.code == 400:
        return QueryError(f"invalid SPARQL: {detail}")
    return error(f"{method} {where}: HTTP {exc.code}: {detail or exc.reason}")
