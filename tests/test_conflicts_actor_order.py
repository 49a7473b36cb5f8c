"""Pages of one actor's conflicts read by position from an order the refresh keeps per actor
(``kb.derived.conflicts.actor_order``), and the whole ``/conflicts.json`` / ``.csv`` streamed a piece at a time
(``web.streamed``): the same conflicts, in the same order, as reading every rank (issue 15: pages at scale)."""

from __future__ import annotations

import csv
import io
from typing import Any

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kb.derived import conflicts
from kb.derived.conflicts import actor_chunks, actor_order, actor_table, apply, read
from kb.derived.conflicts.actor_order import ACTOR_ORDER_GRAPH
from kb.derived.conflicts.cards import CARDS_GRAPH
from kb.service import KnowledgeBase
from kb.store.oxigraph import OxigraphStore
from tests.test_findings_order import _day
from web import create_app
from web.views import conflicts as conflict_views

ST = "https://w3id.org/claimkb/ns/derived#"
ACTORS = ("Armenia", "Azerbaijan", "Russia")


def _kb(days: int = 5) -> KnowledgeBase:
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    for n in range(days):
        _day(kb, n)
    return kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    """Lists cut into chunks of four conflicts on average: a page spans chunks, as Armenia's 29k do in chunks of 128."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(actor_order, "CUT", 4)
        return _kb()


def _client(kb: KnowledgeBase) -> FlaskClient:
    return create_app({"KB_STORE": kb, "RATE_LIMIT": None, "CONFLICTS_CACHE_SECONDS": 0}).test_client()


def _graph(store: OxigraphStore) -> set[tuple[str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object))
            for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(actor_order.ACTOR_ORDER_GRAPH))}


def _keys(client: FlaskClient, path: str) -> list[str]:
    """The conflicts of one page; none past the last page (a 404 there: trial user29)."""
    response = client.get(path)
    if response.status_code == 404 and "is past the last page" in response.get_json()["error"]["detail"]:
        return []
    return list(dict.fromkeys(r["key"] for r in response.get_json()["rows"]))


def test_a_page_of_an_actor_s_conflicts_is_read_by_position_and_matches_every_rank(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    client = _client(kb)
    by_position: dict[str, list[str]] = {}
    for actor in ACTORS:
        doc = client.get(f"/conflicts.json?actor={actor}&limit=7&page=2").get_json()
        assert doc["total"] > 14 and "conflict-actor-chunk-sizes" in {q["name"] for q in doc["queries"]}
        by_position[actor] = list(dict.fromkeys(r["key"] for r in doc["rows"]))
    monkeypatch.setattr(actor_order, "ranks", lambda *_: None)  # every rank read, as before the order existed
    for actor in ACTORS:
        doc = client.get(f"/conflicts.json?actor={actor}&limit=7&page=2").get_json()
        assert "conflict-actor-chunk-sizes" not in {q["name"] for q in doc["queries"]}
        assert by_position[actor] == list(dict.fromkeys(r["key"] for r in doc["rows"])) and len(by_position[actor]) == 7


def test_each_actor_s_order_lists_its_ranked_conflicts_oldest_first(kb: KnowledgeBase) -> None:
    store = kb.store
    for actor in ACTORS:
        iris = read.actors_named(store, actor)
        placed = actor_order.ranks(store, iris, 0, 1000)
        every, total = read._ranks(store, actor)
        assert placed is not None and placed == (every, total) and total > 0


def test_a_name_no_actor_has_is_not_found(kb: KnowledgeBase) -> None:
    """As ``kb conflicts --actor`` (exit 2): an empty page read as "no conflicts" for a name nobody has (tryout 21)."""
    response = _client(kb).get("/conflicts.json?actor=Nobody-at-all&limit=5")
    assert response.status_code == 404
    assert response.get_json()["error"]["detail"] == "no actor named 'Nobody-at-all'"


def _rebuilt_equal(store: OxigraphStore) -> None:
    """The orders as kept equal those written whole from the ranked conflicts (a whole rebuild changes nothing), and
    each actor's pages by position equal its conflicts read by rank."""
    kept = _graph(store)
    actor_order.sync(store, None)
    assert _graph(store) == kept
    for actor in ACTORS:
        every, total = read._ranks(store, actor)
        assert actor_order.ranks(store, read.actors_named(store, actor), 0, 1000) == (every, total), actor
        for offset, limit in ((0, 3), (2, 5), (7, 4), (total - 2, 5)):
            placed = actor_order.ranks(store, read.actors_named(store, actor), max(offset, 0), limit)
            assert placed == ((every or [])[max(offset, 0):max(offset, 0) + limit], total), (actor, offset)


