"""A person named again by surname, with or without an honorific: "Mr Klymenko", "Klymenko", "Pak Hlynka"
are the "Ihor Klymenko" the article named earlier.

Why: a speaker written as "Mr Klymenko" became an actor of its own, so one official's statements were
split between two speakers and none was linked to what he speaks for.  Everyone the article names in
full is remembered by surname — whether or not they spoke yet ("Interior minister Ihor Klymenko visited
the site. ... , Mr Klymenko said") — and a later speaker that is only a surname takes their identity.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kb.extract import lexicon
from kb.extract.qualifiers import placed
from kb.extract.speakers import Context, Speaker, from_mention

if TYPE_CHECKING:
    from kb.extract.frames import Frame
    from kb.extract.mentions import Mention

HONORIFICS = frozenset((
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "pak", "bapak", "bu", "ibu", "tuan", "nyonya",
    "sdr", "saudara", "saudari",
))
# Offices written before a surname as a title ("Menteri Al-Abiad", "Minister Smotrich", "Gen. Burhan"): the
# person named in full earlier, as an honorific would be
TITLES = frozenset((
    "menteri", "minister", "presiden", "president", "jenderal", "general", "gen", "kolonel", "colonel", "col",
    "komandan", "commander", "gubernur", "governor", "mayor", "walikota", "senator", "ambassador", "dubes",
    "kapten", "captain", "capt", "letnan", "lieutenant", "lt", "mayjen", "brigjen", "sekjen", "premier",
))
_ORG = frozenset(lexicon.ORG_WORDS)


def _surname_only(label: str) -> str | None:
    """The surname of a label that is a surname, optionally after honorifics ("Mr. Klymenko")."""
    words = [w.strip(".,") for w in label.split()]
    while len(words) > 1 and words[0].casefold() in HONORIFICS | TITLES:
        words = words[1:]
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    return words[0].casefold()


def remember_people(context: Context, norm: str, mentions: list[Mention]) -> None:
    """Keep every person the sentence names in full, by surname (the first one named keeps it); the first of
    them is who "he" may be when no person spoke (``Context.pronoun``)."""
    first = True
    for mention in mentions:
        if mention.actor is not None and mention.actor.kind != "Person":
            continue
        name = mention.name or mention.text
        words = name.split()
        if len(words) < 2 or words[0].casefold().strip(".") in HONORIFICS or _ORG & {w.casefold() for w in words}:
            continue
        if mention.actor is None and placed(norm, mention.start):
            continue  # "staff in Khan Younis": a place, not a person
        context.people.setdefault(words[-1].casefold(), from_mention(mention, norm))
        if norm.count('"', 0, mention.start) % 2:
            continue  # named inside a quotation ("“Ko Lin is my cousin,” she said"): the speaker's words, not "she"
        if first and (mention.actor is not None or mention.role or mention.name or _bare_name(context, norm, mention)):
            context.name(from_mention(mention, norm))  # "as reported by X, ... . He states": X
            first = False


_DETERMINED = re.compile(r"(?:\b(?:the|of|in|at|di|dari)\s+)$", re.IGNORECASE)


def _bare_name(context: Context, norm: str, mention: Mention) -> bool:
    """Whether an unknown name stands for a person: no article or preposition before it ("the Autonomous
    Oblast"), and no place the gazetteer knows."""
    places = context.gazetteer.places if context.gazetteer is not None else None
    return (_DETERMINED.search(norm, max(0, mention.start - 6), mention.start) is None
            and not (places is not None and places.lookup(mention.text)))


def known_person(speaker: Speaker, context: Context) -> Speaker:
    """The person named earlier whose surname ``speaker`` is, else ``speaker`` itself."""
    if speaker.actor is not None or speaker.members or speaker.first_person:
        return speaker
    surname = _surname_only(speaker.label)
    found = (context.person(surname) or _misspelt(surname, context)) if surname else (
        context.people.get(speaker.label.split()[-1].casefold()) if speaker.label.split() else None)
    if found is None or (surname is None and found.label != speaker.label):
        return speaker
    if found.label == speaker.label:  # named alone again: still in the office it spoke in before ("Abu Obeida said")
        return speaker if speaker.role or not found.role else replace(speaker, role=found.role)
    return replace(found, role=found.role or speaker.role)


def _misspelt(surname: str, context: Context) -> Speaker | None:
    """The one person named earlier whose surname ``surname`` is with one letter wrong ("Sarea" after "Yahya
    Saree": a typo made a new actor of him, tryout 21); None when no one, or more than one, is that close.  Short
    surnames (under five letters) are too alike to guess."""
    if len(surname) < 5:
        return None
    near = [p for name, p in context.people.items() if len(name) >= 5 and name[0] == surname[0]
            and _one_edit(name, surname)]
    return near[0] if len({p.label for p in near}) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one letter changed, added or dropped (linear)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]


