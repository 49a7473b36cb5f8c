"""What a review is, in plain Python: a status, who, when, why, and the claim record before and after.

Why whole records rather than a list of edits: a review must outlive the extraction it judged.  When the
article is extracted again the claim is found anew (``kb.review.view``) and the reviewed record, re-anchored
to the claim's new offsets, is what the store shows; the per-field changes (``changes``) are derived from the
two records for people and queries to read.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from kb.errors import InputError
from kb.pipeline.record import Claim

STATUSES: Final = ("unreviewed", "accepted", "corrected", "rejected", "added")
REVIEWED: Final = ("accepted", "corrected", "rejected", "added")
EDITABLE: Final = tuple(f.name for f in dataclasses.fields(Claim) if f.name not in ("article", "rule", "confidence"))
"""Fields a correction may set: everything but the article, the rule that produced the claim and its score."""
_INTS: Final = ("start", "end", "quantity_min", "quantity_max")
_BOOLS: Final = ("approximate", "increment", "breakdown")
MAX_REASON: Final = 2000


@dataclass
class Review:
    """One human judgement of one claim (``claim``: the IRI it is attached to)."""

    iri: str
    claim: str
    article: str
    status: str
    reviewer: str
    at: datetime
    after: Claim
    before: Claim | None = None
    reason: str | None = None
    recheck: bool = False

    def changes(self) -> list[tuple[str, object, object]]:
        """(field, from, to) for every field the review changed."""
        return diff(self.before, self.after) if self.before is not None else []

    def to_dict(self) -> dict[str, Any]:
        return {"review": self.iri, "claim": self.claim, "article": self.article, "status": self.status,
                "by": self.reviewer, "at": self.at.isoformat(), "reason": self.reason, "recheck": self.recheck,
                "changes": [{"field": f, "from": a, "to": b} for f, a, b in self.changes()]}


def diff(before: Claim, after: Claim) -> list[tuple[str, object, object]]:
    old, new = before.to_dict(), after.to_dict()
    return [(name, old[name], new[name]) for name in old if old[name] != new[name]]


def parse_value(name: str, raw: str) -> object:
    """A ``FIELD=VALUE`` value typed as the record wants it ("" clears an optional field)."""
    if name not in EDITABLE:
        raise InputError(f"--set {name}: not a field a review may set; one of {', '.join(EDITABLE)}")
    text = raw.strip()
    if name in _INTS:
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            raise InputError(f"--set {name}={raw}: expected a whole number") from None
    if name in _BOOLS:
        if text.lower() not in ("true", "false", "yes", "no", "1", "0"):
            raise InputError(f"--set {name}={raw}: expected true or false")
        return text.lower() in ("true", "yes", "1")
    if name == "via":
        return [part.strip() for part in text.split(";") if part.strip()]
    if name in ("type", "speaker", "quote", "factuality"):
        return text
    return text or None


def parse_sets(pairs: list[str] | tuple[str, ...]) -> dict[str, object]:
    """``["speaker=Armenia", "quantity_min=5"]`` → typed values, refusing unknown fields and bad values."""
    values: dict[str, object] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        if not sep:
            raise InputError(f"--set {pair}: expected FIELD=VALUE")
        values[name.strip()] = parse_value(name.strip(), raw)
    return values


def corrected(record: Claim, values: dict[str, object], *, where: str) -> Claim:
    """``record`` with ``values`` set, checked as a record (the shapes check the rest).  A new speaker name
    without an IRI drops the old IRI, so the gazetteer resolves the name."""
    data = record.to_dict()
    unknown = sorted(set(values) - set(EDITABLE))
    if unknown:
        raise InputError(f"{where}: not field(s) a review may set: {', '.join(unknown)}")
    if "speaker" in values and "speaker_iri" not in values:
        data["speaker_iri"] = None
    data.update(values)
    return Claim.from_dict(data, where=where)


def record_json(claim: Claim) -> str:
    return json.dumps(claim.to_dict(), ensure_ascii=False, sort_keys=True)


def record_from_json(text: str, where: str) -> Claim:
    try:
        return Claim.from_dict(json.loads(text), where=where)
    except json.JSONDecodeError:
        raise InputError(f"{where}: the stored record is not JSON") from None


def check_reason(reason: str | None) -> str | None:
    if reason is None or not reason.strip():
        return None
    if len(reason) > MAX_REASON:
        raise InputError(f"--reason: longer than {MAX_REASON} characters")
    return reason.strip()
