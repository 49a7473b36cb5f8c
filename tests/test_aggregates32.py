"""Aggregates (trial user32): figures of different scopes are never pooled.  A running total leaves each month's
incident tolls their own line; two incidents' tolls are summed, never given a median nobody reported; a week's count
covers a day's count inside it; the measure reads the same in the JSON as in the sentence."""

from __future__ import annotations

from typing import Any

from flask import Flask

from kb.pipeline.article import Article
from kb.pipeline.record import Claim
from kb.service import KnowledgeBase
from web import create_app

Said = tuple[str, str, int, int | None, str, str | None]
"""(speaker, words as written, low, high, scope, place); each sentence is made from them."""


def _article(kb: KnowledgeBase, name: str, day: str, said: list[Said], subject: str = "Ukraine",
             unit: str = "civilians killed", period: tuple[str, str] | None = None) -> None:
    lines = [f"{who} told reporters that {words} people had died there." for who, words, *_ in said]
    text = f"Report {name}\n\n" + "\n\n".join(lines) + "\n"
    art = Article(name=name, title=f"Report {name}", published=day, url=f"https://news.example.org/{name}",
                  lang="en", text=text)
    claims = []
    for (who, words, low, high, scope, place), quote in zip(said, lines, strict=True):
        start = text.find(quote)
        claims.append(Claim.from_dict({
            "article": art.key, "start": start, "end": start + len(quote), "quote": quote, "type": "casualty",
            "speaker": who, "subject": subject, "quantity_min": low, "quantity_max": high, "quantity_text": words,
            "unit": unit, "date": day, "scope": scope, "place": place,
            **({"period_start": period[0], "period_end": period[1]} if period and scope == "period" else {})}))
    assert kb.ingest_claims(art, claims).status == "ingested"


def _rows(kb: KnowledgeBase) -> tuple[Flask, list[dict[str, Any]]]:
    app = create_app({"KB_STORE": kb, "RATE_LIMIT": None, "CONFLICTS_CACHE_SECONDS": 0})
    return app, app.test_client().get("/aggregates.json").get_json()["rows"]


def _periods(app: Flask, key: str) -> dict[str, dict[str, Any]]:
    own = app.test_client().get(f"/aggregates/{key}.json").get_json()["periods"]
    return {p["period"]: p for p in own}


def test_a_running_total_leaves_the_month_its_incidents_summed() -> None:
    kb = KnowledgeBase.open(":memory:")
    _article(kb, "market", "2026-11-12", [("Olena Marchuk", "twelve", 12, 12, "incident", "Dernova market"),
                                          ("Petro Haidai", "about thirty", 30, 30, "incident", "Dernova market"),
                                          ("Iryna Sovko", "forty-one", 41, 41, "incident", "Dernova market")])
    _article(kb, "village", "2026-11-20", [("Olena Marchuk", "eighteen", 18, 18, "incident", "Kolvana")])
    _article(kb, "war", "2026-11-21", [("Bohdan Lesiv", "thousands of", 1000, 9999, "cumulative", None)])
    app, rows = _rows(kb)
    assert len(rows) == 1, rows
    row = rows[0]
    assert (row["low"], row["high"]) == (1000, 9999), row  # the running total, overall
    month = _periods(app, row["key"])["2026-11"]
    # the strike (12, 30, 41: lower median 30) and the raid (18), summed; the running total in neither
    assert (month["low"], month["best"], month["high"], month["conservative"]) == (30, 48, 59, 30), month
    assert "sums that month's incidents" in row["explanation"]


def test_two_incidents_are_summed_not_given_a_median() -> None:
    kb = KnowledgeBase.open(":memory:")
    _article(kb, "hospital", "2026-11-03", [("Amira Suleiman", "sixty-eight", 68, 68, "incident", "Umm Tala")],
             subject="Sudan")
    _article(kb, "raid", "2026-11-09", [("Hamid Osman", "eighteen", 18, 18, "incident", "Wad Kheir")],
             subject="Sudan")
    app, rows = _rows(kb)
    row = rows[0]
    assert (row["low"], row["best"], row["high"]) == (86, 86, 86), row  # never best 43
    assert "summed over 2 incidents" in row["explanation"]
    assert (_periods(app, row["key"])["2026-11"]["best"]) == 86


