"""Error classes of an evaluation: what kind of mistake each miss, false claim and matched pair is.

Precision and recall say how much is wrong; these counts say what, so progress on one class (the
outlet credited instead of the named source, a party of the wrong side, a one-day toll taken for a
cumulative one) is visible on its own.  A matched pair may carry several errors (wrong speaker and
wrong figure); an unmatched predicted claim is exactly one of ``wrong_type`` (it sits on a sentence
whose gold claim has another type), ``extra`` (it sits on a sentence whose gold claims were all
matched) or ``spurious`` (no gold claim on that sentence at all); an unmatched gold claim not
explained by a ``wrong_type`` is ``missed``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from kb.actors import normalize_name
from kb.pipeline.record import Claim

ERROR_CLASSES = ("missed", "spurious", "extra", "wrong_type", "wrong_speaker", "outlet_instead_of_source",
                 "wrong_via", "wrong_party", "wrong_figure", "wrong_scope")

Span = tuple[int, int] | None


def _overlaps(claim: Claim, span: Span) -> bool:
    return span is not None and claim.start < span[1] and span[0] < claim.end


def unmatched_classes(golds: list[tuple[dict[str, Any], Span]], preds: list[Claim],
                      matched_g: set[int], matched_p: set[int]) -> Counter[str]:
    """Classes of one article's unmatched claims, all types together (indices into ``golds``/``preds``)."""
    counts: Counter[str] = Counter()
    free_gold = [gi for gi in range(len(golds)) if gi not in matched_g]
    for pi, claim in enumerate(preds):
        if pi in matched_p:
            continue
        other = next((gi for gi in free_gold if golds[gi][0].get("type") != claim.type
                      and _overlaps(claim, golds[gi][1])), None)
        if other is not None:
            free_gold.remove(other)
            counts["wrong_type"] += 1
        elif any(_overlaps(claim, span) for _, span in golds):
            counts["extra"] += 1
        else:
            counts["spurious"] += 1
    counts["missed"] += len(free_gold)
    return counts


def pair_classes(claim: Claim, gold: dict[str, Any], *, speaker_ok: bool, via_ok: bool, outlet: set[str],
                 subjects: Callable[[str | None], set[str]]) -> list[str]:
    """The errors of one matched pair: speaker (and whether it is the outlet standing in for the
    source: ``outlet`` holds the article's outlet names, normalised), via, parties, figure and scope —
    each only where the gold record says what is right."""
    errors = []
    if not speaker_ok:
        errors.append("wrong_speaker")
        gold_names = {normalize_name(n) for n in [gold.get("speaker") or "", *(gold.get("speaker_aliases") or [])]}
        if normalize_name(claim.speaker) in outlet and not outlet & gold_names:
            errors.append("outlet_instead_of_source")
    if not via_ok:
        errors.append("wrong_via")
    wanted = subjects(gold.get("subject"))
    if wanted and not wanted & subjects(claim.subject):
        errors.append("wrong_party")
    if ("quantity_min" in gold or "quantity_max" in gold) and (gold.get("quantity_min"), gold.get("quantity_max")) != (
            claim.quantity_min, claim.quantity_max):
        errors.append("wrong_figure")
    if gold.get("scope") is not None and getattr(claim, "scope", None) != gold["scope"]:
        errors.append("wrong_scope")
    return errors


__all__ = ["ERROR_CLASSES", "pair_classes", "unmatched_classes"]
