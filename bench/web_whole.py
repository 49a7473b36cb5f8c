"""Time the web app's whole lists and its write API on a built store, in process (Flask's test client): what
docs/scaling.md's session-30 entry measured.

    python -m bench.web_whole lists STORE [PATH...] [--profile]   # each whole list's body iterated to its end
    python -m bench.web_whole posts STORE [--count 8] [--first 100] [--in-process]

``lists``: wall and CPU seconds and the body's size and digest (the same digest before and after a change is the same
bytes); ``--profile``: a cProfile of each, by cumulative time.  ``posts``: ``POST /api/articles`` of ``--count`` new
articles of the newsroom corpus (as ``bench/freshness.py`` makes them; one more before them, untimed), p50 wall and
CPU, and how much of it lay outside the derived-data refresh (extraction, the writer's open and close, the gate and
the write, the snapshot reopened after); ``--in-process``: ``KnowledgeBase.ingest_claims`` of the same articles
instead.  Posts write: use a copy of the store."""

from __future__ import annotations

import argparse
import cProfile
import functools
import hashlib
import os
import pstats
import statistics
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from kb.service import KnowledgeBase
from web import create_app

ARTICLES, SEED = 13400, 7
LISTS = ("/conflicts.json", "/conflicts.csv")


def lists(store: str, paths: list[str], profile: bool) -> None:
    client = create_app({"KB_STORE": store, "RATE_LIMIT": None, "STREAM_TIMEOUT": 0}).test_client()
    client.get("/conflicts?limit=1")  # the store opened, the first queries' plans warm
    for path in paths:
        profiler = cProfile.Profile() if profile else None
        wall, cpu = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        response = client.get(path, buffered=False)
        digest, size = hashlib.sha256(), 0
        for piece in response.response:
            data = piece if isinstance(piece, bytes) else str(piece).encode()
            digest.update(data)
            size += len(data)
        response.close()
        if profiler:
            profiler.disable()
        print(f"{path}: {response.status_code}, {size} bytes, sha256 {digest.hexdigest()[:16]}, "
              f"wall {time.perf_counter() - wall:.1f} s, CPU {time.process_time() - cpu:.1f} s")
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def _timed(spent: list[tuple[float, float]], fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def inner(*args: Any, **kwargs: Any) -> Any:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent.append((time.perf_counter() - wall, time.process_time() - cpu))
    return inner


def posts(store: str, count: int, first: int, in_process: bool) -> None:
    from bench.generate import START, Cast, generate_one, span_days

    refreshes: list[tuple[float, float]] = []
    KnowledgeBase.refresh = _timed(refreshes, KnowledgeBase.refresh)  # type: ignore[method-assign]
    kb = KnowledgeBase.open(store, read_only=True)
    cast, days = Cast.load(kb.gazetteer), span_days(ARTICLES, None)
    kb.close()
    newest = START + timedelta(days=days)
    items = [generate_one(ARTICLES + first + n, SEED, cast, days, on=newest, corpus="newsroom")
             for n in range(count + 1)]
    spent: list[tuple[float, float]] = []  # the first article warms up (imports, the first sync), untimed
    if in_process:
        kb = KnowledgeBase.open(store)
        for item in items:
            _timed(spent, kb.ingest_claims)(item.article, item.claims)
        kb.close()
        spent = spent[1:]
    else:
        os.environ["KB_API_TOKEN"] = token = "bench web_whole"
        client = create_app({"KB_STORE": store, "RATE_LIMIT": None}).test_client()
        for item in items:
            a = item.article
            body = {"text": a.text, "title": a.title, "published": a.published, "outlet": a.outlet, "lang": a.lang,
                    "url": a.url}
            post = _timed(spent, client.post)
            answer = post("/api/articles", json=body, headers={"Authorization": f"Bearer {token}"})
            assert answer.status_code == 201, answer.get_data(as_text=True)
        spent = spent[1:]
    refreshes = refreshes[-count:]
    outside = [(w - rw, c - rc) for (w, c), (rw, rc) in zip(spent, refreshes, strict=True)]
    for label, pairs in (("whole", spent), ("the refresh", refreshes), ("outside the refresh", outside)):
        print(f"{label}: p50 wall {statistics.median(w for w, _ in pairs):.2f} s, "
              f"CPU {statistics.median(c for _, c in pairs):.2f} s")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("lists", "posts"))
    parser.add_argument("store")
    parser.add_argument("paths", nargs="*", default=list(LISTS))
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--count", type=int, default=8)
    parser.add_argument("--first", type=int, default=100, help="the first new article's number past the corpus")
    parser.add_argument("--in-process", action="store_true")
    args = parser.parse_args(argv)
    if args.what == "lists":
        lists(args.store, args.paths, args.profile)
    else:
        posts(args.store, args.count, args.first, args.in_process)


if __name__ == "__main__":
    main()
