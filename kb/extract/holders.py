"""Who holds an office named by its head alone ("the governor", "juru bicara", "militer", "the office").

Why apart from ``speakers``: a bare role names nobody until the article says who, and deciding who
(the last person named with that role, the body that spoke last, the body the article names most) is
a question about the article so far, not about the words of the phrase.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kb.extract import bodies as institutions
from kb.extract.ahead import holder_ahead
from kb.extract.needs import absent, needs

if TYPE_CHECKING:
    from kb.actors import Actor
    from kb.extract.speakers import Context, Speaker

# Offices one person or one body holds: "the governor", "juru bicara", "militer" mean someone in particular.
ROLE_WORDS = frozenset((
    "juru", "bicara", "jubir", "spokesman", "spokeswoman", "spokesperson", "governor", "gubernur", "minister",
    "menteri", "president", "presiden", "commander", "komandan", "panglima", "mayor", "wali", "kota", "walikota",
    "ambassador", "dubes", "duta", "besar", "envoy", "utusan", "regional", "deputy", "wakil",
))
PLURAL = frozenset(("sejumlah", "para", "beberapa", "several", "some", "two", "three", "many"))
BARE = frozenset(("itu", "tersebut", "the", "its", "his", "her", "their", "para", "sang", "pihak"))
QUANTIFIERS = frozenset((
    "sejumlah", "para", "beberapa", "seorang", "sebuah", "a", "an", "the", "some", "several", "two", "three",
))


def owned_role(words: list[str]) -> list[str]:
    """The words with a role's Indonesian possessive cut ("juru bicaranya" -> "juru bicara", its spokesman), which
    the body that spoke last holds as "its spokesman" is; other words as they are."""
    return [w[:-3] if w.endswith("nya") and w[:-3] in ROLE_WORDS else w for w in words]


def bare_role(words: list[str]) -> bool:
    """A role or institution named by its head alone ("juru bicara", "the governor", "militer", "the office"):
    nobody in particular until the article says who."""
    content = [w for w in owned_role(words) if w not in BARE and w not in QUANTIFIERS]
    if PLURAL & set(words) or not content:
        return False
    return all(w in ROLE_WORDS or institutions.has_head(w) for w in content)


# Offices one person holds: "the governor" is a person, never a body the article named in passing (the
# army that shelled the city, the ministry quoted two paragraphs up).
PERSONAL = frozenset((
    "governor", "gubernur", "minister", "menteri", "president", "presiden", "mayor", "wali", "walikota",
    "commander", "komandan", "panglima", "ambassador", "dubes", "duta", "envoy", "utusan",
))


def personal(words: list[str]) -> bool:
    """Whether a bare role is an office one person holds ("the regional governor", "gubernur")."""
    return bool(PERSONAL & set(words))


def holder(words: list[str], context: Context) -> Speaker | Actor | None:
    """Who a bare role is: the last person named with that role, else (for an institution or a spokesperson)
    the body of that kind that spoke last, else the body of that kind the article names most (an actor: the
    caller makes it a speaker); None rather than an actor called "spokeswoman", and None for a personal office
    nobody holds yet (the caller may name it by its place)."""
    heads = [w for w in owned_role(words) if w in ROLE_WORDS or institutions.has_head(w)]
    for person in reversed(list(context.people.values())):
        if person.role and any(h in person.role.casefold().split() for h in heads):
            return person
    last = context.last_person
    if last is not None and last.role is None and not any(institutions.has_head(h) for h in heads):
        return last  # "Oleh Syniehubov said ... . The governor said ...": the office of the one who spoke
    if personal(heads):  # "the regional governor said" in the lead, "Ivan Petrenko, the governor" further down
        return holder_ahead(heads, context.ahead)
    kinds = [h for h in heads if institutions.has_head(h)]
    spoke = [b for b in context.bodies if institutions.same_kind(b.label, b.actor.kind if b.actor else None, kinds)]
    if spoke:
        return spoke[-1]
    gazetteer = context.gazetteer
    named = [(n, a) for iri, n in context.seen.most_common(5) if gazetteer and (a := gazetteer.by_iri(iri))]
    found = [(n, a) for n, a in named if a.kind in ("Ministry", "Organization", "Government", "Group")
             and institutions.same_kind(a.label, a.kind, kinds)]
    if found and (len(found) == 1 or found[0][0] > found[1][0]):
        return found[0][1]
    return None


# A definite voice that names no office ("the official"; "pejabat itu", whose pointer follows the phrase read)
_DEFINITE_VOICE = frozenset((("the", "official"), ("the", "officer"), ("pejabat",)))
_POINTER_AFTER = re.compile(r"\s+(?:itu|tersebut)(?![\w-])", re.IGNORECASE)


def definite_voice(words: list[str], after: str, context: Context) -> Speaker | None:
    """The person the article named last, for "the official" / "pejabat itu" (``after``: the words after the
    phrase) when nobody has spoken yet ("Name, the regional governor, toured the port. The official said ..."): the
    conventions credit a role to whoever the article names in it, and a minted "official" is nobody a reader can
    follow (session 34's sweep).  None when someone spoke (``voices.voice_back`` follows that voice) or no person
    was named; a bare "pejabat" (officials, as often as an official) is no pointer."""
    if tuple(words) not in _DEFINITE_VOICE or context.last_speaker is not None:
        return None
    if words[0] == "pejabat" and not _POINTER_AFTER.match(after):
        return None
    return context.last_person


_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


# A place the sentence marks as a province, whether or not the gazetteer knows it: "Ukraine's Poltava region",
# "the Sumy oblast", "provinsi Zamar".  A governor holds a province, so this one is the governor's over a state.
_PROVINCE = re.compile(
    r"(?<![\w-])(?P<en>[A-Z][\w'’-]+)\s+(?:region|oblast|province|governorate)(?![\w-])"
    r"|(?<![\w-])(?:provinsi|oblast|kegubernuran)\s+(?P<id>[A-Z][\w'’-]+)"
)


_PROVINCE_NEEDS = needs(_PROVINCE)  # a sentence without these words is not scanned


def sentence_place(norm: str, context: Context) -> str | None:
    """The one place a sentence names (as written), else None: none, or several.  One place marked as a
    province ("the Poltava region") is that place, even beside the state it lies in or one the gazetteer lacks."""
    scan = () if absent(_PROVINCE_NEEDS, norm) else _PROVINCE.finditer(norm)
    provinces = {m.group("en") or m.group("id") for m in scan}
    if len(provinces) == 1:
        return provinces.pop()
    places = context.gazetteer.places if context.gazetteer is not None else None
    if places is None:
        return None
    found: dict[str, str] = {}
    for match in _CAPITALISED.finditer(norm):
        run = match.group(0).split()[:4]
        for name in (" ".join(run[i:j]) for i in range(len(run)) for j in range(len(run), i, -1)):
            iri = places.lookup(name)
            if iri is not None:
                found.setdefault(iri, name)
                break
    return next(iter(found.values())) if len(found) == 1 else None


def office_at_place(norm: str, words: list[str], context: Context) -> str | None:
    """A personal office nobody holds yet, named by the one place its sentence names, else by the one place the
    sentence before named ("In Kherson, the regional governor said" -> "Kherson governor"; "Missiles hit Odesa.
    ... , the governor said" -> "Odesa governor"; "gubernur" -> "Gubernur Odesa"); None when neither names
    exactly one place (never an actor called just "governor")."""
    place = sentence_place(norm, context) or context.place_before
    if place is None:
        return None
    role = " ".join(w for w in words if w in ROLE_WORDS and w != "regional")
    return f"{role.capitalize()} {place}" if context.lang == "id" else f"{place} {role}"
