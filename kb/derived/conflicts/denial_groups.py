"""Which denials a write must judge again, and their findings (``kb.derived.conflicts.incremental``'s denial step).

A denial's findings depend on the denial and on every proposition in its pool (``accusations.denials``): the claims
by the parties it names or about its speaker dated in its window, and every claim of its own articles at any date.
A write changes some propositions (``touched``); the denials to judge again are

- the touched denials themselves;
- the denials whose window a touched proposition's date falls in (``dd|``/``dn|`` tags of the days after it), and
  those standing in an article of it.

The last were found by reading every such article, and a much repeated charge stands in hundreds (700 articles read
for one new article on the newsroom's 13.4k-article store, a third of its refresh).  Of both, only two kinds can
change: those that answered the proposition (its finding holds every claim of it, so a new repetition changes its
members), read from the stored findings by one of the proposition's claims (``stored_answers``); and any of them when
the proposition's first attestation, by which the rule judges it, is not the same before and after the write (it is
new, gone, or an earlier claim joined it), or none of its claims stands in an unchanged article (none to find its
findings by): then its windows are looked in and its articles read, as before.  An
untouched denial that did not answer a proposition whose first attestation is unchanged does not answer it now: what
the rule reads of it (its first claim and date, its claims in the denial's unchanged articles) is what it was, and a
rival it could now prefer is itself touched and brings the denial back by its own way.  By the same argument a denial
found only as having answered such a proposition answers what it answered, so its findings are made again from the
stored ones (``_answered_again``) without reading its pool; and an unchanged denial found by the window of a moved
proposition answers, of its pool, only what it answered and the moved propositions as they are now: the rule is run
on those alone (a new claim dated in an older denial's window read that denial's whole pool, the largest part of
such a write on the newsroom's store).  A denial judged whole (a new one, most often) reads its window's claims by
their tags, and only those that may answer it (``accusations.may_answer``) as whole propositions: the rest of its
pool cannot be an answer, and a proposition of the pool that is none changes nothing the rule finds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef

from kb.derived.conflicts import accusations, clusters, figures, groups, native
from kb.derived.conflicts.graph import DIGEST, MEMBER_LIST
from kb.derived.conflicts.model import ClaimFacts, Detected, Proposition
from kb.sparql.rows import plain_rows
from kb.store import Store

if TYPE_CHECKING:
    from kb.derived.conflicts.incremental import View


def _window(when: date, days: int) -> list[str]:
    return [(when + timedelta(days=n)).isoformat() for n in range(days + 1)]


def recompute(view: View, touched: list[ClaimFacts], label: figures.Labeller,
              tally: Counter[str]) -> tuple[list[Detected], set[str]]:
    """(the denial findings of every denial to judge again, the ``dz|`` groups they replace)."""
    span = accusations.DENIAL_WINDOW_DAYS
    targets = {groups.proposition(c) for c in touched if c.type == "denial"}
    others = {groups.proposition(c) for c in touched if c.type != "denial"}
    heads: tuple[dict[str, Proposition], dict[str, Proposition]] = ({}, {})  # before, after
    for now in (False, True):
        for p in clusters.propositions(view.load(others, now=now)[0]):
            tag = groups.proposition(p.first)
            if tag in others:
                heads[now][tag] = p
    beside, answered, moved = _beside(view, others, heads)
    lookups: set[str] = set()
    for p in moved:
        if p.date is not None:
            days = _window(p.date, span)
            lookups |= {f"dd|{x}|{day}" for x in p.first.parties for day in days}
            lookups |= {f"dn|{p.first.speaker_root}|{day}" for day in days}
    targets |= {groups.proposition(c) for c in view.articles(beside) if c.type == "denial"}
    near = {groups.proposition(c) for c in view.load(lookups)[0] if c.type == "denial"} - targets
    again = (stored_answers(view.store, answered) | near) - targets
    arrived = [p for p in moved if heads[1].get(groups.proposition(p.first)) is p]  # the moved ones as they are now
    found, judged = _answered_again(view, (again, near), {groups.proposition(p.first) for p in moved}, arrived,
                                    label, tally)
    targets |= again - judged
    return _judged(view, targets, label, tally) + found, {"dz|" + t for t in targets | again}


def _answered_again(view: View, asked: tuple[set[str], set[str]], moved: set[str], arrived: list[Proposition],
                    label: figures.Labeller, tally: Counter[str]) -> tuple[list[Detected], set[str]]:
    """(the findings of the denials ``asked[0]``, those of them so found): unchanged denials that answered a
    touched proposition whose first attestation is unchanged, or in whose window (``asked[1]``) a moved one stands.
    What the rule reads of every other proposition of such a denial's pool is what it was (the module doc), so its
    answers now are among what it answered (each made again from the stored finding's claims, as they are now) and
    the moved propositions as they are now (``arrived``): the rule is run on those alone, not on its pool, the claims
    of every proposition in its window and articles (500 propositions, 10k claims for one new article on the
    newsroom's 13.4k-article store; a new claim dated in an older denial's window was a third of such a write).  A
    figure's denial answers one claim, the latest it names else the nearest before it: its stored answer against the
    arrived ones.  A denial one of whose answers is gone or moved, or that answered nothing and stands in no moved
    one's window, is left to be judged whole."""
    denials, near = asked
    stored = _stored_findings(view.store, sorted(denials))
    own = {c.iri for c in view.load(denials)[0]}
    one = {t: [min(m - own, default="") for m in found] for t, found in stored.items()}  # a claim of each answer
    heads = {c.iri: groups.proposition(c) for c in view.claims({c for each in one.values() for c in each} - {""})
             if c.article not in view.changed}  # a claim of a changed article may be of another proposition now
    answers: dict[str, list[str]] = {}
    for t, each in one.items():
        tags = [heads.get(c) for c in each]  # None: gone, or in a changed article (then judged whole)
        if (tags or t in near) and all(a is not None and a not in moved for a in tags):
            answers[t] = [str(a) for a in tags]
    loaded, _ = view.load(answers.keys() | {x for a in answers.values() for x in a})
    props = {groups.proposition(p.first): p for p in clusters.propositions(loaded)}
    out = []
    for t, answered in sorted(answers.items()):
        if t not in props or any(a not in props for a in answered):
            del answers[t]
            continue
        pool = [props[t], *(props[a] for a in dict.fromkeys(answered)), *(arrived if t in near else ())]
        out += [x for x in accusations.denials(pool, label, tally) if groups.proposition(x.claims[0]) == t]
    return out, set(answers)


def _stored_findings(store: Store, tags: list[str]) -> dict[str, list[set[str]]]:
    """Denial (proposition tag) → the member claims of each finding stored for its group."""
    out: dict[str, list[set[str]]] = {t: [] for t in tags}
    wanted = ["dz|" + t for t in tags]
    if store.capabilities.embedded:
        for tag, _, members, _ in native.group_pairs(store.ox, wanted,  # type: ignore[attr-defined]
                                                     (MEMBER_LIST, DIGEST)):
            out[tag[3:]].append(set((members or "").split()))
        return out
    for i in range(0, len(wanted), _BOUND):
        for r in plain_rows(store, "conflict-group-members", tag=[Literal(t) for t in wanted[i:i + _BOUND]]):
            out[str(r["tag"])[3:]].append(set(str(r["members"]).split()))
    return out


def _beside(view: View, others: set[str], heads: tuple[dict[str, Proposition], dict[str, Proposition]]
            ) -> tuple[set[str], set[str], list[Proposition]]:
    """(articles whose every denial is judged again, claims whose stored denial findings are, the propositions whose
    windows are looked in): per touched proposition, when its first attestation changed or no claim of it stands in
    an unchanged article, its articles and itself before and after; else one of its claims in an unchanged article."""
    beside: set[str] = set()
    answered: set[str] = set()
    moved: list[Proposition] = []
    for tag in sorted(others):
        was, now = heads[0].get(tag), heads[1].get(tag)
        kept = None if now is None else min((c.iri for c in now.claims if c.article not in view.changed), default=None)
        if was is None or now is None or was.first != now.first or kept is None:
            # no claim of it left unchanged: no stored finding can be found by one, so it is looked for as a new one
            moved += [p for p in (was, now) if p is not None]
            beside |= {c.article for p in (was, now) if p is not None for c in p.claims}
            continue
        answered.add(kept)
    return beside, answered, moved


def _judged(view: View, targets: set[str], label: figures.Labeller, tally: Counter[str]) -> list[Detected]:
    """The findings of the denials ``targets`` from their pools: the claims by and about their parties in their
    windows and their articles' claims, those that may answer one of them (``accusations.may_answer``) each as its
    whole proposition."""
    span = accusations.DENIAL_WINDOW_DAYS
    denial_claims, _ = view.load(targets)
    pool: set[str] = set()
    articles: set[str] = set()
    judged = clusters.propositions(c for c in denial_claims if c.type == "denial")
    for d in judged:
        articles |= {c.article for c in d.claims}
        if d.date is not None:
            days = _window(d.date - timedelta(days=span), span)
            pool |= {f"ps|{d.first.speaker_root}|{day}" for day in days}
            pool |= {f"sp|{y}|{day}" for y in d.first.parties for day in days}
    near, _ = view.load(pool)
    may = accusations.may_answer(judged, label)  # of the window, only what may answer is read whole
    in_articles = view.articles(articles)
    props = {groups.proposition(c) for c in near if may(c, False)} | targets
    props |= {groups.proposition(c) for c in in_articles if may(c, True)}
    context, _ = view.load(props)
    found = accusations.denials(clusters.propositions(context), label, tally,
                                wanted=lambda d: groups.proposition(d.first) in targets)
    return [x for x in found if groups.proposition(x.claims[0]) in targets]


_BOUND = 200
"""Claims bound in one query on a store without look-ups."""


def stored_answers(store: Store, claims: Iterable[str]) -> set[str]:
    """The denials (their proposition tags) whose stored findings hold one of ``claims``: what they answered at the
    last refresh."""
    wanted = sorted(set(claims))
    if store.capabilities.embedded:
        tags = native.groups_of_members(store.ox, wanted)  # type: ignore[attr-defined]
    else:
        tags = set()
        for i in range(0, len(wanted), _BOUND):
            bound = [URIRef(c) for c in wanted[i:i + _BOUND]]
            tags |= {str(r["tag"]) for r in plain_rows(store, "conflict-groups-of-members", claim=bound)}
    return {t[3:] for t in tags if t.startswith("dz|")}
