"""Whose losses a casualty figure counts, and who inflicted them (the claim's ``subject``).

Why a chain of rules rather than one default: a figure's victims are named in many ways, and "all
parties" said of every unnamed "people" made a Gaza ministry's daily toll a whole-war total.  In
order: a nationality inside the noun phrase ("Armenian soldiers", "warga Palestina"); a possessive
("its troops", "tentara mereka", "dari pihak mereka": the speaker's side); the place the figure is
about ("di Lebanon", "in Kyiv"); the speaker's own side when a party reports civilians, people, or
its soldiers who died or fell; "all parties" only when the text says so ("both sides", "kedua belah
pihak", the war itself as the killer).  The attacker ("by the RSF", "serangan Israel", "Israeli
strikes") is added after the victims, as the annotation conventions ask.  Nothing said: the victims
as written ("civilians", "people"), civilians with the state their place lies in or the article's civil war is
fought in (``_civilians_of``).  Who struck is read in ``inflictors``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kb.actors import Gazetteer
from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.armies import state_of
from kb.extract.article_parties import ArticleParties
from kb.extract.bare_strikers import junta_strikes, the_junta
from kb.extract.forces import is_armed
from kb.extract.inflictors import ATTACK as _ATTACK
from kb.extract.inflictors import at_place as _at_place
from kb.extract.inflictors import inflictor
from kb.extract.mentions import Mention
from kb.extract.needs import absent, needs
from kb.extract.place_names import place_state
from kb.extract.qualifiers import attributive
from kb.extract.residents import residents_of
from kb.extract.speaker_sides import party_label
from kb.extract.speakers import Speaker, speaker_side
from kb.extract.war_tolls import toll_place, war_place, war_toll

ALL_PARTIES = "all parties"


@dataclass(frozen=True)
class Sides:
    """What the text says about a figure's parties besides a nationality in its noun phrase."""

    own: bool = False  # a possessive: the victims are the speaker's side
    place: str | None = None  # the party of the place the figure is about
    inflictor: str | None = None  # who killed or wounded them
    all_parties: bool = False  # "both sides", "kedua belah pihak", the war as the killer
    own_likely: bool = False  # a party reporting civilians, people, or its soldiers who fell
    victims: str | None = None  # the article's word on whose losses, when the sentence has none
    anaphor: bool = False  # "serangan tersebut", "the strike": the attack of the sentence before
    named: tuple[str, ...] = ()  # every party the clause names (as a party, not a place)
    residents: str | None = None  # "Omdurman residents", "warga Pazigyi": the people of a place, as written
    war_toll: bool = False  # "died in the fighting", "tewas sejak pertempuran dimulai": all parties, said by none
    junta: bool = False  # "junta air strikes", "serangan udara junta": the article's military government struck


def least_named(whose: str | None, around: ArticleParties, gazetteer: Gazetteer) -> int:
    """How often the article must have named its attacker for a figure whose victims (or place) belong to the
    state ``whose``: twice when that state is none of the article's two main sides ("Ukraine" in a story mostly
    of Karabakh, where Azerbaijan was accused once, was not struck by Azerbaijan), else once."""
    actor = gazetteer.lookup(whose) if whose else None
    state = actor if actor is not None and actor.kind == "State" else place_state(gazetteer, whose)
    return 2 if state is not None and party_label(state, gazetteer) not in around.main[:2] else 1


