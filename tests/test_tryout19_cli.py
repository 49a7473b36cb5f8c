"""The CLI as tryout 19 met it: open bounds in words in `kb review list`, usage errors in one line (exit 2), and an
empty answer of `kb extract` / `kb series` said on stderr (exit 0)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.cli import main
from kb.cli.review import _figure
from tests.fixtures import demo
from web.views import reviewed_value


def test_open_bounds_are_words() -> None:
    assert _figure(13, None, "deaths") == " [at least 13 deaths]"  # the web's words (trial user29)
    assert _figure(None, 20, "deaths") == " [at most 20 deaths]"
    assert _figure(13, 20, None) == " [13–20]" and _figure(1200, 1200, "deaths") == " [1,200 deaths]"
    assert _figure(None, None, "deaths") == ""
    assert _figure(130000, 130000, "deaths", approximate=True) == " [about 130,000 deaths]"  # tryout 20


def test_review_list_prints_no_python_none(tmp_path: Path) -> None:
    demo.build(str(tmp_path / "kb")).close()
    out = CliRunner().invoke(main, ["review", "list", "--store", str(tmp_path / "kb")])
    assert out.exit_code == 0, out.output
    assert "None" not in out.output and "at least 201 soldiers killed" in out.output


def test_review_history_values_are_words() -> None:
    assert reviewed_value([]) == "none" and reviewed_value(None) == "none"
    assert reviewed_value(["Bloomberg", "AFP"]) == "Bloomberg; AFP" and reviewed_value(12) == "12"


@pytest.mark.parametrize(("args", "where", "what"), [
    (["--bogus"], "kb:", "--bogus"),
    (["nosuch"], "kb:", "nosuch"),
    (["review", "list", "--bogus"], "kb review list:", "--bogus"),
    (["review", "list", "--status", "nope"], "kb review list:", "nope"),
])
def test_a_usage_error_is_one_line(args: list[str], where: str, what: str) -> None:
    out = CliRunner().invoke(main, args, prog_name="kb")
    assert out.exit_code == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(where) and what in lines[0], out.stderr


def test_extract_without_claims_says_so(tmp_path: Path) -> None:
    text = tmp_path / "calm.txt"
    text.write_text("The weather stayed mild and the market opened late on Tuesday.\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["extract", str(text)])
    assert out.exit_code == 0 and out.stdout == ""
    assert "no claims found" in out.stderr and "calm.txt" in out.stderr


def test_series_without_result_says_so(tmp_path: Path) -> None:
    store = str(tmp_path / "kb")
    demo.build(store).close()
    out = CliRunner().invoke(main, ["series", "--store", store])
    assert out.exit_code == 0 and out.stdout == ""
    assert "no series found" in out.stderr
