"""A toll's breakdown in an aside is a casualty claim of its own (session 22, issue 13).

"At least 31 people were killed, including seven women and nine children" carries three claims: the user's
seed annotation counts "about 400 lives, including dozens of civilians" as two, and the dev annotators of
batches 10-16 counted every such breakdown (32 of 35); the rule that took a small one, or one of a single
strike, for a detail of its toll is gone. Every sentence is the project's own, English and Indonesian, with
the near misses that stay no figure: an age, "most of them", a part named as what the dead were.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.extraction import run_as


def _figures(text: str, gazetteer: Gazetteer, lang: str) -> list[tuple[int | None, str | None]]:
    return [(c.quantity_min, c.unit) for c in run_as(text, gazetteer, lang) if c.type == "casualty"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "A drone strike on the market killed 14 people, including three women and six children, the governor "
           "said.", [(14, "deaths"), (3, "civilians killed"), (6, "civilians killed")]),
    ("id", "Serangan drone di pasar itu menewaskan 14 orang, termasuk tiga perempuan dan enam anak-anak, kata "
           "gubernur.", [(14, "deaths"), (3, "civilians killed"), (6, "civilians killed")]),
    ("id", "Serangan itu melukai 23 orang, di antaranya empat anak-anak, kata petugas medis.",
     [(23, "wounded"), (4, "civilians wounded")]),
])
def test_each_count_of_the_aside_is_a_claim(gazetteer: Gazetteer, lang: str, text: str,
                                            expected: list[tuple[int, str]]) -> None:
    assert _figures(text, gazetteer, lang) == expected


@pytest.mark.parametrize(("lang", "text", "toll"), [
    ("id", "Ledakan itu menewaskan dua orang, termasuk seorang anak berusia sembilan tahun, kata polisi.", 2),
    ("en", "Eleven people, most of them farmers, were killed in the shelling, the mayor said.", 11),
])
def test_an_age_or_most_of_them_is_no_count(gazetteer: Gazetteer, lang: str, text: str, toll: int) -> None:
    found = [n for n, _ in _figures(text, gazetteer, lang)]
    assert found[0] == toll
    assert 9 not in found and len([n for n in found if n == toll]) == 1


def test_who_they_were_is_marked_a_breakdown_and_whose_is_not(gazetteer: Gazetteer) -> None:
    """Children, women, medics are who some of the dead were (``Claim.breakdown``: the derived data compare them
    with nothing); "including 12 civilians" is the civilian toll, compared as any other."""
    text = ("A drone strike on the market killed 14 people, including three women and six children, the governor "
            "said. Shelling killed 40 people, including 12 civilians, the army said.")
    found = [(c.quantity_min, c.breakdown) for c in run_as(text, gazetteer, "en") if c.type == "casualty"]
    assert found == [(14, False), (3, True), (6, True), (40, False), (12, False)]
