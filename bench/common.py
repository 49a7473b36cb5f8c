"""What the benchmark's phases share: the plan they run from, timing, memory and the bindings of named queries.

Each phase of ``bench/run.py`` runs in its own process and reads the same ``Plan`` (a JSON file in the
work folder), so that each process's peak memory is its own work, not the benchmark's.
"""

from __future__ import annotations

import json
import math
import os
import re
import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rdflib import XSD, Literal, URIRef
from rdflib.term import Identifier
from rdflib.util import from_n3

from kb.derived.timeline import article_entries
from kb.store import Bindings, Store
from kb.vocab import CKB, CONFLICTS_GRAPH

PREFIXES = ("PREFIX ckb: <https://w3id.org/claimkb/ns#>\nPREFIX schema: <https://schema.org/>\n")
SIMPLE_SELECT = PREFIXES + "SELECT ?claim ?quote WHERE { ?claim ckb:quote ?quote } LIMIT 20"
LIST_SIZE = 20  # terms given to a query whose variable takes a list (a page's claims, ranks...)


@dataclass
class Plan:
    """The benchmark's settings and places, as every phase sees them."""

    articles: int
    seed: int
    gate_sample: int
    extract_sample: int
    budget: float
    repeat: int
    rdflib_timeout: float
    kb: str  # the knowledge base folder (the store is kb/oxigraph)
    work: str  # scratch folder: the N-Quads dump, the bulk-loaded copy, each phase's results
    built: bool  # False when --store reuses a store built earlier
    days: int | None = None  # the corpus's dates spread over this many days (bench/generate.py); None: the default
    corpus: str = "newsroom"  # bench/generate.py's CORPORA: "newsroom" (real articles' mix) or "dense" (worst case)

    @property
    def dump(self) -> Path:
        return Path(self.work) / "dump.nq"

    def save(self) -> Path:
        path = Path(self.work) / "plan.json"
        path.write_text(json.dumps(asdict(self), indent=1), encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: Path) -> Plan:
        return cls(**json.loads(path.read_text(encoding="utf-8")))


# ---------------------------------------------------------------- time and memory
def measure(fn: Callable[[], object], budget: float, repeat: int) -> list[float]:
    """Seconds per call of ``fn``: a first call to warm up (kept as the only sample when it alone took the whole
    budget), then calls until ``repeat`` samples or ``budget`` seconds; slow work gets fewer repeats."""
    started = time.perf_counter()
    fn()
    first = time.perf_counter() - started
    if first >= budget:
        return [first]
    out: list[float] = []
    started = time.perf_counter()
    while len(out) < repeat:
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
        if time.perf_counter() - started >= budget:
            break
    return out


def percentiles(seconds: list[float]) -> dict[str, float]:
    """p50 and p95 in milliseconds (nearest rank for p95) and the number of samples."""
    if not seconds:
        return {"p50": math.nan, "p95": math.nan, "n": 0}
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    return {"p50": statistics.median(ordered) * 1000, "p95": p95 * 1000, "n": len(ordered)}


def peak_rss_mb() -> float:
    """This process's peak resident memory so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb(pid: int | str = "self", field: str = "VmRSS") -> float:
    """A process's resident memory now (``VmRSS``) or at its peak (``VmHWM``), from /proc; NaN if gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return math.nan


def cpu_seconds() -> tuple[float, float]:
    """(CPU seconds the whole machine has been busy, CPU seconds of this process and its waited-for children):
    their growth over a run, apart, says how much other work shared the machine meanwhile."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    # user nice system idle iowait irq softirq steal (guest time is already in user): all but idle and iowait;
    # steal is time the hypervisor gave to other machines, which this run waited for as well
    busy = sum(fields) - fields[3] - fields[4]
    own = sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
              for f in ("ru_utime", "ru_stime"))
    return busy / os.sysconf("SC_CLK_TCK"), own


def folder_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


# ---------------------------------------------------------------- bindings of named queries
_BIND_CLAUSE = re.compile(r"\bbind ([^)]*)\)")
_VAR = re.compile(r"\?(\w+)")


VALUE_FROM = {"conflict-ranks": {"actor": "state"}, "article-order-page": {"entry": "order_entry"}}
"""Queries whose variable wants other values than its name's pool entry: conflict-ranks takes an actor "as a
state" (the top speaker, a person, is in no ranked conflict as such); article-order-page takes entries of the
articles order, not of an actor's timeline."""


def wanted_bindings(description: str) -> dict[str, bool]:
    """The variables a named query asks to be bound, and whether each takes a list.

    Read from its description: every ``?var`` in a "(bind ...)" remark, a list when the words after it (up to
    the next variable) say "list": "(bind ?actor; and ?claim to a list ...)" gives actor: one, claim: a list.
    Optional bindings written otherwise ("Bind ?kind to keep one kind", "?finding to one or a list, else all")
    are left out, as the app's list pages leave them."""
    out: dict[str, bool] = {}
    for clause in _BIND_CLAUSE.findall(description):
        found = list(_VAR.finditer(clause))
        for j, m in enumerate(found):
            end = found[j + 1].start() if j + 1 < len(found) else len(clause)
            out[m.group(1)] = out.get(m.group(1), False) or "list" in clause[m.end():end]
    return out


