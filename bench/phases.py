"""The Oxigraph side of the benchmark, one phase per process (``bench/run.py --phase NAME`` runs one).

build    the corpus streamed from bench/generate.py: extraction, gated ingestion of a sample, the rest with
         ``put_graph``, then conflict refresh, flush and optimize
dump     the whole store as N-Quads: what both loaders (Oxigraph, rdflib) read
oxload   that dump bulk-loaded into a fresh on-disk Oxigraph store
queries  every named query on the built store, bound to values from the data
pages    every page through Flask's test client, no cache
serve    the app under waitress on 127.0.0.1 (``bench/run.py`` drives it with bench/load.py)

Each returns a JSON-ready dict; ``bench/run.py`` adds the process's peak memory.
"""

from __future__ import annotations

import os
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from bench.common import (
    PREFIXES,
    SIMPLE_SELECT,
    VALUE_FROM,
    Plan,
    binding_label,
    data_pool,
    folder_mb,
    measure,
    peak_rss_mb,
    percentiles,
    rss_mb,
    to_json,
    wanted_bindings,
)
from kb import sparql
from kb.service import KnowledgeBase
from kb.sparql.rows import plain_value
from kb.store import Store, open_store
from kb.store.oxigraph import OxigraphStore
from kb.store.values_block import query_shape
from kb.vocab import CONFLICTS_GRAPH


