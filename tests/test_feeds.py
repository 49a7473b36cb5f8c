"""Following feeds (issue 17): a real news site on 127.0.0.1 (``tests/feedsite``), ``kb watch`` run as a process
and restarted; robots.txt, conditional GET, retries, syndicated copies, the web app's feeds page."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb.derived import conflicts
from kb.errors import FetchError, InputError
from kb.feeds.fetch import Fetcher
from kb.feeds.listing import parse_listing
from kb.service import KnowledgeBase
from tests.feedsite import BROKEN, FeedServer

REPO = Path(__file__).resolve().parents[1]
ARTICLES = ["/news/original.html", "/news/independent.html", "/partner/copy.html"]


@pytest.fixture()
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


def watch(store: Path, server: FeedServer, *extra: str) -> subprocess.CompletedProcess[str]:
    """``kb watch`` as its own process (what a restart means), on the site's feed and sitemap."""
    args = [server.base + "/feed.rss", server.base + "/sitemap.xml", "--store", str(store), "--rate", "0",
            "--retry-after", "0", *extra]
    return subprocess.run([sys.executable, "-c", "from kb.cli import main; main()", "watch", *args],
                          capture_output=True, text=True, timeout=240, env={**os.environ, "PYTHONPATH": str(REPO)})


def stored_articles(store: Path) -> list[str]:
    kb = KnowledgeBase.open(str(store), read_only=True)
    try:
        return sorted(kb.article_graphs())
    finally:
        kb.close()


def test_watch_ingests_each_allowed_article_once_across_restarts(tmp_path: Path, server: FeedServer) -> None:
    store = tmp_path / "store"
    first = watch(store, server, "--once")
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    for path in ARTICLES:
        assert [ln for ln in lines if ln.startswith("ingested") and server.base + path in ln], first.stdout
    assert any(ln.startswith("forbidden") and "/private/draft.html" in ln for ln in lines)
    assert any(ln.startswith("off-site") and "elsewhere.invalid" in ln for ln in lines)
    copy = next(ln for ln in lines if "/partner/copy.html" in ln)
    assert f"copy of {server.base}/news/original.html" in copy
    assert f"{BROKEN}: HTTP 500 (attempt 1" in first.stderr
    assert "kb watch: cycle 1:" in first.stderr
    assert stored_articles(store) == sorted(server.base + p for p in ARTICLES)

    second = watch(store, server, "--once")  # a restart: nothing fetched again, the broken page retried
    assert second.returncode == 0, second.stderr
    assert second.stdout.count("not modified") == 2 and "ingested" not in second.stdout
    assert f"{BROKEN}: HTTP 500 (attempt 2" in second.stderr
    feed_requests = [h for p, h in server.site.hits if p == "/feed.rss"]
    assert len(feed_requests) == 2 and "If-None-Match" not in feed_requests[0] and feed_requests[1]["If-None-Match"]
    assert stored_articles(store) == sorted(server.base + p for p in ARTICLES)

    server.site.feed_items.append("/news/later.html")  # something new is published
    third = watch(store, server, "--once")
    assert [ln for ln in third.stdout.splitlines() if ln.startswith("ingested")] == [
        ln for ln in third.stdout.splitlines() if "/news/later.html" in ln]
    assert stored_articles(store) == sorted(server.base + p for p in [*ARTICLES, "/news/later.html"])

    for path in [*ARTICLES, "/news/later.html"]:
        assert server.site.count(path) == 1, path  # each page fetched once, over three runs
    assert server.site.count("/private/draft.html") == 0  # robots.txt forbids it: never requested
    assert server.site.count(BROKEN) == 3  # reported and retried at every run
    assert all(h["User-Agent"].startswith("claimkb-watch/") for _p, h in server.site.hits)


def test_a_syndicated_copy_is_one_source_not_a_corroboration(tmp_path: Path, server: FeedServer) -> None:
    store = tmp_path / "store"
    assert watch(store, server, "--once").returncode == 0
    kb = KnowledgeBase.open(str(store), read_only=True)
    try:
        found = {f.explanation for f in conflicts.corroborations(kb.store)}
        based = kb.store.query_raw(
            "SELECT ?copy ?original WHERE { ?copy <https://schema.org/isBasedOn> ?original }", "json")[1]
    finally:
        kb.close()
    # three reports of Baku's figure: the original, its copy and an independent article; two sources
    assert [t for t in found if "soldiers killed (parties: Armenia) 64)" in t] == [
        "Azerbaijani Defence Ministry's claim (soldiers killed (parties: Armenia) 64) is carried by 3 reports from 2 "
        "independent "
        "sources (Kaukasus Daily, Steppe Herald)."], found
    # Yerevan's figure appears only in the original and its copy: one source carried twice, no corroboration
    assert not any(" 9) " in t for t in found), found
    bindings = json.loads(based)["results"]["bindings"]
    assert len(bindings) == 1 and bindings[0]["copy"]["value"].startswith("https://w3id.org/claimkb/id/article/")


def test_the_web_app_lists_watched_feeds(tmp_path: Path, server: FeedServer) -> None:
    from web import create_app

    store = tmp_path / "store"
    assert watch(store, server, "--once").returncode == 0
    client = create_app({"KB_STORE": str(store), "RATE_LIMIT": None}).test_client()
    rows = {r["feed"]: r for r in client.get("/feeds.json").get_json()["rows"]}
    feed, sitemap = rows[server.base + "/feed.rss"], rows[server.base + "/sitemap.xml"]
    assert (feed["ingested"], feed["failed"], feed["forbidden"], feed["lastStatus"]) == (2, 1, 1, "ok")
    assert (sitemap["ingested"], sitemap["syndicated"]) == (1, 1)
    assert feed["lastFetch"] and "HTTP 500" in feed["lastPageError"]
    page = client.get("/feeds").get_data(as_text=True)
    assert server.base + "/feed.rss" in page and "HTTP 500" in page


