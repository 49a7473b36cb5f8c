"""A figure's unit as a figure of one reads it (trial user33: pages and the CLI said "1 soldiers killed")."""

from __future__ import annotations

from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st

from kb.cli.review import _figure
from kb.figures import figure_with_unit, unit_text
from kb.pipeline.article import Article
from tests.fixtures import demo
from web import create_app


def test_one_is_singular_and_every_other_figure_keeps_the_plural() -> None:
    assert unit_text("soldiers killed", 1, 1) == "soldier killed"
    assert unit_text("civilians wounded", 1, 1) == "civilian wounded" and unit_text("deaths", 1, 1) == "death"
    assert unit_text("people killed", 1, 1) == "person killed" and unit_text("children killed", 1, 1) == "child killed"
    assert unit_text("wounded", 1, 1) == "wounded" and unit_text("killed and wounded", 1, 1) == "killed and wounded"
    assert unit_text("soldiers killed", 1, None) == "soldiers killed"  # "at least 1": one or more
    assert unit_text("soldiers killed", 0, 2) == "soldiers killed" and unit_text(None, 1, 1) == ""
    assert figure_with_unit(1, 1, False, "soldiers killed") == "1 soldier killed"
    assert figure_with_unit(1, 1, True, "deaths") == "about 1 death"
    assert _figure(1, 1, "civilians killed") == " [1 civilian killed]"  # the CLI says it as the pages do


@given(st.integers(min_value=2, max_value=10**7), st.sampled_from(["soldiers killed", "deaths", "civilians wounded"]))
def test_a_figure_other_than_one_keeps_its_unit_as_written(n: int, unit: str) -> None:
    assert unit_text(unit, n, n) == unit and figure_with_unit(n, n, False, unit).endswith(" " + unit)


def test_pages_say_one_soldier() -> None:
    kb = demo.build(":memory:")
    text = "Losses at the border\n\nThe defence ministry said one soldier was killed on Monday.\n"
    key = kb.ingest(Article(text=text, name="one-soldier", published="2020-10-05", lang="en", outlet="Kompas")).key
    client: FlaskClient = create_app({"KB_STORE": kb, "RATE_LIMIT": None}).test_client()
    rows = client.get(f"/claims.json?article={key}").get_json()["rows"]
    assert [r["figure"] for r in rows if r["figure"]] == ["1 soldier killed"]
    claim = str(rows[0]["claim"]).rsplit("/", 1)[-1]
    for path in (f"/claims/{claim}", f"/claims?article={key}", f"/articles/{key}"):
        page = client.get(path).get_data(as_text=True)
        assert "1 soldier killed" in " ".join(page.split()) and "1 soldiers killed" not in page, path
