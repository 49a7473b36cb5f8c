"""Benchmark: extraction, ingestion (with the SHACL gate), store size, named-query latency and peak
memory on the embedded Oxigraph store, side by side with rdflib's in-memory Dataset (the naive stack).

    python bench/run.py --articles 10000 [--seed 7] [--repeat 15] [--skip-rdflib]

Prints a markdown table: extraction, ingestion through the SHACL gate (a sample), loading the rest,
conflict refresh (load / detect / write) and ``list_conflicts`` latency (a page of 50, an actor's page, the
whole list), every named query's p50 / p95 (queries that take parameters get the first claim, article,
actor, conflict...), store size after ``optimize()``, peak memory, and rdflib's Dataset side by side
(``--skip-rdflib`` for the 100k-claim run, where rdflib would take hours).  Figures are wall-clock on
this machine; run twice and keep the second.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rdflib import XSD, Dataset, Literal, URIRef

from bench.generate import generate
from kb import conflicts, gate, sparql
from kb.knowledge import ONTOLOGY_GRAPH, KnowledgeBase
from kb.rdf import article_graph
from kb.vocab import ACTORS_GRAPH, CKB, CONFLICTS_GRAPH


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
    ap.add_argument("--gate-sample", type=int, default=1000,
                    help="articles ingested through the SHACL gate (the rest are stored directly, to keep a large "
                         "run within minutes: the gate costs ~18 ms per article)")
    ap.add_argument("--budget", type=float, default=3.0,
                    help="seconds at most per measured query (fewer repeats for slow ones)")
    ap.add_argument("--skip-rdflib", action="store_true", help="Oxigraph only (for 100k claims and more)")
    ap.add_argument("--no-extract", action="store_true", help="skip the extraction measure")
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
    if extract_claims is not None and not args.no_extract:
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

    # the rest of the corpus straight into the same store (the gate's cost is per article, measured above)
    graphs = [(i.article.graph_iri, article_graph(i.article, i.claims, kb.gazetteer)) for i in items]
    t = time.perf_counter()
    for iri, g in graphs[args.gate_sample:]:
        kb.store.put_graph(str(iri), g)
    kb.store.flush()  # type: ignore[attr-defined]
    ox_load_s = time.perf_counter() - t
    loaded = max(1, len(graphs) - args.gate_sample)
    rows.append((f"ingestion incl. SHACL gate, articles/s (first {len(gated)}, on disk)",
                 f"{len(gated) / ingest_s:.1f}", "", ""))

    ds = None
    if not args.skip_rdflib:  # the naive stack: the same graphs in rdflib's Dataset (gate cost excluded)
        t = time.perf_counter()
        ds = Dataset(default_union=True)
        refs = [(URIRef(str(ACTORS_GRAPH)), kb.gazetteer.graph), (URIRef(ONTOLOGY_GRAPH), gate.ontology_graph())]
        for iri, g in refs:
            ds.graph(iri).__iadd__(g)
        for iri, g in graphs:
            ds.graph(iri).__iadd__(g)
        rdflib_load_s = time.perf_counter() - t
        rows.append(("load prepared graphs, articles/s (store only)", f"{loaded / ox_load_s:.0f}",
                     f"{loaded / rdflib_load_s:.0f}", f"{rdflib_load_s / ox_load_s:.1f}×"))
    else:
        rows.append(("load prepared graphs, articles/s (store only)", f"{loaded / ox_load_s:.0f}", "skipped", ""))
    del graphs

    # conflicts: refresh twice (the second is what every later ingest batch pays), then read them back
    first = conflicts.refresh(kb.store)
    again = conflicts.refresh(kb.store)
    kb.store.flush()  # type: ignore[attr-defined]
    if ds is not None:
        ds.graph(URIRef(str(CONFLICTS_GRAPH))).__iadd__(kb.store.get_graph(str(CONFLICTS_GRAPH)))
    rows.append(("conflict refresh s: load / detect / write (first; second)",
                 f"{first.seconds['load']:.2f} / {first.seconds['detect']:.2f} / {first.seconds['write']:.2f}; "
                 f"{again.seconds['load']:.2f} / {again.seconds['detect']:.2f} / {again.seconds['write']:.2f}", "", ""))
    rows.append(("conflicts found / findings triples / pairs compared",
                 f"{first.total_conflicts} / {first.triples} / {first.comparisons}", "", ""))
    for label, call in [
        ("list_conflicts page of 50, ms p50 / p95", lambda: conflicts.list_conflicts(kb.store, limit=50)),
        ("list_conflicts page of 50 at offset 1000, ms p50 / p95",
         lambda: conflicts.list_conflicts(kb.store, limit=50, offset=1000)),
        ("list_conflicts actor 'Armenia' page of 50, ms p50 / p95",
         lambda: conflicts.list_conflicts(kb.store, actor="Armenia", limit=50)),
    ]:
        ts = timings(call, args.repeat, args.budget)
        rows.append((label, f"{p(ts, .5):.0f} / {p(ts, .95):.0f}", "", ""))
    ts = timings(lambda: conflicts.list_conflicts(kb.store), 1, 0)
    rows.append(("list_conflicts everything (CLI `kb conflicts`), s", f"{ts[0]:.2f}", "", ""))

    stats = kb.stats()
    print(f"stats: {stats}", file=sys.stderr)
    binds = _bindings(kb.store)
    for q in sparql.all_queries():
        needed = _needed(q)
        if not set(needed) <= set(binds):
            rows.append((f"query `{q.name}`", "no value to bind", "", ""))
            continue
        b = {k: binds[k] for k in needed}
        run = kb.store.select if "SELECT" in q.text.upper() else kb.store.construct
        ox_t = timings(lambda q=q, b=b, run=run: run(q.text, b), args.repeat, args.budget)  # type: ignore[misc]
        if ds is None:
            rows.append((f"query `{q.name}` p50 / p95 ms", f"{p(ox_t, .5):.1f} / {p(ox_t, .95):.1f}", "", ""))
            continue
        rd_t = timings(lambda q=q, b=b: list(ds.query(q.text, initBindings=b)), max(3, args.repeat // 5), args.budget)  # type: ignore[misc]
        rows.append((f"query `{q.name}` p50 / p95 ms", f"{p(ox_t, .5):.1f} / {p(ox_t, .95):.1f}",
                     f"{p(rd_t, .5):.0f} / {p(rd_t, .95):.0f}", f"{p(rd_t, .5) / max(p(ox_t, .5), 1e-3):.0f}×"))

    kb.store.flush()  # type: ignore[attr-defined]
    before = dir_mb(kb_dir / "store")
    t = time.perf_counter()
    kb.store.optimize()  # type: ignore[attr-defined]
    opt_s = time.perf_counter() - t
    rows.append(("store size on disk, MB (before / after optimize)",
                 f"{before:.1f} / {dir_mb(kb_dir / 'store'):.1f} ({opt_s:.1f} s)", "(memory only)", ""))
    mem_all = peak_mb()
    rows.append(("peak RSS, MB", f"{mem_ox:.0f} (gate) / {mem_all:.0f} (end)", "(included in end)" if ds else "", ""))
    kb.close()

    print(f"\n{len(items)} articles, {n_claims} claims, {stats}\n")
    print("| measure | Oxigraph (embedded) | rdflib Dataset | rdflib / Oxigraph |")
    print("|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")


def _needed(q: sparql.NamedQuery) -> list[str]:
    """The variables a named query asks to bind ("bind ?graph and ?rank")."""
    import re

    return sorted(set(re.findall(r"\?(\w+)", " ".join(re.findall(r"bind ([^)]*)\)", q.description)))))


def _bindings(store) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """A value for every parameter the named queries take: the first claim, article, actor, conflict..."""
    one = store.select(
        "PREFIX ckb: <https://w3id.org/claimkb/ns#> SELECT ?claim ?article ?actor WHERE "
        "{ ?claim ckb:article ?article ; ckb:speaker ?actor } LIMIT 1").rows
    found = store.select(
        "PREFIX ckb: <https://w3id.org/claimkb/ns#> PREFIX schema: <https://schema.org/> SELECT ?f WHERE "
        f"{{ GRAPH <{CONFLICTS_GRAPH}> {{ ?f schema:position 1 }} }}").rows
    out: dict[str, object] = {"graph": URIRef(str(CONFLICTS_GRAPH)), "class": CKB.Conflict,
                              "rank": Literal(1, datatype=XSD.integer)}
    if one:
        out.update(claim=one[0]["claim"], article=one[0]["article"], actor=one[0]["actor"], node=one[0]["claim"])
    if found:
        out["finding"] = found[0]["f"]
    return out


if __name__ == "__main__":
    main()
