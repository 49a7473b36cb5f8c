"""Scoring extraction against gold claims: precision, recall and F1 overall and per type.

A predicted claim matches a gold one when both are in the same article, of the same type, and
quote the same sentence (their spans overlap).  When a sentence holds several gold claims of one
type (two casualty figures, two mobilisations) they are paired by best speaker and subject
agreement.  Matched pairs are then checked for the speaker (any of the gold speaker's names, or
any gazetteer name of the predicted actor) and for the source chain (equal ``via`` sets).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kb.actors import Gazetteer, normalize_name
from kb.eval_errors import pair_classes, unmatched_classes
from kb.eval_names import contained
from kb.eval_parties import side_of
from kb.figures import figure_text
from kb.pipeline.article import Article
from kb.pipeline.record import CLAIM_TYPES, Claim


@dataclass
class Score:
    """Counts for one slice: true positives, predictions and gold claims."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        """Matched over predicted (1.0 when nothing was predicted and nothing was to be found)."""
        return self.matched / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        """Matched over gold."""
        return self.matched / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "matched": self.matched,
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Pair:
    """A matched gold/predicted pair and whether speaker and source chain agree."""

    article: str
    type: str
    gold_speaker: str
    speaker: str
    speaker_ok: bool
    gold_via: list[str]
    via: list[str]
    via_ok: bool
    quote: str
    errors: list[str] = field(default_factory=list)
    gold_subject: str | None = None  # the parties as annotated and as extracted: what "wrong_party" is about
    subject: str | None = None
    gold_figure: str | None = None  # the figure and the scope, as annotated and as extracted (``kb.figures``'s
    figure: str | None = None  # words): what "wrong_figure" and "wrong_scope" are about
    gold_scope: str | None = None
    scope: str | None = None


@dataclass
class EvalReport:
    """Everything evaluation found; ``kb.eval_render`` presents it (``render``, ``to_json``)."""

    overall: Score
    per_type: dict[str, Score]
    pairs: list[Pair] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_claims: list[dict[str, Any]] = field(default_factory=list)
    unknown_articles: list[str] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    outcomes: list[tuple[Claim, bool]] = field(default_factory=list)
    """Every predicted claim and whether it is right (matched, with the right speaker): what confidence
    is calibrated on (``kb.extract.confidence``)."""

    @property
    def speaker_accuracy(self) -> float | None:
        """Share of matched pairs whose speaker agrees; None when nothing matched."""
        return sum(p.speaker_ok for p in self.pairs) / len(self.pairs) if self.pairs else None

    @property
    def via_accuracy(self) -> float | None:
        """Share of matched pairs whose source chain (via) agrees; None when nothing matched."""
        return sum(p.via_ok for p in self.pairs) / len(self.pairs) if self.pairs else None


def _span(text: str, quote: str) -> tuple[int, int] | None:
    """Where a gold quote sits in the article (whitespace-insensitive as a fallback)."""
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    squeezed = " ".join(quote.split())
    if not squeezed:
        return None
    pattern = r"\s+".join(re.escape(w) for w in squeezed.split(" "))
    match = re.search(pattern, text)
    return match.span() if match else None


def _names(claim: Claim, gazetteer: Gazetteer) -> set[str]:
    actor = (gazetteer.by_iri(claim.speaker_iri) if claim.speaker_iri else None) or gazetteer.lookup(
        claim.speaker
    )
    names = {claim.speaker, *(actor.names() if actor else ())}
    return {normalize_name(n) for n in names}


def _canonical(names: Iterable[str], gazetteer: Gazetteer) -> set[str]:
    out = set()
    for name in names:
        actor = gazetteer.lookup(name)
        out.add(normalize_name(actor.label if actor else name))
    return out


def _speaker_ok(claim: Claim, gold: dict[str, Any], gazetteer: Gazetteer) -> bool:
    """The speaker by any of its names, or a minted name shortening the gold one (``eval_names``)."""
    given = [gold.get("speaker", ""), *(gold.get("speaker_aliases") or [])]
    if _names(claim, gazetteer) & {normalize_name(n) for n in given}:
        return True
    known = (gazetteer.by_iri(claim.speaker_iri) if claim.speaker_iri else None) or gazetteer.lookup(claim.speaker)
    return (known is None or known.minted) and contained(claim.speaker, given)


def _subjects(value: str | None, gazetteer: Gazetteer) -> set[str]:
    """The parties of a ``subject``, canonical; every wording of "all parties" ("both", "semua pihak", "kedua
    belah pihak": ontology/conflicts.ttl, as the conflicts read them) is one party; a party is its side
    (``side_of``: an army is its state's, as the conflict rules compare them)."""
    from kb.derived.conflicts.vocabulary import categories

    names = {normalize_name(side_of(s, gazetteer) or s) for s in (value or "").split(";") if s.strip()}
    return {_ALL_PARTIES if categories().is_all_parties(n) else n for n in names}


_ALL_PARTIES = "all parties"


def _affinity(claim: Claim, gold: dict[str, Any], gazetteer: Gazetteer) -> tuple[int, int, int]:
    """How well a predicted claim fits a gold one of the same type and span: the speaker, then the figure (the same
    words, or the same bounds and unit: "18 killed" and "101 wounded" of one sentence pair with their own gold lines
    whatever order the gold file lists them in), then shared parties."""
    overlap = len(_subjects(claim.subject, gazetteer) & _subjects(gold.get("subject"), gazetteer))
    same_words = claim.quantity_text is not None and claim.quantity_text == gold.get("quantity_text")
    same_bounds = (claim.quantity_min is not None or claim.quantity_max is not None) and (
        (claim.quantity_min, claim.quantity_max, claim.unit)
        == (gold.get("quantity_min"), gold.get("quantity_max"), gold.get("unit")))
    same_figure = int(same_words or same_bounds)
    return 2 * _speaker_ok(claim, gold, gazetteer) + same_figure, overlap, same_figure


def _match(
    golds: list[tuple[dict[str, Any], tuple[int, int] | None]], preds: list[Claim], gazetteer: Gazetteer
) -> list[tuple[int, int]]:
    """Greedy best pairing of gold and predicted claims whose spans overlap."""
    candidates = []
    for gi, (gold, span) in enumerate(golds):
        for pi, claim in enumerate(preds):
            if span is not None and claim.start < span[1] and span[0] < claim.end:
                candidates.append((_affinity(claim, gold, gazetteer), gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(candidates, key=lambda c: c[0], reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def evaluate(gold: list[dict[str, Any]], articles: dict[str, Article], gazetteer: Gazetteer) -> EvalReport:
    """Run the extractor on ``articles`` (stem -> Article) and score it against ``gold`` lines."""
    from kb.extract import extract_claims

    report = EvalReport(Score(), {t: Score() for t in CLAIM_TYPES})
    report.unknown_articles = sorted({g.get("article", "") for g in gold} - set(articles))
    for stem, article in sorted(articles.items()):
        preds = extract_claims(article, gazetteer)
        golds = [(g, _span(article.text, g.get("quote", ""))) for g in gold if g.get("article") == stem]
        matched_g: set[int] = set()
        matched_p: set[int] = set()
        right: set[int] = set()
        outlet = _outlet_names(article, gazetteer)
        for kind in CLAIM_TYPES:
            g_index = [i for i, (g, _) in enumerate(golds) if g.get("type") == kind]
            p_index = [i for i, c in enumerate(preds) if c.type == kind]
            g_kind, p_kind = [golds[i] for i in g_index], [preds[i] for i in p_index]
            pairs = _match(g_kind, p_kind, gazetteer)
            matched_g.update(g_index[gi] for gi, _ in pairs)
            matched_p.update(p_index[pi] for _, pi in pairs)
            right.update(p_index[pi] for gi, pi in pairs if _speaker_ok(p_kind[pi], g_kind[gi][0], gazetteer))
            _tally(report, kind, len(pairs), len(p_kind), len(g_kind))
            _record(report, stem, kind, g_kind, p_kind, pairs, gazetteer, outlet)
        report.errors.update(unmatched_classes(golds, preds, matched_g, matched_p))
        report.outcomes += [(claim, i in right) for i, claim in enumerate(preds)]
    for pair in report.pairs:
        report.errors.update(pair.errors)
    return report


def _outlet_names(article: Article, gazetteer: Gazetteer) -> set[str]:
    """The article's outlet as the extractor may name it: its metadata name and the gazetteer's names."""
    if not article.outlet:
        return set()
    actor = gazetteer.lookup(article.outlet)
    return {normalize_name(n) for n in [article.outlet, *(actor.names() if actor else ())]}


def _tally(report: EvalReport, kind: str, matched: int, predicted: int, gold: int) -> None:
    for score in (report.overall, report.per_type[kind]):
        score.matched += matched
        score.predicted += predicted
        score.gold += gold


def _record(
    report: EvalReport,
    stem: str,
    kind: str,
    golds: list[tuple[dict[str, Any], Any]],
    preds: list[Claim],
    pairs: list[tuple[int, int]],
    gazetteer: Gazetteer,
    outlet: set[str],
) -> None:
    """Keep the matched pairs (with speaker and via verdicts, and their errors), the misses and the false
    claims."""
    for gi, pi in pairs:
        gold, claim = golds[gi][0], preds[pi]
        gold_via = list(gold.get("via") or [])
        via_ok = _canonical(gold_via, gazetteer) == _canonical(claim.via, gazetteer)
        speaker_ok = _speaker_ok(claim, gold, gazetteer)
        report.pairs.append(
            Pair(
                stem,
                kind,
                gold.get("speaker", ""),
                claim.speaker,
                speaker_ok,
                gold_via,
                list(claim.via),
                via_ok,
                claim.quote,
                pair_classes(claim, gold, speaker_ok=speaker_ok, via_ok=via_ok, outlet=outlet,
                             subjects=lambda value: _subjects(value, gazetteer)),
                gold.get("subject"),
                claim.subject,
                figure_text(gold.get("quantity_min"), gold.get("quantity_max")) or None,
                figure_text(claim.quantity_min, claim.quantity_max) or None,
                gold.get("scope"),
                getattr(claim, "scope", None),
            )
        )
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    report.misses += [
        {
            "article": stem,
            "type": kind,
            "speaker": g.get("speaker"),
            "subject": g.get("subject"),
            "quote": g.get("quote", ""),
        }
        for gi, (g, _) in enumerate(golds)
        if gi not in matched_g
    ]
    report.false_claims += [
        {
            "article": stem,
            "type": kind,
            "speaker": c.speaker,
            "subject": c.subject,
            "rule": c.rule,
            "quote": c.quote,
        }
        for pi, c in enumerate(preds)
        if pi not in matched_p
    ]
