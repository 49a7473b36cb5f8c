"""An office's holder, whichever name of the body the office serves the text writes (issue 13, session 30).

The gazetteer gives a person's office as written in a few wordings ("Houthi military spokesman", "juru bicara
militer Houthi"), each with one name of the body they serve.  Text names that body by any of its names ("juru
bicara militer Houthis", "Ansar Allah's military spokesman" aside, a plural, another spelling, the Indonesian
name), and the office was then read as an unnamed role and credited to the body.  Each office is also read with
every other proper name of the body it names (the body the holder represents): one source, the gazetteer's names.
The offices as written win over these variants, and a variant two holders share names neither.
"""

from __future__ import annotations

import re
from collections import Counter

from rdflib import URIRef

from kb.actors import Actor, Gazetteer
from kb.vocab import CKB


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _variants(role: str, names: set[str]) -> set[str]:
    """``role`` with the body's name in it replaced by each of the body's other proper names (capitalised ones:
    never a common word such as "militer" standing for the body)."""
    out: set[str] = set()
    for name in names:
        found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", role, re.IGNORECASE)
        if found is None:
            continue
        for other in names:
            if other != name and other[:1].isupper() and "'" not in other and "’" not in other:
                out.add(_fold(role[: found.start()] + other + role[found.end() :]))
    return out


# The short forms Indonesian news writes a minister's office in ("Menlu Iran", "Menhan Israel"), session 31.
_SHORT = (("menteri luar negeri ", "menlu "), ("menteri pertahanan ", "menhan "), ("menteri kesehatan ", "menkes "),
          ("menteri dalam negeri ", "mendagri "), ("wakil menteri luar negeri ", "wamenlu "))


def _shortened(role: str) -> str | None:
    """``role`` in its short form, when it has one."""
    folded = _fold(role)
    return next((short + folded[len(full):] for full, short in _SHORT if folded.startswith(full)), None)


def roles_of(gazetteer: Gazetteer) -> dict[str, Actor]:
    """Every office (folded) and its holder: the gazetteer's wordings, then their variants by the body's names."""
    roles: dict[str, Actor] = {}
    variants: dict[str, Actor] = {}
    shared: Counter[str] = Counter()
    for actor in gazetteer:
        body = gazetteer.by_iri(actor.represents) if actor.represents else None
        for role in gazetteer.graph.objects(URIRef(actor.iri), CKB.role):
            roles.setdefault(_fold(str(role)), actor)
            short = _shortened(str(role))
            if short is not None:  # "Menhan Israel" for "Menteri Pertahanan Israel": the usual short form
                variants.setdefault(short, actor)
            for variant in _variants(str(role), set(body.names())) if body is not None else ():
                if variants.get(variant, actor) is not actor:
                    shared[variant] += 1
                variants[variant] = actor
    for variant, actor in variants.items():
        if variant not in roles and not shared[variant]:
            roles[variant] = actor
    return roles
