"""The review queue's stored order (``kb.derived.review_order``) after random writes (articles added, replaced,
deleted with and without a marker; claims accepted, rejected, corrected) is the order computed from scratch, and the
queue it gives (``/review``, each filter) is the one the "Review queue" query lists over the whole store.  Chunks are
cut every two claims on average here (``EVERY``), so that writes split and merge them."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from rdflib import URIRef

from kb import sparql
from kb.derived import review_order
from kb.derived.review_order import REVIEW_ORDER_GRAPH
from kb.pipeline.article import Article
from kb.pipeline.record import Claim
from kb.review import queue, service
from kb.service import KnowledgeBase
from kb.store.oxigraph import OxigraphStore
from kb.vocab import CLAIM_CLASS, DATA

U = "https://news.example/review-order/"
FILTERS: list[dict[str, URIRef]] = [{}, {"type": CLAIM_CLASS["casualty"]}, {"actor": DATA["actor/armenia"]},
                                    {"type": CLAIM_CLASS["accusation"], "actor": DATA["actor/azerbaijan"]}]

claim = st.fixed_dictionaries({
    "type": st.sampled_from(["casualty", "accusation", "statement"]),
    "speaker": st.sampled_from(["Armenia", "Azerbaijan", "Russia"]),
    "subject": st.sampled_from(["Armenia", "Azerbaijan"]),
    "confidence": st.one_of(st.none(), st.sampled_from([0.3, 0.55, 0.8])),
})
operation = st.tuples(st.sampled_from(["add", "add", "replace", "delete", "drop", "accept", "reject", "correct"]),
                      st.integers(0, 40), st.lists(claim, min_size=1, max_size=4))


def _publish(kb: KnowledgeBase, key: int, version: int, said: list[dict[str, Any]]) -> None:
    """One article of ``said``'s claims, a sentence each (``version`` makes a replaced article's sentences new)."""
    sentences = [f"({version}.{i}) {c['speaker']} spoke of {c['subject']} losses." for i, c in enumerate(said)]
    text = "Report\n\n" + "\n".join(sentences)
    article = Article(text=text, name=str(key), published="2020-10-01", url=f"{U}{key}", outlet="Kompas", lang="en")
    claims = []
    for c, sentence in zip(said, sentences, strict=True):
        start = text.find(sentence)
        figure = {"quantity_min": 10, "quantity_max": 10, "unit": "soldiers killed"} if c["type"] == "casualty" else \
            {"object": "shelling"}
        claims.append(Claim(article=article.key, type=c["type"], speaker=c["speaker"], quote=sentence, start=start,
                            end=start + len(sentence), subject=c["subject"], confidence=c["confidence"],
                            **figure))  # type: ignore[arg-type]
    assert kb.ingest_claims(article, claims).status != "quarantined"


def _graph(store: OxigraphStore) -> set[tuple[str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object))
            for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(REVIEW_ORDER_GRAPH))}


def _check(kb: KnowledgeBase, where: object) -> None:
    store = kb.store
    assert isinstance(store, OxigraphStore)
    assert _graph(store) == {(str(t.subject), str(t.predicate), str(t.object))
                             for t in review_order.whole(store.ox)}, where
    for filters in FILTERS:
        listed = [str(r["claim"]) for r in sparql.run(store, "review-queue", **filters).values()]
        for few in (0, 2, queue.FEW):  # the whole order read chunk by chunk; the filter's claims read alone (2: one
            # filter of two may name too many, the other few)
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr(queue, "FEW", few)
                for limit in (3, 100):
                    found = queue.first_claims(store.ox, kind=str(filters["type"]) if "type" in filters else None,
                                               actor=str(filters["actor"]) if "actor" in filters else None,
                                               limit=limit)
                    assert found == listed[:limit], (where, filters, few, limit)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])  # shrinking a failure took over five minutes
@given(st.lists(operation, min_size=1, max_size=8))
def test_the_stored_order_after_random_writes_is_the_order_from_scratch(
        ops: list[tuple[str, int, list[dict[str, Any]]]]) -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(review_order, "EVERY", 2)
        kb = KnowledgeBase.open(":memory:")
        kb.refresh()  # an empty store's order: its first chunk, empty
        live: set[int] = set()
        for step, (op, n, said) in enumerate(ops):
            key = n % 6
            if op in ("add", "replace") and (op == "add") == (key not in live):
                _publish(kb, key, step, said)
                live.add(key)
            elif op in ("delete", "drop") and key in live:
                _delete(kb, key, marked=op == "delete")
                live.discard(key)
            elif op in ("accept", "reject", "correct"):
                _review(kb, op, n)
            _check(kb, (step, op, key))


def _delete(kb: KnowledgeBase, key: int, *, marked: bool) -> None:
    graph = f"{U}{key}"
    article = next(q.object.value for q in kb.store.ox.quads_for_pattern(  # type: ignore[attr-defined]
        None, ox.NamedNode("https://w3id.org/claimkb/ns#key"), None, ox.NamedNode(graph)))
    if marked:
        assert kb.delete_article(article)
    else:
        kb.store.drop_graph(graph)  # no marker: found by the count of articles
        kb.refresh()


def _review(kb: KnowledgeBase, op: str, n: int) -> None:
    """Review the ``n``-th claim of the queue (taken modulo its length), if any."""
    rows = sparql.run(kb.store, "review-queue").values()
    if not rows:
        return
    row = rows[n % len(rows)]
    target = str(row["claim"])
    if op == "correct":
        kb.review(service.correct, target, {"speaker": "Armenia" if "Russia" in str(row["speakerLabel"]) else "Russia"},
                  "ana")
    else:
        kb.review(service.accept if op == "accept" else service.reject, target, "ana")


def test_the_review_page_lists_the_queue_in_its_stored_order(tmp_path: Any) -> None:
    """``/review.json`` on a store on disk: its rows are the query's, and a store whose order was removed (written
    before it existed) gives the same rows from the scans, until its next write writes the order again."""
    from web import create_app

    kb = KnowledgeBase.open(str(tmp_path / "kb"))
    for key in range(3):
        _publish(kb, key, key, [{"type": "casualty", "speaker": "Armenia", "subject": "Azerbaijan",
                                 "confidence": 0.5 + key / 10},
                                {"type": "accusation", "speaker": "Azerbaijan", "subject": "Armenia",
                                 "confidence": None}])
    listed = [str(r["claim"]) for r in sparql.run(kb.store, "review-queue").values()]
    kb.close()
    client: FlaskClient = create_app({"KB_STORE": str(tmp_path / "kb"), "RATE_LIMIT": None}).test_client()
    rows = client.get("/review.json").get_json()["rows"]
    assert [r["claim"] for r in rows] == listed and len(listed) == 6
    kb = KnowledgeBase.open(str(tmp_path / "kb"))
    kb.store.drop_graph(REVIEW_ORDER_GRAPH)
    assert not review_order.has_order(kb.store.ox)  # type: ignore[attr-defined]
    kb.close()
    client = create_app({"KB_STORE": str(tmp_path / "kb"), "RATE_LIMIT": None}).test_client()
    assert [r["claim"] for r in client.get("/review.json").get_json()["rows"]] == listed


def _quads(subjects: list[str], read: list[str]) -> Any:
    for s in subjects:
        read.append(s)
        yield ox.Quad(ox.NamedNode(s), ox.NamedNode(f"{U}p"), ox.Literal("x"))


def test_filters_are_read_in_step_and_stop_at_the_smallest() -> None:
    """The filter naming the fewest claims decides how many are read: a kind with no claim stops an actor's
    thousands after one (all of them were read, growing with the store), and a filter naming more than ``FEW`` is
    passed over for another."""
    many = [f"{U}c{i}" for i in range(5000)]
    read: list[str] = []
    assert queue._smallest([_quads(many, read), _quads([], read)]) == set()
    assert len(read) <= 2
    read.clear()
    assert queue._smallest([_quads(many, read), _quads(many[:3] + many[:3], read)]) == set(many[:3])
    assert len(read) <= 3 + 6 + 1
    read.clear()
    assert queue._smallest([_quads(many, read), _quads(many[:queue.FEW], read)]) == set(many[:queue.FEW])
    assert queue._smallest([_quads(many, read)]) is None and queue._smallest([]) is None
    few = many[:queue.FEW + 1]
    assert queue._smallest([_quads(few, read), _quads(many, read)]) is None


def test_a_write_places_its_claims_in_the_order_before_the_conflicts_are_written(monkeypatch: Any) -> None:
    """The review order lists claims by their own facts, which a refresh never writes: it is brought up to date
    before the refresh writes the conflicts (whose large write left its look-ups several times slower), from the
    articles written alone, and it is the order from scratch after."""
    from kb.derived import review_sync
    from kb.derived.conflicts import apply

    kb = KnowledgeBase.open(":memory:")
    _publish(kb, 0, 0, [{"type": "casualty", "speaker": "Armenia", "subject": "Azerbaijan", "confidence": 0.5}])
    calls: list[tuple[str, object]] = []
    sync, changed = review_sync.sync, apply.refresh_changed

    def synced(store: Any, articles: Any, *rest: Any) -> int:
        calls.append(("review order", None if articles is None else sorted(articles)))
        return sync(store, articles, *rest)

    def refreshed(*args: Any, **kwargs: Any) -> Any:
        calls.append(("conflicts", None))
        return changed(*args, **kwargs)

    monkeypatch.setattr(review_sync, "sync", synced)
    monkeypatch.setattr(apply, "refresh_changed", refreshed)
    _publish(kb, 1, 1, [{"type": "casualty", "speaker": "Azerbaijan", "subject": "Armenia", "confidence": None},
                        {"type": "accusation", "speaker": "Russia", "subject": "Armenia", "confidence": 0.8}])
    assert [name for name, _ in calls] == ["review order", "conflicts"]
    written = calls[0][1]
    assert isinstance(written, list) and len(written) == 1 and written[0].startswith(str(DATA))
    _check(kb, "after the second article")
