"""Who speaks, and what earlier sentences of an article established about who spoke: the ``Speaker`` of a claim
and the ``Context`` the walk over an article keeps (the last speaker and person, the bodies that spoke, the relays
credited in a paragraph).

Why apart from ``speakers``: these are the values every reader of speaker phrases shares; ``speakers`` is the
reading itself.  ``kb.extract.speakers`` re-exports them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kb.actors import Actor, Gazetteer
from kb.extract import bodies as institutions


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
    seen: Counter[str] = field(default_factory=Counter)  # actor IRIs the whole article names, counted
    words: Counter[str] = field(default_factory=Counter)  # the article's folded words, counted
    place_before: str | None = None  # the one place the sentence before named: "the governor" may hold it
    dateline: str | None = None  # the place the dateline names: whose "the army" is when no army was named
    pair_before: tuple[Speaker, ...] = ()  # "Israel and Hamas traded fire.": who "they" are next (``pairs``)
    opened_before: Speaker | None = None  # the group a frameless sentence before opened with (``they``)
    named_person: Speaker | None = None  # the last person any sentence named in full, speaking or not
    spoken: list[Speaker] = field(default_factory=list)  # every speaker so far, latest last (at most 12)
    ahead: list[Speaker] = field(default_factory=list)  # people named with a one-person office anywhere (ahead.py)
    clock: int = 0  # counts ``remember``, ``narrate`` and ``name``: which came last
    spoke_at: int = 0  # when the last speaker spoke
    named_at: int = 0  # when the last person was named in full
    voiced: bool = False  # whether a person spoke for it ("said a representative of X")
    person_at: int = 0  # and when the last person was established

    def remember(self, speaker: Speaker, via: list[str] | None = None, voiced: bool = False,
                 apposed: bool = False) -> None:
        """``voiced``: the speaker phrase named a person speaking for the body ("a representative of X");
        ``apposed``: an apposition after the speaker says it is a person ("according to Nandar, an official of
        the women's group"), so a one-word name is who "she" is next."""
        if speaker.first_person:
            return
        self.last_speaker = speaker
        self.clock += 1
        self.spoke_at = self.clock
        self.voiced = voiced
        self.spoken = [*[sp for sp in self.spoken if sp.label != speaker.label][-11:], speaker]
        self.via[speaker.label] = list(via or [])
        # a body the gazetteer lacks ("Ukraine's Interior Ministry") is still what "the ministry" goes back to
        minted_body = speaker.actor is None and not speaker.members and institutions.has_head(speaker.label)
        if (speaker.actor is not None and speaker.actor.kind != "Person") or minted_body:
            self.bodies = [*[b for b in self.bodies if b.label != speaker.label][-9:], speaker]
        named = speaker.actor is not None or (
            " " in speaker.label and institutions.minted_kind(speaker.label) == "Person") or (
            apposed and re.fullmatch(r"[A-Z][\w'’-]+", speaker.label) is not None)  # "Nandar, an official of"
        if speaker.is_person and not minted_body and named:  # never "Officials in Lviv": a group holds no office
            self.last_person = speaker
            self.person_at = self.spoke_at
            key = speaker.label.split()[-1].casefold()
            known = self.people.get(key)
            if known is None or (known.role is None and speaker.role and known.label == speaker.label):
                self.people[key] = speaker  # the office it spoke in goes on with its name ("Abu Obeida said")

    def person(self, name: str) -> Speaker | None:
        """The person named earlier in full whose surname is ``name`` (folded), else the one whose first name it is
        ("Menurut Julius" after "Laksamana Muda Julius Widjojono": Indonesian reports go on by the first name);
        None when no one is, or more than one shares that first name."""
        if name in self.people:
            return self.people[name]
        if name in _PARTICLES:
            return None  # "Bin said": a particle of many names, no one's first name
        found = {p.label: p for p in self.people.values()
                 if name in (w.casefold() for w in p.label.split()[:-1])}
        return next(iter(found.values())) if len(found) == 1 else None

    def narrate(self, person: Speaker) -> None:
        """A frameless sentence opened with this person ("X visited the site."): who "he" may be next."""
        self.last_person = person
        self.clock += 1
        self.person_at = self.clock

    def name(self, person: Speaker) -> None:
        """A sentence named this person in full, speaking or not ("as reported by X")."""
        self.named_person = person
        self.clock += 1
        self.named_at = self.clock

    def pronoun(self, personal: bool = True) -> Speaker | None:
        """Who "he", "she", "dia" or "katanya" is: the last person who spoke or was narrated, unless a body spoke
        after that person through someone the phrase names ("said a representative of X": X goes on; a body
        speaking as such, "the ministry said", does not); a state is never "he" (``personal``): then the first
        person the last sentence naming one named ("as reported by X")."""
        speaker, person = self.last_speaker, self.last_person
        if speaker is not None and person is not None and self.spoke_at > self.person_at and (
                self.voiced or (not personal and not _state(speaker))):
            return speaker  # "Kementerian X mengonfirmasi ... . “...,” katanya": the body that spoke last
        if personal and person is None and self.named_person is not None and (
                speaker is None or _state(speaker) or (self.named_at > self.spoke_at and not self.voiced)):
            return self.named_person  # "he" is no state, nor a body speaking as such before a person was named
        return person or speaker

    def last_state(self) -> str | None:
        """The state the last speaker is or speaks for ("Azerbaijan", its defence ministry): whose "the ministry"
        or "pihak berwenang" is when the words name no state."""
        actor = self.last_speaker.actor if self.last_speaker is not None else None
        seen: set[str] = set()
        while actor is not None and actor.iri not in seen and self.gazetteer is not None:
            if actor.kind == "State":
                return actor.iri
            seen.add(actor.iri)
            actor = self.gazetteer.by_iri(actor.represents) if actor.represents else None
        return None

    def new_paragraph(self) -> None:
        """Credits end with their paragraph, but the last speaker's: the next may go on with that statement."""
        kept = {k: v for k, v in self.via.items() if self.last_speaker and k == self.last_speaker.label}
        self.via.clear()
        self.via.update(kept)


_PARTICLES = frozenset(("bin", "binti", "ibn", "al", "el", "abu", "umm", "van", "von", "de", "da", "di"))

# Heads of a speaker phrase naming a person who speaks for a body: who "he" is next.
VOICES = frozenset((*institutions.PEOPLE_HEADS, "representative", "member", "perwakilan", "anggota", "head", "chief",
                    "kepala", "director", "direktur"))


def voiced(words: list[str]) -> bool:
    """Whether a speaker phrase's folded words name a person speaking ("a representative of", "juru bicara")."""
    return any(w in VOICES for w in words)


def _state(speaker: Speaker) -> bool:
    """Whether a speaker is a state or its government named as such ("Azerbaijan", "Baku"): never "he"."""
    return speaker.actor is not None and speaker.actor.kind in ("State", "Government")


