"""From a sentence's draft to the record kept: its fields, its date, its period and its confidence.

Apart from ``pipeline`` (the walk over an article's sentences and what one sentence passes to the next) because
turning a draft into a record is the same step for every draft and needs nothing the walk remembers: the quote
and the quantity's words taken from the original text, the period read against the publication date, the date
chosen among the sentence's dates, the calibrated confidence.  The walk keeps what does depend on the article so
far: the wire's credits, and which mobilisations and claims it has kept already.
"""

from __future__ import annotations

from datetime import date

from kb.extract import confidence
from kb.extract.dates import DateMention
from kb.extract.drafts import Draft
from kb.extract.scope_dates import period_of
from kb.pipeline.record import Claim


def set_period(draft: Draft, norm: str, published: date | None) -> None:
    """A figure's period dates ("since 27 September", "in the past 24 hours"), against publication."""
    if draft.figure_scope not in ("cumulative", "period") or draft.quantity is None:
        return
    q = draft.quantity
    first, last = period_of(norm, q.start, q.end, draft.figure_scope, published)
    draft.period_start = first.isoformat() if first else None
    draft.period_end = last.isoformat() if last else None


def claim_date(draft: Draft, dates: list[DateMention], lead: bool, published: date | None) -> str | None:
    """The claim's date: the first dated expression inside its scope, else the sentence's first; a lead sentence
    with none is dated by publication."""
    inside = [d for d in dates if draft.scope[0] <= d.start < draft.scope[1] and d.value]
    chosen = inside[0].value if inside else next((d.value for d in dates if d.value), None)
    if chosen is None and lead:
        chosen = published
    return chosen.isoformat() if chosen else None


def claim_of(draft: Draft, article: tuple[str, str, str], span: tuple[int, int], via: list[str],
             when: str | None) -> Claim:
    """The record of ``draft`` found in the sentence at ``span`` of the article (``article``: its key, its text and
    its language), credited to ``via`` and dated ``when``, with its confidence estimated."""
    key, text, lang = article
    start, end = span
    rule = draft.rule if draft.rule.startswith(lang + ".") else f"{lang}.{draft.rule}"
    q = draft.quantity
    claim = Claim(
        article=key,
        type=draft.type,
        speaker=draft.speaker.label,
        quote=text[start:end],
        start=start,
        end=end,
        speaker_iri=draft.speaker.iri,
        speaker_role=draft.speaker.role,
        via=via,
        subject=draft.subject,
        object=draft.object,
        quantity_min=q.minimum if q else None,
        quantity_max=q.maximum if q else None,
        approximate=q.approximate if q else False,
        quantity_text=text[start + q.start : start + q.end] if q else None,
        unit=draft.unit,
        date=when,
        factuality=draft.factuality,
        rule=rule,
        scope=draft.figure_scope,
        period_start=draft.period_start,
        period_end=draft.period_end,
        place=draft.place,
        increment=draft.increment,
        breakdown=draft.breakdown,
        allegation=draft.allegation,
    )
    claim.confidence = confidence.estimate(claim)
    return claim
