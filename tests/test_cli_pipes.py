"""A reader that closes ``kb``'s output early (``kb extract FILE | head -1``) ends the command quietly.

Found by a new user (session 25): ``kb extract FILE | head -1`` ended with "kb: file: Broken pipe" and exit 2,
where ``kb query | head`` ended quietly. Every command that prints is run here for real, in a subprocess whose
stdout is a pipe already closed, so the very first write fails (deterministic, whatever the output's size):
a reading command exits 0 with nothing on stderr (no "Broken pipe", no "Exception ignored"); a writing one
(``kb ingest``) still writes everything it was given and ends with its own exit code.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TWO = [SAMPLES / "en_karabakh_tolls_day_nine.txt", SAMPLES / "id_karabakh_saling_tuduh.txt"]


def kb_into_closed_pipe(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``kb ARGS`` with stdout a pipe whose reader has gone."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run([sys.executable, "-m", "kb.cli", *args], stdout=write_end, stderr=subprocess.PIPE,
                              text=True, timeout=300)
    finally:
        os.close(write_end)


def kb_out(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kb.cli", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("pipes") / "store")
    assert kb_out("ingest", "--store", path, str(SAMPLES)).returncode == 0  # enough for a series and conflicts
    return path


def test_extract_of_one_file_into_head_is_quiet() -> None:
    done = kb_into_closed_pipe("extract", str(TWO[0]))
    assert (done.returncode, done.stderr) == (0, "")


@pytest.mark.parametrize("command", [
    ["extract", str(SAMPLES)],
    ["query", "SELECT * WHERE { ?s ?p ?o }"],
    ["query", "--format", "csv", "SELECT * WHERE { ?s ?p ?o }"],
    ["export", "--format", "nquads"],
    ["conflicts"],
    ["conflicts", "--format", "json"],
    ["aggregates"],
    ["series"],
    ["series", "--format", "json"],
    ["review", "list"],
    ["review", "list", "--format", "json"],
    ["review", "export", "--format", "jsonl"],
    ["stats"],
    ["validate"],
    ["quarantine", "list"],
])
def test_every_reading_command_ends_quietly(store: str, command: list[str]) -> None:
    args = command if command[0] == "extract" else [*command, "--store", store]
    done = kb_into_closed_pipe(*args)
    assert (done.returncode, done.stderr) == (0, "")


def test_ingest_writes_everything_though_its_reader_has_gone(tmp_path: Path) -> None:
    """The lines are a report on the write; the write itself is what was asked for."""
    path = str(tmp_path / "store")
    done = kb_into_closed_pipe("ingest", "--store", path, *map(str, TWO))
    assert done.returncode == 0 and "Broken pipe" not in done.stderr and "ingested" in done.stderr  # the summary
    stats = kb_out("stats", "--store", path, "--format", "json")
    assert '"articles": 2' in stats.stdout


def test_delete_deletes_every_key_though_its_reader_has_gone(tmp_path: Path) -> None:
    path = str(tmp_path / "store")
    assert kb_out("ingest", "--store", path, *map(str, TWO)).returncode == 0
    keys = kb_out("query", "--store", path, "--format", "csv",
                  "PREFIX schema: <https://schema.org/> SELECT ?a WHERE { ?a a schema:NewsArticle }").stdout.split()[1:]
    done = kb_into_closed_pipe("delete", "--store", path, *[k.rsplit("/", 1)[-1] for k in keys])
    assert (done.returncode, done.stderr) == (0, "")
    assert '"articles": 0' in kb_out("stats", "--store", path, "--format", "json").stdout
