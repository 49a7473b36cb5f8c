"""Session 34's kept results give what computing them afresh gives (the old path, still in the code or written
out here): a sentence's attacks kept across the rules that ask, and a sentence's clause breaks found once."""

from __future__ import annotations

import re

import pytest

from kb.actors import Gazetteer
from kb.extract import attacks, scope
from kb.extract.mentions import find_mentions

SENTENCES = [
    "Azerbaijani forces shelled the town of Martuni overnight, while the Armenian defence ministry said two died.",
    "Pasukan Israel menyerang sebuah sekolah di Gaza, sementara Hamas menembakkan roket ke Tel Aviv, kata pejabat.",
    "Officials accused the RSF of firing rockets at a school; the group said the army was responsible.",
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize("norm", SENTENCES)
def test_kept_attacks_equal_fresh_ones(norm: str, gazetteer: Gazetteer) -> None:
    mentions = find_mentions(norm, gazetteer)
    spans = [(0, len(norm)), (0, len(norm) // 2), (len(norm) // 3, len(norm))]
    sides = [set(), {m.actor.iri for m in mentions[:1] if m.actor is not None}]
    for span in spans:
        for own in sides:
            fresh = attacks._attacks_in(norm, span, mentions, gazetteer, own)
            assert attacks.find_attacks(norm, span, mentions, gazetteer, own) == fresh
            kept = attacks.find_attacks(norm, span, mentions, gazetteer, own)  # from the kept results
            assert kept == fresh
            kept.clear()  # a caller's changes never reach what is kept
            assert attacks.find_attacks(norm, span, mentions, gazetteer, own) == fresh
            fewer = mentions[1:]  # the same sentence and span with other mentions: found afresh
            assert attacks.find_attacks(norm, span, fewer, gazetteer, own) == attacks._attacks_in(
                norm, span, fewer, gazetteer, own)
    assert attacks.find_attacks(norm, (0, len(norm)), mentions, gazetteer, set())  # attacks found: not empty


def _clause_afresh(norm: str, start: int, end: int) -> tuple[int, int]:
    """``scope.clause`` as it was: one scan of the sentence per call."""
    lo, hi = 0, len(norm)
    for match in scope._BREAK.finditer(norm):
        if match.end() <= start:
            lo = match.start()
        elif match.start() >= end:
            hi = match.start()
            break
    return lo, hi


@pytest.mark.parametrize("norm", SENTENCES)
def test_clause_from_kept_breaks_equals_a_fresh_scan(norm: str) -> None:
    assert scope._breaks(norm)  # each sentence has a break: the comparison is not empty
    for start in range(0, len(norm), 3):
        for end in range(start, len(norm) + 1, 7):
            assert scope.clause(norm, start, end) == _clause_afresh(norm, start, end)


def test_no_break_gives_the_whole_sentence() -> None:
    norm = "Three people died"
    assert not re.search(scope._BREAK, norm)
    assert scope.clause(norm, 0, 5) == (0, len(norm))
