"""The real-article evaluation set (tests/realworld): annotations always, texts and `kb eval` when present.

Only annotations are committed; the article texts are kept outside git (tests/realworld/texts or
$KB_REALWORLD_TEXTS). Without them the text checks skip with a reason.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kb.pipeline.record import CLAIM_TYPES, FACTUALITIES

ROOT = Path(__file__).resolve().parent / "realworld"
LANGS = sorted(p.name for p in ROOT.iterdir() if (p / "articles.jsonl").is_file()) if ROOT.is_dir() else []
# the eight wars of the first batches and of the third held-out, which covers each of them
FIRST_WARS = {"karabakh-2020", "karabakh-2023", "ukraine", "gaza", "sudan", "yemen", "myanmar", "lebanon"}
# batch 25 (session 34) brought three more: Syria, Ethiopia (Tigray) and the Israel-Iran war of June 2025
WARS = FIRST_WARS | {"syria", "ethiopia", "israel-iran"}
SCOPES = {"cumulative", "period", "incident", None}
HELDOUT_PER_LANG = 5
HELDOUT2_PER_LANG = 6  # the second blind held-out (annotated before any extractor run on it)
HELDOUT3_PER_LANG = 10  # the third blind held-out (issue 13: enough claims to decide the held-out bar)
HELDOUT4_PER_LANG = 6  # the fourth blind held-out (session 32, texts saved by hand from search excerpts)
HELDOUT5_PER_LANG = 6  # the fifth blind held-out (session 33, saved and annotated like the fourth)
SPLITS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5")
EVAL_SPLITS = ("dev", "heldout", "heldout2")  # never heldout3-5: only the lead runs the extractor on them
BLIND_SPLITS = ("heldout3", "heldout4", "heldout5")  # built and checked here, never read by the extractor in tests
ARTICLE_KEYS = {"id", "url", "outlet", "lang", "published", "war", "split", "sha1", "chars", "retrieval"}
OPTIONAL_ARTICLE_KEYS = {"batch"}  # the annotation batch an article came in (absent for the first ones)
GOLD_KEYS = {
    "article", "type", "speaker", "speaker_aliases", "via", "subject", "object", "quantity_min", "quantity_max",
    "approximate", "quantity_text", "unit", "date", "factuality", "scope", "increment", "place", "start", "end",
    "quote_sha1",
}
OPTIONAL_GOLD_KEYS = {"note"}
# longest string each field may hold, in words: names, roles and short phrases, never article prose
WORD_LIMITS = {"speaker": 10, "speaker_aliases": 12, "via": 6, "subject": 16, "quantity_text": 8, "unit": 5,
               "place": 10, "note": 50}
HEX40 = re.compile(r"^[0-9a-f]{40}$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")

pytestmark = pytest.mark.skipif(not LANGS, reason="tests/realworld holds no articles.jsonl")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def articles(lang: str) -> list[dict[str, Any]]:
    return read_jsonl(ROOT / lang / "articles.jsonl")


def gold(lang: str) -> list[dict[str, Any]]:
    path = ROOT / lang / "gold.jsonl"
    return read_jsonl(path) if path.is_file() else []


def load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("realworld_build", ROOT / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def text_dirs() -> list[Path]:
    dirs = [ROOT / "texts"]
    env = os.environ.get("KB_REALWORLD_TEXTS", "").strip()
    return [*dirs, Path(env)] if env else dirs


def find_text(article_id: str) -> str | None:
    for folder in text_dirs():
        path = folder / f"{article_id}.txt"
        if path.is_file():
            return path.read_bytes().decode("utf-8")
    return None


# ---------------------------------------------------------------- (a) annotations, always


@pytest.mark.parametrize("lang", LANGS)
def test_articles_are_well_formed(lang: str) -> None:
    rows = articles(lang)
    assert rows, f"{lang}/articles.jsonl is empty"
    ids = [r.get("id") for r in rows]
    assert len(ids) == len(set(ids)), "duplicate article ids"
    assert len({r.get("url") for r in rows}) == len(rows), "duplicate URLs"
    for row in rows:
        where = f"{lang}/articles.jsonl {row.get('id')}"
        keys = set(row)
        extra = sorted(keys ^ ARTICLE_KEYS)
        assert ARTICLE_KEYS <= keys <= ARTICLE_KEYS | OPTIONAL_ARTICLE_KEYS, f"{where}: fields {extra}"
        batch = row.get("batch")
        assert batch is None or (type(batch) is int and batch >= 1), f"{where}: batch"
        assert re.fullmatch(rf"{lang}_[a-z0-9_]+", row["id"]), f"{where}: id must be ascii {lang}_<outlet>_<slug>"
        assert row["lang"] == lang
        assert row["url"].startswith(("http://", "https://")), where
        assert isinstance(row["outlet"], str) and row["outlet"].strip(), where
        assert row["published"] is None or ISO.match(row["published"]), where
        assert row["war"] in WARS, where
        assert row["split"] in SPLITS, where
        assert HEX40.match(row["sha1"]), f"{where}: sha1"
        assert isinstance(row["chars"], int) and row["chars"] > 0, where
        retrieval = row["retrieval"]
        assert retrieval.get("corpus") == "pages", where
        assert isinstance(retrieval.get("query"), str) and retrieval["query"].strip(), where
    splits = Counter(r["split"] for r in rows)
    assert splits["heldout"] == HELDOUT_PER_LANG, f"{lang}: {splits['heldout']} heldout articles"
    assert splits["heldout2"] == HELDOUT2_PER_LANG, f"{lang}: {splits['heldout2']} heldout2 articles"
    assert splits["heldout3"] == HELDOUT3_PER_LANG, f"{lang}: {splits['heldout3']} heldout3 articles"
    assert splits["heldout4"] == HELDOUT4_PER_LANG, f"{lang}: {splits['heldout4']} heldout4 articles"
    assert splits["heldout5"] == HELDOUT5_PER_LANG, f"{lang}: {splits['heldout5']} heldout5 articles"
    assert all("batch" not in r for r in rows if r["split"] != "dev"), f"{lang}: a held-out article has a batch"
    assert splits["dev"] >= 1


def test_heldout2_is_a_fresh_set() -> None:
    """The second held-out draws on wars the set already covers, brings outlets the other splits lack, and shares
    no article, URL or text with them (a copy of an earlier article would not be a fresh measurement)."""
    rows = [r for lang in LANGS for r in articles(lang)]
    second = [r for r in rows if r["split"] == "heldout2"]
    earlier = [r for r in rows if r["split"] != "heldout2"]
    assert second, "no heldout2 articles"
    assert {r["war"] for r in second} <= {r["war"] for r in earlier}
    assert len({r["outlet"] for r in second} - {r["outlet"] for r in earlier}) >= 3
    assert not {r["sha1"] for r in second} & {r["sha1"] for r in earlier}
    assert not {r["url"] for r in second} & {r["url"] for r in earlier}


def test_heldout3_is_a_fresh_set() -> None:
    """The third held-out covers all eight wars the set then had, half in each language, from at least ten outlets the
    other splits lack, and shares no article, URL or text with them (nor with the lead's trial lists, which live
    outside the repository and were checked when the articles were chosen)."""
    rows = [r for lang in LANGS for r in articles(lang)]
    third = [r for r in rows if r["split"] == "heldout3"]
    others = [r for r in rows if r["split"] != "heldout3"]
    assert third, "no heldout3 articles"
    assert {r["war"] for r in third} == FIRST_WARS
    assert Counter(r["lang"] for r in third) == {"id": HELDOUT3_PER_LANG, "en": HELDOUT3_PER_LANG}
    assert len({r["outlet"] for r in third} - {r["outlet"] for r in others}) >= 10
    assert not {r["sha1"] for r in third} & {r["sha1"] for r in others}
    assert not {r["url"] for r in third} & {r["url"] for r in others}


def test_heldout4_is_a_fresh_set() -> None:
    """The fourth held-out (session 32) holds six articles per language from wars the set already covers, brings at
    least six outlets no other split has, and shares no article, URL or text with the other splits (dev batch 23,
    saved the same day and tuned on, included): a copy of a studied article would not be a fresh measurement."""
    rows = [r for lang in LANGS for r in articles(lang)]
    fourth = [r for r in rows if r["split"] == "heldout4"]
    others = [r for r in rows if r["split"] != "heldout4"]
    assert Counter(r["lang"] for r in fourth) == {"id": HELDOUT4_PER_LANG, "en": HELDOUT4_PER_LANG}
    assert {r["war"] for r in fourth} <= {r["war"] for r in others}
    assert len({r["outlet"] for r in fourth} - {r["outlet"] for r in others}) >= 6
    assert all("batch" not in r for r in fourth)
    assert not {r["sha1"] for r in fourth} & {r["sha1"] for r in others}
    assert not {r["url"] for r in fourth} & {r["url"] for r in others}


def test_heldout5_is_a_fresh_set() -> None:
    """The fifth held-out (session 33) measures the end state of rules all written from dev text: six articles per
    language, from at least four of the set's wars and eight outlets (four of them new to the set), with no URL or
    text in common with any other split and no batch, so nothing tuned on it can hide among the dev articles."""
    rows = [r for lang in LANGS for r in articles(lang)]
    fifth = [r for r in rows if r["split"] == "heldout5"]
    others = [r for r in rows if r["split"] != "heldout5"]
    assert Counter(r["lang"] for r in fifth) == {"id": HELDOUT5_PER_LANG, "en": HELDOUT5_PER_LANG}
    assert len({r["war"] for r in fifth}) >= 4 and {r["war"] for r in fifth} <= {r["war"] for r in others}
    assert len({r["outlet"] for r in fifth}) >= 8
    assert len({r["outlet"] for r in fifth} - {r["outlet"] for r in others}) >= 4
    assert all("batch" not in r for r in fifth)
    assert not {r["sha1"] for r in fifth} & {r["sha1"] for r in others}
    assert not {r["url"] for r in fifth} & {r["url"] for r in others}


# batch -> articles per language: 20-article blind batches, batch 23 (session 32: ten articles, tuned on),
# batch 24 (session 33: twelve articles, annotated blind, texts saved by hand like batch 23's) and batch 25
# (session 34: twelve more, saved and annotated the same way)
BATCH_SIZES = {**{batch: 10 for batch in range(3, 18)}, 23: 5, 24: 6, 25: 6}


@pytest.mark.parametrize("batch", sorted(BATCH_SIZES))
def test_dev_batch_is_new_and_varied(batch: int) -> None:
    """Each dev batch (3 to 17: 20 articles each, annotated before the extractor ran on them; 23: ten; 24 and 25:
    twelve each, annotated blind) widens the dev set: an even split of languages, three in ten of its articles or
    more from outlets the articles before it lack, and no URL or text shared with any other article."""
    rows = [r for lang in LANGS for r in articles(lang)]
    added = [r for r in rows if r.get("batch") == batch]
    before = [r for r in rows if r.get("batch") is None or r["batch"] < batch]
    others = [r for r in rows if r.get("batch") != batch]
    per_lang = BATCH_SIZES[batch]
    assert Counter(r["lang"] for r in added) == {"id": per_lang, "en": per_lang}
    assert {r["split"] for r in added} == {"dev"}
    assert len({r["outlet"] for r in added} - {r["outlet"] for r in before}) >= per_lang * 6 // 10
    assert not {r["sha1"] for r in added} & {r["sha1"] for r in others}
    assert not {r["url"] for r in added} & {r["url"] for r in others}


@pytest.mark.parametrize("batch", sorted(BATCH_SIZES))
def test_build_script_selects_a_batch(batch: int, tmp_path: Path) -> None:
    """`--batch N` builds only that batch's articles (here: reports each one missing, and no other)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "build.py"), "--texts", str(tmp_path / "none"), "--out", str(tmp_path / "out"),
         "--split", "dev", "--batch", str(batch)],
        capture_output=True, text=True, check=False, env={**os.environ, "KB_REALWORLD_TEXTS": ""},
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    missing = sorted(line.split(":")[1].strip() for line in result.stderr.splitlines() if "text not found" in line)
    wanted = sorted(r["id"] for lang in LANGS for r in articles(lang)
                    if r["split"] == "dev" and r.get("batch") == batch)
    assert wanted and missing == wanted


