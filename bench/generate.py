"""Synthetic news corpora for benchmarks: by default the newsroom's (``bench/newsroom.py``: several wars, the real
articles' mix of claim types, most reports of a toll agreeing); with ``--corpus dense`` this module's own, below.

Dense: Indonesian and English articles built from templates, every claim a casualty figure, with
actors from ontology/actors.ttl (speakers, parties, agencies, outlets), figures, dates and boilerplate, and,
like real reporting, names the gazetteer does not know (minted actors): unknown speakers (residents'
committees, local people named once and quoted again), civilians as the party of casualty figures, unknown
outlets and agencies.  Each of those is quoted in many articles, which is what made the actors pages grow
with the store when every article graph described them again (see ``kb/store/minted.py``).

    python bench/generate.py --articles 1000 --out /tmp/corpus [--seed 7] [--days 45] [--corpus dense]

writes NAME.txt + NAME.meta.json per article (the tests/corpus layout).  ``iter_generated()`` yields each
article with the claims it was built around, one at a time: article ``i`` comes from its own random stream
(seeded by ``--seed`` and ``i``), so a benchmark streams the corpus instead of holding it.

Two shapes of reporting (both corpora): by default the publication dates spread at ``ARTICLES_PER_DAY`` (many short
dispute episodes, as years of coverage give); ``--days 45`` puts every article in the 45 days of the 2020 war, so each
article contradicts many earlier ones and the same sides' figures chain into few, large dispute episodes (at 10k
articles, conflicts naming thousands of claims): the worst case for anything that reads conflicts with their claims.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import newsroom, newsroom_world
from kb.actors import Actor, Gazetteer
from kb.pipeline.article import Article
from kb.pipeline.record import Claim

EN_CASUALTY = [
    "{speaker} said {qtext} {party} soldiers were killed on {day}.",
    "According to {speaker}, {qtext} {party} troops died in the fighting near {place}.",
    "{speaker} claimed that {qtext} {party} servicemen had been killed since {day}.",
]
EN_DENIAL = ["{speaker} denied the figure, calling it propaganda.", "{speaker} rejected the claims as false."]
EN_BOILER = [
    "Fighting over Nagorno-Karabakh resumed in late September.",
    "The figures could not be independently verified.",
    "Both sides accuse each other of shelling civilian areas.",
    "Thousands of people have fled their homes, officials said.",
]
ID_CASUALTY = [
    "{speaker} menyatakan {qtext} tentara {party} tewas pada {day}.",
    "Menurut {speaker}, {qtext} prajurit {party} tewas dalam pertempuran di dekat {place}.",
    "{speaker} mengklaim {qtext} personel militer {party} telah tewas sejak {day}.",
]
ID_DENIAL = ["{speaker} membantah angka tersebut dan menyebutnya propaganda.", "{speaker} menolak klaim itu."]
ID_BOILER = [
    "Pertempuran di Nagorno-Karabakh kembali pecah sejak akhir September.",
    "Angka tersebut tidak dapat diverifikasi secara independen.",
    "Kedua pihak saling menuduh menembaki permukiman warga sipil.",
    "Ribuan warga mengungsi dari rumah mereka, kata pejabat setempat.",
]
EN_CIVILIAN = [
    "{speaker} said {qtext} civilians were killed in the shelling of {place} on {day}.",
    "According to {speaker}, {qtext} civilians died in {place}.",
]
ID_CIVILIAN = [
    "{speaker} menyatakan {qtext} warga sipil tewas akibat penembakan di {place} pada {day}.",
    "Menurut {speaker}, {qtext} warga sipil tewas di {place}.",
]
UNKNOWN_SPEAKERS = ["Amina Karimova", "Levon Petrosyan", "Rashad Guliyev", "Karabakh Relief Committee",
                    "Ganja Residents Council", "Martuni Village Council", "Stepanakert Hospital Staff",
                    "Field Medics Network"]
"""Speakers the gazetteer does not know: minted (Person or Group), each quoted in many articles."""
UNKNOWN_OUTLETS = ["Harbour Gazette", "Valley Courier", "Caspian Herald", "Steppe Times"]
UNKNOWN_AGENCIES = ["Steppe Wire", "Caucasus Newswire"]
CIVILIANS = "civilians"
"""The party of civilian casualty figures: not in the gazetteer either (minted as a Group, as the rules do)."""
PLACES = ["Stepanakert", "Ganja", "Shusha", "Hadrut", "Fuzuli", "Jabrayil", "Martakert"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


@dataclass
class Generated:
    article: Article
    claims: list[Claim] = field(default_factory=list)


def _figure(rng: random.Random, lang: str) -> tuple[int, int | None, str]:
    """A casualty figure: (low, high or None when open-ended, how the text says it)."""
    n = rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 9999)])
    style = rng.random()
    if style < 0.4:
        return n, n, f"{n:,}".replace(",", "." if lang == "id" else ",")
    if style < 0.7:
        return n + 1, None, (f"lebih dari {n}" if lang == "id" else f"more than {n}")
    return n, None, (f"sedikitnya {n}" if lang == "id" else f"at least {n}")


@dataclass(frozen=True)
class Cast:
    """The gazetteer's actors the templates draw from, loaded once per process."""

    speakers: list[Actor]
    states: list[Actor]
    agencies: list[Actor]
    outlets: list[Actor]
    wars: dict[str, newsroom_world.Voices]  # the newsroom corpus's voices, war by war

    @classmethod
    def load(cls, gazetteer: Gazetteer | None = None) -> Cast:
        gazetteer = gazetteer or Gazetteer.load()
        actors = list(gazetteer)
        return cls(speakers=[a for a in actors if a.kind in ("Government", "Ministry", "Person")],
                   states=[a for a in actors if a.kind == "State"],
                   agencies=[a for a in actors if a.kind == "NewsAgency"],
                   outlets=[a for a in actors if a.kind == "Outlet"],
                   wars=newsroom_world.voices(gazetteer))


