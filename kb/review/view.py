"""The reviewed view of an article: its machine claims with every human review applied.

What the store's article graph holds, and so what every page, query, conflict, aggregate and timeline
sees: rejected claims are left out, corrected ones carry the reviewer's record, added ones are put back.
Run on every (re-)ingest of an article that has reviews, so re-extraction never erases human work.

How a review finds its claim again (the claim's stable identity is its article, type and quote):
  1. the claim extracted with the same IRI (the same claim, wherever it now stands in the text);
  2. else a claim of the machine's type quoting the same sentence, the one most like the record the
     reviewer saw (fewest differing fields, then nearest to where it was);
  3. else the quote is gone: the review is flagged for a second look (``ckb:recheck``) and shows nothing.
An added claim is placed where its quote now stands (the occurrence nearest its old offset), else flagged.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from rdflib import URIRef

from kb.pipeline.record import Claim
from kb.pipeline.to_rdf import claim_iris
from kb.review.graph import first, latest
from kb.review.model import Review, diff


@dataclass
class View:
    """The claims to store, each with its IRI, and the reviews that need a second look."""

    claims: list[Claim] = field(default_factory=list)
    iris: list[URIRef] = field(default_factory=list)
    recheck: list[str] = field(default_factory=list)

    def add(self, claim: Claim, iri: URIRef) -> None:
        self.claims.append(claim)
        self.iris.append(iri)


def anchor(text: str, quote: str, near: int) -> int | None:
    """Where ``quote`` stands in ``text``, the occurrence nearest ``near``; None when it is gone.
    Linear: ``str.find`` from each hit onwards, stopping once past ``near``."""
    if not quote:
        return None
    best: int | None = None
    at = text.find(quote)
    while at != -1:
        if best is None or abs(at - near) < abs(best - near):
            best = at
        if at > near:
            break
        at = text.find(quote, at + 1)
    return best


def reviewed(machine: list[Claim], text: str, reviews: list[Review], article: str) -> View:
    """Apply ``reviews`` (oldest first) to ``machine`` (the claims just extracted from ``text``)."""
    machine_iris = claim_iris(machine)
    index = {str(iri): i for i, iri in enumerate(machine_iris)}
    newest, oldest = latest(reviews), first(reviews)
    taken: dict[int, str] = {}
    unplaced: list[str] = []
    for iri in sorted(newest):  # 1. the same IRI: the same claim
        if oldest[iri].status != "added" and iri in index:
            taken[index[iri]] = iri
        else:
            unplaced.append(iri)
    view = View()
    for iri in unplaced:  # 2. the same sentence, or (added claims) the same quote
        review = newest[iri]
        if oldest[iri].status == "added":
            _place_added(view, review, text, article)
            continue
        found = _by_quote(machine, oldest[iri].before or review.after, set(taken))
        if found is None:
            _flag(view, review)
        else:
            taken[found] = iri
    for i, claim in enumerate(machine):
        if i not in taken:
            view.add(claim, machine_iris[i])
            continue
        review = newest[taken[i]]
        if review.status != "rejected":
            _place_reviewed(view, review, claim, text, article)
    order = sorted(range(len(view.claims)), key=lambda k: (view.claims[k].start, view.claims[k].end, str(view.iris[k])))
    return View([view.claims[k] for k in order], [view.iris[k] for k in order], view.recheck)


def _flag(view: View, review: Review) -> None:
    if not review.recheck:
        view.recheck.append(review.iri)


def _by_quote(machine: list[Claim], seen: Claim, taken: set[int]) -> int | None:
    """The untaken machine claim of ``seen``'s type quoting its sentence, most like it."""
    candidates = [i for i, c in enumerate(machine) if i not in taken and c.type == seen.type and c.quote == seen.quote]
    if not candidates:
        return None
    return min(candidates, key=lambda i: (len(diff(seen, dataclasses.replace(machine[i], article=seen.article))),
                                          abs(machine[i].start - seen.start)))


def _place_reviewed(view: View, review: Review, machine: Claim, text: str, article: str) -> None:
    """The reviewer's record at the machine claim's new offsets (or where its corrected quote now stands)."""
    record = review.after
    if record.quote == machine.quote:
        start = machine.start
    else:
        start = anchor(text, record.quote, machine.start)  # type: ignore[assignment]
        if start is None:
            _flag(view, review)
            view.add(machine, URIRef(review.claim))
            return
    view.add(dataclasses.replace(record, article=article, start=start, end=start + len(record.quote)),
             URIRef(review.claim))


def _place_added(view: View, review: Review, text: str, article: str) -> None:
    if review.status == "rejected":
        return
    record = review.after
    start = anchor(text, record.quote, record.start)
    if start is None:
        _flag(view, review)
        return
    view.add(dataclasses.replace(record, article=article, start=start, end=start + len(record.quote)),
             URIRef(review.claim))
