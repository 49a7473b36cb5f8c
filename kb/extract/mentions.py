"""Who is named in a sentence: gazetteer names and roles, plus capitalised names it does not know.

Matching is longest-first so that "Kementerian Pertahanan Armenia" wins over "Armenia", and a role
directly followed by a name ("Juru bicara Kremlin Dmitry Peskov", "Menteri Luar Negeri Turki,
Mevlut Cavusoglu") becomes one mention of the person.  Single-word names must be
capitalised in the text and acronyms must match exactly, so "trend" or "us" never become actors.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass

from kb.actors import Actor, Gazetteer
from kb.extract.alternation import factored
from kb.extract.channels import CHANNEL_NAMES
from kb.extract.led_by import fold_leaders
from kb.extract.lexicon import (
    NAME_GOES_ON_HEADS,
    ORG_WORDS,
    ROLE_HEADS,
)
from kb.extract.name_runs import (
    CALENDAR,
    NOT_NAMES,
    OPENERS,
    PARTICLE,
    capitalised_runs,
    joined_to_body,
    past_office,
    role_words,
    sentence_openers,
    titled_surname,
)
from kb.extract.nationals import fold_qualifiers
from kb.extract.role_names import roles_of

# An institution's or an office's capitalised name going on past a connector: the words after it name the body
# ("Committee to Protect Journalists", "High Commissioner for Human Rights", "PBB untuk Hak Asasi Manusia").
_NAME_GOES_ON = re.compile(
    rf"(?<![\w-])(?:{'|'.join(NAME_GOES_ON_HEADS)})"
    r"(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:to|for|of|on|untuk|urusan)\s+(?:the\s+)?$"
)
_ORG = frozenset(ORG_WORDS)
_QUALIFIED = re.compile(r"\b(?:wakil|deputy|mantan|former|ex|eks|calon)\s*-?\s*$", re.IGNORECASE)
# one of many, not the office's one holder: "an RSF commander", "a senior Hezbollah leader", "seorang komandan RSF"
_ONE_OF_MANY = re.compile(
    r"(?<![\w-])(?:an?|one|another|seorang|salah\s+satu)\s+(?:(?:senior|top|local|regional|field|high-ranking)\s+)?$",
    re.IGNORECASE,
)
_ROLE_HEAD = re.compile(r"\b(?:" + "|".join(sorted(ROLE_HEADS, key=len, reverse=True)) + r")\b", re.I)


@dataclass(frozen=True)
class Mention:
    """A named actor (or an unknown person's name) at ``start:end`` of a sentence."""

    start: int
    end: int
    text: str
    actor: Actor | None
    role: str | None = None
    name: str | None = None  # the person's own name within a "role + name" mention

    @property
    def is_person(self) -> bool:
        return self.actor is None or self.actor.kind == "Person"


class Matcher:
    """Compiled name and role patterns of one gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.roles: dict[str, Actor] = roles_of(gazetteer)  # every office, by every name of the body it serves
        exact: set[str] = set()
        folded: set[str] = set()
        for name, _ in gazetteer.names():
            (exact if _is_acronym(name) else folded).add(name)
        folded |= set(self.roles)
        self.exact = _compile(exact, 0)
        self.folded = _compile(folded, re.IGNORECASE)

    def actor_for(self, text: str) -> tuple[Actor | None, bool]:
        """(actor, is_role) for a matched name or role."""
        role = self.roles.get(_fold(text))
        if role is not None:
            return role, True
        return self.gazetteer.lookup(text), False


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return len(letters) <= 5 and letters.isupper()


def _compile(names: set[str], flags: int) -> re.Pattern[str] | None:
    if not names:
        return None
    body = factored(sorted(names, key=len, reverse=True), ignore_case=bool(flags & re.IGNORECASE))
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])", flags)


_MATCHERS: dict[int, tuple[Gazetteer, Matcher]] = {}


def matcher_for(gazetteer: Gazetteer) -> Matcher:
    """The (cached) matcher of ``gazetteer``."""
    held = _MATCHERS.get(id(gazetteer))
    if held is None or held[0] is not gazetteer:
        held = (gazetteer, Matcher(gazetteer))
        _MATCHERS[id(gazetteer)] = held
    return held[1]


def _scan(norm: str, matcher: Matcher, start: int, end: int) -> list[tuple[int, int, str]]:
    found = []
    for pattern in (matcher.exact, matcher.folded):
        if pattern is not None:
            found += [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(norm, start, end)]
    return found


def _known(norm: str, matcher: Matcher) -> list[Mention]:
    """Gazetteer names and roles, longest first; a refused match is searched again inside."""
    found: list[Mention] = []
    taken = [False] * (len(norm) + 1)
    # a heap, longest first and then leftmost: re-sorting the list for every pick was quadratic in the
    # number of candidates, which a long run of names made the cost of a whole article
    candidates = [(start - end, start, end, text) for start, end, text in _scan(norm, matcher, 0, len(norm))]
    heapq.heapify(candidates)
    while candidates:
        _, start, end, text = heapq.heappop(candidates)
        if any(taken[start:end]):
            continue
        actor, is_role = matcher.actor_for(text)
        # a common word, not a name ("al-Burhan", "el-Sisi": a particle before a capital is a name)
        lower_single = " " not in text.strip() and not text[0].isupper() and not PARTICLE.match(text)
        if actor is None or lower_single or (is_role and (_QUALIFIED.search(norm, max(0, start - 12), start) or (
                actor.kind == "Person" and _ONE_OF_MANY.search(norm, max(0, start - 24), start)))) or (
                actor.kind == "Person" and _inside_other_name(norm, start, end)):
            for s, e, t in _scan(norm, matcher, norm.find(" ", start, end) + 1 or end, end):
                heapq.heappush(candidates, (s - e, s, e, t))
            continue
        for i in range(start, end):
            taken[i] = True
        found.append(Mention(start, end, text, actor, role=text if is_role else None))
    return sorted(found, key=lambda m: m.start)


_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]*)\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Z][\w'’-]*)")
_TITLES = frozenset(("mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "sir", "president", "presiden",
                     "pak", "bapak", "ibu", "sheikh", "syekh"))


def _inside_other_name(norm: str, start: int, end: int) -> bool:
    """Whether a one-word name ("Katz", "Stepanyan", "Abbas") is part of another person's longer name: a
    capitalised word beside it that is no role, title, day, sentence opener or possessive ("Gegham Stepanyan" is not
    Shushan Stepanyan, "Abbas Araghchi" not Mahmoud Abbas, "David Katz" not Israel Katz)."""
    if " " in norm[start:end].strip():
        return False
    before = _WORD_BEFORE.search(norm, max(0, start - 30), start)
    if before is not None:
        word = before.group(1)
        if (word.casefold() not in role_words() and word.casefold().rstrip(".") not in _TITLES
                and not word.endswith(("'s", "’s"))  # "WHO's Tedros": the owner, not a first name
                and word not in OPENERS and word.casefold() not in CALENDAR):
            return True
    after = _WORD_AFTER.match(norm, end)
    if after is not None and before is not None and _WORD_AFTER.match(norm, after.end()) is not None:
        return False  # "Ajudan Zelenskiy Kyrylo Tymoshenko": after a role, a known name then a full name of its own
    return after is not None and after.group(1).casefold() not in CALENDAR and not after.group(1).isupper()


def _unknown_names(norm: str, known: list[Mention]) -> list[Mention]:
    """Runs of two or more capitalised words the gazetteer does not know: probably people."""
    covered = [False] * (len(norm) + 1)
    for k in known:
        for i in range(k.start, k.end):
            covered[i] = True
    out = []
    for m in capitalised_runs(norm):
        tokens = [(t.start() + m.start(), t.group()) for t in re.finditer(r"\S+", m.group(0))]
        runs: list[list[tuple[int, str]]] = [[]]
        for token in tokens:
            if covered[token[0]]:
                runs.append([])
            else:
                runs[-1].append(token)
        for run in runs:
            if {w.casefold().strip(".,") for _, w in run} & _ORG:
                continue  # "Komite Sentral Dokter Sudan": an organisation, not a person
            popped = []
            while run and (
                run[0][1] in sentence_openers() or run[0][1].casefold() in role_words() or not run[0][1][:1].isupper()
            ):
                popped.append(run.pop(0)[1].casefold())  # "di Gaza" after a known name is a place, not a person
            cut = next((k for k, (_, w) in enumerate(run) if w == "di" and (k >= 2 or (
                k >= 1 and k + 1 < len(run) and run[k + 1][1].strip(".,") in CHANNEL_NAMES))), None)
            if cut is not None:  # "Ivan Marchenko di Kharkiv", "Filip Pronin di Telegram": "di" is "in", no particle
                run = run[:cut]  # (cut before the office's place is skipped: "Gubernur Sergiy Lysak di Telegram")
            run = past_office(run, popped)
            while run and run[-1][1] in ("untuk", "for", "of", "the"):
                run.pop()
            if titled_surname(run, popped):  # "Governor Petrenko", "Jenderal Burhan": one name after its title
                at, name = run[0][0], run[0][1].rstrip(".,")
                out.append(Mention(at, at + len(name), name, None, role=popped[-1], name=name))
                continue
            words = {w.casefold().strip(".,") for _, w in run}
            last = run[-1][1] if run else ""
            if len(run) < 2 or words & NOT_NAMES or words & _ORG or not (last[:1].isupper() or PARTICLE.match(last)):
                continue
            start, end = run[0][0], run[-1][0] + len(run[-1][1])
            if joined_to_body(norm, end):
                continue  # "Armed Conflict Location and Event Data Project": one body's name, no person in it
            if _NAME_GOES_ON.search(norm, max(0, start - 40), start):
                continue  # "Committee to Protect Journalists", "Komisaris Tinggi PBB untuk Hak Asasi Manusia": the body
            if norm[end - 2 : end] in ("'s", "’s"):
                end -= 2  # "Mykola Kalashnyk's office": the name without the possessive
            out.append(Mention(start, end, norm[start:end], None))
    return out


# A known name followed by an Arabic name particle is a person's given name ("Turki al-Malki", "Hassan bin Ali"):
# "Turki" is Turkey in Indonesian, never a state before "al-" (unless what follows is known: "Hamas al-Qassam").
_NAME_PARTICLE_AFTER = re.compile(r" (?:al|el|bin|ibn|abu)[- ](?-i:[A-Z])")


# A state's name inside a facility's: "the Saudi Hospital in El Fasher", "Rumah Sakit Indonesia" (a hospital
# named for who built it, in another country's war): a place, never the state as a party or a speaker.  A name's
# capital only: "Palestinian hospital officials" is the side's (``phrase_sides.health_officials``), not a name
_FACILITY_AFTER = re.compile(r"\s+(?:(?:Field|Friendship|Specialist)\s+)?(?:Hospital|Clinic)\b")
_FACILITY_BEFORE = re.compile(r"\b(?:Rumah\s+Sakit|RS|Klinik)\s+$")


def _facility_name(norm: str, mention: Mention) -> bool:
    return mention.actor is not None and mention.actor.kind == "State" and (
        _FACILITY_AFTER.match(norm, mention.end) is not None
        or _FACILITY_BEFORE.search(norm, max(0, mention.start - 14), mention.start) is not None)


def find_mentions(norm: str, gazetteer: Gazetteer) -> list[Mention]:
    """Actors named in ``norm`` (a normalised sentence), roles merged with the names they precede."""
    known = _known(norm, matcher_for(gazetteer))
    starts = {m.start for m in known}
    known = [m for m in known if not (_NAME_PARTICLE_AFTER.match(norm, m.end) and m.end + 1 not in starts)
             and not _facility_name(norm, m)]
    mentions = sorted(known + _unknown_names(norm, known), key=lambda m: m.start)
    merged: list[Mention] = []
    for mention in mentions:
        if merged and _is_apposition(norm, merged[-1], mention):
            role = merged[-1]
            merged[-1] = Mention(
                role.start,
                mention.end,
                norm[role.start : mention.end],
                mention.actor,
                role=role.role or role.text,
                name=mention.text,
            )
            continue
        merged.append(mention)
    return fold_leaders(norm, fold_qualifiers(norm, merged, gazetteer), gazetteer)


def _is_apposition(norm: str, first: Mention, second: Mention) -> bool:
    """A role followed by the person holding it ("Presiden Turki Recep Tayyip Erdogan")."""
    gap = norm[first.end : second.start]
    bare = second.actor is None and len(second.text.split()) < 2
    if first.name is not None or gap.strip(" ,") or not second.is_person or bare:
        return False
    return first.role is not None or bool(_ROLE_HEAD.search(first.text))


def role_before(norm: str, mention: Mention, lower_bound: int = 0) -> str | None:
    """Generic role words right before an unknown name ("juru bicara militer Armenia X")."""
    window = norm[max(lower_bound, mention.start - 60) : mention.start]
    starts = [m.start() for m in _ROLE_HEAD.finditer(window)]
    if not starts:
        return None
    begin = starts[-1]
    for word in reversed(list(re.finditer(r"[\w-]+", window[:begin]))):
        if window[word.end() : begin].strip() or word.group(0).casefold() not in role_words():
            break
        begin = word.start()  # "Defence Minister", "regional governor": the words qualifying the role
    return window[begin:].strip(" ,") or None
