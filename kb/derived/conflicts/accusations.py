"""Rules over who blames whom: mutual accusations and denials.

Accusations are grouped by the unordered pair {accuser, accused} (states, after ``ckb:represents``)
and matched only against the other direction of the same pair, through an index on topic words and
sentences, inside a time window; denials are matched only against claims by the party they name or
about the denier.  Topic overlap is deliberately loose (shared word stems of the objects, party
names left out), since the objects are a few words written by different people.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import date, timedelta

from kb.derived.conflicts.model import ClaimFacts, Detected, Proposition, day, figure, involved_actors

Labeller = Callable[[str], str]
MUTUAL_WINDOW_DAYS = 7
DENIAL_WINDOW_DAYS = 14
"""A denial answers a claim made up to two weeks before it (or the same article)."""
_STEM = 5
_STOP = frozenset((
    "the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "with", "by", "at", "from", "that", "this",
    "its", "their", "his", "her", "was", "were", "has", "have", "had", "is", "are", "be", "been", "not", "no",
    "did", "does", "do", "it", "they", "them", "as", "into", "over", "against", "along", "near", "any", "all",
    "other", "each", "yang", "dan", "di", "ke", "dari", "dengan", "untuk", "pada", "oleh", "atas", "telah",
    "sudah", "akan", "tidak", "bahwa", "itu", "ini", "para", "pihak",
))


def topic(c: ClaimFacts, label: Labeller) -> frozenset[str]:
    """Word stems of what a claim is about (object, unit, figures), without party names."""
    words = " ".join(x for x in (c.object, c.unit) if x)
    numbers = {str(n) for n in (c.qmin, c.qmax) if n is not None}
    names = {_stem(w) for a in {*c.subjects, *c.parties, c.speaker, c.speaker_root}
             for w in _WORD.findall(label(a).casefold())}
    stems = {_stem(w) for w in _WORD.findall(words.casefold()) if w not in _STOP and len(w) > 2}
    return frozenset((stems - names) | numbers)


_WORD = re.compile(r"\w+(?:-\w+)*")
_SUFFIX = re.compile(r"(?:ing|ed|es|s)$")


def _stem(word: str) -> str:
    """A crude stem: drop an English inflection, keep five letters ('shelled', 'shelling' → 'shell')."""
    return (_SUFFIX.sub("", word) if len(word) > 4 else word)[:_STEM]


def mutual_accusations(props: Iterable[Proposition], label: Labeller, tally: Counter[str],
                       window: int = MUTUAL_WINDOW_DAYS) -> list[Detected]:
    """A accuses B and B accuses A of the same thing: same sentence, or shared topic close in time."""
    directed: dict[tuple[str, str], list[Proposition]] = defaultdict(list)
    for p in props:
        c = p.first
        if c.type == "accusation":
            for accused in c.parties - {c.speaker_root}:
                directed[(c.speaker_root, accused)].append(p)
    found = []
    for (accuser, accused), forward in sorted(directed.items()):
        if accuser > accused or (accused, accuser) not in directed:
            continue  # each unordered pair once, and only when both directions exist
        index = _Index(directed[(accused, accuser)], label)
        for a in forward:
            for b in index.candidates(a, window, tally):
                found.append(_mutual(a, b, label))
    return found


class _Index:
    """Propositions of one direction, reachable by shared sentence or by topic stem."""

    def __init__(self, props: list[Proposition], label: Labeller) -> None:
        self.label = label
        self.by_sentence: dict[tuple[str, int], list[Proposition]] = defaultdict(list)
        self.by_stem: dict[str, list[Proposition]] = defaultdict(list)
        for p in props:
            for c in p.claims:
                self.by_sentence[(c.article, c.start)].append(p)
            for stem in topic(p.first, label):
                self.by_stem[stem].append(p)

    def candidates(self, a: Proposition, window: int, tally: Counter[str]) -> list[Proposition]:
        same_sentence = {id(b): b for c in a.claims for b in self.by_sentence.get((c.article, c.start), ())}
        near = {id(b): b for s in topic(a.first, self.label) for b in self.by_stem.get(s, ())}
        tally["comparisons"] += len(same_sentence) + len(near)
        out = list(same_sentence.values())
        out += [b for k, b in near.items() if k not in same_sentence and _close(a, b, window)]
        return out


def _close(a: Proposition, b: Proposition, window: int) -> bool:
    """Within ``window`` days, or (undated) reported in the same article."""
    if a.date is not None and b.date is not None:
        return abs((a.date - b.date).days) <= window
    return bool({c.article for c in a.claims} & {c.article for c in b.claims})


def _mutual(a: Proposition, b: Proposition, label: Labeller) -> Detected:
    x, y = a.first, b.first
    text = (f"{label(x.speaker_root)} and {label(y.speaker_root)} accuse each other: {label(x.speaker_root)} "
            f"accuses {label(y.speaker_root)} of “{x.object or 'wrongdoing'}” ({day(x.date)}) and "
            f"{label(y.speaker_root)} accuses {label(x.speaker_root)} of “{y.object or 'wrongdoing'}” ({day(y.date)}).")
    return Detected("mutual-accusation", [*a.claims, *b.claims], text, involved_actors(a, b))


def denials(props: list[Proposition], label: Labeller, tally: Counter[str],
            window: int = DENIAL_WINDOW_DAYS) -> list[Detected]:
    """A denial and the claim it denies: the denier is the claim's subject, or the denial names the
    claim's speaker; the claim came first (within the window, or in the same article); they share a topic."""
    by_speaker: dict[str, _Dated] = defaultdict(_Dated)
    by_subject: dict[str, _Dated] = defaultdict(_Dated)
    for p in props:
        if p.first.type != "denial":
            by_speaker[p.first.speaker_root].add(p)
            for party in p.first.parties:
                by_subject[party].add(p)
    found = []
    for d in (p for p in props if p.first.type == "denial"):
        denier = d.first.speaker_root
        pool = {id(c): c for c in by_subject[denier].before(d, window)} if denier in by_subject else {}
        for party in d.first.parties & by_speaker.keys():
            pool.update({id(c): c for c in by_speaker[party].before(d, window)})
        words = topic(d.first, label)
        for c in pool.values():
            tally["comparisons"] += 1
            if c.first.speaker_root != denier and (words & topic(c.first, label) or _answers_in_article(d, c)):
                found.append(_denial(d, c, label))
    return found


