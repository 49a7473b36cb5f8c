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

from kb.derived.conflicts.denial_owners import numbers as _numbers
from kb.derived.conflicts.denial_owners import own_losses, owner, owner_test
from kb.derived.conflicts.model import (
    ClaimFacts,
    Detected,
    Proposition,
    day,
    figure,
    identity,
    involved_actors,
    week,
)

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
    "sudah", "akan", "tidak", "bahwa", "itu", "ini", "para", "pihak", "terhadap", "tentang", "azeri", "tersebut",
    "out",
))
"""Function words (and "Azeri", a party's name its labels do not spell) are no topic: "tentang serangan terhadap
Ganja" shared only "terhadap" (against) with a charge of war crimes, and "Azeri" with a strike on another city."""


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
        runs: dict[str, list[tuple[Proposition, Proposition]]] = defaultdict(list)
        for a in forward:
            for b in index.candidates(a, window, tally):
                runs[_episode(a, b)].append((a, b))
        found += [_mutual(run, label, f"{accuser}|{accused}|{key}") for key, run in runs.items()]
    return found


def _episode(a: Proposition, b: Proposition) -> str:
    """One finding per pair of states and week (or, undated, per article): "both sides accused each other" told in
    four sentences of one report, or by three reports of one week, is one exchange of blame, not a dozen conflicts
    (one real article gave six findings for one pair)."""
    if a.date is not None and b.date is not None:
        return "w" + week(min(a.date, b.date))
    shared = sorted({c.article for c in a.claims} & {c.article for c in b.claims})
    return "a" + (shared[0] if shared else min(c.article for c in (*a.claims, *b.claims)))


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


def _mutual(run: list[tuple[Proposition, Proposition]], label: Labeller, episode: str) -> Detected:
    """One exchange of blame: its first pair in words, how many more pairs it holds, all their claims (in an order
    of their own: the candidates come from sets, and the text must not change between two refreshes).  Named by
    its pair of states and ``episode`` (rules 30), not by its claims: it keeps its IRI as accusations join it."""
    run = sorted(run, key=lambda ab: (ab[0].date or date.max, ab[0].first.iri, ab[1].date or date.max,
                                      ab[1].first.iri))
    a, b = run[0]
    x, y = a.first, b.first
    more = len(run) - 1
    again = f" They accuse each other {more} more time{'s' if more > 1 else ''} in that exchange." if more else ""
    text = (f"{label(x.speaker_root)} and {label(y.speaker_root)} accuse each other: {label(x.speaker_root)} "
            f"accuses {label(y.speaker_root)} of “{x.object or 'wrongdoing'}” ({day(x.date)}) and "
            f"{label(y.speaker_root)} accuses {label(x.speaker_root)} of “{y.object or 'wrongdoing'}” ({day(y.date)})."
            f"{again}")
    forward = list({id(p): p for p, _ in run}.values())
    back = list({id(p): p for _, p in run}.values())  # last: the finding's group is its first and last speakers
    claims = [c for p in (*forward, *back) for c in p.claims]
    return Detected("mutual-accusation", claims, text, involved_actors(*forward, *back), identity=episode)


def denials(props: list[Proposition], label: Labeller, tally: Counter[str],
            window: int = DENIAL_WINDOW_DAYS, wanted: Callable[[Proposition], bool] | None = None) -> list[Detected]:
    """A denial and the claim it denies: the denier is the claim's subject, or the denial names the
    claim's speaker; the claim came first (within the window, or in the same article).

    - A denial of a figure ("rejected the figure", "menolak angka itu", "denied the losses") answers the figure
      it names (its number), else the nearest figure of the other side before it in the same article; of the
      figures by whom it names when it names whose ("Baku's claim"), of those counting the denier's side when it
      denies losses and names no figure ("denied any casualties"; ``_figure_target``).
    - Any other denial answers the claims it shares topic words with.
    - A bare denial ("X denied it") answers only the other side's claim just before it in the same article: across
      articles, nothing in it says what it answers, and linking nothing beats linking something wrong.

    ``wanted``: only the denials it accepts are judged (an incremental refresh loads the context of a few denials, in
    which stand many more it does not recompute)."""
    by_speaker: dict[str, _Dated] = defaultdict(_Dated)
    by_subject: dict[str, _Dated] = defaultdict(_Dated)
    for p in props:
        if p.first.type != "denial":
            by_speaker[p.first.speaker_root].add(p)
            for party in p.first.parties:
                by_subject[party].add(p)
    found = []
    for d in (p for p in props if p.first.type == "denial" and (wanted is None or wanted(p))):
        denier = d.first.speaker_root
        pool = {id(c): c for c in by_subject[denier].before(d, window)} if denier in by_subject else {}
        for party in d.first.parties & by_speaker.keys():
            pool.update({id(c): c for c in by_speaker[party].before(d, window)})
        others = [c for c in pool.values() if c.first.speaker_root != denier]
        tally["comparisons"] += len(others)
        if denies_figure(d.first):
            target = _figure_target(d, others, label)
            found += [denial_of(d, target, label)] if target is not None else []
            continue
        words = topic(d.first, label)
        if not words:
            target = _nearest_before(d, others, _DENIABLE)
            found += [denial_of(d, target, label)] if target is not None else []
            continue
        found += [denial_of(d, c, label) for c in others if _answers(d, c, words & topic(c.first, label))]
    return found