def _namesake(speaker: Speaker, written: str, context: Context) -> Speaker:
    """The person the article named in full under the surname ``written`` alone, when the gazetteer took that
    surname for another person ("Stepanyan" after "Gegham Stepanyan", not the "Shushan Stepanyan" it knows)."""
    surname = _surname_only(written.strip(" ,"))
    found = context.people.get(surname) if surname else None
    if found is None or speaker.actor is None or speaker.actor.kind != "Person" or found.label == speaker.label:
        return speaker
    same = found.actor is not None and found.actor.iri == speaker.actor.iri
    if same or found.label.split()[-1].casefold() != surname:
        return speaker
    return replace(found, role=found.role or speaker.role)


_NAMED = re.compile(r"(?<![\w-])(?:named|called|bernama)\s", re.IGNORECASE)


def resolve(frames: list[Frame], context: Context, norm: str = "") -> None:
    """Give each frame's speaker the identity of the person its surname names: the article's own first."""
    for frame in frames:
        if norm and _NAMED.search(norm, max(0, frame.agent[0] - 12), frame.agent[1]):
            continue  # "a local resident named Ahmed": someone new, whoever else bears the name
        frame.speaker = known_person(frame.speaker, context)
        if norm and frame.speaker.actor is not None:  # the phrase without its verb ("tambah Stepanyan")
            start = frame.verb[1] if frame.agent[0] <= frame.verb[0] < frame.agent[1] else frame.agent[0]
            frame.speaker = _namesake(frame.speaker, norm[start : frame.agent[1]], context)


# Lowercase words that may stand before the subject of a sentence: determiners and the office it holds
# ("the regional governor Ivan Fedorov", "former minister X").
_BEFORE_SUBJECT = frozenset((
    "the", "a", "an", "former", "acting", "newly", "appointed", "deputy", "senior", "top", "sang", "para", "mantan",
    *(w for h in (*lexicon.ROLE_HEADS, *lexicon.SPEAKER_HEADS) for w in h.split()), *lexicon.NP_WORDS,
))
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\w-]*")


def opens_with(norm: str, mention: Mention) -> bool:
    """Whether a person mention is the subject a sentence opens with, so the one "he" goes back to next
    ("Petro Hlynka visited the site."), not a person the sentence lists ("The victims included 52-year-old
    Khin Mar Lwin"): only capitalised words, determiners and office words come before it."""
    return all(w[:1].isupper() or w.casefold() in _BEFORE_SUBJECT for w in _WORD.findall(norm, 0, mention.start))


# An apposition naming a person's office or standing right after a speaker: ", an official from ...",
# ", a resident of ...", ", seorang pejabat ...".
_PERSON_APPOSITION = re.compile(
    r"\s*,\s*(?:a|an|the|seorang|sang)\s+(?:[\w'’-]+\s+){0,3}?(?:official|spokes(?:man|woman|person)|resident|"
    r"witness|doctor|nurse|activist|commander|leader|member|director|head|chief|pejabat|juru\s+bicara|warga|saksi|"
    r"dokter|aktivis|komandan|pemimpin|anggota|direktur|kepala)\b",
    re.IGNORECASE,
)


def person_apposed(norm: str, end: int) -> bool:
    """Whether the speaker phrase ending at ``end`` is followed by an apposition saying it is a person."""
    return _PERSON_APPOSITION.match(norm, end) is not None


# A description set off by commas right after a name ("Hezbollah, a Hamas ally, said", "Hizbullah, sekutu Hamas,
# ...", "the RSF, backed by the UAE, ..."): the names inside it say who the first one is.
_APPOSITION = re.compile(r"\s*,\s+(?:an?\s|the\s|sekutu\s|proksi\s|(?:backed|supported|armed)\s+by\s|yang\s+didukung\s)"
                         r"[^,.;:\"“”]{1,60},")


def in_apposition(norm: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether ``mention`` stands inside a comma-set description of the name right before it: never the body a
    later "the group" points back to (the named one is)."""
    for head in mentions:
        if head.end <= mention.start:
            found = _APPOSITION.match(norm, head.end)
            if found is not None and found.start() == head.end and mention.end <= found.end():
                return True
    return False
