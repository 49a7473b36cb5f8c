"""Dates resolved against publication: day/month forms, weekdays, relative days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kb.extract.dates import find_dates, find_publication_date, resolve_weekday

PUB = date(2021, 3, 17)  # a Wednesday
ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def first(text: str, published: date | None = PUB) -> date | None:
    found = find_dates(text, published)
    assert found, text
    return found[0].value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pasukan bergerak pada Selasa (16/03) pagi", date(2021, 3, 16)),
        ("sejak (2/3) lalu", date(2021, 3, 2)),
        ("pada hari Minggu lalu", date(2021, 3, 14)),
        ("pada hari Rabu", PUB),
        ("hari Rabu lalu", date(2021, 3, 10)),
        ("Senin malam", date(2021, 3, 15)),
        ("kemarin", date(2021, 3, 16)),
        ("on Monday", date(2021, 3, 15)),
        ("yesterday", date(2021, 3, 16)),
        ("last Wednesday", date(2021, 3, 10)),
        ("next Friday", date(2021, 3, 19)),
        ("12 Maret", date(2021, 3, 12)),
        ("March 12", date(2021, 3, 12)),
        ("March 12, 2020", date(2020, 3, 12)),
        ("20 Desember", date(2020, 12, 20)),  # later than publication: the year before
        ("2021-01-05", date(2021, 1, 5)),
    ],
)
def test_examples(text: str, expected: date) -> None:
    assert first(text) == expected


def test_unfixed_dates_are_none() -> None:
    assert first("pada hari Kamis", None) is None
    assert first("12 Maret", None) is None
    assert first("12 Maret 2019", None) == date(2019, 3, 12)


def test_lower_case_words_are_not_dates() -> None:
    assert find_dates("dalam satu minggu terakhir, they may 5 times", PUB) == []


def test_publication_date_from_text() -> None:
    assert find_publication_date("Diperbarui Rabu, 17 Maret 2021 10:15 WIB\nIsi berita.") == PUB
    assert find_publication_date("tidak ada tanggal") is None


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)), st.integers(0, 6), st.booleans())
def test_weekday_is_most_recent_on_or_before(published: date, weekday: int, last: bool) -> None:
    resolved = resolve_weekday(weekday, published, "lalu" if last else None)
    assert resolved.weekday() == weekday
    assert resolved <= published
    assert published - resolved < timedelta(days=7) or (last and published - resolved == timedelta(days=7))
    if last:
        assert resolved < published


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)), st.integers(0, 6))
def test_weekday_names_in_both_languages(published: date, weekday: int) -> None:
    assert first(f"pada hari {ID_DAYS[weekday]}", published) == resolve_weekday(weekday, published)
    assert first(f"on {EN_DAYS[weekday]}", published) == resolve_weekday(weekday, published)


@given(st.dates(min_value=date(1990, 1, 8), max_value=date(2090, 1, 1)))
@example(date(2000, 1, 30))  # "(29/2)" thirty days later: the last 29 Feb before is in 1996
def test_numeric_day_month_never_far_after_publication(published: date) -> None:
    value = first(f"({published.day}/{published.month})", published)
    assert value == published
    later = published + timedelta(days=30)
    resolved = first(f"({later.day}/{later.month})", published)
    assert resolved is not None and resolved <= published + timedelta(days=7)


@settings(max_examples=200)
@given(st.text(), st.one_of(st.none(), st.dates()))
def test_never_crashes_and_spans_are_exact(text: str, published: date | None) -> None:
    for mention in find_dates(text, published):
        assert text[mention.start : mention.end].strip() == mention.text.strip()
