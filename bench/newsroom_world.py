"""The world the newsroom corpus reports on (``bench/newsroom.py``): seven wars, who speaks for each side, and what
happened, so that every article that reports a strike or a running total gives the same figure unless its source
would not (an early count, the other side's claim).  Every fact is a function of the seed, the war and the day
(``incident``, ``total``): any article can be made alone and still agree with the others.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from datetime import date, timedelta

from kb.actors import Actor, Gazetteer

START = date(2020, 9, 27)
WAR_BEGAN = START - timedelta(days=60)
"""The wars began before the corpus's first day, so a running total is never of a day or two."""
NEUTRAL_ROOTS = ("United Nations", "International Committee of the Red Cross", "Médecins Sans Frontières",
                 "Human Rights Watch", "Amnesty International")
MEDIATOR_ROOTS = ("Turkey", "United States", "Qatar", "Egypt", "France", "European Union", "Russia")


@dataclass(frozen=True)
class War:
    """One war: its two sides (the gazetteer roots that speak for each, the first naming the side's victims) and
    each side's towns, where strikes hit its people."""

    name: str
    sides: tuple[tuple[str, ...], tuple[str, ...]]
    towns: tuple[tuple[str, ...], tuple[str, ...]]

    @property
    def places(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*self.towns[0], *self.towns[1])))


WARS = (
    War("karabakh", (("Armenia", "Nagorno-Karabakh"), ("Azerbaijan",)),
        (("Stepanakert", "Martuni", "Hadrut"), ("Ganja", "Terter", "Barda"))),
    War("ukraine", (("Ukraine",), ("Russia",)),
        (("Kharkiv", "Kherson", "Zaporizhzhia", "Sumy"), ("Belgorod", "Kursk"))),
    War("gaza", (("Palestine", "Hamas"), ("Israel",)), (("Rafah", "Khan Younis", "Jabalia", "Deir al-Balah"),
                                                       ("Sderot", "Ashkelon"))),
    War("sudan", (("Sudan",), ("Rapid Support Forces",)), (("El Fasher", "Omdurman", "Wad Madani"),
                                                           ("Nyala", "Omdurman", "Kadugli"))),
    War("yemen", (("Houthis",), ("Saudi Arabia",)), (("Hodeidah", "Saada", "Sanaa"), ("Jizan", "Najran"))),
    War("lebanon", (("Lebanon", "Hezbollah"), ("Israel",)), (("Tyre", "Nabatieh", "Baalbek"),
                                                            ("Kiryat Shmona", "Metula"))),
    War("myanmar", (("Myanmar",), ("National Unity Government",)), (("Sagaing", "Lashio"), ("Myawaddy", "Pauk"))),
)


@dataclass(frozen=True)
class Voices:
    """Who speaks in a war: each side's speakers, neutral bodies, mediators and local people the gazetteer does not
    know (minted when stored, as for real text)."""

    sides: tuple[tuple[Actor, ...], tuple[Actor, ...]]
    victims: tuple[Actor, Actor]
    neutral: tuple[Actor, ...]
    mediators: tuple[Actor, ...]
    unknown: dict[str, Actor]  # a town's hospital staff


def voices(gazetteer: Gazetteer) -> dict[str, Voices]:
    """Each war's voices, read from the gazetteer: an actor speaks for the root its ``represents`` chain ends at."""
    actors = list(gazetteer)
    by_iri = {a.iri: a for a in actors}
    by_label = {a.label: a for a in actors}

    def root(a: Actor) -> str:
        seen = set()
        while a.represents in by_iri and a.iri not in seen:
            seen.add(a.iri)
            a = by_iri[a.represents]  # type: ignore[index]
        return a.label

    speakers = [a for a in actors if a.kind in ("Government", "Ministry", "Person", "Organization", "Group")]
    rooted = [(root(a), a) for a in speakers]
    neutral = tuple(a for r, a in rooted if r in NEUTRAL_ROOTS)
    out = {}
    for war in WARS:
        sides = tuple(tuple(a for r, a in rooted if r in roots) for roots in war.sides)
        taken = {r for roots in war.sides for r in roots}
        mediators = tuple(a for r, a in rooted if r in MEDIATOR_ROOTS and r not in taken and a.kind != "Person")
        unknown = {p: Actor(iri="", kind="Group", label=f"{p} Hospital Staff", minted=True) for p in war.places}
        out[war.name] = Voices(sides, (by_label[war.sides[0][0]], by_label[war.sides[1][0]]),  # type: ignore[arg-type]
                               neutral, mediators, unknown)
    return out


def rng(*key: object) -> random.Random:
    """A random stream fixed by ``key`` (not Python's ``hash``, which varies between processes)."""
    return random.Random(zlib.crc32("|".join(map(str, key)).encode()))


@dataclass(frozen=True)
class Incident:
    place: str
    victims: int  # the side whose people were hit (0 or 1)
    unit: str  # a category's English label
    toll: int


def rate(seed: int, war: War, side: int) -> int:
    """How many of a side's people die a day: the running totals grow by it on average, and one strike kills at most a
    fifth of it, so a day's strikes kill no more than it, even for a side at war on two fronts (Israel's four).  A
    day's own increase varies with the totals' jitter (``total``: from 1 to twice the rate): on about 1% of a side's
    days (2% of Israel's) its strikes' dead outnumber it, and that day's figure ("in the past 24 hours") is below a
    strike's, a part-whole finding the world does not mean.  Keyed by the side's name, not the war's: a state has one
    toll, whichever war its reporters cover."""
    return rng(seed, "rate", war.sides[side][0]).randint(20, 80)


def incident(seed: int, war: War, day: date, k: int) -> Incident:
    """The ``k``-th strike of ``war`` on ``day``: where (each of a day's strikes on one side's people in another of its
    towns, so that a town and a day name one strike, as readers take them; but Omdurman is in both of Sudan's lists,
    and on 113 of 2,000 days at seed 7 both strikes hit it, one on each side's people: two measures, never compared),
    whom it hit, and its true toll."""
    r = rng(seed, "incident", war.name, day.toordinal(), k)
    unit = r.choices(("civilians killed", "deaths", "soldiers killed", "wounded"), (40, 25, 15, 20))[0]
    victims = r.randrange(2)
    towns = list(war.towns[victims])
    rng(seed, "towns", war.name, day.toordinal(), victims).shuffle(towns)
    place = towns[k % len(towns)]
    toll = r.randint(1, rate(seed, war, victims) // 5) * (2 if unit == "wounded" else 1)
    return Incident(place, victims, unit, toll)


SHARE = {"deaths": (1, 1), "civilians killed": (3, 5), "soldiers killed": (2, 5), "wounded": (5, 2)}
"""Each category's running total as a share of the deaths (numerator, denominator): the parts stay below the
whole, as the part-whole rule expects of true figures."""


def total(seed: int, war: War, side: int, unit: str, day: date) -> int:
    """A side's running total of ``unit`` on ``day``: the deaths grow by the side's rate a day plus a jitter below
    it (so by at least one a day), the other categories as their share of them."""
    a_day = rate(seed, war, side)
    days = (day - WAR_BEGAN).days
    deaths = a_day * days + rng(seed, "jitter", war.sides[side][0], days).randrange(a_day)
    num, den = SHARE[unit]
    return deaths * num // den
