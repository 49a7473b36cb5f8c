"""What reviews cost: a review operation (check, write, incremental refresh) and a batch re-ingest of a store
where some articles carry reviews (each article is looked up in the reviews graph; reviewed ones re-anchored).

    python bench/review.py --articles 300 --reviews 40 [--seed 7]

Writes the synthetic corpus to a temporary folder, ingests it, reviews ``--reviews`` claims (corrections and
rejections alternately, one article each), re-ingests the whole corpus with an edit above every reviewed
claim, and checks that every review still holds.  Prints seconds and per-operation milliseconds as JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.generate import generate, write
from kb.review import listing, service
from kb.service import KnowledgeBase


def run(articles: int, reviews: int, seed: int) -> dict[str, object]:
    folder = Path(tempfile.mkdtemp(prefix="bench-review-"))
    write(generate(articles, seed), folder / "corpus")
    files = sorted((folder / "corpus").glob("*.txt"))
    kb = KnowledgeBase.open(str(folder / "store"))
    kb.sync_reference_graphs()
    started = time.perf_counter()
    kb.ingest_inputs(files)
    first = time.perf_counter() - started
    rows = [r for r in listing.rows(kb.store, kb.gazetteer) if r.record.type == "casualty"]
    chosen: list[Any] = []
    seen: set[str] = set()
    for row in rows:
        if row.record.article not in seen and len(chosen) < reviews:
            chosen.append(row)
            seen.add(row.record.article)
    took: list[float] = []
    for n, row in enumerate(chosen):
        started = time.perf_counter()
        if n % 2:
            kb.review(service.reject, row.claim, "bench")
        else:
            low = (row.record.quantity_min or 0) + 1
            kb.review(service.correct, row.claim, {"quantity_min": low, "quantity_max": low}, "bench")
        took.append(time.perf_counter() - started)
    for path in files:  # an edit above every claim: every offset moves
        path.write_text("Updated.\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    started = time.perf_counter()
    results = kb.ingest_inputs(files)
    again = time.perf_counter() - started
    after = {r.iri: r for r in listing.rows(kb.store, kb.gazetteer, status=None)}
    held = sum(1 for n, row in enumerate(chosen)
               if after[row.iri].status == ("rejected" if n % 2 else "corrected") and not after[row.iri].recheck)
    kb.close()
    return {"articles": articles, "claims": len(after), "reviews": len(chosen), "reviews_held": held,
            "ingest_s": round(first, 2), "reingest_s": round(again, 2),
            "replaced": sum(r.status == "replaced" for r in results),
            "review_ms_median": round(1000 * statistics.median(took), 1) if took else None,
            "review_ms_max": round(1000 * max(took), 1) if took else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--reviews", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(json.dumps(run(args.articles, args.reviews, args.seed), indent=1))


if __name__ == "__main__":
    main()
