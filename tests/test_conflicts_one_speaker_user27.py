"""One speaker's two figures in one article, each said to count one strike, a "part" above its "whole" with no
place saying it is the same strike, are not a part-whole conflict (user27's trial: a health ministry spokesman's
count of women among a war's dead was set "above the total" of his own count of dead in one strike, and led
/conflicts). The same figures from another article or speaker, with no frame said, or tied to one place, are still
compared; a part below its whole is still a part."""

from __future__ import annotations

from datetime import date

from kb.derived.conflicts import compare
from kb.derived.conflicts.model import ClaimFacts
from kb.derived.conflicts.pairs import classify
from kb.derived.conflicts.vocabulary import categories
from kb.vocab import CKB

DAY = date(2023, 11, 6)
PARTIES = frozenset({"https://w3id.org/claimkb/id/actor/palestine"})


def _figure(iri: str, category: str, n: int, *, article: str = "art", speaker: str = "spokesman",
            place: str | None = None, scope: str | None = "incident") -> ClaimFacts:
    return ClaimFacts(iri=iri, type="casualty", speaker=speaker, speaker_root="palestine", article=article,
                      source="outlet", parties=PARTIES, subjects=PARTIES, qmin=n, qmax=n, category=category,
                      published=DAY, scope=scope, place=place)


WOMEN = str(CKB.CiviliansKilled)
DEATHS = str(CKB.Deaths)


def test_one_speakers_part_above_its_whole_in_one_article_is_unrelated() -> None:
    part, whole = _figure("p", WOMEN, 2641), _figure("w", DEATHS, 8)
    assert compare.relate(part, whole) == compare.UNCLEAR
    verdict = classify(part, whole, categories())
    assert verdict.label == "unrelated", verdict


def test_other_articles_other_speakers_and_one_place_are_still_compared() -> None:
    cats = categories()
    elsewhere = classify(_figure("p", WOMEN, 2641), _figure("w", DEATHS, 8, article="other"), cats)
    assert (elsewhere.label, elsewhere.kind) == ("conflict", "part-whole"), elsewhere
    another = classify(_figure("p", WOMEN, 2641), _figure("w", DEATHS, 8, speaker="ministry"), cats)
    assert (another.label, another.kind) == ("conflict", "part-whole"), another
    unsaid = classify(_figure("p", WOMEN, 60, scope=None), _figure("w", DEATHS, 40, scope=None), cats)
    assert (unsaid.label, unsaid.kind) == ("conflict", "part-whole"), unsaid  # figures that do not say a frame
    tied = classify(_figure("p", WOMEN, 40, place="Jabalia"), _figure("w", DEATHS, 8, place="Jabalia"), cats)
    assert (tied.label, tied.kind) == ("conflict", "part-whole"), tied


def test_a_part_below_its_whole_is_still_a_part() -> None:
    verdict = classify(_figure("p", WOMEN, 3), _figure("w", DEATHS, 8), categories())
    assert verdict.label == "part", verdict
