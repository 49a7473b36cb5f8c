"""The review queue's order on a copy of a large store (``docs/scaling.md``, branch pg16): write it whole (what the
store's next write does when it has none), check that the queue it gives equals the scans' for a few filters, then
time the order's part of a few review writes and compare the order with one computed from scratch.

    PYTHONPATH=$PWD python bench/review_order.py /tmp/kb25k-copy            # writes the order, then checks
    PYTHONPATH=$PWD python bench/review_order.py /tmp/kb25k-copy --reviews  # ... and writes three reviews

Never on a store you keep: ``--reviews`` writes reviews.  The conflicts refresh a review would run is left out (a
copy refreshed by older rules would recompute everything); only the order's sync is run and timed.
"""

from __future__ import annotations

import argparse
import resource
import time

import pyoxigraph as ox

from kb.derived import review_order, review_sync
from kb.derived.conflicts import state
from kb.review import queue, service
from kb.service import KnowledgeBase
from kb.vocab import CLAIM_CLASS, DATA

FILTERS = [(None, None), (str(CLAIM_CLASS["casualty"]), None), (None, str(DATA["actor/armenia"])),
           (str(CLAIM_CLASS["denial"]), None), (str(CLAIM_CLASS["accusation"]), str(DATA["actor/azerbaijan"]))]


def check(db: ox.Store) -> None:
    """Each filter's first 100 claims from the order equal those from the scans main runs."""
    for kind, actor in FILTERS:
        got = queue.first_claims(db, kind=kind, actor=actor)
        want = [c for c, _ in zip(queue._passing(db, queue._scanned(db), kind, actor), range(100), strict=False)]
        assert got == want, (kind, actor)
        print(f"the same {len(got)} claims: type {kind}, actor {actor}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kb", help="a knowledge base folder (a copy)")
    ap.add_argument("--reviews", action="store_true", help="also write three reviews and time the order's sync")
    args = ap.parse_args()
    kb = KnowledgeBase.open(args.kb)
    db = kb.store.ox  # type: ignore[attr-defined]
    if not review_order.has_order(db):
        wall, cpu = time.perf_counter(), time.process_time()
        n = review_sync.sync(kb.store, None)
        kb.store.flush()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10
        print(f"whole order written: {n} triples, wall {time.perf_counter() - wall:.1f} s, CPU "
              f"{time.process_time() - cpu:.1f} s, peak RSS {peak} MB")
    check(db)
    if args.reviews:
        kb.sync_reference_graphs()
        for op in (service.accept, service.reject, service.accept):
            first = queue.first_claims(db, limit=1)[0]
            op(kb.store, kb.gazetteer, first, "bench")
            articles = state.changes(kb.store).articles
            wall, cpu = time.perf_counter(), time.process_time()
            n = review_sync.sync(kb.store, articles)
            print(f"{op.__name__} of the queue's first claim: the order's sync wall "
                  f"{(time.perf_counter() - wall) * 1000:.0f} ms, CPU {(time.process_time() - cpu) * 1000:.0f} ms, "
                  f"{n} triples", flush=True)
            kb.store.update(f"DROP SILENT GRAPH <{state.CHANGES_GRAPH}>")  # as the refresh would
        stored = set(db.quads_for_pattern(None, None, None, ox.NamedNode(review_order.REVIEW_ORDER_GRAPH)))
        wall, cpu = time.perf_counter(), time.process_time()
        scratch = {ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(review_order.REVIEW_ORDER_GRAPH))
                   for t in review_order.whole(db)}
        print(f"from scratch: wall {time.perf_counter() - wall:.1f} s, CPU {time.process_time() - cpu:.1f} s; "
              f"the same as the order kept: {stored == scratch}")
        check(db)
    kb.close()


if __name__ == "__main__":
    main()
