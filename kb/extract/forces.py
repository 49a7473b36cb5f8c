"""Generic forces ("troops", "junta jets", "tentaranya", "regime soldiers") resolved to the armed body the
article names.

Why: a report names the army once ("Myanmar's junta", "the Israeli military") and then says "troops",
"the military", "junta forces"; the accused of "troops had fired on the village" is that army, not a
party called "troops".  The article's armed bodies are those its survey counted (an actor whose own
names say army, military, armed or defence forces, or junta); a generic phrase goes to the one named
most that is not on the speaker's side.  A phrase naming its own party ("Israeli troops") never comes
here: it is resolved by the gazetteer first.
"""

from __future__ import annotations

import re
from collections import Counter
from weakref import WeakKeyDictionary

from kb.actors import Actor, Gazetteer
from kb.extract.armies import of_state
from kb.extract.speakers import side_label

# What makes an actor an armed body: one of its names says so.
_ARMED_NAME = re.compile(
    r"\b(?:army|military|armed\s+forces|defen[cs]e\s+forces?|defen[cs]e\s+army|junta|tatmadaw"
    r"|angkatan\s+bersenjata|tentara|militer)\b",
    re.IGNORECASE,
)
# A phrase made only of these words is a generic force.
_FORCE_WORDS = frozenset((
    "troops", "troop", "military", "army", "soldiers", "soldier", "forces", "junta", "regime", "jets", "jet",
    "fighter", "fighters", "warplanes", "warplane", "aircraft", "helicopters", "helicopter", "artillery", "gunships",
    "tentara", "tentaranya", "militer", "pasukan", "pasukannya", "prajurit", "rezim", "pesawat", "tempur",
    "the", "its", "military's", "junta's", "regime's",
))
# Words only the other side uses of an army: "junta forces", "regime soldiers", "pasukan musuh".
_HOSTILE = frozenset(("junta", "regime", "junta's", "regime's", "rezim", "enemy", "musuh"))
_SOLDIERS = frozenset(("soldiers", "soldier", "troops", "tentara", "prajurit"))
_HEADS = _FORCE_WORDS - {"the", "its"}


def is_armed(actor: Actor) -> bool:
    """An army, a military government or an armed-forces body (by its own names)."""
    return actor.kind in ("Organization", "Government", "Group") and any(
        _ARMED_NAME.search(name) for name in actor.names()
    )


def armed_bodies(
    seen: Counter[str], gazetteer: Gazetteer, main: tuple[str, ...] = ()
) -> tuple[tuple[str, str], ...]:
    """(side, label) of the state armies the article names as parties, the most named first: "troops"
    and "the military" are a state's, never a militia's."""
    counts: Counter[tuple[str, str]] = Counter()
    for iri, n in seen.items():
        actor = gazetteer.by_iri(iri)
        if actor is not None and is_armed(actor) and of_state(actor, gazetteer):
            counts[(side_label(actor, gazetteer), actor.label)] += n
    named = [pair for pair, _ in counts.most_common()]
    return (*named, *(pair for pair in _armies_of(main, gazetteer) if pair not in named))


def home_army(home: Actor | None, gazetteer: Gazetteer) -> tuple[tuple[str, str], ...]:
    """(side, label) of the army of the state an article is about (its dateline's: "PORT SUDAN" over a story of the
    RSF), when the gazetteer knows exactly one: what a bare "the army" is when the article names no army."""
    return tuple(_armies_of((home.label,), gazetteer)) if home is not None else ()


def _armies_of(states: tuple[str, ...], gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """The army of each of the article's main states that the gazetteer knows exactly one of: the
    article says "the military" and never names it."""
    out = []
    for state in states:
        actor = gazetteer.lookup(state)
        if actor is not None and actor.kind == "Government" and is_armed(actor):
            out.append((side_label(actor, gazetteer), actor.label))  # a military government is a main side
            continue
        if actor is None or actor.kind != "State":
            continue
        armies = [a for a in _armies(gazetteer) if a.represents == actor.iri]
        if len(armies) == 1:  # a military government is its own side, not the state's (``side_label``)
            out.append((side_label(armies[0], gazetteer), armies[0].label))
    return out


def _armies(gazetteer: Gazetteer) -> list[Actor]:
    """The gazetteer's armed bodies that represent someone (computed once per gazetteer)."""
    found = _ARMIES.get(gazetteer)
    if found is None:
        found = _ARMIES[gazetteer] = [a for a in gazetteer if is_armed(a) and a.represents]
    return found


_ARMIES: WeakKeyDictionary[Gazetteer, list[Actor]] = WeakKeyDictionary()


def _words(phrase: str) -> list[str]:
    return [w for w in re.split(r"[\s-]+", phrase.casefold().strip()) if w]


def generic_force(phrase: str | None) -> bool:
    """ "troops", "military troops", "Junta jets", "tentaranya": only force words, at least one a head."""
    words = _words(phrase or "")
    return bool(words) and all(w in _FORCE_WORDS for w in words) and any(w in _HEADS for w in words)


def resolve_force(
    phrase: str | None, armed: tuple[tuple[str, str], ...], side: str | None, *, victims: bool = False
) -> str | None:
    """The armed body a generic ``phrase`` stands for, or None.  As the accused: the most named armed body
    off the speaker's side.  As victims (``victims``) only a hostile word says whose ("regime soldiers"
    are the other side's); plain "soldiers" killed may be anyone's."""
    if not generic_force(phrase):
        return None
    words = set(_words(phrase or ""))
    if victims and not (words & _HOSTILE and words & _SOLDIERS):
        return None
    return next((label for own, label in armed if side is None or own != side), None)


def own_forces(phrase: str | None, side: str | None, armed: tuple[tuple[str, str], ...]) -> bool:
    """Whether a generic force ("the military") can only be the speaker's own: every armed body the article
    names is on the speaker's side.  Its spokesman confirming what "the military" did blames nobody."""
    return side is not None and bool(armed) and generic_force(phrase) and all(own == side for own, _ in armed)