def _later_kb() -> KnowledgeBase:
    """Three days of the third week: room for articles weeks before (their figures stay positive) and after."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    for n in (14, 15, 16):
        _day(kb, n)
    return kb


def test_the_orders_take_the_touched_conflicts_as_the_refresh_wrote_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a refresh hands the orders of the conflicts it placed (``actor_table.Placed``: rank, actors, stored
    before) is what reading them back from the store gives, new, grown and removed conflicts alike; and the
    difference it reads before writing the conflicts (``actor_chunks.plan``), written with them, is the one read
    back after they are written: so the orders it writes are a full rebuild's."""
    monkeypatch.setattr(actor_order, "CUT", 4)
    kb = _later_kb()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    real_plan, real_write = actor_chunks.plan, apply._write
    plans: list[tuple[frozenset[str], Any, actor_chunks.Plan]] = []
    handed: list[int] = []

    def planned(store_: Any, touched: frozenset[str], written: Any = None) -> actor_chunks.Plan:
        plans.append((touched, written, real_plan(store_, touched, written)))
        return plans[-1][2]

    def write(store_: Any, *args: Any) -> None:
        given = dict(args[5])
        orders = given.pop(ACTOR_ORDER_GRAPH, None)
        real_write(store_, *args[:5], given)  # the conflicts alone (and the other orders); then the actors' orders'
        # difference read back, and written
        touched, written, found = plans[-1]
        if touched:  # an incremental refresh that placed conflicts says how it wrote each of them
            assert written is not None and set(written) == set(touched)
            handed.append(len(written))
            assert actor_table.touched(store_, sorted(touched), written) == actor_table.touched(store_, sorted(touched))
            assert found.lines is not None and found.lines == orders == real_plan(store_, touched).lines
        if orders is not None and any(orders):
            actor_chunks._write(store_, *orders)

    monkeypatch.setattr(actor_chunks, "plan", planned)
    monkeypatch.setattr(apply, "_write", write)
    second = _day(kb, 17, outlet="Antara")
    _day(kb, 24, speakers=("Baku", "Moscow"))
    assert kb.delete_article(second)
    _day(kb, 1, outlet="Tempo", speakers=("Yerevan", "Tehran"))
    assert len(handed) >= 2  # the new week's conflicts, the deleted article's
    _rebuilt_equal(store)


@pytest.mark.parametrize("bulk", [False, True])
def test_an_incremental_refresh_keeps_the_orders_a_full_one_writes(monkeypatch: pytest.MonkeyPatch, bulk: bool
                                                                   ) -> None:
    """New articles (the newest end), a deleted one (in the middle) and one dated among the oldest (every list's
    places after it move): the orders the incremental refresh leaves are those a refresh from nothing writes.
    ``bulk``: every write's additions by the bulk loader after an update of its deletions (``actor_chunks._write``,
    and the refresh's own, which loads the orders' additions with the conflicts': ``apply._write``; a batch's
    path)."""
    monkeypatch.setattr(actor_order, "CUT", 4)
    if bulk:
        monkeypatch.setattr(actor_chunks, "BULK_LINES", 1)
        monkeypatch.setattr(apply, "BULK_LINES", 1)
    kb = _later_kb()
    second = _day(kb, 17, outlet="Antara")  # a week later: new conflicts (a week's figures are one episode)
    _day(kb, 24, speakers=("Baku", "Moscow"))
    assert kb.delete_article(second)  # the middle week's conflicts gone: later places move down
    _day(kb, 1, outlet="Tempo", speakers=("Yerevan", "Tehran"))  # a week before all: every list's places move up
    store = kb.store
    assert isinstance(store, OxigraphStore)
    incremental = _graph(store)
    copy = OxigraphStore(None)
    copy.ox.extend(q for q in store.ox.quads_for_pattern(None, None, None, None)
                   if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(
                       "https://w3id.org/claimkb/graph/") and q.graph_name.value.rsplit("/", 1)[-1] in
                       ("conflicts", "timelines", "derived", "changes", "findings-order", "conflicts-by-actor")))
    conflicts.refresh(copy)
    assert incremental == _graph(copy) and incremental
    _rebuilt_equal(store)


