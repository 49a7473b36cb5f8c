"""Runs of capitalised words and what they say about a name the gazetteer lacks: where a run starts and ends
in linear time, the titles and offices before a holder's name, a body's name going on past "and", a surname alone
after its title ("Governor Petrenko").

Split from ``mentions`` (which turns runs into mentions): these read words only, never the gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kb.extract.lexicon import MONTHS, ORG_WORDS, ROLE_HEADS, SENTENCE_OPENERS, SPEAKER_HEADS, WEEKDAYS

_ORG = frozenset(ORG_WORDS)
_ARABIC = r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu)-[A-Z][\w'’.-]*"  # "Atef al-Hout", "Abu Bakr el-Sayed"
_NAME_TOKEN = r"(?:" + _ARABIC + r"|[A-Z][\w'’.-]*|(?:al|el|de|van|von|bin|ibn|da|di)-?|untuk|for|of|the)"
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]+(?:\s+" + _NAME_TOKEN + r")*\s+(?:" + _ARABIC + r"|[A-Z][\w'-]+)\b")
_CHAIN = re.compile(r"[A-Z][\w'-]+(?:\s+" + _NAME_TOKEN + r")*+")  # possessive: where a run of name tokens ends
_RUN_START = re.compile(r"\b[A-Z]")
PARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben)-[A-Z]")
# Days, months and the words of an administrative area ("Provinsi Utara" after an office is the office's place).
NOT_NAMES = frozenset([*WEEKDAYS, *MONTHS, "provinsi", "kabupaten", "province", "oblast"])
CALENDAR = frozenset(w.casefold() for w in (*WEEKDAYS, *MONTHS))


def sentence_openers() -> frozenset[str]:
    """Words that open a sentence but never a name (plus plural markers that precede one)."""
    return OPENERS


OPENERS = frozenset(SENTENCE_OPENERS) | {"Para", "Kedua"}


_AND_CAPITALISED = re.compile(r"\s+(?:and|dan|&)\s+((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)")


def joined_to_body(norm: str, end: int) -> bool:
    """Whether the capitalised run ending at ``end`` goes on with "and" into a body's name ("... Location and
    Event Data Project", "Ministry of Labour and Social Policy"): the two halves are one organisation."""
    match = _AND_CAPITALISED.match(norm, end, min(len(norm), end + 80))
    return match is not None and any(w.casefold() in _ORG for w in match.group(1).split())


# Titles written before a surname alone ("Governor Petrenko said", "Menteri Katz"): the surname is a person
_ONE_NAME_TITLES = frozenset((
    "governor", "gubernur", "mayor", "walikota", "general", "jenderal", "gen", "colonel", "kolonel", "col", "minister",
    "menteri", "commander", "komandan", "president", "presiden", "senator", "ambassador", "dubes", "captain", "kapten",
    "capt", "lieutenant", "letnan", "lt", "premier", "maj", "major", "sgt", "sergeant",
))
_NOT_SURNAMES = frozenset(("staff", "assembly", "secretary", "council", "command", "headquarters", "office", "court"))


def titled_surname(run: list[tuple[int, str]], popped: list[str]) -> bool:
    """Whether ``run`` is one surname right after a title popped off its front ("Governor Petrenko"): a person
    whose first name the article gave earlier or not at all (the run of two capitalised words needed elsewhere
    is not there).  An acronym, a body's word ("General Staff") or a calendar word is no surname."""
    if len(run) != 1 or not popped or popped[-1].rstrip(".") not in _ONE_NAME_TITLES:
        return False
    word = run[0][1].rstrip(".,")
    folded = word.casefold()
    return (len(word) >= 3 and word[:1].isupper() and not word.isupper() and re.fullmatch(r"[\w'’-]+", word) is not None
            and not any(ch.isdigit() for ch in word) and folded not in NOT_NAMES and folded not in _ORG
            and folded not in _NOT_SURNAMES and folded not in role_words() and folded not in CALENDAR
            and word not in sentence_openers())


# Offices held over a place: the place stands between the office and its holder ("Gubernur Kharkiv Oleh
# Syniehubov", "Wali Kota Kharkiv Ihor Terekhov") or before the office ("Kharkiv Mayor Ihor Terekhov").
_PLACE_OFFICES = frozenset(("gubernur", "governor", "kota", "walikota", "mayor", "bupati", "kepala", "head", "camat"))


# Titles that end an office before its holder's name, however the office is worded ("UN Human Rights Chief
# Volker Turk", "Deputy Health Minister Ahmed Saleh", "Kepala Polisi Daerah Ivan Marchenko").
_OFFICES = frozenset(("chief", "minister", "commissioner", "secretary", "director", "spokesman", "spokeswoman",
                      "spokesperson", "commander", "envoy", "ambassador", "president", "chairman", "coordinator",
                      "daerah", "wilayah", "menteri", "direktur", "komisaris", "sekretaris", "panglima", "utusan",
                      # offices of oversight and counsel ("Human Rights Defender Aram Petrosyan", "Special Rapporteur
                      # X"): the title, not the holder's name (session 19)
                      "defender", "ombudsman", "ombudsperson", "prosecutor", "adviser", "advisor", "rapporteur",
                      "negotiator"))


def past_office(run: list[tuple[int, str]], popped: list[str]) -> list[tuple[int, str]]:
    """The holder's name alone, without the place of the office or the office itself."""
    inner = [i for i, (_, w) in enumerate(run[:-2]) if w.casefold() in _PLACE_OFFICES or w.casefold() in _OFFICES]
    if inner:
        return run[inner[-1] + 1 :]  # "Kharkiv Mayor Ihor Terekhov"
    if popped and popped[-1] in _PLACE_OFFICES and len(run) >= 3:
        return run[1:]  # "Gubernur Kharkiv Oleh Syniehubov"
    return run


def capitalised_runs(norm: str) -> Iterator[re.Match[str]]:
    """``_CAPITALISED.finditer(norm)``, in linear time.

    Why: from a start, the pattern runs along every following name token and backtracks to the last
    one that can end a name; when none can ("X- X- X- ..."), ``finditer`` tries again from each token
    of the run, which made a 1,000-character sentence of such tokens cost 30 ms (quadratic).  A start
    inside a run that failed can only end on fewer of the same tokens, so it fails too: after a
    failure the rest of the run (``_CHAIN``, which never backtracks) is skipped."""
    pos = 0
    for start in _RUN_START.finditer(norm):
        if start.start() < pos:
            continue
        match = _CAPITALISED.match(norm, start.start())
        if match is not None:
            yield match
            pos = match.end()
            continue
        chain = _CHAIN.match(norm, start.start())
        pos = chain.end() if chain is not None else start.start()


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    words = {w for head in (*ROLE_HEADS, *SPEAKER_HEADS) for w in head.split()}
    extra = {"luar", "negeri", "pertahanan", "dalam", "urusan", "kepresidenan", "kementerian", "defence", "defense",
             "foreign", "regional", "interior", "health", "prime", "vice", "former", "acting", "senior", "executive",
             "general", "special", "chief", "high", "commissioner",
             # a minister's portfolio ("Menteri Kesehatan Budi X", "Finance Minister Y"): the office, no name
             "kesehatan", "keuangan", "kehakiman", "penerangan", "informasi", "energi", "pendidikan", "sosial",
             "perhubungan", "finance", "justice", "energy", "education", "information", "intelligence",
             # naval and other ranks before a name ("Rear Adm. X", "Vice Admiral Y", "Brig. Gen. Z")
             "rear", "adm", "adm.", "admiral", "brig", "brig.", "cmdr", "cmdr.", "commodore"}
    return frozenset(words | extra)
