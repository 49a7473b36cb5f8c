"""Pages of aggregates, series and corroborations read by position from an order the refresh keeps
(``kb.derived.conflicts.findings_order``), and their whole JSON/CSV lists streamed a page at a time
(``web.streamed``): the same findings, in the same order, as reading every finding's head (issue 15: pages at
scale)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient

from kb import deadline
from kb.derived import conflicts
from kb.derived.conflicts import actor_order, findings_order, pages
from kb.derived.conflicts.read import CONFLICTS_ORDER
from kb.errors import QueryTimeout
from kb.service import KnowledgeBase
from kb.sparql.rows import plain_rows
from kb.store.oxigraph import OxigraphStore
from kb.vocab import CONFLICTS_GRAPH
from tests.fixtures.synthetic import Said, publish
from web import create_app
from web.views.findings import PAGE_SIZE

FAMILIES = ("aggregates", "series", "corroborations")
SPEAKERS = ("Baku", "Yerevan", "Moscow", "Ankara", "Tehran")
SUBJECTS = ("Armenia", "Azerbaijan")
UNITS = ("soldiers killed", "civilians killed", "wounded")
START = date(2020, 9, 28)


def _day(kb: KnowledgeBase, n: int, outlet: str = "Kompas", speakers: tuple[str, ...] = SPEAKERS,
         own_words: bool = False) -> str:
    """One article: each speaker's running total for each subject and unit, a higher figure each day (a series
    each, once two days are in; the same claim in two outlets is a corroboration, when the second outlet tells it
    in its ``own_words``: the same text again would be a copy of the first, one source)."""
    said = [Said(f"According to {s}, the toll of {subject} {unit} stands at {100 + 10 * n + i} after the latest "
                 f"fighting ({outlet} tally {i})." if own_words else f"{s} now counts {100 + 10 * n + i} {subject} "
                 f"{unit}.", "casualty", s, subject=subject, qmin=100 + 10 * n + i, qmax=100 + 10 * n + i, unit=unit)
            for i, (s, subject, unit) in enumerate(itertools.product(speakers, SUBJECTS, UNITS))]
    return publish(kb, f"https://news.example/{outlet}/{n}", (START + timedelta(days=n)).isoformat(), outlet, said).key


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    for n in range(3):
        _day(kb, n)
    _day(kb, 2, outlet="Antara", own_words=True)  # the third day's figures carried again: corroborations
    return kb


def _client(kb: KnowledgeBase) -> FlaskClient:
    return create_app({"KB_STORE": kb, "RATE_LIMIT": None, "CONFLICTS_CACHE_SECONDS": 0}).test_client()


def _order(store: OxigraphStore) -> set[tuple[str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object))
            for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(findings_order.ORDER_GRAPH))}


def _paged(client: FlaskClient, path: str, limit: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for number in itertools.count(1):
        doc = client.get(f"{path}?limit={limit}&page={number}").get_json()
        rows += doc["rows"]
        if number >= doc["pages"]:
            return rows


@pytest.mark.parametrize("family", FAMILIES)
def test_a_page_is_read_by_position_in_the_order_of_the_explanations(kb: KnowledgeBase, family: str) -> None:
    heads = pages.heads(kb.store, family)  # every head, sorted: what each page read before
    assert heads, f"the fixture makes {family}"
    assert findings_order.size(kb.store, family) == len(heads)
    placed = findings_order.page(kb.store, family, 1, 3)
    assert placed is not None
    assert [f.iri for f in placed[0]] == [f.iri for f in heads[1:4]] and placed[1] == len(heads)
    rows = _paged(_client(kb), f"/{family}.json", 4)
    assert list(dict.fromkeys(r["key"] for r in rows)) == [f.key for f in heads]


def test_the_refresh_records_how_many_conflicts_are_ranked(kb: KnowledgeBase) -> None:
    """What a page of conflicts reads instead of counting every rank; without the record it counts."""
    (counted,) = plain_rows(kb.store, "conflict-count")
    (recorded,) = plain_rows(kb.store, "finding-order-size", list=CONFLICTS_ORDER)
    assert recorded["count"] == counted["total"] > 0
    assert conflicts.list_conflicts(kb.store, limit=5).total == counted["total"]


def _as_places(store: OxigraphStore) -> None:
    """The ranks as places 1..n (1 = oldest) and no list of every conflict, as rules 17 and older left a store: its
    pages read by rank until its next write upgrades it (``ranks.rerank``)."""
    graph = ox.NamedNode(str(CONFLICTS_GRAPH))
    rank = ox.NamedNode("https://schema.org/position")
    quads = sorted((q for q in store.ox.quads_for_pattern(None, rank, None, graph) if isinstance(q.object, ox.Literal)),
                   key=lambda q: (int(q.object.value), q.subject.value))
    for q in quads:
        store.ox.remove(q)
    store.ox.extend(ox.Quad(q.subject, rank, ox.Literal(str(n), datatype=q.object.datatype), graph)
                    for n, q in enumerate(quads, start=1))
    every = actor_order.list_iri(actor_order.EVERY)
    orders = ox.NamedNode(actor_order.ACTOR_ORDER_GRAPH)
    for q in list(store.ox.quads_for_pattern(None, None, None, orders)):
        if q.subject.value.startswith(every):
            store.ox.remove(q)


def _three_days_as_places() -> tuple[KnowledgeBase, OxigraphStore]:
    """Three days of conflicts in a store whose ranks are places, as rules 17 and older left them."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    for n in range(3):
        _day(kb, n)
    store = kb.store
    assert isinstance(store, OxigraphStore)
    _as_places(store)
    return kb, store


