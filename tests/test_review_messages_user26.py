"""A refused review over HTTP names the request's own fields, not the command line's flags (trial user26).

``POST /api/articles/<key>/claims`` with a span outside the text answered "--start 900 --end 100: not a span ...",
and without a type "an added claim needs --set type=...": the words of ``kb review add``, which an HTTP client
never typed.  The messages now name the field (``start``, ``end``, ``type``) so that both readers understand them;
the command line's own parsing errors (``--set FIELD=VALUE``, ``--by``) keep their flags."""

from __future__ import annotations

from pathlib import Path

from kb.review.reviewers import Reviewers
from kb.service import KnowledgeBase
from web import create_app

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "en_karabakh_truce_broken.txt"


def test_the_api_names_its_fields_when_it_refuses_a_claim(tmp_path: Path) -> None:
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    outcome = kb.ingest_inputs([SAMPLE])[0].outcome
    assert outcome is not None
    key = outcome.key
    token = Reviewers.load(tmp_path / "reviewers.json").add("Ana")
    client = create_app({"KB_STORE": kb, "RATE_LIMIT": None,
                         "REVIEWERS_FILE": str(tmp_path / "reviewers.json")}).test_client()
    auth = {"Authorization": f"Bearer {token}"}
    details = []
    for body in ({"start": 900, "end": 100, "set": {"type": "denial", "speaker": "Armenia"}},
                 {"start": 0, "end": 10, "set": {"speaker": "Armenia"}},
                 {"start": 0, "end": 10, "set": {"type": "denial", "speaker": "Armenia", "quantity_min": "many"}},
                 {"start": 0, "end": 10, "set": {"type": "denial", "speaker": "Armenia", "bogus": "x"}}):
        answer = client.post(f"/api/articles/{key}/claims", json=body, headers=auth)
        assert answer.status_code == 400, answer.get_data(as_text=True)
        details.append(answer.get_json()["error"]["detail"])
    assert all("--" not in d for d in details), details
    assert "start 900, end 100" in details[0] and "type" in details[1]
    assert "quantity_min" in details[2] and "bogus" in details[3]
