"""Institutions named partially or generically: which gazetteer body "the Gaza ministry",
"Kementerian Kesehatan" or "Azerbaijani authorities" is.

Why: reporters rarely repeat a body's full name.  "Kementerian Kesehatan" alone is every country's
health ministry, "Nagorno-Karabakh military officials" is the Karabakh army, "the ministry" is the one
the article is about.  A phrase names a body when its significant words (heads such as "ministry",
domains such as "health", places and names) all occur among the words of one body's names and of the
states it represents; several such bodies are told apart by how often the article names them and
the words that distinguish them ("Gaza", "Lebanon").  Heads of one family are one word here
("authorities" is a government, "army" and "militer" are the military), and the people of a body
("officials", "juru bicara") speak for it when no person is named.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kb.actors import Actor, Gazetteer
from kb.extract.lexicon import ORG_WORDS
from kb.extract.relays import MEDIA_KINDS

# Head words by family: a phrase must hold one, and the body's names the same family.
_FAMILIES: dict[str, tuple[str, ...]] = {
    "GOV": ("government", "pemerintah", "authorities", "authority", "otoritas", "berwenang", "administration",
            "administrasi", "presidency", "kepresidenan"),
    "MIN": ("ministry", "kementerian", "kemenkes", "kemhan", "kemenhan", "kemlu", "kemenlu", "kemendagri",
            "department", "departemen", "deplu"),
    "MIL": ("military", "militer", "army", "tentara", "armed", "forces", "force", "angkatan", "bersenjata",
            "pasukan", "troops"),
    "JUN": ("junta",),  # a junta is a state's military government: never any armed group ("the PDF")
    "OFF": ("office", "kantor"),
    "CTR": ("centre", "center", "pusat"),
    "COM": ("committee", "committees", "komite"),
    "NET": ("network", "jaringan"),
    "SRV": ("service", "layanan"),
    "AGY": ("agency", "badan"),
    "OMB": ("ombudsman", "defender"),
    # a medium named by what it is: "the broadcaster added", "stasiun televisi itu melaporkan" (the one that spoke)
    "MED": ("broadcaster", "channel", "station", "newspaper", "stasiun", "televisi", "harian", "koran"),
}
_HEAD = {word: family for family, words in _FAMILIES.items() for word in words}
# Domain words written as abbreviations: "Kemenkes" is the health ministry.
_EXPAND: dict[str, tuple[str, ...]] = {
    "kemenkes": ("kesehatan",), "kemhan": ("pertahanan",), "kemenhan": ("pertahanan",),
    "kemlu": ("luar", "negeri"), "kemenlu": ("luar", "negeri"), "kemendagri": ("dalam", "negeri"),
    "defense": ("defence",), "deplu": ("luar", "negeri"),
}
# The people of a body, and words that never distinguish one body from another.
_MEMBERS = frozenset((
    "official", "officials", "pejabat", "para", "sources", "source", "sumber", "spokesman", "spokeswoman",
    "spokesperson", "juru", "bicara", "jubir", "representative", "representatives", "perwakilan", "staff",
))
_FUNCTION = frozenset((
    "the", "a", "an", "of", "its", "di", "yang", "dari", "untuk", "for", "in", "on", "pihak", "and", "dan",
    "serta", "to", "se",
))
# Words that point at a state without naming it ("pihak berwenang negara itu", "the country's authorities"):
# "negara" is also a word of some bodies' names ("Negara Palestina"), so it once chose one of them.
_POINTERS = frozenset(("negara", "country", "nation", "bangsa", "itu", "tersebut", "this", "that"))
_WORD = re.compile(r"[\w'’-]+")
_POSSESSIVE = re.compile(r"['’]s?$")
_ATTRIBUTIVE = re.compile(r"-(?:run|controlled|led|backed|affiliated|held|allied|aligned|funded)$", re.IGNORECASE)
_BODY_KINDS = ("Ministry", "Government", "Organization", "Group")
_ORG_WORDS = frozenset(w for phrase in ORG_WORDS for w in phrase.split())


def single(word: str) -> str:
    """An Indonesian plural written by doubling ("sumber-sumber", "pejabat-pejabat") as its noun: the heads that
    say who speaks are listed once."""
    half, dash, other = word.partition("-")
    return half if dash and half == other else word


def words_of(text: str) -> list[str]:
    """Folded words, possessives cut ("Lebanon's" -> "lebanon"), abbreviations expanded."""
    return list(_words_of(text))


@lru_cache(maxsize=8192)
def _words_of(text: str) -> tuple[str, ...]:
    """``words_of``, kept: the same names and phrases are split again and again (30k words an article set)."""
    out: list[str] = []
    for raw in _WORD.findall(text.casefold()):
        word = _POSSESSIVE.sub("", raw)
        if word:
            out.append(word)
            out.extend(_EXPAND.get(word, ()))
    return tuple(out)


def _canon(words: Iterable[str]) -> set[str]:
    return {_HEAD.get(w, w) for w in words if w not in _FUNCTION}


@dataclass
class _Index:
    """Every body's words (its names, and the names of the states it represents, transitively)."""

    words: dict[str, set[str]] = field(default_factory=dict)
    vocabulary: set[str] = field(default_factory=set)


