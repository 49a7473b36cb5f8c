"""Reviews (kb/review): corrections, rejections and added claims hold across re-ingest, the export is the
reviewed view, a correction breaking a shape changes nothing, and the derived data use the reviewed view."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV

from kb import sparql
from kb.derived import conflicts, timeline
from kb.errors import InputError, NotConforming
from kb.pipeline import gate
from kb.review import listing, service
from kb.review.graph import review_graph, reviews_of
from kb.review.model import parse_sets
from kb.service import KnowledgeBase
from kb.vocab import CKB, DATA, REVIEWS_GRAPH

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TRUCE = "en_karabakh_truce_broken"
PREFACE = "Updated with a correction from the Armenian side.\n\n"


def _copy(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for part in (".txt", ".meta.json"):
        shutil.copy(SAMPLES / f"{TRUCE}{part}", folder / f"{TRUCE}{part}")
    return folder / f"{TRUCE}.txt"


@pytest.fixture
def kb(tmp_path: Path):  # type: ignore[no-untyped-def]
    kb = KnowledgeBase.open(str(tmp_path / "store"))
    kb.sync_reference_graphs()
    others = [p for p in sorted(SAMPLES.glob("*.txt")) if p.stem != TRUCE]
    kb.ingest_inputs([*others, _copy(tmp_path / "in")])
    yield kb
    kb.close()


def _rows(kb: KnowledgeBase) -> list[listing.Row]:
    return listing.rows(kb.store, kb.gazetteer)


def _find(kb: KnowledgeBase, kind: str, **fields: object) -> listing.Row:
    found = [r for r in _rows(kb)
             if r.record.type == kind and all(getattr(r.record, k) == v for k, v in fields.items())]
    assert len(found) == 1, found
    return found[0]


def _key(kb: KnowledgeBase) -> str:
    """The article's key: from its URL (its sidecar), so an edited text is the same article."""
    url = json.loads((SAMPLES / f"{TRUCE}.meta.json").read_text(encoding="utf-8"))["url"]
    return hashlib.sha256(url.encode()).hexdigest()[:16]


def _shown(kb: KnowledgeBase, key: str) -> dict[str, object]:
    """The claims of an article as the pages' own query lists them."""
    rows = sparql.run(kb.store, "article-claims", article=DATA[f"article/{key}"]).rows
    return {str(r["claim"]): r for r in rows}


def _review_all(kb: KnowledgeBase, text: str) -> tuple[str, str, str]:
    nine = _find(kb, "casualty", quantity_min=9)
    kb.review(service.correct, nine.claim, parse_sets(["speaker=Armenia", "quantity_min=12",
                                                                     "quantity_max=12"]), "ana", "misread")
    baku = _find(kb, "casualty", quantity_min=5001)
    kb.review(service.reject, baku.claim, "ana", "not a figure of the dead")
    start = text.index("Armenia denied")
    end = start + len("Armenia denied firing on Ganja")
    added = kb.review(service.add, nine.record.article, start, end,
                        parse_sets(["type=denial", "speaker=Armenia", "subject=Azerbaijan"]), "ana")
    return nine.iri, baku.iri, added.claim


