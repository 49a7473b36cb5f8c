"""Aggregates (tryout 19): an open upper bound ("at least 47") stays open, never "high 47"; a state's updated toll
of the same day (its own "at least 49" after its president's "at least 47") is the one the aggregate takes."""

from __future__ import annotations

import json

from click.testing import CliRunner
from flask import Flask

from kb.cli import main
from kb.pipeline.article import Article
from kb.pipeline.record import Claim
from kb.service import KnowledgeBase
from web import create_app

TEXT = ("Strike on a village\n\n"
        "President Volodymyr Zelensky said at least 47 residents were killed by the missile.\n\n"
        "Later Ukraine said at least 49 residents had been killed in the strike.\n")


def _kb(location: str = ":memory:") -> KnowledgeBase:
    kb = KnowledgeBase.open(location)
    art = Article(name="strike", title="Strike on a village", published="2023-10-05",
                  url="https://news.example.org/2023/10/05/strike", lang="en", text=TEXT)
    claims = []
    for speaker, low, said in (("Volodymyr Zelensky", 47, "at least 47 residents"),
                               ("Ukraine", 49, "at least 49 residents")):
        quote = next(line for line in TEXT.splitlines() if said in line)
        start = TEXT.find(quote)
        claims.append(Claim.from_dict({
            "article": art.key, "start": start, "end": start + len(quote), "quote": quote, "type": "casualty",
            "speaker": speaker, "subject": "Ukraine", "quantity_min": low, "quantity_max": None,
            "quantity_text": said, "unit": "civilians killed", "date": "2023-10-05"}))
    assert kb.ingest_claims(art, claims).status == "ingested"
    return kb


def _aggregates(app: Flask) -> list[dict[str, object]]:
    return app.test_client().get("/aggregates.json").get_json()["rows"]  # type: ignore[no-any-return]


def test_an_open_upper_bound_has_no_high_and_the_update_wins() -> None:
    app = create_app({"KB_STORE": _kb(), "RATE_LIMIT": None})
    rows = _aggregates(app)
    assert len(rows) == 1, rows
    row = rows[0]
    assert row["low"] == 49 and row["best"] == 49, row  # Ukraine's update, not its president's earlier 47
    assert row.get("high") in (None, ""), row
    assert "high open" in str(row["explanation"]) and "high 49" not in str(row["explanation"])
    page = app.test_client().get(f"/aggregates/{row['key']}").get_data(as_text=True)
    assert 'id="high-open"' in page


def test_the_cli_says_open(tmp_path) -> None:  # type: ignore[no-untyped-def]
    _kb(str(tmp_path / "kb")).close()
    out = CliRunner().invoke(main, ["aggregates", "--store", str(tmp_path / "kb"), "--format", "json"])
    assert out.exit_code == 0, out.output
    found = json.loads(out.output)
    assert "high" not in found[0]["details"] and "high open" in found[0]["explanation"]
    text = CliRunner().invoke(main, ["aggregates", "--store", str(tmp_path / "kb")])
    assert text.exit_code == 0 and "high open" in text.output


def test_on_the_same_day_the_higher_figure_is_the_latest_whatever_the_iris() -> None:
    from datetime import date

    from kb.derived.conflicts.model import ClaimFacts, Proposition
    from kb.derived.conflicts.summaries import _entry

    def fig(iri: str, low: int) -> Proposition:
        facts = ClaimFacts(iri=iri, type="casualty", speaker="s", speaker_root="s", article="a", qmin=low,
                           claim_date=date(2023, 10, 5))
        return Proposition(key=(iri,), claims=[facts])

    for first, second in (("z", "a"), ("a", "z")):  # the update's IRI sorts after, then before, the earlier one's
        entry = _entry([fig(first, 47), fig(second, 49)])
        assert entry is not None and entry[1].lo == 49