def test_ranks_with_holes_still_give_the_newest_conflicts_first() -> None:
    """Ranks left with holes (every other rank past some point, as one-article refreshes left them before
    ``ranks._looked_up``) in a store not yet upgraded: the recorded count (how many conflicts) fails its check
    against the top rank, and a page must then take the ranks that exist, newest first, not count down from the
    total."""
    kb, store = _three_days_as_places()
    graph = ox.NamedNode(str(CONFLICTS_GRAPH))
    rank = ox.NamedNode("https://schema.org/position")
    quads = [q for q in store.ox.quads_for_pattern(None, rank, None, graph) if isinstance(q.object, ox.Literal)]
    total = len(quads)
    assert total >= 6, "the fixture makes a few conflicts"
    before = conflicts.list_conflicts(store, limit=total)
    start = total // 2  # ranks past it spread out: start + 1 -> start + 2, start + 2 -> start + 4, ...
    moved = [ox.Quad(q.subject, rank, ox.Literal(str(start + 2 * (int(q.object.value) - start)),
                                                 datatype=q.object.datatype), graph)
             for q in quads if int(q.object.value) > start]
    kept = [q for q in quads if int(q.object.value) > start]
    for q in kept:
        store.ox.remove(q)
    store.ox.extend(moved)
    findings_order.sync(store, total)  # the record any refresh writes after its conflicts: the count, the top rank
    try:
        for offset, limit in ((0, 3), (2, 3), (0, total)):
            page = conflicts.list_conflicts(store, limit=limit, offset=offset)
            assert page.total == total
            assert [c.iri for c in page] == [c.iri for c in before[offset:offset + limit]]
        doc = _client(kb).get("/conflicts.json?limit=3").get_json()
        assert doc["total"] == total
        assert list(dict.fromkeys(r["key"] for r in doc["rows"])) == [c.key for c in before[:3]]
    finally:
        for q in moved:
            store.ox.remove(q)
        store.ox.extend(kept)
        findings_order.sync(store, total)


def test_a_hole_below_and_a_rank_far_above_the_count_are_seen() -> None:
    """Ranks {2, 3, ..., n, n + 65} with a count of n (the oldest conflict's rank moved far up): the top place is
    taken and the 64 above it free, which a check of those places took for ranks 1..n, and a page then showed a hole
    and missed the newest conflict; the top rank recorded beside the count says there are holes."""
    kb, store = _three_days_as_places()
    graph = ox.NamedNode(str(CONFLICTS_GRAPH))
    rank = ox.NamedNode("https://schema.org/position")
    total = len(list(store.ox.quads_for_pattern(None, rank, None, graph)))
    (oldest,) = [q for q in store.ox.quads_for_pattern(None, rank, None, graph)
                 if isinstance(q.object, ox.Literal) and q.object.value == "1"]
    store.ox.remove(oldest)
    store.ox.add(ox.Quad(oldest.subject, rank, ox.Literal(str(total + 65), datatype=oldest.object.datatype), graph))
    findings_order.sync(store, total)
    page = conflicts.list_conflicts(store, limit=3)
    assert page.total == total and page[0].iri == oldest.subject.value
    doc = _client(kb).get(f"/conflicts.json?limit={total}").get_json()
    assert doc["total"] == total and oldest.subject.value.rsplit("/", 1)[1] in {r["key"] for r in doc["rows"]}


def test_the_fixture_lists_more_series_than_a_page() -> None:
    assert len(SPEAKERS) * len(SUBJECTS) * len(UNITS) > PAGE_SIZE  # so that a whole list streams several pieces


