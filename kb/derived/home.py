"""What the home page shows at a glance, read from the derived data instead of counted per request.

Counted live, the home page's numbers are scans that grow with the store (every article, claim and actor:
101 ms at 25k articles; every claim grouped by speaker: 34 ms; the newest articles: 32 ms).  The derived
data ``kb.service`` keeps current after every write already holds what they need (``kb.derived.timeline``):
each actor's timeline with its claim count per role (summed over speakers, the claims; their actors, the
actors) and the articles order, whose first entries are the newest articles. A copy's claims are counted once,
with its original's (``copy_counts``).
"""

from __future__ import annotations

from dataclasses import dataclass

from kb.derived import timeline
from kb.sparql.rows import plain_rows
from kb.store import Store

LATEST = 10
"""Newest articles on the home page."""
TOP = 10
"""Most-quoted actors on the home page."""


@dataclass(frozen=True)
class Overview:
    """The counts, the newest articles (IRIs, newest first) and every speaker's claim count."""

    articles: int
    claims: int
    actors: int
    latest: list[str]
    speakers: dict[str, int]

    def contenders(self, n: int = TOP) -> dict[str, int]:
        """The speakers that can be among the ``n`` most quoted: every one with at least the ``n``-th largest
        count (the list breaks ties by label, which the caller reads for these only)."""
        counts = sorted(self.speakers.values(), reverse=True)
        if len(counts) <= n:
            return dict(self.speakers)
        least = counts[n - 1]
        return {actor: count for actor, count in self.speakers.items() if count >= least}


def read(store: Store, latest: int = LATEST) -> Overview:
    """The overview from the timelines and the articles order, which ``kb.service`` keeps current."""
    total = timeline.order_size(store)
    page = timeline.articles_at(store, total, 0, latest)
    speakers: dict[str, int] = {}
    actors: set[str] = set()
    copied = copy_counts(store)
    for row in plain_rows(store, "actor-counts"):
        actors.add(str(row["actor"]))
        if row["role"] == "speaker":
            count = int(row["count"]) - copied.get((str(row["actor"]), "speaker"), 0)
            if count > 0:
                speakers[str(row["actor"])] = count
    return Overview(articles=total, claims=sum(speakers.values()), actors=len(actors), latest=page[0],
                    speakers=speakers)


def copy_counts(store: Store) -> dict[tuple[str, str], int]:
    """(actor, role) → how many of the claims the timelines count for it are in copies of other stored articles.

    A copy (``schema:isBasedOn``, ``kb.syndication``) is the same story stored again under another key; its claims
    are its original's again, so the claim total and the most-quoted actors count them once, with the original
    (tryout 25: a copy doubled its claims there). The timelines keep listing the copy's claims, each its own node
    with its own article; the counts shown subtract them. Reads the copies' claims only."""
    return {(str(r["actor"]), str(r["role"])): int(r["count"]) for r in plain_rows(store, "copy-claim-counts")}


__all__ = ["LATEST", "TOP", "Overview", "copy_counts", "read"]
