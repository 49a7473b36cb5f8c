"""The claim record and its JSONL form: the contract every other part relies on."""

from __future__ import annotations

import contextlib
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kb.errors import InputError
from kb.pipeline.record import CLAIM_TYPES, Claim, read_jsonl, write_jsonl


def test_jsonl_round_trip(claim: Claim) -> None:
    out = io.StringIO()
    assert write_jsonl([claim, claim], out) == 2
    back = list(read_jsonl(io.StringIO(out.getvalue())))
    assert back == [claim, claim]


def test_subjects_split_on_semicolons(claim: Claim) -> None:
    claim.subject = "Armenia;  Azerbaijan ; "
    assert claim.subjects == ["Armenia", "Azerbaijan"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("{not json", "claims.jsonl:2:2: invalid JSON"),
        ('{"article": "a"}', "claims.jsonl:2: missing field(s) type, speaker, quote, start, end"),
        ('{"article": "a", "type": "rumour", "speaker": "x", "quote": "q", "start": 0, "end": 1}',
         "claims.jsonl:2: type 'rumour' is not one of"),
        ('{"article": "a", "type": "call", "speaker": "x", "quote": "q", "start": "0", "end": 1}',
         "claims.jsonl:2: start must be an integer"),
        ('{"article": "a", "type": "call", "speaker": "x", "quote": "q", "start": 0, "end": 1, "speker": 1}',
         "claims.jsonl:2: unknown field(s) speker"),
        ('[1, 2]', "claims.jsonl:2: expected a JSON object"),
    ],
)
def test_bad_lines_are_named_by_file_and_line(claim: Claim, line: str, expected: str) -> None:
    stream = io.StringIO(claim.to_json() + "\n" + line + "\n")
    with pytest.raises(InputError, match="^" + expected.replace("(", r"\(").replace(")", r"\)")):
        list(read_jsonl(stream, name="claims.jsonl"))


@given(st.dictionaries(st.text(max_size=8), st.integers() | st.text(max_size=8) | st.none(), max_size=6))
def test_arbitrary_objects_never_crash_the_reader(data: dict[str, object]) -> None:
    stream = io.StringIO(json.dumps(data) + "\n")
    with contextlib.suppress(InputError):
        list(read_jsonl(stream))


def test_types_are_the_documented_eight() -> None:
    assert set(CLAIM_TYPES) == {"casualty", "mobilization", "talks", "ceasefire", "accusation", "call",
                                "denial", "statement"}


def test_scope_fields_round_trip_through_rdf_and_are_checked_in_records() -> None:
    from kb.actors import Gazetteer
    from kb.errors import InputError
    from kb.pipeline.article import Article
    from kb.pipeline.record import Claim
    from kb.pipeline.to_rdf import article_graph, claims_from_graph
    from tests.conftest import make_claim

    article = Article(text="Baku says 300 soldiers died since Sunday. More text.", name="scope", lang="en")
    claim = make_claim(article, quote="Baku says 300 soldiers died since Sunday.", start=0, end=41,
                       scope="period", period_start="2020-09-27", period_end="2020-09-28", place="Tartar",
                       increment=True, breakdown=True, allegation="shelling Tartar", confidence=0.75)
    back = claims_from_graph(article_graph(article, [claim], Gazetteer.load()))
    assert [(c.scope, c.period_start, c.period_end, c.place, c.increment, c.breakdown, c.allegation, c.confidence)
            for c in back] == [("period", "2020-09-27", "2020-09-28", "Tartar", True, True, "shelling Tartar", 0.75)]
    record = claim.to_dict()
    for field, bad, message in (("scope", "weekly", "scope"), ("period_start", "27 Sep", "period_start"),
                                ("confidence", 1.5, "confidence"), ("confidence", True, "confidence")):
        with pytest.raises(InputError, match=message):
            Claim.from_dict({**record, field: bad})