def from_article(victims: str | None, found: Sides, around: ArticleParties, side: str | None,
                 gazetteer: Gazetteer, place: str | None = None) -> Sides:
    """What the article says that the sentence does not: an attack referred back to ("Agresi militer
    tersebut menewaskan ...") is between the parties of the sentence before; a figure nobody is said to
    have inflicted, in an article where only one main side ever attacks, is that side's doing; the
    victims of an attacker named without them are the other main side ("attack by the Russian Armed
    Forces ... 12 people killed": Ukraine's).  Victims the sentence names ("200 ethnic Armenians", "its
    soldiers", "in Lebanon") keep their side and get the article's attacker when it is not theirs, and, when they
    are none of the article's two main sides, only an attacker named more than once (known miss: a toll of
    another war quoted in passing still gets this war's attacker when it was named often).  Never over
    what the sentence itself says."""
    if found.all_parties:
        return found
    if found.junta and found.inflictor is None and (junta := the_junta(around, gazetteer)):
        found = replace(found, inflictor=junta)
    if found.war_toll and side is None and place is None and not (victims or found.own or found.place
                                                                   or found.inflictor):
        return replace(found, all_parties=True)  # people the war itself killed, by a speaker of no side, nowhere
    whose = victims or (side if found.own else found.place)
    unread = found.junta and found.inflictor is None  # "junta air strikes" with no junta named: no other striker
    if victims or found.own or found.place:
        striker = None if found.inflictor or unread else around.striker(gazetteer,
                                                                        least_named(whose, around, gazetteer))
        return replace(found, inflictor=striker) if striker and striker != whose else found
    if found.inflictor is None and found.anaphor and around.before:
        attackers = [p for p in around.before if p in around.struck_before]
        if not attackers:
            return replace(found, victims="; ".join(around.before))
        # "The RSF shelled a camp. ... died in the attack": the attack's author struck, the victims are the others
        others = [p for p in around.before if p not in attackers]
        victims = "; ".join(others) or around.opponent(attackers[0])
        return replace(found, inflictor=attackers[0], victims=victims if victims != side else None)
    inflictor = found.inflictor or (None if unread else around.striker(gazetteer, least_named(place, around,
                                                                                               gazetteer)))
    if inflictor is None or inflictor == side:
        return found
    other = around.opponent(inflictor)
    return replace(found, inflictor=inflictor, victims=other if other != side or side is None else None)


# After the victim noun: "tentara mereka", "korban dari pihak mereka", "soldiers on their side".
POSSESSIVE_AFTER = re.compile(
    r"(?:\s+(?:mereka|kami|kita|sendiri)\b|\s+(?:\w+\s+){0,3}?(?:dari|di)\s+(?:pihak|kubu)\s+(?:mereka|kami|kita)\b"
    r"|\s+(?:\w+\s+){0,3}?on\s+(?:their|our|its)\s+(?:own\s+)?side\b|\s+of\s+(?:their|our|its)\s+own\b)",
    re.IGNORECASE,
)
_BOTH = re.compile(
    r"\b(?:kedua\s+belah\s+pihak|kedua\s+(?:pihak|negara|sisi|kubu)|semua\s+pihak|seluruh\s+pihak|masing-masing\s+pihak"
    r"|both\s+sides|all\s+sides|both\s+parties|all\s+parties|both\s+countries|on\s+each\s+side"
    # a toll of the fighting between two sides counts both: "in clashes between Armenian and Azerbaijani forces"
    r"|(?:clashes|fighting|fight|battles?|war|conflict|hostilities|bentrokan|pertempuran|perang|konflik)\s+"
    r"(?:(?:yang\s+)?[\w-]+\s+){0,2}?(?:antara|between))\b",
    re.IGNORECASE,
)
_WAR = alternation(lexicon.WAR_NOUNS)
_WAR_KILLER = re.compile(
    rf"(?<![\w-])(?:{_WAR})(?![\w-])[^.;]{{0,40}}?\b(?:has|have|had|telah|sudah)\s+(?:now\s+)?"
    r"(?:claimed|killed|left|menewaskan|merenggut|menelan|menyebabkan)"  # "perang ini telah menyebabkan ... tewas"
    rf"|\b(?:as\s+a\s+result\s+of|because\s+of|akibat)\s+(?:the\s+)?(?:{_WAR})(?![\w-])"
    rf"|\btoll\s+(?:in|of)\s+(?:the\s+)?(?:{_WAR})(?![\w-])",
    re.IGNORECASE,
)
# A party's own soldiers: they fell, died or were wounded (its enemies are "killed", "eliminated").
_OWN_VERBS = re.compile(
    r"\b(?:gugur|died|meninggal|lost\s+their\s+lives|fallen|terluka|luka-luka|wounded|injured)\b", re.IGNORECASE
)


_BOTH_NEEDS = needs(_BOTH)  # a sentence without these words is not scanned


