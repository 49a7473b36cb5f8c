"""Acronyms an article defines for itself win over the gazetteer's ("the Arakan Army (AA) ... the AA said").

Why: a short acronym names different bodies in different wars ("AA" is Anadolu Agency to the gazetteer, the
Arakan Army in Myanmar reporting; "SAF", "NUG", "PMF" each have other readings), and a news writer who means the
less common one defines it at first use: a known name with the acronym in brackets right after it.  From then on
the article's own definition is the reading, as any careful reader takes it; an acronym defined for an actor the
gazetteer knows under that same acronym changes nothing.  The survey already reads every sentence's mentions, so
this is one bounded match after each known mention and one pass over the mentions to rename.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kb.actors import Actor
from kb.extract.mentions import Mention

# "(AA)", "( RSF )": capitals (digits and a hyphen inside) in brackets right after the name
_DEFINED = re.compile(r"\s*\(\s*(?P<acronym>[A-Z][A-Z0-9-]{1,7})\s*\)")

_WORD_BEFORE = re.compile(r"([\w'-]+)\s*$")

Sentences = dict[tuple[int, int], list[Mention]]


def defined_acronyms(masked: str, sentences: Sentences) -> dict[str, Actor]:
    """Each acronym the article writes in brackets right after a known actor's name, mapped to that actor
    (the first definition holds: a writer does not redefine an acronym)."""
    defined: dict[str, Actor] = {}
    for (start, end), found in sentences.items():
        sentence = masked[start:end]
        for mention in found:
            match = _DEFINED.match(sentence, mention.end) if mention.actor is not None else None
            if match is not None and _whole_name(sentence, mention, match.group("acronym")):
                defined.setdefault(match.group("acronym"), mention.actor)  # type: ignore[arg-type]
    return defined


def _whole_name(sentence: str, mention: Mention, acronym: str) -> bool:
    """Whether the bracket defines the acronym for the mention's own name: the name is the whole capitalised run
    before the bracket ("Pasukan Bersenjata Sudan (SAF)" defines no acronym for "Sudan"), it has a word for each
    letter at least, and it is not already written so."""
    before = _WORD_BEFORE.search(sentence, max(0, mention.start - 60), mention.start)
    letters = sum(c.isalpha() for c in acronym)
    return (acronym != mention.text and len(mention.text.split()) >= letters
            and (before is None or not before.group(1)[0].isupper() or before.group(1) in _OPENERS))


_OPENERS = frozenset(("The", "A", "An"))  # "The Arakan Army (AA) said": a sentence's first word, not the name's


def apply_acronyms(sentences: Sentences, defined: dict[str, Actor]) -> None:
    """Every mention written as a defined acronym names the actor the article defined it for."""
    if not defined:
        return
    for span, found in sentences.items():
        sentences[span] = [
            replace(m, actor=defined[m.text]) if m.text in defined and m.actor != defined[m.text] else m
            for m in found
        ]


__all__ = ["apply_acronyms", "defined_acronyms"]
