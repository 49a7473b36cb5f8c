"""The parties of the whole article and of the sentence before: what a sentence naming no party is about.

Why: a sentence often names nobody ("Agresi militer tersebut menewaskan lima orang", "Ten people were
killed, he said", "Both sides accused each other of attacks") because the article already has.  Three
things carry over, each cheap to keep while the walk goes on (no pass over the text of its own):

- ``main``: the two sides the article names most (its survey counts, by side: a ministry or an army
  counts for its state), without media and international bodies, which report on a war and fight none;
- ``before``: the parties the sentence before named, for anaphora ("the attack", "serangan tersebut");
- ``inflictors``: who the article has said killed or attacked so far; when only one main side ever is,
  the figures nobody pins on anyone are that side's doing, and the other main side's losses.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kb.actors import Actor, Gazetteer
from kb.extract.call_parties import (
    INTERNATIONAL_COMMUNITY,
    addresses_the_sides,
    addresses_the_world,
    asks_for_a_deal,
    deal_addressees,
)
from kb.extract.counting_bodies import counts_dead_label
from kb.extract.forces import resolve_force
from kb.extract.mentions import Mention
from kb.extract.no_side import neutral
from kb.extract.parties import is_place
from kb.extract.speakers import side_label

if TYPE_CHECKING:
    from kb.extract.drafts import Draft

_SIDE_KINDS = ("State", "Government", "Ministry", "Organization", "Group", "Person")


@dataclass
class ArticleParties:
    """The article's main sides, the sentence before's parties, and who has been named attacking."""

    main: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    struck_before: tuple[str, ...] = ()  # who the sentence before said attacked (its accusations' accused)
    inflictors: Counter[str] = field(default_factory=Counter)
    accused: Counter[str] = field(default_factory=Counter)  # whom its accusations so far named (crimes.py)
    armed: tuple[tuple[str, str], ...] = ()  # (side, label) of its armed bodies, most named first (forces.py)
    home_armed: tuple[tuple[str, str], ...] = ()  # the army of the state it is about (its dateline's: forces.py)
    civil: str | None = None  # the state of a civil war it reports, whose people its civilians are (bare_bodies.py)
    observers: set[str] = field(default_factory=set)  # speakers named as witnesses, residents, reporters (positions.py)
    # people the article named with an office (positions.private_person)
    officials: set[str] = field(default_factory=set)
    truce_named: bool = False  # a ceasefire named so far: "the agreement" may be it (cue_types.py)
    list_hurt: str | None = None  # the hurt of a toll a list opens with ':', which its verbless lines count (lists.py)
    scope_before: tuple[str, str] | None = None  # speaker, scope a word gave the sentence before (scope_carry.py)

    @property
    def forces(self) -> tuple[tuple[str, str], ...]:
        """What a written "the army", "troops" or "militer" may stand for: the armed bodies the article names, else
        its state's army (never what an attack named without its attacker is pinned on: ``armed`` alone)."""
        return self.armed or self.home_armed

    def opponent(self, party: str) -> str | None:
        """The other main side of a two-sided article, if ``party`` is one of its two sides."""
        if len(self.main) >= 2 and party in self.main[:2]:
            return self.main[1] if party == self.main[0] else self.main[0]
        return None

    def attacker(self) -> str | None:
        """The one main side the article has named as attacker, the other never (else None)."""
        named = [p for p in self.main[:2] if self.inflictors[p]]
        return named[0] if len(named) == 1 and len(self.main) >= 2 else None

    def striker(self, gazetteer: Gazetteer, least: int = 1) -> str | None:
        """Who the article has said struck, for a figure whose sentence names no attacker: the one main side
        named as attacker, else the side its figures and accusations name (an army for its state) at least
        twice as often as any other, and at least ``least`` times (a toll counting twice)."""
        one = self.attacker()
        if one is not None and 2 * self.inflictors[one] >= least:
            return one
        counts: Counter[str] = Counter()
        named: dict[str, Counter[str]] = {}
        for label, n in (self.inflictors + self.inflictors + self.accused).items():  # a toll pinned weighs more
            actor = gazetteer.lookup(label)
            side = side_label(actor, gazetteer) if actor is not None else label
            counts[side] += n
            named.setdefault(side, Counter())[label] += n
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < least or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return named[ranked[0][0]].most_common(1)[0][0]  # as the article names it most ("Saudi-led coalition")


