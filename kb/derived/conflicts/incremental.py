"""Recompute only the groups a write touched: the articles written since the last refresh, their claims' groups
(``kb.derived.conflicts.groups``), each group's claims reloaded from the derived state
(``kb.derived.conflicts.state``), the
rules run over them, and only those groups' findings rewritten.  Timelines and the articles order are patched
the same way (``kb.derived.conflicts.patch``).

Each rule gets exactly the claims its answer depends on, so a group recomputed here says what a full refresh
would say (``tests/test_conflicts_incremental.py`` checks it on random sequences of writes):

- a state's series of a measure: that state's figures of it (``groups.speaker_measure``);
- a measure's aggregate: its states' summaries (``kb.derived.conflicts.summaries``), the changed states' recomputed;
- numeric conflicts: the episodes of the changed figures' weeks (``kb.derived.conflicts.episodes``);
- part-whole with a measure as the part, of one week: that measure and the measures that may be its whole and whose
  extremes (kept in the states' summaries) allow a conflict with it, from three days before the week to a year after
  it, with the whole articles (their claims scope an "all parties" total); a changed figure touches its own week's
  group and those of the parts it may be a total of (``kb.derived.conflicts.part_whole``);
- a proposition (corroboration): its attestations;
- a pair of states (mutual accusations): both directions' accusations;
- a denial: its proposition, and the whole propositions about its speaker or by the parties it names dated in its
  window, plus its articles' claims; a changed claim touches the denials whose window it falls in, and those of its
  proposition's articles that answered it (all of them when its first attestation changed: ``denial_groups``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import Literal, URIRef

from kb.derived import timeline  # the module: kb.derived.timeline imports kb.derived.conflicts (a cycle)
from kb.derived.conflicts import (
    accusations,
    clusters,
    denial_groups,
    episodes,
    figures,
    groups,
    native,
    part_whole,
    recorded,
    state,
    summaries,
    summary_records,
)
from kb.derived.conflicts.graph import DIGEST, MEMBER_LIST
from kb.derived.conflicts.load import Actors, CardRows, load_claims
from kb.derived.conflicts.model import ClaimFacts, Detected
from kb.derived.conflicts.vocabulary import Categories
from kb.derived.phases import phase
from kb.sparql.rows import plain_rows
from kb.store import Store


@dataclass
class Delta:
    """The articles whose recorded facts differ from the stored ones, before and after."""

    old: dict[str, str] = field(default_factory=dict)
    new: dict[str, str] = field(default_factory=dict)
    new_claims: dict[str, list[ClaimFacts]] = field(default_factory=dict)
    markers: list[str] = field(default_factory=list)
    cards: CardRows = field(default_factory=dict)
    """The new claims' card rows, read with their facts (embedded store; ``cards.card_triples``)."""

    @property
    def articles(self) -> set[str]:
        return {a for a in self.old.keys() | self.new.keys() if self.old.get(a) != self.new.get(a)}

    def claims(self) -> tuple[list[ClaimFacts], list[ClaimFacts]]:
        """The changed articles' claims as recorded (before) and as stored (after)."""
        changed = self.articles
        before = [c for a in changed if a in self.old for c in groups.decode(self.old[a])[1]]
        after = [c for a in changed for c in self.new_claims.get(a, [])]
        return before, after


def delta(store: Store, actors: Actors, cats: Categories, found: state.Changes | None = None) -> Delta:
    """What changed since the last refresh (``found``, else read here): marked articles and those added or deleted
    unmarked."""
    found = state.changes(store) if found is None else found
    out = Delta(markers=found.markers)
    if not found.articles:
        return out
    # a syndicated copy counts under its original's publisher (``load._source``): when the original changes or goes,
    # so do the copy's facts
    found.articles |= {str(r["copy"]) for r in plain_rows(store, "copies-of", original=_iris(sorted(found.articles)))}
    wanted = sorted(found.articles)
    out.old = state.records(store, wanted)
    existing = {str(r["article"]): r["published"] for r in timeline.articles_of(plain_rows(store, "article-order",
                                                                                  article=_iris(wanted)))}
    by_article: dict[str, list[ClaimFacts]] = {a: [] for a in existing}
    for c in load_claims(store, actors, cats, articles=sorted(existing), cards=out.cards):
        by_article.setdefault(c.article, []).append(c)
    out.new_claims = by_article
    out.new = {a: groups.encode(existing.get(a), claims) for a, claims in by_article.items()}
    return out