@dataclass
class Pool:
    """Values from the data for every variable the named queries take: one term, and a list of them."""

    one: dict[str, Identifier]
    many: dict[str, list[Identifier]]

    def bindings(self, wanted: dict[str, bool], source: dict[str, str] | None = None) -> Bindings | None:
        """Bindings for ``wanted`` (variable → takes a list), or None when the data has no value for one;
        ``source`` takes a variable's values from another pool entry (``{"actor": "state"}``)."""
        keys = {var: (source or {}).get(var, var) for var in wanted}
        if any(key not in self.one for key in keys.values()):
            return None
        return {var: (self.many[keys[var]] if many else self.one[keys[var]]) for var, many in wanted.items()}


def data_pool(store: Store) -> Pool:
    """The most-quoted actor, the party most spoken of ("state"), claims, the article of the first, the newest
    conflicts and their ranks, the longest precomputed timeline and its first entries..."""
    actors, states = ([r["actor"] for r in store.select(
        PREFIXES + f"SELECT ?actor (COUNT(?c) AS ?n) WHERE {{ ?c ckb:{role} ?actor }} "
        f"GROUP BY ?actor ORDER BY DESC(?n) ?actor LIMIT {LIST_SIZE}")] for role in ("speaker", "subject"))
    claims = [r["claim"] for r in store.select(
        PREFIXES + f"SELECT ?claim WHERE {{ ?claim ckb:speaker ?s }} ORDER BY ?claim LIMIT {LIST_SIZE}")]
    # the newest conflicts' ranks: ranks are sort keys (``ranks.rank_of``), not places 1..n
    newest = store.select(
        PREFIXES + f"SELECT ?f ?rank WHERE {{ GRAPH <{CONFLICTS_GRAPH}> {{ ?f schema:position ?rank }} }} "
        f"ORDER BY DESC(?rank) LIMIT {LIST_SIZE}")
    ranks = [Literal(int(r["rank"]), datatype=XSD.integer) for r in newest] or \
        [Literal(i, datatype=XSD.integer) for i in range(1, LIST_SIZE + 1)]
    findings = [r["f"] for r in newest]
    many: dict[str, list[Identifier]] = {
        "actor": actors, "state": states, "claim": claims, "node": claims, "rank": ranks, "finding": findings,  # type: ignore[dict-item]
        "class": [CKB.Conflict], "kind": [CKB.Person], "graph": [URIRef(str(CONFLICTS_GRAPH))]}
    timelines = [r["t"] for r in store.select(  # precomputed per-actor timelines, when refresh writes them
        PREFIXES + "SELECT ?t WHERE { ?t a ckb:Timeline ; ckb:claimCount ?n } ORDER BY DESC(?n) ?t LIMIT 1")]
    if timelines:
        many["timeline"] = timelines  # type: ignore[assignment]
        many["entry"] = [URIRef(f"{timelines[0]}/{i}") for i in range(1, LIST_SIZE + 1)]
        many["order_entry"] = article_entries(LIST_SIZE, 0, LIST_SIZE)  # type: ignore[assignment]  # page 1
    series = [r["f"] for r in store.select(
        PREFIXES + f"SELECT ?f WHERE {{ GRAPH <{CONFLICTS_GRAPH}> {{ ?f a ckb:Series }} }} LIMIT {LIST_SIZE}")]
    aggregates = [r["f"] for r in store.select(
        PREFIXES + f"SELECT ?f WHERE {{ GRAPH <{CONFLICTS_GRAPH}> {{ ?f a ckb:Aggregate }} }} LIMIT {LIST_SIZE}")]
    if aggregates:
        many["aggregate"] = aggregates  # type: ignore[assignment]
    if series:  # a page of series, and the first steps of one (read by IRI, as the page reads the latest)
        many["series"] = series  # type: ignore[assignment]
        many["step"] = [URIRef(f"{series[0]}#step{i}") for i in range(1, LIST_SIZE + 1)]
    if claims:
        article = store.select(PREFIXES + "SELECT ?a WHERE { ?claim ckb:article ?a }", {"claim": claims[0]})
        many["article"] = [r["a"] for r in article]  # type: ignore[misc]
    many = {k: v for k, v in many.items() if v}
    return Pool({k: v[0] for k, v in many.items()}, many)


def to_json(bindings: Bindings) -> dict[str, str | list[str]]:
    """Bindings as N3 text, for the rdflib process."""
    return {k: (v.n3() if isinstance(v, Identifier) else [t.n3() for t in v]) for k, v in bindings.items()}


def from_json(data: dict[str, Any]) -> dict[str, Identifier | list[Identifier]]:
    """``to_json`` undone."""
    return {k: (from_n3(v) if isinstance(v, str) else [from_n3(t) for t in v]) for k, v in data.items()}  # type: ignore[misc]


def binding_label(bindings: dict[str, Any]) -> str:
    """How a row names its bindings: ``?actor, ?claim×20``."""
    return ", ".join(f"?{k}" + ("" if isinstance(v, str | Identifier) else f"×{len(v)}") for k, v in bindings.items())
