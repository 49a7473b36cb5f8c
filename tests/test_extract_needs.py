"""Scans skipped on sentences lacking a pattern's needed words (``kb.extract.needs``) change no result.

The gate is exact only if every match of a gated pattern contains one of the strings ``needs`` read from it,
and if ``absent`` never says "absent" for a text the engine would match; these tests check both on every
gated pattern, with hypothesis texts built from each pattern's own words, and compare whole extractions with
the gates on and off.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb.actors import Gazetteer
from kb.extract import extract_claims, needs
from kb.pipeline.article import Article

# every module that gates a scan, and so binds ``absent`` from kb.extract.needs
GATED_MODULES = (
    "article_credits", "attacks", "call_nouns", "captions", "claims", "collective", "coordinated", "credits",
    "cue_types", "dates", "events", "holders", "kinds", "named_victims", "passive_blame", "past_years", "post_frames",
    "rebuttals", "scope", "sides", "singular", "stance_gates", "text", "unquantified", "victim_makeup",
)


def gated() -> Iterator[tuple[str, re.Pattern[str], tuple[str, ...] | None]]:
    """(name, pattern, needed) for every gated pattern: each ``X_NEEDS`` beside its ``X``, each pattern of a
    module's ``_NEEDED`` (by id), the attack cues, the type cues and the calendar patterns."""
    for name in GATED_MODULES:
        module = importlib.import_module(f"kb.extract.{name}")
        by_id = getattr(module, "_NEEDED", {})
        for attr, value in vars(module).items():
            if attr.endswith("_NEEDS") and isinstance(getattr(module, attr[: -len("_NEEDS")], None), re.Pattern):
                yield f"{name}.{attr}", getattr(module, attr[: -len("_NEEDS")]), value
            if isinstance(value, re.Pattern) and id(value) in by_id:
                yield f"{name}.{attr}", value, by_id[id(value)]
    cue_types = importlib.import_module("kb.extract.cue_types")
    for kind, pattern in cue_types.CUES.items():
        yield f"cue_types.CUES[{kind}]", pattern, cue_types._CUE_NEEDS[kind]
    attacks = importlib.import_module("kb.extract.attacks")
    for index, (pattern, _, _) in enumerate(attacks._CUE_KINDS):
        yield f"attacks._CUE_KINDS[{index}]", pattern, attacks._CUE_NEEDS[index]
    dates = importlib.import_module("kb.extract.dates")
    for index, (pattern, needed) in enumerate(dates._CALENDAR):
        yield f"dates._CALENDAR[{index}]", pattern, needed


GATED = list(gated())


def test_every_gate_is_found_and_most_have_words() -> None:
    assert len(GATED) >= 55
    assert sum(1 for _, _, needed in GATED if needed) >= 45
    for module in ("post_frames", "rebuttals", "singular"):  # every pattern a ``_NEEDED`` holds is checked below
        held = importlib.import_module(f"kb.extract.{module}")._NEEDED
        assert len([g for g in GATED if g[0].startswith(module + ".")]) == len(held)


def test_needs_ignores_lookarounds_and_optional_parts() -> None:
    assert needs.needs(re.compile(r"(?<![\w-])(?:several|many)\s+(?:of\s+)?(?:dead|killed)", re.I)) == (
        "several", "many")
    assert needs.needs(re.compile(r"(?=besieged)\w+ town", re.I)) == (" town",)  # the look-ahead's word is none
    assert needs.needs(re.compile(r"(?:truce)?\s*agreed", re.I)) == ("agreed",)
    assert needs.needs(re.compile(r"\d+ (?:dead)?")) is None  # nothing is certain
    assert needs.needs(re.compile(r"ab|cd")) is None  # too short to be worth a test


def test_needs_leaves_out_what_folds_from_beyond_ascii() -> None:
    # the Kelvin sign matches "k" when folded: no needed string may come from it
    assert needs.needs(re.compile("\u212aillings|strike", re.I)) == ("illings", "strike")
    assert needs.needs(re.compile("troops \u212a", re.I)) == ("troops ",)