_DENIABLE = frozenset({"accusation"})


def _answers_in_article(d: Proposition, c: Proposition) -> bool:
    """Without shared words, only an assertion of fact in the same article can be what a bare
    "X denied" answers: a call, talks or a ceasefire reported beside it is not what is denied."""
    return c.first.type in _DENIABLE and _same_article(d, c)


class _Dated:
    """Propositions sorted by date, to fetch those a denial can answer without scanning the rest."""

    def __init__(self) -> None:
        self.items: list[tuple[date, str, Proposition]] = []
        self.undated: list[Proposition] = []
        self.by_article: dict[str, list[Proposition]] = defaultdict(list)
        self._sorted = True

    def add(self, p: Proposition) -> None:
        if p.date is None:
            self.undated.append(p)
        else:
            self.items.append((p.date, p.first.iri, p))
            self._sorted = False
        for c in p.claims:
            self.by_article[c.article].append(p)

    def before(self, d: Proposition, window: int) -> list[Proposition]:
        """Claims made up to ``window`` days before ``d`` (or on its day), plus those in d's articles."""
        out = [p for c in d.claims for p in self.by_article.get(c.article, ())]
        if d.date is None:
            return out
        if not self._sorted:
            self.items.sort(key=lambda t: (t[0], t[1]))
            self._sorted = True
        lo = bisect.bisect_left(self.items, d.date - timedelta(days=window), key=lambda t: t[0])
        hi = bisect.bisect_right(self.items, d.date, key=lambda t: t[0])
        return out + [t[2] for t in self.items[lo:hi]]


def _same_article(a: Proposition, b: Proposition) -> bool:
    return bool({c.article for c in a.claims} & {c.article for c in b.claims})


def _denial(d: Proposition, c: Proposition, label: Labeller) -> Detected:
    x, y = d.first, c.first
    what = y.object or (f"{figure(y)} {y.unit}" if y.unit else y.type)
    text = (f"{label(x.speaker_root)} denies what {label(y.speaker_root)} claimed on {day(y.date)} "
            f"(“{what}”): “{x.object or 'denied'}” ({day(x.date)}).")
    return Detected("denial", [*d.claims, *c.claims], text, involved_actors(d, c))


