"""The claim record: the one contract between extraction, curation, RDF, export and evaluation.

A record is a plain dataclass so that extraction rules, hand-curated JSONL and the evaluation
tool can all produce and consume it without knowing anything about RDF.  Its JSON form is one
object per line (JSONL); unknown keys are refused so that a typo in a curated file fails loudly.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Final, TextIO

from kb.errors import InputError, json_reason
from kb.pipeline.article import iso_date

CLAIM_TYPES: Final = (
    "casualty",
    "mobilization",
    "talks",
    "ceasefire",
    "accusation",
    "call",
    "denial",
    "statement",
)
FACTUALITIES: Final = ("asserted", "alleged", "hedged", "denied")
SCOPES: Final = ("cumulative", "period", "incident")
ARTICLE_KEY: Final = re.compile(r"[A-Za-z0-9_-]{1,100}")


@dataclass
class Claim:
    """One attributed claim found in (or curated for) one article.

    ``start``/``end`` are character offsets into the article's stored text, so that
    ``text[start:end] == quote`` always holds for extracted claims.  ``subject`` is a
    ``"; "``-separated list of party names (see the seeds' README for what it means per type).

    What a figure counts over: ``scope`` is ``cumulative`` (a running total: "since 27 September", "so
    far"), ``period`` (a span: "in 24 hours", "today", from ``period_start`` to ``period_end``) or
    ``incident`` (one strike or attack), None when the text does not say; ``place`` is where, as
    written; ``increment`` marks "15 more"; ``breakdown`` who some of a toll the same sentence gives were, by
    age, sex or trade ("killed 14, including six children": the six).  Why: a one-day toll set against a
    cumulative one is no contradiction, and a toll's part is no toll of its own to compare (the derived data
    leave breakdowns out).  ``allegation``
    is what an accusation or denial is about ("shelling Terter"), and ``confidence`` (0–1) how often the rule
    that produced the claim is right on real articles.
    """

    article: str
    type: str
    speaker: str
    quote: str
    start: int
    end: int
    speaker_iri: str | None = None
    speaker_role: str | None = None
    via: list[str] = field(default_factory=list)
    subject: str | None = None
    object: str | None = None
    quantity_min: int | None = None
    quantity_max: int | None = None
    approximate: bool = False
    quantity_text: str | None = None
    unit: str | None = None
    date: str | None = None
    factuality: str = "asserted"
    rule: str = "manual"
    scope: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    place: str | None = None
    increment: bool = False
    breakdown: bool = False
    allegation: str | None = None
    confidence: float | None = None

    @property
    def subjects(self) -> list[str]:
        """The parties named in ``subject``, in order."""
        return [s.strip() for s in (self.subject or "").split(";") if s.strip()]

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, where: str = "record") -> Claim:
        """Build a record from its JSON form, naming ``where`` in every error."""
        if not isinstance(data, dict):
            raise InputError(f"{where}: expected a JSON object, got {type(data).__name__}")
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise InputError(f"{where}: unknown field(s) {', '.join(unknown)}")
        missing = [n for n in ("article", "type", "speaker", "quote", "start", "end") if n not in data]
        if missing:
            raise InputError(f"{where}: missing field(s) {', '.join(missing)}")
        if data["type"] not in CLAIM_TYPES:
            raise InputError(f"{where}: type {data['type']!r} is not one of {', '.join(CLAIM_TYPES)}")
        if data.get("factuality", "asserted") not in FACTUALITIES:
            raise InputError(f"{where}: factuality {data['factuality']!r} is not one of {', '.join(FACTUALITIES)}")
        for name in ("start", "end", "quantity_min", "quantity_max"):
            value = data.get(name)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                raise InputError(f"{where}: {name} must be an integer, got {value!r}")
        _check_terms(data, where)
        via = data.get("via") or []
        if not isinstance(via, list) or not all(isinstance(v, str) for v in via):
            raise InputError(f"{where}: via must be a list of names")
        return cls(**{**data, "via": list(via)})


def _check_terms(data: dict[str, Any], where: str) -> None:
    """Fields that become part of an IRI (``article``: ``…/id/article/<key>``) or a typed literal
    (``date``: ``xsd:date``) are checked here, so a bad one is a one-line error, not a store failure."""
    key = data["article"]
    if not isinstance(key, str) or not ARTICLE_KEY.fullmatch(key):
        raise InputError(f"{where}: article {key!r} is not an article key (letters, digits, '-' and '_')")
    for name in ("type", "speaker", "quote"):
        if not isinstance(data[name], str):
            raise InputError(f"{where}: {name} must be a string")
    for name in ("date", "period_start", "period_end"):
        when = data.get(name)
        if when is not None:
            iso_date(when if isinstance(when, str) else repr(when), f"{where}: {name}")
    if data.get("scope") is not None and data["scope"] not in SCOPES:
        raise InputError(f"{where}: scope {data['scope']!r} is not one of {', '.join(SCOPES)}")
    confidence = data.get("confidence")
    if confidence is not None and (isinstance(confidence, bool) or not isinstance(confidence, int | float)
                                   or not 0 <= confidence <= 1):
        raise InputError(f"{where}: confidence must be a number from 0 to 1, got {confidence!r}")


def read_jsonl(stream: TextIO, *, name: str = "<stdin>") -> Iterator[Claim]:
    """Yield records from JSONL, naming file and line number in any error."""
    for lineno, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}:{lineno}:{exc.colno}: invalid JSON: {json_reason(exc)}") from None
        yield Claim.from_dict(data, where=f"{name}:{lineno}")


def write_jsonl(claims: Iterable[Claim], stream: TextIO) -> int:
    """Write records as JSONL; returns how many were written."""
    n = 0
    for claim in claims:
        stream.write(claim.to_json() + "\n")
        n += 1
    return n
