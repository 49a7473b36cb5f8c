"""No silent answers (tryout F): a folder with no article file is one line and exit 1 for `kb ingest` and
`kb extract` alike ("nothing was ingested"); an `--actor` the store knows by no name is one line and exit 2 (as
`kb delete` an unknown key), not "No conflicts found." with exit 0."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kb.cli import main
from kb.pipeline.article import Article
from kb.service import KnowledgeBase
from tests.conftest import make_claim


def kb(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("command", [["extract"], ["ingest", "--store", ":memory:"]])
def test_a_folder_with_no_articles_is_one_line_and_exit_1(tmp_path: Path, command: list[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.md").write_text("not an article")
    result = kb(*command, str(empty))
    assert result.exit_code == 1
    assert result.output == f"kb: {empty}: no article files (.txt, .html, .htm) found: nothing to read\n"


@pytest.fixture
def store(tmp_path: Path) -> str:
    location = str(tmp_path / "store")
    text = "Baku says more than 300 Armenian soldiers were killed on Monday. Tail."
    article = Article(text=text, name="a", lang="en")
    base = KnowledgeBase.open(location)
    base.sync_reference_graphs()
    base.ingest_claims(article, [make_claim(article), make_claim(article, speaker="Walter Okonkwo-Reyes",
                                                                 speaker_iri=None, via=[])])
    base.close()
    return location


@pytest.mark.parametrize("command", [["conflicts"], ["conflicts", "--format", "json"], ["aggregates"], ["series"]])
def test_an_unknown_actor_is_one_line_and_exit_2(store: str, command: list[str]) -> None:
    result = kb(*command, "--store", store, "--actor", "Nobody Known")
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert result.output.startswith("kb: no actor named 'Nobody Known' in the store")


@pytest.mark.parametrize("actor", ["Armenia", "armenia", "Yerevan"])
def test_a_known_actor_with_no_conflicts_is_still_an_empty_answer(store: str, actor: str) -> None:
    result = kb("conflicts", "--store", store, "--actor", actor)
    assert result.exit_code == 0, result.output


def test_a_surname_alone_is_answered_with_the_names_that_hold_it(store: str) -> None:
    """A minted speaker has no alias: "Okonkwo-Reyes" names no actor, but the one line says whom it may mean (trial
    34: `/actors?q=` found the governor by his surname while `kb conflicts --actor` only refused it)."""
    result = kb("conflicts", "--store", store, "--actor", "okonkwo-reyes")
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert result.output == "kb: no actor named 'okonkwo-reyes' in the store; did you mean 'Walter Okonkwo-Reyes'?\n"


def test_the_web_answers_an_unknown_surname_alike(store: str) -> None:
    from web import create_app

    client = create_app({"KB_STORE": KnowledgeBase.open(store, read_only=True), "RATE_LIMIT": None}).test_client()
    refused = client.get("/conflicts.json?actor=Okonkwo-Reyes")
    assert refused.status_code == 404
    detail = refused.get_json()["error"]["detail"]
    assert detail == "no actor named 'Okonkwo-Reyes'; did you mean 'Walter Okonkwo-Reyes'?"