START = newsroom_world.START
ARTICLES_PER_DAY = 100
"""Publication dates spread over ``n / ARTICLES_PER_DAY`` days (45 at least, the length of the 2020 war): a
bigger corpus is more years of reporting, not more articles a day.  At 100 a day (many outlets covering
one war at its height) every speaker still contradicts the others on the same figures every few days."""


def span_days(n: int, days: int | None = None) -> int:
    """Days the publication dates of an ``n``-article corpus spread over: ``days`` when given (a dense corpus),
    else ``n / ARTICLES_PER_DAY``, 45 at least."""
    return days if days else max(45, n // ARTICLES_PER_DAY)


CORPORA = ("newsroom", "dense")
"""The corpora a bench can run on: ``newsroom`` (``bench/newsroom.py``: the real articles' mix of claims, several
wars, most reports of a toll agreeing) and ``dense`` (this module's templates: every claim a casualty figure of a
state drawn at random, so that figures disagree all the time: the worst case for the conflicts)."""


def generate_one(i: int, seed: int, cast: Cast, days: int = 45, on: date | None = None,
                 corpus: str = "newsroom") -> Generated:
    """Article number ``i`` of the corpus ``seed``, from its own random stream: any article can be made
    without the ones before it, so a run never has to hold the corpus.  ``on``: published that day (its claims
    dated up to three days before, as in every article), as a live feed's next article is."""
    if corpus == "newsroom":
        return Generated(*newsroom.article(i, seed, cast.wars, days, on))
    if corpus != "dense":
        raise ValueError(f"unknown corpus {corpus!r}: one of {', '.join(CORPORA)}")
    rng = random.Random(seed * 1_000_003 + i)
    lang = "id" if rng.random() < 0.6 else "en"
    published = START + timedelta(days=rng.randint(0, days))
    published = on or published
    outlet = rng.choice(UNKNOWN_OUTLETS) if rng.random() < 0.3 else rng.choice(cast.outlets).label
    sentences: list[str] = []
    spans = []
    boiler = ID_BOILER if lang == "id" else EN_BOILER
    for _ in range(rng.randint(2, 6)):
        speaker, party, templates = _who(rng, cast, lang)
        low, high, qtext = _figure(rng, lang)
        when = published - timedelta(days=rng.randint(0, 3))
        day = (ID_DAYS if lang == "id" else EN_DAYS)[when.weekday()]
        sentence = rng.choice(templates).format(speaker=speaker.label, qtext=qtext, party=party.label, day=day,
                                                place=rng.choice(PLACES))
        sentences.append(sentence)
        spans.append((sentence, speaker, party, low, high, qtext, when))
        if rng.random() < 0.3:
            sentences.append(rng.choice(ID_DENIAL if lang == "id" else EN_DENIAL).format(
                speaker=rng.choice(cast.speakers).label))
        if rng.random() < 0.5:
            sentences.append(rng.choice(boiler))
    place = rng.choice(PLACES)
    dateline = f"{place.upper()}, {outlet} - " if lang == "id" else f"{place} ({outlet}) - "
    text = dateline + " ".join(sentences)
    name = f"{lang}_{i:05d}"
    article = Article(text=text, name=name, title=sentences[0][:80], published=published.isoformat(),
                      url=f"https://news.example.org/{lang}/{i:05d}", outlet=outlet, lang=lang)
    via = [rng.choice(UNKNOWN_AGENCIES if rng.random() < 0.25 else [a.label for a in cast.agencies])] \
        if rng.random() < 0.4 else []
    claims = []
    for sentence, speaker, party, low, high, qtext, when in spans:
        begin = text.index(sentence)
        claims.append(Claim(
            article=article.key, type="casualty", speaker=speaker.label, speaker_iri=speaker.iri or None,
            quote=sentence, start=begin, end=begin + len(sentence), subject=party.label,
            quantity_min=low, quantity_max=high, quantity_text=qtext, unit=_unit(party, lang),
            date=when.isoformat(), via=via,
            rule="bench",
        ))
    return Generated(article, claims)


def _who(rng: random.Random, cast: Cast, lang: str) -> tuple[Actor, Actor, list[str]]:
    """A claim's speaker (an unknown one a quarter of the time), its party (civilians a quarter of the time)
    and the templates that fit.  Unknown names have no IRI: ``kb.pipeline.to_rdf`` mints them, as it
    does for real text."""
    speaker = _unknown(rng.choice(UNKNOWN_SPEAKERS)) if rng.random() < 0.25 else rng.choice(cast.speakers)
    if rng.random() < 0.25:
        return speaker, _unknown(CIVILIANS), ID_CIVILIAN if lang == "id" else EN_CIVILIAN
    return speaker, rng.choice(cast.states), ID_CASUALTY if lang == "id" else EN_CASUALTY


def _unknown(name: str) -> Actor:
    return Actor(iri="", kind="Group", label=name, minted=True)


def _unit(party: Actor, lang: str) -> str:
    if party.label == CIVILIANS:
        return "warga sipil tewas" if lang == "id" else "civilians killed"
    return "tentara tewas" if lang == "id" else "soldiers killed"


def iter_generated(n: int, seed: int = 7, cast: Cast | None = None, days: int | None = None,
                   corpus: str = "newsroom") -> Iterator[Generated]:
    """The corpus one article at a time (nothing kept), dated over ``span_days(n, days)`` days."""
    cast = cast or Cast.load()
    span = span_days(n, days)
    for i in range(n):
        yield generate_one(i, seed, cast, span, corpus=corpus)


def generate(n: int, seed: int = 7, corpus: str = "newsroom") -> list[Generated]:
    """The whole corpus as a list (small corpora; ``iter_generated`` streams)."""
    return list(iter_generated(n, seed, corpus=corpus))


def write(items: Iterable[Generated], folder: Path) -> int:
    """Each article as NAME.txt + NAME.meta.json in ``folder``; returns how many claims they were built around."""
    folder.mkdir(parents=True, exist_ok=True)
    claims = 0
    for item in items:
        a = item.article
        claims += len(item.claims)
        (folder / f"{a.name}.txt").write_text(a.text, encoding="utf-8")
        meta = {"title": a.title, "published": a.published, "outlet": a.outlet, "url": a.url, "lang": a.lang}
        (folder / f"{a.name}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return claims


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=1000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--days", type=int, default=None,
                   help="spread publication dates over this many days (45: few, large dispute episodes); "
                        f"default: {ARTICLES_PER_DAY} articles a day, 45 days at least")
    p.add_argument("--corpus", choices=CORPORA, default="newsroom", help="which corpus (see CORPORA)")
    p.add_argument("--out", type=Path, required=True)
    args = p.parse_args()
    claims = write(iter_generated(args.articles, args.seed, days=args.days, corpus=args.corpus), args.out)
    print(f"{args.articles} articles, {claims} claims → {args.out}")


if __name__ == "__main__":
    main()
