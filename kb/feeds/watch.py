"""Follow feeds and news sitemaps: fetch what is new, store it through the one write path, remember it.

A cycle has two halves so that the store's single writer is held only while writing: ``collect`` reads every
feed (conditional GET) and fetches the pages not seen before or due for a retry, with no store open; ``store``
then opens the knowledge base once, ingests each article (``ingest_article``: one call, the library's write path,
which also marks syndicated copies: ``kb.syndication``) and records what happened.  A feed or page that
fails is recorded with its error and tried again when due (``retry_after``, doubling per attempt, up to
``max_attempts``); it never stops the cycle.  What a feed lists is untrusted: links to hosts other than the
feed's own (and ``allow_hosts``) are never fetched, and at most ``max_new`` pages are fetched a cycle.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from kb.errors import FetchError, InputError, KBError
from kb.feeds.fetch import Fetcher, check_url
from kb.feeds.listing import Entry, parse_listing
from kb.feeds.state import FeedState
from kb.pipeline.article import Article, article_from_bytes
from kb.service import KnowledgeBase, Outcome

MAX_SITEMAPS = 20  # children of one sitemap index read a cycle


@dataclass
class Options:
    retry_after: float = 600.0
    max_attempts: int = 5
    max_new: int = 200
    allow_hosts: frozenset[str] = frozenset()
    max_bytes: int = 5_000_000


@dataclass
class Event:
    """One line of the log: an article URL (or a feed) and what happened to it."""

    feed: str
    url: str
    status: str
    detail: str = ""
    claims: int = 0
    key: str | None = None


@dataclass
class Summary:
    feeds: int = 0
    not_modified: int = 0
    feed_errors: int = 0
    new: int = 0
    stored: int = 0
    syndicated: int = 0
    quarantined: int = 0
    failed: int = 0
    forbidden: int = 0
    off_site: int = 0

    def line(self) -> str:
        return (f"{self.feeds} feed(s) read ({self.not_modified} not modified, {self.feed_errors} failed); "
                f"{self.new} page(s) new or retried: {self.stored} stored ({self.syndicated} syndicated copies), "
                f"{self.quarantined} quarantined, {self.failed} failed, {self.forbidden} forbidden by robots.txt, "
                f"{self.off_site} off-site")


@dataclass
class Fetched:
    feed: str
    url: str
    article: Article
    notes: list[str] = field(default_factory=list)


Report = Callable[[Event], None]


def ingest_article(kb: KnowledgeBase, article: Article) -> Outcome:
    """The one call into the library's write path (extract → gate → store); re-point it when that moves."""
    return kb.ingest(article)


def run_cycle(open_kb: Callable[[], KnowledgeBase], feeds: Iterable[str], state: FeedState, fetcher: Fetcher,
              options: Options, report: Report) -> Summary:
    """One pass over ``feeds``: collect, then store (opening the knowledge base only when there is something)."""
    summary = Summary()
    fetched = collect(list(feeds), state, fetcher, options, report, summary)
    if fetched:
        kb = open_kb()
        try:
            store(kb, fetched, state, options, report, summary)
        finally:
            kb.close()
    return summary


def collect(feeds: list[str], state: FeedState, fetcher: Fetcher, options: Options, report: Report,
            summary: Summary) -> list[Fetched]:
    """Read every feed and fetch the pages that are new or due; failures are recorded, never raised."""
    out: list[Fetched] = []
    queued: set[str] = set()  # a story in the feed and in the sitemap is fetched once
    for feed in feeds:
        summary.feeds += 1
        entries = _entries(feed, state, fetcher, options, report, summary)
        entries += [Entry(url) for url in state.retries_due(feed)]  # even when the feed has not changed
        for entry in entries:
            if len(out) >= options.max_new:
                return out
            try:
                url = check_url(entry.url)
            except FetchError as exc:
                report(Event(feed, entry.url, "skipped", str(exc)))
                continue
            if url in queued or not state.due(url):
                continue
            queued.add(url)
            summary.new += 1
            item = _fetch_page(feed, url, entry, state, fetcher, options, report, summary)
            if item is not None:
                out.append(item)
    return out


