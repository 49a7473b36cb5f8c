"""How far to trust an extracted claim: the measured precision, on real articles, of claims made the
same way — same type, same kind of evidence, same kind of speaker.

Why measured and not guessed: a rule's own opinion of itself says nothing about real news; how often
its claims were right on real articles does (a claim is right when it matches a gold claim of the same
type and sentence with the right speaker).  And measured on text the rules were not written from: each
dev batch as the extractor of its day first read it, before anyone studied it
(``tests/realworld/first_readings.py``), since the current rules, tuned on the dev split, are right there
more often than on a new article (fitted on the dev, claims given 0.8-1.0 were right 68% of the time on the
held-outs).  ``tests/realworld/calibrate.py`` counts right and total claims per bucket and writes
``confidence.json`` beside this file; the held-out splits only check the result.

A bucket is ``type|evidence|speaker``: the evidence is the rule's family (``verb`` — a reporting
verb; ``quote`` — a quotation with its attribution; ``according``; ``outlet`` — the reporter's own
words …) and the speaker ``known`` (a gazetteer actor), ``minted`` or ``outlet``.  Small buckets lean
on their parents (``type|evidence``, ``type``, everything) with a Beta prior of ``PRIOR_WEIGHT``
claims, so one lucky claim never reads as certainty.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from kb.pipeline.record import Claim

TABLE = Path(__file__).with_name("confidence.json")
PRIOR_WEIGHT = 4.0
DEFAULT = 0.5  # no table yet: as likely right as wrong


def evidence(claim: Claim) -> str:
    """The rule family: ``en.verb.said`` → ``verb``; ``manual`` → ``manual``."""
    parts = claim.rule.split(".")
    return parts[1] if len(parts) > 2 else parts[-1]


def speaker_kind(claim: Claim) -> str:
    if evidence(claim) == "outlet":
        return "outlet"
    return "known" if claim.speaker_iri else "minted"


def buckets(claim: Claim) -> list[str]:
    """From the most specific bucket to the most general (the empty key: every claim)."""
    kind, family = claim.type, evidence(claim)
    return [f"{kind}|{family}|{speaker_kind(claim)}", f"{kind}|{family}", kind, ""]


@cache
def _table(path: Path = TABLE) -> dict[str, tuple[int, int]]:
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {key: (int(right), int(total)) for key, (right, total) in data["buckets"].items()}


def estimate(claim: Claim, table: dict[str, tuple[int, int]] | None = None) -> float:
    """Smoothed precision of the claim's bucket, each level's prior being its parent's estimate."""
    counts = _table() if table is None else table
    value = DEFAULT
    for key in reversed(buckets(claim)):
        right, total = counts.get(key, (0, 0))
        value = (right + PRIOR_WEIGHT * value) / (total + PRIOR_WEIGHT)
    return round(value, 2)


__all__ = ["PRIOR_WEIGHT", "TABLE", "buckets", "estimate", "evidence", "speaker_kind"]