def _iris(values: Iterable[str]) -> list[URIRef]:
    return [URIRef(v) for v in values]


class View:
    """Claims of some groups as they are now: recorded facts, with the changed articles' new facts instead.

    A refresh loads overlapping groups a dozen times (measures, their wholes, propositions, denial windows), so each
    tag's articles, each article's decoded claims and each claim's tags are read or computed once (computing the
    tags of every loaded claim again was 1 s of a 5 s one-article refresh at 40k claims)."""

    def __init__(self, store: Store, d: Delta) -> None:
        self.store, self.delta, self.changed = store, d, d.articles
        self._tagged: dict[str, set[str]] = {}
        self._texts: dict[str, str] = {}
        self._claims: dict[str, list[ClaimFacts]] = {}
        self._tags: dict[str, dict[int, set[str]]] = {}
        self._records: dict[object, tuple[str, str] | None] = {}
        self._whole: recorded.Recorded | None = None
        """Every record decoded and indexed at once, for a large write (``recorded.WHOLE_FROM``)."""
        self.digests: dict[str, dict[str, str]] = {}
        """Group tag → its stored findings' digests, for the groups ``stored_members`` read (embedded store): the
        diff reads no group twice (``findings_diff.stored_digests``)."""

    def load(self, tags: set[str], *, now: bool = True) -> tuple[list[ClaimFacts], list[ClaimFacts]]:
        """(claims in one of ``tags``, every claim of the articles those come from); ``now=False``: as recorded."""
        if not tags:
            return [], []
        whole = self._recorded()
        everything: list[ClaimFacts] = []
        if whole is not None:  # the recorded claims in ``tags`` by the index in memory, not tested one by one
            articles, matched = whole.find(tags)
            for article in sorted(articles):
                if not (now and article in self.changed):
                    everything += whole.claims[article]
            found = [c for c in everything if id(c) in matched]
        else:
            for article in sorted(self._articles(tags)):
                if not (now and article in self.changed):
                    everything += self._decoded(article)
        within = self._within(tags)
        if whole is None:
            found = [c for c in everything if within(c)]
        if now:
            for article in self.changed:
                claims = self.delta.new_claims.get(article, [])
                if any(within(c) for c in claims):
                    everything += claims
                    found += [c for c in claims if within(c)]
        return found, everything

    def _recorded(self) -> recorded.Recorded | None:
        """Every record, read once, when this write changed ``recorded.WHOLE_FROM`` articles or more (embedded
        store); None: records are read by their tags."""
        if self._whole is None and len(self.changed) >= recorded.WHOLE_FROM and self.store.capabilities.embedded:
            self._whole = recorded.Recorded.read(self.store, self._claims)
            self._claims.update(self._whole.claims)
        return self._whole

    def _within(self, tags: set[str]) -> Callable[[ClaimFacts], bool]:
        """Whether a claim has a tag among ``tags``, each kind's tags computed once per claim: a dictionary per kind,
        tested without building a set per claim (filtering 60k loaded claims was a fifth of a one-article write on
        the newsroom's 13.4k-article store)."""
        tables = [(kind, self._tags.setdefault(kind, {})) for kind in sorted({t.split("|", 1)[0] for t in tags})]

        def within(c: ClaimFacts) -> bool:
            key = id(c)
            for kind, known in tables:
                found = known.get(key)
                if found is None:
                    found = known[key] = groups.kind_tags(c, kind)
                if not found.isdisjoint(tags):
                    return True
            return False

        return within

    def _articles(self, tags: set[str]) -> set[str]:
        missing = tags - self._tagged.keys()
        for tag in missing:
            self._tagged[tag] = set()
        for tag, article, text in state.tagged(self.store, missing, self._records):
            self._tagged[tag].add(article)
            self._texts.setdefault(article, text)
        return set().union(*(self._tagged[t] for t in tags))

    def _decoded(self, article: str) -> list[ClaimFacts]:
        found = self._claims.get(article)
        if found is None:
            found = self._claims[article] = groups.decode(self._texts[article])[1]
        return found

    def stored_members(self, tags: set[str]) -> dict[str, set[str]]:
        """Group tags → the claim IRIs of the findings stored for them (``episodes``: a group's members)."""
        out: dict[str, set[str]] = {t: set() for t in tags}
        ordered = sorted(tags)
        if self.store.capabilities.embedded:
            for tag, finding, members, digest in native.group_pairs(self.store.ox, ordered,  # type: ignore[attr-defined]
                                                                    (MEMBER_LIST, DIGEST)):
                if members is not None:
                    out[tag].update(members.split())
                if digest is not None:
                    self.digests.setdefault(tag, {})[finding] = digest
            self.digests |= {tag: {} for tag in tags - self.digests.keys()}
            return out
        for i in range(0, len(ordered), 400):
            for r in plain_rows(self.store, "conflict-group-members", tag=[Literal(t) for t in ordered[i:i + 400]]):
                out[str(r["tag"])].update(str(r["members"]).split())
        return out

    def claims(self, iris: set[str]) -> list[ClaimFacts]:
        """The claims ``iris`` as they are now (a claim whose article is gone is left out)."""
        return [c for c in self.articles(_articles_of(self.store, iris)) if c.iri in iris]

    def articles(self, articles: set[str]) -> list[ClaimFacts]:
        """Every claim of ``articles`` as it is now."""
        out = [c for a in articles & self.changed for c in self.delta.new_claims.get(a, [])]
        unread = articles - self.changed - self._claims.keys()
        for article, text in state.records(self.store, unread).items():
            self._claims[article] = groups.decode(text)[1]
        for article in sorted(articles - self.changed):
            out += self._claims.get(article, [])
        return out


