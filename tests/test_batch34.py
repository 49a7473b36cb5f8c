"""A batch's write, session 34 (``docs/scaling.md``).

A write's new claims get their cards from the rows read with their facts (``load.load_claims``'s ``cards``), not
from a second read of every new claim (``native.card_rows``): a 1,000-article batch read 7.5k claims' quads twice.
The rows kept must be the ones ``card_rows`` reads, in its order (a card keeps the first value of a column), and a
batch that takes them must leave what a recompute from scratch leaves.  A large write's new summaries go by the bulk
loader as terms, not in its first update's text (20 MB of JSON parsed again)."""

from __future__ import annotations

from typing import Any

import pytest

from kb.derived import conflicts
from kb.derived.conflicts import apply, cards, incremental, native, summary_records
from kb.derived.conflicts.load import load_actors
from kb.derived.conflicts.vocabulary import categories
from kb.service import KnowledgeBase
from kb.store.oxigraph import OxigraphStore
from tests.fixtures.synthetic import Said, publish
from tests.test_batch33_view import _written
from tests.test_conflicts_incremental import U, _derived, _from_scratch

_RELAYED = [Said("Tass said that Baku put the dead at 40 near Ganja.", "casualty", "azerbaijan", subject="armenia",
                 qmin=40, qmax=45, unit="soldiers killed", approximate=True, date="2020-10-03", via=["tass", "reuters"],
                 scope="incident", place="Ganja"),
            Said("Yerevan called the charge about the dam a fabrication.", "denial", "armenia",
                 subject="azerbaijan", object="the dam", date="2020-10-04", via=["reuters"]),
            Said("An observer group counted 12 wounded between the two days.", "casualty", "ngo-watch",
                 subject="armenia", qmin=12, qmax=12, unit="wounded", scope="period", period_start="2020-10-01",
                 period_end="2020-10-02")]


@pytest.mark.parametrize("seed", [1, 2])
def test_card_rows_kept_with_the_facts_are_those_read_back(seed: int) -> None:
    """Every new claim's kept rows equal ``card_rows``' for it, in the same order; its card is the same."""
    store, d = _written(seed)
    _, after = d.claims()
    assert after and {c.iri for c in after} <= d.cards.keys()
    for c in after:
        assert d.cards[c.iri] == [(p, v) for _, p, v in native.card_rows(store.ox, [c.iri])], c.iri
    iris = [c.iri for c in after]
    assert set(cards.card_triples(store, iris, d.cards)) == set(cards.card_triples(store, iris))


def test_relayed_figures_keep_their_quantity_and_agents() -> None:
    """Quantities (bounds, unit, approximation) and relays' agents are kept, from each part's own look-up."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    with kb.batch():
        publish(kb, f"{U}relayed", "2020-10-05", "Kompas", _RELAYED)
        d = incremental.delta(store, load_actors(store), categories())
    _, after = d.claims()
    assert len(after) == 3
    kept = {p.rsplit("/", 1)[-1].rsplit("#", 1)[-1] for rows in d.cards.values() for p, _ in rows}
    assert kept >= {"minValue", "maxValue", "approximate", "unitText", "agent", "quote", "periodStart", "placeName"}
    for c in after:
        assert d.cards[c.iri] == [(p, v) for _, p, v in native.card_rows(store.ox, [c.iri])]


def test_a_batch_reads_no_new_claim_s_card_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """New and replaced articles in one refresh: no claim's card rows read again, and the derived graphs are what a
    recompute from scratch makes."""
    read: list[str] = []
    rows = native.card_rows

    def counted(db: Any, claims: Any) -> Any:
        claims = list(claims)
        read.extend(claims)
        return rows(db, claims)

    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    publish(kb, f"{U}first", "2020-10-02", "Tempo", _RELAYED[1:])
    monkeypatch.setattr(native, "card_rows", counted)
    with kb.batch():
        publish(kb, f"{U}relayed", "2020-10-05", "Kompas", _RELAYED)
        publish(kb, f"{U}first", "2020-10-02", "Tempo", _RELAYED[:2])
    assert read == []
    assert _derived(store) == _from_scratch(store)
    conflicts.refresh(store)
    assert _derived(store) == _from_scratch(store)


def test_a_large_write_loads_its_summaries_and_equals_a_recompute(monkeypatch: pytest.MonkeyPatch) -> None:
    """A write in two steps (``apply.BULK_LINES``): the states' summaries are deleted by its update and added by its
    bulk load, never inserted by an update; replaced and new figures give what a recompute gives."""
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    store = kb.store
    assert isinstance(store, OxigraphStore)
    publish(kb, f"{U}first", "2020-10-02", "Tempo", _RELAYED[::2])
    texts: list[str] = []
    update = store.update

    def recorded(text: str) -> None:
        texts.append(text)
        update(text)

    monkeypatch.setattr(store, "update", recorded)
    monkeypatch.setattr(apply, "BULK_LINES", 1)
    with kb.batch():
        publish(kb, f"{U}relayed", "2020-10-05", "Kompas", _RELAYED)
        publish(kb, f"{U}first", "2020-10-02", "Tempo", _RELAYED[2:])
    assert any("DELETE WHERE" in t and "/state/summary/" in t for t in texts)
    assert not any("INSERT DATA" in t and str(summary_records._SUMMARY) in t for t in texts)
    assert summary_records.read(store)
    assert _derived(store) == _from_scratch(store)
