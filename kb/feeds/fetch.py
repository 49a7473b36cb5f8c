"""A polite, bounded HTTP fetcher for feeds, sitemaps and article pages.

Why its own: a watch runs unattended against sites we do not control, and what a feed lists is untrusted.
So every request names the tool (``User-Agent``), asks robots.txt first (protego; a host whose robots.txt
cannot be read is not crawled until it can), waits its turn per host (``min_interval``, or the site's
``Crawl-delay`` when longer, capped), sends ``If-None-Match`` / ``If-Modified-Since`` when it has them, and
is bounded: connect and read timeouts, a deadline for the whole answer (a server trickling bytes), a size
cap counted on the *decoded* body (a gzip bomb stops at the cap), at most ``MAX_REDIRECTS`` redirects, each
to http(s) only and to a host the watch allows (a redirect to ``file:``, ``gopher:`` or another site is
refused, not followed).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import urllib3
from protego import Protego

from kb.errors import FetchError

USER_AGENT = "claimkb-watch/0.1 (+https://w3id.org/claimkb; claim-tracking knowledge base)"
ROBOTS_AGENT = "claimkb-watch"
MAX_REDIRECTS = 5
ROBOTS_MAX_BYTES = 500 * 1024  # what RFC 9309 asks crawlers to read at least
MAX_CRAWL_DELAY = 60.0


@dataclass
class Response:
    """One answer: the final URL (after redirects), status, body and the validators for the next request."""

    url: str
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class Fetcher:
    """Fetches with manners; ``allowed_hosts`` (lower-case host names) bounds where redirects may lead
    (empty: any host).  ``sleep`` and ``clock`` are injectable so a test can watch the rate limit."""

    min_interval: float = 1.0
    timeout: float = 20.0
    deadline: float = 60.0
    max_bytes: int = 5_000_000
    user_agent: str = USER_AGENT
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _pool: urllib3.PoolManager = field(init=False, repr=False)
    _robots: dict[str, Protego | None] = field(default_factory=dict, init=False, repr=False)
    _last: dict[str, float] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self._pool = urllib3.PoolManager(num_pools=16, retries=False, headers={"User-Agent": self.user_agent},
                                         timeout=urllib3.Timeout(connect=self.timeout, read=self.timeout))

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            allowed_hosts: Collection[str] = (), max_bytes: int | None = None) -> Response:
        """GET ``url`` as described above; ``FetchError`` (with ``retry``) for anything but 2xx or 304."""
        headers = {"Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = check_url(url)
        for _hop in range(MAX_REDIRECTS + 1):
            self.allowed(current)
            answer = self._once(current, headers, max_bytes or self.max_bytes)
            if answer.status in (301, 302, 303, 307, 308):
                target = check_url(urljoin(current, answer.etag or ""))  # ``etag`` carries Location here
                host = urlsplit(target).hostname or ""
                if allowed_hosts and host not in allowed_hosts:
                    raise FetchError(f"{url}: redirected to {target}, a host this watch does not fetch from",
                                     retry=False)
                current = target
                continue
            return answer
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects", retry=False)

    def allowed(self, url: str) -> None:
        """``FetchError`` (no retry) when robots.txt forbids ``url`` to this tool; reads robots.txt once a host."""
        robots = self._robots_for(url)
        if robots is None:
            raise FetchError(f"{url}: robots.txt of {_origin(url)} could not be read; not crawling it for now")
        if not robots.can_fetch(url, ROBOTS_AGENT):
            raise FetchError(f"{url}: forbidden by robots.txt", retry=False)

    def _robots_for(self, url: str) -> Protego | None:
        origin = _origin(url)
        if origin not in self._robots:
            robots_url = origin + "/robots.txt"
            try:
                answer = self._once(robots_url, {}, ROBOTS_MAX_BYTES)
            except FetchError:
                self._robots[origin] = None  # unreachable: RFC 9309 says assume complete disallow
                return None
            if 400 <= answer.status < 500:
                rules = Protego.parse("")  # no robots.txt: everything allowed
            elif answer.status == 200:
                rules = Protego.parse(answer.body.decode("utf-8", "replace"))
            else:
                rules = None
            self._robots[origin] = rules
        return self._robots[origin]

    def _wait_turn(self, host: str) -> None:
        """At most one request per ``min_interval`` (or the host's Crawl-delay) to each host."""
        robots = self._robots.get("https://" + host) or self._robots.get("http://" + host)
        delay = self.min_interval
        if robots is not None:
            delay = max(delay, min(float(robots.crawl_delay(ROBOTS_AGENT) or 0), MAX_CRAWL_DELAY))
        last = self._last.get(host)
        if last is not None:
            wait = last + delay - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last[host] = self.clock()

    def _once(self, url: str, headers: dict[str, str], cap: int) -> Response:
        """One request, no redirect followed (a redirect comes back with its Location in ``etag``)."""
        parts = urlsplit(url)
        self._wait_turn(parts.netloc.lower())
        started = self.clock()
        try:
            raw = self._pool.request("GET", url, headers={"User-Agent": self.user_agent, **headers}, redirect=False,
                                     preload_content=False)
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(f"{url}: {_reason(exc)}") from None
        try:
            if raw.status in (301, 302, 303, 307, 308):
                return Response(url, raw.status, etag=raw.headers.get("Location", ""))
            if raw.status == 304:
                return Response(url, 304, etag=raw.headers.get("ETag"),
                                last_modified=raw.headers.get("Last-Modified"))
            if raw.status != 200:
                if url.endswith("/robots.txt"):
                    return Response(url, raw.status)
                retry = raw.status in (408, 425, 429) or raw.status >= 500
                raise FetchError(f"{url}: HTTP {raw.status}", retry=retry)
            body = self._read(raw, url, cap, started)
            return Response(url, 200, body, raw.headers.get("Content-Type", ""), raw.headers.get("ETag"),
                            raw.headers.get("Last-Modified"))
        finally:
            raw.release_conn()

    def _read(self, raw: urllib3.BaseHTTPResponse, url: str, cap: int, started: float) -> bytes:
        declared = raw.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise FetchError(f"{url}: {declared} bytes announced, over the {cap} bytes cap", retry=False)
        chunks, size = [], 0
        try:
            for chunk in raw.stream(64 * 1024, decode_content=True):
                size += len(chunk)
                if size > cap:
                    raise FetchError(f"{url}: over the {cap} bytes cap", retry=False)
                if self.clock() - started > self.deadline:
                    raise FetchError(f"{url}: took over {self.deadline:g} s")
                chunks.append(chunk)
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(f"{url}: {_reason(exc)}") from None
        return b"".join(chunks)


def check_url(url: str) -> str:
    """An absolute http(s) URL without its fragment, or ``FetchError``: nothing else is ever fetched."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: only http:// and https:// URLs are fetched", retry=False)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


def _reason(exc: Exception) -> str:
    text = str(getattr(exc, "reason", None) or exc)
    return text.split(": ", 1)[-1][:200] if text else type(exc).__name__
