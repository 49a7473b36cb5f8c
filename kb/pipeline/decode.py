"""Bytes to article text: the size cap, reading a file no further than it, and decoding (UTF-8, legacy code pages,
binary data refused) with the one message every path gives.

Why apart from ``kb.pipeline.article``: the article is what the pipeline knows of a text once it has one (identity,
metadata, title); this is how any input becomes text at all, and the cap and the binary check are also what the
SPARQL query files (``kb query @FILE``), gold and claim files and the web app's uploads are read with, none of them
articles.
"""

from __future__ import annotations

import os
from pathlib import Path

from kb.errors import InputError

DEFAULT_MAX_BYTES = 5_000_000


def max_bytes_default() -> int:
    """The size cap: ``KB_MAX_BYTES`` when set, else 5 MB (a news article is rarely over 200 kB)."""
    raw = os.environ.get("KB_MAX_BYTES", "")
    try:
        return int(raw) if raw.strip() else DEFAULT_MAX_BYTES
    except ValueError:
        raise InputError(f"KB_MAX_BYTES: {raw!r} is not a number of bytes") from None


def read_bytes(path: Path, max_bytes: int | None = None, *, setting: str = "--max-bytes") -> bytes:
    """The file's bytes, refusing files over the cap before reading them whole (a FIFO or ``/dev/zero`` is read
    no further than the cap); every failure is one line naming the file.  ``setting``: what sets the cap."""
    limit = max_bytes_default() if max_bytes is None else max_bytes
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(f"{path}: file is {_size(size)}, over the {_size(limit)} limit ({setting})")
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    if len(data) > limit:  # grew while we looked
        raise InputError(f"{path}: file is over the {_size(limit)} limit ({setting})")
    return data


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n} bytes"


def decode_text(data: bytes, where: str) -> tuple[str, str | None]:
    """Bytes → text and a note saying which legacy encoding was used (None for UTF-8).

    UTF-8 (BOM or not) first; saved pages and old exports are often cp1252, so a Western
    code page is tried next when the text it gives is mostly ASCII (Indonesian and English
    are), and charset-normalizer decides for anything else.  NUL bytes, an encoding nobody
    can find or a text full of control characters mean binary data, not an article.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = _decode_utf16(data, where), "utf-16"
    elif b"\x00" in data:
        raise InputError(f"{where}: binary file, not article text")
    else:
        try:
            text, encoding = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _decode_legacy(data, where)
    check_text(text, where)
    if not text.strip():
        raise InputError(f"{where}: empty file")
    note = None if encoding == "utf-8" else f"{where}: not UTF-8; decoded as {encoding}"
    return text, note


def check_text(text: str, where: str) -> None:
    """Refuse text that is binary data (NUL bytes, or more than 5% control characters), with the one message
    every path gives: ``kb ingest``, the upload form and ``POST /api/articles`` (JSON or text/plain) alike, so the
    same bytes are never "binary" on one and "not valid UTF-8" on another (tryout 25)."""
    if "\x00" in text or _control_ratio(text) > 0.05:
        raise InputError(f"{where}: binary file, not article text")


def _decode_utf16(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError:
        raise InputError(f"{where}: binary file, not article text") from None


def _decode_legacy(data: bytes, where: str) -> tuple[str, str]:
    try:
        text = data.decode("cp1252")
        if _non_ascii_ratio(text) <= 0.3:
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_exclusion=_UNLIKELY).best()
    if best is None:
        raise InputError(f"{where}: binary file, not article text (no character encoding fits)")
    return str(best), best.encoding


_UNLIKELY = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le", "utf_7"]


def _non_ascii_ratio(text: str) -> float:
    letters = [c for c in text if not c.isspace()]
    return sum(1 for c in letters if ord(c) > 127) / max(len(letters), 1)


def _control_ratio(text: str) -> float:
    controls = sum(1 for c in text if (ord(c) < 32 and c not in "\t\n\r\f\v") or 0x7F <= ord(c) < 0xA0)
    return controls / max(len(text), 1)


def read_text(path: Path, max_bytes: int | None = None) -> str:
    """Read an article file as text (see ``decode_text``), naming the file in any error."""
    return decode_text(read_bytes(path, max_bytes), str(path))[0]
