"""A finding that grows keeps its IRI (rules 30): a corroboration (one speaker's figure carried by more outlets), an
exchange of blame (two states accusing each other in one week) and a denial with the claim it answers are named by
what they are about, no longer by their claims.  Named by their claims, each new reprint gave them a new IRI: the
write deleted every member of the old finding and wrote every member of the new one (on a newsroom's store, 202k of a
1,000-article batch's 270k deleted lines were such members), and a link to the finding broke each time it grew."""

from __future__ import annotations

from kb.service import KnowledgeBase
from kb.vocab import CONFLICTS_GRAPH, DATA
from tests.fixtures.synthetic import Said, publish

U = "https://news.example/rules30/"
TOLL = Said("Armenia's Defence Ministry said 210 Armenian soldiers had been killed since 27 September.", "casualty",
            "Armenian Defence Ministry", subject="Armenia", qmin=210, qmax=210, unit="soldiers killed",
            date="2020-10-05", scope="cumulative", period_start="2020-09-27", period_end="2020-10-05")
BLAME = Said("Azerbaijan's Defence Ministry accused Armenia of shelling Terter.", "accusation",
             "Azerbaijani Defence Ministry", subject="Armenia", object="shelling Terter", date="2020-10-05")
BLAMED = Said("Armenia's Defence Ministry accused Azerbaijan of shelling Terter and Stepanakert.", "accusation",
              "Armenian Defence Ministry", subject="Azerbaijan", object="shelling Terter and Stepanakert",
              date="2020-10-06")
DENIED = Said("Armenia's Defence Ministry denied shelling Terter.", "denial", "Armenian Defence Ministry",
              subject="Armenia", object="shelling Terter", date="2020-10-07", factuality="denied")


def _findings(kb: KnowledgeBase, path: str) -> dict[str, int]:
    """The findings whose IRI is under ``path`` (``conflict/``, ``corroboration/``) → how many members each has."""
    out: dict[str, int] = {}
    for q in kb.store.ox.quads_for_pattern(None, None, None, None):  # type: ignore[attr-defined]
        if q.graph_name.value == str(CONFLICTS_GRAPH) and q.predicate.value.endswith("#member") \
                and q.subject.value.startswith(f"{DATA}{path}"):
            out[q.subject.value] = out.get(q.subject.value, 0) + 1
    return out


def test_a_grown_finding_keeps_its_iri_and_gains_members() -> None:
    kb = KnowledgeBase.open(":memory:")
    publish(kb, f"{U}1", "2020-10-05", "Kompas", [TOLL, BLAME])
    publish(kb, f"{U}2", "2020-10-06", "Tempo", [TOLL, BLAMED, DENIED])
    corroborated, exchanges = _findings(kb, "corroboration/"), _findings(kb, "conflict/")
    assert list(corroborated.values()) == [2]
    assert len(exchanges) == 2, exchanges  # the exchange of blame, and the denial of the charge it answers
    publish(kb, f"{U}3", "2020-10-07", "Reuters", [TOLL, BLAME])  # a reprint of the toll and of the charge
    grown = _findings(kb, "corroboration/")
    assert grown.keys() == corroborated.keys() and list(grown.values()) == [3]
    after = _findings(kb, "conflict/")
    assert after.keys() == exchanges.keys(), (exchanges, after)
    assert all(after[iri] == n + 1 for iri, n in exchanges.items())  # the reprinted charge joined both


def test_a_grown_finding_is_written_by_its_new_triples_only(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The refresh's difference deletes none of a grown finding's members, and adds only the new ones."""
    kb = KnowledgeBase.open(":memory:")
    publish(kb, f"{U}1", "2020-10-05", "Kompas", [TOLL, BLAME])
    publish(kb, f"{U}2", "2020-10-06", "Tempo", [TOLL, BLAMED, DENIED])
    written: dict[str, list[str]] = {"DELETE": [], "INSERT": []}
    update = kb.store.update

    def recording(text: str) -> None:
        for part in text.split(" ;\n"):
            verb = part.lstrip().split(" ", 1)[0]
            if verb in written:
                written[verb] += [line for line in part.splitlines() if "#member>" in line]
        update(text)

    monkeypatch.setattr(kb.store, "update", recording)
    publish(kb, f"{U}3", "2020-10-07", "Reuters", [TOLL, BLAME])
    monkeypatch.undo()
    assert written["DELETE"] == []
    assert len(written["INSERT"]) == 4  # the toll in its corroboration and its aggregate, the charge in two conflicts


def test_through_the_store_protocol_alone_grown_and_shrunk_findings_equal_a_recompute() -> None:
    """A remote store's write (``findings_diff._as_lines``: N-Triples lines read back by query, literals replaced by
    pattern) keeps the three kinds' IRIs as they grow, shrink when an article is replaced and lose an article deleted,
    and leaves what a recompute from scratch leaves, totals included."""
    from kb.derived import conflicts
    from kb.derived.conflicts import state
    from tests.conftest import Plain
    from tests.test_conflicts_incremental import _derived, _from_scratch

    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    first = publish(kb, f"{U}1", "2020-10-05", "Kompas", [TOLL, BLAME])
    publish(kb, f"{U}2", "2020-10-06", "Tempo", [TOLL, BLAMED, DENIED])
    kb._deferred += 1  # written from here without the service's refresh: each one by the plain store below
    for write in (lambda: publish(kb, f"{U}3", "2020-10-07", "Reuters", [TOLL, BLAME]),  # grown
                  lambda: publish(kb, f"{U}3", "2020-10-07", "Reuters", [TOLL]),  # the charge's reprint gone
                  lambda: kb.delete_article(first.key)):  # the first report gone
        write()
        summary = conflicts.refresh(Plain(kb.store))  # type: ignore[arg-type]
        assert summary.touched is not None  # group by group
        graph = str(CONFLICTS_GRAPH)  # the review order is the embedded store's alone (``review_sync``)
        assert _derived(kb.store)[graph] == _from_scratch(kb.store)[graph]  # type: ignore[arg-type]
        counted = state.stored_totals(kb.store)
        conflicts.refresh(kb.store, full=True)
        assert counted == state.stored_totals(kb.store)
