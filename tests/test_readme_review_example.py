"""The README's review examples run on the demo store and each changes something (tryout 25: the correction
example set an allegation the claim already had); ``./run demo --port N`` is documented and ``kb demo`` takes it."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from web import create_app

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def kb(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kb.cli", *args], capture_output=True, text=True, timeout=300,
                          cwd=REPO)


def _block(after: str) -> list[str]:
    """The commands of the first ```sh block after ``after``, continuation lines joined, comments dropped."""
    text = README.split(after, 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    lines = text.replace("\\\n", " ").splitlines()
    return [line.split("  #", 1)[0].strip() for line in lines if line.strip()]


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    store = str(tmp_path_factory.mktemp("demo") / "kb-data")
    assert kb("demo", "--no-serve", "--store", store).returncode == 0
    return store


def test_the_cli_review_examples_run_and_change_the_claims(demo_store: str) -> None:
    commands = _block("### Reviewing claims")
    assert commands[0].startswith("kb reviewer add") and any(c.startswith("kb review correct") for c in commands)
    for command in commands:
        done = kb(*shlex.split(command)[1:], "--store", demo_store)
        assert done.returncode == 0, (command, done.stderr)
        if command.startswith("kb review correct"):
            assert json.loads(done.stdout)["changes"], command  # a correction that corrects something
        if command.startswith(("kb review reject", "kb review add")):
            assert json.loads(done.stdout)["status"] in ("rejected", "added"), command


def test_the_http_correction_example_changes_the_claim(tmp_path: Path) -> None:
    store = str(tmp_path / "kb-data")
    assert kb("demo", "--no-serve", "--store", store).returncode == 0
    token = kb("reviewer", "add", "ana", "--store", store).stdout.strip().split()[-1]
    curl = next(c for c in _block("Over HTTP, with the reviewer's token") if '"correct"' in c)
    path = re.search(r"http://127\.0\.0\.1:8000(\S+)", curl).group(1)  # type: ignore[union-attr]
    body = json.loads(shlex.split(curl)[shlex.split(curl).index("-d") + 1])
    client = create_app({"KB_STORE": store, "RATE_LIMIT": None}).test_client()
    answer = client.post(path, json=body, headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 201, answer.get_data(as_text=True)
    assert answer.get_json()["changes"], answer.get_json()


def test_run_demo_port_is_documented_and_taken() -> None:
    assert "./run demo --port" in README
    assert '"$@"' in (REPO / "run").read_text(encoding="utf-8").split("demo)", 1)[1].split(";;", 1)[0]
    assert "--port" in kb("demo", "--help").stdout
