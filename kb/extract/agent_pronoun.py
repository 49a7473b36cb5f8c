"""A pronoun that speaks inside a relative clause: "Hamas fired rockets at the town, which it said killed 15
soldiers", "Tentara Arakan merilis nama 31 warga yang mereka klaim tewas" — the pronoun is the actor the main
clause opens with.

Why: the walk left from the verb met "it"/"mereka" with no speaker before it (the figure fell to the outlet), or,
in Indonesian, crossed "yang" to the relative's head ("warga"), which is what is claimed, not who claims it.  The
pronoun of a relative clause goes back to the subject of the clause it hangs on: the known actor that opens the
sentence (or the clause after a fronted phrase's comma), a person for "he"/"she"/"ia"/"dia", a body or state for
"it"/"they"/"mereka".  One bounded look-back and one pass over the sentence's mentions.
"""

from __future__ import annotations

import re

from kb.extract.coref import opens_with
from kb.extract.mentions import Mention
from kb.extract.scope_marks import BREAK, last_before
from kb.extract.speakers import Speaker, from_mention

_RELATIVE_PRONOUN = re.compile(
    r"(?<![\w-])(?:which|that|who|whom|yang)\s+(?P<pro>it|they|he|she|mereka|ia|dia)\s+"
    r"(?:(?:had|has|have|also|earlier|juga|telah|sudah|sebelumnya)\s+){0,2}$",
    re.IGNORECASE,
)
_PERSONAL = frozenset(("he", "she", "ia", "dia"))


def relative_pronoun_agent(norm: str, verb_start: int, mentions: list[Mention]) -> tuple[Speaker, int] | None:
    """(speaker, where the pronoun starts) when the verb at ``verb_start`` has a relative clause's pronoun for its
    subject and the sentence opens with a known actor that pronoun can stand for; None otherwise."""
    match = _RELATIVE_PRONOUN.search(norm, max(0, verb_start - 48), verb_start)
    if match is None:
        return None
    person = match.group("pro").casefold() in _PERSONAL
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.start >= match.start():
            return None
        clause = norm.rfind(",", 0, mention.start) + 1
        if not (opens_with(norm, mention) or opens_with(norm[clause:], _shifted(mention, clause))):
            continue
        actor = mention.actor
        if actor is None and person and len((mention.name or mention.text).split()) > 1:
            return from_mention(mention, norm), match.start("pro")  # "Commander Ali Hassan ..., which he said"
        if actor is None or actor.kind in ("NewsAgency", "Outlet"):
            return None  # the clause opens with no actor the pronoun can stand for: nobody is guessed
        if (actor.kind == "Person") == person:
            return from_mention(mention, norm), match.start("pro")
    return None


def _shifted(mention: Mention, by: int) -> Mention:
    from dataclasses import replace

    return replace(mention, start=mention.start - by, end=mention.end - by)


# A relative clause opened by "that" between a known body and its verb: "a Saudi-led coalition that controls the skies
# over Yemen strongly denied any role".  "that" is also the complementiser ("said that the army denied"), so only
# right after a gazetteer actor's name, and never with a verb of speech inside (whose clause it would be).
_THAT_BETWEEN = re.compile(
    r"\s+that\s+(?!said\b|says\b|told\b|the\b|a\b|an\b)(?:[A-Za-z][\w'’-]*\s+){0,11}(?!(?:and|or|but)\s+$)"
    r"[A-Za-z][\w'’-]*\s+$"
)


_CLAUSE_OPENING = frozenset(("a", "an", "the", "but", "and", "while", "though", "although", "yet"))


def that_clause_before(norm: str, lower: int, verb_start: int, mentions: list[Mention]) -> tuple[int, int]:
    """(where the subject's phrase ends, the bound before it) when a "that" clause describing a known body stands
    between the body and the verb at ``verb_start``; else ``(verb_start, lower)`` unchanged.  The frame reader's bound
    stops at "that" (a complementiser's), so the body's bound is read again before its name: the last comma, colon,
    semicolon or quotation mark."""
    found = _THAT_BETWEEN.search(norm, max(0, verb_start - 100), verb_start)
    if found is None or found.start() < lower - 6:
        return verb_start, lower
    owner = next((m for m in mentions if m.end == found.start() and m.actor is not None), None)
    if owner is None:
        return verb_start, lower
    bound = max(max(norm.rfind(mark, 0, owner.start) for mark in ",;:\"\u201c\u201d") + 1,
                last_before(BREAK, norm, owner.start))
    if not set(norm[bound : owner.start].casefold().split()) <= _CLAUSE_OPENING:
        return verb_start, lower  # "Hamas told Reuters that ...": the body is an object, the clause is what was said
    return found.start(), bound