_ARTICLE = "https://w3id.org/claimkb/ns#article"


def _articles_of(store: Store, claims: set[str]) -> set[str]:
    """The articles the claims were said in: by look-up on the embedded store, else a bound query."""
    if store.capabilities.embedded:
        db, p = store.ox, ox.NamedNode(_ARTICLE)  # type: ignore[attr-defined]
        return {q.object.value for c in claims for q in db.quads_for_pattern(ox.NamedNode(c), p, None, None)}
    wanted, out = sorted(claims), set()
    for i in range(0, len(wanted), 200):
        out |= {str(r["article"]) for r in plain_rows(store, "claim-articles", claim=_iris(wanted[i:i + 200]))}
    return out


@dataclass
class Recomputed:
    """The findings of the touched groups, by group tag, ready for ``kb.derived.conflicts.refresh.findings``."""

    tags: set[str] = field(default_factory=set)
    conflicts: list[Detected] = field(default_factory=list)
    corroborations: list[clusters.Corroboration] = field(default_factory=list)
    series: list[clusters.Series] = field(default_factory=list)
    aggregates: list[clusters.Aggregate] = field(default_factory=list)
    comparisons: int = 0
    claims: int = 0
    summaries: dict[str, str | None] = field(default_factory=dict)
    """The states' summaries that changed (``sm|`` tag → JSON; None: gone), written with the findings."""
    was_aggregates: list[clusters.Aggregate] = field(default_factory=list)
    """The aggregates of the measures whose summaries changed, as the stored summaries give them: what is stored for
    them, whose triples the write then need not read back (``findings_diff``)."""
    digests: dict[str, dict[str, str]] = field(default_factory=dict)
    """Group tag → its stored findings' digests, for the groups read with the episodes' members (``View.digests``)."""


def recompute(store: Store, d: Delta, actors: Actors, cats: Categories) -> Recomputed:
    """Every finding of every group the changed claims were or are in."""
    before, after = d.claims()
    touched = [c for c in (*before, *after)]
    view, out, tally = View(store, d), Recomputed(), Counter[str]()
    label = actors.label
    with phase("series, summaries, aggregates") as p:
        _measures(view, touched, out, cats, label)
        p["series"], p["aggregates"] = len(out.series), len(out.aggregates)
    with phase("episodes") as p:
        numeric = episodes.recompute(view, touched, cats, label, tally)
        out.conflicts += numeric.conflicts
        out.tags |= numeric.tags
        out.claims += numeric.claims
        p["groups"], p["conflicts"], p["comparisons"] = len(numeric.tags), len(numeric.conflicts), tally["comparisons"]
    with phase("part-whole") as p:
        found, tags = part_whole.recompute(store, view, touched, out.summaries, actors, cats, tally)
        out.conflicts += found
        out.tags |= tags
        p["groups"], p["conflicts"] = len(tags), len(found)
    with phase("corroborations, accusations, denials"):
        _propositions(view, touched, out, label, cats, tally)
        found, tags = denial_groups.recompute(view, touched, label, tally)
        out.conflicts += found
        out.tags |= tags
    out.comparisons = tally["comparisons"]
    out.digests = view.digests
    return out


