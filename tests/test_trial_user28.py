"""Trial user28: what a new analyst met on first use, each pinned where it was met (a real ``kb`` subprocess,
the Flask test client on the demo store)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from kb.service import KnowledgeBase
from tests.fixtures import demo
from web import create_app

TOKEN = "user28 token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = "Ukraine said 40 Russian soldiers were killed on Monday in Donetsk. Moscow denied the figure.\n"


def kb(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("kb")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=300, input=stdin)


@pytest.fixture(scope="module")
def client() -> FlaskClient:
    return create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None, "API_TOKEN": TOKEN}).test_client()


def error_of(response) -> dict[str, object]:  # type: ignore[no-untyped-def]
    body = response.get_json()
    assert set(body["error"]) == {"status", "title", "detail"} and body["error"]["status"] == response.status_code
    return body["error"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_an_unsupported_lang_is_one_line_naming_the_option_and_the_languages(tmp_path: Path, command: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    store = ["--store", str(tmp_path / "store")] if command == "ingest" else []
    done = kb(command, str(path), "--lang", "fr", *store)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "kb: command line: --lang 'fr' is not supported: use id or en (or leave it out to detect which)"]
    assert not (tmp_path / "store").exists() or "fr" not in kb("export", "--format", "nquads", *store).stdout


def test_a_regional_tag_of_a_supported_language_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    done = kb("extract", str(path), "--lang", "en-GB")
    assert done.returncode == 0 and '"speaker": "Ukraine"' in done.stdout


def test_a_sidecar_with_an_unsupported_lang_names_the_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"lang": "fr"}', encoding="utf-8")
    done = kb("extract", str(tmp_path / "a.txt"))
    assert done.returncode == 2 and "a.meta.json: lang 'fr' is not supported" in done.stderr


def test_the_api_refuses_an_unsupported_lang_with_400(client: FlaskClient) -> None:
    response = client.post("/api/articles", json={"text": TEXT, "lang": "fr"}, headers=AUTH)
    assert response.status_code == 400
    assert error_of(response)["detail"] == ("metadata: lang 'fr' is not supported: use id or en "
                                            "(or leave it out to detect which)")


def test_a_repost_creates_nothing_so_it_answers_200_not_201(client: FlaskClient) -> None:
    body = {"text": TEXT, "title": "Donetsk toll", "url": "https://news.example.org/user28/repost", "lang": "en"}
    first = client.post("/api/articles", json=body, headers=AUTH)
    assert first.status_code == 201 and first.get_json()["status"] == "ingested"
    again = client.post("/api/articles", json=body, headers=AUTH)
    assert again.status_code == 200 and again.get_json()["status"] == "unchanged"
    changed = client.post("/api/articles", json={**body, "title": "Donetsk toll, corrected"}, headers=AUTH)
    assert changed.status_code == 200 and changed.get_json()["status"] == "replaced"
    assert changed.headers["Location"] == first.get_json()["url"]


def test_two_strike_figures_without_a_place_are_not_said_to_lack_a_scope(tmp_path: Path) -> None:
    """Both figures say "in one incident"; what is unclear is whether it is the same strike, not their scope."""
    path = tmp_path / "strike.txt"
    text = ("Ukraine claimed that about 400 Russian soldiers were killed in the missile strike.\n"
            "However, the Russian defence ministry said 63 Russian soldiers were killed in the missile strike.\n")
    path.write_text(text, encoding="utf-8")
    store = ["--store", str(tmp_path / "store")]
    assert kb("ingest", str(path), "--published", "2023-01-03", *store).returncode == 0
    done = kb("conflicts", "--format", "json", *store)
    assert done.returncode == 0, done.stderr
    [found] = json.loads(done.stdout)
    assert "in one incident" in found["explanation"] and "does not say" not in found["explanation"]
    assert "no place is given to tell whether it is the same one" in found["explanation"]


def test_an_actor_page_and_its_json_count_the_same_claims(tmp_path: Path) -> None:
    """A toll's breakdown ("including six children") is not in the page's timelines: nor in its .json and .csv."""
    base = KnowledgeBase.open(str(tmp_path / "store"))
    try:
        text = ("The Ukrainian defence ministry said 30 civilians were killed in Kharkiv on Monday, "
                "including six children.\n")
        assert base.ingest_text(text, {"lang": "en", "published": "2024-05-06"}).claims == 2
    finally:
        base.close()
    client = create_app({"KB_STORE": str(tmp_path / "store"), "RATE_LIMIT": None}).test_client()
    page = client.get("/actors/ukraine-mod").get_data(as_text=True)
    made = int(re.search(r"Claims made \((\d+)\)", page).group(1))  # type: ignore[union-attr]
    about = int(re.search(r"Claims about [^(<]+\((\d+)\)", client.get("/actors/ukraine").get_data(as_text=True))
                .group(1))  # type: ignore[union-attr]
    assert made == 1 and about == 1
    assert client.get("/actors/ukraine-mod.json").get_json()["total"] == made
    assert client.get("/actors/ukraine.json").get_json()["total"] == about
    assert len(client.get("/actors/ukraine-mod.csv").get_data(as_text=True).strip().splitlines()) == 1 + made


def test_the_map_lists_the_places_it_cannot_draw(tmp_path: Path) -> None:
    """A claim at a place outside ``ontology/places.ttl`` is listed beside the map (HTML and .json), not dropped."""
    base = KnowledgeBase.open(str(tmp_path / "store"))
    try:
        text = ("The Ukrainian defence ministry said 12 civilians were killed in Kharkiv on Monday.\n"
                "The Ukrainian defence ministry said 4 civilians were killed in the village of Zelene Pole "
                "on Monday.\n")
        assert base.ingest_text(text, {"lang": "en", "published": "2024-05-06"}).claims == 2
    finally:
        base.close()
    client = create_app({"KB_STORE": str(tmp_path / "store"), "RATE_LIMIT": None}).test_client()
    data = client.get("/map.json").get_json()
    assert [r["placeLabel"] for r in data["rows"]] == ["Kharkiv"]
    assert data["unplaced"] == [{"placeName": "village of Zelene Pole", "claims": 1, "first": "2024-05-06",
                                 "last": "2024-05-06"}]
    page = client.get("/map").get_data(as_text=True)
    assert "Places not on the map" in page and "village of Zelene Pole" in page
    assert client.get("/map.json?type=call").get_json()["unplaced"] == []
    assert client.get("/map.json?to=2024-05-01").get_json()["unplaced"] == []
    assert client.get("/map.json?actor=ukraine-mod").get_json()["unplaced"][0]["claims"] == 1


STORY = ("Ukraine's defence ministry said 40 Russian soldiers were killed on Monday in fighting near the town of "
         "Donetsk, and that two tanks and four armoured vehicles had been destroyed during the night.\n"
         "Moscow denied the figure and said its forces had repelled every attack along the front line, adding that "
         "the Ukrainian army had lost more than 100 men in the same fighting.\n")


def test_an_actor_page_says_which_claims_repeat_a_copy_and_what_the_actors_list_counts(tmp_path: Path) -> None:
    """/actors counts a copy's claims once; the actor page lists them all: it now marks them and says so."""
    base = KnowledgeBase.open(str(tmp_path / "store"))
    try:
        for outlet in ("kompas", "detik"):
            meta = {"lang": "en", "published": "2024-01-01", "url": f"https://{outlet}.example/story"}
            assert base.ingest_text(STORY, meta).claims >= 2
    finally:
        base.close()
    client = create_app({"KB_STORE": str(tmp_path / "store"), "RATE_LIMIT": None}).test_client()
    listed = {r["actor"].rsplit("/", 1)[-1]: r["asSpeaker"] for r in client.get("/actors.json").get_json()["rows"]}
    assert listed["ukraine-mod"] == 1
    page = client.get("/actors/ukraine-mod").get_data(as_text=True)
    assert "Claims made (2)" in page and page.count('class="tag copy"') == 1
    assert "1 of them in copies of other articles" in page and "the actors list counts 1." in page


def test_the_home_page_says_how_many_of_the_newest_articles_it_leaves_out_undated() -> None:
    """Three articles uploaded without a date were counted on the home page but not listed, with no word why."""
    app = create_app({"KB_STORE": KnowledgeBase.open(":memory:"), "RATE_LIMIT": None, "API_TOKEN": TOKEN})
    client = app.test_client()
    empty = client.get("/").get_data(as_text=True)
    assert "No articles yet" in empty and "undated article" not in empty
    client.post("/api/articles", json={"text": TEXT, "title": "Dated", "published": "2024-03-04"}, headers=AUTH)
    for n in (1, 2):
        client.post("/api/articles", json={"text": TEXT.replace("40", str(40 + n)), "title": f"Undated {n}"},
                    headers=AUTH)
    page = client.get("/").get_data(as_text=True)
    assert "Dated" in page and "Undated 1" not in page
    assert "2 undated articles not listed here" in page and "No articles yet" not in page
