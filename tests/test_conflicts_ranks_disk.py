"""Ranks read back from a store on disk: one conflict per rank, whatever the rank's bytes."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kb.derived.conflicts import ranks
from kb.derived.conflicts.graph import RANK, integer
from kb.store.oxigraph import OxigraphStore
from kb.vocab import CONFLICTS_GRAPH


def test_a_rank_ending_in_byte_ff_reads_one_conflict(tmp_path: Path) -> None:
    """pyoxigraph 0.5.13 on disk answers a (?, p, 255) pattern with 256 quads: a page reads its conflicts by rank
    (``conflict-page``, bound as ``conflict-at-rank`` is here), so each rank, small or a sort key of 63 bits
    (``ranks.rank_of``), must read its own conflict and no other."""
    from datetime import date

    from rdflib import XSD, Literal

    from kb.sparql.rows import plain_rows

    store = OxigraphStore(tmp_path / "store")
    graph = ox.NamedNode(str(CONFLICTS_GRAPH))
    keys = [ranks.rank_of(date(2020, 10, 1 + n % 28), "numeric", f"https://example.org/conflict/{n}")
            for n in range(300)]
    held = {**{n: f"https://example.org/conflict/{n}" for n in range(1, 700)},
            **{k | 0xff: f"https://example.org/conflict/ff{n}" for n, k in enumerate(keys)}}
    store.ox.extend(ox.Quad(ox.NamedNode(iri), RANK, integer(rank), graph) for rank, iri in held.items())
    store.flush()
    wanted = [*range(250, 520), *(k | 0xff for k in keys)]
    rows = list(plain_rows(store, "conflict-at-rank", rank=[Literal(r, datatype=XSD.integer) for r in wanted]))
    assert sorted((int(r["rank"]), str(r["finding"])) for r in rows) == sorted((r, held[r]) for r in wanted)
    store.close()


def test_groups_looked_up_on_disk_answer_as_the_query_does(tmp_path: Path) -> None:
    """The derived state's groups read by look-ups (``state.tagged`` on an embedded store) give the rows the named
    query gives, on disk too: tags of many lengths, articles in several groups, a summary node beside them."""
    from rdflib import Literal

    from kb.derived.conflicts import state, summary_records
    from kb.sparql.rows import plain_rows

    store = OxigraphStore(tmp_path / "store")
    graph = ox.NamedNode(state.STATE_GRAPH)
    tags = [f"fd|{'x' * n}|{n}" for n in range(40)] + [f"p|{n:024x}" for n in range(300)]
    quads = []
    for n in range(300):
        article = f"https://example.org/article/{n}"
        text = '{"p":null,"c":[' + str(n) + "]}"
        quads += [ox.Quad(s, p, o, graph) for s, p, o in state.record_triples(article, text, tags[n % 37::37])]
    summary = ox.NamedNode("https://example.org/summary")
    quads += [ox.Quad(summary, summary_records._SUMMARIZES, ox.Literal(tags[0]), graph)]
    store.ox.extend(quads)
    store.flush()
    by_query: set[tuple[str, str, str]] = set()
    for i in range(0, len(tags), 100):
        by_query |= {(str(r["tag"]), str(r["article"]), str(r["facts"]))
                     for r in plain_rows(store, "state-tagged", tag=[Literal(t) for t in tags[i:i + 100]])}
    looked_up = list(state.tagged(store, tags))
    assert len(by_query) > 300
    assert sorted(looked_up) == sorted(by_query)
    store.close()


def test_a_record_found_by_group_names_its_article_from_its_facts(tmp_path: Path) -> None:
    """A record's article is read from its facts (``groups.article_of``: one look-up a record, not two): records of
    real facts, whatever their publication date or quotes in their fields, read as the query reads them; facts that
    name no article (no claim, or not ``encode``'s rows) fall back to the record's own article triple."""
    from datetime import date

    from rdflib import Literal

    from kb.derived.conflicts import groups, state
    from kb.derived.conflicts.model import ClaimFacts
    from kb.sparql.rows import plain_rows

    store = OxigraphStore(tmp_path / "store")
    graph = ox.NamedNode(state.STATE_GRAPH)
    quads = []
    for n in range(40):
        article = f"https://example.org/article/{n}"
        claims = [ClaimFacts(iri=f"{article}#c{k}", type="casualty", speaker='a "quoted" \\ speaker "c":[',
                             speaker_root="s", article=article, qmin=n + k) for k in range(n % 3 + 1)]
        published = date(2024, 1, 1 + n % 28) if n % 2 else None
        text = groups.encode(published, claims) if n % 5 else '{"p":null,"c":[]}'
        assert groups.article_of(text) == (article if n % 5 else None)
        quads += [ox.Quad(s, p, o, graph) for s, p, o in state.record_triples(article, text, [f"g|{n % 4}"])]
    store.ox.extend(quads)
    store.flush()
    tags = [f"g|{n}" for n in range(4)]
    by_query = {(str(r["tag"]), str(r["article"]), str(r["facts"]))
                for r in plain_rows(store, "state-tagged", tag=[Literal(t) for t in tags])}
    assert len(by_query) == 40
    assert sorted(state.tagged(store, tags)) == sorted(by_query)
    assert groups.article_of('{"p":"2024-01-01","c":[5]}') is None
    assert groups.article_of('{"p":null,"c":[["x"') is None
    store.close()


def test_two_values_of_some_groups_findings_read_as_each_one_alone(tmp_path: Path) -> None:
    """``native.group_pairs`` (a group's findings looked up once for their member lists and digests) gives what
    ``group_values`` gives for each property, on disk: groups with several findings, none, findings lacking one of
    the values, tags that differ only at their end (a look-up by object may return neighbouring values)."""
    from kb.derived.conflicts import native, state
    from kb.derived.conflicts.graph import DIGEST, MEMBER_LIST

    store = OxigraphStore(tmp_path / "store")
    graph = ox.NamedNode(str(CONFLICTS_GRAPH))
    quads = []
    for n in range(60):
        node = ox.NamedNode(f"https://example.org/conflict/{n}")
        quads.append(ox.Quad(node, state.GROUP, ox.Literal(f"n|m|2020-10-0{n % 7}|a|b{n % 11}"), graph))
        if n % 4:
            quads.append(ox.Quad(node, MEMBER_LIST, ox.Literal(f"https://example.org/claim/{n} x{n}"), graph))
        if n % 5:
            quads.append(ox.Quad(node, DIGEST, ox.Literal(f"d{n}"), graph))
    store.ox.extend(quads)
    store.flush()
    tags = sorted({f"n|m|2020-10-0{n % 7}|a|b{n % 11}" for n in range(0, 60, 2)} | {"n|none"})
    pairs = list(native.group_pairs(store.ox, tags, (MEMBER_LIST, DIGEST)))
    for at, prop in ((2, MEMBER_LIST), (3, DIGEST)):
        assert sorted((t, f, v) for t, f, *vs in pairs if (v := vs[at - 2]) is not None) \
            == sorted(native.group_values(store.ox, tags, prop))
    assert len(pairs) == len({(t, f) for t, f, *_ in pairs}) >= 30
    store.close()
