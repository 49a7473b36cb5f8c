"""Turning the words around a reporting verb into a speaker: a known actor, a person, or a phrase.

The speaker phrase is read leftwards from a verb ("Menteri Luar Negeri Turki Mevlut Cavusoglu
menegaskan") or rightwards after it ("ujar juru bicara ... Shushan Stepanyan kepada Reuters").  A phrase
holding a person's name gives that person; a generic head with one actor ("an official of the
ICRC") gives that actor; one naming several ("Pejabat militer Armenia dan Karabakh") or an
organisation the gazetteer lacks stays as written; a pronoun continues the last person who spoke.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kb.actors import Actor, Gazetteer
from kb.extract import lexicon
from kb.extract.mentions import Mention, role_before

_TOKEN = re.compile(r"[\w'-]+|[^\w\s]")
_GAP = frozenset(lexicon.AGENT_GAP) | frozenset(lexicon.WEEKDAYS) | frozenset(lexicon.MONTHS)
_HEADS = frozenset(w for h in (*lexicon.SPEAKER_HEADS, *lexicon.ROLE_HEADS) for w in h.split())
_NP = frozenset(lexicon.NP_WORDS) | _HEADS
_ORG = frozenset(lexicon.ORG_WORDS)
_STOPS = frozenset(lexicon.NP_STOPS) | frozenset(lexicon.PREPOSITIONS) - {"of", "for"}
_OPENERS = frozenset(lexicon.SENTENCE_OPENERS) | {"Adapun", "Sedangkan", "Kemudian", "Lalu"}
_CONNECTORS = frozenset(("untuk", "for", "of", "dan", "and", "the", "on", "de"))
_PARENTHETICAL = re.compile(
    r",\s*(?:"
    + "|".join(lexicon.PARENTHETICAL)
    + r")\b[^,\"]{0,160},[\s,]*(?:(?:"
    + "|".join(re.escape(w) for w in lexicon.AGENT_GAP)
    + r")\s+){0,3}$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Speaker:
    """Who makes a claim: ``label`` is the canonical English label when the actor is known."""

    label: str
    iri: str | None = None
    role: str | None = None
    actor: Actor | None = None
    first_person: bool = False
    members: tuple[Speaker, ...] = ()

    @property
    def is_person(self) -> bool:
        if self.actor is None:
            return not self.members
        return self.actor.kind == "Person"


@dataclass
class Context:
    """What earlier sentences established: the last speakers, the people named so far."""

    lang: str = "id"
    gazetteer: Gazetteer | None = None
    last_person: Speaker | None = None
    last_speaker: Speaker | None = None
    people: dict[str, Speaker] = field(default_factory=dict)
    via: dict[str, list[str]] = field(default_factory=dict)
    bodies: list[Speaker] = field(default_factory=list)  # organisations that spoke, latest last

    def remember(self, speaker: Speaker, via: list[str] | None = None) -> None:
        if speaker.first_person:
            return
        self.last_speaker = speaker
        self.via[speaker.label] = list(via or [])
        if speaker.actor is not None and speaker.actor.kind != "Person":
            self.bodies = [*[b for b in self.bodies if b.label != speaker.label][-9:], speaker]
        if speaker.is_person and (speaker.actor is not None or " " in speaker.label):
            self.last_person = speaker
            self.people.setdefault(speaker.label.split()[-1].casefold(), speaker)

    def new_paragraph(self) -> None:
        self.via.clear()


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
    words = [t[2].casefold() for t in _tokens(norm, start, end) if t[2][0].isalnum()]
    if not words:
        return None
    inside = [m for m in mentions if m.start >= start and m.end <= end]
    people = [
        m
        for m in inside
        if (m.actor is not None and m.actor.kind == "Person")
        or (m.actor is None and len(m.text.split()) > 1 and not _ORG & set(m.text.casefold().split()))
    ]
    if len(people) > 1 and re.search(r"\b(?:dan|and)\b", text):
        return Speaker(text, members=tuple(from_mention(m, norm, start) for m in people))
    if people:
        return from_mention(people[-1], norm, start)
    if len(words) == 1 and words[0] in lexicon.PRONOUNS:
        return context.last_person or context.last_speaker
    anaphor = _ANAPHORS.get(" ".join(words))
    if anaphor is not None:
        bodies = [sp for sp in context.bodies if sp.actor is not None and sp.actor.kind in anaphor]
        return bodies[-1] if bodies else None
    if len(words) == 1 and words[0] in lexicon.FIRST_PERSON:
        return Speaker(text, first_person=True)
    actors = {m.actor.iri: m for m in inside if m.actor is not None}
    covered = all(w in _NP or any(w in m.text.casefold() for m in inside) for w in words)
    named = [
        t[2]
        for t in _tokens(norm, start, end)
        if t[2][:1].isupper() and t[2].casefold() not in _NP and not any(m.start <= t[0] < m.end for m in inside)
    ]
    if len(actors) == 1 and named and _ORG & set(words) and text[:1].isupper():
        return Speaker(text)  # "Komite Sentral Dokter Sudan": an organisation the gazetteer lacks
    if len(actors) == 1 and (covered or _headed(words, context.lang)):
        return from_mention(next(iter(actors.values())), norm, start)
    if len(actors) > 1:
        specific = _one_side(list(actors.values()), context.gazetteer)
        if specific is not None and (covered or _headed(words, context.lang)):
            return from_mention(specific, norm, start)
    if (_ORG & set(words) and text[:1].isupper()) or len(actors) > 1 or _headed(words, context.lang):
        return Speaker(text)
    if len(words) == 1 and text[:1].isupper():
        return context.people.get(words[0], Speaker(text))
    return None


def _one_side(mentions: list[Mention], gazetteer: Gazetteer | None) -> Mention | None:
    """Of several actors all on one side ("Otoritas separatis Karabakh"), the most specific one."""
    chains = []
    for m in mentions:
        chain: list[str] = []
        actor = m.actor
        while actor is not None and actor.iri not in chain:
            chain.append(actor.iri)
            actor = gazetteer.by_iri(actor.represents) if actor.represents and gazetteer else None
        chains.append((m, chain))
    for m, chain in chains:
        if all(other is m or set(ochain) <= set(chain) for other, ochain in chains):
            return m
    return None


# "It said", "kelompok itu", "the ministry": the last organisation of that kind that spoke.
_GROUPS = ("Organization", "Group", "Ministry", "Government")
_ANAPHORS: dict[str, tuple[str, ...]] = {
    "it": _GROUPS, "the group": ("Organization", "Group"), "kelompok itu": ("Organization", "Group"),
    "kelompok tersebut": ("Organization", "Group"), "the ministry": ("Ministry",),
    "kementerian itu": ("Ministry",), "kementerian tersebut": ("Ministry",), "kementerian yang sama": ("Ministry",),
    "the same ministry": ("Ministry",), "kelompok": ("Organization", "Group"), "kementerian": ("Ministry",),
    "the agency": ("Organization",), "badan itu": ("Organization",),
    "the military": ("Organization",), "the army": ("Organization",),
}

_QUANTIFIERS = frozenset(
    [
        "sejumlah",
        "para",
        "beberapa",
        "seorang",
        "sebuah",
        "a",
        "an",
        "the",
        "some",
        "several",
        "two",
        "three",
    ]
)


def _headed(words: list[str], lang: str) -> bool:
    """Whether the phrase's head noun (first word in Indonesian, last in English) names speakers."""
    words = [w for w in words if w not in _QUANTIFIERS] or words
    return (words[-1] if lang == "en" else words[0]) in _HEADS