def sides(
    norm: str, span: tuple[int, int], clause: tuple[int, int], mentions: list[Mention], party: dict[int, str], cls: str
) -> Sides:
    """The parties around the figure at ``span`` (figure start to victim noun end) within ``clause``."""
    lo, hi = clause
    near = (m for m in mentions if m.start in party and max(lo, span[0] - 40) <= m.start <= min(hi - 1, span[1] + 90)
            and not attributive(norm, m.end))  # "in Hamas-run Gaza": Hamas runs the place, it is not the place
    killer = inflictor(norm, clause, mentions, party)
    both = not absent(_BOTH_NEEDS, norm, lo, hi) and _BOTH.search(norm, lo, hi)
    said = bool(both or _WAR_KILLER.search(norm, lo, hi))
    toll = cls == "person" and killer is None and war_toll(norm, lo, hi, mentions)
    # "the war in Sudan has killed ...": the war's place, not the victims'
    place = next((party[m.start] for m in near if _at_place(norm, m) and not ((said or toll) and war_place(norm, m))),
                 None)
    where = toll_place(norm, lo, [m for m in mentions if m.start in party and m.start < hi])
    place = place or (party[where.start] if where is not None else None)  # "the death toll in Lebanon ... reached"
    likely = cls in ("civilian", "person", "death") or bool(_OWN_VERBS.search(norm, span[0], min(hi, span[1] + 50)))
    anaphor = bool(_ANAPHOR.search(norm, lo, hi))
    named = tuple(dict.fromkeys(party[m.start] for m in mentions if m.start in party and lo <= m.start < hi))
    return Sides(False, place, killer, said, likely, anaphor=anaphor, named=named,
                 residents=residents_of(norm, span, mentions), war_toll=toll,
                 junta=killer is None and junta_strikes(norm, lo, hi))


# An attack referred back to: "Agresi militer tersebut", "serangan itu", "the strike", "these attacks".
_ANAPHOR = re.compile(
    rf"(?<![\w-])(?:{_ATTACK})(?:\s+(?:udara|militer|rudal|roket|drone|artileri|ini))?\s+(?:tersebut|itu)\b"
    rf"|\b(?:the|this|that|these|those)\s+(?:(?:latest|deadly|recent|air|drone|missile)\s+)?(?:{_ATTACK})(?![\w-])",
    re.IGNORECASE,
)


def casualty_subject(
    victims: str | None,
    found: Sides,
    written: str | None,
    cls: str,
    speaker: Speaker,
    gazetteer: Gazetteer,
    around: ArticleParties | None = None,
    judged: bool = False,
    place: str | None = None,
) -> str:
    """The ``subject`` of a casualty claim: victims first, then the attacker when another party; what
    the sentence leaves unsaid comes from the article (``around``, see :func:`from_article`).  A speaker
    that ``judged`` the deaths (condemned, mourned) reports others' dead: its own side only when the text says
    so ("its citizens", a demonym)."""
    if around is not None:
        found = from_article(victims, found, around, speaker_side(speaker, gazetteer), gazetteer, place)
    side = speaker_side(speaker, gazetteer)
    who = victims
    if who is None and found.own:
        who = side
    if who is None and found.place and found.place != found.inflictor:
        who = found.place
    if who is None and found.all_parties:
        who = ALL_PARTIES
    state = _state_side(speaker, gazetteer)
    if who is None and found.residents:
        who = found.residents
    if who is None and cls in ("civilian", "person", "death"):
        who = _place_side(place, found.inflictor, gazetteer)  # "16 people killed in US strikes on Hodeidah": Yemen
    if who is None and cls in ("person", "death") and around is not None:
        who = _own_ground(place, found.inflictor, gazetteer, around)  # "four people were killed in Tartar"
    if who is None and found.own_likely and state and state != found.inflictor and not judged:
        who = state
    if (who is None and state and found.inflictor != state and all(p in (state, found.inflictor) for p in found.named)
            and _army_reports_soldiers(written, speaker)):
        who = state  # "the army said a soldier was killed" (by the enemy's missile): an army's own
    if who is None and found.victims:
        who = found.victims
    if who is None and cls == "civilian" and around is not None:
        who = _civilians_of(place, found.inflictor, gazetteer, around)
    parts = [p for p in (who, found.inflictor) if p]
    if not parts:
        return "civilians" if cls == "civilian" else "people" if cls in ("person", "death") else written or "people"
    if found.inflictor and (who is None or who == found.victims) and cls == "civilian":
        parts.insert(0, "civilians")
    elif found.inflictor and who is None:  # "killed by Armenian artillery": the attacker is never the victims
        parts.insert(0, "people" if cls in ("person", "death") else written or "people")
    return "; ".join(dict.fromkeys(parts))


