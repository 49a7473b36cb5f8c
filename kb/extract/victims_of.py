"""Whose victims a casualty figure counts, and how the text names them: a nationality before or after the noun
("350 Armenian soldiers", "personel penjaga perdamaian Rusia", "5,000 dead on the Armenian side"), the speaker's own
side ("its own losses", "31 tentaranya"), a plural demonym standing for the victims ("14,800 Palestinians had been
killed").

Why apart from ``casualties``: finding a figure and reading whose it is are two questions; this one reads only the
words around a figure already found.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.figure import Figure, past_aside
from kb.extract.figure import unit as _unit
from kb.extract.hurt import KILLED_WORD, WOUNDED_WORD, predicate
from kb.extract.mentions import Mention
from kb.extract.quantities import Quantity
from kb.extract.sides import POSSESSIVE_AFTER

NOUN = re.compile(rf"(?<![\w-])(?:{alternation(lexicon.CASUALTY_NOUNS)})(?:nya)?(?![\w-])", re.IGNORECASE)


_LOST = re.compile(
    r"\s+(?:(?:had|has|have|telah|sudah|juga|reportedly)\s+){0,2}(?:lost|kehilangan"
    # "Ukraine has reported the loss of 12 soldiers": its own, as "Ukraine lost 12 soldiers"
    r"|(?:reported|acknowledged|confirmed|admitted|announced)\s+the\s+loss\s+of)\s+(?:(?:its|their|some|over)\s+)?$",
    re.IGNORECASE,
)
OWN_BEFORE = re.compile(
    r"\b(?:its|their|our)\s+(?:own\s+)?(?:losses|casualties|dead|death\s+toll|toll)\b[^.;]{0,25}$"
    r"|\b(?:its|their|our)\s+(?:own\s+)?(?:forces|troops|army|military|side|units)\s+(?:(?:had|has|have)\s+)?lost\s+$"
    # the speaker's own losses by its pronoun: "Israel says it has lost 326 soldiers", "pihaknya kehilangan 40 tentara"
    r"|\b(?:it|they|we|pihaknya|kami)\s+(?:(?:had|has|have|telah|sudah)\s+)?(?:lost|kehilangan)\s+$"
    r"|\b(?:korban|kerugian)\s+(?:di\s+pihak\s+)?(?:\w+nya|kami|sendiri)\b[^.;]{0,25}$",
    re.IGNORECASE,
)
_OWN_BETWEEN = re.compile(r"\b(?:its|their|our|own|his)\b", re.IGNORECASE)
MODIFIER_STOPS = frozenset(
    (*lexicon.PREPOSITIONS, *lexicon.NP_STOPS, *(w for k in lexicon.KILLED for w in k.split()),
     *(w for k in lexicon.WOUNDED for w in k.split()), "dan", "and", "telah", "sudah", "had", "have", "has",
     "were", "was", "are", "is", "been", "akibat", "oleh", "by", "dalam", "since", "sejak", "juga", "also", "serta",
     "termasuk", "including", "lainnya", "others", "mengalami", "mereka", "kami", "more", "lagi", "baru", "yang")
)


# Indonesian demonstratives and passive verbs ("di-...-kan", "di-...-i", "ter-..."): what follows the noun, not
# its kind.
_NOT_MODIFIER = re.compile(r"ini|itu|tersebut|di[a-z]{3,}(?:kan|i)|ter[a-z]{3,}")


def own_side(norm: str, qty: Quantity, noun: re.Match[str]) -> bool:
    """ "350 of its soldiers", "31 tentaranya", "its own losses at 1,351": the speaker's side."""
    between = norm[qty.end : noun.start()]
    if _OWN_BETWEEN.search(between) or noun.group(0).casefold().endswith("nya"):
        return True
    if POSSESSIVE_AFTER.match(norm, noun.end()):
        return True
    return bool(OWN_BEFORE.search(norm, max(0, qty.start - 60), qty.start))


def written_as(norm: str, qty: Quantity, noun: re.Match[str]) -> str:
    """The victims as the text names them: "Hamas fighters", "tentara pemerintah" (never "prajurit ini" nor
    "tentara ditemukan": a demonstrative or a passive verb after the noun is no modifier; each became a party)."""
    phrase = norm[qty.end : noun.end()].strip()
    phrase = re.sub(r"^(?:of|orang|the|killed|wounded|injured|slain)\s+", "", phrase, flags=re.IGNORECASE)
    extra = []
    for word in re.findall(r"\S+", norm[noun.end() : noun.end() + 40])[:2]:
        if not word.isalpha() or not word.islower() or word in MODIFIER_STOPS or _NOT_MODIFIER.fullmatch(word):
            break
        extra.append(word)
    return " ".join([phrase, *extra]).strip() or noun.group(0)


