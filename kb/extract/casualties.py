"""Casualty figures: a quantity, a victim noun and a killing or wounding word near them.

"sedikitnya 120 tentara Azerbaijan gugur" is 120+ soldiers killed on the Azerbaijani side;
"menelan kira-kira 90 jiwa, di antaranya belasan warga sipil" is two figures; "korban jiwa warga
sipil" is a report without a number.  A number with a victim noun but no killing or wounding
word (arrested, evacuated) is not a casualty.  A number with no victim noun after it is read in
``bare_figures``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kb.extract import lexicon
from kb.extract.article_parties import ArticleParties
from kb.extract.bare_figures import TOLL as _TOLL
from kb.extract.bare_figures import WOUND_OR_KILL as _WOUND_OR_KILL
from kb.extract.bare_figures import bare_figure
from kb.extract.collective import collective
from kb.extract.coordinated import another, joined, next_hurt
from kb.extract.figure import INCLUDING as _INCLUDING
from kb.extract.figure import Figure, counts, past_aside
from kb.extract.figure import unit as _unit
from kb.extract.hurt import WOUNDED_WORD as _WOUNDED
from kb.extract.hurt import predicate
from kb.extract.included import among_hurt, included_hurt, names_a_part
from kb.extract.lists import item_hurt, track
from kb.extract.mentions import Mention
from kb.extract.named_victims import named_victims
from kb.extract.negated_counts import negated
from kb.extract.partitives import base_count, died_of_them, of_victims, part_of_them
from kb.extract.quantities import Quantity, find_quantities
from kb.extract.reach import far_hurt, object_hurt
from kb.extract.recalled import recalled
from kb.extract.scope import clause, figure_scope
from kb.extract.sides import sides
from kb.extract.singular import singular_victims
from kb.extract.states import a_state as _a_state
from kb.extract.sums import summed
from kb.extract.toll_parts import people_of, vague_scope, worst_or_missing
from kb.extract.tolls import named_toll, toll_reached
from kb.extract.unhurt import a_source, head_count, moved, not_hurt
from kb.extract.unquantified import unquantified
from kb.extract.victim_makeup import victim_makeup
from kb.extract.victims_of import MODIFIER_STOPS as _MODIFIER_STOPS
from kb.extract.victims_of import NOUN as _NOUN
from kb.extract.victims_of import own_side, people_after, victims, written_as

# "300 orang di dua kamp tewas", "40 people in three villages were killed": a count of places inside the victims'
# noun phrase, which does not end the first figure's reach
_IN_PLACES = re.compile(r"(?<![\w-])(?:di|in|at|across|dari|from)\s+$", re.IGNORECASE)
_HURT = re.compile(rf"(?<![\w-])(?:{_WOUND_OR_KILL})(?![\w-])", re.IGNORECASE)
_BREAK = re.compile(r";|(?<![\w-])(?:sementara|sedangkan|while|whereas)(?![\w-])", re.IGNORECASE)
_FILLER = re.compile(r"(?:\s+(?:of|orang|the|more|lebih|its|their|our|his|her|asal|from|[A-Z][\w'-]*))*?\s+$")
_MARKS = re.compile(r"[\"\u201c\u201d()]")  # "“14” civilians", "Puluhan (tentara)", "(31) people"


def _noun_after(norm: str, qty: Quantity) -> re.Match[str] | None:
    """The victim noun right after a quantity, past fillers such as "of", "orang" or "Armenian"."""
    for match in _NOUN.finditer(norm, qty.end, min(len(norm), qty.end + 45)):
        between = _MARKS.sub(" ", norm[qty.end : match.start()]) + " "  # "“14” civilians", "Puluhan (tentara)"
        if (between.strip() == "" or _FILLER.fullmatch(between) or _one_modifier(between)
                or _PARTICIPLE.fullmatch(between)):  # "90 killed servicemen"
            # "two of the victims were members of ...", "two of the dead were civilians": some of a toll told
            # before (``partitives``), no toll
            partitive = match.group(0).casefold() in ("victims", "dead") and "of" in between.split()
            return None if partitive else match
        return None
    return None


# A hurt participle before the victim noun: "reported 90 killed servicemen", "about 40 wounded civilians".
_PARTICIPLE = re.compile(r"\s+(?:killed|wounded|injured|slain)\s+", re.IGNORECASE)


def _one_modifier(between: str) -> bool:
    """ "three resistance fighters", "60 regime soldiers", "five other people": one lower-case word of
    the noun phrase between the number and the victim noun (no verb, preposition or hurt word)."""
    words = between.split()
    if 1 < len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words[1:]):
        words = words[:1]  # "a senior Hezbollah commander": the party after the modifier stays readable
    return (
        1 <= len(words) <= 2  # "two other shop workers", "three young aid volunteers": two words of the phrase
        and between.startswith(" ")
        and all(w.isalpha() and w.islower() and w not in _MODIFIER_STOPS for w in words)
    )


def _counted(norm: str) -> list[Quantity]:
    """The sentence's numbers that count people, with the victims written without one ("a 59-year-old man",
    "ketiga pejuang"), summed where one figure is told in parts ("a mother and her three sons": four) and
    "and another injured" after them, in text order."""
    quantities = [q for q in find_quantities(norm) if counts(norm, q)]
    ones = singular_victims(norm, []) + collective(norm, quantities)
    quantities = sorted([q for q in quantities if not any(o.start <= q.start < o.end for o in ones)] + ones,
                        key=lambda q: q.start)
    quantities = summed(norm, [q for q in quantities if not negated(norm, q)])  # "not a single soldier": nobody
    return sorted(quantities + another(norm, quantities), key=lambda q: q.start)


def _hurt_around(norm: str, qty: Quantity, noun: re.Match[str], bounds: tuple[int, int], figures: list[Figure],
                 following: list[Quantity], cls: str, key: str, article: ArticleParties | None) -> str | None:
    """What befell the victims when no verb next to the figure, nor a toll that reached it, says it: the casualties or
    injured it is among, the figure it is joined to or the one after it, a verb past the noun phrase, a toll
    named before it, "casualties" (killed and wounded in one), a list of the dead it is a line of."""
    lo, hi = bounds
    # "the casualties included seven children", "among the injured is a man"
    kind = included_hurt(norm, qty.start) or among_hurt(norm, qty.start, noun.end(), hi)
    if kind is None and figures and joined(norm, figures[-1].end, qty.start):
        kind = _hurt_of(figures[-1].unit)  # "killed four soldiers and three civilians"
    if kind is None:  # "two soldiers and three civilians were killed"
        kind = next_hurt(norm, noun.end(), following, cls, _noun_after)
    if kind is None:  # "600 tentara yang ditempatkan di kota itu tewas": past the noun phrase's tail
        kind = far_hurt(norm, noun.end(), hi) or object_hurt(norm, qty.start, lo)
    if kind is None and _TOLL.search(norm, max(0, qty.start - 60), qty.start):
        kind = "killed"  # "jumlah korban serangan ini sebanyak 24 orang", "korban jiwa sekitar 50 orang"
    if kind is None and (key == "casualties" or _CASUALTIES.match(norm, noun.end())):
        kind = "both"  # "16 civilian casualties", "12 casualties": killed and wounded in one figure
    if kind is None and not figures:
        kind = item_hurt(norm, article)  # "2 orang di Rafah" under a list of the dead
    return kind


def find_figures(
    norm: str, mentions: list[Mention], party: dict[int, str], article: ArticleParties | None = None
) -> list[Figure]:
    """Every casualty figure of a sentence; ``party`` maps mention starts to party labels; ``article`` is the
    article's state, where a list's opening toll is kept for its verbless lines (``lists``)."""
    figures: list[Figure] = []
    if norm.rstrip(" \"'\u201d").endswith("?"):
        return figures  # "Who was X, killed by Y in the shooting?": a question reports no toll
    breaks = [m.start() for m in _BREAK.finditer(norm)]
    quantities = _counted(norm)
    unreported: list[tuple[int, int]] = []  # figures of no toll now (``recalled``), whose nouns report none either
    for i, qty in enumerate(quantities):
        lo = max([b for b in breaks if b < qty.start] + [quantities[i - 1].end if i else 0])
        hi = min(
            [b for b in breaks if b > qty.end]
            + [next((q.start for q in quantities[i + 1:] if not _IN_PLACES.search(norm, max(0, q.start - 8), q.start)),
                    len(norm))]
        )
        if base_count(norm, qty, quantities[i + 1] if i + 1 < len(quantities) else None):
            continue  # "Of the 40 passengers, 11 were killed": those there, not those hurt
        if recalled(norm, qty.start, qty.end):
            unreported.append((qty.start, qty.end))
            continue
        if moved(norm, qty.start):
            continue  # "... and displaced over 3 million people": moved, not hurt
        # "lima korban tewas di antaranya adalah petani": the noun opens a part of a toll (``partitives``)
        noun = None if of_victims(norm, qty) is not None else _noun_after(norm, qty)
        if noun is None:
            head = next((f for f in reversed(figures) if not f.listed), None)
            later = died_of_them(norm, qty)  # "12 of them died on Tuesday": wounded who died, new deaths
            bare = (later or part_of_them(norm, qty, head) or people_after(norm, qty, mentions, party, lo, hi)
                    or bare_figure(norm, qty, figures, mentions, party)
                    or of_victims(norm, qty, figures[-1].unit if figures else None))  # "two of the victims were ..."
            if bare is not None:
                where = figure_scope(norm, qty.start, qty.end, first=not figures)
                where = replace(where, increment=True) if later is not None else where
                span = (bare.start, bare.end)
                around = sides(norm, span, clause(norm, *span), mentions, party, bare.cls)
                figures.append(replace(bare, scope=where, sides=replace(around, own=bare.own)))
            continue
        found = _noun_figure(norm, qty, noun, (lo, hi), figures, (quantities, i, breaks), (mentions, party, article))
        if found is not None:
            figures.append(found)
    figures = _parts_scoped(figures)
    track(norm, article, [_hurt_of(f.unit) for f in figures])
    # figures without a number read their clause's sides too ("banyak warga tewas dalam pengepungan yang dilakukan
    # X"), but are no party's own report of its people ("X killed several people": not X's own)
    vague = [replace(f, sides=replace(sides(norm, (f.start, f.end), clause(norm, f.start, f.end), mentions, party,
                                            f.cls), own_likely=False),
                     scope=vague_scope(norm, f))
             for f in unquantified(norm, figures, mentions, party)
             if not any(lo <= f.start <= hi + _NOUN_REACH for lo, hi in unreported)]
    vague += victim_makeup(norm, figures + vague)  # "most of the dead were women and children"
    return figures + vague + named_victims(norm, figures, mentions, party)


_NOUN_REACH = 30  # how far after a figure of no toll its noun may stand ("17 troops died"): no report without number


def _parts_scoped(figures: list[Figure]) -> list[Figure]:
    """A toll's breakdown ("including 11 children and 9 women") counts over what its toll counts over: a word
    next to a part ("pekan lalu" two words back) is the toll's, and a part scoped apart from its toll reads as
    another count (trial user31)."""
    out: list[Figure] = []
    head: Figure | None = None
    for figure in figures:
        if not figure.listed:
            head = figure
        elif (head is not None and figure.breakdown and not figure.scope.increment
              and figure.scope.scope != head.scope.scope):
            figure = replace(figure, scope=replace(figure.scope, scope=head.scope.scope, site=head.scope.site))
        out.append(figure)
    return out


def _noun_figure(norm: str, qty: Quantity, noun: re.Match[str], bounds: tuple[int, int], figures: list[Figure],
                 counted: tuple[list[Quantity], int, list[int]],
                 parties: tuple[list[Mention], dict[int, str], ArticleParties | None]) -> Figure | None:
    """The figure of a number with its victim noun, ``figures`` the sentence's figures before it; None when the
    victims were not hurt or nothing says what befell them.  ``counted``: the sentence's counted numbers, this
    one's index among them and the clause breaks; ``parties``: the mentions, their party labels and the article's
    state (``find_figures``)."""
    lo, hi = bounds
    quantities, i, breaks = counted
    mentions, party, article = parties
    key = re.sub(r"\s+", " ", noun.group(0).casefold())
    if (_a_state(norm, qty, noun.end()) or not_hurt(norm, noun.end()) or a_source(norm, qty.start)
            or head_count(norm, qty.start, noun.end(), key)):
        return None  # "four people were in a critical condition", "15 juta lainnya mengungsi": no figure of hurt
    cls = lexicon.CASUALTY_NOUNS.get(key) or lexicon.CASUALTY_NOUNS.get(key[:-3]) or "person"
    head = next((f for f in reversed(figures) if not f.listed), None)  # the toll, not an item of its aside
    if cls == "same":  # "79 others": of the toll before, not of who some of it were ("including 40 children",
        cls = head.cls if head else "person"  # "20 tewas, termasuk lima warga sipil, dan 60 lainnya luka")
    cls = "person" if people_of(norm, key, noun.end()) else cls  # "50 warga Palestina": people, not civilians
    named = named_toll(norm, qty.start, qty.end) if cls in ("person", "death") else None
    cls = named.cls if named else cls  # "jumlah tentaranya yang tewas mencapai 104 orang": soldiers
    kind = _verb_kind(norm, qty, noun, (key, cls), bounds, (quantities, breaks))
    listed = _listed(norm, qty, figures)
    if listed and (kind is None or _INCLUDING.search(norm, max(0, qty.start - 20), qty.start) is not None):
        # an item of a toll's list takes the toll's hurt, whatever verb follows the aside ("killed 16 people,
        # including two children, and injured 25": the children were killed)
        kind = "killed" if figures[-1].unit.endswith(("killed", "deaths")) else "wounded"
    if kind is None:
        kind = named.kind if named else toll_reached(norm, qty.start, qty.end)  # "Korban tewas ... menjadi 35.000"
    if kind is None:
        kind = _hurt_around(norm, qty, noun, (lo, hi), figures, quantities[i + 1 :], cls, key, article)
    if kind is None:
        return None
    where = figure_scope(norm, qty.start, qty.end, first=not figures)
    if where.increment and kind == "wounded" and not _WOUNDED.search(norm, noun.end(), hi):
        kind = "killed"  # "4 korban jiwa baru", "another 20": an increment counts deaths unless it says wounded
    subject = victims(norm, qty, noun, cls, mentions, party)
    own = own_side(norm, qty, noun) or bool(named and named.own)
    written: str | None = named.written if named else written_as(norm, qty, noun)
    if key in ("lainnya", "others") and figures:
        last = head or figures[-1]
        subject, own, written = last.subject, last.own, last.written
    found = replace(
        sides(norm, (qty.start, noun.end()), clause(norm, qty.start, noun.end()), mentions, party, cls),
        own=own and not subject,
    )
    part = ((key in lexicon.DEMOGRAPHIC_NOUNS and (listed or names_a_part(norm, qty.start, noun.end(), hi)))
            or worst_or_missing(norm, kind, noun.end(), hi))
    return Figure(
        qty.start, noun.end(), qty, _unit(cls, kind), subject, cls, listed, own and not subject, written, where,
        found, breakdown=part,
    )


def _verb_kind(norm: str, qty: Quantity, noun: re.Match[str], words: tuple[str, str], bounds: tuple[int, int],
               counted: tuple[list[Quantity], list[int]]) -> str | None:
    """What befell the victims by the words of the figure's own clause: "injuries", a predicate ("were killed"), a
    hurt participle before the noun ("90 killed servicemen"), or a predicate past an aside (", including ...,").
    ``words``: the victim noun as keyed and its class; ``counted``: the sentence's counted numbers and clause breaks."""
    key, cls = words
    lo, hi = bounds
    quantities, breaks = counted
    kind = ("wounded" if key == "injuries" or _INJURIES.match(norm, noun.end())  # "163 civilian injuries"
            else predicate(norm, qty.start, noun.end(), cls, lo, hi))
    kind = "killed" if key == "dead" and kind == "wounded" else kind  # "14 wounded and 3 dead": the dead
    participle = _PARTICIPLE.fullmatch(norm, qty.end, noun.start())  # "90 killed servicemen"
    if participle is not None and kind is None:  # "two injured people died": the verb says what befell them
        kind = "killed" if participle.group(0).strip().casefold() in ("killed", "slain") else "wounded"
    aside = past_aside(norm, noun.end(), breaks, [q.start for q in quantities]) if kind is None else None
    kind = predicate(norm, qty.start, aside[0], cls, lo, aside[1]) if aside else kind  # ", including ...,"
    return kind


