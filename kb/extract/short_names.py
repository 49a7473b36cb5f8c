"""A body named again by part of its name: "juru bicara Pertahanan Sipil Gaza ... . Dua remaja tewas, kata Pertahanan
Sipil.", "the Gaza Civil Defence ... . Four were killed, the Civil Defence said".

Why: a body named in full once is named again by a shorter run of its own capitalised words, dropping the place or
the country; the short form is no gazetteer name (many countries have a "Civil Defence"), so it resolved to nobody
and the outlet took the claim, or it was minted as a body of its own.  A capitalised run of two to four words is
the one body of the article's named actors (never a person or a state) whose longer name holds those words in
that order; two such bodies, or none, settle nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kb.extract.context import Speaker

if TYPE_CHECKING:
    from kb.extract.context import Context

_RUN = re.compile(r"(?:(?:the|The)\s+)?((?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*)")
_WORD = re.compile(r"[\w'’-]+")
_NOT_BODIES = frozenset(("Person", "State"))


def short_name(text: str, context: Context) -> Speaker | None:
    """The body of the article's named actors that the capitalised run ``text`` names by part of its name."""
    found = _RUN.fullmatch(text.strip(" ,"))
    gazetteer = context.gazetteer
    if found is None or gazetteer is None:
        return None
    run = [w.casefold() for w in _WORD.findall(found.group(1))]
    bodies = {}
    for iri in context.seen:
        actor = gazetteer.by_iri(iri)
        if actor is None or actor.kind in _NOT_BODIES:
            continue
        if any(_holds([w.casefold() for w in _WORD.findall(name)], run) for name in actor.names()):
            bodies[actor.iri] = actor
    if len(bodies) != 1:
        return None
    actor = next(iter(bodies.values()))
    return Speaker(actor.label, actor.iri, None, actor)


def _holds(name: list[str], run: list[str]) -> bool:
    """Whether the longer name ``name`` holds the words ``run`` in a row."""
    return len(name) > len(run) and any(name[i : i + len(run)] == run for i in range(len(name) - len(run) + 1))


__all__ = ["short_name"]