def _no_side(actor: Actor, gazetteer: Gazetteer) -> bool:
    """Whether an actor reports the war and fights in none of it: a body the gazetteer marks neutral (the UN, the
    Red Cross), or one whose trade is counting the dead and that speaks for no side ("Sudan Doctors Network": the
    gazetteer leaves its side unknown, which makes it no side of the article either)."""
    label = side_label(actor, gazetteer)
    return neutral(actor, gazetteer) or (label == actor.label and counts_dead_label(label))


def main_parties(seen: Counter[str], gazetteer: Gazetteer) -> tuple[str, ...]:
    """The two sides the article names most: at least twice each, counted by side (ties by first seen)."""
    counts: Counter[str] = Counter()
    for iri, n in seen.items():
        actor = gazetteer.by_iri(iri)
        if actor is None or actor.kind not in _SIDE_KINDS:
            continue
        if not _no_side(actor, gazetteer):
            counts[side_label(actor, gazetteer)] += n
    return tuple(label for label, n in counts.most_common(2) if n >= 2)


def struck(drafts: Iterable[Draft]) -> tuple[str, ...]:
    """Who a sentence says attacked: the accused of its accusations and the attackers of its figures, so that
    "the attack" in the next sentence is theirs and its victims are somebody else."""
    out: list[str] = []
    for draft in drafts:
        if draft.type not in ("accusation", "casualty") or not draft.subject:
            continue
        parts = [p.strip() for p in draft.subject.split(";") if p.strip()]
        out.extend(parts if draft.type == "accusation" else parts[1:])  # a figure's victims come first
    return tuple(dict.fromkeys(out))


def sentence_parties(norm: str, mentions: list[Mention], gazetteer: Gazetteer) -> tuple[str, ...]:
    """The sides one sentence names as parties (not as places), in order."""
    out: list[str] = []
    for m in mentions:
        if m.actor is None or m.actor.kind not in _SIDE_KINDS or is_place(norm, m):
            continue
        label = side_label(m.actor, gazetteer)
        if label not in out and not _no_side(m.actor, gazetteer):
            out.append(label)
    return tuple(out)


# The speaker's own side inside a statement: "pihaknya berupaya", "pasukannya", "its forces", "our troops".
_OWN_SIDE = re.compile(
    r"\b(?:pihak|pasukan|tentara|militer|kelompok)nya\b|\b(?:pihak|pasukan|tentara)\s+(?:kami|kita|mereka)\b"
    r"|\b(?:its|our|their)\s+(?:own\s+)?(?:forces|troops|fighters|army|side|military)\b",
    re.IGNORECASE,
)


# What a side calls the other without naming it: "serangan musuh", "the rebel militia", "kelompok teroris".
_ENEMY_WORDS = frozenset((
    "musuh", "enemy", "penjajah", "occupiers", "occupier", "aggressors", "aggressor", "agresor", "militia", "militias",
    "milisi", "rebel", "rebels", "pemberontak", "insurgents", "terrorist", "terrorists", "teroris", "the", "kelompok",
    "group", "gang", "gangs",
))
_ENEMY_HEADS = _ENEMY_WORDS - {"the", "kelompok", "group", "rebel", "terrorist"}


# Words that name a party only by its relation to the speaker: never a description ("militias", "rebels").
_THE_ENEMY = frozenset(("enemy", "the enemy", "musuh", "pihak musuh", "the adversary", "lawan"))


# The weapon an enemy word may qualify ("drone musuh", "pesawat nirawak musuh"): the enemy's, still the enemy.
_WEAPONS = frozenset(("drone", "drones", "pesawat", "nirawak", "rudal", "roket", "missile", "missiles", "rocket",
                      "rockets", "artileri", "artillery", "udara"))


def enemy_word(subject: str) -> bool:
    """ "the enemy", "the rebel militia", "kelompok teroris": only such words, one of them a head (a weapon
    word before them left aside)."""
    words = [w for w in subject.casefold().replace("-", " ").split() if w not in _WEAPONS]
    return bool(words) and all(w in _ENEMY_WORDS for w in words) and any(w in _ENEMY_HEADS for w in words)


# The sides at war named together as a call's addressees ("urged the warring parties", "kedua pihak yang bertikai").
_WARRING = re.compile(
    r"(?<![\w-])(?:warring\s+(?:parties|sides|generals|factions)|(?:pihak|kubu)(?:-pihak)?\s+yang\s+(?:bertikai"
    r"|berperang|bertempur))(?![\w-])",
    re.IGNORECASE,
)


