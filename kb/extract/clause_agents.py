"""Who did an attack when a clause stands between the doer and the act (issue 13, acc15).

Split from ``kb.extract.attack_agents`` (which finds the subject of an attack verb or the agent of a noun) for three
clause shapes the subject search read past: a relative clause set off by commas between a party and its verb ("X,
yang didukung Iran, menggunakan ..."), "they"/"mereka" opening a clause coordinated with one a party opened ("X
dropped leaflets ..., but they also bombed ..."), and a relative clause after a wrong naming who committed it ("the
crime that X committed"); and (acc16) a name's bracketed short form or a long clause opening before the verb ("the
Rapid Support Forces (RSF) killed"), and an infinitive on a noun a pronoun owns ("their plan to launch").  Each look
is one bounded match next to the verb or the noun.
"""

from __future__ import annotations

import re

from kb.extract.mentions import Mention

# a relative clause set off by commas right before a verb ("X, which Iran backs, used ...", "X, yang didukung Iran,
# menggunakan ..."): the verb's subject is the party before it, even where the words scoped leave the relative out
_RELATIVE_END = re.compile(r",\s*(?:yang|which|who)(?![\w-])[^,;.]{1,70},\s*$", re.I)


def before_relative(norm: str, clause: int, start: int, parties: list[Mention]) -> Mention | None:
    """The party a relative clause right before the verb at ``start`` qualifies, when nothing else stands there."""
    if norm[clause:start].strip():
        return None
    relative = _RELATIVE_END.search(norm, max(0, start - 90), start)
    if relative is None:
        return None
    return next((m for m in parties if 0 <= relative.start() - m.end <= 1), None)


# "they"/"mereka" opening a clause coordinated with the one before: "..., but they also bombed", "namun mereka juga"
_THEY_WORDS = r"(?:they|mereka)\s+(?:(?:also|then|later|juga|lalu|kemudian|pun|have|had|telah|sudah)\s+)*$"
_BUT_THEY = re.compile(r"\s*(?:but|and|yet|namun|tetapi|dan)\s+" + _THEY_WORDS, re.I)
_THEY = re.compile(r"\s*" + _THEY_WORDS, re.I)
_AFTER_AND = re.compile(r"(?<![\w-])(?:and|dan)$", re.I)


def coordinated_they(norm: str, clause: int, span: tuple[int, int], parties: list[Mention]) -> Mention | None:
    """The party opening the clause before, when "they"/"mereka" opens one coordinated with it ("X dropped
    leaflets ..., but they also bombed ...", "X menjatuhkan selebaran ..., namun mereka juga menargetkan ...")."""
    opening = [m for m in parties if span[0] <= m.start < clause and m.actor is not None]
    lead = norm[span[0] : opening[0].start] if opening else ""
    if not opening or not re.fullmatch(r"[\s\"\u201c]*(?:(?:the|para|that|bahwa)\s+)?", lead):
        return None
    return opening[0]


# a relative clause naming who committed the wrong: "the crime that the Israeli enemy committed", "the massacre which
# X carried out", "kejahatan yang Israel lakukan"
_RELATIVE_DOER = re.compile(r"\s+(?:that|which|yang)\s+(?:the\s+|pihak\s+)?", re.I)
_COMMITTED = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:has\s+|had\s+|have\s+|telah\s+)?(?:committed|carried\s+out|perpetrated|lakukan"
    r"|perbuat)(?![\w-])",
    re.I,
)


def committer(norm: str, end: int, upper: int, parties: list[Mention]) -> Mention | None:
    """The party a relative clause right after a wrong says committed it, if any."""
    relative = _RELATIVE_DOER.match(norm, end, upper)
    if relative is None:
        return None
    party = next((m for m in parties if m.start == relative.end()), None)
    if party is None or _COMMITTED.match(norm, party.end, upper) is None:
        return None
    return party


def they_coordinated(norm: str, clause: int, start: int, span: tuple[int, int]) -> bool:
    """Whether the words from ``clause`` to the verb at ``start`` are "they"/"mereka" opening a coordinated clause."""
    return bool(_BUT_THEY.match(norm, clause, start)) or bool(
        _THEY.match(norm, clause, start) and _AFTER_AND.search(norm, max(span[0], clause - 6), clause)
    )


# A name's short form in brackets right before the verb ("Pasukan Dukungan Cepat (RSF) menembaki"): no clause bound.
ALIAS = re.compile(r"\s*\((?-i:[A-Z])[\w.'\u2019-]{1,14}\)\s*$", re.I)
# an infinitive hanging on a noun a pronoun owns ("their plan to", "its decision to", "rencana mereka untuk"): the
# pronoun, the speaker's side in reported speech, is the doer, never the clause's subject
OWNED_PLAN = re.compile(
    r"(?<![\w-])(?:(?:its|their|our|his|her)\s+(?:[\w-]+\s+)?[\w-]+|[\w-]+\s+(?:mereka|kami|kita)"
    r"|(?!(?:hanya|punya)\s)[\w-]{2,}nya)\s*$",
    re.I,
)


def right_before(
    norm: str, clause: int, start: int, parties: list[Mention], aux: frozenset[str]
) -> Mention | None:
    """A named party standing right before the verb, past a clause opening longer than a subject ("Late on the
    third night of the siege the paramilitary Rapid Support Forces (RSF) stormed"): only auxiliaries or its
    bracketed short form between."""
    for m in reversed(parties):
        if clause <= m.start and m.end <= start:
            gap = re.findall(r"[\w'\u2019-]+", ALIAS.sub("", norm[m.end : start]))
            return m if all(w.casefold() in aux for w in gap) else None
    return None


__all__ = ["ALIAS", "OWNED_PLAN", "before_relative", "committer", "coordinated_they", "right_before",
           "they_coordinated"]
