"""A newsroom's corpus for benchmarks: several wars reported at once, claims of every type in the mix measured on the
real articles, and casualty figures drawn from one world, so that most reports of a toll agree and only some dispute it.

``bench/generate.py``'s first corpus (``--corpus dense``) makes every claim a casualty figure of a random state drawn
afresh for each report: at 25k articles its figures disagree so often that the rules find 254k conflicts for 100k
claims, where the 442 real dev articles gave 138 findings for about 3,300 claims.  A bench on it measures a worst case
(kept: it is what the conflicts' incremental write must survive), not what a newsroom's store holds.  This corpus
keeps the costs that real reporting has (unknown speakers minted, outlets and agencies, 3-12 claims an article) and
takes its mix from the real articles' annotations (``tests/realworld/*/gold.jsonl``, 3,743 claims: casualty 52%,
accusation 23%, statement 8%, ceasefire 6%, denial, talks and call 3-4% each; of the casualty figures 70% one
incident's, 20% a running total, 10% a period's).  What the annotations cannot give is assumed and said here:
seven wars, two incidents a war a day, and of the reports of a toll, about one in five a figure that differs
(an early count, the other side's figure, an inflated claim of the enemy's losses).

Each figure comes from a deterministic world (``bench/newsroom_world.py``) keyed by the seed, the war and the day, so
any article can be made alone, as ``generate_one`` can: the same incident is reported alike by every article that
reports it, and a running total only grows.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bench.newsroom_world import START, WAR_BEGAN, WARS, Voices, War, incident, rng, total
from kb.actors import Actor
from kb.pipeline.article import Article
from kb.pipeline.record import Claim

TYPES = (("casualty", 52), ("accusation", 23), ("statement", 8), ("ceasefire", 6), ("denial", 4), ("talks", 4),
         ("call", 3))
"""Claim types, weighted as in the real articles' annotations (per cent, rounded)."""
UNKNOWN_OUTLETS = ("Harbour Gazette", "Valley Courier", "Caspian Herald", "Steppe Times")
UNKNOWN_AGENCIES = ("Steppe Wire", "Caucasus Newswire")


UNITS = {"civilians killed": ("civilians were killed", "warga sipil tewas"), "deaths": ("people were killed",
         "orang tewas"), "soldiers killed": ("soldiers were killed", "tentara tewas"),
         "wounded": ("people were wounded", "orang luka-luka")}
"""A category's English label → how an English and an Indonesian sentence say it."""
UNIT_ID = {"civilians killed": "warga sipil tewas", "deaths": "korban jiwa", "soldiers killed": "tentara tewas",
           "wounded": "luka-luka"}
DAYS = {"en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")}
BOILER = {"en": ("The figures could not be independently verified.", "Fighting went on along several fronts."),
          "id": ("Angka itu belum dapat dipastikan oleh pihak lain.", "Pertempuran berlanjut di sejumlah front.")}


@dataclass
class Said:
    """One claim as its sentence says it: the text, and the record's fields but its offsets."""

    text: str
    fields: dict[str, object]


def _figure(n: int, how: str, lang: str) -> tuple[int, int | None, str]:
    """(low, high or None, words) for ``n`` said exactly, as "at least n" or as "more than n"."""
    if how == "exact":
        return n, n, f"{n:,}".replace(",", "." if lang == "id" else ",")
    if how == "at least":
        return n, None, f"{'sedikitnya' if lang == 'id' else 'at least'} {n}"
    return n + 1, None, f"{'lebih dari' if lang == 'id' else 'more than'} {n}"


