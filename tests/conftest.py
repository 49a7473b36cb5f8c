"""Shared fixtures: real stores (memory and on disk), articles and claims built by the real code."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, NoReturn

import pytest

from kb.actors import Gazetteer
from kb.pipeline.article import Article
from kb.pipeline.record import Claim
from kb.service import KnowledgeBase
from kb.store import Capabilities, Store

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
CORPUS = Path(__file__).resolve().parent / "corpus"

TEXT = (
    "Baku says more than 300 Armenian soldiers were killed on Monday. "
    "Yerevan denied the figure, the outlet reported."
)


def needs(reason: str) -> NoReturn:
    """A resource the environment should provide is missing (../shared/seeds, Chromium, an Oxigraph or
    Virtuoso server): skip on a developer's machine, fail in CI (``CI`` set), where ``.ci/run`` installs
    or provides every one of them — so a broken install can never turn whole suites into silent skips."""
    if os.environ.get("CI"):
        pytest.fail(f"required in CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def seeds() -> Path:
    """The seed articles beside the repo (../shared/seeds); skip where they are absent (fail in CI)."""
    if not (SEEDS / "gold.jsonl").is_file():
        needs("../shared/seeds is not present")
    return SEEDS


@pytest.fixture
def memory_kb() -> KnowledgeBase:
    kb = KnowledgeBase.open(":memory:")
    kb.sync_reference_graphs()
    return kb


@pytest.fixture
def disk_kb(tmp_path: Path):  # type: ignore[no-untyped-def]
    kb = KnowledgeBase.open(str(tmp_path / "store"))
    kb.sync_reference_graphs()
    yield kb
    kb.close()


@pytest.fixture
def article() -> Article:
    return Article(text=TEXT, name="baku-figure", published="2020-10-01", outlet="Kompas", lang="en",
                   url="https://example.org/news/baku-figure")


def make_claim(article: Article, **changes: object) -> Claim:
    """A well-formed casualty claim on the first sentence of ``TEXT``; ``changes`` override fields."""
    end = article.text.index(".") + 1
    base: dict[str, object] = dict(
        article=article.key, type="casualty", speaker="Government of Azerbaijan",
        speaker_iri="https://w3id.org/claimkb/id/actor/azerbaijan-government",
        quote=article.text[:end], start=0, end=end, subject="Armenia", quantity_min=301,
        quantity_text="more than 300", unit="soldiers killed", date="2020-09-28", via=["Reuters"], rule="test",
        scope="cumulative", period_start="2020-09-27", period_end="2020-09-28", place="Nagorno-Karabakh",
        confidence=0.8,
    )
    base.update(changes)
    return Claim(**base)  # type: ignore[arg-type]


@pytest.fixture
def claim(article: Article) -> Claim:
    return make_claim(article)


class Plain:
    """The store seen through the ``Store`` protocol only (as a remote store would be): no fast paths."""

    capabilities = Capabilities()  # declares none of the embedded store's fast paths

    def __init__(self, inner: Store) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> Any:
        if name in ("select_terms", "replace_graph_quads", "fill_graph", "fill_graphs", "ox"):
            raise AttributeError(name)
        return getattr(self._inner, name)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once (a module may still define its own)."""
    return Gazetteer.load()
