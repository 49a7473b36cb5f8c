"""Synthetic news corpus for benchmarks: Indonesian and English articles built from templates, with
actors from ontology/actors.ttl (speakers, parties, agencies, outlets), figures, dates and boilerplate.

    python bench/generate.py --articles 1000 --out /tmp/corpus [--seed 7]

writes NAME.txt + NAME.meta.json per article (the tests/corpus layout).  ``generate()`` also returns
the claims each article was built around, for runs where the extractor is not available.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kb.actors import Actor, Gazetteer
from kb.article import Article
from kb.record import Claim

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
PLACES = ["Stepanakert", "Ganja", "Shusha", "Hadrut", "Fuzuli", "Jabrayil", "Martakert"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


@dataclass
class Generated:
    article: Article
    claims: list[Claim] = field(default_factory=list)


def _figure(rng: random.Random, lang: str) -> tuple[int, int | None, str]:
    n = rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 9999)])
    style = rng.random()
    if style < 0.4:
        return n, n, f"{n:,}".replace(",", "." if lang == "id" else ",")
    if style < 0.7:
        return n + 1, None, (f"lebih dari {n}" if lang == "id" else f"more than {n}")
    return n, None, (f"sedikitnya {n}" if lang == "id" else f"at least {n}")


def generate(n: int, seed: int = 7) -> list[Generated]:
    rng = random.Random(seed)
    gaz = Gazetteer.load()
    actors = list(gaz)
    speakers = [a for a in actors if a.kind in ("Government", "Ministry", "Person")]
    states = [a for a in actors if a.kind == "State"]
    agencies = [a for a in actors if a.kind == "NewsAgency"]
    outlets = [a for a in actors if a.kind == "Outlet"]
    start = date(2020, 9, 27)
    out = []
    for i in range(n):
        lang = "id" if rng.random() < 0.6 else "en"
        published = start + timedelta(days=rng.randint(0, 45))
        outlet: Actor = rng.choice(outlets)
        sentences: list[str] = []
        claims: list[Claim] = []
        spans = []
        boiler = ID_BOILER if lang == "id" else EN_BOILER
        for _ in range(rng.randint(2, 6)):
            speaker, party = rng.choice(speakers), rng.choice(states)
            low, high, qtext = _figure(rng, lang)
            when = published - timedelta(days=rng.randint(0, 3))
            day = (ID_DAYS if lang == "id" else EN_DAYS)[when.weekday()]
            template = rng.choice(ID_CASUALTY if lang == "id" else EN_CASUALTY)
            sentence = template.format(speaker=speaker.label, qtext=qtext, party=party.label, day=day,
                                       place=rng.choice(PLACES))
            sentences.append(sentence)
            spans.append((sentence, speaker, party, low, high, qtext, when))
            if rng.random() < 0.3:
                sentences.append(rng.choice(ID_DENIAL if lang == "id" else EN_DENIAL).format(
                    speaker=rng.choice(speakers).label))
            if rng.random() < 0.5:
                sentences.append(rng.choice(boiler))
        place = rng.choice(PLACES)
        dateline = f"{place.upper()}, {outlet.label} - " if lang == "id" else f"{place} ({outlet.label}) - "
        text = dateline + " ".join(sentences)
        title = sentences[0][:80]
        name = f"{lang}_{i:05d}"
        article = Article(text=text, name=name, title=title, published=published.isoformat(),
                          url=f"https://news.example.org/{lang}/{i:05d}", outlet=outlet.label, lang=lang)
        via = [rng.choice(agencies).label] if rng.random() < 0.4 else []
        for sentence, speaker, party, low, high, qtext, when in spans:
            begin = text.index(sentence)
            claims.append(Claim(
                article=article.key, type="casualty", speaker=speaker.label, speaker_iri=speaker.iri,
                quote=sentence, start=begin, end=begin + len(sentence), subject=party.label,
                quantity_min=low, quantity_max=high, quantity_text=qtext,
                unit="tentara tewas" if lang == "id" else "soldiers killed", date=when.isoformat(), via=via,
                rule="bench",
            ))
        out.append(Generated(article, claims))
    return out


def write(items: list[Generated], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for item in items:
        a = item.article
        (folder / f"{a.name}.txt").write_text(a.text, encoding="utf-8")
        meta = {"title": a.title, "published": a.published, "outlet": a.outlet, "url": a.url, "lang": a.lang}
        (folder / f"{a.name}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=1000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--out", type=Path, required=True)
    args = p.parse_args()
    items = generate(args.articles, args.seed)
    write(items, args.out)
    print(f"{len(items)} articles, {sum(len(i.claims) for i in items)} claims → {args.out}")


if __name__ == "__main__":
    main()
