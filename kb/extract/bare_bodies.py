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


def home_state(gazetteer: Gazetteer, seen: Counter[str], dateline: str | None) -> Actor | None:
    """The one state the article is about: named in its dateline ("KHARTOUM, Sudan", "KHARTOUM": a capital)
    unless the article names other states and never this one ("JAKARTA, KOMPAS.com" over a story on Sudan),
    else the one state the article names at all."""
    states = [a for iri in seen if (a := gazetteer.by_iri(iri)) is not None and a.kind == "State"]
    found = _dateline_state(gazetteer, dateline) if dateline else None
    if found is not None and (not states or found in states):
        return found
    return states[0] if len(states) == 1 else None


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
                 dateline: str | None) -> tuple[str, Actor | None] | None:
    """(label, known actor) of the body a bare phrase with no antecedent stands for, else None."""
    head = bare_head(words)
    if head is None or gazetteer is None:
        return None
    state = home_state(gazetteer, seen, dateline)
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
