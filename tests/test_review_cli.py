"""`kb reviewer` and `kb review`: reviewers with tokens, the review commands, and the loop closing with `kb eval`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kb.cli import main
from kb.review.reviewers import Reviewers

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TRUCE = "en_karabakh_truce_broken"


def kb(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.delenv("KB_REVIEWERS", raising=False)
    for part in (".txt", ".meta.json"):
        shutil.copy(SAMPLES / f"{TRUCE}{part}", tmp_path / f"{TRUCE}{part}")
    location = str(tmp_path / "store")
    assert kb("ingest", str(tmp_path / f"{TRUCE}.txt"), "--store", location).exit_code == 0
    return location


def _rows(store: str, *extra: str) -> list[dict[str, object]]:
    result = kb("review", "list", "--format", "json", "--store", store, *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_reviewers_have_their_own_tokens(tmp_path: Path) -> None:
    people = Reviewers.load(tmp_path / "reviewers.json")
    ana, ben = people.add("Ana"), people.add("Ben")
    again = Reviewers.load(tmp_path / "reviewers.json")
    assert (again.who(ana), again.who(ben), again.who("wrong"), again.who(None), again.who("")) == \
        ("Ana", "Ben", None, None, None)
    assert ana not in (tmp_path / "reviewers.json").read_text()  # only digests are kept
    assert (tmp_path / "reviewers.json").stat().st_mode & 0o077 == 0
    with pytest.raises(Exception, match="already exists"):
        again.add("Ana")


def test_a_review_needs_a_registered_reviewer(store: str) -> None:
    claim = _rows(store)[0]["claim"]
    refused = kb("review", "accept", str(claim), "--by", "ana", "--store", store)
    assert refused.exit_code == 2 and "no such reviewer" in refused.output and "Traceback" not in refused.output
    added = kb("reviewer", "add", "ana", "--store", store)
    assert added.exit_code == 0 and len(added.output.splitlines()[-1]) >= 40
    assert kb("review", "accept", str(claim), "--by", "ana", "--store", store).exit_code == 0
    assert [r["status"] for r in _rows(store, "--status", "accepted")] == ["accepted"]


def test_review_commands_and_the_loop_closing_with_eval(store: str, tmp_path: Path) -> None:
    assert kb("reviewer", "add", "ana", "--store", store).exit_code == 0
    rows = _rows(store)
    nine = next(r for r in rows if r["quantity_min"] == 9)
    fixed = kb("review", "correct", str(nine["claim"]), "--set", "quantity_min=12", "--set", "quantity_max=12",
               "--by", "ana", "--reason", "misread", "--store", store)
    assert fixed.exit_code == 0, fixed.output
    assert json.loads(fixed.output)["changes"] == [{"field": "quantity_min", "from": 9, "to": 12},
                                                   {"field": "quantity_max", "from": 9, "to": 12}]
    broken = kb("review", "correct", str(nine["claim"]), "--set", "quantity_min=50", "--set", "quantity_max=3",
                "--by", "ana", "--store", store)
    assert broken.exit_code == 1 and "not above the upper bound" in broken.output
    bad = kb("review", "correct", str(nine["claim"]), "--set", "nosuch=1", "--by", "ana", "--store", store)
    assert bad.exit_code == 2 and bad.output.count("\n") == 1
    others = [r for r in rows if r["claim"] != nine["claim"]]
    assert kb("review", "reject", str(others[0]["claim"]), "--by", "ana", "--store", store).exit_code == 0
    for row in others[1:]:
        assert kb("review", "accept", str(row["claim"]), "--by", "ana", "--store", store).exit_code == 0
    text = (tmp_path / f"{TRUCE}.txt").read_text(encoding="utf-8")
    start = text.index("Armenia denied")
    added = kb("review", "add", str(nine["article"]), "--start", str(start), "--end", str(start + 30),
               "--set", "type=statement", "--set", "speaker=Armenia", "--by", "ana", "--store", store)
    assert added.exit_code == 0, added.output
    assert {r["status"] for r in _rows(store, "--status", "rejected")} == {"rejected"}

    gold, texts = tmp_path / "gold.jsonl", tmp_path / "texts"
    exported = kb("review", "export", "--format", "jsonl", "-o", str(gold), "--texts", str(texts), "--store", store)
    assert exported.exit_code == 0, exported.output
    records = [json.loads(line) for line in gold.read_text().splitlines()]
    assert len(records) == len(rows) - 1 + 1  # every claim but the rejected one, plus the added one
    scored = kb("eval", str(gold), str(texts), "--format", "json")
    assert scored.exit_code == 0, scored.output
    overall = json.loads(scored.output)["overall"]
    assert overall["gold"] == len(records)
    assert overall["matched"] == len(records) - 1  # the extractor finds all it found before, not the added claim


def test_a_reviewer_removed_loses_the_token_and_the_cli_says_so(store: str) -> None:
    """Trial user32: revoking a reviewer meant editing reviewers.json by hand."""
    token = kb("reviewer", "add", "ana", "--store", store).output.splitlines()[-1]
    removed = kb("reviewer", "remove", "ana", "--store", store)
    assert removed.exit_code == 0 and "removed" in removed.output
    assert kb("reviewer", "list", "--store", store).output.split() == []
    people = Reviewers.load(Path(store) / "reviewers.json")
    assert people.who(token) is None
    again = kb("reviewer", "remove", "ana", "--store", store)
    assert again.exit_code == 2 and again.output.count("\n") == 1 and "no reviewer 'ana'" in again.output
