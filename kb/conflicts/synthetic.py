"""Articles written for tests and for the scale bench: hand-made claims through the real pipeline.

``publish`` builds an article from sentences and the claims they carry (offsets computed, so the
SHACL gate's quote check passes) and ingests it with ``KnowledgeBase.ingest_claims``.
``synthetic_facts`` makes ``ClaimFacts`` in bulk for timing the rules without a store.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from kb.article import Article
from kb.conflicts.model import ClaimFacts
from kb.conflicts.vocabulary import categories
from kb.knowledge import KnowledgeBase, Outcome
from kb.record import Claim


@dataclass
class Said:
    """One sentence of an article and the claim it carries."""

    sentence: str
    type: str
    speaker: str
    subject: str | None = None
    object: str | None = None
    qmin: int | None = None
    qmax: int | None = None
    unit: str | None = None
    approximate: bool = False
    date: str | None = None
    via: list[str] = field(default_factory=list)
    factuality: str = "asserted"


def publish(kb: KnowledgeBase, url: str, published: str, outlet: str, said: list[Said]) -> Outcome:
    """Ingest one English article made of ``said``'s sentences (a sentence may carry several claims)."""
    sentences = list(dict.fromkeys(s.sentence for s in said))
    text = f"Report from {outlet}\n\n" + "\n".join(sentences)
    article = Article(text=text, name=url.rsplit("/", 1)[-1], published=published, url=url, outlet=outlet, lang="en")
    claims = []
    for s in said:
        start = text.find(s.sentence)
        claims.append(Claim(
            article=article.key, type=s.type, speaker=s.speaker, quote=s.sentence, start=start,
            end=start + len(s.sentence), via=list(s.via), subject=s.subject, object=s.object,
            quantity_min=s.qmin, quantity_max=s.qmax, approximate=s.approximate, unit=s.unit,
            date=s.date, factuality=s.factuality,
        ))
    outcome = kb.ingest_claims(article, claims)
    if outcome.status == "quarantined":
        raise ValueError(f"{url}: the gate refused the test article: {outcome.message}")
    return outcome


PARTIES = ("armenia", "azerbaijan", "nagorno-karabakh", "russia", "turkey", "iran", "georgia", "france")
SPEAKERS = (*PARTIES, "outlet-a", "outlet-b", "outlet-c", "ngo-watch")
UNITS = {"soldiers killed": 0.6, "civilians killed": 0.3, "deaths": 1.0, "wounded": 3.0, "killed and wounded": 4.0}
"""Each unit's share of the true toll, so that wholes are larger than their parts (as in reality)."""
TOPICS = ("shelling of towns", "attacks on the line of contact", "using cluster munitions",
          "downing a drone", "hiring foreign fighters", "breaking the ceasefire", "targeting civilians")


def _bias(speaker: str, party: str) -> float:
    """A speaker's steady bias: a side understates its own losses and inflates others'; outlets are near."""
    if speaker == party:
        return 0.7
    return 1.4 if speaker in PARTIES else 1.0


def synthetic_facts(n: int, *, days: int = 400, seed: int = 7) -> list[ClaimFacts]:
    """``n`` claims over ``days`` days: 70% casualty figures that grow over time with ±10% noise and each
    speaker's steady bias, 20% accusations, 10% denials; a few parties, speakers and outlets."""
    rng = random.Random(seed)
    cats = categories()
    start = date(2020, 9, 27)
    out = []
    for i in range(n):
        d = start + timedelta(days=rng.randrange(days))
        speaker, party = rng.choice(SPEAKERS), rng.choice(PARTIES)
        roll = rng.random()
        facts = ClaimFacts(
            iri=f"urn:claim:{i}", type="casualty", speaker=speaker, speaker_root=speaker, start=i % 8,
            article=f"urn:article:{i // 8}", published=d,
            subjects=frozenset({party}), parties=frozenset({party}), source=f"outlet{rng.randrange(40)}",
        )
        if roll < 0.7:
            unit = rng.choice(list(UNITS))
            true = (20 + 4 * (d - start).days) * UNITS[unit]
            low = int(true * _bias(speaker, party) * rng.uniform(0.9, 1.1))
            facts.unit, facts.category = unit, cats.category(unit)
            facts.qmin, facts.qmax = low, (None if rng.random() < 0.3 else low + rng.randrange(0, 50))
        else:
            facts.type = "accusation" if roll < 0.9 else "denial"
            facts.object = rng.choice(TOPICS)
            facts.speaker_root = facts.speaker = rng.choice(PARTIES[:5])
        out.append(facts)
    return out