_SPEAKERS = st.sampled_from([("Baku", "Yerevan"), ("Yerevan", "Tehran"), ("Baku", "Moscow"),
                             ("Baku", "Yerevan", "Moscow")])
_WRITE = st.one_of(st.tuples(st.just("add"), st.sampled_from([0, 7, 15, 16, 22, 29]),
                             st.sampled_from(["Kompas", "Antara", "Tempo"]),
                             _SPEAKERS),
                   st.tuples(st.just("delete"), st.integers(0, 5), st.just(""), st.just(("",))))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WRITE, min_size=1, max_size=4))
@example([("add", 29, "Kompas", ("Baku", "Yerevan")), ("add", 15, "Tempo", ("Baku", "Yerevan", "Moscow")),
          ("add", 22, "Antara", ("Yerevan", "Tehran")), ("delete", 0, "", ("",))])
@example([("add", 0, "Tempo", ("Baku", "Moscow")), ("add", 7, "Kompas", ("Yerevan", "Tehran")),
          ("delete", 1, "", ("",)), ("add", 16, "Antara", ("Baku", "Yerevan"))])
@example([("add", 15, "Tempo", ("Baku", "Yerevan")), ("add", 15, "Tempo", ("Baku", "Yerevan")),
          ("delete", 0, "", ("",)), ("delete", 0, "", ("",))])
