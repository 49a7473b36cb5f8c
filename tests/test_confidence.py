"""Claim confidence: a bucket's measured precision, leaning on its parents when it has few claims."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kb.actors import Gazetteer
from kb.extract import confidence, extract_claims
from kb.pipeline.article import Article
from kb.pipeline.record import Claim


def _claim(rule: str, iri: str | None = "https://w3id.org/claimkb/id/actor/armenia-government") -> Claim:
    return Claim("a1", "casualty", "Armenia", "q", 0, 1, speaker_iri=iri, rule=rule)


def test_buckets_go_from_specific_to_general() -> None:
    assert confidence.buckets(_claim("en.verb.said")) == ["casualty|verb|known", "casualty|verb", "casualty", ""]
    assert confidence.buckets(_claim("id.outlet.casualty", None))[0] == "casualty|outlet|outlet"
    assert confidence.buckets(_claim("en.quote.said", None))[0] == "casualty|quote|minted"
    assert confidence.evidence(_claim("manual")) == "manual"


def test_a_big_bucket_speaks_for_itself_and_a_small_one_leans_on_its_parent() -> None:
    table = {"": (50, 100), "casualty": (80, 100), "casualty|verb": (90, 100), "casualty|verb|known": (1, 1)}
    value = confidence.estimate(_claim("en.verb.said"), table)
    assert 0.85 < value < 0.95  # one right claim of one does not make it certain
    table["casualty|verb|known"] = (10, 1000)
    assert confidence.estimate(_claim("en.verb.said"), table) < 0.05
    assert confidence.estimate(_claim("en.verb.said"), {}) == confidence.DEFAULT


@given(st.dictionaries(st.sampled_from(["", "casualty", "casualty|verb", "casualty|verb|known"]),
                       st.integers(0, 500).flatmap(lambda t: st.tuples(st.integers(0, t), st.just(t)))))
def test_confidence_is_always_a_probability(table: dict[str, tuple[int, int]]) -> None:
    assert 0.0 <= confidence.estimate(_claim("en.verb.said"), table) <= 1.0


def test_extracted_claims_carry_a_confidence() -> None:
    text = "Azerbaijan's defence ministry said 12 Armenian soldiers were killed on Monday."
    claims = extract_claims(Article(text=text, name="c1", lang="en", published="2020-10-01"), Gazetteer.load())
    assert claims and all(c.confidence is not None and 0 <= c.confidence <= 1 for c in claims)