def _chain(actor: Actor, gazetteer: Gazetteer) -> list[Actor]:
    out: list[Actor] = []
    current: Actor | None = actor
    while current is not None and current not in out:
        out.append(current)
        current = gazetteer.by_iri(current.represents) if current.represents else None
    return out


@lru_cache(maxsize=4)
def _index(gazetteer: Gazetteer) -> _Index:
    index = _Index()
    for actor in gazetteer:
        if actor.kind not in _BODY_KINDS:
            continue
        own = _canon(w for name in actor.names() for w in words_of(name))
        states = [a for a in _chain(actor, gazetteer)[1:] if a.kind == "State"]
        index.words[actor.iri] = own | _canon(w for s in states for name in s.names() for w in words_of(name))
        index.vocabulary |= own
    return index


def significant(text: str, gazetteer: Gazetteer) -> set[str]:
    """The words of a phrase that must match: heads, names, and lower-case words some body's name uses
    ("health"); the people of a body, function words and other adjectives ("local") do not count."""
    vocabulary = _index(gazetteer).vocabulary
    out: set[str] = set()
    for raw in _WORD.findall(text):
        if _ATTRIBUTIVE.search(raw):
            continue  # "Hamas-run", "Iran-backed": who runs the body, not a word of its name
        for word in words_of(raw):
            if word in _MEMBERS or word in _FUNCTION or (word in _POINTERS and raw[:1].islower()):
                continue
            if word in _HEAD or raw[:1].isupper() or word in vocabulary:
                out.add(_HEAD.get(word, word))
    return out


# The authorities of one domain are its ministry: "Lebanese health authorities", "otoritas kesehatan Gaza".
_DOMAIN_AUTHORITY = re.compile(
    r"(?<![\w-])(?:(?P<en>health)\s+(?:authorities|authority)|otoritas\s+(?P<id>kesehatan))(?![\w-])", re.IGNORECASE
)


def _ministry_of_domain(text: str) -> str:
    return _DOMAIN_AUTHORITY.sub(
        lambda m: f"{m.group('en')} ministry" if m.group("en") else f"kementerian {m.group('id')}", text)


def candidates(text: str, gazetteer: Gazetteer) -> list[Actor]:
    """Bodies whose words hold every significant word of ``text`` (which must name a head)."""
    text = _ministry_of_domain(text)
    wanted = significant(text, gazetteer)
    if not wanted & set(_FAMILIES):
        return []
    index = _index(gazetteer)
    found = [gazetteer.by_iri(iri) for iri, words in index.words.items() if wanted <= words]
    if not found and "MIL" in wanted:  # "Armenian military officials", "Yerevan's military": with no army listed
        wanted = (wanted - {"MIL"}) | {"MIN", "defence"}  # for the state, its defence ministry
        found = [gazetteer.by_iri(iri) for iri, words in index.words.items() if wanted <= words]
    return [actor for actor in found if actor is not None]


_GENERIC_GOV = frozenset(("authorities", "authority", "otoritas", "berwenang", "government", "pemerintah"))
# A body said to be local is no national government ("local authorities", "pemerintah setempat").
_LOCAL = frozenset(("local", "lokal", "setempat", "municipal", "village", "desa"))
_GOVERNMENT_NAME = re.compile(r"(?<![\w-])(?:government|pemerintah)(?![\w-])", re.IGNORECASE)