def test_each_write_leaves_the_orders_a_whole_rebuild_writes(writes: list[tuple[str, int, str, tuple[str, ...]]]
                                                             ) -> None:
    """Random writes (articles of weeks before, among and after the others, by other speakers: new conflicts at
    either end of the order or between; deletions of them): after each,
    every actor's order equals the one written whole from the ranked conflicts, and no list goes stale."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(actor_order, "CUT", 4)  # chunks of four conflicts on average: a write meets several
        kb = _later_kb()
        rechunked = actor_chunks._rechunked

        def kept(*args: Any) -> int | None:  # the whole rewrite a failed cut falls back to would hide it
            done = rechunked(*args)
            assert done is not None, "a write fell back to writing every order whole"
            return done

        mp.setattr(actor_chunks, "_rechunked", kept)
        store = kb.store
        assert isinstance(store, OxigraphStore)
        written: list[str] = []
        for op, n, outlet, speakers in writes:
            if op == "add":
                key = _day(kb, n, outlet=outlet, speakers=speakers)
                if key not in written:  # the same article again replaces itself: one key to delete
                    written.append(key)
            elif written:
                assert kb.delete_article(written.pop(n % len(written)))
            _rebuilt_equal(store)


def _as_an_older_writer_left_them(store: OxigraphStore) -> None:
    """Orders an older writer kept (one entry a place, some lists stale): no cut recorded on the root list."""
    root = ox.NamedNode(actor_order.ROOT)
    graph = ox.NamedNode(actor_order.ACTOR_ORDER_GRAPH)
    for q in list(store.ox.quads_for_pattern(root, ox.NamedNode(f"{ST}chunks"), None, graph)):
        store.ox.remove(q)


def test_a_store_refreshed_before_the_orders_existed_pages_by_rank_then_gets_them() -> None:
    kb = _kb(3)
    store = kb.store
    assert isinstance(store, OxigraphStore)
    store.ox.remove_graph(ox.NamedNode(actor_order.ACTOR_ORDER_GRAPH))
    assert actor_order.ranks(store, read.actors_named(store, "Armenia"), 0, 5) is None
    doc = _client(kb).get("/conflicts.json?actor=Armenia&limit=5").get_json()
    assert doc["total"] > 5 and len({r["key"] for r in doc["rows"]}) == 5
    _day(kb, 3)  # the next refresh (incremental for the conflicts) writes every actor's order
    for actor in ACTORS:
        assert actor_order.ranks(store, read.actors_named(store, actor), 0, 1000) == read._ranks(store, actor)


def test_the_whole_list_is_streamed_newest_first_as_its_pages_are(kb: KnowledgeBase,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(conflict_views, "STREAMED", 3)  # many pieces
    client = _client(kb)
    paged: list[str] = []
    page = 1
    while True:
        keys = _keys(client, f"/conflicts.json?limit=20&page={page}")
        if not keys:
            break
        paged += keys
        page += 1
    response = client.get("/conflicts.json")
    assert response.is_streamed
    doc = response.get_json()
    assert doc["total"] == len(paged) == int(response.headers["X-Total-Count"])
    assert list(dict.fromkeys(r["key"] for r in doc["rows"])) == paged
    assert sorted(paged) == sorted(c.key for c in read.list_conflicts(kb.store))
    every = [row for key in paged for row in client.get(f"/conflicts/{key}.json").get_json()["rows"]]
    assert doc["rows"] == every and len(every) > len(paged)  # every claim of each, as its own page gives them
    rows = list(csv.DictReader(io.StringIO(client.get("/conflicts.csv").get_data(as_text=True))))
    assert list(dict.fromkeys(r["key"] for r in rows)) == paged and len(rows) == len(every)
    actor = client.get("/conflicts.json?actor=Russia").get_json()
    paged_actor = _keys(client, "/conflicts.json?actor=Russia&limit=500")
    assert list(dict.fromkeys(r["key"] for r in actor["rows"])) == paged_actor and paged_actor


@pytest.mark.parametrize("family", ["series", "aggregates", "corroborations"])
def test_a_page_of_findings_fills_its_claims_from_the_stored_cards_as_from_the_claims(family: str) -> None:
    """``pages.fill`` reads the cards the refresh stored (one lookup a claim), else "Claim cards": the same page."""
    kb = _kb(3)
    _day(kb, 2, outlet="Antara", own_words=True)  # in its own words: a copy would be one source, no corroboration
    store = kb.store
    assert isinstance(store, OxigraphStore)
    client = _client(kb)
    path = f"/{family}.json?limit=4&page=2"
    stored = client.get(path).get_json()
    assert stored["rows"] and "claim-cards" not in {q["name"] for q in stored["queries"]}
    store.ox.remove_graph(ox.NamedNode(CARDS_GRAPH))
    store.ox.add(ox.Quad(ox.NamedNode("https://example.org/x"), ox.NamedNode("https://example.org/p"),
                         ox.Literal("graph kept, cards gone"), ox.NamedNode(CARDS_GRAPH)))
    read_again = client.get(path).get_json()
    assert "claim-cards" in {q["name"] for q in read_again["queries"]}
    assert read_again["rows"] == stored["rows"]


def test_a_list_of_aggregates_reads_their_months_only_where_it_shows_them(kb: KnowledgeBase) -> None:
    """The JSON and CSV rows of a list give each aggregate's whole measure: its months are not read for them (most of
    ``/aggregates.json?limit=20`` at 25k articles); the HTML list and an aggregate's own JSON still give them."""
    client = _client(kb)
    doc = client.get("/aggregates.json?limit=5").get_json()
    assert doc["rows"] and "aggregate-periods" not in {q["name"] for q in doc["queries"]}
    assert 'class="estimates periods"' in client.get("/aggregates?limit=5").get_data(as_text=True)
    own = client.get(f"/aggregates/{doc['rows'][0]['key']}.json").get_json()
    assert own["periods"] and "aggregate-periods" in {q["name"] for q in own["queries"]}