@pytest.mark.parametrize("lang", LANGS)
def test_gold_is_well_formed(lang: str) -> None:
    known = {r["id"]: r for r in articles(lang)}
    records = gold(lang)
    assert records, f"{lang}/gold.jsonl is empty"
    for number, rec in enumerate(records, 1):
        where = f"{lang}/gold.jsonl:{number}"
        keys = set(rec)
        assert GOLD_KEYS <= keys <= GOLD_KEYS | OPTIONAL_GOLD_KEYS, f"{where}: fields {sorted(keys ^ GOLD_KEYS)}"
        assert "quote" not in rec, f"{where}: quotes are never committed"
        assert rec["article"] in known, f"{where}: unknown article {rec['article']!r}"
        assert rec["type"] in CLAIM_TYPES, where
        assert rec["factuality"] in FACTUALITIES, where
        assert isinstance(rec["speaker"], str) and rec["speaker"].strip(), where
        aliases = rec["speaker_aliases"]
        assert isinstance(aliases, list) and all(isinstance(a, str) for a in aliases), where
        assert isinstance(rec["via"], list) and all(isinstance(v, str) for v in rec["via"]), where
        for key in ("subject", "object", "quantity_text", "unit", "place", "date"):
            assert rec[key] is None or isinstance(rec[key], str), f"{where}: {key}"
        assert rec["date"] is None or ISO.match(rec["date"]), f"{where}: date"
        assert isinstance(rec["approximate"], bool) and isinstance(rec["increment"], bool), where
        assert rec["scope"] in SCOPES, f"{where}: scope"
        low, high = rec["quantity_min"], rec["quantity_max"]
        for bound in (low, high):
            assert bound is None or (isinstance(bound, int) and not isinstance(bound, bool) and bound >= 0), where
        if low is not None and high is not None:
            assert low <= high, f"{where}: min above max"
        start, end = rec["start"], rec["end"]
        assert isinstance(start, int) and isinstance(end, int) and 0 <= start < end, f"{where}: offsets"
        assert end <= known[rec["article"]]["chars"], f"{where}: span beyond the text"
        assert HEX40.match(rec["quote_sha1"]), f"{where}: quote_sha1"


