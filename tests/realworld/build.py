"""Rebuild the real-article evaluation set from its annotations and the locally kept texts.

The repository holds only annotations (``tests/realworld/<lang>/articles.jsonl`` and ``gold.jsonl``):
gold spans are character offsets plus a SHA-1 of the quote, never the article's sentences.  The texts
live outside git (``tests/realworld/texts/<id>.txt``, or a folder named by ``--texts`` or
``$KB_REALWORLD_TEXTS``).  This script checks every text against its SHA-1 and every span against its
quote hash, and writes a folder ready for ``kb eval``:

    OUT/<id>.txt  OUT/<id>.meta.json  OUT/gold.jsonl   (gold records with their quotes restored)

Usage: python tests/realworld/build.py [--texts DIR] [--out DIR] [--split dev|heldout|heldout2|...|heldout5|all]
                                      [--lang id|en|all] [--batch N]

Exit status: 0 when every text of the split was found and checked, 1 when some are missing or do not
match (the ones that match are still written), 2 when the annotation files themselves are unreadable.
Standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_TEXTS = HERE / "texts"
# heldout2 to heldout5: blind, each annotated before any extractor run on it
SPLITS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "all")
META_KEYS = ("url", "outlet", "lang", "published")  # the sidecar keys kb reads (kb/pipeline/article.py META_FIELDS)


class AnnotationError(Exception):
    """An annotation file cannot be read; the message names the file and line."""


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise AnnotationError(f"{path}: cannot read: {exc.strerror}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise AnnotationError(f"{path}:{number}:{exc.colno}: invalid JSON: {exc.msg}") from None
        if not isinstance(row, dict):
            raise AnnotationError(f"{path}:{number}: expected a JSON object")
        rows.append(row)
    return rows


def load_annotations(root: Path = HERE) -> tuple[list[dict], list[dict]]:
    """All languages' articles and gold records (``*/articles.jsonl``, ``*/gold.jsonl``)."""
    articles: list[dict] = []
    gold: list[dict] = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        if (folder / "articles.jsonl").is_file():
            articles += read_jsonl(folder / "articles.jsonl")
        if (folder / "gold.jsonl").is_file():
            gold += read_jsonl(folder / "gold.jsonl")
    for row in articles:
        for key in ("id", "sha1", "split"):
            if not isinstance(row.get(key), str):
                raise AnnotationError(f"article {row.get('id')!r}: field {key!r} missing or not a string")
    return articles, gold


def text_dirs(explicit: str | None) -> list[Path]:
    """Where texts are looked for: ``--texts``, else tests/realworld/texts then $KB_REALWORLD_TEXTS."""
    if explicit:
        return [Path(explicit)]
    dirs = [DEFAULT_TEXTS]
    env = os.environ.get("KB_REALWORLD_TEXTS", "").strip()
    if env:
        dirs.append(Path(env))
    return dirs


def find_text(article: dict, dirs: list[Path]) -> tuple[str | None, str | None]:
    """(text, None) when a copy matches the recorded SHA-1, else (None, reason)."""
    reason = None
    for folder in dirs:
        path = folder / f"{article['id']}.txt"
        if not path.is_file():
            continue
        try:
            text = path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = f"{path}: unreadable ({exc.__class__.__name__})"
            continue
        if sha1(text) == article["sha1"]:
            return text, None
        reason = f"{path}: sha1 {sha1(text)[:12]} does not match the recorded {article['sha1'][:12]}"
    if reason is None:
        reason = "text not found in " + ", ".join(str(d) for d in dirs)
    return None, reason


def restore(record: dict, text: str) -> tuple[dict | None, str | None]:
    """The gold record with its ``quote`` restored from the offsets, or a reason it cannot be."""
    start, end = record.get("start"), record.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return None, f"offsets {start}..{end} outside the text"
    quote = text[start:end]
    if sha1(quote) != record.get("quote_sha1"):
        return None, f"span {start}..{end} does not match quote_sha1"
    return {**record, "quote": quote}, None


def build(split: str, texts: str | None, out: Path, lang: str = "all",
          batch: int | None = None) -> tuple[int, list[str]]:
    """Write the split into ``out``; return (articles written, problems).  ``batch`` keeps only the articles
    added in that batch (their ``batch`` field), so a newly annotated batch can be scored on its own."""
    articles, gold = load_annotations()
    chosen = [a for a in articles if (split == "all" or a.get("split") == split)
              and (lang == "all" or a.get("lang") == lang)
              and (batch is None or a.get("batch") == batch)]
    dirs = text_dirs(texts)
    out.mkdir(parents=True, exist_ok=True)
    known = {a["id"] for a in articles}
    for stale in out.iterdir():  # earlier builds of another split into the same folder
        stem = stale.name.removesuffix(".meta.json").removesuffix(".txt")
        if stem in known and stale.name in (f"{stem}.txt", f"{stem}.meta.json"):
            stale.unlink()
    problems: list[str] = []
    written: dict[str, str] = {}
    for article in chosen:
        text, reason = find_text(article, dirs)
        if text is None:
            problems.append(f"{article['id']}: {reason}")
            continue
        (out / f"{article['id']}.txt").write_bytes(text.encode("utf-8"))
        meta = {k: article[k] for k in META_KEYS if article.get(k) is not None}
        sidecar = json.dumps(meta, ensure_ascii=False, indent=1) + "\n"
        (out / f"{article['id']}.meta.json").write_text(sidecar, encoding="utf-8")
        written[article["id"]] = text
    lines = []
    for number, record in enumerate(gold, 1):
        aid = record.get("article")
        if aid not in written:
            if aid not in known:
                problems.append(f"gold record {number}: article {aid!r} is not in any articles.jsonl")
            continue
        restored, reason = restore(record, written[aid])
        if restored is None:
            problems.append(f"{aid}: gold record {number} ({record.get('type')}): {reason}")
            continue
        lines.append(json.dumps(restored, ensure_ascii=False))
    (out / "gold.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(written), problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rebuild the real-article evaluation set for `kb eval`.")
    parser.add_argument("--texts", help="folder of <id>.txt (default tests/realworld/texts, then $KB_REALWORLD_TEXTS)")
    parser.add_argument("--out", help="output folder (default tests/realworld/build/<split>, or <split>-<lang>)")
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--lang", default="all", help="id, en or all (default all)")
    parser.add_argument("--batch", type=int, help="only the articles of this batch (their `batch` field), e.g. 3")
    args = parser.parse_args(argv)
    default = args.split if args.lang == "all" else f"{args.split}-{args.lang}"
    if args.batch is not None:
        default += f"-batch{args.batch}"
    out = Path(args.out) if args.out else HERE / "build" / default
    try:
        count, problems = build(args.split, args.texts, out, args.lang, args.batch)
    except AnnotationError as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"build: {exc.filename or out}: {exc.strerror}", file=sys.stderr)
        return 2
    for problem in problems:
        print(f"build: {problem}", file=sys.stderr)
    print(f"{count} articles written to {out} ({len(problems)} problems); "
          f"score with: kb eval {out / 'gold.jsonl'} {out}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
