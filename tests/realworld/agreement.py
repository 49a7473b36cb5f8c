"""How far two annotators of the same real articles agree, scored by ``kb eval``'s own matching.

    .venv/bin/python tests/realworld/agreement.py tests/realworld/iaa/batch13_second.jsonl

The second annotation (same fields as ``<lang>/gold.jsonl``: offsets and a quote SHA-1, never the quote) is read as
if it were the extractor's output, and scored against the first (the committed gold) on the articles it covers,
with the same pairing, speaker names and error classes as ``kb eval``.  Beside it the extractor is scored on the
same articles.  Why: the blind batches score the extractor near P 0.71 / R 0.70; whether that gap is the
extractor's or the gold's own spread decides what the bar (P 0.80, R 0.75) can ask.  Needs the texts (``build.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

import build  # noqa: E402

from kb.actors import Gazetteer  # noqa: E402
from kb.eval import EvalReport, evaluate  # noqa: E402
from kb.pipeline.article import Article  # noqa: E402


class Annotated:
    """A second annotator's claim, shaped as far as ``kb.eval`` reads a predicted claim."""

    def __init__(self, record: dict[str, Any], text: str) -> None:
        self.record = record
        self.type = record["type"]
        self.start, self.end = record["start"], record["end"]
        self.quote = text[self.start : self.end]
        self.speaker = record.get("speaker") or ""
        self.speaker_iri = None
        self.via = record.get("via") or []
        self.subject = record.get("subject")
        self.quantity_text = record.get("quantity_text")

    def __getattr__(self, name: str) -> Any:
        return self.record.get(name)


def _articles(out: Path, ids: set[str]) -> dict[str, Article]:
    found = {}
    for stem in sorted(ids):
        meta = json.loads((out / f"{stem}.meta.json").read_text(encoding="utf-8"))
        text = (out / f"{stem}.txt").read_text(encoding="utf-8")
        found[stem] = Article(text=text, lang=meta.get("lang", "en"), published=meta.get("published"),
                              outlet=meta.get("outlet"))
    return found


def _line(name: str, report: EvalReport) -> str:
    o = report.overall
    return (f"{name}: {o.matched} matched / {o.predicted} claimed / {o.gold} gold: P {o.precision:.3f} "
            f"R {o.recall:.3f} speaker {report.speaker_accuracy or 0:.3f}; "
            + ", ".join(f"{k} {v.matched}/{v.predicted}/{v.gold}" for k, v in report.per_type.items()
                        if v.gold or v.predicted))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Agreement of a second annotation with the real-article gold.")
    parser.add_argument("second", help="the second annotator's JSONL (offsets and quote SHA-1s)")
    parser.add_argument("--texts", help="folder of <id>.txt (as build.py)")
    args = parser.parse_args(argv)
    second = build.read_jsonl(Path(args.second))
    ids = {r["article"] for r in second}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        build.build("all", args.texts, out)
        gold = [g for g in build.read_jsonl(out / "gold.jsonl") if g["article"] in ids]
        articles = _articles(out, ids)
    for record in second:
        text = articles[record["article"]].text
        if build.sha1(text[record["start"] : record["end"]]) != record.get("quote_sha1"):
            print(f"{args.second}: {record['article']} {record['start']}:{record['end']}: quote hash differs")
            return 1
    gazetteer = Gazetteer.load()
    import kb.extract

    extractor = evaluate(gold, articles, gazetteer)
    original = kb.extract.extract_claims
    def annotated(article: Article, _gazetteer: Gazetteer) -> list[Any]:
        return [Annotated(r, article.text) for r in second if articles[r["article"]] is article]

    kb.extract.extract_claims = annotated  # type: ignore[assignment]
    try:
        human = evaluate(gold, articles, gazetteer)
    finally:
        kb.extract.extract_claims = original
    print(_line("second annotator vs gold", human))
    print(_line("extractor vs gold       ", extractor))
    return 0


if __name__ == "__main__":
    sys.exit(main())