def agent_left(
    norm: str, verb_start: int, lower: int, mentions: list[Mention], context: Context
) -> tuple[Speaker, int] | None:
    """The speaker phrase ending just before a verb (gap words and a parenthetical allowed)."""
    aside = _PARENTHETICAL.search(norm, lower, verb_start)
    if aside is not None:
        found = agent_left(norm, aside.start(), lower, mentions, context)
        if found is not None:
            return found
    tokens = _tokens(norm, lower, verb_start)
    i = len(tokens) - 1
    while i >= 0 and (tokens[i][2].casefold() in _GAP or tokens[i][2] in ",()/" or tokens[i][2].isdigit()):
        i -= 1
    if i < 0 or tokens[i][2].casefold() in ("dan", "and", "serta", "lalu", "then", "tetapi", "but", "namun"):
        return None  # nothing there, or a verb coordinated with an earlier one
    end, start = tokens[i][1], tokens[i][0]
    capitalised = tokens[i][2][:1].isupper()
    while i >= 0:
        tok_start, _, word = tokens[i]
        owner = next((m for m in mentions if m.start <= tok_start < m.end), None)
        if owner is not None:
            start = owner.start
            while i >= 0 and tokens[i][0] >= owner.start:
                i -= 1
            continue
        folded = word.casefold()
        if folded in lexicon.PRONOUNS or folded in lexicon.FIRST_PERSON:
            start, i = tok_start, i - 1
            break
        run = (
            capitalised
            and word not in _OPENERS
            and (word[:1].isupper() or (folded in _CONNECTORS and i > 0 and tokens[i - 1][2][:1].isupper()))
        )
        if folded in _NP or run or start == tok_start:
            start, i = tok_start, i - 1
            continue
        bridge = _bridge(norm, tokens, i, start, end, mentions)
        if bridge is not None:
            start, i = bridge
            continue
        break
    if i >= 0 and tokens[i][2].casefold() in lexicon.PREPOSITIONS:
        return None  # "di Moskow": a place or an object, not an agent
    speaker = _phrase(norm, start, end, mentions, context)
    return (speaker, start) if speaker else None


