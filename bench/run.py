"""Benchmark: extraction, ingestion (with the SHACL gate), store size, named-query latency and peak
memory on the embedded Oxigraph store, side by side with rdflib's in-memory Dataset (the naive stack).

    python bench/run.py --articles 1000 [--seed 7] [--repeat 15]

Prints a markdown table.  Figures are wall-clock on this machine; run twice and keep the second.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rdflib import Dataset, URIRef

from bench.generate import generate
from kb import gate, sparql
from kb.knowledge import ONTOLOGY_GRAPH, KnowledgeBase
from kb.rdf import article_graph
from kb.store import open_store
from kb.vocab import ACTORS_GRAPH


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def dir_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def timings(fn, repeat: int, budget: float) -> list[float]:  # type: ignore[no-untyped-def]
    out: list[float] = []
    start = time.perf_counter()
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
        if time.perf_counter() - start > budget:
            break
    return out


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--gate-sample", type=int, default=150,
                    help="articles ingested through the SHACL gate (the rest are stored directly: the gate costs "
                         "~0.3 s per article, mostly one sh:sparql constraint)")
    args = ap.parse_args()
    rows: list[tuple[str, str, str, str]] = []  # measure, oxigraph, rdflib, ratio

    t = time.perf_counter()
    items = generate(args.articles, args.seed)
    gen_s = time.perf_counter() - t
    n_claims = sum(len(i.claims) for i in items)
    print(f"generated {len(items)} articles, {n_claims} claims in {gen_s:.1f} s", file=sys.stderr)

    # extraction (may not be there yet)
    try:
        from kb.extract import extract_claims
    except ImportError:
        extract_claims = None  # type: ignore[assignment]
    kb_dir = Path(tempfile.mkdtemp(prefix="kb-bench-"))
    kb = KnowledgeBase.open(str(kb_dir / "store"))
    kb.sync_reference_graphs()
    if extract_claims is not None:
        t = time.perf_counter()
        extracted = [extract_claims(i.article, kb.gazetteer) for i in items]
        ex_s = time.perf_counter() - t
        rows.append(("extraction, articles/s", f"{len(items) / ex_s:.0f}", "", ""))
        rows.append(("claims extracted / generated", f"{sum(map(len, extracted))} / {n_claims}", "", ""))

    # ingestion through the gate into the embedded store on disk
    gated = items[: args.gate_sample]
    t = time.perf_counter()
    statuses: dict[str, int] = {}
    for i in gated:
        status = kb.ingest_claims(i.article, i.claims).status
        statuses[status] = statuses.get(status, 0) + 1
    kb.store.flush()  # type: ignore[attr-defined]
    ingest_s = time.perf_counter() - t
    mem_ox = peak_mb()
    print(f"ingested: {statuses} in {ingest_s:.1f} s", file=sys.stderr)

    # the naive stack: the same graphs in rdflib's Dataset (gate cost excluded: same for both)
    graphs = [(i.article.graph_iri, article_graph(i.article, i.claims, kb.gazetteer)) for i in items]
    t = time.perf_counter()
    ds = Dataset(default_union=True)
    for iri, g in [(URIRef(str(ACTORS_GRAPH)), kb.gazetteer.graph), (URIRef(ONTOLOGY_GRAPH), gate.ontology_graph())]:
        ds.graph(iri).__iadd__(g)
    for iri, g in graphs:
        ds.graph(iri).__iadd__(g)
    rdflib_load_s = time.perf_counter() - t
    fresh = open_store(str(kb_dir / "load"))  # a new store: loading, not replacing
    t = time.perf_counter()
    for iri, g in graphs:
        fresh.put_graph(str(iri), g)
    fresh.close()
    ox_load_s = time.perf_counter() - t

    rows.append((f"ingestion incl. SHACL gate, articles/s (first {len(gated)}, on disk)",
                 f"{len(gated) / ingest_s:.1f}", "", ""))
    rows.append(("load prepared graphs, articles/s (store only)", f"{len(items) / ox_load_s:.0f}",
                 f"{len(items) / rdflib_load_s:.0f}", f"{rdflib_load_s / ox_load_s:.1f}×"))
    rows.append(("store size on disk, MB", f"{dir_mb(kb_dir / 'store'):.1f}", "(memory only)", ""))

    stats = kb.stats()
    print(f"stats: {stats}", file=sys.stderr)
    for q in sparql.all_queries():
        if "bind ?" in q.description.lower():
            continue
        ox_t = timings(lambda q=q: kb.store.select(q.text), args.repeat, 20)
        rd_t = timings(lambda q=q: list(ds.query(q.text)), max(3, args.repeat // 5), 30)
        rows.append((f"query `{q.name}` p50 / p95 ms", f"{p(ox_t, .5):.1f} / {p(ox_t, .95):.1f}",
                     f"{p(rd_t, .5):.0f} / {p(rd_t, .95):.0f}", f"{p(rd_t, .5) / max(p(ox_t, .5), 1e-3):.0f}×"))
    mem_all = peak_mb()
    rows.append(("peak RSS, MB", f"{mem_ox:.0f}", f"{mem_all:.0f} (after both)", ""))
    kb.close()

    print(f"\n{len(items)} articles, {n_claims} claims, {stats}\n")
    print("| measure | Oxigraph (embedded) | rdflib Dataset | rdflib / Oxigraph |")
    print("|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    main()