def people_after(
    norm: str, qty: Quantity, mentions: list[Mention], party: dict[int, str], lo: int, hi: int
) -> Figure | None:
    """ "more than 14,800 Palestinians had been killed": a nationality standing for the victims."""
    for m in mentions:
        if m.start in party and re.fullmatch(r"\s+(?:of\s+)?(?:the\s+)?", norm[qty.end : m.start]):
            kind = predicate(norm, qty.start, m.end, "person", lo, hi)
            aside = past_aside(norm, m.end, [], []) if kind is None else None
            if aside is not None:  # "31 Palestinians, including five children, were killed": past the aside
                kind = predicate(norm, qty.start, aside[0], "person", lo, aside[1])
            members = (m.actor is not None and m.actor.kind == "Organization"
                       and _hurt_next(norm, m.end))  # "sepuluh Houthi tewas": its members
            written = norm[m.start : m.end].rstrip()
            plural = written.endswith(("s", "ns", "is")) or (written.endswith("ese") and (qty.minimum or 0) > 1)
            if kind is None or not (members or plural):
                return None  # only plural demonyms ("Palestinians", "Israelis", "five Lebanese") stand for people
            return Figure(qty.start, m.end, qty, _unit("person", kind), party[m.start], "person")
    return None


def victims(
    norm: str, qty: Quantity, noun: re.Match[str], cls: str, mentions: list[Mention], party: dict[int, str]
) -> str | None:
    """Whose dead: a nationality right before or after the noun, else civilians or all parties."""
    for m in mentions:
        if m.start in party and _LOST.fullmatch(norm, m.end, qty.start):
            return party[m.start]  # "Russia had lost more than 1,000 soldiers"
    for m in mentions:
        if m.start in party and (
            qty.end <= m.start <= noun.start()
            or (m.start >= noun.end() and not norm[noun.end() : m.start].strip())
        ):
            return party[m.start]
    for m in mentions:
        if m.start in party and m.start > noun.end() and _SIDE.fullmatch(norm, noun.end(), m.start):
            return party[m.start]  # "5,000 dead on the Armenian side", "korban di pihak Armenia"
        if m.start in party and m.start > noun.end() and _modifiers(norm[noun.end() : m.start]):
            return party[m.start]  # "personel penjaga perdamaian Rusia", "tentara dan milisi Ukraina"
        if m.start in party and _OF.fullmatch(norm, noun.end(), m.start) and _POSSESSOR.match(norm, m.end):
            return party[m.start]  # "six members of Armenia's armed formation", "soldiers of Russia's 64th brigade"
    return None  # the rest of the chain is kb.extract.sides


_OF = re.compile(r"\s+(?:of|dari)\s+(?:the\s+)?", re.IGNORECASE)
# the words between a group's name and a hurt word right after it: "sepuluh Houthi tewas", "tiga Hamas terluka"
_AUXILIARY = re.compile(r"\s+(?:(?:telah|sudah|juga|were|have\s+been)\s+)?", re.IGNORECASE)


def _hurt_next(norm: str, pos: int) -> bool:
    """Whether the hurt lexicon's word (``kb.extract.hurt``) follows ``pos``, past an auxiliary: the group's members
    were counted."""
    at = _AUXILIARY.match(norm, pos)
    start = at.end() if at else pos
    return bool(KILLED_WORD.match(norm, start) or WOUNDED_WORD.match(norm, start))
_POSSESSOR = re.compile(r"['’]s?(?![\w])")


def _modifiers(between: str) -> bool:
    """Only the noun phrase's own words between a victim noun and a nationality: at most three lower-case
    words that are no verb or preposition, or "and" joining another victim noun."""
    words = between.split()
    if not words or len(words) > 3 or between[:1] not in " " or not between.endswith(" "):
        return False
    for i, word in enumerate(words):
        if word in ("dan", "and", "serta") and i + 1 < len(words) and NOUN.fullmatch(words[i + 1]):
            continue
        if not word.isalpha() or not word.islower() or word in MODIFIER_STOPS:
            return False
    return True


_SIDE = re.compile(r"\s+(?:on|among|in)\s+the\s+|\s+(?:di|dari)\s+(?:pihak|kubu|barisan)\s+", re.I)


__all__ = ["MODIFIER_STOPS", "NOUN", "OWN_BEFORE", "own_side", "people_after", "victims", "written_as"]