def log(message: str) -> None:
    """Progress on stderr (the table goes to stdout)."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- build
def build(plan: Plan) -> dict[str, Any]:
    """Build the store at ``plan.kb`` from the streamed corpus, then refresh conflicts, flush and optimize."""
    kb = KnowledgeBase.open(plan.kb)
    store = kb.store
    assert isinstance(store, OxigraphStore)
    with kb.batch():  # the service's derived-data update runs once, when the block ends (timed as "refresh")
        seconds, counts = _load_corpus(kb, plan)
        seconds["flush after loading"] = _timed(store.flush)
        rss_loaded = peak_rss_mb()
        t = time.perf_counter()
    summary = kb.last_refresh or kb.refresh()  # bulk-loaded articles alone leave the batch clean: caught up here
    seconds["refresh"] = time.perf_counter() - t
    log(f"build: refresh {seconds['refresh']:.1f} s, {summary.total_conflicts} conflicts")
    seconds["flush"] = _timed(store.flush)
    size_before = folder_mb(Path(plan.kb))
    seconds["optimize"] = _timed(store.optimize)
    kb.close()
    return {"seconds": dict(seconds), "counts": dict(counts), "refresh": summary.to_dict(),
            "size_before_mb": size_before, "size_after_mb": folder_mb(Path(plan.kb)),
            "peak_rss_loaded_mb": rss_loaded}


def _load_corpus(kb: KnowledgeBase, plan: Plan) -> tuple[dict[str, float], Counter[str]]:
    """Generate each article and store it: the first ``gate_sample`` through ``ingest_claims`` (the SHACL gate),
    the rest with ``minted.write_article(article_graph(...))`` (as the gate's path stores it: minted actors
    described once, apart); the first ``extract_sample`` are also run through extraction.
    Flushed every ``FLUSH_EVERY`` articles, as ``kb ingest`` does (the flushes are counted in "put")."""
    from bench.generate import Cast, iter_generated
    from kb.extract import extract_claims
    from kb.pipeline.to_rdf import article_graph
    from kb.service import FLUSH_EVERY
    from kb.store import minted

    seconds: dict[str, float] = defaultdict(float)
    counts: Counter[str] = Counter()
    for i, item in enumerate(iter_generated(plan.articles, plan.seed, Cast.load(kb.gazetteer), plan.days,
                                                  plan.corpus)):
        counts["generated claims"] += len(item.claims)
        if i < plan.extract_sample:
            t0 = time.perf_counter()
            counts["extracted claims"] += len(extract_claims(item.article, kb.gazetteer))
            seconds["extract"] += time.perf_counter() - t0
            counts["extracted"] += 1
            counts["their generated claims"] += len(item.claims)
        t1 = time.perf_counter()
        if i < plan.gate_sample:
            counts[kb.ingest_claims(item.article, item.claims).status] += 1
            seconds["gate"] += time.perf_counter() - t1
            counts["gated"] += 1
        else:
            graph = article_graph(item.article, item.claims, kb.gazetteer)
            t2 = time.perf_counter()
            minted.write_article(kb.store, str(item.article.graph_iri), graph)
            seconds["graphs"] += t2 - t1
            seconds["put"] += time.perf_counter() - t2
            counts["put"] += 1
        if (i + 1) % FLUSH_EVERY == 0:
            t3 = time.perf_counter()
            kb.store.flush()  # type: ignore[attr-defined]
            seconds["put"] += time.perf_counter() - t3
        if (i + 1) % 1000 == 0:
            log(f"build: {i + 1} articles, {rss_mb():.0f} MB")
    return seconds, counts


def _timed(fn: Callable[[], object]) -> float:
    """Seconds one call of ``fn`` took."""
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


# ---------------------------------------------------------------- dump and bulk load
def dump(plan: Plan) -> dict[str, Any]:
    """Write the whole store (every named graph) as N-Quads, streamed to the file."""
    store = open_store(plan.kb, read_only=True)
    assert isinstance(store, OxigraphStore)
    t = time.perf_counter()
    store.ox.dump(str(plan.dump), format=ox.RdfFormat.N_QUADS)
    seconds = time.perf_counter() - t
    quads = len(store.ox)
    return {"seconds": seconds, "quads": quads, "mb": plan.dump.stat().st_size / 2**20,
            "store_mb": folder_mb(Path(plan.kb)), "graphs": sum(1 for _ in store.ox.named_graphs())}


def oxload(plan: Plan) -> dict[str, Any]:
    """``bulk_load`` of the dump into a fresh on-disk store (Oxigraph's loading speed), then, for scale, into
    a store in memory as rdflib's is (after the disk figures, so the peak memory of the first is its own)."""
    where = Path(plan.work) / "bulk"
    store = ox.Store(str(where))
    t = time.perf_counter()
    store.bulk_load(path=str(plan.dump), format=ox.RdfFormat.N_QUADS)
    store.flush()
    seconds = time.perf_counter() - t
    out = {"seconds": seconds, "quads": len(store), "mb": folder_mb(where), "peak_rss_disk_mb": peak_rss_mb()}
    del store
    memory = ox.Store()
    t = time.perf_counter()
    memory.bulk_load(path=str(plan.dump), format=ox.RdfFormat.N_QUADS)
    out["memory_seconds"] = time.perf_counter() - t
    return out


# ---------------------------------------------------------------- named queries
def queries(plan: Plan) -> dict[str, Any]:
    """Every named query on the built store, p50/p95 in ms, with the bindings the rdflib process reuses."""
    store = open_store(plan.kb, read_only=True)
    assert isinstance(store, OxigraphStore)
    pool = data_pool(store)
    out: list[dict[str, Any]] = []
    for q in sparql.all_queries():
        wanted = wanted_bindings(q.description)
        bindings = pool.bindings(wanted, VALUE_FROM.get(q.name))
        if bindings is None:
            out.append({"name": q.name, "skipped": f"no value in the data for {sorted(set(wanted) - set(pool.one))}"})
            continue
        run = _runner(store, q.text)
        rows: list[int] = []
        times = measure(lambda run=run, b=bindings, rows=rows: rows.append(run(b)),  # type: ignore[misc]
                        plan.budget, plan.repeat)
        shown = to_json(bindings)
        out.append({"name": q.name, "bindings": shown, "list": any(many for many in wanted.values()),
                    "label": binding_label(shown), "rows": rows[-1], **percentiles(times)})
        log(f"queries: {q.name} {out[-1]['p50']:.1f} ms ({rows[-1]} rows)")
    return {"queries": out, "stats": _corpus(store)}


def _runner(store: OxigraphStore, text: str) -> Callable[[Any], int]:
    """A call running ``text`` with bindings on the store, by its form, returning how many rows (triples) came.

    A SELECT's rows are read as the app reads its lists, as plain Python values (``kb.sparql.rows``: str,
    int, date...), one at a time: rdflib's rows are its terms, ready to use, and a scan of 1.5M rows is
    counted without holding them."""
    form = query_shape(text)[0]
    if form in ("construct", "describe"):
        return lambda b: len(store.construct(text, b))
    if form == "ask":
        return lambda b: int(store.ask(text, b))

    def rows(bindings: Any) -> int:
        count = 0
        for row in store.select_terms(text, bindings)[1]:
            _values = [None if t is None else plain_value(t) for t in row]
            count += 1
        return count

    return rows


def _corpus(store: Store) -> dict[str, int]:
    """Articles, claims, actors (the ``stats`` query) and conflicts in the store."""
    row = sparql.run(store, "stats").values()[0]
    counts = {k: int(row[k] or 0) for k in ("articles", "claims", "actors")}  # type: ignore[call-overload]
    total = store.select(PREFIXES + f"SELECT (COUNT(?f) AS ?n) WHERE {{ GRAPH <{CONFLICTS_GRAPH}> "
                         "{ ?f schema:position ?r } }").values()
    counts["conflicts"] = int(total[0]["n"] or 0) if total else 0  # type: ignore[call-overload]
    return counts


# ---------------------------------------------------------------- pages
def pages(plan: Plan) -> dict[str, Any]:
    """Every page through the test client: p50/p95 ms each; entity pages over different keys, never a repeat."""
    from flask import g

    from web import create_app

    app = create_app({"KB_STORE": plan.kb, "RATE_LIMIT": None, "CONFLICTS_CACHE_SECONDS": 0})
    ran: set[tuple[str, tuple[str, ...]]] = set()  # the named queries the pages ran, with the variables bound

    @app.after_request
    def _noted(response: Any) -> Any:
        ran.update((q["name"], tuple(sorted(q["bindings"]))) for q in g.get("queries", []))
        return response

    rss_start = rss_mb()
    client = app.test_client()
    keys = page_keys(app.extensions["kb"].store, plan.seed, plan.repeat + 1)
    plan_pages: list[tuple[str, list[str]]] = [
        ("/", ["/"]),
        ("/actors", ["/actors"]),
        ("/actors/<key> (top speaker, top subject, others)", [f"/actors/{k}" for k in keys["actor"]]),
        ("/articles", ["/articles"]),
        ("/articles/<key>", [f"/articles/{k}" for k in keys["article"]]),
        ("/claims/<key>", [f"/claims/{k}" for k in keys["claim"]]),
        ("/conflicts", ["/conflicts"]),
        ("/conflicts?page=20", ["/conflicts?page=20"]),
        ("/conflicts?actor=Armenia", ["/conflicts?actor=Armenia"]),
        ("/conflicts/<key>", [f"/conflicts/{k}" for k in keys["conflict"]]),
        ("/conflicts.json?limit=20", ["/conflicts.json?limit=20"]),
        ("/conflicts.json (whole)", ["/conflicts.json"]),
        ("/conflicts.csv (whole)", ["/conflicts.csv"]),
        *_finding_pages(keys),
        *_id_pages(keys),
        *_map_pages(app.extensions["kb"].store),
        ("/review", ["/review"]),
        ("/review?actor=armenia", ["/review?actor=armenia"]),
        ("/review?type=denial", ["/review?type=denial"]),
        ("/review?type=accusation&actor=azerbaijan", ["/review?type=accusation&actor=azerbaijan"]),
        ("/query", ["/query"]),
    ]
    only = re.compile(os.environ.get("BENCH_PAGES", ""))  # a regex on the labels: time only those pages
    out = []
    for label, paths in plan_pages:
        if not only.search(label):
            continue
        if not paths:
            out.append({"page": label, "skipped": "no such data"})
            continue
        out.append({"page": label, **_time_page(lambda path: client.get(path), paths, plan)})
        log(f"pages: {label} {out[-1]['p50']:.1f} ms")
    if not only.search("POST /sparql"):
        return {"pages": out, "rss_start_mb": rss_start,
                "queries_run": [[name, list(bound)] for name, bound in sorted(ran)]}
    post = _time_page(lambda _: client.post("/sparql", data={"query": SIMPLE_SELECT},
                                            headers={"Accept": "application/sparql-results+json"}), ["/sparql"], plan)
    out.append({"page": "POST /sparql (a simple SELECT, LIMIT 20)", **post})
    return {"pages": out, "rss_start_mb": rss_start,
            "queries_run": [[name, list(bound)] for name, bound in sorted(ran)]}


def _time_page(get: Callable[[str], Any], paths: list[str], plan: Plan) -> dict[str, Any]:
    """One page: the same path repeated within the budget, or (several paths) the first to warm up and then each
    of the others once, until the budget or the paths run out; with the status codes seen."""
    statuses: Counter[int | str] = Counter()
    cpu: list[float] = []  # this process's CPU seconds per request: the wall time also holds other work's

    def hit(path: str) -> None:
        started = time.process_time()
        response = get(path)
        try:
            response.get_data()
        except Exception as e:  # a streamed body stopped after its status line was sent
            statuses[f"cut short ({type(e).__name__})"] += 1
        else:
            statuses[response.status_code] += 1
        cpu.append(time.process_time() - started)

    if len(paths) == 1:
        times = measure(lambda: hit(paths[0]), plan.budget, plan.repeat)
    else:
        hit(paths[0])
        times, started = [], time.perf_counter()
        for path in paths[1:]:
            t = time.perf_counter()
            hit(path)
            times.append(time.perf_counter() - t)
            if time.perf_counter() - started >= plan.budget:
                break
    return {**percentiles(times), "cpu_p50": percentiles(cpu[1:] or cpu)["p50"],
            "statuses": {str(k): v for k, v in statuses.items()}, "distinct": len(paths) > 1}


def page_keys(store: Store, seed: int, count: int) -> dict[str, list[str]]:
    """Keys for the entity pages, all different: actors (a random one to warm up, then the top speaker, the top
    subject, then random ones), and random articles, claims and conflicts."""
    rng = random.Random(seed)

    def keys(query: str) -> list[str]:
        return [str(r["x"]).rsplit("/", 1)[-1] for r in store.select(PREFIXES + query)]

    def sample(found: list[str]) -> list[str]:
        return rng.sample(found, min(count, len(found)))

    top = [keys(f"SELECT ?x (COUNT(?c) AS ?n) WHERE {{ ?c ckb:{role} ?x }} GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1")
           for role in ("speaker", "subject")]
    actors = keys("SELECT DISTINCT ?x WHERE { { ?c ckb:speaker ?x } UNION { ?c ckb:subject ?x } }")
    chosen = list(dict.fromkeys([*sample(actors)[:1], *top[0], *top[1], *sample(actors)]))[:count]
    return {
        "actor": chosen,
        "article": sample(keys("SELECT ?x WHERE { ?x a schema:NewsArticle }")),
        "claim": sample(keys("SELECT ?x WHERE { ?x ckb:speaker ?s }")),
        "conflict": sample(keys(f"SELECT ?x WHERE {{ GRAPH <{CONFLICTS_GRAPH}> {{ ?x schema:position ?r }} }}")),
        **{family: sample(keys(f"SELECT ?x WHERE {{ GRAPH <{CONFLICTS_GRAPH}> {{ ?x a ckb:{cls} }} }}"))
           for family, cls in FINDING_CLASSES.items()},
    }


FINDING_CLASSES = {"aggregates": "Aggregate", "series": "Series", "corroborations": "Corroboration"}


def _map_pages(store: Store) -> list[tuple[str, list[str]]]:
    """The map (branch map30): the page and its GeoJSON (counts a place), the claims of the place with the most
    (what a popup fetches), and a page of the claims as JSON."""
    top = [str(r["x"]).rsplit("/", 1)[-1] for r in store.select(
        PREFIXES + "SELECT ?x (COUNT(?c) AS ?n) WHERE { ?c ckb:place ?x } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1")]
    place = [f"/map.json?place={k}&limit=10" for k in top]
    return [("/map", ["/map"]), ("/map.geojson", ["/map.geojson"]),
            ("/map.json?place=<most claimed>&limit=10", place), ("/map.json?page=1", ["/map.json?page=1"])]


def _finding_pages(keys: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    """The findings pages (issue 15): each family's list (HTML, a page of JSON, the whole JSON and CSV), a
    later page, one finding's page (different ones), its Turtle, and its data IRI (a 303 to the page)."""
    out: list[tuple[str, list[str]]] = []
    for family, cls in FINDING_CLASSES.items():
        one = keys[family]
        out += [(f"/{family}", [f"/{family}"]), (f"/{family}?page=5", [f"/{family}?page=5"]),
                (f"/{family}.json?limit=20", [f"/{family}.json?limit=20"]),
                (f"/{family}.json (whole)", [f"/{family}.json"]), (f"/{family}.csv (whole)", [f"/{family}.csv"]),
                (f"/{family}/<key>", [f"/{family}/{k}" for k in one]),
                (f"/{family}/<key>.ttl", [f"/{family}/{k}.ttl" for k in one]),
                (f"/id/{cls.lower()}/<key> (303)", [f"/id/{cls.lower()}/{k}" for k in one])]
    return out


def _id_pages(keys: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    """The data IRIs of actors, articles, claims and conflicts (``/id/<family>/<key>``: a 303 to the page)."""
    return [(f"/id/{family}/<key> (303)", [f"/id/{family}/{k}" for k in keys[family]])
            for family in ("actor", "article", "claim", "conflict")]


# ---------------------------------------------------------------- serve
def serve(plan: Plan, port: int) -> None:
    """Serve the built store on 127.0.0.1:``port`` until killed, with no rate limit (every client is local)."""
    from web import serve as serve_app

    serve_app(plan.kb, host="127.0.0.1", port=port, config={"RATE_LIMIT": None})


__all__ = ["build", "dump", "oxload", "pages", "queries", "serve"]
