"""kb.derived.conflicts.streamed: the whole recompute, measure by measure, writes exactly what ``detect`` gathered
whole would (the same findings, triples, ranks and totals), and never holds every finding at once."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from kb.derived.conflicts import streamed
from kb.derived.conflicts.model import ClaimFacts
from kb.derived.conflicts.refresh import detect, findings
from tests.fixtures.synthetic import synthetic_facts


def _written(stream: object) -> dict[str, tuple[str, int | None]]:
    out: dict[str, tuple[str, int | None]] = {}
    for f in stream:  # type: ignore[attr-defined]
        out.setdefault(f.iri, (f.digest(), f.rank))  # the writer keeps a node's first finding
    return out


def _iri(name: str) -> str:
    return f"urn:actor:{name}"


@pytest.fixture(scope="module")
def claims() -> list[ClaimFacts]:
    """Synthetic claims whose actors are IRIs, as a store's are (they become the findings' nodes)."""
    return [replace(c, speaker=_iri(c.speaker), speaker_root=_iri(c.speaker_root),
                    subjects=frozenset(map(_iri, c.subjects)), parties=frozenset(map(_iri, c.parties)),
                    source=_iri(c.source))
            for c in synthetic_facts(3_000, days=120)]


def test_the_stream_writes_what_detect_gathers(claims: list[ClaimFacts]) -> None:
    whole = detect(claims, str)
    tally = streamed.Tally()
    assert _written(streamed.findings(claims, str, tally)) == _written(findings(whole))
    assert tally.kinds == Counter(d.kind for d in whole.conflicts) and set(tally.kinds) >= {"numeric", "part-whole"}
    assert (tally.corroborations, tally.series, tally.aggregates) == \
        (len(whole.corroborations), len(whole.series), len(whole.aggregates))
    assert (tally.propositions, tally.comparisons) == (whole.propositions, whole.comparisons)
    assert tally.kept.keys() == whole.kept.keys()


def test_a_measure_s_findings_are_handed_on_before_the_next_is_detected(claims: list[ClaimFacts],
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The numeric rule is asked one measure at a time, and the first measure's conflicts go out before the second
    is looked at: what keeps the whole recompute's memory to one measure's findings."""
    asked: list[int] = []
    inner = streamed.figures.numeric_conflicts

    def spy(groups, *rest):  # type: ignore[no-untyped-def]
        asked.append(len(groups))
        return inner(groups, *rest)

    monkeypatch.setattr(streamed.figures, "numeric_conflicts", spy)
    stream = streamed.findings(claims, str, streamed.Tally())
    first = next(f for f in stream if f.iri.rsplit("/", 2)[-2] == "conflict")
    assert asked == [1] * len(asked) and first.rank is not None
    assert len(asked) < 10  # the remaining measures are not detected yet
    for _ in stream:
        pass
    assert len(asked) > 3 and set(asked) == {1}
