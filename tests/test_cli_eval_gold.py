"""`kb eval` keeps the README's error promise for its gold file: one line naming FILE:LINE and what is wrong,
exit 2, never a traceback (a binary file, a JSON array line, a line with no article or type, an empty file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.cli import main

TEXT = "The ministry said 12 soldiers were wounded on Friday near the border post."


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "one.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def run_eval(gold: Path, article: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["eval", str(gold), str(article)], catch_exceptions=False)
    return result.exit_code, result.output


@pytest.mark.parametrize(("content", "expected"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "binary file"),
    (b"\xff\xfe\xfa not utf-8", "not UTF-8"),
    (b"", "no gold records"),
    (b"\n\n", "no gold records"),
])
def test_an_unreadable_gold_file_is_one_line(tmp_path: Path, article: Path, content: bytes, expected: str) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(content)
    code, output = run_eval(gold, article)
    assert code == 2 and output.count("\n") == 1 and f"kb: {gold}: " in output and expected in output


GOOD = {"article": "one", "type": "casualty", "speaker": "the ministry", "quote": TEXT}


@pytest.mark.parametrize(("line", "expected"), [
    ("[1, 2]", "must be a JSON object, got list"),
    ('"text"', "must be a JSON object, got str"),
    ('{"foo": 1}', 'no "article"'),
    ('{"article": "", "type": "casualty"}', 'no "article"'),
    ('{"article": "one"}', '"type" None is not one of'),
    ('{"article": "one", "type": "rumour"}', "\"type\" 'rumour' is not one of"),
    ('{"article": "one", "type": "casualty", "quote": 5}', '"quote" must be a string'),
    ('{"article": "one", "type": ', "invalid JSON"),
])
def test_a_malformed_gold_line_names_its_line(tmp_path: Path, article: Path, line: str, expected: str) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOOD) + "\n\n" + line + "\n", encoding="utf-8")
    code, output = run_eval(gold, article)
    assert code == 2 and output.count("\n") == 1 and f"kb: {gold}:3" in output and expected in output, output


def test_a_missing_gold_file(tmp_path: Path, article: Path) -> None:
    code, output = run_eval(tmp_path / "none.jsonl", article)
    assert code == 2 and output.strip() == f"kb: {tmp_path / 'none.jsonl'}: no such file"


def test_a_good_gold_file_still_scores(tmp_path: Path, article: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    code, output = run_eval(gold, article)
    assert code == 0 and output.startswith("type") and "overall           1     1      1" in output