def _bridge(
    norm: str, tokens: list[tuple[int, int, str]], i: int, start: int, end: int, mentions: list[Mention]
) -> tuple[int, int] | None:
    """Up to two plain words between a party and a speaker noun ("Palestinian health officials",
    "pejabat kesehatan Palestina"): where the phrase then starts and the next token to read."""
    head = norm[start:end].split()
    for k in (i - 1, i - 2):
        if k < 0:
            return None
        gap = [t[2] for t in tokens[k + 1 : i + 1]]
        if not all(w.isalpha() and w.islower() and w not in _STOPS and w not in _GAP for w in gap):
            return None
        owner = next((m for m in mentions if m.start <= tokens[k][0] < m.end and m.actor is not None), None)
        english_head = bool(head) and head[-1].casefold() in _HEADS and owner is not None
        indonesian_head = tokens[k][2].casefold() in _HEADS and any(m.start >= start for m in mentions)
        if english_head and owner is not None:
            j = k
            while j >= 0 and tokens[j][0] >= owner.start:
                j -= 1
            return owner.start, j
        if indonesian_head:
            return tokens[k][0], k - 1
    return None


def agent_right(
    norm: str, verb_end: int, upper: int, mentions: list[Mention], context: Context
) -> tuple[Speaker, int] | None:
    """The speaker phrase written after a verb ("ujar Aliyev kepada televisi"), with where it ends."""
    end = verb_end
    for start, stop, word in _tokens(norm, verb_end, upper):
        if start < end:
            continue
        owner = next((m for m in mentions if m.start <= start < m.end), None)
        if owner is not None:
            end = owner.end
            continue
        if word == ",":
            nxt = next((m for m in mentions if m.start > stop and not norm[stop : m.start].strip()), None)
            if nxt is not None and nxt.is_person and end > verb_end:
                end = nxt.end
                continue
            break
        if not word[0].isalnum() or word.casefold() in _STOPS:
            break
        end = stop
    speaker = _phrase(norm, verb_end, end, mentions, context)
    return (speaker, end) if speaker else None


def clause_subject(
    norm: str, lower: int, upper: int, mentions: list[Mention], context: Context
) -> tuple[Speaker, int] | None:
    """The subject opening a clause ("Baku belum merilis ..., tetapi mengatakan"): its first phrase."""
    first = next((m for m in mentions if lower <= m.start < upper), None)
    if first is None:
        return None
    lead = [t[2].casefold() for t in _tokens(norm, lower, first.start) if t[2][0].isalnum()]
    if any(w not in _GAP and w not in _NP and w not in ("adapun", "namun", "but", "however") for w in lead):
        return None
    end = first.end
    for m in mentions:
        if m.start >= end and re.fullmatch(r"\s*(?:,|dan|and|serta)\s*", norm[end : m.start]):
            end = m.end
    return agent_left(norm, end, lower, mentions, context) if end < upper else None


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


def side_label(actor: Actor, gazetteer: Gazetteer) -> str:
    """The side an actor fights or speaks for: its state, else the topmost group it belongs to."""
    current: Actor | None = actor
    best = actor.label
    seen: set[str] = set()
    while current is not None and current.iri not in seen:
        if current.kind == "State":
            return current.label
        if current.kind not in ("Person", "NewsAgency", "Outlet"):
            best = current.label
        seen.add(current.iri)
        current = gazetteer.by_iri(current.represents) if current.represents else None
    return best


def speaker_side(speaker: Speaker, gazetteer: Gazetteer) -> str | None:
    """The side a speaker stands for ("its soldiers"), or None for an unknown phrase."""
    if speaker.actor is not None and speaker.actor.kind not in ("NewsAgency", "Outlet"):
        return side_label(speaker.actor, gazetteer)
    return None


def sides(speaker: Speaker, gazetteer: Gazetteer) -> set[str]:
    """IRIs of the speaker and every actor it represents, directly or not: its own side."""
    out: set[str] = set()
    for one in speaker.members or (speaker,):
        actor = one.actor
        while actor is not None and actor.iri not in out:
            out.add(actor.iri)
            actor = gazetteer.by_iri(actor.represents) if actor.represents else None
    return out