def resolve(text: str, gazetteer: Gazetteer, seen: Counter[str], words: Counter[str],
            state: str | None = None) -> Actor | None:
    """The one body ``text`` names, using the article (``seen``: actor IRIs named in it, counted;
    ``words``: its folded words, counted) to choose among several; None when still ambiguous.  ``state``: the
    state whose voice the text just reported ("Azerbaijan said ... . The defence ministry said"): of several
    bodies, its own goes first."""
    found = candidates(text, gazetteer)
    if _LOCAL & set(words_of(text)) and any(a.kind == "Government" for a in found):
        return None  # "pejabat administrasi lokal", "a local government official": a town's office, not the state's
    own = [a for a in found if state is not None and any(c.iri == state for c in _chain(a, gazetteer))]
    if len(found) > 1 and len(own) == 1:
        return own[0]
    wanted = significant(_ministry_of_domain(text), gazetteer)
    if len(found) == 1 and not _placed(found[0], wanted, gazetteer, seen, words):
        return None  # "Media pemerintah" in a story on Myanmar is no Gaza office: its place is never named
    if len(found) <= 1:
        return found[0] if found else None
    generic = set(words_of(text)) & _GENERIC_GOV
    governments = [a for a in found if generic and any(_GOVERNMENT_NAME.search(n) for n in a.names())]
    if len(governments) == 1:
        return governments[0]  # "Azerbaijani authorities": the government, not the presidency beside it
    named = [a for a in found if seen.get(a.iri)]
    if named:
        return _best(named, lambda a: seen[a.iri])
    if len(wanted) < 2:
        return None  # "the ministry" with none named in the article: any ministry
    index = _index(gazetteer)
    shared = set.intersection(*(index.words[a.iri] for a in found))
    return _best(found, lambda a: sum(words.get(w, 0) for w in index.words[a.iri] - shared - set(_FAMILIES)))


def _placed(actor: Actor, wanted: set[str], gazetteer: Gazetteer, seen: Counter[str], words: Counter[str]) -> bool:
    """Whether the phrase or the article names what sets ``actor`` apart: a proper word of its names or of its
    state's ("Gaza", "Lebanese"), or the body itself.  Why: a partial name ("Media pemerintah", "the interior
    ministry") matched the one body whose generic words it shares, whatever war the article is about."""
    if any(seen.get(a.iri) for a in _chain(actor, gazetteer)):
        return True
    tokens = [raw for a in _chain(actor, gazetteer) for name in a.names() for raw in _WORD.findall(name)]
    common = {w for raw in tokens if raw[:1].islower() for w in words_of(raw)}  # "government media office"
    proper = {_HEAD.get(w, w) for raw in tokens if raw[:1].isupper() for w in words_of(raw) if w not in common}
    proper -= set(_FAMILIES) | _FUNCTION | _MEMBERS
    return not proper or bool(proper & wanted) or any(words.get(w, 0) for w in proper)


def _best(actors: list[Actor], score: Callable[[Actor], int]) -> Actor | None:
    """The actor with the strictly highest score, else None (a tie is no answer)."""
    ranked = sorted(((score(a), a.iri, a) for a in actors), key=lambda t: t[0], reverse=True)
    if not ranked or ranked[0][0] <= 0 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][2]


def same_kind(label: str, kind: str | None, heads: list[str]) -> bool:
    """Whether a body (its label and kind) is of the kind a bare head names: "the ministry" a ministry,
    "the army" an armed body, "the authorities" a government; any body for a spokesperson's office (no head)."""
    families = {_HEAD[w] for h in heads for w in words_of(h) if w in _HEAD}
    if not families:
        return True
    own = {_HEAD[w] for w in words_of(label) if w in _HEAD}
    own |= {"MIN"} if kind == "Ministry" else {"GOV"} if kind == "Government" else set()
    own |= {"MED", "AGY"} if kind in MEDIA_KINDS else set()
    return bool(families & own)


