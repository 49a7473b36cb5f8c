"""Turning the words around a reporting verb into a speaker: a known actor, a person, or a phrase.

The speaker phrase is read leftwards from a verb ("Juru bicara kepresidenan Rusia Dmitry Peskov
menekankan") or rightwards after it ("kata juru bicara ... Maria Zakharova kepada AFP").  A phrase
holding a person's name gives that person; one headed by a generic noun ("Pejabat pertahanan
Armenia dan Azerbaijan") stays as written; a pronoun continues the last person who spoke.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kb.actors import Actor, Gazetteer
from kb.extract import lexicon
from kb.extract.mentions import Mention, role_before

_TOKEN = re.compile(r"[\w'-]+|[^\w\s]")
_GAP = frozenset(lexicon.AGENT_GAP) | frozenset(lexicon.WEEKDAYS) | frozenset(lexicon.MONTHS)
_NP = frozenset(lexicon.NP_WORDS) | {w for h in (*lexicon.SPEAKER_HEADS, *lexicon.ROLE_HEADS) for w in h.split()}
_HEADS = frozenset(w for h in (*lexicon.SPEAKER_HEADS, *lexicon.ROLE_HEADS) for w in h.split())
_STOPS = frozenset(lexicon.NP_STOPS) | frozenset(lexicon.PREPOSITIONS) - {"of", "for"}


@dataclass(frozen=True)
class Speaker:
    """Who makes a claim: ``label`` is the canonical English label when the actor is known."""

    label: str
    iri: str | None = None
    role: str | None = None
    actor: Actor | None = None
    first_person: bool = False

    @property
    def is_person(self) -> bool:
        return self.actor is None or self.actor.kind == "Person"


@dataclass
class Context:
    """What earlier sentences established: the last speakers, the people named so far."""

    last_person: Speaker | None = None
    last_speaker: Speaker | None = None
    people: dict[str, Speaker] = field(default_factory=dict)

    def remember(self, speaker: Speaker) -> None:
        if speaker.first_person:
            return
        self.last_speaker = speaker
        if speaker.is_person and (speaker.actor is not None or " " in speaker.label):
            self.last_person = speaker
            self.people.setdefault(speaker.label.split()[-1].casefold(), speaker)


def from_mention(mention: Mention, norm: str, lower: int = 0) -> Speaker:
    """The speaker a mention names; an unknown name keeps any role words before it."""
    if mention.actor is not None:
        return Speaker(mention.actor.label, mention.actor.iri, mention.role, mention.actor)
    role = mention.role or role_before(norm, mention, lower)
    return Speaker(mention.name or mention.text, None, role)


def _tokens(norm: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start() + start, m.end() + start, m.group(0)) for m in _TOKEN.finditer(norm[start:end])]


def _phrase(norm: str, start: int, end: int, mentions: list[Mention], context: Context) -> Speaker | None:
    """Resolve the speaker phrase ``norm[start:end]``."""
    text = norm[start:end].strip(" ,")
    if not text:
        return None
    inside = [m for m in mentions if m.start >= start and m.end <= end]
    people = [m for m in inside if m.is_person and (m.actor is not None or len(m.text.split()) > 1)]
    if people:
        return from_mention(people[-1], norm, start)
    words = [t[2].casefold() for t in _tokens(norm, start, end) if t[2][0].isalnum()]
    if len(words) == 1 and words[0] in lexicon.PRONOUNS:
        return context.last_person or context.last_speaker
    if len(words) == 1 and words[0] in lexicon.FIRST_PERSON:
        return Speaker(text, first_person=True)
    if len(inside) == 1 and len(words) == len(_tokens(norm, inside[0].start, inside[0].end)):
        return from_mention(inside[0], norm, start)
    if inside and words and words[0] not in _HEADS and all(w in _NP or _covered(w, inside) for w in words):
        return from_mention(inside[0], norm, start) if len(inside) == 1 else Speaker(text)
    if words and (words[0] in _HEADS or inside):
        return Speaker(text)
    if len(words) == 1 and text[:1].isupper():
        return context.people.get(words[0], Speaker(text))
    return None


def _covered(word: str, mentions: list[Mention]) -> bool:
    return any(word in m.text.casefold() for m in mentions)


def agent_left(norm: str, verb_start: int, lower: int, mentions: list[Mention],
               context: Context) -> tuple[Speaker, int] | None:
    """The speaker phrase ending just before a verb (gap words allowed), with where it starts."""
    tokens = _tokens(norm, lower, verb_start)
    i = len(tokens) - 1
    while i >= 0 and (tokens[i][2].casefold() in _GAP or tokens[i][2] in ",()/" or tokens[i][2].isdigit()):
        i -= 1
    if i < 0 or tokens[i][2].casefold() in ("dan", "and", "serta", "lalu", "then"):
        return None  # nothing there, or a verb coordinated with an earlier one
    end = tokens[i][1]
    start = tokens[i][0]
    while i >= 0:
        tok_start, _, word = tokens[i]
        owner = next((m for m in mentions if m.start <= tok_start < m.end), None)
        if owner is not None:
            start = owner.start
            while i >= 0 and tokens[i][0] >= owner.start:
                i -= 1
            continue
        folded = word.casefold()
        if folded in _NP or folded in lexicon.PRONOUNS or folded in lexicon.FIRST_PERSON or (
            word[:1].isupper() and start == tok_start
        ):
            start = tok_start
            i -= 1
            if folded in lexicon.PRONOUNS or folded in lexicon.FIRST_PERSON:
                break
            continue
        break
    if i >= 0 and tokens[i][2].casefold() in lexicon.PREPOSITIONS:
        return None  # "di Moskow": a place or an object, not an agent
    speaker = _phrase(norm, start, end, mentions, context)
    return (speaker, start) if speaker else None


def agent_right(norm: str, verb_end: int, upper: int, mentions: list[Mention],
                context: Context) -> tuple[Speaker, int] | None:
    """The speaker phrase written after a verb ("kata Peskov kepada wartawan"), with where it ends."""
    end = verb_end
    for start, stop, word in _tokens(norm, verb_end, upper):
        if start < end:
            continue
        owner = next((m for m in mentions if m.start <= start < m.end), None)
        if owner is not None:
            end = owner.end
            continue
        if word == ",":
            nxt = next((m for m in mentions if m.start > stop and not norm[stop:m.start].strip()), None)
            if nxt is not None and nxt.is_person and end > verb_end:
                end = nxt.end
                continue
            break
        if not word[0].isalnum() or word.casefold() in _STOPS:
            break
        end = stop
    speaker = _phrase(norm, verb_end, end, mentions, context)
    return (speaker, end) if speaker else None


def party_label(actor: Actor, gazetteer: Gazetteer) -> str:
    """How a party is named in ``subject``: a government or a leader by its state, else its label."""
    if actor.kind not in ("Government", "Person"):
        return actor.label
    current: Actor | None = actor
    seen: set[str] = set()
    while current is not None and current.iri not in seen:
        if current.kind == "State":
            return current.label
        seen.add(current.iri)
        current = gazetteer.by_iri(current.represents) if current.represents else None
    return actor.label


def sides(speaker: Speaker, gazetteer: Gazetteer) -> set[str]:
    """IRIs of the speaker and every actor it represents, directly or not: its own side."""
    out: set[str] = set()
    actor = speaker.actor
    while actor is not None and actor.iri not in out:
        out.add(actor.iri)
        actor = gazetteer.by_iri(actor.represents) if actor.represents else None
    return out
