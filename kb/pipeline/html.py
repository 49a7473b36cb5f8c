"""HTML pages → article text and metadata, with trafilatura, never touching the network.

Saved news pages carry navigation, comments and footers around the article; claim offsets must
refer to the article text alone, so the stored text *is* the extracted main text.  trafilatura is
asked to favour precision (a missed paragraph costs less than a quoted cookie banner) and is only
ever given the page's own bytes: it never fetches anything.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

from kb.errors import InputError

HTML_SUFFIXES = (".html", ".htm")
MIN_WORDS = 5
_SNIFF = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S)
_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*", re.I)
_BLANK_LINES = re.compile(r"\n{2,}")

# trafilatura and htmldate log through the root logger; the CLI promises one line per problem.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass
class Page:
    """What a page yields: its main text and whatever metadata it states about itself."""

    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    lang: str | None = None

    def meta(self) -> dict[str, str | None]:
        """The fields an ``Article`` takes (author has no place in the article graph yet)."""
        return {"title": self.title, "published": self.published, "outlet": self.outlet, "url": self.url,
                "lang": self.lang}


def looks_like_html(head: bytes) -> bool:
    """Content sniffing for files whose suffix says nothing: a doctype or an html/head/body tag first."""
    return bool(_SNIFF.match(head[:2048].lstrip(b"\xef\xbb\xbf")))


def extract_page(html: str, where: str) -> Page:
    """Main text and metadata of ``html``; ``InputError`` naming ``where`` when there is no article."""
    import trafilatura  # heavy (lxml, justext): imported only when a page is read

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, favor_precision=True, include_comments=False,
                                          include_tables=False, include_images=False, include_links=False)
    except Exception as exc:  # lxml raises many types on hostile markup
        raise InputError(f"{where}: cannot read the HTML page ({type(exc).__name__})") from None
    text = _clean(getattr(doc, "text", None) or "")
    if len(text.split()) < MIN_WORDS:  # a menu or a title alone is not an article
        raise InputError(f"{where}: no article text found in the HTML page")
    return Page(
        text=text,
        title=_opt(getattr(doc, "title", None)),
        published=_iso_date(getattr(doc, "date", None)),
        outlet=_opt(getattr(doc, "sitename", None)),
        author=_opt(getattr(doc, "author", None)),
        url=_http_url(getattr(doc, "url", None)),
        lang=_page_lang(html) or _opt(getattr(doc, "language", None)),
    )


def _clean(text: str) -> str:
    """One paragraph per line: trafilatura's line breaks, without empty runs or trailing blanks."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return _BLANK_LINES.sub("\n", "\n".join(lines)).strip()


def _opt(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _iso_date(value: object) -> str | None:
    """Only a real YYYY-MM-DD date survives: metadata validation would refuse anything else."""
    text = _opt(value)
    try:
        return date.fromisoformat(text[:10]).isoformat() if text else None
    except ValueError:
        return None


def _http_url(value: object) -> str | None:
    """A canonical URL becomes the graph's IRI, so only a plain absolute http(s) URL is kept."""
    text = _opt(value)
    if text and re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", text):
        return text
    return None


def _page_lang(html: str) -> str | None:
    match = _LANG.search(html[:20000])
    return match.group(1).casefold() if match else None
