"""Two bodies joined by one "and" before a verb each speak: "Layanan darurat Ukraina dan kementerian energi
menyatakan ...", "Ukraine's emergency service and the energy ministry said ...".

Why: the phrase resolved to the one body the gazetteer knows, or was minted whole ("Ukraina dan kementerian
energi"), and the other body's claim was lost.  When each half is an institution on its own (a known body, or
one with an institution's head word), each speaks, as a list of sources does; people joined ("residents and
medics") stay one voice, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kb.extract import bodies as institutions
from kb.extract.context import Speaker

_AND = re.compile(r"\s+(?:dan|and|serta)\s+")


def two_bodies(norm: str, span: tuple[int, int], resolve: Callable[[int, int], Speaker | None],
               lang: str) -> tuple[Speaker, ...] | None:
    """The two bodies the phrase ``norm[span]`` joins with one "and" (each read by ``resolve``), else None."""
    start, end = span
    joints = list(_AND.finditer(norm, start, end))
    if len(joints) != 1 or "," in norm[start:end]:
        return None
    halves = [resolve(start, joints[0].start()), resolve(joints[0].end(), end)]
    found = tuple(h for h in halves if h is not None and not h.members and _is_body(h, lang))
    return found if len(found) == 2 else None


def _is_body(speaker: Speaker, lang: str) -> bool:
    """Whether a speaker is an institution: a known actor that is no person or state, or a minted phrase whose
    head is an institution's word ("kementerian energi", "the energy ministry")."""
    if speaker.actor is not None:
        return speaker.actor.kind not in ("Person", "State") and speaker.iri is not None
    words = [w.casefold() for w in re.findall(r"[\w'-]+", speaker.label)]
    return speaker.iri is None and bool(words) and institutions.has_head(words[0] if lang == "id" else words[-1])


__all__ = ["two_bodies"]
