"""Store + gate together: one named graph per article, idempotent re-ingest, quarantine, persistence."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kb.errors import InputError, StoreError
from kb.pipeline.article import Article
from kb.pipeline.record import Claim
from kb.service import KnowledgeBase
from kb.store import open_store, store_location
from tests.conftest import make_claim


def test_one_named_graph_per_article(memory_kb: KnowledgeBase, article: Article, claim: Claim) -> None:
    other = Article(text="Yerevan said 12 soldiers were wounded. More.", name="other", lang="en")
    memory_kb.ingest_claims(article, [claim])
    memory_kb.ingest_claims(other, [make_claim(other, quote="Yerevan said 12 soldiers were wounded.", end=38,
                                                 speaker="Yerevan", speaker_iri=None, subject="Armenia")])
    assert sorted(memory_kb.article_graphs()) == sorted([article.url, str(other.iri)])
    assert memory_kb.store.has_graph("https://example.org/news/baku-figure")


def test_reingest_is_idempotent_then_replaces(memory_kb: KnowledgeBase, article: Article, claim: Claim) -> None:
    assert memory_kb.ingest_claims(article, [claim]).status == "ingested"
    assert memory_kb.ingest_claims(article, [claim]).status == "unchanged"
    changed = make_claim(article, quantity_min=400)
    assert memory_kb.ingest_claims(article, [changed]).status == "replaced"
    assert memory_kb.stats()["claims"] == 1
    assert memory_kb.stats()["articles"] == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"quantity_min": 500, "quantity_max": 10}, "not above the upper bound"),
        ({"speaker": "", "speaker_iri": None}, "exactly one speaker"),
        ({"end": 9_999}, "inside the article text"),
    ],
)
def test_bad_claims_go_to_quarantine_with_the_shape_message(
    memory_kb: KnowledgeBase, article: Article, changes: dict[str, object], message: str
) -> None:
    outcome = memory_kb.ingest_claims(article, [make_claim(article, **changes)])
    assert outcome.status == "quarantined"
    assert message in outcome.message
    assert memory_kb.stats() == {"articles": 0, "claims": 0, "actors": 0, "quarantined": 1}
    entry = memory_kb.quarantine.get(article.key)
    assert entry.article["text"] == article.text and entry.claims and "sh:ValidationReport" in entry.report_turtle


def test_fixed_article_leaves_quarantine(disk_kb: KnowledgeBase, article: Article, claim: Claim) -> None:
    disk_kb.ingest_claims(article, [make_claim(article, quantity_min=9, quantity_max=1)])
    assert len(disk_kb.quarantine) == 1
    assert disk_kb.ingest_claims(article, [claim]).status == "ingested"
    assert len(disk_kb.quarantine) == 0


def test_quarantine_keeps_the_previous_good_version(memory_kb: KnowledgeBase, article: Article, claim: Claim) -> None:
    memory_kb.ingest_claims(article, [claim])
    memory_kb.ingest_claims(article, [make_claim(article, quantity_min=9, quantity_max=1)])
    assert memory_kb.stats()["claims"] == 1 and memory_kb.stats()["quarantined"] == 1


def test_curated_claims_are_added_through_the_gate(memory_kb: KnowledgeBase, article: Article, claim: Claim) -> None:
    memory_kb.ingest_claims(article, [claim])
    second = make_claim(article, type="denial", speaker="Yerevan", speaker_iri=None, subject="Azerbaijan",
                        quote=article.text[65:], start=65, end=len(article.text), unit=None, quantity_min=None,
                        quantity_text=None, rule="manual")
    assert [o.status for o in memory_kb.add_claims([second])] == ["replaced"]
    assert memory_kb.stats()["claims"] == 2
    with pytest.raises(InputError, match="not in the store"):
        memory_kb.add_claims([dataclasses.replace(claim, article="0000000000000000")])


def test_store_persists_across_processes(tmp_path: Path, article: Article, claim: Claim) -> None:
    kb = KnowledgeBase.open(str(tmp_path))
    kb.sync_reference_graphs()
    kb.ingest_claims(article, [claim])
    kb.close()
    code = "import json,sys;from kb.service import KnowledgeBase as K; print(json.dumps(K.open(sys.argv[1]).stats()))"
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == {"articles": 1, "claims": 1, "actors": 2, "quarantined": 0}


def test_store_location_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KB_STORE", raising=False)
    assert store_location(None) == "./kb-data"
    monkeypatch.setenv("KB_STORE", "/data/kb")
    assert store_location(None) == "/data/kb"
    assert store_location("/given") == "/given"


def test_store_errors_are_clear(tmp_path: Path) -> None:
    afile = tmp_path / "file"
    afile.write_text("x")
    with pytest.raises(StoreError, match="not a directory"):
        open_store(str(afile))
    with pytest.raises(StoreError, match="no store here yet"):
        open_store(str(tmp_path / "missing"), read_only=True)


def test_quarantine_location(monkeypatch: pytest.MonkeyPatch) -> None:
    from kb.service import quarantine_location

    monkeypatch.delenv("KB_QUARANTINE", raising=False)
    assert quarantine_location("/data/kb") == Path("/data/kb/quarantine")
    assert quarantine_location(":memory:") is None
    assert quarantine_location("http://127.0.0.1:7878/query") == Path("kb-quarantine")
    monkeypatch.setenv("KB_QUARANTINE", "/q")
    assert quarantine_location("/data/kb") == Path("/q")