# The sides themselves agreeing, named by a pronoun: "mereka menyepakati", "they agreed", "both sides signed"; a
# party the clause names besides ("proposed by the US president") is a broker, not the parties who agreed.
_THEY_AGREED = re.compile(
    r"(?<![\w-])(?:mereka|they|keduanya|both\s+sides|kedua\s+(?:belah\s+)?pihak)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:menyepakati|sepakat|menyetujui|setuju|agreed|signed|menandatangani|reached|mencapai)(?![\w-])",
    re.IGNORECASE,
)


# The sides at war written as such, as a claim's accused: the article's two armies, or its two main sides.
_BOTH_SIDES = frozenset(("kedua belah pihak", "kedua pihak", "kedua kubu", "kedua belah pihak yang bertikai",
                         "both sides", "both parties", "the two sides", "the warring parties", "the warring sides",
                         "pihak-pihak yang bertikai", "pihak yang bertikai"))


def _two_armies(around: ArticleParties, caller: str | None) -> str | None:
    """The article's first two armed bodies of different sides, the caller's aside ("Sudanese Armed Forces; Rapid
    Support Forces" urged by Riyadh), its main sides filling in where it names fewer than two armies."""
    found: dict[str, str] = {}
    for side, label in around.armed:
        if side != caller:
            found.setdefault(side, label)
    if len(found) < 2:  # no two armies named: the article's main sides fill in, the caller's aside
        for side in around.main:
            if side != caller and side not in found and side not in found.values():
                found.setdefault(side, side)
    return "; ".join(list(found.values())[:2]) if len(found) >= 2 else None


def fill_parties(
    kind: str, subject: str | None, side: str | None, norm: str, scope: tuple[int, int], around: ArticleParties
) -> str | None:
    """Parties the scope leaves unnamed, by the seeds conventions: a belligerent declaring or confirming a
    ceasefire or talks is a party to them, and a ceasefire or talks naming no party are between the
    article's main sides; a statement naming no party, or speaking of "pihaknya" / "its forces", is
    about the speaker's own side."""
    named = [p.strip() for p in (subject or "").split(";") if p.strip()]
    if kind == "statement":  # "confirmed the military had used helicopters": the army the article names
        named = [resolve_force(p, around.forces, None) or p for p in named]
    if kind in ("ceasefire", "talks"):
        own = [side] if side and side in around.main else []
        filled = [*own, *named] if named else [*own, *around.main[:2]]
        brokers = [p for p in named if p != "all parties"]  # "both sides agreed": the main sides, read after this
        if brokers and _THEY_AGREED.search(norm, *scope):  # "mereka menyepakati ... yang diusulkan presiden AS"
            filled = [*own, *around.main[:2], *brokers]
    elif kind == "statement" and side:
        filled = [side, *named] if not named or _OWN_SIDE.search(norm, *scope) else named
    elif kind == "call" and (_WARRING.search(norm, *scope) or addresses_the_sides(norm, scope)) and (
            warring := _two_armies(around, side)):
        return warring  # "Sudan's warring generals are urged to ...": the two armed sides the article names
    elif kind == "call" and addresses_the_world(norm, scope):  # "mendesak komunitas internasional": its addressee
        return "; ".join(dict.fromkeys([INTERNATIONAL_COMMUNITY, *(p for p in named if p != side)]))
    elif kind == "call" and not named and asks_for_a_deal(norm, scope):  # "PBB mendesak kesepakatan evakuasi"
        return deal_addressees(around.main, side)
    elif kind == "accusation" and subject and subject.casefold() in _BOTH_SIDES and (
            warring := _two_armies(around, None)):
        return warring  # "Kedua belah pihak dituduh melakukan pelanggaran": the sides at war
    elif kind == "accusation":  # "troops fired on the village": the army the article names
        if subject and enemy_word(subject) and side:  # "serangan musuh", "the rebel militia": the speaker's enemy
            return around.opponent(side) or subject
        if subject and subject.casefold() in _THE_ENEMY:  # by a speaker of no known side (a regional governor):
            return around.attacker() or subject  # the one side the article has named attacking ("militias" stay)
        return resolve_force(subject, around.forces, side) or subject
    else:
        return subject
    return "; ".join(dict.fromkeys(filled)) or None
