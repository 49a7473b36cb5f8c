"""A small news site on 127.0.0.1 for the feed tests: an RSS feed, an Atom feed, a news sitemap, article pages
(texts written for the project, in this folder), ETags, a robots.txt that forbids ``/private/``, a page that
always fails, one syndicated copy.  Every request is logged with its headers; the test stops the server."""

from __future__ import annotations

import html
import threading
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).parent

PAGES = {  # path: (text file, outlet, published)
    "/news/original.html": ("original.txt", "Kaukasus Daily", "2020-10-13"),
    "/news/independent.html": ("independent.txt", "Steppe Herald", "2020-10-13"),
    "/partner/copy.html": ("copy.txt", "Southern Courier", "2020-10-14"),
    "/news/later.html": ("later.txt", "Kaukasus Daily", "2020-10-15"),
    "/private/draft.html": ("private.txt", "Kaukasus Daily", "2020-10-13"),
}
BROKEN = "/news/broken.html"


def page(path: str) -> bytes:
    name, outlet, published = PAGES[path]
    headline, _, body = (HERE / name).read_text(encoding="utf-8").partition("\n\n")
    paragraphs = "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in body.split("\n\n") if p.strip())
    return (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(headline)}</title>"
            f"<meta property=\"og:site_name\" content=\"{outlet}\">"
            f"<meta property=\"article:published_time\" content=\"{published}T08:00:00Z\"></head>"
            f"<body><nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav>"
            f"<article><h1>{html.escape(headline)}</h1>"
            f"{paragraphs}</article><footer>Copyright {outlet}</footer></body></html>").encode()


def rss(items: list[str], base: str) -> bytes:
    entries = "".join(f"<item><title>{html.escape(_headline(p))}</title><link>{base}{p}</link>"
                      f"<pubDate>{_rfc822(p)}</pubDate></item>" for p in items)
    return (f"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kaukasus Daily</title>"
            f"<link>{base}/</link>{entries}</channel></rss>").encode()


def sitemap(items: list[str], base: str) -> bytes:
    urls = "".join(f"<url><loc>{base}{p}</loc><news:news><news:publication><news:name>Partner</news:name>"
                   f"<news:language>en</news:language></news:publication><news:publication_date>"
                   f"{PAGES[p][2] if p in PAGES else '2020-10-14'}</news:publication_date></news:news></url>"
                   for p in items)
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
            "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">" + urls + "</urlset>").encode("utf-8")


def _headline(path: str) -> str:
    return (HERE / PAGES[path][0]).read_text(encoding="utf-8").split("\n", 1)[0] if path in PAGES else "Broken"


def _rfc822(path: str) -> str:
    from datetime import datetime

    day = PAGES[path][2] if path in PAGES else "2020-10-14"
    return formatdate(datetime.fromisoformat(day + "T08:00:00+00:00").timestamp(), usegmt=True)


@dataclass
class Site:
    """What the server serves; a test changes ``feed_items`` to publish something new (the ETag follows)."""

    feed_items: list[str] = field(default_factory=lambda: ["/news/original.html", "/news/independent.html",
                                                          "/private/draft.html", BROKEN,
                                                          "http://elsewhere.invalid/news/x.html"])
    sitemap_items: list[str] = field(default_factory=lambda: ["/partner/copy.html", "/news/original.html"])
    hits: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, path: str) -> int:
        with self.lock:
            return sum(1 for p, _ in self.hits if p == path)


class _Handler(BaseHTTPRequestHandler):
    site: Site
    base: str

    def log_message(self, *_args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        with self.site.lock:
            self.site.hits.append((self.path, dict(self.headers)))
        if self.path == "/robots.txt":
            return self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        if self.path == "/redirect/file":
            return self._send(302, b"", "text/plain", {"Location": "file:///etc/passwd"})
        if self.path == "/redirect/away":
            return self._send(302, b"", "text/plain", {"Location": "http://elsewhere.invalid/news/x.html"})
        if self.path == "/redirect/home":
            return self._send(301, b"", "text/plain", {"Location": "/news/original.html"})
        if self.path == "/big":
            return self._send(200, b"x" * 3_000_000, "text/plain")
        if self.path == "/bomb":
            import gzip

            packed = gzip.compress(b"\0" * 50_000_000)
            return self._send(200, packed, "text/plain", {"Content-Encoding": "gzip"})
        if self.path == BROKEN:
            return self._send(500, b"<html><body>Internal error</body></html>", "text/html")
        if self.path == "/feed.rss":
            items = list(self.site.feed_items)
            body = rss([p for p in items if not p.startswith("http")], self.base)
            body = body.replace(b"</channel>", b"".join(
                f"<item><title>Off-site</title><link>{p}</link></item>".encode() for p in items
                if p.startswith("http")) + b"</channel>")
            return self._conditional(body, "application/rss+xml")
        if self.path == "/sitemap.xml":
            return self._conditional(sitemap(self.site.sitemap_items, self.base), "application/xml")
        if self.path in PAGES:
            return self._conditional(page(self.path), "text/html; charset=utf-8")
        return self._send(404, b"not found", "text/plain")

    def _conditional(self, body: bytes, ctype: str) -> None:
        import hashlib

        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self._send(200, body, ctype, {"ETag": etag, "Last-Modified": formatdate(0, usegmt=True)})

    def _send(self, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


class FeedServer:
    """``with FeedServer() as server:`` serves ``server.site`` at ``server.base`` until the block ends."""

    def __init__(self) -> None:
        self.site = Site()
        handler = type("Handler", (_Handler,), {"site": self.site})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        handler.base = self.base  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)
