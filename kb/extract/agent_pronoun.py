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
