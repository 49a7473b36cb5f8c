"""An evaluation report presented: the plain-text table ``kb eval`` prints, and the JSON of ``--format json``.

Why apart from ``kb.eval``: scoring decides what is right (matching, speaker and source-chain verdicts, error
classes); this only lays out what scoring found, and changes for readers, never for the scores.  Only the command
line and the tests present reports; calibration and the real-world runners read ``EvalReport`` directly.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from kb.eval import EvalReport, Pair
from kb.eval_errors import ERROR_CLASSES


def _pct(value: float | None) -> str:
    return "  n/a" if value is None else f"{value * 100:5.1f}"


def render(report: EvalReport) -> str:
    """A plain-text report: the score table, speaker and via accuracy, then misses and false claims."""
    lines = [f"{'type':<13}{'gold':>6}{'pred':>6}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}"]
    rows = [("overall", report.overall)] + [
        (k, s) for k, s in report.per_type.items() if s.gold or s.predicted
    ]
    for name, s in rows:
        lines.append(
            f"{name:<13}{s.gold:>6}{s.predicted:>6}{s.matched:>7}"
            f"{_pct(s.precision):>8}{_pct(s.recall):>8}{_pct(s.f1):>8}"
        )
    lines.append("")
    lines.append(f"speaker accuracy: {_pct(report.speaker_accuracy)}% of {len(report.pairs)} matched claims")
    lines.append(f"via accuracy:     {_pct(report.via_accuracy)}% of {len(report.pairs)} matched claims")
    lines.append("errors by class: " + ", ".join(f"{name} {report.errors.get(name, 0)}" for name in ERROR_CLASSES))
    lines.append(f"  ({WHERE})")
    wrong = [pair for pair in report.pairs if pair.errors]
    lines.append("")
    lines.append(f"matched claims with errors ({len(wrong)}):")
    for pair in wrong:
        lines.append(f"  [{pair.article} {pair.type}] {pair.speaker!r}: {_short(pair.quote, 70)}")
        said = [_said(pair, name) for name in pair.errors if name != "outlet_instead_of_source"]
        lines.append("    " + "; ".join(said))
    for title, items in (("misses", report.misses), ("false claims", report.false_claims)):
        lines.append("")
        lines.append(f"{title} ({len(items)}):")
        for item in items:
            lines.append(f"  [{item['article']} {item['type']}] {item['speaker']!r}: {_short(item['quote'])}")
    if report.unknown_articles:
        lines.append("")
        lines.append("gold for articles not given: " + ", ".join(report.unknown_articles))
    return "\n".join(lines)


WHERE = ("each listed below: missed under misses; spurious, extra and wrong_type under false claims (a wrong type's "
         "gold claim under misses too); the other classes under matched claims with errors")
"""Where ``render`` itemises each counted class: the counts named classes that only wrong speakers were listed for
(trial user29: "wrong_party 5" and no word of which)."""


def _said(pair: Pair, name: str) -> str:
    """One error class of a matched pair, with what was found and what the gold says."""
    if name == "wrong_speaker":
        outlet = " (the outlet, for the source)" if "outlet_instead_of_source" in pair.errors else ""
        return f"wrong_speaker {pair.speaker!r}{outlet} (gold {pair.gold_speaker!r})"
    found, gold = {"wrong_via": (pair.via, pair.gold_via), "wrong_party": (pair.subject, pair.gold_subject),
                   "wrong_figure": (pair.figure, pair.gold_figure),
                   "wrong_scope": (pair.scope, pair.gold_scope)}.get(name, (None, None))
    return f"{name} {_shown(found)} (gold {_shown(gold)})"


def _shown(value: object) -> str:
    """A field's value in words: 'none' for nothing, a via chain as 'AFP > TASS'."""
    if value is None or value == [] or value == "":
        return "none"
    return " > ".join(map(repr, value)) if isinstance(value, list) else repr(value)


def _short(text: str, width: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def to_json(report: EvalReport) -> dict[str, Any]:
    """The report as plain JSON-ready data."""
    return {
        "overall": report.overall.as_dict(),
        "per_type": {k: s.as_dict() for k, s in report.per_type.items()},
        "speaker_accuracy": report.speaker_accuracy,
        "via_accuracy": report.via_accuracy,
        "pairs": [asdict(p) for p in report.pairs],
        "misses": report.misses,
        "false_claims": report.false_claims,
        "unknown_articles": report.unknown_articles,
        "errors": {name: report.errors.get(name, 0) for name in ERROR_CLASSES},
    }