def test_kb_ingest_feed_reads_once_and_shares_the_record(tmp_path: Path, server: FeedServer) -> None:
    store = tmp_path / "store"
    run = subprocess.run([sys.executable, "-c", "from kb.cli import main; main()", "ingest", "--feed",
                          server.base + "/sitemap.xml", "--store", str(store), "--rate", "0"],
                         capture_output=True, text=True, timeout=240, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert run.returncode == 0, run.stderr
    assert stored_articles(store) == sorted(server.base + p for p in ["/partner/copy.html", "/news/original.html"])
    again = watch(store, server, "--once")
    assert server.site.count("/news/original.html") == 1 and "/news/independent.html" in again.stdout
    mixed = subprocess.run([sys.executable, "-c", "from kb.cli import main; main()", "ingest", "--feed",
                            server.base + "/sitemap.xml", "some.txt", "--store", str(store)],
                           capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert mixed.returncode == 2 and "Traceback" not in mixed.stderr


def test_watch_stops_cleanly_on_sigterm(tmp_path: Path, server: FeedServer) -> None:
    args = [server.base + "/feed.rss", "--store", str(tmp_path / "store"), "--rate", "0", "--every", "0.2s"]
    proc = subprocess.Popen([sys.executable, "-c", "from kb.cli import main; main()", "watch", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        assert proc.stderr is not None
        seen = ""
        while "cycle 2:" not in seen:  # a second cycle: the watch goes on by itself
            line = proc.stderr.readline()
            assert line, seen
            seen += line
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert server.site.count("/news/original.html") == 1


# ---- the fetcher's manners and bounds, on the same site


def test_redirects_only_to_http_and_allowed_hosts(server: FeedServer) -> None:
    fetcher = Fetcher(min_interval=0)
    host = {"127.0.0.1"}
    assert fetcher.get(server.base + "/redirect/home", allowed_hosts=host).url == server.base + "/news/original.html"
    with pytest.raises(FetchError, match=r"only http:// and https://"):
        fetcher.get(server.base + "/redirect/file", allowed_hosts=host)
    with pytest.raises(FetchError, match="a host this watch does not fetch from"):
        fetcher.get(server.base + "/redirect/away", allowed_hosts=host)
    with pytest.raises(FetchError, match=r"forbidden by robots\.txt"):
        fetcher.get(server.base + "/private/draft.html")
    assert server.site.count("/private/draft.html") == 0


def test_size_caps_hold_on_the_decoded_body(server: FeedServer) -> None:
    fetcher = Fetcher(min_interval=0, max_bytes=1_000_000)
    with pytest.raises(FetchError, match="over the 1000000 bytes cap"):
        fetcher.get(server.base + "/big")
    with pytest.raises(FetchError, match="over the 1000000 bytes cap"):
        fetcher.get(server.base + "/bomb")  # 50 MB of zeros, gzipped to 50 kB


def test_one_request_per_host_per_interval(server: FeedServer) -> None:
    waits: list[float] = []
    clock = [100.0]
    fetcher = Fetcher(min_interval=2.0, sleep=waits.append, clock=lambda: clock[0])
    fetcher.get(server.base + "/news/original.html")  # robots.txt, then the page: one wait of 2 s between
    fetcher.get(server.base + "/news/independent.html")
    assert waits == [2.0, 2.0]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000) | st.text(max_size=500).map(lambda t: f"<rss><channel>{t}</channel></rss>".encode())
       | st.text(max_size=500).map(lambda t: f"<urlset><url><loc>{t}</loc></url></urlset>".encode()))
def test_a_hostile_listing_is_read_or_refused_in_one_line(data: bytes) -> None:
    try:
        listing = parse_listing(data, "http://127.0.0.1/feed")
    except InputError as exc:
        assert "\n" not in str(exc).strip() or "sitemap" in str(exc)
        return
    assert all(e.url.startswith("http://127.0.0.1/") or "://" in e.url for e in listing.entries)


def test_a_sitemap_cannot_expand_entities() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
            b'<!ENTITY f SYSTEM "file:///etc/passwd">]><urlset><url><loc>http://x/&b;&f;</loc></url></urlset>')
    try:
        listing = parse_listing(bomb, "http://x/sitemap.xml")
    except InputError:
        return
    assert all("root:" not in e.url and "aaaaaaaaaaaaaaaaaaaa" not in e.url for e in listing.entries)


def test_durations() -> None:
    from kb.cli.feeds import duration

    assert [duration(t, "--every") for t in ("10m", "30s", "1.5h", "90", "250ms")] == [600, 30, 5400, 90, 0.25]
    with pytest.raises(InputError, match="--every 'soon'"):
        duration("soon", "--every")


def test_a_listing_entry_that_is_no_web_page_is_left_out() -> None:
    """Found by the property above: a sitemap's ``<loc>A:</loc>`` was listed as an entry "A:"."""
    sitemap = b"<urlset>" + b"".join(f"<url><loc>{u}</loc></url>".encode() for u in (
        "A:", "mailto:desk@example.org", "javascript:alert(1)", "/news/1", "https://other.example/2")) + b"</urlset>"
    assert [e.url for e in parse_listing(sitemap, "http://127.0.0.1/sitemap.xml").entries] == [
        "http://127.0.0.1/news/1", "https://other.example/2"]
    feed = (b"<rss><channel><item><link>mailto:desk@example.org</link></item>"
            b"<item><link>/news/3</link></item></channel></rss>")
    assert [e.url for e in parse_listing(feed, "http://127.0.0.1/feed").entries] == ["http://127.0.0.1/news/3"]