def has_head(text: str) -> bool:
    """Whether a phrase names an institution ("ministry", "otoritas", "army")."""
    return any(w in _HEAD for w in words_of(text))


_PERSON_WORDS = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:al|el|bin|ibn|van|von|de)?-?[A-Z][\w'’.-]*){1,3}$")


# Heads naming one or more people by their office or their access, not a body: an unnamed speaker.
_PEOPLE_HEADS = frozenset((
    "official", "officials", "officer", "officers", "source", "sources", "spokesman", "spokeswoman", "spokesperson",
    "spokesmen", "aide", "aides", "diplomat", "diplomats", "commander", "commanders", "medic", "medics", "doctor",
    "doctors", "rescuer", "rescuers", "resident", "residents", "witness", "witnesses", "pejabat", "sumber", "juru",
    "jubir", "petugas", "warga", "saksi", "dokter", "relawan",
))
PEOPLE_HEADS = _PEOPLE_HEADS
_SERVICES = frozenset(("service", "services", "dinas", "layanan", "administration", "authorities", "authority",
                       "otoritas", "badan", "agency"))
_AFTER_HEAD = frozenset(("of", "in", "at", "for", "with", "from", "close", "di", "dari", "yang"))
_LEADS = frozenset(("a", "an", "the", "two", "three", "several", "some", "senior", "seorang", "para", "sejumlah",
                    "beberapa"))


def unnamed_person(name: str) -> bool:
    """Whether a minted name is people by their office or access with no name ("a military official", "police
    officer in the town", "pejabat militer", "seorang sumber"): the head word before "of"/"in" (English) or the
    first word (Indonesian) names people, and no capitalised name stands for a person."""
    words = [w for w in words_of(name) if w not in _LEADS]
    if _PERSON_WORDS.match(name.strip()) and not (words and words[0] in _PEOPLE_HEADS):
        return False  # "Pejabat Armenia" (officials of Armenia) is no person's name
    if not words:
        return False
    cut = next((k for k, w in enumerate(words) if k and w in _AFTER_HEAD), len(words))
    return any(w in _PEOPLE_HEADS for w in (words[cut - 1], words[0], words[-1]))


def minted_kind(name: str) -> str:
    """The kind of a speaker the gazetteer lacks, by the look of its name: an institution's head word
    ("Kementerian Kesehatan", "Komite Sentral Dokter Sudan", "the office") makes an Organization, two to
    four capitalised words a Person, anything else a Group ("residents", "local activists").  Why: a
    ministry minted as a person puts it among the people quoted."""
    words = set(words_of(name))
    if words & {"outlet", "newspaper", "broadcaster"}:  # the reporter of an article without a named outlet
        return "Outlet"
    if unnamed_person(name):  # "a military official", "police officer in the town", "pejabat militer": a Group
        return "Group"
    if words & set(_HEAD) or words & _ORG_WORDS or words & _SERVICES:
        return "Organization"
    return "Person" if _PERSON_WORDS.match(name.strip()) else "Group"


def represented(name: str, gazetteer: Gazetteer) -> Actor | None:
    """What a minted body speaks for: the one state (or known body) its name holds ("Komite Sentral Dokter
    Sudan" speaks for Sudan), else None."""
    found = {
        actor.iri: actor
        for raw in _WORD.findall(name)
        if (actor := gazetteer.lookup(raw)) is not None and actor.kind not in ("Person", "NewsAgency", "Outlet")
    }
    return next(iter(found.values())) if len(found) == 1 else None


def mint(name: str, gazetteer: Gazetteer, role: str | None = None) -> Actor:
    """A speaker the gazetteer lacks as an actor of the right kind, linked to what it represents: a body to the
    state its name holds, a person to the body its ``role`` names ("RSF adviser": ``side_roles``)."""
    kind = minted_kind(name)
    actor = gazetteer.resolve(name, kind=kind)
    if not actor.minted:
        return actor
    if kind == "Person":
        from kb.extract.side_roles import role_body  # mentions, which it reads with, import this module's tables

        served = role_body(role, gazetteer)
        return replace(actor, represents=served.iri) if served is not None else actor
    owner = represented(name, gazetteer)
    return replace(actor, represents=owner.iri) if owner is not None else actor