def test_reviews_hold_across_a_reingest_of_the_changed_article(kb: KnowledgeBase, tmp_path: Path) -> None:
    source = tmp_path / "in" / f"{TRUCE}.txt"
    text = source.read_text(encoding="utf-8")
    key = _key(kb)
    before = {r.iri for r in _rows(kb) if r.status == "unreviewed"}
    corrected, rejected, added = _review_all(kb, text)

    source.write_text(PREFACE + text, encoding="utf-8")  # the same URL (sidecar), so the same article
    [result] = kb.ingest_inputs([source])
    assert result.status == "replaced"

    rows = {r.iri: r for r in _rows(kb)}
    new_text = kb.article(key).text
    fixed = rows[corrected]
    assert (fixed.status, fixed.record.speaker, fixed.record.quantity_min) == ("corrected", "Armenia", 12)
    assert new_text[fixed.record.start:fixed.record.end] == fixed.record.quote
    assert fixed.record.start >= len(PREFACE)
    assert rows[rejected].status == "rejected" and not rows[rejected].shown
    assert rows[added].status == "added" and new_text[rows[added].record.start:].startswith("Armenia denied firing")
    shown = _shown(kb, key)
    assert rejected not in shown and corrected in shown and added in shown
    # unchanged claims kept their IRIs though every offset moved
    assert before - {corrected, rejected} == {r.iri for r in rows.values() if r.status == "unreviewed"}
    assert not [r for r in rows.values() if r.recheck]
    # the export is the reviewed view after the re-ingest too: the corrected and the added claim, as shown
    gold = sorted(c.to_json() for c in listing.gold(kb.store, kb.gazetteer))
    assert gold == sorted(rows[iri].record.to_json() for iri in (corrected, added))


def test_the_export_is_the_reviewed_view(kb: KnowledgeBase, tmp_path: Path) -> None:
    text = (tmp_path / "in" / f"{TRUCE}.txt").read_text(encoding="utf-8")
    _review_all(kb, text)
    gold = listing.gold(kb.store, kb.gazetteer)
    from kb.pipeline.to_rdf import claims_with_iris
    from kb.review.service import labelled

    article = kb.article(_key(kb))
    graph = labelled(kb.store.get_graph(str(article.graph_iri)), kb.gazetteer) + kb.store.get_graph(
        "https://w3id.org/claimkb/graph/minted-actors")
    view = dict(claims_with_iris(graph))
    statuses = {r.iri: r.status for r in _rows(kb)}
    wanted = [c for iri, c in view.items() if statuses[str(iri)] in ("accepted", "corrected", "added")]
    assert sorted(c.to_json() for c in gold) == sorted(c.to_json() for c in wanted)
    assert len(gold) == 2  # the correction and the added claim; the rejected claim is no gold


def test_reingesting_an_unchanged_reviewed_article_changes_nothing(kb: KnowledgeBase, tmp_path: Path) -> None:
    source = tmp_path / "in" / f"{TRUCE}.txt"
    _review_all(kb, source.read_text(encoding="utf-8"))
    dump = kb.store.dump("nquads")
    [result] = kb.ingest_inputs([source])
    assert result.status == "unchanged"
    assert kb.store.dump("nquads") == dump


def test_a_review_whose_quote_is_gone_asks_for_a_second_look(kb: KnowledgeBase, tmp_path: Path) -> None:
    source = tmp_path / "in" / f"{TRUCE}.txt"
    text = source.read_text(encoding="utf-8")
    corrected, _, _ = _review_all(kb, text)
    sentence = _rows(kb)
    quote = next(r.record.quote for r in sentence if r.iri == corrected)
    source.write_text(text.replace(quote, "The ministry gave no figure."), encoding="utf-8")
    kb.ingest_inputs([source])
    flagged = listing.rows(kb.store, kb.gazetteer, status="recheck")
    assert [r.iri for r in flagged] == [corrected]
    assert corrected not in _shown(kb, _key(kb))


def test_a_correction_breaking_a_shape_is_refused_and_changes_nothing(kb: KnowledgeBase) -> None:
    target = _find(kb, "casualty", quantity_min=525)
    dump = kb.store.dump("nquads")
    with pytest.raises(NotConforming) as refused:
        kb.review(service.correct, target.claim, parse_sets(["quantity_min=50", "quantity_max=3"]), "ana")
    assert "A lower bound must be one non-negative integer, not above the upper bound." in str(refused.value)
    assert kb.store.dump("nquads") == dump
    with pytest.raises(InputError, match="no such claim"):
        kb.review(service.accept, "nope-0000000000", "ana")
    with pytest.raises(InputError, match="not a field"):
        parse_sets(["rule=mine"])