def _entries(feed: str, state: FeedState, fetcher: Fetcher, options: Options, report: Report,
             summary: Summary) -> list[Entry]:
    """The feed's entries (a sitemap index's children read too); [] when not modified or failed."""
    etag, modified = state.validators(feed)
    hosts = _hosts(feed, options)
    try:
        answer = fetcher.get(feed, etag=etag, last_modified=modified, allowed_hosts=hosts)
        if answer.not_modified:
            state.feed_fetched(feed, "not modified")
            summary.not_modified += 1
            report(Event(feed, feed, "not modified"))
            return []
        listing = parse_listing(answer.body, answer.url)
        entries = list(listing.entries)
        for child in listing.sitemaps[:MAX_SITEMAPS]:
            if urlsplit(child).hostname in hosts:
                entries += parse_listing(fetcher.get(child, allowed_hosts=hosts).body, child).entries
    except (FetchError, InputError) as exc:
        state.feed_fetched(feed, "error", error=str(exc))
        summary.feed_errors += 1
        report(Event(feed, feed, "feed failed", str(exc)))
        return []
    state.feed_fetched(feed, "ok", title=listing.title, etag=answer.etag, last_modified=answer.last_modified,
                       entries=len(entries))
    return entries


def _fetch_page(feed: str, url: str, entry: Entry, state: FeedState, fetcher: Fetcher, options: Options,
                report: Report, summary: Summary) -> Fetched | None:
    if urlsplit(url).hostname not in _hosts(feed, options):
        state.record(url, feed, "off-site", error="links to a host this watch does not fetch from")
        summary.off_site += 1
        report(Event(feed, url, "off-site", "not fetched: another host than the feed's (--allow-host)"))
        return None
    try:
        answer = fetcher.get(url, allowed_hosts=_hosts(feed, options), max_bytes=options.max_bytes)
        meta = {"url": url, "title": entry.title, "published": entry.published}
        article, notes = article_from_bytes(answer.body, _name(url), url, {k: v for k, v in meta.items() if v})
    except FetchError as exc:
        if "robots.txt" in str(exc) and not exc.retry:
            state.record(url, feed, "forbidden", error=str(exc))
            summary.forbidden += 1
            report(Event(feed, url, "forbidden", "robots.txt forbids it; not fetched"))
            return None
        _failed(feed, url, str(exc), exc.retry, state, options, report, summary)
        return None
    except KBError as exc:
        _failed(feed, url, str(exc), True, state, options, report, summary)
        return None
    return Fetched(feed, url, article, notes)


def _failed(feed: str, url: str, error: str, retry: bool, state: FeedState, options: Options, report: Report,
            summary: Summary) -> None:
    attempts = state.attempts(url) + 1
    give_up = not retry or attempts >= options.max_attempts
    wait = options.retry_after * 2 ** (attempts - 1)
    error = error.removeprefix(f"{url}: ")
    state.record(url, feed, "gave up" if give_up else "failed", error=error, retry_after=wait)
    summary.failed += 1
    when = "will not retry" if give_up else f"attempt {attempts}, retried after {wait:g} s"
    report(Event(feed, url, "failed", f"{error} ({when})"))


def store(kb: KnowledgeBase, fetched: list[Fetched], state: FeedState, options: Options, report: Report,
          summary: Summary) -> None:
    """Ingest each fetched article and record it; the service marks syndicated copies (``kb.syndication``) and
    brings the derived data up to date once, when the batch ends."""
    with kb.batch():
        for item in fetched:
            _store_one(kb, item, state, options, report, summary)


def _store_one(kb: KnowledgeBase, item: Fetched, state: FeedState, options: Options, report: Report,
               summary: Summary) -> None:
    try:
        outcome = ingest_article(kb, item.article)
    except KBError as exc:
        _failed(item.feed, item.url, str(exc), True, state, options, report, summary)
        return
    stored = outcome.status != "quarantined"
    state.record(item.url, item.feed, outcome.status, key=outcome.key, claims=outcome.claims,
                 error=outcome.message or None, based_on=outcome.copy_of)
    summary.stored += stored
    summary.quarantined += not stored
    summary.syndicated += bool(stored and outcome.copy_of)
    detail = f"copy of {_page(kb, outcome.copy_of)}" if outcome.copy_of else ""
    report(Event(item.feed, item.url, outcome.status, "; ".join([*item.notes, detail][-2:]).strip("; "),
                 outcome.claims, outcome.key))


def _page(kb: KnowledgeBase, article: str) -> str:
    """The page an article was read from (its IRI when it has no URL)."""
    try:
        return kb.article(article.rsplit("/", 1)[-1]).url or article
    except KBError:
        return article


def _hosts(feed: str, options: Options) -> frozenset[str]:
    return frozenset({(urlsplit(feed).hostname or "").lower(), *options.allow_hosts})


def _name(url: str) -> str:
    path = urlsplit(url).path.rstrip("/")
    return (path.rsplit("/", 1)[-1] or urlsplit(url).hostname or "page")[:80]