@pytest.mark.parametrize("lang", LANGS)
def test_gold_holds_no_article_prose(lang: str) -> None:
    """Every field but `object` is a name, a role, a figure's words or a short note, not a sentence."""
    for number, rec in enumerate(gold(lang), 1):
        for key, limit in WORD_LIMITS.items():
            values = rec.get(key)
            for value in values if isinstance(values, list) else [values]:
                if isinstance(value, str):
                    words = len(value.split())
                    assert words <= limit, f"{lang}/gold.jsonl:{number}: {key} is {words} words"
        assert rec.get("object") is None or len(rec["object"].split()) <= 30, f"{lang}/gold.jsonl:{number}: object"


@pytest.mark.parametrize("lang", LANGS)
def test_every_article_has_gold(lang: str) -> None:
    claimed = {rec["article"] for rec in gold(lang)}
    unannotated = [r["id"] for r in articles(lang) if r["id"] not in claimed]
    assert not unannotated, f"articles without claims: {unannotated}"


@pytest.mark.parametrize("split", ["heldout", "heldout2", "heldout3", "heldout4", "heldout5"])
def test_build_script_reports_missing_texts(split: str, tmp_path: Path) -> None:
    """Without texts build.py says so one line per article and exits 1, with no traceback."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "build.py"), "--texts", str(tmp_path / "none"), "--out", str(tmp_path / "out"),
         "--split", split],
        capture_output=True, text=True, check=False, env={**os.environ, "KB_REALWORLD_TEXTS": ""},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    wanted = sum(1 for lang in LANGS for r in articles(lang) if r["split"] == split)
    assert wanted > 0
    assert len([line for line in result.stderr.splitlines() if "text not found" in line]) == wanted
    assert (tmp_path / "out" / "gold.jsonl").read_text(encoding="utf-8") == ""


# ---------------------------------------------------------------- (b) texts, when present


def present(lang: str) -> dict[str, str]:
    found = {r["id"]: find_text(r["id"]) for r in articles(lang)}
    texts = {k: v for k, v in found.items() if v is not None}
    if not texts:
        pytest.skip(f"the {lang} article texts are not here (tests/realworld/texts or $KB_REALWORLD_TEXTS)")
    return texts


@pytest.mark.parametrize("lang", LANGS)
def test_texts_match_their_hashes(lang: str) -> None:
    texts = present(lang)
    expected = {r["id"]: r for r in articles(lang)}
    for aid, text in texts.items():
        assert hashlib.sha1(text.encode("utf-8")).hexdigest() == expected[aid]["sha1"], f"{aid}: text differs"
        assert len(text) == expected[aid]["chars"], aid


@pytest.mark.parametrize("lang", LANGS)
def test_spans_match_their_quote_hashes(lang: str) -> None:
    texts = present(lang)
    for number, rec in enumerate(gold(lang), 1):
        text = texts.get(rec["article"])
        if text is None:
            continue
        quote = text[rec["start"]:rec["end"]]
        assert hashlib.sha1(quote.encode("utf-8")).hexdigest() == rec["quote_sha1"], f"{lang}/gold.jsonl:{number}"
        if rec["quantity_text"]:
            assert rec["quantity_text"] in quote, f"{lang}/gold.jsonl:{number}: quantity_text not in the quote"
        flat = " ".join(text.split())
        for key in ("speaker", "subject", "place", "note", "unit", "object"):
            value = rec.get(key)
            words = value.split() if isinstance(value, str) else []
            runs = {" ".join(words[i:i + 8]) for i in range(len(words) - 7)}  # any eight words in a row
            copied = sorted(run for run in runs if run in flat)
            assert not copied, f"{lang}/gold.jsonl:{number}: {key} copies the article's words: {len(copied)} runs"


def test_the_second_annotation_scores_by_kb_evals_matching() -> None:
    """tests/realworld/iaa: a second annotator's gold for eight batch-13 articles (session 20), offsets and hashes
    only; ``agreement.py`` scores it against the committed gold with kb eval's matching, and the extractor beside."""
    second = ROOT / "iaa" / "batch13_second.jsonl"
    records = read_jsonl(second)
    texts = {a: find_text(a) for a in {r["article"] for r in records}}
    if any(t is None for t in texts.values()):
        pytest.skip("the batch-13 texts are not here (tests/realworld/texts or $KB_REALWORLD_TEXTS)")
    for number, rec in enumerate(records, 1):
        quote = texts[rec["article"]][rec["start"]:rec["end"]]  # type: ignore[index]
        assert hashlib.sha1(quote.encode("utf-8")).hexdigest() == rec["quote_sha1"], f"{second.name}:{number}"
    result = subprocess.run([sys.executable, str(ROOT / "agreement.py"), str(second)], capture_output=True,
                            text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert lines[0].startswith("second annotator vs gold: ") and lines[1].startswith("extractor vs gold")
    assert f"/ {len(records)} claimed /" in lines[0], lines[0]


@pytest.mark.parametrize("split", BLIND_SPLITS)
def test_blind_heldout_builds_without_the_extractor(split: str, tmp_path: Path) -> None:
    """The blind held-outs' (3 to 5) texts, spans and restored gold check out; the extractor never runs on them in
    the test suite."""
    wanted = [r for lang in LANGS for r in articles(lang) if r["split"] == split]
    assert wanted, f"no {split} articles"
    missing = [r["id"] for r in wanted if find_text(r["id"]) is None]
    if missing:
        pytest.skip(f"{len(missing)} {split} texts are not here (tests/realworld/texts or $KB_REALWORLD_TEXTS)")
    count, problems = load_build().build(split, None, tmp_path, "all")
    assert not problems, problems
    assert count == len(wanted)
    restored = read_jsonl(tmp_path / "gold.jsonl")
    ids = {r["id"] for r in wanted}
    assert len(restored) == sum(1 for lang in LANGS for g in gold(lang) if g["article"] in ids)
    assert all(rec["quote"].strip() for rec in restored)


@pytest.mark.parametrize("split", EVAL_SPLITS)
def test_build_output_is_accepted_by_kb_eval(split: str, tmp_path: Path) -> None:
    wanted = [r for lang in LANGS for r in articles(lang) if r["split"] == split]
    missing = [r["id"] for r in wanted if find_text(r["id"]) is None]
    if missing:
        pytest.skip(f"{len(missing)} {split} article texts are not here (tests/realworld/texts or $KB_REALWORLD_TEXTS)")
    build = load_build()
    count, problems = build.build(split, None, tmp_path, "all")
    assert not problems, problems
    assert count == len(wanted)
    assert sorted(p.stem for p in tmp_path.glob("*.txt")) == sorted(r["id"] for r in wanted)
    meta = json.loads((tmp_path / f"{wanted[0]['id']}.meta.json").read_text(encoding="utf-8"))
    assert set(meta) <= {"url", "outlet", "lang", "published"} and meta["url"] == wanted[0]["url"]
    restored = read_jsonl(tmp_path / "gold.jsonl")
    assert len(restored) == sum(1 for lang in LANGS for g in gold(lang) if g["article"] in {r["id"] for r in wanted})

    from click.testing import CliRunner

    from kb.cli import main

    result = CliRunner().invoke(main, ["eval", str(tmp_path / "gold.jsonl"), str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["unknown_articles"] == []
    assert report["overall"]["gold"] == len(restored)
    assert report["overall"]["predicted"] > 0


def test_real_dev_quality_floor(tmp_path: Path) -> None:
    """The real dev split must not get worse (floors just below the last measurement, on the whole dev split
    with batches 3 to 12, 242 articles and 1878 gold claims).  Batch 5 (20 articles, 180 gold), annotated blind,
    read P 68.0, R 65.0, speaker 65.0%, via 65.0% at ff801ab, and P 70.1, R 65.0, speaker 65.0%, via 65.0% after
    the session's rounds (round 8 of attribution and of claim types, the lead's newcomer fixes) at the merge:
    they did not move its speakers.  Whole dev then: P 76.3, R 71.9, speaker 81.6%, via 90.1%; 165 wrong party,
    90 wrong scope and 46 outlets for a source of 576 matched pairs.  The 82 articles before batch 5 read P 78.1,
    R 73.9, speaker 85.8%, via 96.5% (125 wrong party, 53 wrong scope, 27 outlets for a source of 459 matched).
    Round 9 of attribution (whole-article credits, speaker names, the minted-name containment of ``eval_names``),
    which read batch 5's errors: whole dev speaker 84.7%, via 95.7% (P, R unchanged; 163 wrong party, 44 outlets
    for a source); batch 5 speaker 75.2%, via 92.3%; the 82 before it speaker 87.1%, via 96.5%.
    Batch 6 (20 articles, 154 gold), annotated blind, read P 65.5, R 61.7, speaker 73.7%, via 90.5% at bd4e57d;
    with it the whole dev reads P 74.4, R 70.3, speaker 83.2%, via 94.9% (203 wrong party, 109 wrong scope, 57
    outlets for a source of 671 matched pairs), the 102 articles before it P 76.1, R 71.9, speaker 84.7%, via 95.7%
    on the same extractor: the floors below were lowered to just under the whole-dev figures with batch 6.
    Batch 7 (20 articles, 147 gold), annotated blind, read P 65.2, R 68.7, speaker 80.2%, via 87.1% at 03ac89b; with
    it the whole dev (142 articles, 1102 gold) reads P 74.8, R 73.3, speaker 85.0%, via 94.1% (253 wrong party, 139
    wrong scope, 63 outlets for a source of 808 matched pairs), the 122 articles before it P 76.4, R 74.0, speaker
    85.7%, via 95.0% on the same extractor: the precision, speaker and via floors were lowered to just under the
    whole-dev figures with batch 7, and the three error-share ceilings raised to just over them.
    Batch 8 (20 articles, 143 gold), annotated blind, read P 66.7, R 67.1, speaker 83.3%, via 82.3% at e227b86; with
    it the whole dev (162 articles, 1245 gold) reads P 74.3, R 73.8, speaker 85.2%, via 92.9% (191 wrong party, 76
    wrong scope, 70 outlets for a source of 919 matched pairs), the 142 articles before it P 75.3, R 74.7, speaker
    85.4%, via 94.2% on the same extractor: the precision, recall and via floors were lowered to just under the
    whole-dev figures with batch 8, and the wrong-scope ceiling raised to just over them.
    Batch 9 (20 articles, 146 gold), annotated blind, read P 77.4, R 65.8, speaker 76.0%, via 97.9% at 94ad101; with
    it the whole dev (182 articles, 1391 gold) reads P 78.2, R 76.6, speaker 86.7%, via 94.6% (214 wrong party, 90
    wrong scope, 69 outlets for a source of 1065 matched pairs), the 162 articles before it P 78.3, R 77.8, speaker
    87.7%, via 94.2% on the same extractor: the recall and speaker floors were lowered to just under the whole-dev
    figures with batch 9, and the wrong-party and wrong-scope ceilings raised to just over them.
    Batch 10 (20 articles, 155 gold), annotated blind, read P 78.0, R 63.9, speaker 76.8%, via 79.8% at 9457a7c; with
    it the whole dev (202 articles, 1546 gold) reads P 80.5, R 78.8, speaker 88.2%, via 94.4% (245 wrong party, 105
    wrong scope, 72 outlets for a source of 1218 matched pairs), the 182 articles before it P 80.7, R 80.5, speaker
    89.2%, via 95.7% on the same extractor: the recall, speaker and via floors were lowered to just under the
    whole-dev figures with batch 10, and the wrong-party and wrong-scope ceilings raised to just over them.
    Batch 11 (20 articles, 177 gold), annotated blind, read P 81.2, R 70.6, speaker 82.4%, via 80.0% at d54f120; with
    it the whole dev (222 articles, 1723 gold) reads P 82.8, R 79.2, speaker 89.8%, via 93.6% (279 wrong party, 129
    wrong scope, 69 outlets for a source of 1365 matched pairs), the 202 articles before it P 82.9, R 80.2, speaker
    90.6%, via 94.9% on the same extractor: the recall, speaker and via floors were lowered to just under the
    whole-dev figures with batch 11, and the three error-share ceilings raised to just over them.
    Batch 12 (20 articles, 155 gold), annotated blind, read P 71.7, R 70.3, speaker 77.1%, via 92.7% at a98d72b; with
    it the whole dev (242 articles, 1878 gold) reads P 81.8, R 78.5, speaker 88.9%, via 93.5% (312 wrong party, 141
    wrong scope, 77 outlets for a source of 1474 matched pairs), the 222 articles before it P 82.8, R 79.2, speaker
    89.8%, via 93.6% on the same extractor: the precision, recall and speaker floors were lowered to just under the
    whole-dev figures with batch 12, and the three error-share ceilings raised to just over them.
    Batch 13 (20 articles, 146 gold), annotated blind, read P 66.9, R 65.1, speaker 83.2%, via 92.6% at 4f4d17c; with
    it the whole dev (262 articles, 2018 gold) reads P 80.8, R 78.0, speaker 88.8%, via 95.3% (321 wrong party, 154
    wrong scope, 75 outlets for a source of 1574 matched pairs), the 242 articles before it P 81.9, R 79.0, speaker
    89.2%, via 95.5% on the same extractor: the four floors were lowered to just under the whole-dev figures with
    batch 13, and the wrong-scope ceiling raised to just over them.
    Batch 14 (20 articles, 164 gold), annotated blind, read P 71.9, R 73.2, speaker 78.3%, via 90.0% at 3c877a1; with
    it the whole dev (282 articles, 2182 gold) reads P 81.8, R 78.1, speaker 88.6%, via 94.8% (350 wrong party, 173
    wrong scope, 79 outlets for a source of 1704 matched pairs), the 262 articles before it P 82.6, R 78.5, speaker
    89.3%, via 95.1% on the same extractor: the four floors were lowered to just under the whole-dev figures with
    batch 14, and the wrong-scope ceiling raised to just over them.
    Batch 15 (20 articles, 155 gold), annotated blind, read P 68.2, R 67.7, speaker 79.0%, via 70.5% at e63c1bd; with
    it the whole dev (302 articles, 2337 gold) reads P 81.7, R 78.6, speaker 89.0%, via 94.8% (386 wrong party, 181
    wrong scope, 80 outlets for a source of 1836 matched pairs), the 282 articles before it P 82.7, R 79.3, speaker
    89.6%, via 96.2% on the same extractor: the four floors were lowered to just under the whole-dev figures with
    batch 15; the three error-share ceilings hold.
    Batch 16 (20 articles, 162 gold), annotated blind, read P 74.6, R 63.6, speaker 73.8%, via 84.5% at 1f4444a; with
    it the whole dev (322 articles, 2499 gold) reads P 82.1, R 78.8, speaker 89.2%, via 94.5% (412 wrong party, 204
    wrong scope, 83 outlets for a source of 1968 matched pairs), the 302 articles before it P 82.6, R 79.8, speaker
    90.0%, via 95.0% on the same extractor: batch 16 came in blind, so the four floors were lowered to the whole-dev
    figures with it (floored to three decimals) and the wrong-scope ceiling raised to just over it; the wrong-party
    and outlet-for-source ceilings hold.
    Batch 17 (20 articles, 158 gold), annotated blind, read P 78.5, R 67.1, speaker 82.1%, via 76.4% at 9414a3e; with
    it the whole dev (342 articles, 2715 gold) reads P 82.4, R 78.8, speaker 88.7%, via 93.6% (456 wrong party, 228
    wrong scope, 101 outlets for a source of 2138 matched pairs), the 322 articles before it P 82.6, R 79.5, speaker
    89.0%, via 94.5% on the same extractor: batch 17 came in blind, so the four floors were lowered to the whole-dev
    figures with it (floored to three decimals) and the wrong-party ceiling raised to just over it; the wrong-scope
    and outlet-for-source ceilings hold.
    Batch 24 (session 33: 12 articles, 83 gold), annotated blind, read 64 matched of 84 predicted (P 76.2, R 77.1,
    speaker 76.6%, via 81.2%; 7 wrong parties, 2 wrong scopes, no outlet for a source) at 3dafddb. The whole dev could
    not be built then (130 of its 464 texts were present), so it was measured on those 130: 707 of 848 predicted and
    878 gold without batch 24 (P 83.4, R 80.5, speaker 93.1%, via 96.6%), 771 of 932 and 961 with it (P 82.7, R 80.2,
    speaker 91.7%, via 95.3%; 78 wrong parties, 73 wrong scopes, 17 outlets for a source of 771 matched). Every floor
    and ceiling below holds with it, so batch 24 moved none of them.
    Batch 25 (session 34: 12 articles, 87 gold, three wars new to the set: Syria, Ethiopia, Israel-Iran), annotated
    blind, read 57 matched of 72 predicted (P 79.2, R 65.5, speaker 78.9%, via 93.0%; 16 wrong parties, 9 wrong
    scopes, 4 outlets for a source) at main 100f711. The whole dev could not be built (142 of its 476 texts present),
    so it was measured on those 142 at the same commit: 780 of 934 predicted and 961 gold without batch 25 (P 83.5,
    R 81.2, speaker 93.2%, via 96.8%), 837 of 1006 and 1048 with it (P 83.2, R 79.9, speaker 92.2%, via 96.5%; 83
    wrong parties, 77 wrong scopes, 20 outlets for a source of 837 matched). Every floor and ceiling below holds with
    it, so batch 25 moves none of them.
    The held-out split has no floor here: it is only measured by hand, rarely."""
    wanted = [r for lang in LANGS for r in articles(lang) if r["split"] == "dev"]
    missing = [r["id"] for r in wanted if find_text(r["id"]) is None]
    if missing:
        pytest.skip(f"{len(missing)} dev article texts are not here (tests/realworld/texts or $KB_REALWORLD_TEXTS)")
    count, problems = load_build().build("dev", None, tmp_path, "all")
    assert not problems and count == len(wanted), problems

    from kb.actors import Gazetteer
    from kb.eval import evaluate
    from kb.pipeline.batch import expand_inputs, load_input

    records = read_jsonl(tmp_path / "gold.jsonl")
    loaded = {item.name: load_input(item, {}, None)[0] for item in expand_inputs([str(tmp_path)])}
    report = evaluate(records, loaded, Gazetteer.load())
    # 182 articles (with batch 9), main after session 16's rounds (stm16, cas16, att16, acc16, par16, the lead's
    # trials): P 0.807, R 0.804, speaker 0.892, via 0.957 (0.782 / 0.766 / 0.867 / 0.946 at batch 9's first reading)
    # 202 articles (with batch 10, first reading at 9457a7c): P 0.805, R 0.788, speaker 0.882, via 0.944; after
    # session 17's rounds (att17, rec17, stm17, conf17, the lead's trials): P 0.829, R 0.802, speaker 0.906, via 0.949
    # via18 (article-level credits and relays): via 0.949 -> 0.967 on the 202 before batch 11
    # gen18 (generic belligerent words): P 0.829 -> 0.831, R 0.802 -> 0.806 on the 202 before batch 11
    # 242 articles (with batches 11 and 12) at the end of session 18: P 0.820, R 0.788, speaker 0.891, via 0.951
    # cons18 (gold made consistent on three shapes, same code, 1878 -> 1872 gold): P 0.819, R 0.790, speaker 0.892,
    # via 0.955
    # rec19 (recall in sentences with no claim): P 0.8194 -> 0.8200, R 0.7901 -> 0.7959
    # 0.889 (12), 0.892 (cons18); 0.8899 after rec19: its 11 newly matched claims sit in harder sentences, 4 of them
    # with a pronoun or relayed speaker resolved wrong ("he said" after two officials); no pair matched before changed
    # speaker
    # prec19 (statements a side tells of itself again, or on a cut line: 28 fewer, 6 of them gold): P 0.819 -> 0.830,
    # R 0.790 -> 0.787, F1 0.805 -> 0.808; the recall floor lowered by those 6 statements, traded for 22 false ones
    # 262 articles (with batch 13, first reading at 4f4d17c): P 0.808, R 0.780, speaker 0.888, via 0.953 (0.9530)
    # end of session 19 (262 articles, after prec19, spk19, rec19 and the lead's trials and generic-statement cut):
    # P 0.8257, R 0.7839, speaker 0.8938, via 0.9513 (rec19's new matches carry relays the gold credits otherwise)
    # 282 articles (with batch 14, first reading at 3c877a1): P 0.8177, R 0.7809, speaker 0.8856, via 0.9478
    # session 20 (282 articles): typ20 (type decisions as grammar, page furniture) P 0.8177 -> 0.8269; rec20
    # (casualty recall: asides, bare counts, victim nouns) R 0.7837 -> 0.7910; spk20 (speaker grammar, offices,
    # datelines and closing tags as relays) speaker 0.8848 -> 0.8957, via 0.9461 -> 0.9629; the lead's trials
    # (unseen articles and batch 13 opened) +11 matched. Each merge's new matches bring their own speaker, via and
    # scope errors; no pair matched before changed speaker or via for the worse. Measured after the merges: P 0.8262,
    # R 0.7910, speaker 0.8963, via 0.9629
    # 302 articles (with batch 15, first reading at e63c1bd): P 0.8171, R 0.7856, speaker 0.8900, via 0.9477 (the 282
    # before it on the same code: P 0.8270, R 0.7933, speaker 0.8960, via 0.9624)
    # session 21 end (302 articles, after spk21, stm21, acc21 and the lead's trial fixes): P 0.8256, R 0.7980,
    # speaker 0.9003, via 0.9501
    # 322 articles (with batch 16, blind, first reading at 1f4444a): P 0.8210, R 0.7875, speaker 0.8918, via 0.9446 (the
    # 302 before it on the same code: P 0.8256, R 0.7980, speaker 0.9003, via 0.9501); batch 16 came in blind, so the
    # floors below are the whole-dev figures with it, floored to three decimals
    # session 22, breakdowns ("including five children") claims of their own, and the dev's older gold made to
    # count every one (58 lines added, from the text and the convention; tests/realworld/README): 2032 of 2460
    # predicted and 2557 gold, P 0.8260, R 0.7947, speaker 0.8903 (the new matches bring their sentences' speaker
    # errors), via 0.9454
    # 342 articles (with batch 17, blind, first reading at 9414a3e): 2138 of 2595 predicted and 2715 gold, P 0.8239,
    # R 0.7875, speaker 0.8868, via 0.9364 (the 322 before it on the same code: P 0.8260, R 0.7947, speaker 0.8903,
    # via 0.9454); batch 17 came in blind, so the floors below are the whole-dev figures with it, floored to three
    # decimals
    # session 23 (the lead's rounds, acc23, acc23-vows): 2162 of 2612 predicted, P 0.8277, R 0.7963, speaker 0.8922,
    # via 0.9496 (page-head datelines and bylines, an outlet's own initials)
    # 362 articles (with batch 18, blind, first reading at 7baeba3 on main's extractor 7d482aa): 2273 of 2772
    # predicted and 2880 gold, P 0.8200, R 0.7892, speaker 0.8896, via 0.9472 (the 342 before it on the same code:
    # 2162 of 2612, P 0.8277, R 0.7963, speaker 0.8922, via 0.9496); batch 18 came in blind, so the floors below are
    # the whole-dev figures with it, floored to three decimals
    # session 24 (the lead's rounds from batch 17's errors, the statement gate ``war_action``, acc24, conf24): 2284 of
    # 2776 predicted, P 0.8228, R 0.7931, speaker 0.8927, via 0.9518
    # 382 articles (with batch 19, blind, first reading at 7edee8a on main's extractor 39d7fa4): 2367 of 2894
    # predicted and 3003 gold, P 0.8179, R 0.7882, speaker 0.8872, via 0.9510 (the 362 before it on the same code:
    # 2284 of 2776, P 0.8228, R 0.7931, speaker 0.8927, via 0.9518); batch 19 came in blind, so the floors below are
    # the whole-dev figures with it, floored to three decimals
    # session 25 (the lead's rounds from batch 18's errors and a new user's articles): 2381 of 2901 predicted,
    # P 0.8208, R 0.7929, speaker 0.8929, via 0.9513
    # 402 articles (with batch 20, blind, first reading at 57abd88 on main's extractor 11b076d): 2459 of 3015
    # predicted and 3119 gold, P 0.8156, R 0.7884, speaker 0.8935, via 0.9479 (the 382 before it on the same code:
    # 2381 of 2901, P 0.8208, R 0.7929, speaker 0.8929, via 0.9513); batch 20 came in blind, so the precision,
    # recall and via floors below are the whole-dev figures with it, floored to three decimals (speaker holds)
    assert report.overall.precision >= 0.815  # 0.8256 (21); 0.8210 with batch 16; 0.8260 (22); 0.8239 with batch 17;
    # 0.8277 (23); 0.8200 with batch 18; 0.8228 (24); 0.8179 with batch 19; 0.8208 (25); 0.8156 with batch 20; 0.8177
    # with batch 21
    # session 26's statement gate (``statement_gate``, fitted on the first readings, where the statements it leaves out
    # matched 10 of 111): on this read dev 2461 of 3016 -> 2445 of 2971, P 0.8160 -> 0.8229, R 0.7890 -> 0.7839; the
    # recall floor follows it (batch 20, blind: 78 of 114 -> 78 of 112)
    # 422 articles (with batch 21, blind, first reading at c5d58e5 on main's extractor 6d29532): 2548 of 3116
    # predicted and 3264 gold, P 0.8177, R 0.7806, speaker 0.8980, via 0.9466 (the 402 before it on the same code:
    # 2448 of 2974 predicted and 3119 gold, P 0.8231, R 0.7849, speaker 0.8983, via 0.9493); batch 21 came in blind,
    # so the recall and via floors below are the whole-dev figures with it, floored to three decimals (precision and
    # speaker hold)
    # 442 articles (with batch 22, blind, first reading at 524f59b on main's extractor c9e5ab2): 2655 of 3251
    # predicted and 3407 gold, P 0.8167, R 0.7793, speaker 0.8976, via 0.9469 (the 422 before it on the same code:
    # 2555 of 3116 predicted and 3264 gold, P 0.8200, R 0.7828, speaker 0.9010, via 0.9468); batch 22 came in blind,
    # so the recall floor below is the whole-dev figure with it, floored to three decimals (precision, speaker and
    # via hold)
    assert report.overall.recall >= 0.779  # 0.7980 (21); 0.7875 with batch 16; 0.7947 (22); 0.7875 with batch 17;
    # 0.7963 (23); 0.7892 with batch 18; 0.7931 (24); 0.7882 with batch 19; 0.7929 (25); 0.7884 with batch 20; 0.7839
    # (26, the statement gate); 0.7806 with batch 21; 0.7793 with batch 22 (blind)
    assert report.speaker_accuracy is not None and report.speaker_accuracy >= 0.892  # 0.9003 (21), 0.8903 (22),
    # 0.8868 with batch 17, 0.8922 (23), 0.8896 with batch 18, 0.8927 (24), 0.8872 with batch 19, 0.8929 (25),
    # 0.8935 with batch 20, 0.8980 with batch 21
    assert report.via_accuracy is not None and report.via_accuracy >= 0.946  # 0.9501 (21), 0.9454 (22), 0.9364 with
    # batch 17, 0.9496 (23), 0.9472 with batch 18, 0.9518 (24), 0.9510 with batch 19, 0.9513 (25), 0.9479 with batch 20,
    # 0.9466 with batch 21 (blind)
    # spk21 (sentence between one source's two, no-speech verbs, place tails, "they", ministries and portfolio
    # officials, pronouns inside a report, trailing media credits, "the organization", ", indicating that"): speaker
    # 0.8960 -> 0.9064, via 0.9624 -> 0.9648, P/R unchanged (1731 matched, 2094 predicted)
    # session 21, stm21 (statements, calls, talks, ceasefires on unseen wording): P 0.8270 -> 0.8306, R 0.7933 ->
    # 0.7997, speaker 0.8960 -> 0.8957 (the new matches' own speakers), via 0.9624 -> 0.9628
    # acc21 (session 21, accusations: aggression as a name, responsibility placed, counting bodies, a claim beside its
    # denial, strikes on military sites, a quoted "they", a launched attack beside its harm, a side's news agency):
    # P 0.8270 -> 0.8326, R 0.7933 -> 0.8002, speaker 0.8960 -> 0.8963, via 0.9624 -> 0.9622
    # acc21 (session 21): via 0.9624 -> 0.9622, one newly matched accusation (a claim denied after it is told, in a
    # span the splitter joined with the next sentence) carries the closing "mengutip Reuters" the gold leaves off it;
    # no pair matched before changed via, so the floor is lowered to just under, not the extractor made worse
    # the largest error classes, as shares of the matched pairs: counted, they rise with every claim recall gains
    # (last measured, with batch 6: 203 wrong party, 109 wrong scope, 57 outlets for a source of 671 matched, i.e.
    # 0.303, 0.162 and 0.085; on the 102 articles before batch 6: 164, 90 and 44 of 576; after round 10 of
    # attribution, on 7e586c4: 201, 110 and 48 of 681, i.e. 0.295, 0.162 and 0.070; with batch 7, on 03ac89b: 253,
    # 139 and 63 of 808, i.e. 0.313, 0.172 and 0.078)
    matched = report.overall.matched
    # wrong party: 217 of 707 (0.307) before par13's rounds on parties, 148 of 709 (0.209) after (122 articles);
    # with batch 7 and scope13 too (142 articles, main after both merges): 175 wrong parties, 62 wrong scopes and
    # 63 outlets for a source of 811 matched, i.e. 0.216, 0.076 and 0.078
    # par15 (denials name the denier too, armed groups as the accused, a backer, holder or weapon no attacker):
    # 191 -> 181 wrong parties of 919 matched on the 162 articles, i.e. 0.197; stm16: 189 of 969 -> 196 of 982
    # with batch 9 (182 articles, 94ad101): 214 wrong parties, 90 wrong scopes, 69 outlets for a source of 1065 matched,
    # i.e. 0.201, 0.085 and 0.065
    # after session 16 (par16 among its rounds): 221 wrong parties, 91 wrong scopes, 59 outlets for a source of 1119
    # matched, i.e. 0.198, 0.081 and 0.053
    # with batch 10 (202 articles, 9457a7c): 245 wrong parties, 105 wrong scopes, 72 outlets for a source of 1218
    # matched, i.e. 0.201, 0.086 and 0.059; after session 17: 244, 106 and 54 of 1240, i.e. 0.197, 0.085, 0.044
    # with batch 11 (222 articles, d54f120): 279 wrong parties, 129 wrong scopes, 69 outlets for a source of 1365
    # matched, i.e. 0.204, 0.095 and 0.051; with batch 12 (242 articles, a98d72b): 312, 141 and 77 of 1474, i.e.
    # 0.212, 0.096 and 0.052; at the end of session 18: 308, 141 and 72 of 1480, i.e. 0.208, 0.095 and 0.049;
    # after cons18's gold: 307, 141 and 71 of 1479; with batch 13 (262 articles, 4f4d17c): 321, 154 and 75 of 1574,
    # i.e. 0.204, 0.098 and 0.048
    # session 20: 364 of 1726 (0.2109): the new matches of rec20 and the lead bring the parties of their sentences,
    # and spk20's and typ20's right speakers and types now pair claims whose party was already wrong
    # with batch 17 (342 articles, blind, 9414a3e): 456 of 2138 (0.2133), the 322 before it 427 of 2032 (0.2101); the
    # ceiling raised to just over the whole-dev share with it
    # with batch 18 (362 articles, blind, first reading at 7baeba3): 480 of 2273 (0.2112), the ceiling holds
    # with batch 19 (382 articles, blind, first reading at 7edee8a): 509 of 2367 (0.2150), the 362 before it 481 of
    # 2284 (0.2106); batch 19 came in blind, so the ceiling is raised to just over the whole-dev share with it
    # with batch 20 (402 articles, blind, first reading at 57abd88): 528 of 2459 (0.2147), the ceiling holds
    # session 26: ``kb eval`` reads a party written as the people it counts by its demonym (``eval_parties``): 447 of
    # 2448 (0.1826) where the same claims counted 513 (0.2096); the ceiling follows
    # with batch 21 (422 articles, blind, first reading at c5d58e5): 469 of 2548 (0.1841), the ceiling holds
    # with batch 22 (442 articles, blind, first reading at 524f59b): 479 of 2655 (0.1804), the ceiling holds
    assert report.errors["wrong_party"] <= 0.185 * matched, dict(report.errors)
    # scope13 (the scope of casualty figures, issue 13): 114 -> 44 wrong scopes of 707 matched on the 122 articles
    # before batch 7, i.e. 0.062; with batch 8 (162 articles, e227b86): 191 wrong parties, 76 wrong scopes and 70
    # outlets for a source of 919 matched, i.e. 0.208, 0.083 and 0.076
    # 106 of 1240 (session 17): 0.085; 141 of 1479 (0.0953) before rec19, whose newly recalled claims bring the scope
    # errors of their sentences (144 of 1487, 0.0968; no pair matched before changed its scope)
    # with batch 14 (282 articles, 3c877a1): 350 wrong parties, 173 wrong scopes, 79 outlets for a source of 1704
    # matched, i.e. 0.205, 0.1015 and 0.046
    # 176 of 1726 at the end of session 20 (0.1020)
    # with batch 16 (322 articles, blind, 1f4444a): 204 wrong scopes of 1968 matched (0.1037), the 302 before it 182 of
    # 1865 (0.0976); the ceiling raised to just over the whole-dev share with it
    # 216 of 2032 (0.1063) with the breakdowns (session 22): a breakdown takes its toll's scope, and the gold's
    # new breakdown lines their parents' (the pairs' scope errors come with their sentences)
    # with batch 17 (342 articles, blind, 9414a3e): 228 of 2138 (0.1066), the ceiling holds
    # with batch 18 (362 articles, blind, 7baeba3): 242 of 2273 (0.1065), the ceiling holds
    # with batch 19 (382 articles, blind, 7edee8a): 249 of 2367 (0.1052), the ceiling holds
    # with batch 20 (402 articles, blind, 57abd88): 258 of 2459 (0.1049), the ceiling holds
    # with batch 21 (422 articles, blind, c5d58e5): 268 of 2548 (0.1052), the ceiling holds
    # with batch 22 (442 articles, blind, 524f59b): 282 of 2655 (0.1062), the ceiling holds
    assert report.errors["wrong_scope"] <= 0.107 * matched, dict(report.errors)  # 157 of 1582 (session 19 end: new
    # matches bring their sentences' scope errors, no matched pair changed scope): 0.0992; 154 of 1574 (13): 0.0978;
    # rec20: 160 of 1596 (0.1003), the 12 new matches bring 3 scope errors of their sentences (a day's toll read as
    # one incident's), no pair matched before changed scope
    assert report.errors["outlet_instead_of_source"] <= 0.05 * matched, dict(report.errors)  # 72 of 1480: 0.049


def test_no_project_file_repeats_eight_words_of_a_real_article() -> None:
    """The real articles' sentences never enter the repository: no file of the project (code, fixtures, docstrings,
    comments, docs, README, samples, pages) shares eight words in a row with any of their texts, read as one stream
    of words per file so a run wrapped over two lines counts too; words as letters and digits, case folded, so that
    neither punctuation ("anak-anak", "(13/9)") nor a capital hides a copied run."""
    texts = [_words(t) for lang in LANGS for t in present(lang).values()]
    grams = {tuple(words[i:i + 8]) for words in texts for i in range(len(words) - 7)}
    repo = ROOT.parent.parent
    patterns = ("tests/**/*.py", "tests/**/*.txt", "tests/**/*.md", "kb/**/*.py", "web/**/*.py", "web/**/*.html",
                "docs/**/*.md", "bench/**/*.md", "bench/**/*.py", "samples/**/*", "ontology/*.ttl", "*.md")
    found = []
    for path in sorted({p for pattern in patterns for p in repo.glob(pattern) if p.is_file()}):
        if path.suffix in {".jsonl", ".json"} or any(part in {"texts", "build"} for part in path.parts):
            continue
        words = _words(path.read_text(encoding="utf-8"))
        hits = [" ".join(words[i:i + 8]) for i in range(len(words) - 7) if tuple(words[i:i + 8]) in grams]
        found += [f"{path.relative_to(repo)}: {hit}" for hit in hits[:1]]
    assert found == []


def _words(text: str) -> list[str]:
    """Runs of letters and digits, case folded: a line of Python source and an article's text compare alike."""
    return re.findall(r"\w+", text.casefold())
