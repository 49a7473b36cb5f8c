"""Reading findings back from the conflicts graph, for the CLI and the web app.

Nothing is recomputed here: requests read the precomputed graph (the full comparison is far too
slow to run per request at scale), joined with the article graphs for each claim's details.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from rdflib import URIRef
from rdflib.term import Identifier

from kb import sparql
from kb.conflicts.load import load_actors
from kb.conflicts.vocabulary import CKC, KIND_BY_CLASS, categories
from kb.store import Store
from kb.vocab import CLAIM_CLASS, CONFLICTS_GRAPH

_TYPE = {str(v): k for k, v in CLAIM_CLASS.items()}
_CLASS_KIND = {str(CKC.Corroboration): "corroboration", str(CKC.Series): "series", str(CKC.Aggregate): "aggregate"}


@dataclass
class Finding:
    """A node of the conflicts graph: its kind, one-sentence explanation and the claims it rests on."""

    iri: str
    key: str
    kind: str
    explanation: str
    claims: list[dict[str, Any]] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Conflict(Finding):
    """A conflict: kind is numeric, part-whole, mutual-accusation or denial."""


def _val(term: Identifier | None) -> Any:
    if term is None:
        return None
    value = term.toPython()  # type: ignore[attr-defined]
    if isinstance(value, Decimal):
        return float(value)
    return value.isoformat() if hasattr(value, "isoformat") else value


def _findings(store: Store, cls: URIRef) -> dict[str, Finding]:
    """Findings of ``cls`` with their claims as dicts, in a stable order (by explanation)."""
    found: dict[str, Finding] = {}
    claims: dict[tuple[str, str], dict[str, Any]] = {}
    subjects: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for row in sparql.run(store, "conflict-members", graph=CONFLICTS_GRAPH, **{"class": cls}):
        f_iri, c_iri = str(row["finding"]), str(row["claim"])
        kind = KIND_BY_CLASS.get(str(row["kind"])) or _CLASS_KIND.get(str(row["kind"]), "finding")
        finding = found.setdefault(f_iri, Finding(f_iri, str(row["key"]), kind, str(row["explanation"])))
        if row["sources"] is not None:
            finding.details["independent_sources"] = _val(row["sources"])
        if (f_iri, c_iri) not in claims:
            claims[(f_iri, c_iri)] = _claim(row)
            finding.claims.append(claims[(f_iri, c_iri)])
        if row["subject"] is not None:
            subjects[(f_iri, c_iri)][str(row["subject"])] = str(row["subjectLabel"] or row["subject"])
    for (f_iri, c_iri), names in subjects.items():
        claims[(f_iri, c_iri)]["subject"] = "; ".join(sorted(names.values()))
    for f in found.values():
        f.claims.sort(key=lambda c: (c["date"] or c["published"] or "", c["speaker"], c["claim"]))
    return dict(sorted(found.items(), key=lambda kv: (kv[1].kind, kv[1].explanation)))


def _claim(row: dict[str, Identifier | None]) -> dict[str, Any]:
    return {
        "claim": str(row["claim"]),
        "type": _TYPE.get(str(row["type"]), "claim"),
        "speaker": str(row["speakerLabel"] or row["speaker"]),
        "speaker_iri": str(row["speaker"]),
        "quote": str(row["quote"]),
        "article": str(row["articleKey"]),
        "article_iri": str(row["article"]),
        "published": _val(row["published"]),
        "date": _val(row["date"]),
        "quantity_min": _val(row["min"]),
        "quantity_max": _val(row["max"]),
        "approximate": bool(_val(row["approx"])),
        "unit": _val(row["unit"]),
        "subject": None,
    }


def _involved(store: Store) -> dict[str, set[str]]:
    """finding → IRIs of the actors it involves."""
    out: dict[str, set[str]] = defaultdict(set)
    for row in sparql.run(store, "conflict-involved", graph=CONFLICTS_GRAPH):
        out[str(row["finding"])].add(str(row["actor"]))
    return out


def _with_actors(store: Store, found: dict[str, Finding], actor: str | None) -> list[Finding]:
    """Attach involved actors' keys; keep the findings that involve the state ``actor`` names or speaks
    for ('Yerevan' finds what involves Armenia: findings store normalised actors, as the rules compare states)."""
    involved = _involved(store)
    wanted: set[str] = set()
    if actor:
        actors = load_actors(store)
        named = {iri for iri in actors.labels if actors.matches(iri, actor)}
        wanted = named | {actors.root(iri) for iri in named}
    out = []
    for iri, f in found.items():
        mine = involved.get(iri, set())
        f.actors = sorted(a.rsplit("/", 1)[-1] for a in mine)
        if not actor or mine & wanted:
            out.append(f)
    return out


def list_conflicts(store: Store, actor: str | None = None) -> list[Conflict]:
    """Every conflict, or those involving ``actor`` (any label, alias or key of a speaker or party)."""
    found = _findings(store, CKC.Conflict)
    return [Conflict(**vars(f)) for f in _with_actors(store, found, actor)]


def corroborations(store: Store, actor: str | None = None) -> list[Finding]:
    """Propositions attested more than once; details: reports and independent_sources."""
    found = _findings(store, CKC.Corroboration)
    for f in found.values():
        f.details["reports"] = len(f.claims)
    return _with_actors(store, found, actor)


def series(store: Store, actor: str | None = None) -> list[Finding]:
    """Each speaker's figures for one measure over time; details: speaker, category, steps (in order)."""
    found = _findings(store, CKC.Series)
    cats = categories()
    for row in sparql.run(store, "conflict-series", graph=CONFLICTS_GRAPH):
        f = found.get(str(row["series"]))
        if f is None:
            continue
        f.details.setdefault("speaker", str(row["speaker"]))
        f.details.setdefault("category", cats.label(str(row["category"])))
        steps = f.details.setdefault("steps", {})
        step = steps.setdefault(int(_val(row["position"])), {"date": _val(row["date"]), "claims": []})
        step["claims"].append(str(row["claim"]))
    for f in found.values():
        f.details["steps"] = [{"position": k, **v} for k, v in sorted(f.details.get("steps", {}).items())]
    return _with_actors(store, found, actor)


def aggregates(store: Store, actor: str | None = None) -> list[Finding]:
    """Per party and category: low / best / high and conservative, each with the claims it comes from."""
    found = _findings(store, CKC.Aggregate)
    cats = categories()
    for row in sparql.run(store, "conflict-aggregates", graph=CONFLICTS_GRAPH):
        f = found.get(str(row["aggregate"]))
        if f is None:
            continue
        f.details.setdefault("category", cats.label(str(row["category"])))
        which = str(row["which"]).rsplit("#", 1)[-1]
        estimate = f.details.setdefault(which, {"value": _val(row["value"]), "claims": []})
        estimate["claims"].append(str(row["claim"]))
    return _with_actors(store, found, actor)
