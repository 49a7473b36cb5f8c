"""What a feed or a sitemap lists: article URLs with the title and date it gives them.

RSS and Atom are read by feedparser (given bytes, it never fetches anything), news sitemaps and sitemap
indexes by lxml with entities, DTDs and network access switched off (a hostile sitemap cannot expand a
billion laughs or read a local file).  A listing is capped at ``MAX_ENTRIES`` URLs: a feed is untrusted
input and one of a million links must not hold the watch.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin, urlsplit

from kb.errors import InputError

MAX_ENTRIES = 1000
_SITEMAP_ROOT = re.compile(rb"<(?:[\w-]+:)?(urlset|sitemapindex)[\s>]")
_SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


@dataclass
class Entry:
    """One listed article: its URL and what the listing says of it."""

    url: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD


@dataclass
class Listing:
    """A feed's or a sitemap's entries; a sitemap index lists further sitemaps instead."""

    kind: str  # "feed", "sitemap" or "sitemapindex"
    title: str | None = None
    entries: list[Entry] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)


def parse_listing(data: bytes, url: str) -> Listing:
    """The entries of a feed or sitemap fetched from ``url``; ``InputError`` when it is neither."""
    match = _SITEMAP_ROOT.search(data[:4096])
    if match:
        return _sitemap(data, url, match.group(1).decode())
    return _feed(data, url)


def _feed(data: bytes, url: str) -> Listing:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        raise InputError(f"{url}: neither an RSS/Atom feed nor a sitemap")
    entries = []
    for item in parsed.entries[:MAX_ENTRIES]:
        link = item.get("link") or next((x.get("href") for x in item.get("links", []) if x.get("href")), None)
        if not link:
            continue
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        target = _web_link(url, link)
        if target is not None:
            entries.append(Entry(target, _text(item.get("title")), _day(stamp)))
    return Listing("feed", _text(parsed.feed.get("title")), entries)


def _sitemap(data: bytes, url: str, root_name: str) -> Listing:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{url}: malformed sitemap: {exc}") from None
    if root_name == "sitemapindex":
        locs = [_loc(node, url) for node in root.iter(f"{_SM}sitemap", "sitemap")]
        return Listing("sitemapindex", sitemaps=[loc for loc in locs if loc][:MAX_ENTRIES])
    entries = []
    for node in root.iter(f"{_SM}url", "url"):
        loc = _loc(node, url)
        if not loc:
            continue
        title = node.findtext(f"{_NEWS}news/{_NEWS}title")
        when = node.findtext(f"{_NEWS}news/{_NEWS}publication_date") or node.findtext(f"{_SM}lastmod")
        entries.append(Entry(loc, _text(title), _iso_day(when)))
        if len(entries) >= MAX_ENTRIES:
            break
    return Listing("sitemap", None, entries)


def _loc(node: object, base: str) -> str | None:
    text = node.findtext(f"{_SM}loc") or node.findtext("loc")  # type: ignore[attr-defined]
    return _web_link(base, text) if text and text.strip() else None


def _web_link(base: str, link: str) -> str | None:
    """``link`` resolved against the listing's URL, when it is a web page: "A:", "mailto:x" or "javascript:…" name
    no article to fetch (a hypothesis example listed "A:" as an entry)."""
    target = urljoin(base, link.strip())
    return target if urlsplit(target).scheme in ("http", "https") else None


def _text(value: object) -> str | None:
    return " ".join(value.split())[:1000] or None if isinstance(value, str) else None


def _day(stamp: time.struct_time | None) -> str | None:
    try:
        return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday).isoformat() if stamp else None
    except ValueError:
        return None


def _iso_day(value: str | None) -> str | None:
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat() if value else None
    except ValueError:
        return None
