"""What a denial of a figure says about the figure it rejects: the numbers it names (in digits or in words, either
language) and whose figure it is ("Baku's claim", "the rebel figure", "angka Hamas").

Why (session 33, trial user33): a denial was linked to the nearest figure before it even when it named another
speaker's ("The army rejected the rebel figure" answered the police chief's 12 given between them), a number in words
("lima", "five") named nothing, and a denial of one's own losses ("Yerevan denied any casualties") was linked to the
other side's dead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Protocol, runtime_checkable

from kb.actors import normalize_name
from kb.derived.conflicts.model import ClaimFacts
from kb.extract.quantities import find_quantities

Labeller = Callable[[str], str]
_OWNED = r"(?:claims?|figures?|tolls?|numbers?|counts?|tally|data|estimates?)"
_OWNER_EN = re.compile(
    rf"\b(?P<pos>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,5}})(?:['’]s?)\s+(?:\w+\s+)?{_OWNED}\b"
    rf"|\b[Tt]he\s+(?P<adj>[A-Za-z][\w-]*)\s+(?:(?:casualty|death)\s+)?{_OWNED}\b")
_OWNER_ID = re.compile(r"\b(?:angka|klaim|data|jumlah|versi|perkiraan)\s+(?:korban\s+(?:\w+\s+)?)?"
                       r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")
_NOT_OWNER = frozenset((
    "death", "casualty", "official", "new", "latest", "same", "higher", "lower", "first", "initial", "final",
    "reported", "inflated", "exaggerated", "total", "overall", "whole", "previous", "earlier", "that", "this", "these",
    "those", "such", "any", "military", "army", "government", "ministry", "police", "authorities", "other", "high",
    "low", "real", "true", "false", "published", "released", "enemy", "opposing", "local", "its", "their", "his",
    "her", "the", "a", "an", "it", "korban", "tewas", "resmi", "itu", "tersebut", "ini", "terbaru", "defence",
    "defense", "health", "spokesman", "spokesperson", "office", "forces", "kementerian", "kesehatan", "pertahanan",
    "pemerintah", "militer", "tentara", "pasukan", "juru", "bicara", "kantor", "otoritas", "of", "and",
))
"""Words before "figure" that name no one (the latest, the official, the death toll) or every side ("the army",
"the government": the reader cannot tell whose), nor do the words of an office ("Defence", "Kementerian Kesehatan"):
"the Armenian Defence Ministry's figure" is Armenia's, not any defence ministry's.  A denial naming no one else is
linked as before, to the figure it gives or the nearest."""
_OWN_LOSSES = re.compile(r"\b(?:casualt\w*|loss(?:es)?|dead|deaths|korban|kerugian|tewas)\b", re.IGNORECASE)
_FIGURE = re.compile(r"\b(?:figures?|tolls?|numbers?|counts?|data|angka\w*|jumlah|klaim|claims?)\b", re.IGNORECASE)


@runtime_checkable
class _Named(Protocol):
    """A store's actors (``load.Actors``): every actor's folded names and the body it speaks for."""

    names: Mapping[str, set[str]]

    def root(self, iri: str) -> str: ...


def numbers(denial: ClaimFacts) -> set[int]:
    """The numbers a denial names: digits and number words of its object ("lima tentara", "five soldiers"), and its
    own figure; a vague order ("hundreds") names none."""
    text = denial.object or ""
    found = {int(n.replace(".", "").replace(",", "")) for n in re.findall(r"\d[\d.,]*\d|\d", text)}
    for q in find_quantities(text):
        if q.minimum is not None and q.maximum is not None and q.maximum >= 10 * max(q.minimum, 1):
            continue  # "ratusan", "hundreds": an order of size, no number a figure gives
        found |= {n for n in (q.minimum, q.maximum) if n is not None}
    return found | {n for n in (denial.qmin, denial.qmax) if n is not None}


def owner(denial: ClaimFacts) -> str | None:
    """The name of whose figure the denial rejects ("Baku", "rebel", "Hamas"), or None when it names no one."""
    text = denial.object or ""
    for m in (*_OWNER_EN.finditer(text), *_OWNER_ID.finditer(text)):
        name = next(g for g in m.groups() if g)
        if any(w.casefold() not in _NOT_OWNER for w in re.findall(r"\w[\w-]*", name)):
            return name
    return None


def own_losses(denial: ClaimFacts) -> bool:
    """A denial of losses that names no figure ("denied any casualties", "membantah ada korban"): the denier speaks of
    its own side's dead, so it answers only a figure that counts them."""
    text = denial.object or ""
    return bool(_OWN_LOSSES.search(text)) and not _FIGURE.search(text) and not numbers(denial)


_INDEX: dict[int, tuple[object, dict[str, set[str]]]] = {}


def _roots_named(actors: _Named, name: str) -> set[str]:
    """The actors (and the bodies they speak for) one of whose names is ``name``, folded: an index kept per store's
    actors, built once (a denial names an owner rarely, the store holds thousands of actors)."""
    held = _INDEX.get(id(actors))
    if held is None or held[0] is not actors:
        index: dict[str, set[str]] = {}
        for iri, names in actors.names.items():
            for n in names:
                index.setdefault(n, set()).update((iri, actors.root(iri)))
        _INDEX.clear()
        _INDEX[id(actors)] = held = (actors, index)
    return held[1].get(normalize_name(name), set())


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"\w+", text.casefold()) if len(w) > 2 and w not in _NOT_OWNER}


def owner_test(name: str, label: Labeller) -> Callable[[ClaimFacts], bool]:
    """Whether a claim is by the owner ``name``: its speaker, or the body it speaks for, is an actor so named (through
    the store's aliases when ``label`` is a store's ``Actors.label``: "Baku" is Azerbaijan's government), or a word
    of the name, but for an office's, meets a word of their labels ("Russian" meets "Russia", "Kementerian Kesehatan
    Gaza" the Gaza Health Ministry)."""
    actors = getattr(label, "__self__", None)
    named = _roots_named(actors, name) if isinstance(actors, _Named) else set()
    wanted = _stems(name)

    def test(c: ClaimFacts) -> bool:
        if {c.speaker, c.speaker_root} & named:
            return True
        return bool(wanted) and wanted <= (_stems(label(c.speaker)) | _stems(label(c.speaker_root)))

    return test
