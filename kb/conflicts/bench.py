"""Time a full refresh on a synthetic store: ``python -m kb.conflicts.bench 10000 100000 [--days N]``.

Articles are written straight into an in-memory store through the real RDF mapping (``article_graph``)
but without the SHACL gate, which would dominate the set-up time and is not what is measured here.
Each article carries eight claims drawn from ``synthetic_facts`` (same parties, units, biases).
"""

from __future__ import annotations

import argparse
import json
import time

from kb import minted
from kb.actors import Gazetteer
from kb.article import Article
from kb.conflicts.refresh import Summary, refresh
from kb.conflicts.synthetic import synthetic_facts
from kb.rdf import article_graph
from kb.record import Claim
from kb.store import Store, open_store
from kb.vocab import ACTORS_GRAPH

NAMES = {"armenia": "Armenia", "azerbaijan": "Azerbaijan", "nagorno-karabakh": "Nagorno-Karabakh",
         "russia": "Russia", "turkey": "Turkey", "iran": "Iran", "georgia": "Georgia", "france": "France",
         "outlet-a": "Kompas", "outlet-b": "Tempo", "outlet-c": "Detik", "ngo-watch": "Conflict Watch"}


def build(n: int, days: int) -> Store:
    """A store with ``n`` synthetic claims in ``n / 8`` articles."""
    store = open_store(":memory:")
    gazetteer = Gazetteer.load()
    store.put_graph(str(ACTORS_GRAPH), gazetteer.graph)
    facts = synthetic_facts(n, days=days)
    for first in range(0, n, 8):
        batch = facts[first:first + 8]
        text = "\n".join(f"Sentence {f.iri} says what it says." for f in batch)
        article = Article(text=text, url=f"https://bench.example/{first // 8}", outlet=f"Outlet {first % 40}",
                          published=batch[0].published.isoformat() if batch[0].published else None)
        claims = []
        for f in batch:
            quote = f"Sentence {f.iri} says what it says."
            start = text.find(quote)
            claims.append(Claim(
                article=article.key, type=f.type, speaker=NAMES[f.speaker], quote=quote, start=start,
                end=start + len(quote), subject="; ".join(NAMES[p] for p in sorted(f.parties)), object=f.object,
                quantity_min=f.qmin, quantity_max=f.qmax, unit=f.unit,
                date=f.published.isoformat() if f.published else None,
            ))
        minted.write_article(store, str(article.graph_iri), article_graph(article, claims, gazetteer))
    return store


def main(argv: list[str] | None = None) -> list[dict[str, object]]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sizes", nargs="+", type=int)
    parser.add_argument("--days", type=int, default=400, help="period the claims spread over (default 400)")
    args = parser.parse_args(argv)
    results = []
    for n in args.sizes:
        started = time.perf_counter()
        store = build(n, args.days)
        built = time.perf_counter() - started
        summary: Summary = refresh(store)
        again = refresh(store)
        row = {"claims": n, "build_s": round(built, 1), **summary.to_dict(), "second_refresh_s": again.seconds}
        print(json.dumps(row))
        results.append(row)
    return results


if __name__ == "__main__":
    main()
