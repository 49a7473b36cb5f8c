"""The example queries of the SPARQL page each show something on the bundled sample articles: an example
that answers nothing on the demo data teaches nothing (the first one once followed an actor the samples
never quote)."""

from __future__ import annotations

import pytest

from kb import sparql
from kb.derived import conflicts
from kb.pipeline.batch import expand_inputs
from kb.resources import samples_dir
from kb.service import KnowledgeBase


@pytest.fixture(scope="module")
def samples() -> KnowledgeBase:
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    results = list(kb.ingest_inputs(expand_inputs([str(samples_dir())])))
    assert results and all(r.outcome is not None for r in results)
    conflicts.refresh(kb.store)
    return kb


@pytest.mark.parametrize("example", sparql.all_queries(sparql.EXAMPLES), ids=lambda q: q.name)
def test_each_example_answers_on_the_samples(samples: KnowledgeBase, example: sparql.NamedQuery) -> None:
    assert samples.store.select(example.text).rows, example.title


def test_the_agency_example_names_every_outlet(samples: KnowledgeBase) -> None:
    """An outlet the gazetteer lacks has an untagged label (minted): the relayed-claims example showed it blank."""
    rows = samples.store.select(sparql.get("04-claims-via-agency", sparql.EXAMPLES).text).rows
    assert rows and all(row.get("outletName") for row in rows), rows
