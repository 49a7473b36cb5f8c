"""What a watch remembers between runs: each feed's validators and health, each article URL's fate.

Why SQLite beside the store (``<store>/feeds.sqlite``, or ``KB_FEEDS_STATE``): the record must survive a
restart (no page fetched twice, no article stored twice), be written one row at a time as the watch goes
(a crash loses at most the article in hand), and be readable by the web app while a watch writes it.
The RDF store is the wrong place for ETags and retry times; the articles themselves go there.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kb.store.location import Location

FINAL = frozenset({"ingested", "replaced", "unchanged", "quarantined", "forbidden", "off-site", "gave up"})
"""An item in one of these states is never fetched again; ``failed`` ones are retried when due."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
  url TEXT PRIMARY KEY, title TEXT, etag TEXT, last_modified TEXT, last_fetch TEXT, last_status TEXT,
  last_error TEXT, entries INTEGER DEFAULT 0, fetches INTEGER DEFAULT 0, errors INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS items (
  url TEXT PRIMARY KEY, feed TEXT, status TEXT, key TEXT, claims INTEGER DEFAULT 0, attempts INTEGER DEFAULT 0,
  next_try REAL DEFAULT 0, last_error TEXT, based_on TEXT, first_seen TEXT, updated TEXT);
CREATE INDEX IF NOT EXISTS items_feed ON items (feed);
"""


def state_location(store: str | None) -> str:
    """Where the record of the store at ``store`` lives (``kb.store.location.Location.feeds_state``)."""
    return Location.of(store).feeds_state()


def now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Item:
    url: str
    status: str
    attempts: int
    next_try: float


class FeedState:
    """The record, one connection; every method commits what it changed."""

    def __init__(self, location: str) -> None:
        if location != ":memory:":
            Path(location).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(location, timeout=30)
        self.db.executescript(_SCHEMA)

    def close(self) -> None:
        self.db.close()

    # ---- feeds
    def validators(self, feed: str) -> tuple[str | None, str | None]:
        row = self.db.execute("SELECT etag, last_modified FROM feeds WHERE url = ?", (feed,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def feed_fetched(self, feed: str, status: str, *, title: str | None = None, etag: str | None = None,
                     last_modified: str | None = None, entries: int | None = None, error: str | None = None) -> None:
        """Record one fetch of ``feed``: ``status`` is "ok", "not modified" or "error"."""
        with self.db:
            self.db.execute("INSERT OR IGNORE INTO feeds (url) VALUES (?)", (feed,))
            self.db.execute(
                "UPDATE feeds SET last_fetch = ?, last_status = ?, last_error = ?, fetches = fetches + 1,"
                " errors = errors + ?, title = COALESCE(?, title), etag = COALESCE(?, etag),"
                " last_modified = COALESCE(?, last_modified), entries = COALESCE(?, entries) WHERE url = ?",
                (now_text(), status, error, 1 if status == "error" else 0, title, etag, last_modified, entries, feed))

    # ---- items
    def item(self, url: str) -> Item | None:
        row = self.db.execute("SELECT url, status, attempts, next_try FROM items WHERE url = ?", (url,)).fetchone()
        return Item(*row) if row else None

    def due(self, url: str, now: float | None = None) -> bool:
        """Never seen, or failed and due for another try."""
        found = self.item(url)
        return found is None or (found.status not in FINAL and found.next_try <= (now or time.time()))

    def record(self, url: str, feed: str, status: str, *, key: str | None = None, claims: int = 0,
               error: str | None = None, retry_after: float = 0.0, based_on: str | None = None) -> None:
        """What happened to one article URL; a failure counts an attempt and sets when to try again."""
        stamp = now_text()
        with self.db:
            self.db.execute("INSERT OR IGNORE INTO items (url, feed, first_seen) VALUES (?, ?, ?)", (url, feed, stamp))
            self.db.execute(
                "UPDATE items SET status = ?, key = COALESCE(?, key), claims = ?, last_error = ?, updated = ?,"
                " attempts = attempts + ?, next_try = ?, based_on = CASE WHEN ? THEN ? ELSE based_on END WHERE url = ?",
                (status, key, claims, error, stamp, 1 if status == "failed" else 0, time.time() + retry_after,
                 status not in ("failed", "gave up"), based_on, url))  # a stored page says whether it is a copy

    def retries_due(self, feed: str, now: float | None = None) -> list[str]:
        """URLs of ``feed`` that failed and are due again: retried even when the feed itself has not changed."""
        rows = self.db.execute("SELECT url FROM items WHERE feed = ? AND status = 'failed' AND next_try <= ?"
                               " ORDER BY first_seen", (feed, now or time.time()))
        return [row[0] for row in rows]

    def attempts(self, url: str) -> int:
        found = self.item(url)
        return found.attempts if found else 0


FEED_COLUMNS = ("feed", "title", "lastFetch", "lastStatus", "lastError", "entries", "ingested", "syndicated",
                "failed", "forbidden", "fetches", "errors", "lastPageError")


def feed_report(location: str) -> list[dict[str, object]]:
    """Every watched feed with its last fetch, counts and errors, for the web app (read-only; no record: [])."""
    if location == ":memory:" or not Path(location).is_file():
        return []
    with closing(sqlite3.connect(f"file:{location}?mode=ro", uri=True, timeout=5)) as db:
        try:
            feeds = db.execute("SELECT url, title, last_fetch, last_status, last_error, entries, fetches, errors"
                               " FROM feeds ORDER BY url").fetchall()
            page_errors = dict(db.execute(
                "SELECT feed, url || ': ' || last_error FROM items WHERE status IN ('failed', 'gave up')"
                " ORDER BY updated").fetchall())  # the latest per feed wins
            counts = db.execute("SELECT feed, status, based_on IS NOT NULL, COUNT(*) FROM items"
                                " GROUP BY feed, status, based_on IS NOT NULL").fetchall()
        except sqlite3.Error:
            return []
    tally: dict[str, dict[str, int]] = {}
    for feed, status, copied, n in counts:
        bucket = tally.setdefault(feed, {})
        name = {"replaced": "ingested", "unchanged": "ingested", "gave up": "failed"}.get(status, status)
        bucket[name] = bucket.get(name, 0) + n
        if copied:
            bucket["syndicated"] = bucket.get("syndicated", 0) + n
    rows = []
    for url, title, last_fetch, status, error, entries, fetches, errors in feeds:
        seen = tally.get(url, {})
        rows.append({"feed": url, "title": title, "lastFetch": last_fetch, "lastStatus": status,
                     "lastError": error, "entries": entries or 0, "ingested": seen.get("ingested", 0),
                     "syndicated": seen.get("syndicated", 0), "failed": seen.get("failed", 0),
                     "forbidden": seen.get("forbidden", 0), "fetches": fetches or 0, "errors": errors or 0,
                     "lastPageError": page_errors.get(url)})
    return rows
