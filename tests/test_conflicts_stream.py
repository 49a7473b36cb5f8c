"""``kb conflicts --format json`` streamed: the cards it reads in bulk are the cards pages read, and the text it writes
is the whole list's, whatever the chunk, cache and batch sizes, on the embedded store and through the ``Store``
protocol alone (as a remote store is read).  Its speed lives in ``bench/stream.py``."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kb.derived.conflicts import cards, list_conflicts, refresh, stream
from kb.derived.conflicts.read import claim_cards
from kb.service import KnowledgeBase
from tests.conftest import Plain
from tests.fixtures.synthetic import Said, publish

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4), max_leaves=20)


@given(_JSON, st.integers(min_value=0, max_value=4))
def test_indented_json_is_json_dumps_text(value: object, depth: int) -> None:
    """The stream's encoder writes what ``json.dumps(..., ensure_ascii=False, indent=1)`` writes, at any depth."""
    text = json.dumps(value, ensure_ascii=False, indent=1)
    assert stream.indented(value, depth) == text.replace("\n", "\n" + " " * depth)


def _varied() -> KnowledgeBase:
    """Claims with every part a card shows: relays through one and two agencies (one unknown), a speaker the
    gazetteer does not know, scopes, periods, places, approximate and open figures, claims with no figure."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    publish(kb, "https://news.example/stream/1", "2020-10-02", "Kompas", [
        Said("Baku said 2,000 Armenian soldiers were killed.", "casualty", "Baku", subject="Armenia", qmin=2000,
             qmax=2000, unit="soldiers killed", date="2020-10-01", via=["Reuters", "Steppe Wire"]),
        Said("Yerevan said about 50 Armenian soldiers were killed near Hadrut.", "casualty", "Yerevan",
             subject="Armenia", qmin=50, qmax=50, approximate=True, unit="soldiers killed", date="2020-10-01",
             scope="incident", place="Hadrut"),
        Said("Amina Karimova said more than 30 civilians died this week.", "casualty", "Amina Karimova",
             subject="civilians", qmin=31, unit="civilians killed", scope="period", period_start="2020-09-27",
             period_end="2020-10-02", via=["AFP"]),
    ])
    publish(kb, "https://news.example/stream/2", "2020-10-03", "Harbour Gazette", [
        Said("Yerevan accused Baku of shelling Stepanakert.", "accusation", "Yerevan", subject="Azerbaijan"),
        Said("Baku denied the figure.", "denial", "Baku", subject="Armenia"),
        Said("Yerevan said 60 Armenian soldiers were killed in all.", "casualty", "Yerevan", subject="Armenia",
             qmin=60, qmax=60, unit="soldiers killed", scope="cumulative", date="2020-10-03"),
    ])
    refresh(kb.store)
    return kb


@pytest.fixture(scope="module")
def varied() -> KnowledgeBase:
    return _varied()


def _claims(kb: KnowledgeBase) -> list[str]:
    """Every claim of the store (its IRI), a few that are in no conflict among them."""
    rows = kb.store.select("SELECT ?c WHERE { ?c <https://w3id.org/claimkb/ns#quote> ?q }").rows
    return sorted(str(row["c"]) for row in rows)


@pytest.mark.parametrize("plain", [False, True], ids=["embedded", "protocol"])
def test_cards_read_in_bulk_are_the_cards_pages_read(varied: KnowledgeBase, monkeypatch: pytest.MonkeyPatch,
                                                     plain: bool) -> None:
    store = Plain(varied.store) if plain else varied.store
    claims = _claims(varied)
    monkeypatch.setattr(cards, "BATCH", 2)  # claims split across batches, and labels known from an earlier one
    monkeypatch.setattr(cards, "HELD", 3)  # and forgotten
    bulk = cards.CardReader(store).read(claims)
    assert bulk == claim_cards(store, claims)  # type: ignore[arg-type]
    assert len(bulk) == len(claims) == 6
    shown = list(bulk.values())
    assert any(len(c["via"]) == 2 for c in shown) and any(c["via"] == [] for c in shown)
    assert {c["scope"] for c in shown} >= {"incident", "period", "cumulative", None}
    assert any(c["place"] == "Hadrut" for c in shown) and any(c["period_start"] == "2020-09-27" for c in shown)
    assert any(c["approximate"] for c in shown) and any(c["quantity_max"] is None and c["quantity_min"] for c in shown)
    assert any(c["outlet"] == "Harbour Gazette" for c in shown) and any(c["speaker"] == "Amina Karimova" for c in shown)
    assert {c["type"] for c in shown} >= {"casualty", "accusation", "denial"}


def test_a_claim_without_a_card_is_left_out(varied: KnowledgeBase) -> None:
    """A claim missing its quote has no card in either reader (and an IRI that is no claim has none)."""
    claims = _claims(varied)
    varied_store = KnowledgeBase.open(":memory:").store
    assert cards.CardReader(varied_store).read(claims) == {} == claim_cards(varied_store, claims)
    assert cards.CardReader(varied.store).read([*claims, "https://news.example/stream/none"]).keys() == set(claims)


@pytest.mark.parametrize("plain", [False, True], ids=["embedded", "protocol"])
@pytest.mark.parametrize("actor", [None, "Baku", "Hadrut"])
def test_the_stream_is_the_whole_list(varied: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, plain: bool,
                                      actor: str | None) -> None:
    store = Plain(varied.store) if plain else varied.store
    whole = [c.to_dict() for c in list_conflicts(store, actor=actor)]  # type: ignore[arg-type]
    for chunk, held, batch in ((1, 1, 1), (2, 3, 2), (200, 50_000, 500)):
        monkeypatch.setattr(stream, "CHUNK", chunk)
        monkeypatch.setattr(stream, "CARD_CACHE", held)
        monkeypatch.setattr(cards, "BATCH", batch)
        out = io.StringIO()
        assert stream.write_json(store, out, actor) == len(whole)  # type: ignore[arg-type]
        assert out.getvalue() == json.dumps(whole, ensure_ascii=False, indent=1) + "\n"
        assert [c.to_dict() for c in stream.iter_conflicts(store, actor)] == whole  # type: ignore[arg-type]
    assert (actor == "Hadrut") == (whole == [])
    assert actor is not None or sum(len(c["claims"]) for c in whole) > len(whole) * 2


def test_a_quote_that_looks_like_the_claims_key_stays_a_quote() -> None:
    """The stream joins each conflict's claims into its JSON at the "claims" key: a quote or explanation holding
    the same characters is escaped inside its string, so it is never replaced."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    odd = 'Baku said "claims": "\x00claims" and 2,000 Armenian soldiers were killed.'
    publish(kb, "https://news.example/stream/odd", "2020-10-02", "Kompas", [
        Said(odd, "casualty", "Baku", subject="Armenia", qmin=2000, qmax=2000, unit="soldiers killed"),
        Said("Yerevan said 50 Armenian soldiers were killed.", "casualty", "Yerevan", subject="Armenia", qmin=50,
             qmax=50, unit="soldiers killed")])
    refresh(kb.store)
    out = io.StringIO()
    assert stream.write_json(kb.store, out) == 1
    assert out.getvalue() == json.dumps([c.to_dict() for c in list_conflicts(kb.store)], ensure_ascii=False,
                                        indent=1) + "\n"
    assert any('said "claims": "' in c["quote"] for c in json.loads(out.getvalue())[0]["claims"])


def test_a_store_refreshed_before_member_lists_streams_every_claim() -> None:
    """Reading never refreshes: a store whose conflicts were written before each kept its member list (older rules)
    still streams every claim, read the grouped way."""
    from kb.derived.conflicts.graph import MEMBER_LIST
    from kb.vocab import CONFLICTS_GRAPH

    kb = _varied()
    whole = [c.to_dict() for c in list_conflicts(kb.store)]
    kb.store.update(f"DELETE WHERE {{ GRAPH <{CONFLICTS_GRAPH}> {{ ?c {MEMBER_LIST} ?list }} }}")
    out = io.StringIO()
    assert stream.write_json(kb.store, out) == len(whole)
    assert out.getvalue() == json.dumps(whole, ensure_ascii=False, indent=1) + "\n"
    assert all(c["claims"] for c in whole)