def _propositions(view: View, touched: list[ClaimFacts], out: Recomputed, label: figures.Labeller, cats: Categories,
                  tally: Counter[str]) -> None:
    """Corroborations of the touched propositions, mutual accusations of the touched pairs of states."""
    props = {groups.proposition(c) for c in touched}
    claims, _ = view.load(props)
    out.corroborations = clusters.corroborations(clusters.propositions(claims), label, cats)
    out.tags |= {"c|" + t for t in props}
    pairs = {t for c in touched for t in groups.tags(c) if t.startswith("a|")}
    claims, _ = view.load(pairs)
    found = accusations.mutual_accusations(clusters.propositions(c for c in claims if c.type == "accusation"),
                                           label, tally)
    out.conflicts += [x for x in found if group_of(x) in pairs]
    out.tags |= pairs


def _measures(view: View, touched: list[ClaimFacts], out: Recomputed, cats: Categories,
              label: figures.Labeller) -> None:
    """Series and summaries of the states whose figures changed, from their figures only; aggregates of their
    measures from every state's summary (``kb.derived.conflicts.summaries``)."""
    mine = {groups.speaker_measure(c.speaker_root, c.parties, c.category or "") for c in touched
            if groups.is_figure(c)}
    if not mine:
        return
    measures = {groups.parse_speaker_measure(t)[1] for t in mine}
    claims, _ = view.load(mine)
    out.claims += len(claims)
    by = figures.by_measure(figures.figure_propositions(clusters.propositions(claims)))
    out.series = clusters.series([p for group in by.values() for p in group], label, cats)
    now = summaries.by_state(by)
    stored = summary_records.read(view.store, measures)
    texts = {tag: summaries.encode(s) for tag, s in now.items()}
    out.summaries = {tag: texts.get(tag) for tag in mine if stored.get(tag) != texts.get(tag)}
    others = {tag: summaries.decode(text) for tag, text in stored.items() if tag not in mine}
    out.aggregates = summaries.aggregates(others | now, label, cats)
    if view.store.capabilities.embedded:  # elsewhere the difference is taken on lines read back (``findings_diff``)
        out.was_aggregates = _as_stored(others | now, stored, set(out.summaries), label, cats)
    out.tags |= mine | measures


REMADE_MAX = 8
"""Past this many changed measures the aggregates are read back (``_as_stored``): a batch that changes every measure
(52 on the newsroom store) decoded every changed state's summary as well, for as much CPU as the read (0.9 against
1.0 s for 1,000 articles) and 50 MB more at its peak."""


def _as_stored(every: dict[str, summaries.Summary], stored: dict[str, str], changed: set[str],
               label: figures.Labeller, cats: Categories) -> list[clusters.Aggregate]:
    """The aggregates of the measures with a ``changed`` summary as their stored summaries give them (``every``: the
    summaries as they are now, the ``changed`` ones' stored text decoded instead): what the write replaces.  Why: an
    aggregate's triples (each month's estimates and the claims they derive from; up to 5k for one measure on the
    newsroom's 13.4k-article store) were read back by look-ups to take a write's difference, 30-50 ms a one-article
    write; made again from the summaries they cost a few.  ``findings_diff`` uses them only when their
    digest is the stored one, else it reads the triples back as before."""
    measures = {groups.parse_speaker_measure(t)[1] for t in changed}
    if not measures or len(measures) > REMADE_MAX:
        return []
    kept = {tag: s for tag, s in every.items()
            if tag not in changed and groups.parse_speaker_measure(tag)[1] in measures}
    before = {tag: summaries.decode(text) for tag, text in stored.items() if tag in changed}
    return summaries.aggregates(kept | before, label, cats)


def group_of(item: Detected | clusters.Corroboration | clusters.Series | clusters.Aggregate) -> str:
    """The group a finding belongs to (stored with it as ``st:group``): what an incremental refresh replaces."""
    if isinstance(item, clusters.Corroboration):
        return "c|" + groups.proposition(item.proposition.first)
    if isinstance(item, clusters.Series):
        return groups.speaker_measure(item.speaker, item.parties, item.category)
    if isinstance(item, clusters.Aggregate):
        return groups.measure(item.parties, item.category)
    first = item.claims[0]
    if item.kind in ("numeric", "same-side"):
        return episodes.group(item)
    if item.kind == "part-whole":
        return item.group or groups.part_whole(groups.measure(first.parties, first.category or ""), first.date)
    if item.kind == "mutual-accusation":
        return groups.pair(first.speaker_root, item.claims[-1].speaker_root)
    return "dz|" + groups.proposition(first)
