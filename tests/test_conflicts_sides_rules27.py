"""Two sources' different figures for one frame are a contradiction "from opposing sides" only when both sides are
known (rules 27). Read on the real dev articles: two Karabakh officials minted one by one, an outlet against a civil
defence agency, were told "cannot both be true ... from opposing sides"; they are now a discrepancy whose reason
says one side is not known. Two ministries of two warring states still contradict each other (a store refreshed by
older rules is recomputed whole: ``test_conflicts_upgrade.py``)."""

from __future__ import annotations

from datetime import date

from kb.derived.conflicts.model import ClaimFacts
from kb.derived.conflicts.pairs import classify
from kb.derived.conflicts.vocabulary import categories
from kb.vocab import CKB

DAY = date(2023, 9, 20)
ARMENIA = "https://w3id.org/claimkb/id/actor/armenia"
AZERBAIJAN = "https://w3id.org/claimkb/id/actor/azerbaijan"
PARTIES = frozenset({ARMENIA, AZERBAIJAN})


def _wounded(iri: str, n: int, speaker: str, root: str) -> ClaimFacts:
    return ClaimFacts(iri=iri, type="casualty", speaker=speaker, speaker_root=root, article=f"art-{iri}",
                      source="outlet", parties=PARTIES, subjects=PARTIES, qmin=n, qmax=n,
                      category=str(CKB.Wounded), published=DAY, scope="cumulative")


def test_sources_of_unknown_sides_differ_without_being_opposing_sides() -> None:
    ombudsman = _wounded("a", 201, "https://w3id.org/claimkb/id/actor/minted-ombudsman",
                         "https://w3id.org/claimkb/id/actor/minted-ombudsman")
    official = _wounded("b", 138, "https://w3id.org/claimkb/id/actor/minted-official",
                        "https://w3id.org/claimkb/id/actor/minted-official")
    verdict = classify(ombudsman, official, categories())
    assert (verdict.label, verdict.kind, verdict.strength) == ("conflict", "numeric", "discrepancy"), verdict
    assert "opposing" not in verdict.reason and "not known" in verdict.reason


def test_ministries_of_two_warring_states_still_contradict() -> None:
    yerevan = _wounded("a", 201, "https://w3id.org/claimkb/id/actor/armenia-defence-ministry", ARMENIA)
    baku = _wounded("b", 138, "https://w3id.org/claimkb/id/actor/azerbaijan-defence-ministry", AZERBAIJAN)
    verdict = classify(yerevan, baku, categories())
    assert (verdict.label, verdict.kind, verdict.strength) == ("conflict", "numeric", "contradiction"), verdict
    assert "opposing sides" in verdict.reason
