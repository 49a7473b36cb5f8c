"""An article as the pipeline sees it: its stored text plus metadata, and its stable identity.

Identity matters because re-ingesting must replace, never duplicate: the key is a hash of the
article's URL when known (the same page re-saved replaces itself), else of its text.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rdflib import URIRef

from kb.errors import InputError
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

    @property
    def key(self) -> str:
        """16 hex digits: stable for the same URL, else for the same text."""
        basis = self.url if self.url else "text:" + self.text
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]

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


def check_meta(meta: dict[str, object], where: str) -> dict[str, str | None]:
    """Validate metadata given by a sidecar file or the command line."""
    unknown = sorted(set(meta) - set(META_FIELDS))
    if unknown:
        raise InputError(f"{where}: unknown metadata field(s) {', '.join(unknown)}")
    out: dict[str, str | None] = {}
    for name, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise InputError(f"{where}: {name} must be a string")
        out[name] = value  # type: ignore[assignment]
    published = out.get("published")
    if published:
        try:
            date.fromisoformat(published)
        except ValueError:
            raise InputError(f"{where}: published {published!r} is not an ISO date (YYYY-MM-DD)") from None
    url = out.get("url")
    if url and not url.startswith(("http://", "https://")):
        raise InputError(f"{where}: url {url!r} must start with http:// or https://")
    return out


def read_text(path: Path) -> str:
    """Read an article file as UTF-8, naming the file in any error."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    if b"\x00" in data:
        raise InputError(f"{path}: binary file, not article text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 text (byte {exc.start})") from None
    if not text.strip():
        raise InputError(f"{path}: empty file")
    return text


def load_article(path: Path, **overrides: str | None) -> Article:
    """Read ``path`` and its optional sidecar ``<stem>.meta.json``; non-None overrides win."""
    text = read_text(path)
    meta: dict[str, str | None] = {}
    sidecar = path.with_name(path.stem + ".meta.json")
    if sidecar.is_file():
        try:
            raw = json.loads(sidecar.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"{sidecar}: invalid JSON: {exc}") from None
        if not isinstance(raw, dict):
            raise InputError(f"{sidecar}: expected a JSON object")
        meta = check_meta(raw, str(sidecar))
    given = check_meta({k: v for k, v in overrides.items() if v is not None}, "command line")
    meta.update(given)
    return Article(text=text, name=path.stem, **meta)
