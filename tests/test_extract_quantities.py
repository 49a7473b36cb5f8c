"""Figures: separators of both languages, number words, hedges and vague plurals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb.extract.quantities import find_quantities, parse_digits, parse_quantity, parse_words

_ID_UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
_EN_UNITS = [
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _id_below_1000(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += ["seratus"] if hundreds == 1 else [_ID_UNITS[hundreds], "ratus"]
    if 10 <= rest < 20:
        words += {10: ["sepuluh"], 11: ["sebelas"]}.get(rest, [_ID_UNITS[rest - 10], "belas"])
    else:
        tens, units = divmod(rest, 10)
        if tens:
            words += [_ID_UNITS[tens], "puluh"]
        if units:
            words.append(_ID_UNITS[units])
    return words


def indonesian(n: int) -> str:
    """A test-side spelling of ``n`` in Indonesian (independent of the code under test)."""
    thousands, rest = divmod(n, 1000)
    words = []
    if thousands:
        words += ["seribu"] if thousands == 1 else [*_id_below_1000(thousands), "ribu"]
    return " ".join(words + _id_below_1000(rest))


def english(n: int) -> str:
    thousands, rest = divmod(n, 1000)
    words = []
    if thousands:
        words += [english(thousands), "thousand"]
    hundreds, rest = divmod(rest, 100)
    if hundreds:
        words += [_EN_UNITS[hundreds], "hundred"]
    if rest >= 20:
        words.append(_EN_TENS[rest // 10] + ("-" + _EN_UNITS[rest % 10] if rest % 10 else ""))
    elif rest:
        words.append(_EN_UNITS[rest])
    return " ".join(words)


@pytest.mark.parametrize(
    ("text", "low", "high", "approximate"),
    [
        ("1.500", 1500, 1500, False),
        ("1,500", 1500, 1500, False),
        ("12", 12, 12, False),
        ("3,5 juta", 3_500_000, 3_500_000, False),
        ("tujuh puluh dua", 72, 72, False),
        ("seratus", 100, 100, False),
        ("eighty-one", 81, 81, False),
        ("a thousand", 1000, 1000, False),
        ("lebih dari 40", 41, None, False),
        ("more than 40", 41, None, False),
        ("sedikitnya 9", 9, None, False),
        ("at least nine", 9, None, False),
        ("kira-kira 250", 250, 250, True),
        ("around 250", 250, 250, True),
        ("hampir 60", None, 59, False),
        ("almost 60", None, 59, False),
        ("hingga 15", None, 15, False),
        ("up to 15", None, 15, False),
        ("puluhan", 10, 99, False),
        ("dozens", 10, 99, False),
        ("ratusan", 100, 999, False),
        ("hundreds", 100, 999, False),
        ("ribuan", 1000, 9999, False),
        ("thousands", 1000, 9999, False),
    ],
)
def test_examples(text: str, low: int | None, high: int | None, approximate: bool) -> None:
    found = parse_quantity(text)
    assert found is not None, text
    assert (found.minimum, found.maximum, found.approximate) == (low, high, approximate)
    assert found.text == text


def test_quantity_text_keeps_the_hedge_words_and_offsets() -> None:
    text = "Mereka menyebut sekurang-kurangnya, tepatnya lebih dari 70 orang terluka."
    [found] = [q for q in find_quantities(text) if q.minimum == 71]
    assert found.text == "lebih dari 70" == text[found.start : found.end]


def test_decimal_without_scale_is_not_a_count() -> None:
    assert parse_digits("2,5") is None


@given(st.integers(min_value=0, max_value=10**9))
def test_indonesian_and_english_separators(n: int) -> None:
    english_form = f"{n:,}"
    assert parse_digits(english_form) == n
    assert parse_digits(english_form.replace(",", ".")) == n


@given(st.integers(min_value=1, max_value=999_999))
def test_number_words_round_trip(n: int) -> None:
    assert parse_words(indonesian(n)) == n
    assert parse_words(english(n)) == n


@given(
    st.integers(min_value=1, max_value=99_999),
    st.sampled_from(
        [
            ("lebih dari", 1, None),
            ("more than", 1, None),
            ("sedikitnya", 0, None),
            ("at least", 0, None),
            ("hampir", None, -1),
            ("nearly", None, -1),
            ("sampai", None, 0),
            ("up to", None, 0),
        ]
    ),
)
def test_hedges_bound_the_figure(n: int, hedge: tuple[str, int | None, int | None]) -> None:
    words, low, high = hedge
    found = parse_quantity(f"{words} {n}")
    assert found is not None
    assert found.minimum == (None if low is None else n + low)
    assert found.maximum == (None if high is None else n + high)


@given(st.integers(min_value=1, max_value=99_999))
def test_approximate_hedges(n: int) -> None:
    for words in ("sekitar", "about", "some"):
        found = parse_quantity(f"{words} {n}")
        assert found is not None and found.approximate and found.minimum == found.maximum == n


@settings(max_examples=200)
@given(st.text())
def test_never_crashes_and_spans_are_exact(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
        assert q.minimum is None or q.maximum is None or q.minimum <= q.maximum


@pytest.mark.parametrize(("text", "words", "low", "high"), [
    ("between 15 and 20 civilians", "between 15 and 20", 15, 20),
    ("antara 15 dan 20 warga", "antara 15 dan 20", 15, 20),
    ("15 hingga 20 tentara", "15 hingga 20", 15, 20),
    ("dari 10 sampai dengan 12 orang", "dari 10 sampai dengan 12", 10, 12),
    ("from 1,000 to 1,200 troops", "from 1,000 to 1,200", 1000, 1200),
    ("15-20 killed", "15-20", 15, 20),
    ("between fifteen and twenty people", "between fifteen and twenty", 15, 20),
])
def test_a_range_is_one_figure_from_its_low_to_its_high_end(text: str, words: str, low: int, high: int) -> None:
    assert [(q.text, q.minimum, q.maximum) for q in find_quantities(text)] == [(words, low, high)]


@pytest.mark.parametrize("text", ["5 soldiers and 3 civilians", "20 to 15", "between 300 and 200",
                                  "fifteen and twenty"])
def test_two_figures_that_make_no_range_stay_two(text: str) -> None:
    assert len(find_quantities(text)) == 2


@settings(max_examples=150)
@given(st.integers(0, 10**6), st.integers(1, 10**6), st.sampled_from(["between {} and {}", "antara {} dan {}",
                                                                       "{} hingga {}", "from {} to {}", "{}-{}"]))
def test_ranges_of_any_figures(low: int, span: int, form: str) -> None:
    text = form.format(low, low + span)
    assert [(q.minimum, q.maximum, q.text) for q in find_quantities(text)] == [(low, low + span, text)]
