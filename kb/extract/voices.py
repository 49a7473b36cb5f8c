"""Who speaks through a person or an office pointing back at a body: "the official", "pejabat itu", "the
ministry's press service", "layanan pers kementerian itu".

Why: read as names, these phrases made new sources nobody can browse ("official", "ministry's press service"),
or matched a gazetteer body by a shared word (a "press service" became the State Emergency Service).  The
person or office speaks for the body that spoke last through it, or for the body its phrase names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kb.extract.context import Context, Speaker

# A definite voice with nothing else ("the official", "pejabat itu", "the spokesman"): who spoke last through one.
_DEFINITE = frozenset(("the", "itu", "tersebut", "same", "sama"))
_VOICE_HEADS = frozenset(("official", "officials", "pejabat", "spokesman", "spokeswoman", "spokesperson", "juru",
                          "bicara", "jubir", "source", "sources", "sumber", "officer", "commander", "senior"))
# An office through which a body speaks: "press service", "media office", "layanan pers", "biro humas".
_PRESS = frozenset(("press", "media", "pers", "humas"))
_OFFICE = frozenset(("service", "office", "centre", "center", "department", "layanan", "kantor", "biro", "bagian",
                     "pusat", "divisi"))
_FILLER = frozenset(("the", "its", "of", "itu", "tersebut", "'s", "’s"))


def voice_back(words: list[str], context: Context) -> Speaker | None:
    """The body that spoke last through a person ("An Israeli military official said"), when the phrase points
    back at that person ("the official", "pejabat itu"); a body speaking as such ("the ministry said") is no
    voice.  A source the gazetteer lacks, named by its head ("an official at a Khan Younis hospital"), is who
    "the official" is next."""
    rest = set(words) - _DEFINITE
    if _DEFINITE & set(words) and rest and rest <= _ANYONE:
        return _witness_back(context)  # "“...,” the man said" after "A witness told AFP ..."
    if not _DEFINITE & set(words) or not rest or not rest <= _VOICE_HEADS or rest == {"senior"}:
        return None
    speaker = context.last_speaker
    if speaker is None or speaker.members:
        return None
    if speaker.actor is None and speaker.label.casefold().split()[0] in rest:
        return speaker
    return None if not context.voiced or speaker.is_person else speaker


# One person of the scene an unnamed source is (never a group, "a source" or researchers): who "the man" can be
_SCENE = frozenset(("witness", "eyewitness", "resident", "survivor", "villager", "medic", "relative", "saksi",
                    "warga", "penduduk", "penyintas", "kerabat"))
# A person pointed back at by sex alone: "the man", "the woman", "pria tersebut", "wanita itu"
_ANYONE = frozenset(("man", "woman", "pria", "wanita", "lelaki", "laki-laki", "perempuan"))


def _witness_back(context: Context) -> Speaker | None:
    """The unnamed source who spoke last when it was a person of the scene ("A witness told AFP ... . “...,” the
    man said": the witness; a resident, a survivor, a medic), else None and the phrase stays as written.  Why: a
    minted "man" is no one a reader can follow, and it lost the witness's claim its speaker (seen twice on articles
    read blind)."""
    speaker = context.last_speaker
    if speaker is None or speaker.actor is not None or speaker.members or speaker.first_person:
        return None
    words = {w.casefold() for w in speaker.label.split()}
    return speaker if words & _SCENE and not words & _ANYONE else None  # never "the man" for "a woman"


def press_office(tokens: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Where the body a press office speaks for is named in a speaker phrase's ``tokens``: before the office
    ("the ministry's press service"), else after it ("the press service of the military operation", "layanan
    pers kementerian itu"); an empty span when the phrase names no body ("the press service").  None when the
    phrase is no press office."""
    folded = [t[2].casefold() for t in tokens]
    at = next((i for i in range(len(folded) - 1) if folded[i] in _PRESS and folded[i + 1] in _OFFICE), None)
    if at is None:  # Indonesian puts the office first: "layanan pers", "biro humas"
        at = next((i for i in range(len(folded) - 1) if folded[i] in _OFFICE and folded[i + 1] in _PRESS), None)
    if at is None:
        return None
    before = [t for t in tokens[:at] if t[2].casefold() not in _FILLER]
    after = [t for t in tokens[at + 2:] if t[2].casefold() not in _FILLER]
    owner = before or after
    if not owner:
        return (0, 0)
    end = owner[-1][1] - (2 if owner[-1][2].casefold().endswith(("'s", "’s")) else 0)
    return owner[0][0], end


def last_body(context: Context) -> Speaker | None:
    """The body that spoke last, for an office that names none ("the press service said")."""
    speaker = context.last_speaker
    if speaker is not None and not speaker.is_person and not speaker.members:
        return speaker
    return context.bodies[-1] if context.bodies else None


# An office named by whom it serves ("the office of the UN Secretary-General", "the president's office", "kantor
# Sekjen PBB"): a body, which the annotation takes as the source, never the person it serves.
_OFFICE_OF = re.compile(
    r"\s*(?:the\s+)?(?:office\s+of\s|kantor\s|(?:[\w-]+\s+){0,3}?[\w-]+['’]s?\s+office\s*$)", re.IGNORECASE
)


def serves(norm: str, start: int, end: int) -> bool:
    """Whether the speaker phrase ``norm[start:end]`` is an office named by whom it serves ("the office of the UN
    Secretary-General", "the president's office", "kantor Sekjen PBB"): the office speaks, never its holder."""
    return _OFFICE_OF.match(norm, start, end) is not None


__all__ = ["last_body", "press_office", "serves", "voice_back"]
