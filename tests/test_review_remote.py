"""Reviews work the same on the embedded store and on remote SPARQL servers (Oxigraph, Virtuoso): a correction,
a rejection and an added claim, then a re-ingest of the changed article, leave the same reviewed view."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kb.actors import Gazetteer
from kb.pipeline.quarantine import Quarantine
from kb.review import listing, service
from kb.service import KnowledgeBase
from kb.store import Store, open_store
from kb.store.remote import SparqlStore
from tests.test_remote_store import _empty, oxigraph_url, virtuoso_url  # noqa: F401 (fixtures)

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TRUCE = "en_karabakh_truce_broken"


@pytest.fixture(params=["embedded", "oxigraph-server", "virtuoso"])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    if request.param == "embedded":
        s: Store = open_store(":memory:")
    else:
        s = _empty(SparqlStore(request.getfixturevalue(request.param.split("-")[0] + "_url")))
    yield s
    s.close()


def _reviewed_view(store: Store, folder: Path) -> list[tuple[str, str, bool, str]]:
    kb = KnowledgeBase(store, Quarantine(None), Gazetteer.load(()))
    kb.sync_reference_graphs()
    folder.mkdir()
    for part in (".txt", ".meta.json"):
        shutil.copy(SAMPLES / f"{TRUCE}{part}", folder / f"{TRUCE}{part}")
    source = folder / f"{TRUCE}.txt"
    kb.ingest_inputs([source])
    rows = listing.rows(store, kb.gazetteer)
    nine = next(r for r in rows if r.record.quantity_min == 9)
    baku = next(r for r in rows if r.record.quantity_min == 5001)
    kb.review(service.correct, nine.claim, {"speaker": "Armenia", "quantity_min": 12, "quantity_max": 12},
                    "ana", "a quoted \"figure\"\nover two lines")
    kb.review(service.reject, baku.claim, "ana")
    text = source.read_text(encoding="utf-8")
    start = text.index("Armenia denied")
    kb.review(service.add, nine.record.article, start, start + 30, {"type": "denial", "speaker": "Armenia"},
                "ana")
    source.write_text("Updated.\n\n" + text, encoding="utf-8")
    [result] = kb.ingest_inputs([source])
    assert result.status == "replaced"
    return sorted((r.iri.rsplit("-added-", 1)[0], r.status, r.shown, r.record.to_json()) for r in
                  listing.rows(store, kb.gazetteer))


def test_reviews_on_every_store(store: Store, tmp_path: Path) -> None:
    here = _reviewed_view(store, tmp_path / "here")
    reference = _reviewed_view(open_store(":memory:"), tmp_path / "reference")
    assert here == reference
    statuses = sorted(s for _, s, _, _ in here if s != "unreviewed")
    assert statuses == ["added", "corrected", "rejected"]
    [history] = [listing.history(store, r) for r, s, _, _ in here if s == "corrected"]
    assert history[0].reason == "a quoted \"figure\"\nover two lines"