def test_a_review_is_a_prov_revision_in_the_reviews_graph(kb: KnowledgeBase) -> None:
    target = _find(kb, "casualty", quantity_min=9)
    review = kb.review(service.correct, target.claim, {"quantity_min": 10, "quantity_max": 10}, "ana",
                             "typo")
    stored = kb.store.get_graph(str(REVIEWS_GRAPH))
    node = URIRef(review.iri)
    assert (node, PROV.wasRevisionOf, URIRef(target.iri)) in stored
    assert str(stored.value(stored.value(node, PROV.wasAttributedTo), URIRef(
        "http://www.w3.org/2004/02/skos/core#prefLabel"))) == "ana"
    assert stored.value(node, PROV.generatedAtTime) is not None
    fields = {str(stored.value(c, CKB.field)) for c in stored.objects(node, CKB.change)}
    assert fields == {"quantity_min", "quantity_max"}
    [read] = [r for r in reviews_of(kb.store, target.record.article) if r.iri == review.iri]
    assert isomorphic(review_graph(read), review_graph(review))
    # the shapes cover reviews: one without its reviewer is refused
    broken = review_graph(review)
    broken.remove((node, PROV.wasAttributedTo, None))
    result = gate.check(broken)
    assert not result.conforms and "attributed to exactly one reviewer" in result.text


def test_conflicts_aggregates_and_timelines_use_the_reviewed_view(kb: KnowledgeBase) -> None:
    baku = _find(kb, "casualty", quantity_min=5001)
    accused = _find(kb, "accusation", speaker="Azerbaijan")

    def members(findings: list[conflicts.Finding]) -> set[str]:
        return {c["claim"] for f in findings for c in f.claims}

    assert accused.iri in members(conflicts.list_conflicts(kb.store))
    assert baku.iri in members(conflicts.aggregates(kb.store))
    speaker = str(baku.record.speaker_iri)
    assert baku.iri in (timeline.page(kb.store, speaker, "speaker", 0, 100) or ([], 0))[0]

    kb.review(service.reject, accused.claim, "ana")
    kb.review(service.reject, baku.claim, "ana")
    assert accused.iri not in members(conflicts.list_conflicts(kb.store))
    assert baku.iri not in members(conflicts.aggregates(kb.store))
    assert baku.iri not in (timeline.page(kb.store, speaker, "speaker", 0, 100) or ([], 0))[0]
    # a corrected figure is what its aggregate counts (a line may sum it with other incidents': rules 34)
    target = next(c["claim"] for f in conflicts.aggregates(kb.store) for c in f.claims if c.get("quantity_min"))

    def counted() -> tuple[set[float], set[float]]:
        found = [f for f in conflicts.aggregates(kb.store) if target in members([f])]
        return ({f.details[w]["value"] for f in found for w in ("low", "best", "high") if w in f.details},
                {c["quantity_min"] for f in found for c in f.claims if c["claim"] == target})

    before, _ = counted()
    kb.review(service.correct, target.rsplit("/", 1)[-1], {"quantity_min": 777, "quantity_max": 777}, "ana")
    after, figure = counted()
    assert figure == {777} and after != before and max(after) >= 777
    incremental = sorted(json.dumps(f.to_dict(), sort_keys=True) for f in conflicts.list_conflicts(kb.store))
    conflicts.refresh(kb.store, full=True)  # the incremental refresh after each review equals a whole one
    assert incremental == sorted(json.dumps(f.to_dict(), sort_keys=True) for f in conflicts.list_conflicts(kb.store))
    assert kb.stats()["claims"] == len([r for r in _rows(kb) if r.shown])


def test_an_added_claim_needs_a_real_span_and_a_type(kb: KnowledgeBase) -> None:
    key = _key(kb)
    with pytest.raises(InputError, match="not a span"):
        kb.review(service.add, key, 10, 10**6, {"type": "statement", "speaker": "Armenia"}, "ana")
    with pytest.raises(InputError, match="needs its type"):
        kb.review(service.add, key, 0, 10, {"speaker": "Armenia"}, "ana")
    assert not Graph() + kb.store.get_graph(str(REVIEWS_GRAPH))
