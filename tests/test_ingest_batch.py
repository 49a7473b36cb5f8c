"""Batch ingestion: folders, globs and stdin; per-file errors never stop a batch; ``--jobs`` keeps
input order and results; a concurrent writer is waited for; a summary table counts every status."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.cli import main
from kb.pipeline.batch import Input, Result, expand_inputs
from kb.service import KnowledgeBase
from tests.test_crash import article_text


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    for i in range(4):
        (root / ("sub" if i % 2 else ".") / f"a{i}.txt").write_text(article_text(i), encoding="utf-8")
    (root / "notes.md").write_text("not an article")
    return root


def stats(store: str) -> dict[str, int]:
    return json.loads(CliRunner().invoke(main, ["stats", "--store", store, "--format", "json"]).output)  # type: ignore[no-any-return]


def test_folders_globs_and_duplicates_expand_once(folder: Path) -> None:
    names = [i.name for i in expand_inputs([str(folder), str(folder / "a0.txt"), str(folder / "sub" / "*.txt")])]
    assert names == ["a0", "a2", "a1", "a3"]
    assert [i.name for i in expand_inputs([str(folder / "**" / "a[13].txt")])] == ["a1", "a3"]
    with pytest.raises(Exception, match="no file matches"):
        expand_inputs([str(folder / "*.nothing")])


def test_stdin_with_metadata_from_options(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    result = CliRunner().invoke(main, ["ingest", "--store", store, "--outlet", "Kompas", "--lang", "id", "-"],
                                input=article_text(7).encode())
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ingested    stdin (")
    assert stats(store)["articles"] == 1


def test_one_bad_file_does_not_stop_the_batch(tmp_path: Path, folder: Path) -> None:
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02")
    (folder / "big.txt").write_text("word " * 400)
    store = str(tmp_path / "store")
    result = CliRunner().invoke(main, ["ingest", "--store", store, "--max-bytes", "1500", str(folder)])
    assert result.exit_code == 2
    assert f"{folder / 'bad.txt'}: binary file" in result.stderr
    assert f"{folder / 'big.txt'}: file is 2000 bytes, over the 1500 bytes limit" in result.stderr
    assert stats(store)["articles"] == 4
    assert "ingested" in result.stderr and "│ 4        │" in result.stderr  # the summary table
    again = CliRunner().invoke(main, ["ingest", "--store", store, str(folder / "a0.txt")], env={"KB_MAX_BYTES": "10"})
    assert again.exit_code == 2 and "over the 10 bytes limit" in again.stderr


def test_article_without_claims_is_stored_and_bad_jobs_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Nothing is claimed here by anyone at all today.")
    store = str(tmp_path / "store")
    assert CliRunner().invoke(main, ["ingest", "--store", store, str(path)]).exit_code == 0
    assert CliRunner().invoke(main, ["ingest", "--store", store, "--jobs", "-1", str(path)]).exit_code == 2


def _note(seen: list[str], result: Result) -> None:
    seen.append(result.name)


def test_jobs_keep_input_order_and_results(tmp_path: Path, folder: Path) -> None:
    paths = [p.path for p in expand_inputs([str(folder)]) if p.path]
    outcomes = {}
    for jobs in (1, 2):
        kb = KnowledgeBase.open(str(tmp_path / f"store{jobs}"))
        kb.sync_reference_graphs()
        seen: list[str] = []
        results = kb.ingest_inputs(paths, {"outlet": "Kompas"}, jobs, progress=partial(_note, seen))
        outcomes[jobs] = [(r.name, r.status, r.outcome and r.outcome.claims) for r in results]
        assert seen == [p.stem for p in paths]
        graphs = {iri: set(kb.store.get_graph(iri)) for iri in kb.article_graphs()}
        outcomes[jobs].append(graphs)  # type: ignore[arg-type]
        kb.close()
    assert outcomes[1] == outcomes[2]


def test_ingest_text_for_the_web_app(memory_kb: KnowledgeBase) -> None:
    outcome = memory_kb.ingest_text(article_text(3), {"outlet": "Kompas", "published": "2020-10-05"}, name="api")
    assert (outcome.status, outcome.name) == ("ingested", "api")
    meta = {"outlet": "Kompas", "published": "2020-10-05"}
    assert memory_kb.ingest_text(article_text(3), meta).status == "unchanged"
    results = memory_kb.ingest_inputs([Input(name="raw", data=b"\xff\xfe")], jobs=1)
    assert results[0].status == "failed" and results[0].reason.startswith("raw:")


def test_a_second_writer_waits_for_the_first(tmp_path: Path, folder: Path) -> None:
    store = tmp_path / "store"
    holder = KnowledgeBase.open(str(store))  # e.g. the web app's write API holding the store
    exe = str(Path(sys.executable).with_name("kb"))
    proc = subprocess.Popen([exe, "ingest", "--store", str(store), "--wait", "20", str(folder / "a0.txt")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    assert proc.poll() is None  # still waiting for the lock
    holder.close()
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert out.startswith("ingested    a0")
    busy = KnowledgeBase.open(str(store))
    try:
        result = subprocess.run([exe, "ingest", "--store", str(store), "--wait", "0", str(folder / "a0.txt")],
                                capture_output=True, text=True, timeout=30)
    finally:
        busy.close()
    assert result.returncode == 2 and "cannot open the store" in result.stderr