def _place_side(place: str | None, inflictor: str | None, gazetteer: Gazetteer) -> str | None:
    """The side of unnamed people killed in a known place by a named striker of another state: the state the
    place lies in.  With no striker named, or one of that state (its army, its military government), the text
    does not say whose they were ("junta air strikes killed 20 people in Sagaing", "army shelling in Omdurman")."""
    state = place_state(gazetteer, place)
    striker = gazetteer.lookup(inflictor) if inflictor else None
    struck_for = state_of(striker, gazetteer)
    if state is None or struck_for is None or struck_for.iri == state.iri:
        return None
    label = party_label(state, gazetteer)
    return label if label != inflictor else None


def _own_ground(place: str | None, inflictor: str | None, gazetteer: Gazetteer,
                around: ArticleParties) -> str | None:
    """The side of people killed at a place that lies in one of the article's two main sides' own states, by no
    striker of that state: that state ("four people were killed in Tartar" in a war of Armenia and Azerbaijan;
    "in Belgorod" in Russia's war with Ukraine).  Never a place the actors' gazetteer names as a party (Nagorno-
    Karabakh, Stepanakert: whose ground is the war's question), nor a state that is no main side (Lebanon in a war
    of Israel and Hezbollah, Myanmar in a war of its junta)."""
    state = place_state(gazetteer, place) if place and gazetteer.lookup(place) is None else None
    if state is None:
        return None
    label = party_label(state, gazetteer)
    struck_for = state_of(gazetteer.lookup(inflictor), gazetteer) if inflictor else None
    if label != state.label or label not in around.main[:2] or (struck_for is not None and struck_for.iri == state.iri):
        return None  # "Myanmar military government": a state whose party is its junta is no ground of its own
    return label if label != inflictor else None


def _civilians_of(place: str | None, inflictor: str | None, gazetteer: Gazetteer,
                  around: ArticleParties) -> str | None:
    """The nationality of civilians no word of the sentence gives: the state the figure's place lies in ("20
    civilians died in the El Fasher market", said by a side of no state, are Sudan's as they are when the state's
    army says it), with no place the state of the article's civil war (``bare_bodies.civil_state``).  Never when
    the striker is of that state (whose civilians an army strikes at home is not said), nor when a main side of the
    article is another state and the place's state is none of its two main sides: a two states' war leaves whose
    civilians to the words.  A place of one main side's own state (Kherson in a war of Russia and Ukraine) keeps it
    whatever else the article says: a second paragraph naming the other state must not take the toll's side away.
    A contested place the actors' gazetteer names as a party (Stepanakert) is read as that party before this."""
    state = place_state(gazetteer, place) if place else gazetteer.lookup(around.civil) if around.civil else None
    striker = gazetteer.lookup(inflictor) if inflictor else None
    struck_for = state_of(striker, gazetteer)
    if state is None or (struck_for is not None and struck_for.iri == state.iri):
        return None
    label = party_label(state, gazetteer)
    own_ground = place is not None and label in around.main[:2]
    if not own_ground and any((side := state_of(gazetteer.lookup(p), gazetteer)) is not None
                              and side.iri != state.iri for p in around.main[:2]):
        return None
    return label if label == state.label and label != inflictor else None  # not "Myanmar" read as its junta


# A verb by which a speaker judges deaths rather than reports its own: "condemned the deaths of 12 civilians",
# "mengecam kematian 15 pengungsi", "mourned".  A third party's condemnation gives the victims no side.
JUDGING = re.compile(
    r"^(?:strongly\s+)?(?:condemn|denounc|deplor|mourn|lament|criticis|criticiz|slam|decr|mengecam|mengutuk|menyesalkan"
    r"|mengkritik|berduka|menyayangkan)", re.IGNORECASE)


def _state_side(speaker: Speaker, gazetteer: Gazetteer) -> str | None:
    """The state a speaker speaks for, if any: a doctors' network or a UN agency reports others' dead."""
    state = state_of(speaker.actor, gazetteer)
    return state.label if state is not None else None


# Words an army uses of its own soldiers; of its enemies it says "militants", "fighters", "terrorists".
_OWN_SOLDIERS = frozenset(("soldier", "soldiers", "troops", "serviceman", "servicemen", "servicewoman", "tentara",
                           "prajurit", "personel", "tentaranya", "prajuritnya"))


def _army_reports_soldiers(written: str | None, speaker: Speaker) -> bool:
    """Whether an army or a defence ministry reports soldiers named with no side ("a soldier was killed")."""
    actor = speaker.actor
    if actor is None or not (is_armed(actor) or (actor.kind == "Ministry" and "defen" in actor.label.casefold())):
        return False
    words = (written or "").casefold().split()
    return bool(words) and words[-1] in _OWN_SOLDIERS
