"""An article as the pipeline sees it: its stored text plus metadata, and its stable identity.

Identity matters because re-ingesting must replace, never duplicate: the key is a hash of the
article's URL when known (the same page re-saved replaces itself), else of its text (another outlet's or day's
publication of a stored text gets a key of its own: ``kb.publication``).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rdflib import URIRef

from kb.errors import InputError
from kb.pipeline.decode import decode_text, read_bytes
from kb.vocab import DATA

META_FIELDS = ("title", "published", "url", "outlet", "lang")


@dataclass
class Article:
    """Stored text and metadata of one article; ``text`` is what claim offsets refer to."""

    text: str
    name: str = ""
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None
    based_on: str | None = None
    """The IRI of the article this one republishes (a syndicated copy, ``kb.syndication``); not metadata a user
    gives, so not in ``META_FIELDS``."""
    fixed_key: str | None = None
    """The key when it is not the URL's or the text's: a stored article read back keeps the key it was stored under,
    and another publication of a stored text gets one of its own (``kb.publication``)."""
    guessed: tuple[str, ...] = ()
    """The metadata fields read from the text, not given (``with_guesses``: a headline line as title, the detected
    language): a re-ingest keeps a stored value over a guess as over a field left out (``kb.publication``)."""

    @property
    def key(self) -> str:
        """16 hex digits: stable for the same URL, else for the same text (as ``text_identity`` sees it), unless
        ``fixed_key`` says otherwise."""
        if self.fixed_key:
            return self.fixed_key
        return key_of(self.url if self.url else "text:" + text_identity(self.text))

    @property
    def iri(self) -> URIRef:
        """The article node (resolvable through the web app)."""
        return DATA[f"article/{self.key}"]

    @property
    def graph_iri(self) -> URIRef:
        """The named graph holding the article and its claims: its URL when known."""
        return URIRef(self.url) if self.url else self.iri

    @property
    def published_date(self) -> date | None:
        return date.fromisoformat(self.published) if self.published else None


def key_of(basis: str) -> str:
    """The 16-hex key of an identity basis (a URL, or ``"text:"`` and the text)."""
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def text_identity(text: str) -> str:
    """The text as far as identity goes: line ends as ``\n``, no trailing spaces on a line, no blank lines
    around it, one final ``\n``, Unicode NFC.  Why: the same article pasted in a browser form (CRLF line
    ends, no final newline) and uploaded as a file became two articles, its claims counted twice.  A text
    file in the usual form (LF, one final newline) keys as before, so its stored article keeps its IRI; a text
    given without a final newline (API, form, stdin) keys differently from before (re-ingesting it into an
    older store makes a second article: delete the old one).  Linear in the text."""
    lines = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n") + "\n"


_HEADLINE_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?:\"')\u201c\u201d\u2018\u2019\u00ab\u00bb\u2032\u2033]\s*$")
_DANGLING = re.compile(
    r"\s(?:a|an|the|of|from|around|to|and|or|that|with|by|for|in|on|at|yang|dan|di|ke|dari|bahwa|untuk|dengan)$",
    re.IGNORECASE,
)


def first_line_headline(text: str) -> str | None:
    """The first line as a title when it reads as a headline: followed by more text, 3 to 13 words, no
    sentence-final mark, not broken off on "of" or "dan".  That is the extractor's own test for a headline line
    (``kb.extract.text``; ``tests/test_newcomer.py`` checks they agree), so taking the line as the title changes
    nothing extracted.  Why: an article saved as plain text without a sidecar showed its 16-hex key as title
    everywhere, though its first line was the headline.  Reads only the start of the text."""
    head = text.lstrip()[:2000]
    line, sep, rest = head.partition("\n")
    line = " ".join(line.split())
    if not sep or not rest.strip() or len(line) > 200:
        return None
    words = len(_HEADLINE_WORD.findall(line))
    if not 3 <= words < 14 or _SENTENCE_END.search(line) or _DANGLING.search(line):
        return None
    return line


def with_guesses(meta: dict[str, str | None], text: str) -> tuple[dict[str, str | None], tuple[str, ...]]:
    """``meta`` with its title and language filled from ``text`` where it gives none, and the names of the fields so
    filled.  Why one place: the headline title was filled by every writer (files, the web API, library text) and the
    language only for HTML pages, so a plain text's detected language was never stored (SPARQL by language missed
    it, trial user31), and a guess counted as given: a re-post without a title replaced the stored one."""
    filled = dict(meta)
    guessed = []
    if not filled.get("title") and (title := first_line_headline(text)):
        filled["title"] = title
        guessed.append("title")
    if not filled.get("lang"):
        from kb.extract.lang import detect_language

        filled["lang"] = detect_language(text)
        guessed.append("lang")
    return filled, tuple(guessed)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f]')  # RFC 3987: never inside an IRI
LANG_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")  # a BCP 47 tag such as "id" or "en-GB"
LANGS = ("id", "en")
"""The languages the extractor reads (a tag's primary subtag: "en-GB" is en)."""
MAX_URL = 2048


def check_meta(meta: Mapping[str, object], where: str) -> dict[str, str | None]:
    """Validate metadata given by a sidecar file, the command line or the write API.

    Why so strict: ``url`` becomes the article's named graph IRI, ``published`` an ``xsd:date`` and
    ``lang`` the quotes' language tag, and a value the store or rdflib cannot take (a space in a URL)
    would otherwise fail deep in the write, as a traceback that stops a batch.  Each problem is an
    ``InputError`` naming ``where`` and the field."""
    unknown = sorted(set(meta) - set(META_FIELDS))
    if unknown:
        raise InputError(f"{where}: unknown metadata field(s) {', '.join(unknown)}")
    out: dict[str, str | None] = {}
    for name, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise InputError(f"{where}: {name} must be a string")
        out[name] = value  # type: ignore[assignment]
    if out.get("published"):
        iso_date(str(out["published"]), f"{where}: published")
    if out.get("url"):
        check_url(str(out["url"]), where)
    lang = out.get("lang")
    if lang:
        check_lang(lang, where)
    return out


def check_lang(lang: str, where: str) -> None:
    """Refuse a ``lang`` that is no tag, or one the extractor does not read.

    Why refuse "fr" rather than store it: the rules read Indonesian and English only, so a French text
    was read with whichever lexicon was closest and stored tagged "fr" beside claims from the wrong rules,
    without a word to the user (trial user28). Leaving ``lang`` out still detects id or en."""
    name = "--lang" if where == "command line" else "lang"
    if not LANG_TAG.fullmatch(lang):
        raise InputError(f"{where}: {name} {lang!r} is not a language tag such as 'id' or 'en'")
    if lang.split("-")[0].casefold() not in LANGS:
        raise InputError(f"{where}: {name} {lang!r} is not supported: use id or en (or leave it out to detect which)")


def usable_meta(meta: Mapping[str, str | None]) -> dict[str, str]:
    """The fields of ``meta`` that pass ``check_meta`` (a page's own metadata: a bad one is dropped)."""
    usable = {}
    for name, value in meta.items():
        if value is None:
            continue
        try:
            check_meta({name: value}, "page")
        except InputError:
            continue
        usable[name] = value
    return usable


def iso_date(value: str, what: str) -> date:
    """``value`` as a date, or an ``InputError`` naming ``what``: only YYYY-MM-DD, which is what
    ``xsd:date`` takes (``date.fromisoformat`` alone also accepts "20201001" and "2020-W40-1")."""
    try:
        if not _ISO_DATE.fullmatch(value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{what} {_short(value)} is not an ISO date (YYYY-MM-DD)") from None


def check_url(url: str, where: str) -> None:
    """An absolute http(s) URL that is also a valid IRI (what the store will accept as a graph name)."""
    if not url.startswith(("http://", "https://")):
        raise InputError(f"{where}: url {_short(url)} must start with http:// or https://")
    if len(url) > MAX_URL:
        raise InputError(f"{where}: url is {len(url)} characters long, over {MAX_URL}")
    bad = _IRI_FORBIDDEN.search(url)
    if bad is not None:
        raise InputError(f"{where}: url {_short(url)} is not a valid IRI: character {bad.group()!r} at "
                         f"{bad.start()} (encode it, e.g. %20 for a space)")
    from pyoxigraph import NamedNode

    try:
        NamedNode(url)
    except ValueError as exc:
        raise InputError(f"{where}: url {_short(url)} is not a valid IRI: {exc}") from None


def _short(value: str) -> str:
    return repr(value if len(value) <= 80 else value[:77] + "...")


def read_sidecar(path: Path) -> dict[str, str | None]:
    """The optional ``<stem>.meta.json`` beside an article file, validated."""
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.is_file():
        return {}
    try:
        raw = json.loads(sidecar.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{sidecar}: invalid JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise InputError(f"{sidecar}: expected a JSON object")
    return check_meta(raw, str(sidecar))


def article_from_bytes(
    data: bytes, name: str, where: str, meta: dict[str, str | None], *, html: bool | None = None
) -> tuple[Article, list[str]]:
    """Decode (and, for a page, extract) ``data``; ``meta`` (sidecar, then command line) wins
    over what the page says about itself.  Returns the article and notes for the user."""
    from kb.pipeline.html import extract_page, looks_like_html

    text, note = decode_text(data, where)
    notes = [note] if note else []
    base: dict[str, str | None] = {}
    if looks_like_html(data) if html is None else html:
        page = extract_page(text, where)
        text = page.text
        base = {k: v for k, v in usable_meta(page.meta()).items()}
    base.update({k: v for k, v in meta.items() if v is not None})
    base, guessed = with_guesses(base, text)
    return Article(text=text, name=name, guessed=guessed, **base), notes


def read_article(
    path: Path, overrides: Mapping[str, str | None] | None = None, max_bytes: int | None = None
) -> tuple[Article, list[str]]:
    """Read ``path`` (text or HTML) and its sidecar; non-None overrides win.  Also returns notes."""
    data = read_bytes(path, max_bytes)
    meta = read_sidecar(path)
    given = check_meta({k: v for k, v in (overrides or {}).items() if v is not None}, "command line")
    meta.update(given)
    html = True if path.suffix.lower() in (".html", ".htm") else None
    article, notes = article_from_bytes(data, path.stem, str(path), meta, html=html)
    how = "--lang" if given.get("lang") else f"{path.stem}.meta.json's lang"
    return article, notes + given_lang_warning(article, meta, str(path), how)


def given_lang_warning(article: Article, meta: Mapping[str, str | None], where: str, how: str) -> list[str]:
    """The warning, if any, that the language the user gave (``meta``: sidecar, command line) is not the text's
    (``kb.pipeline.language``); the page's own ``lang`` is not the user's word, and is not checked."""
    from kb.pipeline.language import mismatch

    found = mismatch(meta.get("lang"), article.text, where, how) if meta.get("lang") else None
    return [found] if found else []


def load_article(path: Path, **overrides: str | None) -> Article:
    """Read ``path`` and its optional sidecar ``<stem>.meta.json``; non-None overrides win."""
    return read_article(path, overrides)[0]
