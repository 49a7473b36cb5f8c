"""Articles/s of CPU for extraction, extraction + RDF, extraction + RDF + SHACL gate on a folder of articles.

    python bench/real_gate.py DIR [--repeat 3] [--profile OUT.prof] [--stage gate]

DIR is a folder of ``*.txt`` articles with their sidecars, such as the real dev split rebuilt by
``tests/realworld/build.py --split dev --out DIR`` (those texts stay outside git).  Issue 13's bar is
>= 50 articles/s per core *including the gate*; the generated bench (``bench/run.py``) has shorter articles
with fewer claims, so this measures the real ones.  CPU time of this one process (``time.process_time``: the
machine's 2 cores are shared), one warm-up pass, then each stage ``--repeat`` times, the best kept.
"""

from __future__ import annotations

import argparse
import cProfile
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kb.actors import Gazetteer
from kb.extract import extract_claims
from kb.pipeline import gate
from kb.pipeline.article import Article, read_article
from kb.pipeline.to_rdf import article_graph

STAGES = ("extract", "rdf", "gate")


def run_stage(stage: str, articles: list[Article], gazetteer: Gazetteer) -> tuple[float, int, int]:
    """CPU seconds for the stage over every article, the claims extracted, the articles that conform."""
    claims = conforming = 0
    started = time.process_time()
    for article in articles:
        found = extract_claims(article, gazetteer)
        claims += len(found)
        if stage == "extract":
            continue
        graph = article_graph(article, found, gazetteer)
        if stage == "gate":
            conforming += gate.check(graph, context=gazetteer.graph).conforms
    return time.process_time() - started, claims, conforming


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--stage", choices=STAGES, action="append", help="stages to time (default: all three)")
    ap.add_argument("--profile", type=Path, help="write a cProfile of one pass of the last stage here")
    args = ap.parse_args()
    articles = [read_article(p)[0] for p in sorted(args.folder.glob("*.txt"))]
    gazetteer = Gazetteer.load()
    stages = args.stage or list(STAGES)
    run_stage("gate", articles[:20], gazetteer)  # warm-up: caches, compiled shapes, lexicons
    for stage in stages:
        best = min(run_stage(stage, articles, gazetteer) for _ in range(args.repeat))
        seconds, claims, conforming = best
        extra = f", {conforming} conform" if stage == "gate" else ""
        print(f"{stage:8s} {len(articles) / seconds:6.1f} articles/s of CPU ({seconds:.2f} s, "
              f"{len(articles)} articles, {claims} claims{extra}; best of {args.repeat})", flush=True)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(run_stage, stages[-1], articles, gazetteer)
        profiler.dump_stats(str(args.profile))


if __name__ == "__main__":
    main()