def test_a_week_s_count_covers_a_day_inside_it() -> None:
    kb = KnowledgeBase.open(":memory:")
    _article(kb, "week", "2026-11-08", [("Taras Hnatyk", "hundreds of", 100, 999, "period", None)],
             unit="soldiers killed", period=("2026-11-02", "2026-11-08"))
    _article(kb, "day", "2026-11-04", [("Dmytro Voloshyn", "fifteen", 15, 15, "period", None)],
             unit="soldiers killed", period=("2026-11-04", "2026-11-04"))
    app, rows = _rows(kb)
    month = _periods(app, rows[0]["key"])["2026-11"]
    assert (month["low"], month["best"], month["high"]) == (100, 100, 999), month  # the week alone: no 115


def test_the_measure_reads_alike_in_the_json_and_the_sentence() -> None:
    kb = KnowledgeBase.open(":memory:")
    _article(kb, "market", "2026-11-12", [("Olena Marchuk", "twelve", 12, 12, "incident", "Dernova market")],
             subject="Armed Forces of Ukraine")  # a body of a state: the measure names the state, everywhere
    _, rows = _rows(kb)
    row = rows[0]
    assert row["explanation"].lower().startswith(row["measure"].lower() + ","), row


def test_a_series_measure_is_read_after_its_side() -> None:
    """A series' sentence starts with its side ("Armenia's figures for ..."): the measure is what follows, so a
    side's chart and the other side's share one measure (the demo's chart of two lines split in two)."""
    from kb.derived.conflicts.clusters import measure_in

    said = "Armenia's figures for soldiers killed (parties: Armenia) over time: 104 (1 Oct 2020); 190 (2 Oct 2020)."
    assert measure_in(said) == "soldiers killed (parties: Armenia)"
    assert measure_in("Soldiers killed (parties: Armenia), over the latest figure of 2 speakers: low 104") == \
        "soldiers killed (parties: Armenia)"


def test_units_compare_each_place_once(monkeypatch: Any) -> None:
    """Many states' figures at two places of one day are compared per place, not per figure (the grouping was
    quadratic in the figures); the units stay the same."""
    from typing import cast

    from kb.derived.conflicts import tolls
    from kb.derived.conflicts.model import Proposition

    calls: list[tuple[str | None, str | None]] = []
    real = tolls.places_meet

    def counting(a: str | None, b: str | None) -> bool | None:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(tolls, "places_meet", counting)
    nobody = cast(Proposition, None)
    found = [(state, f"2024-05-02|2024-05-02|i|{place}", nobody) for state in range(150) for place in ("zz-a", "zz-b")]
    grouped = tolls.units(found)
    assert sorted(len(u) for u in grouped) == [150, 150]
    assert len(calls) <= 4, len(calls)


def test_a_unit_is_tried_only_against_the_periods_near_it(monkeypatch: Any) -> None:
    """A whole war's line: each incident is checked against the weeks that can hold it, not every week of the war
    (every unit against every period was quadratic); a week still covers the day inside it."""
    from datetime import date, timedelta
    from typing import cast

    from kb.derived.conflicts import tolls
    from kb.derived.conflicts.model import Proposition

    calls: list[int] = []
    real = tolls._covers

    def counting(a: list[tolls.Found], b: list[tolls.Found]) -> bool:
        calls.append(1)
        return real(a, b)

    monkeypatch.setattr(tolls, "_covers", counting)
    monkeypatch.setattr(tolls, "unit_estimates", lambda figs: {"low": (float(len(figs)), [])})
    nobody = cast(Proposition, None)
    found: list[tolls.Found] = []
    for n in range(120):
        week = date(2023, 1, 2) + timedelta(days=10 * n)
        found.append((n, f"{week}|{week + timedelta(days=6)}|p|zz-town", nobody))
        day = week + timedelta(days=3 if n == 0 else 8)  # only the first day falls inside its week
        found.append((n, f"{day}|{day}|i|zz-town", nobody))
    made = tolls.line(found)
    assert made is not None and made[1] == 239, made
    assert len(calls) < 1000, len(calls)
