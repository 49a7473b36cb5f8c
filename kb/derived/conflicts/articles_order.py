"""The articles order patched for the articles a write changed, as N-Triples lines to delete and to add
(``kb.derived.conflicts.apply`` writes them with the findings, in one update).

The common write adds the newest article: it goes at the front of the order, which counts from that end
(``kb.derived.timeline``), so the patch is an entry or a few and a count; an older article is put in its place by a
binary search; anything else (an article deleted or redated) lists the order again and writes the difference.
Split from ``patch`` (the timelines), which had grown past the size of one module.
"""

from __future__ import annotations

from typing import Any

from rdflib import URIRef

from kb.derived import timeline
from kb.derived.conflicts import groups
from kb.derived.conflicts.patch import RDF_TYPE, Lines, diff_into, int_literal
from kb.sparql.rows import plain_rows
from kb.store import Store


def order(store: Store, old: dict[str, str], new: dict[str, str]) -> Lines:
    """The articles order patched for the changed articles (``old``/``new``: their records before and after)."""
    moved = {a for a in old.keys() | new.keys()
             if (a in old) != (a in new) or (a in old and groups.decode(old[a])[0] != groups.decode(new[a])[0])}
    if not moved:
        return [], []
    rows = list(plain_rows(store, "article-order-size"))
    count = int(rows[0]["count"]) if rows else None
    fresh = timeline.articles_newest_first([{"article": a, "published": groups.decode(new[a])[0]} for a in moved
                                            if a in new and a not in old])
    if count and len(fresh) == len(moved) and _before_first(store, count, fresh[-1]):
        return _prepend(count, fresh)
    if count and len(fresh) == len(moved):
        inserted = _insert_articles(store, count, fresh)
        if inserted is not None:
            return inserted
    listed = timeline.articles_newest_first(timeline.articles_of(plain_rows(store, "article-order")))
    stored = {str(r["entry"]): str(r["article"]) for r in plain_rows(store, "article-order-page")}
    after = {f"{timeline.ARTICLES}/{n}": str(r["article"]) for n, r in enumerate(reversed(listed), start=1)}
    gone, added = _counts(count, len(listed))
    diff_into(stored, after, timeline._LISTED.value, gone, added)
    return gone, added


_CHUNK = 400
"""Entries or articles bound in one query."""


def _key(published: object) -> tuple[bool, str]:
    return (published is not None, str(published or ""))


def _precedes(a: tuple[object, str], b: tuple[object, str]) -> bool:
    """Whether the article ``a`` (published, IRI) is listed before ``b``: newer, or the same day and a smaller IRI
    (``timeline.articles_newest_first``)."""
    ka, kb = _key(a[0]), _key(b[0])
    return ka > kb or (ka == kb and a[1] < b[1])


def _order_entries(store: Store, entries: list[int]) -> dict[int, tuple[object, str]]:
    """entry number → (published, article) for the order's ``entries``."""
    listed: dict[int, str] = {}
    dates: dict[str, object] = {}
    for i in range(0, len(entries), _CHUNK):  # bound lists stay small requests for a remote store
        rows = plain_rows(store, "article-order-page",
                          entry=[URIRef(f"{timeline.ARTICLES}/{n}") for n in entries[i:i + _CHUNK]])
        found = {int(str(r["entry"]).rsplit("/", 1)[1]): str(r["article"]) for r in rows}
        listed.update(found)
        if found:
            dates.update((str(r["article"]), r["published"]) for r in
                         plain_rows(store, "article-dates", article=[URIRef(a) for a in set(found.values())]))
    return {n: (dates.get(a), a) for n, a in listed.items()}


def _insert_articles(store: Store, count: int, fresh: list[dict[str, Any]]) -> Lines | None:
    """New articles (``fresh``, newest first) put in their places in the order (entry 1 is the oldest, ``count`` the
    newest): a binary search for how many listed articles come before the oldest of them, then those and the new
    ones are listed again from there.  A new article of the newest day that does not sort first among that day's by
    IRI re-read and rewrote the whole order (1 s at 10k articles, half of the writes of the bench's kind); so did a
    batch of articles over the last week (25k entries read twice for 1,000 new articles, where a week's few hundred
    change).  None: an entry reads nothing (a hole), so the caller rebuilds the order."""
    me = (fresh[-1]["published"], str(fresh[-1]["article"]))
    lo, hi = 0, count  # listing positions, 0 = newest = entry ``count``
    while lo < hi:
        mid = (lo + hi) // 2
        found = _order_entries(store, [count - mid]).get(count - mid)
        if found is None:
            return None
        lo, hi = (mid + 1, hi) if _precedes(found, me) else (lo, mid)
    newer = list(range(count - lo + 1, count + 1))  # the entries of the articles listed before it
    shifted = _order_entries(store, newer) if newer else {}
    if len(shifted) != len(newer):
        return None
    rows = [{"article": a, "published": p} for p, a in shifted.values()]
    listed = timeline.articles_newest_first([*rows, *({"article": str(r["article"]), "published": r["published"]}
                                                      for r in fresh)])
    gone, added = _counts(count, count + len(fresh))
    before = {f"{timeline.ARTICLES}/{n}": a for n, (_, a) in shifted.items()}
    after = {f"{timeline.ARTICLES}/{count - lo + n}": str(r["article"])
             for n, r in enumerate(reversed(listed), start=1)}
    diff_into(before, after, timeline._LISTED.value, gone, added)
    return gone, added


def _before_first(store: Store, count: int, last_new: dict[str, Any]) -> bool:
    """Whether the article listed last among the new ones still comes before the order's current first."""
    rows = list(plain_rows(store, "article-order-page", entry=[URIRef(f"{timeline.ARTICLES}/{count}")]))
    if not rows:
        return False
    first = str(rows[0]["article"])
    dates = [r["published"] for r in plain_rows(store, "article-dates", article=[URIRef(first)])]
    mine, theirs = _key(last_new["published"]), _key(dates[0] if dates else None)
    return mine > theirs or (mine == theirs and str(last_new["article"]) < first)


def _counts(before: int | None, after: int) -> Lines:
    node, prop = f"<{timeline.ARTICLES}>", f"<{timeline._ARTICLE_COUNT.value}>"
    gone = [f"{node} {prop} {int_literal(before)} ."] if before is not None else []
    added = [f"{node} {prop} {int_literal(after)} ."]
    if before is None:
        added.append(f"{node} {RDF_TYPE} <{timeline._ORDER.value}> .")
    return gone, added


def _prepend(count: int, fresh: list[dict[str, Any]]) -> Lines:
    gone, added = _counts(count, count + len(fresh))
    added += [f"<{timeline.ARTICLES}/{count + n}> <{timeline._LISTED.value}> <{r['article']}> ."
              for n, r in enumerate(reversed(fresh), start=1)]
    return gone, added


__all__ = ["order"]
