"""What the home page shows at a glance, read from what a refresh precomputed instead of counted per request.

Read live, the home page's three queries are scans that grow with the store: the counts ("stats": every
article, claim and actor; 101 ms at 25k articles), the most-quoted actors ("top-speakers": every claim grouped
by speaker; 34 ms) and the newest articles ("latest-articles"; 32 ms): most of a 185 ms page that everyone
opens first.  A refresh already writes what they need (``kb.derived.timeline``): each actor's timeline with its claim
count per role (summed over speakers, the claims, as "stats" counts them; their actors, the actors) and the
articles order, whose first entries are the newest articles.  ``read`` gives those, or None when the order
does not list every stored article (articles stored without a refresh, see ``timeline.articles_page``): the
caller then runs the live queries.  The same staleness as the actors list otherwise: an article replaced
without a refresh keeps its old counts until the next one.
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


def read(store: Store, latest: int = LATEST) -> Overview | None:
    """The overview from the timelines and the articles order; None when they are missing or behind the store
    (then the live queries "stats", "latest-articles" and "top-speakers" give it)."""
    total = timeline.order_size(store)
    if total is None:
        return None
    page = timeline.articles_at(store, total, 0, latest)
    if page is None:
        return None
    speakers: dict[str, int] = {}
    actors: set[str] = set()
    for row in plain_rows(store, "actor-counts"):
        actors.add(str(row["actor"]))
        if row["role"] == "speaker":
            speakers[str(row["actor"])] = int(row["count"])
    return Overview(articles=total, claims=sum(speakers.values()), actors=len(actors), latest=page[0],
                    speakers=speakers)


__all__ = ["LATEST", "TOP", "Overview", "read"]