def _listed(norm: str, qty: Quantity, figures: list[Figure]) -> bool:
    """Whether the figure is an item of the toll before it ("..., including two children"; "..., 3 women and 2
    children" after such an item), not a toll of its own."""
    return bool(figures) and (
        _INCLUDING.search(norm, max(0, qty.start - 20), qty.start) is not None
        or _AFTER_BARE_ITEM.search(norm, max(0, qty.start - 60), qty.start) is not None
        or (
            figures[-1].listed
            and re.search(r"(?:,|\band|\bdan|\bserta)\s*$", norm[: qty.start]) is not None
            and _HURT.search(norm, figures[-1].end, qty.start) is None  # "..., were killed and 79 others": a new
        )  # toll, its own verb after it, no item of the list before
    )


# a count after a bare plural of the list ("including worshippers and three medics", "termasuk jemaah dan tiga
# petugas medis"): an item of the toll as much as the first (session 33, batch 24); no number or clause break between
_AFTER_BARE_ITEM = re.compile(
    r"(?<![\w-])(?:including|termasuk)\s+(?:[^\W\d][\w'-]*\s+){1,3}(?:and|dan|serta)\s+$", re.IGNORECASE)
_CASUALTIES = re.compile(r"\s+casualties(?![\w-])", re.IGNORECASE)
_INJURIES = re.compile(r"\s+injuries(?![\w-])", re.IGNORECASE)


def _hurt_of(unit: str) -> str:
    return "both" if unit == lexicon.KILLED_AND_WOUNDED else "wounded" if "wounded" in unit else "killed"