@pytest.mark.parametrize("family", FAMILIES)
def test_a_whole_list_is_streamed_and_gives_every_page(kb: KnowledgeBase, family: str) -> None:
    client = _client(kb)
    whole = client.get(f"/{family}.json")
    assert whole.is_streamed and whole.headers["X-Total-Count"] == str(len(pages.heads(kb.store, family)))
    doc = whole.get_json()
    assert doc["total"] == len(pages.heads(kb.store, family)) and doc["columns"] and doc["queries"]
    assert doc["rows"] == _paged(client, f"/{family}.json", PAGE_SIZE)
    csv = client.get(f"/{family}.csv")
    assert csv.is_streamed and csv.headers["Content-Type"].startswith("text/csv")
    lines = csv.get_data(as_text=True).split("\r\n")
    assert lines[0] == ",".join(doc["columns"]) and len(lines) == len(doc["rows"]) + 2  # header, rows, ""


def test_a_store_without_the_order_lists_the_same(kb: KnowledgeBase) -> None:
    """A store refreshed before the orders existed: every head is read, and the lists do not change."""
    store = kb.store
    assert isinstance(store, OxigraphStore)
    lists = [f"/{f}.json" for f in FAMILIES] + ["/conflicts.json?limit=5&page=2"]
    before = {path: _client(kb).get(path).get_json() for path in lists}
    kept = list(store.ox.quads_for_pattern(None, None, None, ox.NamedNode(findings_order.ORDER_GRAPH)))
    store.ox.remove_graph(ox.NamedNode(findings_order.ORDER_GRAPH))
    try:
        assert findings_order.page(store, "series", 0, 5) is None
        after = {path: _client(kb).get(path).get_json() for path in lists}
        assert {p: (d["rows"], d["total"]) for p, d in after.items()} == \
            {p: (d["rows"], d["total"]) for p, d in before.items()}
        # a page of conflicts reads its places from the list of every conflict (``actor_order``), not this record
        assert {q["name"] for q in after["/conflicts.json?limit=5&page=2"]["queries"]} >= {"conflict-actor-chunk-sizes"}
    finally:
        store.ox.extend(kept)


def test_the_order_written_by_later_refreshes_is_the_order_a_full_refresh_writes() -> None:
    """Incremental refreshes (a new day, a new speaker, an article deleted) leave the order a refresh from nothing
    writes, and it lists what every head lists."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    _day(kb, 0, speakers=SPEAKERS[:2])
    second = _day(kb, 1, speakers=SPEAKERS[:2])
    _day(kb, 2, speakers=SPEAKERS[1:4])  # new series, listed among the old ones
    _day(kb, 3, speakers=SPEAKERS[2:4], outlet="Antara")
    assert kb.delete_article(second)  # Baku's series lose a step: two figures left, one of them gone
    store = kb.store
    assert isinstance(store, OxigraphStore)
    for family in FAMILIES:
        placed = findings_order.page(store, family, 0, None)
        assert placed is not None and [f.iri for f in placed[0]] == [f.iri for f in pages.heads(store, family)]
    copy = OxigraphStore(None)
    copy.ox.extend(q for q in store.ox.quads_for_pattern(None, None, None, None)
                   if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(
                       "https://w3id.org/claimkb/graph/") and q.graph_name.value.rsplit("/", 1)[-1] in
                       ("conflicts", "timelines", "derived", "changes", "findings-order")))
    conflicts.refresh(copy)
    assert _order(copy) == _order(store) and _order(store)


def test_a_renewed_budget_gives_a_piece_of_a_stream_a_page_s_time(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(deadline.time, "monotonic", lambda: now[0])
    token = deadline.start(5)
    try:
        now[0] += 6
        with pytest.raises(QueryTimeout):
            deadline.check()
        with deadline.renewed(deadline.current()):
            deadline.check()  # a fresh 5 s from now
            now[0] += 6
            with pytest.raises(QueryTimeout):
                deadline.check()
        with pytest.raises(QueryTimeout):
            deadline.check()  # the request's own budget again
        with deadline.renewed(None):
            deadline.check()  # the stream of a request with no budget: none
    finally:
        deadline.stop(token)


def test_a_whole_list_streamed_past_its_limit_is_cut_short(kb: KnowledgeBase) -> None:
    """No request holds a worker as long as the store is big: past ``STREAM_TIMEOUT`` the body ends unfinished."""
    client = create_app({"KB_STORE": kb, "RATE_LIMIT": None, "STREAM_TIMEOUT": 1e-9}).test_client()
    whole = client.get("/series.json")
    assert whole.status_code == 200 and whole.is_streamed
    with pytest.raises(QueryTimeout):
        whole.get_data(as_text=True)  # the first piece is sent, then the stream stops
