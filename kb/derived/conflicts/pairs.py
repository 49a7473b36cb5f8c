"""The conflict rules measured on labelled pairs of claims: ``kb eval-conflicts``.

A pair is two casualty claims and what an analyst says they are to each other: ``conflict``, ``part`` (one
figure counts inside the other), ``update`` (one speaker's newer figure), ``corroboration`` (the figures agree)
or ``unrelated``.  Claims are given either by reference to the real-article annotations (article id and the
quote's SHA-1: no sentence is stored) or written out as facts.  Each claim is turned into the ``ClaimFacts``
the rules see (speakers and parties resolved through the gazetteer and ``ckb:represents``, units through the
category lattice), and ``classify`` applies the same comparisons the rules apply (``kb.derived.conflicts.compare``).

Why pairs and not whole articles: the question is whether the rules judge two figures right, apart from
whether the extractor found them; a pair also pins the verdict's strength (no "contradiction" between figures
of different scopes).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from kb.actors import Actor, Gazetteer
from kb.derived.conflicts import compare
from kb.derived.conflicts.model import ClaimFacts
from kb.derived.conflicts.vocabulary import Categories, categories
from kb.errors import InputError

LABELS = ("conflict", "part", "update", "corroboration", "unrelated")


def classify(a: ClaimFacts, b: ClaimFacts, cats: Categories) -> compare.Verdict:
    """What the rules make of two figure claims: the same measure, a part and its whole, or unrelated."""
    if not (a.has_figure and b.has_figure and a.category and b.category):
        return compare.Verdict("unrelated", reason="not two figures of a known measure")
    if compare.one_account(a, b):
        return compare.Verdict("unrelated", reason="one article's own voice and a figure it quotes")
    if a.category == b.category and a.parties == b.parties:
        return compare.same_measure(a, b, compare.relate(a, b))
    for part, whole in ((a, b), (b, a)):
        if _contains(whole, part, cats):
            return compare.nested_measure(part, whole, compare.relate(part, whole))
    return compare.Verdict("unrelated", reason="different parties or categories")


def _contains(whole: ClaimFacts, part: ClaimFacts, cats: Categories) -> bool:
    """Whether whole's measure counts part's: a wider (or the same) category of the same parties, or of all
    parties (``figures._contains``: a figure's parties mix victims and attacker)."""
    wider = whole.category == part.category or whole.category in cats.wholes.get(part.category or "", ())
    parties = whole.all_parties or (bool(whole.parties) and part.parties == whole.parties)
    return wider and parties and (whole.category, whole.parties) != (part.category, part.parties)


@dataclass
class Resolver:
    """Claims as the rules see them: names resolved to actors and the states they speak for."""

    gazetteer: Gazetteer
    cats: Categories

    def root(self, name: str) -> str:
        actor = self.gazetteer.resolve(name)
        seen = {actor.iri}
        while actor.represents and actor.represents not in seen:
            nxt = self.gazetteer.by_iri(actor.represents)
            if nxt is None:
                return actor.represents
            actor = nxt
            seen.add(actor.iri)
        return actor.iri

    def neutral(self, name: str) -> bool:
        """Whether the actor ``name`` resolves to, or a body along its ``represents`` chain, is neutral
        (``load.Actors.speaks_neutrally``, as the rules read it from the store)."""
        actor: Actor | None = self.gazetteer.resolve(name)
        seen: set[str] = set()
        while actor is not None and actor.iri not in seen:
            if actor.neutral:
                return True
            seen.add(actor.iri)
            actor = self.gazetteer.by_iri(actor.represents) if actor.represents else None
        return False

    def facts(self, row: dict[str, Any], name: str, where: str) -> ClaimFacts:
        """One claim's facts from an annotation row (the real set's gold fields, or a written claim)."""
        try:
            subjects = [s.strip() for s in str(row.get("subject") or "").split(";") if s.strip()]
            speaker = self.gazetteer.resolve(str(row["speaker"]))
            published = _day(row.get("published"))
            return ClaimFacts(
                iri=name, type=str(row.get("type") or "casualty"), speaker=speaker.iri,
                speaker_root=self.root(str(row["speaker"])), speaker_neutral=self.neutral(str(row["speaker"])),
                article=str(row.get("article") or name),
                subjects=frozenset(self.gazetteer.resolve(s).iri for s in subjects),
                parties=frozenset(self.root(s) for s in subjects),
                all_parties=any(self.cats.is_all_parties(s) for s in subjects),
                qmin=row.get("quantity_min"), qmax=row.get("quantity_max"),
                approximate=bool(row.get("approximate")), unit=row.get("unit"),
                category=self.cats.category(row.get("unit")), claim_date=_day(row.get("date")),
                published=published, source=str(row.get("outlet") or ""), factuality=str(row.get("factuality")
                                                                                           or "asserted"),
                scope=row.get("scope"), period_start=_day(row.get("period_start")),
                period_end=_day(row.get("period_end")), place=row.get("place"),
                increment=bool(row.get("increment")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"{where}: claim {name!r} is incomplete or malformed ({exc})") from None


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


@dataclass
class RealWorld:
    """The real-article annotations (``tests/realworld``): gold rows by (article, quote SHA-1), articles by id.
    Only the ``dev`` split: a pair naming a held-out article is refused (the held-out rule)."""

    gold: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    articles: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> RealWorld:
        out = cls()
        for lang in ("id", "en"):
            for path, target in ((folder / lang / "articles.jsonl", "articles"),
                                 (folder / lang / "gold.jsonl", "gold")):
                for row in _jsonl(path):
                    if target == "articles":
                        out.articles[row["id"]] = row
                    else:
                        out.gold.setdefault((row["article"], row["quote_sha1"]), []).append(row)
        return out

    def row(self, ref: dict[str, Any], where: str) -> dict[str, Any]:
        article = self.articles.get(str(ref.get("article")))
        if article is None:
            raise InputError(f"{where}: unknown real-world article {ref.get('article')!r}")
        if article.get("split") != "dev":
            raise InputError(f"{where}: article {article['id']} is in the held-out split; pairs use dev only")
        rows = self.gold.get((article["id"], str(ref.get("quote_sha1"))), [])
        # one sentence may carry several claims: the reference names the speaker and unit to pick one
        found = [r for r in rows if all(r.get(k) == ref[k] for k in ("speaker", "unit", "quantity_min") if k in ref)]
        if len(found) != 1:
            raise InputError(f"{where}: {len(found)} annotated claims match {ref.get('quote_sha1')!r} in "
                             f"{article['id']} (name the speaker, unit and quantity_min)")
        return {**found[0], "published": article.get("published"), "outlet": article.get("outlet")}


def _jsonl(path: Path) -> Iterable[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    for n, line in enumerate(lines, start=1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: not JSON ({exc.msg})") from None


@dataclass
class Scored:
    """Per label: true positives, predicted, gold; the pairs judged wrong; contradictions across scopes."""

    pairs: int = 0
    real: int = 0
    tp: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)
    strengths: Counter[str] = field(default_factory=Counter)
    misses: list[dict[str, Any]] = field(default_factory=list)
    cross_scope_contradictions: list[str] = field(default_factory=list)

    def precision(self, label: str) -> float | None:
        return self.tp[label] / self.predicted[label] if self.predicted[label] else None

    def recall(self, label: str) -> float | None:
        return self.tp[label] / self.gold[label] if self.gold[label] else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "pairs": self.pairs, "real_pairs": self.real,
            "labels": {k: {"gold": self.gold[k], "predicted": self.predicted[k], "correct": self.tp[k],
                           "precision": _round(self.precision(k)), "recall": _round(self.recall(k))} for k in LABELS},
            "conflict_verdicts": dict(self.strengths),
            "cross_scope_contradictions": self.cross_scope_contradictions,
            "misses": self.misses,
        }


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def evaluate(paths: Iterable[Path], realworld: Path | None = None, gazetteer: Gazetteer | None = None) -> Scored:
    """Classify every labelled pair of ``paths`` and score the labels."""
    resolver = Resolver(gazetteer or Gazetteer.load(), categories())
    real = RealWorld.load(realworld) if realworld is not None else None
    out = Scored()
    for path in paths:
        for n, pair in enumerate(_jsonl(path), start=1):
            where = f"{path}:{n}"
            label = pair.get("label")
            if label not in LABELS:
                raise InputError(f"{where}: label {label!r} is not one of {', '.join(LABELS)}")
            a, b, is_real = _both(pair, n, where, resolver, real)
            v = classify(a, b, resolver.cats)
            _score(out, str(pair.get("id", n)), label, v, a, b)
            out.real += is_real
    return out


def _both(pair: dict[str, Any], n: int, where: str, resolver: Resolver,
          real: RealWorld | None) -> tuple[ClaimFacts, ClaimFacts, bool]:
    claims, is_real = [], False
    for side in ("a", "b"):
        ref = pair.get(side)
        if not isinstance(ref, dict):
            raise InputError(f"{where}: claim {side!r} missing")
        if "quote_sha1" in ref:
            if real is None:
                raise InputError(f"{where}: a real-article pair needs the annotations folder (--realworld)")
            row, is_real = real.row(ref, where), True
        else:
            row = ref
        claims.append(resolver.facts(row, f"{pair.get('id', n)}/{side}", where))
    return claims[0], claims[1], is_real


def _score(out: Scored, pair_id: str, label: str, v: compare.Verdict, a: ClaimFacts, b: ClaimFacts) -> None:
    out.pairs += 1
    out.gold[label] += 1
    out.predicted[v.label] += 1
    if v.label == label:
        out.tp[label] += 1
    else:
        out.misses.append({"id": pair_id, "gold": label, "predicted": v.label, "reason": v.reason})
    if v.label == "conflict":
        out.strengths[v.strength or ""] += 1
        if v.strength == "contradiction" and compare.scope_of(a) != compare.scope_of(b):
            out.cross_scope_contradictions.append(pair_id)
