"""A bare body no earlier sentence named: "The army said ...", "Kementerian mengatakan ...", "the ministry
said" opening an article that never names an army or a ministry.

Why: the anaphor found no body of its kind and the claim fell to the outlet, which never speaks for a
source.  The side the article makes clear is the state its dateline names, else the one state the article
names; "the army" is that state's army ("Sudan army" is a name the gazetteer may know), any other body an
unnamed one of that state ("Sudan ministry", minted and linked to the state it names).  No state is clear:
an unnamed body of that kind, as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kb.actors import Actor, Gazetteer
from kb.extract.armies import state_of

if TYPE_CHECKING:
    from collections import Counter

_ARMY = frozenset(("army", "military", "militer", "tentara"))
_HEADS: dict[str, str] = {
    "army": "army", "military": "army", "militer": "army", "tentara": "army", "ministry": "ministry",
    "kementerian": "ministry", "government": "government", "pemerintah": "government", "authorities":
    "authorities", "otoritas": "authorities", "police": "police", "polisi": "police",
}
# The states of the places gazetteer's countries (ISO 3166 codes, ``schema:addressCountry``), by label.
_STATES: dict[str, str] = {
    "AM": "Armenia", "AZ": "Azerbaijan", "EG": "Egypt", "GE": "Georgia", "ID": "Indonesia", "IL": "Israel",
    "IR": "Iran", "JO": "Jordan", "LB": "Lebanon", "MM": "Myanmar", "PS": "Palestine", "QA": "Qatar", "RU": "Russia",
    "SA": "Saudi Arabia", "SD": "Sudan", "SY": "Syria", "TR": "Turkey", "UA": "Ukraine", "YE": "Yemen",
}
_DETERMINERS = frozenset(("the", "itu", "tersebut", "pihak"))


def home_state(gazetteer: Gazetteer, seen: Counter[str], dateline: str | None,
               words: Counter[str] | None = None) -> Actor | None:
    """The one state the article is about: named in its dateline ("KHARTOUM, Sudan", "KHARTOUM": a capital)
    unless the article names other states and never this one nor a place in it ("JAKARTA, KOMPAS.com" over a story
    on Sudan; "PORT SUDAN" over a story of El Fasher that names the mediators Saudi Arabia and the United States is
    Sudan's), else the one state the article names at all.  ``words``: the article's folded words, counted."""
    states = [a for iri in seen if (a := gazetteer.by_iri(iri)) is not None and a.kind == "State"]
    found = _dateline_state(gazetteer, dateline) if dateline else None
    if found is not None and (not states or found in states or _names_place_in(gazetteer, found, words)):
        return found
    return states[0] if len(states) == 1 else None


def _names_place_in(gazetteer: Gazetteer, state: Actor, words: Counter[str] | None) -> bool:
    """Whether the article's words (the dateline's left out) name a place the places gazetteer puts in ``state``:
    "El Fasher" is in Sudan."""
    return bool(_codes(state) & named_places(gazetteer, words))


def _codes(state: Actor) -> set[str]:
    return {code for code, label in _STATES.items() if label == state.label}


def named_places(gazetteer: Gazetteer, words: Counter[str] | None) -> set[str]:
    """The countries (ISO codes) of the places the article's folded ``words`` name, every word of one of a place's
    names; a country named is a party or a state, not a place of the fighting ("Saudi Arabia ... called on")."""
    places, found = gazetteer.places, set[str]()
    if not words:
        return found
    for iri, code in places.country.items():
        names = places.names.get(iri, [])
        if code in found or any((a := gazetteer.lookup(n)) is not None and a.kind == "State" for n in names):
            continue
        if any(all(w in words for w in name.casefold().split()) for name in names):
            found.add(code)
    return found


def civil_state(home: Actor | None, main: tuple[str, ...], gazetteer: Gazetteer,
                words: Counter[str] | None) -> str | None:
    """The state a civil war is fought in, whose people its civilians are: the article's home state, when its main
    sides are that state and sides of no state (the Sudanese army and the RSF, or the RSF alone) and every place it
    names lies in that state.  Never a war of two states, nor a state's war abroad (Israel and Hamas, with places in
    Gaza; "JERUSALEM" over it)."""
    if home is None or not main:
        return None
    states = [state_of(a, gazetteer) if (a := gazetteer.lookup(side)) is not None else None for side in main[:2]]
    if any(s is not None and s != home for s in states):
        return None
    return home.label if named_places(gazetteer, words) <= _codes(home) else None


def place_state(gazetteer: Gazetteer, written: str | None) -> Actor | None:
    """The state a place as written lies in ("Khan Younis" -> Palestine, "Hodeidah province" -> Yemen), from the
    places gazetteer's ``schema:addressCountry``; None where the gazetteer does not know the place."""
    place = gazetteer.places.lookup(written) if written else None
    state = gazetteer.lookup(_STATES.get(gazetteer.places.country.get(place or "", ""), ""))
    return state if state is not None and state.kind == "State" else None


def _dateline_state(gazetteer: Gazetteer, dateline: str) -> Actor | None:
    """The state a dateline's place names or lies in."""
    if dateline:
        for word in [dateline.split(",")[0].strip(), *dateline.replace(",", " ").split()]:
            actor = gazetteer.lookup(word)
            if actor is not None and actor.kind == "State":
                return actor
            place = gazetteer.places.lookup(word)  # "KHARTOUM": a capital, the state it lies in
            state = gazetteer.lookup(_STATES.get(gazetteer.places.country.get(place or "", ""), ""))
            if state is not None and state.kind == "State":
                return state
    return None


def bare_head(words: list[str]) -> str | None:
    """The kind a bare phrase names ("the army", "militer", "kementerian itu"), or None."""
    content = [w for w in words if w not in _DETERMINERS]
    return _HEADS.get(content[0]) if len(content) == 1 else None


def unnamed_body(words: list[str], gazetteer: Gazetteer | None, seen: Counter[str],
                 dateline: str | None, article_words: Counter[str] | None = None) -> tuple[str, Actor | None] | None:
    """(label, known actor) of the body a bare phrase with no antecedent stands for, else None."""
    head = bare_head(words)
    if head is None or gazetteer is None:
        return None
    state = home_state(gazetteer, seen, dateline, article_words)
    if state is not None and head != "army" and _dateline_state(gazetteer, dateline or "") != state:
        state = None  # "the ministry" of a war with one state and a militia: whose is not clear
    if state is None:
        return head, None
    label = f"{state.label} {head}"
    actor = gazetteer.lookup(label)
    if actor is not None and actor.kind != "State":
        return actor.label, actor
    return label, None


__all__ = ["bare_head", "home_state", "unnamed_body"]
