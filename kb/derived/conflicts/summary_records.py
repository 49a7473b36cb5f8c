"""The states' summaries (``kb.derived.conflicts.summaries``) as kept in the derived-state graph
(``state.STATE_GRAPH``): one node per state and measure, with its measure's tag, its own (``sm|``) tag and its JSON.

Why apart from ``state``: the per-article records and the markers are what tell a write what changed; the summaries
are what an aggregate, and a part-whole check, are recomputed from, read by measure and rewritten by tag.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import Literal

from kb.derived.conflicts.graph import Triple
from kb.derived.conflicts.state import ST, STATE_GRAPH
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.store.oxigraph import data_update
from kb.vocab import DATA

_MEASURE, _SUMMARIZES, _SUMMARY = (ox.NamedNode(ST + n) for n in ("measure", "summarizes", "summary"))
_READ = 400
"""Measures bound in one query."""


def node(tag: str) -> ox.NamedNode:
    return ox.NamedNode(f"{DATA}state/summary/{hashlib.sha256(tag.encode()).hexdigest()[:24]}")


def triples(tag: str, text: str) -> list[str]:
    """The N-Triples lines of one state's summary of one measure."""
    n, measure = node(tag), "m|" + tag[3:].split("|", 1)[1]
    return [f"{n} {p} {o} ." for p, o in ((_MEASURE, ox.Literal(measure)), (_SUMMARIZES, ox.Literal(tag)),
                                          (_SUMMARY, ox.Literal(text)))]


def read(store: Store, measures: Iterable[str] | None = None) -> dict[str, str]:
    """``sm|`` tag → summary JSON, for the measures ``measures`` (None: every one)."""
    if measures is None:
        return {str(r["tag"]): str(r["summary"]) for r in plain_rows(store, "state-summaries")}
    out: dict[str, str] = {}
    wanted = sorted(set(measures))
    for i in range(0, len(wanted), _READ):
        bound = [Literal(m) for m in wanted[i:i + _READ]]
        out.update((str(r["tag"]), str(r["summary"])) for r in plain_rows(store, "state-summaries", measure=bound))
    return out


def update(changed: dict[str, str | None]) -> str:
    """The update replacing the summaries ``changed`` (tag → new JSON; None: gone).  Deleted by pattern: a remote
    server need not give a literal back byte for byte."""
    parts = [forget(changed)]
    added = [line for tag, text in sorted(changed.items()) if text is not None for line in triples(tag, text)]
    if added:
        parts.append(data_update(STATE_GRAPH, [], added))
    return " ;\n".join(part for part in parts if part)


def forget(tags: Iterable[str]) -> str:
    """The update deleting the summaries of ``tags`` ("" for none): ``update``'s first half, for a write whose
    additions go by the bulk loader (``terms``)."""
    return " ;\n".join(f"DELETE WHERE {{ GRAPH <{STATE_GRAPH}> {{ {node(tag)} ?p ?o }} }}" for tag in sorted(tags))


def terms(changed: dict[str, str | None]) -> list[Triple]:
    """The triples ``update`` inserts, as terms (the same as ``triples``' lines): a 1,000-article batch rewrites
    370-odd summaries, 20 MB of JSON, which its update's parser read again (0.4 s of CPU against 0.15 s loaded)."""
    out: list[Triple] = []
    for tag, text in sorted(changed.items()):
        if text is not None:
            n, measure = node(tag), "m|" + tag[3:].split("|", 1)[1]
            out += [(n, _MEASURE, ox.Literal(measure)), (n, _SUMMARIZES, ox.Literal(tag)),
                    (n, _SUMMARY, ox.Literal(text))]
    return out


def put(store: Store, now: dict[str, str]) -> None:
    """Bring the recorded summaries to exactly ``now`` (a full refresh): only those that differ are rewritten."""
    recorded = read(store)
    changed: dict[str, str | None] = {tag: text for tag, text in now.items() if recorded.get(tag) != text}
    changed |= {tag: None for tag in recorded.keys() - now.keys()}
    tags = sorted(changed)
    for i in range(0, len(tags), 2_000):
        text = update({t: changed[t] for t in tags[i:i + 2_000]})
        if text:
            store.update(text)
