"""Metadata that becomes an IRI or a typed literal is checked where it is read (issue 18, finding A).

A URL with a space, a quote or angle brackets used to pass the check and crash the write (a traceback
that stopped ``kb ingest``'s batch; 500 from ``POST /api/articles``).  Now each is a one-line error
naming the file (or "command line", "metadata") and the field: the batch goes on, exits 2, and the
store never sees the article.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from kb.errors import InputError
from kb.pipeline.article import check_meta
from kb.pipeline.record import Claim
from kb.service import KnowledgeBase
from tests.fixtures import demo
from web import create_app

TOKEN = "correct horse battery staple"
TEXT = ("Kementerian Pertahanan Armenia mengatakan 45 tentara Armenia tewas dalam pertempuran hari Senin. "
        "Juru bicara Kremlin Dmitry Peskov mendesak kedua pihak untuk segera menghentikan tembakan.")
BAD_URLS = ["https://example.org/a b", 'https://example.org/"q"', "https://example.org/<x>",
            "https://example.org/{x}", "https://exa\tmple.org/", "https://[::1/x", "https://example.org/" + "a" * 3000]
BAD_META = [*({"url": u} for u in BAD_URLS),
            {"published": "20201001"}, {"published": "2020-W40-1"}, {"published": "2020-13-01"},
            {"lang": "en_US"}, {"lang": "x y"}, {"lang": "<script>"}]


@pytest.mark.parametrize("meta", BAD_META, ids=lambda m: f"{next(iter(m))}={next(iter(m.values()))[:24]!r}")
def test_check_meta_names_where_and_the_field(meta: dict[str, str]) -> None:
    field = next(iter(meta))
    with pytest.raises(InputError) as caught:
        check_meta(meta, "x.meta.json")
    message = str(caught.value)
    assert message.startswith(f"x.meta.json: {field}") and "\n" not in message


@pytest.mark.parametrize("meta", [{"url": "https://example.org/a%20b?q=1#top"}, {"url": "http://bücher.example/ü"},
                                  {"published": "2020-10-01"}, {"lang": "en-GB"}, {"lang": "id"}])
def test_good_metadata_passes(meta: dict[str, str]) -> None:
    assert check_meta(meta, "x") == meta


def _kb(*args: str) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("kb")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=300)


def test_ingest_batch_goes_on_past_a_bad_sidecar_url(tmp_path: Path) -> None:
    for name in ("a_bad", "b_good"):
        (tmp_path / f"{name}.txt").write_text(TEXT.replace("45", "46" if name == "a_bad" else "47"), encoding="utf-8")
    (tmp_path / "a_bad.meta.json").write_text(json.dumps({"url": "https://example.org/a b"}))
    store = tmp_path / "store"
    done = _kb("ingest", "--store", str(store), str(tmp_path / "a_bad.txt"), str(tmp_path / "b_good.txt"))
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    line = next(ln for ln in done.stderr.splitlines() if "a_bad.meta.json" in ln)
    assert "url" in line and "not a valid IRI" in line
    assert "ingested    b_good" in done.stdout  # the batch went on
    kb = KnowledgeBase.open(str(store), read_only=True)
    try:
        assert len(kb.article_graphs()) == 1  # only the good article
    finally:
        kb.close()


def test_ingest_refuses_a_bad_url_on_the_command_line_before_opening_the_store(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    done = _kb("ingest", "--store", str(tmp_path / "store"), "--url", "https://example.org/<x>",
               str(tmp_path / "a.txt"))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == ["kb: command line: url 'https://example.org/<x>' is not a valid IRI: "
                                                "character '<' at 20 (encode it, e.g. %20 for a space)"]
    assert not (tmp_path / "store").exists()


@pytest.mark.parametrize(("change", "field"), [({"article": "a b"}, "article"), ({"article": "x>"}, "article"),
                                               ({"date": "20201001"}, "date"), ({"date": 20201001}, "date")])
def test_claim_records_check_their_iri_and_date_fields(change: dict[str, object], field: str) -> None:
    record = {"article": "0123456789abcdef", "type": "statement", "speaker": "Armenia", "quote": "q",
              "start": 0, "end": 1, **change}
    with pytest.raises(InputError, match=rf"^rec:3: {field} "):
        Claim.from_dict(record, where="rec:3")


def test_kb_add_with_a_bad_article_key_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_text(json.dumps({"article": "no such key", "type": "statement", "speaker": "Armenia",
                                "quote": "q", "start": 0, "end": 1}) + "\n")
    done = _kb("add", "--store", str(tmp_path / "store"), str(path))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"kb: {path}:1: article 'no such key'")


@pytest.fixture(scope="module")
def client() -> FlaskClient:
    app = create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None, "API_TOKEN": TOKEN})
    return app.test_client()


@pytest.mark.parametrize("meta", BAD_META, ids=lambda m: f"{next(iter(m))}={next(iter(m.values()))[:24]!r}")
def test_api_answers_400_in_the_json_error_shape(client: FlaskClient, meta: dict[str, str]) -> None:
    body = {"text": TEXT, "title": "t", **meta}
    response = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400, response.get_data(as_text=True)
    error = response.get_json()["error"]
    assert error["status"] == 400 and error["title"] == "Bad metadata" and next(iter(meta)) in error["detail"]


def test_api_text_plain_with_a_bad_url_in_the_query_is_400(client: FlaskClient) -> None:
    response = client.post("/api/articles?url=https://example.org/a%20b", data=TEXT.encode(),
                           content_type="text/plain", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400 and "not a valid IRI" in response.get_json()["error"]["detail"]
