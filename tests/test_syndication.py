"""Syndicated copies are decided by the service for every write path, from an index kept in the store."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from datasketch import MinHashLSH

from kb import syndication
from kb.derived import conflicts
from kb.pipeline.article import Article
from kb.service import KnowledgeBase
from kb.syndication import signature
from tests.feedsite import HERE

REPO = Path(__file__).resolve().parents[1]
ORIGINAL, COPY, OTHER = ((HERE / n).read_text(encoding="utf-8") for n in ("original.txt", "copy.txt", "later.txt"))


def _article(text: str, url: str, outlet: str) -> Article:
    return Article(text=text, name=url.rsplit("/", 1)[-1], url=url, outlet=outlet, published="2020-10-05", lang="en")


def _based_on(kb: KnowledgeBase) -> dict[str, str]:
    rows = kb.store.select("SELECT ?copy ?original WHERE { ?copy <https://schema.org/isBasedOn> ?original }")
    return {str(r["copy"]): str(r["original"]) for r in rows}


def test_the_banding_is_the_one_datasketch_picks() -> None:
    lsh = MinHashLSH(threshold=syndication.CANDIDATE_THRESHOLD, num_perm=syndication.NUM_PERM)
    assert (lsh.b, lsh.r) == (syndication.BANDS, syndication.ROWS)


def test_signatures_match_copies_only() -> None:
    original, copy, other = signature(ORIGINAL), signature(COPY), signature(OTHER)
    assert original is not None and copy is not None and other is not None
    assert original.jaccard(copy) >= syndication.THRESHOLD > original.jaccard(other)
    assert set(syndication.bands(original)) & set(syndication.bands(copy))
    assert signature("Too short to say anything.") is None


def test_the_service_marks_a_copy_whatever_the_path() -> None:
    kb = KnowledgeBase.open(":memory:")
    first = kb.ingest(_article(ORIGINAL, "http://kaukasus.example/news/1", "Kaukasus Daily"))
    copy = kb.ingest(_article(COPY, "http://partner.example/copy/1", "Steppe Herald"))
    other = kb.ingest(_article(OTHER, "http://kaukasus.example/news/2", "Kaukasus Daily"))
    a, b = (Article(text="", url=u).iri for u in ("http://kaukasus.example/news/1", "http://partner.example/copy/1"))
    assert (first.copy_of, copy.copy_of, other.copy_of) == (None, str(a), None)
    assert _based_on(kb) == {str(b): str(a)}
    # written again unchanged: the original is no copy of its own copy, and nothing is rewritten
    again = kb.ingest(_article(ORIGINAL, "http://kaukasus.example/news/1", "Kaukasus Daily"))
    assert (again.status, again.copy_of) == ("unchanged", None)
    # a third outlet's copy is based on the story's original, found through either stored text
    third = kb.ingest(_article(COPY, "http://third.example/c", "Plains Post"))
    assert third.copy_of == str(a)
    # the original deleted: a later copy is based on a copy still stored
    assert kb.delete_article(Article(text="", url="http://kaukasus.example/news/1").key)
    fourth = kb.ingest(_article(ORIGINAL, "http://fourth.example/d", "Delta News"))
    assert fourth.copy_of in {str(b), str(Article(text="", url="http://third.example/c").iri)}


def test_files_ingested_by_the_cli_count_a_copy_as_one_source(tmp_path: Path) -> None:
    for name, text, url, outlet in (("a", ORIGINAL, "http://kaukasus.example/news/1", "Kaukasus Daily"),
                                    ("b", COPY, "http://partner.example/copy/1", "Steppe Herald")):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{name}.meta.json").write_text(
            f'{{"url": "{url}", "outlet": "{outlet}", "published": "2020-10-05", "lang": "en"}}', encoding="utf-8")
    store = tmp_path / "store"
    run = subprocess.run([sys.executable, "-m", "kb.cli", "ingest", "--store", str(store), "--jobs", "2",
                          str(tmp_path / "a.txt"), str(tmp_path / "b.txt")],
                         capture_output=True, text=True, timeout=240, cwd=REPO)
    assert run.returncode == 0, run.stderr
    with KnowledgeBase.open(str(store), read_only=True) as kb:
        found = {c.explanation for c in conflicts.corroborations(kb.store)}
        assert len(_based_on(kb)) == 1
    assert not any("independent source" in text for text in found), found  # one source: nothing corroborated


def test_an_original_deleted_and_stored_again_is_no_copy_of_its_copy() -> None:
    kb = KnowledgeBase.open(":memory:")
    a = kb.ingest(_article(ORIGINAL, "http://kaukasus.example/news/1", "Kaukasus Daily"))
    kb.ingest(_article(COPY, "http://partner.example/copy/1", "Steppe Herald"))
    assert kb.delete_article(a.key)
    again = kb.ingest(_article(ORIGINAL, "http://kaukasus.example/news/1", "Kaukasus Daily"))
    assert again.copy_of is None  # its copy still says it is based on it: they must not point at each other
    found = {c.explanation for c in conflicts.corroborations(kb.store)}
    assert not any("2 independent sources" in text for text in found), found


def test_a_copy_follows_its_original_when_the_original_changes() -> None:
    """The copy counts under its original's publisher: replacing or deleting the original recomputes the copy
    too, as a refresh from nothing would."""
    from tests.test_conflicts_incremental import _derived, _from_scratch

    kb = KnowledgeBase.open(":memory:")
    a = kb.ingest(_article(ORIGINAL, "http://kaukasus.example/news/1", "Kaukasus Daily"))
    kb.ingest(_article(COPY, "http://partner.example/copy/1", "Steppe Herald"))
    kb.ingest(_article(ORIGINAL, "http://kaukasus.example/news/1", "Caucasus Wire"))  # its outlet renamed
    assert _derived(kb.store) == _from_scratch(kb.store)  # type: ignore[arg-type]
    found = {c.explanation for c in conflicts.corroborations(kb.store)}
    assert not any("independent source" in text for text in found), found  # still one source, renamed
    assert kb.delete_article(a.key)
    assert _derived(kb.store) == _from_scratch(kb.store)  # type: ignore[arg-type]