_GENERIC = frozenset(_stem(w) for w in (
    "attack", "attacks", "attacked", "attacking", "strike", "strikes", "struck", "airstrike", "airstrikes", "air",
    "shelled", "shelling", "fire", "fired", "firing", "kill", "killed", "killing", "killings", "bomb", "bombed",
    "bombing", "bombings", "shoot", "shooting", "shootings", "shot", "carry", "carried", "carrying", "launched",
    "launching", "serangan", "menyerang", "udara", "tewas", "bunuh", "membunuh", "tembak", "menembak", "melakukan",
))
"""Stems of the verbs every war charge shares (attack, strike, kill, serangan, tewas) and of those that carry them
("carrying out", "launched", "melakukan"): across articles they say nothing about which charge a denial answers
("denied carrying out any attack" is not an answer to an attack on other cities nine days before; rules 27). Stemmed
here as ``topic`` stems them, so each inflection is one ("killings" is "killi", "killed" "kill"); ``_stem`` cuts at
five letters, so "membunuh" and "membuat" meet at "membu"."""


def _answers(d: Proposition, c: Proposition, shared: frozenset[str]) -> bool:
    """Whether a denial answers a claim it shares topic words with: any shared word in the same article, else a word
    that is not a stem every war charge shares (a place, "ethnic cleansing", "missiles")."""
    if not shared:
        return False
    if any(x.article == y.article for x in d.claims for y in c.claims):
        return True
    return bool(shared - _GENERIC)


_DENIABLE = frozenset({"accusation", "casualty"})
_FIGURE_TYPES = frozenset({"casualty"})
_FIGURE_WORDS = re.compile(r"\b(?:figures?|toll|numbers?|losses|casualt\w*|death toll|angka\w*|jumlah|data|klaim"
                           r"|kerugian)\b", re.IGNORECASE)


_DEAD = re.compile(r"\b(?:died|dead|deaths?|killed|casualt\w*|losses|wounded|injured|tewas|meninggal|korban"
                   r"|terluka|gugur)\b", re.IGNORECASE)
_CLAIM_THAT = re.compile(r"\b(?:klaim|claims?)\b(?:\W+\w+){0,3}?\W+(?:bahwa|that)\b", re.IGNORECASE)
"""A claim *that* something is so ("klaim Baku bahwa pasukan Armenia ada di sana") denies a fact, not a
figure: it was linked to the nearest toll before it (rules 23)."""


def denies_figure(c: ClaimFacts) -> bool:
    """A denial of a figure: it gives one ("not 600"), or its object is about figures ("angka itu", "the toll"),
    unless it names a claim that something is so and no number."""
    if c.has_figure:
        return True
    if c.object and _DEAD.search(c.object) and _numbers(c):
        return True  # "Baku's claim that five Armenian soldiers died": a number of dead is a figure
    if not c.object or not _FIGURE_WORDS.search(c.object):
        return False
    return not (_CLAIM_THAT.search(c.object) and not _numbers(c))


def _figure_target(d: Proposition, others: list[Proposition], label: Labeller) -> Proposition | None:
    """The figure a denial of a figure answers: among the figures by whom it names ("Baku's claim", "angka Hamas",
    "the rebel figure"), or, naming no one and denying losses without a figure ("any casualties"), among those
    counting the denier's side; the one whose number it names, else the nearest before it in its article.  Naming
    someone none of them is, it answers none: the nearest is then another speaker's, which it did not deny (session
    33: "rejected the rebel figure" was linked to a police chief's 12 given between the two)."""
    x = d.first
    name = owner(x)
    if name is not None:
        by = owner_test(name, label)
        others = [c for c in others if by(c.first)]
    elif own_losses(x):
        others = [c for c in others if x.speaker_root in c.first.parties]
    return _named_figure(d, others) or _nearest_before(d, others, _FIGURE_TYPES)