def _casualty(r: random.Random, seed: int, war: War, v: Voices, day: date, lang: str) -> Said:
    """A casualty figure: one strike's (its victims' officials, a neutral body or local people mostly give the true
    toll; an early count or the attacker's is lower), a running total (the other side inflates the enemy's
    soldiers killed, a neutral body repeats a figure some days old) or the last 24 hours'."""
    scope = r.choices(("incident", "cumulative", "period"), (70, 20, 10))[0]
    extra: dict[str, object] = {"scope": scope}
    if scope == "incident":
        inc = incident(seed, war, day, r.randrange(2))
        side, unit, n, how = inc.victims, inc.unit, inc.toll, r.choices(("exact", "at least"), (85, 15))[0]
        who = r.choices(("own", "neutral", "unknown", "attacker"), (50, 20, 20, 10))[0]
        if who == "attacker" or (inc.toll >= 4 and r.random() < 0.1):  # the attacker's or an early count: lower
            n, how = max(1, inc.toll // 3), "exact"
        where = (f" in a strike on {inc.place} on {DAYS['en'][day.weekday()]}" if lang == "en"
                 else f" dalam serangan di {inc.place} pada {DAYS['id'][day.weekday()]}")
        extra["place"] = inc.place
    else:
        side, unit = r.randrange(2), r.choice(("deaths", "soldiers killed", "wounded"))
        n, how = total(seed, war, side, unit, day), "exact"
        who = r.choices(("own", "neutral", "enemy"), (60, 20, 20))[0] if scope == "cumulative" else "own"
        if scope == "period":
            n -= total(seed, war, side, unit, day - timedelta(days=1))
            where = " in the past 24 hours" if lang == "en" else " dalam 24 jam terakhir"
            extra |= {"period_start": (day - timedelta(days=1)).isoformat(), "period_end": day.isoformat()}
        else:
            where = " since the war began" if lang == "en" else " sejak perang dimulai"
            extra |= {"period_start": WAR_BEGAN.isoformat(), "period_end": day.isoformat()}
        if who == "neutral":
            n, how = total(seed, war, side, unit, day - timedelta(days=r.randint(1, 3))), "at least"
        elif who == "enemy":
            unit, n, how = "soldiers killed", 2 * total(seed, war, side, "soldiers killed", day), "more than"
        elif unit == "soldiers killed":
            n //= 2  # a side admits fewer of its own soldiers' deaths than it has
    speaker = _speaker(r, v, who, side, extra.get("place"))  # type: ignore[arg-type]
    low, high, qtext = _figure(max(n, 1), how, lang)
    verb = "said" if lang == "en" else "mengatakan"
    text = f"{speaker.label} {verb} {qtext} {UNITS[unit][lang == 'id']}{where}."
    return Said(text, {"type": "casualty", "speaker": speaker, "subject": v.victims[side].label,
                       "quantity_min": low, "quantity_max": high, "quantity_text": qtext,
                       "unit": unit if lang == "en" else UNIT_ID[unit], "date": day.isoformat(), **extra})


def _speaker(r: random.Random, v: Voices, who: str, side: int, place: str | None) -> Actor:
    """A speaker of side ``side``'s own officials, its enemy's, a neutral body or the hospital where a strike hit."""
    if who == "unknown" and place:
        return v.unknown[place]
    pools = {"own": v.sides[side], "attacker": v.sides[1 - side], "enemy": v.sides[1 - side], "neutral": v.neutral}
    return r.choice(pools[who] or v.neutral)


ALLEGED = (("shelling {place}", "menembaki {place}"), ("violating the ceasefire", "melanggar gencatan senjata"),
           ("targeting civilians in {place}", "menyerang warga sipil di {place}"))


def _other(kind: str, r: random.Random, war: War, v: Voices, day: date, lang: str) -> Said:
    """A claim of another type: a side's accusation of the other (of a strike on its own towns) or its denial (of
    one on the other's), a side's statement, a mediator's truce, talks or call on both sides."""
    side = r.randrange(2)
    a, b = v.victims[side].label, v.victims[1 - side].label
    en, idn = r.choice(ALLEGED)
    place = r.choice(war.towns[1 - side if kind == "denial" else side])  # where the accuser's people were hit
    alleged = (en if lang == "en" else idn).format(place=place)
    fields: dict[str, object] = {"type": kind, "date": day.isoformat()}
    if kind in ("accusation", "denial", "statement"):
        speaker = r.choice(v.sides[side])
        text = {("accusation", "en"): f"{speaker.label} accused {b} of {alleged}.",
                ("accusation", "id"): f"{speaker.label} menuduh {b} {alleged}.",
                ("denial", "en"): f"{speaker.label} denied {alleged}.",
                ("denial", "id"): f"{speaker.label} membantah telah {alleged}.",
                ("statement", "en"): f"{speaker.label} said its forces would hold their positions near {place}.",
                ("statement", "id"): f"{speaker.label} mengatakan pasukannya akan bertahan di dekat {place}.",
                }[kind, lang]
        fields |= {"subject": b if kind == "accusation" else a, "speaker": speaker}
        if kind != "statement":
            fields["allegation"] = alleged
        return Said(text, fields)
    speaker = r.choice(v.mediators if kind != "call" else (*v.mediators, *v.neutral))
    text = {("ceasefire", "en"): f"{speaker.label} said {a} and {b} had agreed to a humanitarian truce.",
            ("ceasefire", "id"): f"{speaker.label} mengatakan {a} dan {b} sepakat melakukan gencatan senjata.",
            ("talks", "en"): f"{speaker.label} said it was ready to host talks between {a} and {b}.",
            ("talks", "id"): f"{speaker.label} menyatakan siap menjadi tuan rumah perundingan {a} dan {b}.",
            ("call", "en"): f"{speaker.label} called on {a} and {b} to stop the fighting.",
            ("call", "id"): f"{speaker.label} menyerukan {a} dan {b} menghentikan pertempuran."}[kind, lang]
    return Said(text, fields | {"subject": f"{a}; {b}", "speaker": speaker})


def article(i: int, seed: int, wars: dict[str, Voices], days: int, on: date | None = None
            ) -> tuple[Article, list[Claim]]:
    """Article number ``i`` of the corpus ``seed`` and the claims it was built around: one war's, 3-12 claims,
    published within ``days`` days of ``START`` (or ``on``), its figures of the three days before."""
    r = rng(seed, "article", i)
    war = r.choice(WARS)
    v = wars[war.name]
    lang = r.choice(("id", "en"))
    published = on or START + timedelta(days=r.randint(0, days))
    outlet = r.choice(UNKNOWN_OUTLETS) if r.random() < 0.3 else r.choice(("Reuters", "Antara", "Kompas", "AFP"))
    said = []
    for _ in range(r.randint(3, 12)):
        kind = r.choices([t for t, _ in TYPES], [w for _, w in TYPES])[0]
        day = published - timedelta(days=r.randint(0, 3))
        said.append(_casualty(r, seed, war, v, day, lang) if kind == "casualty" else _other(kind, r, war, v, day, lang))
    place = r.choice(war.places)
    text, starts = _written(r, f"{place.upper()}, {outlet} - " if lang == "id" else f"{place} ({outlet}) - ", said,
                            lang)
    name = f"{lang}_{i:06d}"
    art = Article(text=text, name=name, title=said[0].text[:80], published=published.isoformat(),
                  url=f"https://news.example.org/{lang}/{i:06d}", outlet=outlet, lang=lang)
    via = [r.choice(UNKNOWN_AGENCIES if r.random() < 0.25 else ("Reuters", "AFP", "AP"))] if r.random() < 0.25 else []
    claims = []
    for begin, s in zip(starts, said, strict=True):
        fields = dict(s.fields)
        speaker = fields.pop("speaker")
        assert isinstance(speaker, Actor)
        claims.append(Claim(article=art.key, speaker=speaker.label, speaker_iri=speaker.iri or None, quote=s.text,
                            start=begin, end=begin + len(s.text), via=via, rule="bench", **fields))  # type: ignore[arg-type]
    return art, claims


def _written(r: random.Random, head: str, said: list[Said], lang: str) -> tuple[str, list[int]]:
    """The article's text (its dateline, then each claim's sentence, a line of background after some) and where
    each claim's sentence starts."""
    parts, starts = [head.rstrip()], []
    at = len(head)
    for s in said:
        starts.append(at)
        parts.append(s.text)
        at += len(s.text) + 1
        if r.random() < 0.3:
            parts.append(r.choice(BOILER[lang]))
            at += len(parts[-1]) + 1
    return " ".join(parts), starts