def test_orders_an_older_writer_left_are_read_by_rank_until_the_next_write() -> None:
    """Orders an older writer kept (one entry a place, lists it made stale): pages read every rank meanwhile (the
    same conflicts), and the next write (incremental for the conflicts) writes every order whole, in chunks."""
    kb = _kb(3)
    store = kb.store
    assert isinstance(store, OxigraphStore)
    _as_an_older_writer_left_them(store)
    iris = read.actors_named(store, "Armenia")
    assert actor_order.ranks(store, iris, 0, 1000) is None
    _, total = read._ranks(store, "Armenia")
    doc = _client(kb).get("/conflicts.json?actor=Armenia&limit=7").get_json()
    assert doc["total"] == total and len(dict.fromkeys(r["key"] for r in doc["rows"])) == min(7, total)
    _day(kb, 1, outlet="Tempo", speakers=("Yerevan", "Tehran"))
    _rebuilt_equal(store)


def test_a_write_during_the_whole_streamed_list_cuts_it_short(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces are read by offset: a write that changes the list between two pieces would make the rest repeat some
    conflicts and skip others, so the body ends there, cut short (invalid JSON), never silently wrong."""
    import json
    from datetime import timedelta

    from tests.fixtures.synthetic import Said, publish
    from tests.test_findings_order import START

    monkeypatch.setattr(conflict_views, "STREAMED", 3)
    kb = _kb(3)
    client = _client(kb)
    response = client.get("/conflicts.json")
    pieces = iter(response.response)
    sent = [next(pieces) for _ in range(3)]
    said = [Said(f"{s} now counts {n} Armenia deaths.", "casualty", s, subject="Armenia", qmin=n, qmax=n,
                 unit="deaths") for s, n in (("Baku", 500), ("Yerevan", 50), ("Moscow", 200))]
    publish(kb, "https://news.example/Late/9", (START + timedelta(days=9)).isoformat(), "Late", said)
    with pytest.raises(Exception, match="changed while it was sent"):
        sent += list(pieces)
    body = b"".join(x if isinstance(x, bytes) else x.encode() for x in sent)
    with pytest.raises(json.JSONDecodeError):
        json.loads(body)


def test_a_refresh_that_stopped_before_its_orders_has_them_written_whole_by_the_next(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The orders are written after the conflicts, in updates of their own: a refresh that stops in between leaves
    its flag, and the next refresh (even one with nothing new) writes every order whole."""
    from datetime import timedelta

    from tests.fixtures.synthetic import Said, publish
    from tests.test_findings_order import START

    kb = _kb(3)
    store = kb.store
    real = actor_order.sync

    def killed(*_: object, **__: object) -> int:
        raise RuntimeError("killed")

    monkeypatch.setattr(actor_order, "sync", killed)
    said = [Said(f"{s} now counts {n} Armenia deaths.", "casualty", s, subject="Armenia", qmin=n, qmax=n,
                 unit="deaths") for s, n in (("Baku", 500), ("Yerevan", 50), ("Moscow", 200))]
    with pytest.raises(RuntimeError):
        publish(kb, "https://news.example/Late/9", (START + timedelta(days=9)).isoformat(), "Late", said)
    monkeypatch.setattr(actor_order, "sync", real)
    assert actor_order.orders_pending(store)
    kb.refresh()
    assert not actor_order.orders_pending(store)
    for actor in ACTORS:
        assert actor_order.ranks(store, read.actors_named(store, actor), 0, 1000) == read._ranks(store, actor), actor


def test_a_stale_actor_s_whole_list_reads_its_ranks_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where an older writer kept the orders, pages read every rank of the actor; its whole list, streamed a few
    conflicts a piece, reads
    them once for all its pieces (it read them for each piece: 1,450 times for Armenia at 25k articles)."""
    monkeypatch.setattr(conflict_views, "STREAMED", 3)
    kb = _kb(3)
    store = kb.store
    assert isinstance(store, OxigraphStore)
    _as_an_older_writer_left_them(store)
    stale = [a for a in ACTORS if actor_order.ranks(store, read.actors_named(store, a), 0, 1) is None]
    assert stale == list(ACTORS)
    calls: list[str | None] = []
    every_rank = read._ranks
    monkeypatch.setattr(read, "_ranks", lambda s, actor: calls.append(actor) or every_rank(s, actor))
    client = _client(kb)
    for actor in stale:
        calls.clear()
        response = client.get(f"/conflicts.json?actor={actor}")
        assert response.is_streamed
        keys = list(dict.fromkeys(r["key"] for r in response.get_json()["rows"]))
        assert calls.count(actor) == 1
        paged, page = [], 1
        while found := _keys(client, f"/conflicts.json?actor={actor}&limit=3&page={page}"):
            paged, page = paged + found, page + 1
        assert keys == paged and len(paged) > 3 * 2  # several pieces


def test_a_remote_store_keeps_ranks_read_whole_for_one_request_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Others write a remote store without this app seeing a snapshot: ranks kept across requests could point at
    other conflicts after such a write, so there a request's memo is its own (an embedded store's is shared until its
    next snapshot or ``CONFLICTS_CACHE_SECONDS``)."""
    import dataclasses

    kb = _kb(2)
    app = create_app({"KB_STORE": kb, "RATE_LIMIT": None})
    with app.test_request_context("/conflicts"):
        first = conflict_views.ranks_memo()
        assert conflict_views.ranks_memo() is first
    monkeypatch.setattr(kb.store, "capabilities", dataclasses.replace(kb.store.capabilities, remote=True))
    with app.test_request_context("/conflicts"):
        assert conflict_views.ranks_memo() is not conflict_views.ranks_memo()



def test_orders_a_refresh_has_not_written_yet_are_read_by_rank() -> None:
    """Between a refresh's conflicts and its orders (or after it stopped there), the chunks list older conflicts:
    pages read every rank while the orders' pending flag is set (review of session 12)."""
    kb = _kb(3)
    store = kb.store
    iris = read.actors_named(store, "Armenia")
    assert actor_order.ranks(store, iris, 0, 5) is not None
    store.update(actor_order.pending_update(True))
    assert actor_order.ranks(store, iris, 0, 5) is None
    store.update(actor_order.pending_update(False))
    assert actor_order.ranks(store, iris, 0, 5) is not None


@settings(max_examples=200, deadline=None)
@given(ranks=st.lists(st.integers(0, 60), min_size=1, max_size=40),
       touched=st.sets(st.integers(0, 39), max_size=20),
       keys=st.lists(st.tuples(st.integers(-1, 62), st.sampled_from(["a", "m", "z"])), min_size=1, max_size=60))
def test_where_many_conflicts_fall_taken_in_order_is_where_each_falls_by_search(ranks: list[int], touched: set[int],
                                                                                keys: list[tuple[int, str]]) -> None:
    """``Table.befores`` (the keys in order, a search only when one passes the next untouched first: a batch's
    thousands) gives each key the chunk ``Table.before``'s binary search from the first chunk gives it, touched
    chunks' firsts passed over alike."""
    from kb.derived.conflicts.actor_table import Table

    firsts = sorted((r, f"c{n:03d}") for n, r in enumerate(ranks))
    table = Table.__new__(Table)
    table.node, table.count, table.db = "list", len(firsts), None
    table.read = {k: (f"chunk{k}", 4, first, rank) for k, (rank, first) in enumerate(firsts)}
    hit = frozenset(firsts[k][1] for k in touched if k < len(firsts))
    for some in (keys, keys[:1], sorted(keys, reverse=True)):
        assert table.befores(some, hit) == {table.before(key, hit) for key in some}
