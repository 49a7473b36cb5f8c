"""Reading untrusted article bytes: UTF-8 first, legacy encodings named, binary/empty/oversized refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb.errors import InputError
from kb.pipeline.article import Article, article_from_bytes
from kb.pipeline.decode import decode_text, read_text


@pytest.mark.parametrize(("data", "text", "note"), [
    ("Café".encode(), "Café", None),
    ("\ufeffCafé".encode(), "Café", None),
    ("Caf\xe9 \x93quoted\x94 r\xe9sum\xe9".encode("latin-1"), "Café “quoted” résumé", "cp1252"),
    ("Привет мир, как дела у вас сегодня".encode("cp1251"), "Привет мир, как дела у вас сегодня", "cp1251"),
    ("\ufeffKata dia".encode("utf-16-le"), "Kata dia", "utf-16"),
])
def test_encodings_are_decoded_and_named(data: bytes, text: str, note: str | None) -> None:
    decoded, said = decode_text(data, "notes.txt")
    assert decoded == text
    assert said == (None if note is None else f"notes.txt: not UTF-8; decoded as {note}")


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty file"), (b" \n\t", "empty file"), (b"abc\x00def", "binary file"),
    (bytes(range(1, 32)) * 4, "binary file"), (bytes(range(0x80, 0x100)), "binary file"),
])
def test_binary_and_empty_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=f"^notes.txt: {message}"):
        decode_text(data, "notes.txt")


def test_size_cap_names_the_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"kata " * 1_300_000)
    with pytest.raises(InputError, match=r"big.txt: file is 6.5 MB, over the 5.0 MB limit \(--max-bytes\)"):
        read_text(path)
    assert read_text(path, max_bytes=7_000_000).startswith("kata")
    monkeypatch.setenv("KB_MAX_BYTES", "100")
    with pytest.raises(InputError, match="over the 100 bytes limit"):
        read_text(path)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_give_an_article_or_an_input_error(data: bytes) -> None:
    try:
        article, notes = article_from_bytes(data, "fuzz", "fuzz.txt", {}, html=False)
    except InputError as exc:
        assert str(exc).startswith("fuzz.txt: ")
        return
    assert isinstance(article, Article) and article.text.strip()
    assert all(n.startswith("fuzz.txt: not UTF-8; decoded as ") for n in notes)


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=200).filter(lambda t: t.strip() and "\x00" not in t))
def test_utf8_text_round_trips(text: str) -> None:
    try:
        decoded, note = decode_text(text.encode("utf-8"), "t.txt")
    except InputError as exc:  # text made mostly of control characters is refused as binary
        assert "binary" in str(exc)
        return
    assert (decoded, note) == (text.removeprefix("\ufeff"), None)
