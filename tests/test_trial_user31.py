"""What a new user's trial found in session 31 (helper user31), outside extraction: a plain text's detected language
was never stored, a title guessed from the headline line counted as given (a re-post without a title replaced the
stored one), and the warning on a wrong ``--lang`` advised leaving it out, which keeps the stored tag."""

from __future__ import annotations

from pathlib import Path

from kb.service import KnowledgeBase
from tests.test_trial_user29 import AUTH, ENGLISH, INDONESIAN, TOKEN, kb
from web import create_app

HEADLINED = "Drones downed over Kharkiv overnight, air force says\n" + ENGLISH


def test_a_plain_texts_detected_language_is_stored(tmp_path: Path) -> None:
    (tmp_path / "berita.txt").write_text(INDONESIAN, encoding="utf-8")
    store = str(tmp_path / "store")
    assert kb("ingest", str(tmp_path / "berita.txt"), "--store", store).returncode == 0
    assert '<https://schema.org/inLanguage> "id"' in kb("export", "--format", "nquads", "--store", store).stdout
    base = KnowledgeBase.open(str(tmp_path / "lib"))
    try:
        outcome = base.ingest_text(ENGLISH)
        assert base.article(outcome.key).lang == "en"
    finally:
        base.close()


def test_a_repost_without_a_title_keeps_the_stored_title_and_says_so(tmp_path: Path) -> None:
    client = create_app({"KB_STORE": str(tmp_path / "store"), "RATE_LIMIT": None, "API_TOKEN": TOKEN}).test_client()
    first = client.post("/api/articles?title=Kharkiv%20drones", data=HEADLINED,
                        headers={**AUTH, "Content-Type": "text/plain"})
    assert first.status_code == 201
    again = client.post("/api/articles", json={"text": HEADLINED}, headers=AUTH)
    assert again.status_code == 200 and again.get_json()["status"] == "unchanged"
    assert any("title 'Kharkiv drones'" in note for note in again.get_json()["notes"])
    page = client.get(f"/articles/{first.get_json()['key']}.json").get_json()["article"]
    assert page["title"] == "Kharkiv drones"


def test_a_headline_still_titles_an_article_stored_without_one(tmp_path: Path) -> None:
    base = KnowledgeBase.open(str(tmp_path / "store"))
    try:
        outcome = base.ingest_text(HEADLINED)
        assert base.article(outcome.key).title == "Drones downed over Kharkiv overnight, air force says"
    finally:
        base.close()


def test_the_wrong_lang_warning_names_the_tag_that_mends_it(tmp_path: Path) -> None:
    (tmp_path / "english.txt").write_text(ENGLISH, encoding="utf-8")
    store = str(tmp_path / "store")
    wrong = kb("ingest", "--lang", "id", str(tmp_path / "english.txt"), "--store", store)
    [warning] = [line for line in wrong.stderr.splitlines() if "warning" in line]
    assert warning.endswith("give --lang en to read it as English")
    bare = kb("ingest", str(tmp_path / "english.txt"), "--store", store)  # leaving it out keeps the stored tag
    assert bare.returncode == 0 and "language 'id'" in bare.stderr
    mended = kb("ingest", "--lang", "en", str(tmp_path / "english.txt"), "--store", store)
    assert mended.returncode == 0 and "warning" not in mended.stderr
    assert '<https://schema.org/inLanguage> "en"' in kb("export", "--format", "nquads", "--store", store).stdout
