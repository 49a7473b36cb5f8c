"""A toll the war itself took: people who died in the fighting, or since it began, with no side named.

Why: the conventions give a combined toll of the whole war to all parties ("both"); the war as the killer
("the fighting has claimed", ``sides._WAR_KILLER``) was read, but not the war as where or since when people died
("more than 2,000 people have died in the fighting", "900 orang tewas sejak pertempuran pecah"), and those
tolls took the article's attacker instead: one side's doing, compared in the conflicts with that side's figures.
A speaker with a side still reports its own dead ("the army said a soldier was killed in fighting"), and a war
named by its author ("in Israel's war", "dalam perang Israel") is that author's: neither is read here.

The war's own place is not the victims' side either: "the war in Sudan has killed 20,000" (or "perang dua tahun
di Sudan") is a toll of all the war's parties, not Sudan's own.
"""

from __future__ import annotations

import re

from kb.extract.alternation import alternation
from kb.extract.mentions import Mention

# The wars that count every side's dead; not a crackdown or a military operation, which have one author.
_WARS = alternation(("war", "civil war", "fighting", "conflict", "clashes", "hostilities", "perang", "perang saudara",
                     "konflik", "pertempuran", "bentrokan", "pertikaian"))
_DIED = r"(?:died|killed|dead|lost\s+their\s+lives|tewas|terbunuh|meninggal(?:\s+dunia)?)"
_BEGAN = (r"(?:began|started|broke\s+out|erupted|resumed|dimulai|pecah|meletus|berkecamuk|bermula|terjadi"
          r"|kembali\s+pecah)")
_WAR_TOLL = re.compile(
    # "have died in the fighting", "tewas dalam konflik itu"
    rf"\b{_DIED}\s+(?:in|during|dalam|selama)\s+(?:the\s+)?(?P<a>{_WARS})(?![\w-])"
    # "since the fighting began", "sejak pertempuran dimulai", "since the start of the war", "sejak pecahnya perang"
    rf"|\b(?:since|sejak)\s+(?:the\s+)?(?P<b>{_WARS})(?![\w-])(?:\s+[\w-]+){{0,3}}?\s+{_BEGAN}\b"
    rf"|\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?(?P<c>{_WARS})(?![\w-])"
    rf"|\bsejak\s+(?:awal|dimulainya|pecahnya|meletusnya)\s+(?P<d>{_WARS})(?![\w-])",
    re.IGNORECASE,
)
# "perang dua tahun di Sudan", "the war in Yemen": the war's place, up to three words after the war noun.
_WAR_IN = re.compile(rf"(?<![\w-])(?:{_WARS})(?:\s+[\w-]+){{0,3}}?\s+(?:in|di)\s+(?:the\s+)?$", re.IGNORECASE)


# "the death toll in Lebanon ... has reached 4,047": the toll's own place, however far its figure comes after it.
_TOLL_IN = re.compile(r"(?<![\w-])(?:death\s+toll|toll|jumlah\s+korban(?:\s+(?:tewas|jiwa|meninggal))?)\s+(?:in|di)\s+"
                      r"(?:the\s+)?$", re.IGNORECASE)


def toll_place(norm: str, lo: int, mentions: list[Mention]) -> Mention | None:
    """The place a clause's toll is said to be of ("the death toll in Lebanon"), from the clause start ``lo``."""
    return next((m for m in mentions if m.start >= lo and _TOLL_IN.search(norm, max(lo, m.start - 30), m.start)),
                None)


def war_toll(norm: str, lo: int, hi: int, mentions: list[Mention]) -> bool:
    """Whether the clause ``norm[lo:hi]`` counts people who died in the war or since it began, the war being
    nobody's own (no party named right after it: "dalam perang Israel")."""
    for match in _WAR_TOLL.finditer(norm, lo, hi):
        war_end = next(match.end(g) for g in "abcd" if match.group(g) is not None)
        if not any(war_end < m.start <= war_end + 2 for m in mentions if m.actor is not None):
            return True
    return False


# "Sudan's civil war", "Myanmar’s two-year civil war": a civil war is fought inside its state by its own factions, so
# the state owning it is the war's place (an author's war, "Israel's war", stays the author's: ``war_toll``).
_CIVIL_WAR_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?civil\s+war(?![\w-])", re.IGNORECASE)


def war_place(norm: str, mention: Mention) -> bool:
    """Whether ``mention`` is where the war is fought ("the war in Sudan", "Sudan's civil war"), not whose the dead
    are."""
    return bool(_WAR_IN.search(norm, max(0, mention.start - 50), mention.start)
                or _CIVIL_WAR_OF.match(norm, mention.end))


__all__ = ["toll_place", "war_place", "war_toll"]
