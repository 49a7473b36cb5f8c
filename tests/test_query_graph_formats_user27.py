"""``kb query`` of a CONSTRUCT or DESCRIBE follows ``--format`` (user27's trial: Turtle came out whatever was asked,
so ``--format json | jq`` failed and ``--format csv`` printed Turtle): table → Turtle, json → JSON-LD, csv and tsv
(a graph has no rows) → one line, exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kb.service import KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]
QUERY = "CONSTRUCT { ?c <https://schema.org/name> ?q } WHERE { ?c <https://w3id.org/claimkb/ns#quote> ?q }"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("store")
    kb = KnowledgeBase.open(str(folder))
    try:
        kb.ingest_inputs([ROOT / "samples" / "en_karabakh_truce_broken.txt"])
    finally:
        kb.close()
    return folder


def _query(store: Path, query: str, fmt: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kb.cli", "query", query, "--store", str(store), "--format", fmt],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_json_is_json_ld(store: Path) -> None:
    result = _query(store, QUERY, "json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert isinstance(doc, list) and doc and all("@id" in node for node in doc)


def test_table_is_turtle(store: Path) -> None:
    result = _query(store, QUERY, "table")
    assert result.returncode == 0 and "<https://schema.org/name>" in result.stdout, result


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_and_tsv_refuse_a_graph(store: Path, fmt: str) -> None:
    result = _query(store, "DESCRIBE <https://w3id.org/claimkb/id/actor/armenia>", fmt)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == (f"kb: --format {fmt}: this query answers a graph (CONSTRUCT, DESCRIBE), which "
                                     f"has no {fmt} form: --format table prints it as Turtle, --format json as JSON-LD")


def test_solutions_keep_their_formats(store: Path) -> None:
    select = "SELECT ?t WHERE { ?c <https://w3id.org/claimkb/ns#quote> ?t }"
    assert json.loads(_query(store, select, "json").stdout)["head"]["vars"] == ["t"]
    assert _query(store, select, "csv").stdout.splitlines()[0] == "t"