def _named_figure(d: Proposition, others: list[Proposition]) -> Proposition | None:
    """The figure claim whose number the denial names ("Russia's claim that 600 soldiers died"): one giving that
    very number before one whose lower bound is one above it ("5" is not "at least 6" when another gave 5), nearest
    first."""
    numbers = _numbers(d.first)
    hits = [c for c in others if _gives(c.first, numbers)]
    return max(hits, key=lambda c: (bool({c.first.qmin, c.first.qmax} & numbers), c.date or date.min,
                                    c.first.iri)) if hits else None


def _gives(c: ClaimFacts, numbers: set[int]) -> bool:
    """Whether a claim gives a figure among ``numbers`` (or one more than its lower bound: "more than 599")."""
    return c.type in _FIGURE_TYPES and c.has_figure and bool(
        {c.qmin, c.qmax} & numbers or (c.qmin is not None and c.qmin - 1 in numbers))


def may_answer(denials_: Iterable[Proposition], label: Labeller) -> Callable[[ClaimFacts, bool], bool]:
    """A test of a claim: whether ``denials`` may find that its proposition answers one of ``denials_``.  Taken as
    the first attestation of its proposition (``beside`` False: a claim of a denial's window, from another article),
    a figure's denial answers there only a figure it names (``_named_figure``), a denial with topic words only a claim
    sharing one (``_answers``), a bare denial nothing.  A claim standing in a denial's articles (``beside``) need not be
    its proposition's first: a figure's denial answers only a figure, a bare one a charge or a figure
    (``_nearest_before``), one with topic words any claim (its first's words are not this claim's).  Either way an
    answer is by another speaker than the denier, about the denier or by a party the denial names: facts every
    attestation of a proposition shares.

    Why: an incremental refresh judging a few denials read every claim by and about their parties in their windows,
    each as its whole proposition (``kb.derived.conflicts.denial_groups``: 4-5k records looked up for the denials of
    one new article on the newsroom's 13.4k-article store, a third of its look-ups), when a handful could answer."""
    asked = []
    for d in denials_:
        x = d.first
        asked.append((x.speaker_root, x.parties, _numbers(x) if denies_figure(x) else None, topic(x, label)))

    def test(c: ClaimFacts, beside: bool) -> bool:
        if c.type == "denial":
            return False
        mine: frozenset[str] | None = None
        for denier, parties, numbers, words in asked:
            if c.speaker_root == denier or (denier not in c.parties and c.speaker_root not in parties):
                continue
            if beside:
                if numbers is not None:
                    found = c.type in _FIGURE_TYPES and c.has_figure
                else:
                    found = bool(words) or c.type in _DENIABLE
            elif numbers is not None:
                found = _gives(c, numbers)
            else:
                mine = topic(c, label) if mine is None and words else mine
                found = bool(words and mine and words & mine)
            if found:
                return True
        return False

    return test


def _nearest_before(d: Proposition, others: list[Proposition], types: frozenset[str]) -> Proposition | None:
    """The other side's claim of ``types`` nearest before the denial in the denial's own article."""
    best: tuple[int, str, Proposition] | None = None
    for x in d.claims:
        for c in others:
            if c.first.type not in types or (types is _FIGURE_TYPES and not c.first.has_figure):
                continue
            for y in c.claims:
                if y.article == x.article and y.start <= x.start and (best is None or (y.start, y.iri) > best[:2]):
                    best = (y.start, y.iri, c)
    return best[2] if best is not None else None


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


def denial_of(d: Proposition, c: Proposition, label: Labeller) -> Detected:
    """The finding of the denial ``d`` answering ``c`` (``denial_groups`` makes a stored one again from both)."""
    x, y = d.first, c.first
    said = f"“{x.object}”" if x.object else "a denial"
    if y.has_figure and y.type in _FIGURE_TYPES:
        what = f"{figure(y)} {y.unit}" if y.unit else figure(y)
        text = (f"{label(x.speaker_root)} rejects the figure {label(y.speaker_root)} gave on {day(y.date)} "
                f"({what}{'; parties: ' + _names(y.parties, label) if y.parties else ''}): {said} ({day(x.date)}).")
    else:
        what = y.object or y.type
        text = f"{label(x.speaker_root)} denies what {label(y.speaker_root)} claimed on {day(y.date)} (“{what}”): " \
               f"{said} ({day(x.date)})."
    return Detected("denial", [*d.claims, *c.claims], text, involved_actors(d, c),
                    identity=f"{identity(d)}||{identity(c)}")  # the denial and the claim it answers (rules 30)


def _names(parties: frozenset[str], label: Labeller) -> str:
    return ", ".join(sorted(label(p) for p in parties))
