"""Crash safety: ``kb ingest`` killed with SIGKILL at random moments never leaves half an article.

Each run ingests 30 generated articles into a fresh disk store in a subprocess (its own process
group, so worker processes die with it) and kills the group: half the runs right after the k-th
article's line (k seeded), so that some runs are surely cut mid-batch, a quarter after 0.1–4 s (seeded:
any moment, start-up included) and a quarter after the last article's line, in the derived-data update
that ends the batch (the re-run must repair it).  Then the store must open, every stored
article graph must equal the graph a clean ingest of that article produces (whole or absent),
``kb validate`` must pass, and re-running must end with what a clean run has: its counts (articles,
claims, actors, nothing quarantined) and its conflicts.  At least one run must have been cut with
some articles stored and not all, or the test proved nothing about a crash mid-batch.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kb.cli import main
from kb.derived.conflicts import list_conflicts
from kb.pipeline.article import load_article
from kb.service import KnowledgeBase

ARTICLES, RUNS, SEED = 30, 8, 20261122
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def article_text(i: int) -> str:
    """A distinct Indonesian article with several claims the extractor and the gate accept."""
    parts = []
    for j in range(2):
        n, day = 40 + i * 7 + j, DAYS[(i + j) % 7]
        parts.append(f"Kementerian Pertahanan Armenia mengatakan {n} tentara Armenia tewas pada hari {day}.")
        parts.append(f"Kementerian Pertahanan Azerbaijan mengatakan {n * 3} tentara Armenia tewas di wilayah Fuzuli.")
        parts.append("Juru bicara Kremlin Dmitry Peskov mendesak kedua pihak untuk segera menghentikan tembakan.")
    return " ".join(parts) + f" Laporan nomor {i} dari meja redaksi."


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash-corpus")
    for i in range(ARTICLES):
        (folder / f"a{i:02d}.txt").write_text(article_text(i), encoding="utf-8")
        (folder / f"a{i:02d}.meta.json").write_text(json.dumps({"published": "2020-10-05", "outlet": "Kompas"}))
    return folder


@dataclass
class Clean:
    """What a clean ingest of the corpus gives: each article's graph, the counts and the conflicts."""

    graphs: dict[str, set]  # type: ignore[type-arg]
    stats: dict[str, int]
    conflicts: list[dict[str, Any]]


def conflicts_of(kb: KnowledgeBase) -> list[dict[str, Any]]:
    return [c.to_dict() for c in list_conflicts(kb.store)]


@pytest.fixture(scope="module")
def clean(corpus: Path) -> Clean:
    """A clean ingest, one article at a time, into a memory store."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    graphs = {}
    for path in sorted(corpus.glob("*.txt")):
        article = load_article(path)
        assert kb.ingest(article).status == "ingested"
        graphs[str(article.graph_iri)] = set(kb.store.get_graph(str(article.graph_iri)))
    found = Clean(graphs, kb.stats(), conflicts_of(kb))
    kb.close()
    assert found.stats["articles"] == ARTICLES and found.stats["quarantined"] == 0 and found.conflicts
    return found


def kill_during_ingest(store: Path, corpus: Path, jobs: int, *, delay: float = 0.0, after: int = 0) -> int | None:
    """Run ``kb ingest`` and SIGKILL its whole process group ``delay`` seconds after it starts, or as soon as
    it has printed ``after`` outcome lines (one per article stored); its exit code if it finished first."""
    command = [str(Path(sys.executable).with_name("kb")), "ingest", "--store", str(store), "-j", str(jobs), str(corpus)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE if after else subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    if after:
        assert proc.stdout is not None
        for _ in range(after):
            if not proc.stdout.readline():
                break
    else:
        time.sleep(delay)
    finished = proc.poll()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    if proc.stdout is not None:
        proc.stdout.close()
    return finished


@pytest.mark.slow
def test_sigkill_never_leaves_half_an_article(tmp_path: Path, corpus: Path, clean: Clean) -> None:
    rng = random.Random(SEED)
    seen = []
    for run in range(RUNS):
        store = tmp_path / f"run{run}"
        jobs = 1 + (run // 2) % 2
        if run % 4 == 1:
            finished = kill_during_ingest(store, corpus, jobs, delay=rng.uniform(0.1, 4.0))
        else:
            after = ARTICLES if run % 4 == 3 else rng.randint(1, ARTICLES // 2)
            finished = kill_during_ingest(store, corpus, jobs, after=after)
        kb = KnowledgeBase.open(str(store), wait=10)  # the store opens after the crash
        stored = kb.article_graphs()
        for iri in stored:  # every article graph whole (equal to a clean ingest's) or absent
            assert set(kb.store.get_graph(iri)) == clean.graphs[iri], f"run {run}: {iri} is not whole"
        current = len(stored) == ARTICLES and conflicts_of(kb) == clean.conflicts
        kb.close()
        seen.append((finished, len(stored), current))
        assert CliRunner().invoke(main, ["validate", "--store", str(store)]).exit_code == 0
        kb = KnowledgeBase.open(str(store))
        results = kb.ingest_inputs(sorted(corpus.glob("*.txt")), jobs=2)
        assert {r.status for r in results} <= {"ingested", "unchanged"}
        assert sum(r.status == "unchanged" for r in results) == len(stored)
        assert kb.stats() == clean.stats, f"run {run}: the re-run does not end where a clean run does"
        assert conflicts_of(kb) == clean.conflicts, f"run {run}: the conflicts differ from a clean run's"
        kb.close()
    print("kill runs (exit code if finished first, article graphs stored, conflicts already whole):", seen)
    cut = [stored for finished, stored, _ in seen if finished is None and 0 < stored < ARTICLES]
    assert cut, f"no run was cut mid-batch (some articles stored, not all): {seen}"