def test_absent_only_for_ascii_text_without_the_words() -> None:
    needed = needs.needs(re.compile(r"\bseveral\b", re.I))
    assert needed is not None
    assert needs.absent(needed, "Two people were hurt in the blast.")
    assert not needs.absent(needed, "SEVERAL people were hurt.")
    # the long s folds to "s" in the engine: a text beyond ASCII is always scanned
    assert re.search(r"\bseveral\b", "\u017feveral hurt", re.I)
    assert not needs.absent(needed, "\u017feveral hurt")
    assert not needs.absent(None, "anything")
    short = needs.needed(["/"])  # one letter: no three-letter head to look up, tested as it is
    assert short.heads is None
    assert not needs.absent(short, "12/3") and needs.absent(short, "12 March")
    assert needs.absent(needed, "several hurt; none named", 8)  # only the window is read
    assert not needs.absent(needed, "none named; several hurt", 8, 40)


def _words(pattern: re.Pattern[str], needed: tuple[str, ...] | None) -> list[str]:
    """Words a text built for ``pattern`` is made of: its needed strings and its literal words."""
    literal = re.findall(r"[A-Za-z][A-Za-z'-]{1,}", pattern.pattern)
    return sorted({*(needed or ()), *literal[:200], "the", "said", "12", "3/4", "2023-10-07"})


@pytest.mark.parametrize(("name", "pattern", "needed"), GATED, ids=[g[0] for g in GATED])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_gated_pattern_never_matches_where_absent_says_no(
    name: str, pattern: re.Pattern[str], needed: tuple[str, ...] | None, data: st.DataObject
) -> None:
    words = _words(pattern, needed)
    pieces = data.draw(st.lists(st.one_of(st.sampled_from(words), st.sampled_from([" ", ", ", ". ", "\n", "-", "\""]),
                                          st.text("aAbkKsSiI \u017f\u212a\u0131", max_size=4)), max_size=14))
    text = "".join(pieces)
    cased = data.draw(st.sampled_from([text, text.upper(), text.title()]))
    start = data.draw(st.integers(0, len(cased)))
    end = data.draw(st.integers(start, len(cased)))
    if pattern.search(cased, start, end) is not None:
        assert not needs.absent(needed, cased, start, end), (name, cased)
    if pattern.search(cased) is not None:
        assert not needs.absent(needed, cased), (name, cased)


ARTICLES = [
    "KOTA CONTOH - Sedikitnya 14 orang tewas dan beberapa warga luka-luka dalam serangan roket di pasar kota itu "
    "pada Kamis (12/3), kata juru bicara kepolisian setempat kepada wartawan. Pihak militer membantah tuduhan itu "
    "dan menyalahkan kelompok pemberontak.\n\nKedua pihak saling menuduh melanggar gencatan senjata sejak 2 Maret. "
    "Sejumlah korban lainnya masih dirawat di rumah sakit provinsi.",
    "SAMPLETOWN, Oct 7 (Wire) - Several civilians were killed overnight when shells hit a residential building, "
    "the regional governor said on Monday, blaming the rebels for the attack. Another person was wounded.\n\n"
    "The army denied firing on the town and said the two sides had accused each other of breaking the truce "
    "agreed in the past week. Images shared online showed the damage. Read more: an unrelated story.",
    "The ministry said 1,200 soldiers had been killed so far in the war, and called on both parties to hold talks. "
    "In 1994 the province saw similar fighting.",
]


@pytest.mark.parametrize("text", ARTICLES)
def test_extraction_is_the_same_with_every_gate_off(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gazetteer = Gazetteer.load()
    article = Article(text=text, name="needs-test", published="2023-10-07")
    gated_claims = [c.to_json() for c in extract_claims(article, gazetteer)]
    for name in GATED_MODULES:
        monkeypatch.setattr(f"kb.extract.{name}.absent", lambda *args: False)
    attacks = importlib.import_module("kb.extract.attacks")
    attacks._cues.cache_clear()
    attacks._FOUND.clear()  # the attacks a sentence gave with the gates on are found again with them off
    plain_claims = [c.to_json() for c in extract_claims(article, gazetteer)]
    attacks._cues.cache_clear()
    attacks._FOUND.clear()
    assert gated_claims == plain_claims
    assert gated_claims  # the texts make claims: the comparison is not empty
