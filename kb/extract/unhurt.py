"""Counted people who were not hurt: the displaced, the evacuated, the arrested, souls counted as a
population, and the people a report comes from ("menurut seorang dokter").

Why: a figure borrows its hurt word from the figure before it ("sedikitnya 900 orang tewas dan kira-kira 2 juta
lainnya mengungsi", "killed 30 people and displaced 4,000 others") or from its victim noun's class ("jiwa", a death
word in "merenggut 50 jiwa"), so a count of people who fled or of a city's inhabitants ("kota itu menampung 2 juta jiwa
pengungsi yang menyelamatkan diri") was read as a toll.  The verb right after the noun says what befell them; a
"jiwa" count with no hurt or toll word near it is a head count.  Bounded patterns, one match each.
"""

from __future__ import annotations

import re

from kb.extract.hurt import KILLED_WORD, WOUNDED_WORD
from kb.extract.tolls import toll_reached

_NOT_HURT = re.compile(
    r"(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3}\s+(?:(?:who|yang|were|was|have|has|had|been|are|telah|sudah|juga|lagi|kini|"
    r"now|also|reportedly|dilaporkan|terpaksa|forced\s+to|harus)\s+){0,3}"
    r"(?:displaced|fled|flee|fleeing|evacuated|arrested|detained|rescued|abducted|kidnapped|captured|"
    r"taken\s+hostage|homeless|mengungsi|diungsikan|dievakuasi|ditahan|ditangkap|diculik|disandera|diselamatkan|"
    r"menyelamatkan\s+diri|melarikan\s+diri|kehilangan\s+tempat\s+tinggal|kehilangan\s+rumah|terlantar|telantar|"
    r"terusir|tergusur|stranded|uprooted)(?![\w-])",
    re.IGNORECASE,
)
_TOLL_BEFORE = re.compile(r"(?<![\w-])(?:menelan|memakan|merenggut|renggut|korban|toll|claimed|took)(?![\w-])",
                          re.IGNORECASE)


# "menurut seorang dokter", "according to two medics", "kata seorang perawat": the people counted are the source
# (not after "said": "the ministry said 20 people were killed" counts the victims)
# (not after "said": "the ministry said 20 people were killed" counts the victims)
_SOURCE_BEFORE = re.compile(r"(?<![\w-])(?:menurut|according\s+to|kata|ujar|tutur|ucap)\s+$", re.IGNORECASE)


def a_source(norm: str, start: int) -> bool:
    """Whether the figure at ``start`` counts who speaks ("menurut seorang dokter"), not who was hurt."""
    return _SOURCE_BEFORE.search(norm, max(0, start - 20), start) is not None


# "... 1,200 deaths and displaced over 3 million people", "mengusir lebih dari 3 juta warga": the figure is what
# the verb before it did to people, and that verb moved them; it hurt nobody (a toll before it lends no hurt word)
_MOVED_BEFORE = re.compile(
    r"(?<![\w-])(?:displaced|displacing|displaces|uprooted|uprooting|mengusir|mengungsikan)\s+(?:(?:more\s+than|over|"
    r"about|nearly|some|around|at\s+least|an\s+estimated|lebih\s+dari|sekitar|sedikitnya|setidaknya|hampir|"
    r"kurang\s+lebih)\s+)?$",
    re.IGNORECASE,
)


def moved(norm: str, start: int) -> bool:
    """Whether the figure at ``start`` is the object of a verb of displacing people ("displaced over 3 million")."""
    return _MOVED_BEFORE.search(norm, max(0, start - 40), start) is not None


def not_hurt(norm: str, noun_end: int) -> bool:
    """Whether the people counted right before ``noun_end`` are said to have fled, been moved or been held (the
    missing stay readable: "yang hilang ... diperkirakan telah tewas")."""
    return _NOT_HURT.match(norm, noun_end) is not None


_TOLL_HEAD = re.compile(r"(?<![\w-])jumlah\s+korban\s+(?:tewas|jiwa|meninggal)(?![\w-])[^.;:!?]*$", re.IGNORECASE)


def head_count(norm: str, start: int, noun_end: int, key: str) -> bool:
    """ "1,5 juta jiwa" with no hurt or toll word within the clause around it: inhabitants, not deaths."""
    if key != "jiwa":
        return False
    before, after = norm[max(0, start - 40) : start], norm[noun_end : noun_end + 60]
    return not (KILLED_WORD.search(before) or KILLED_WORD.search(after) or WOUNDED_WORD.search(after)
                or _TOLL_BEFORE.search(before)
                # "jumlah korban tewas akibat serangan ... hingga Kamis telah mencapai 9.061 jiwa": a toll far back
                or toll_reached(norm, start, noun_end) is not None
                # "jumlah korban tewas hingga Rabu (1/11) atau hari ke-26 perang, 9.061 jiwa": the toll's own head
                # further back, with the day it counts to between (session 34, fresh34)
                or _TOLL_HEAD.search(norm, max(0, start - 100), start) is not None)


__all__ = ["a_source", "head_count", "moved", "not_hurt"]
