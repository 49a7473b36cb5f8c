"""A charge beyond the strike, told inside a toll's own clause (issue 13, session 23).

The session-18 convention (tests/realworld/README.md, rule 1) reads "X's strike killed two" as a casualty whose
cause is X, and no accusation: the cause of a toll belongs to the toll.  It adds an accusation when the words charge
more than the strike: people or civilian places *targeted* ("a drone of the militia targeted a house, killing
three", "militer menargetkan mereka"), fire on where people crowd ("shelled densely populated areas"), or fire told by
its manner ("shelled the district indiscriminately",
"penembakan membabi buta").  ``blame.attacked`` dropped every attack in the clause of the dead, charge or not; this
module tells which of them carry such a charge, so that they accuse whoever tells them.

Victims who are civilians are not a charge ("an Israeli strike killed five civilians"): only the target of a
targeting verb or a word of manner is.  Every search is bounded by a short window after the attack's cue, cut at
the end of its clause, so the cost stays linear in the sentence.
"""

from __future__ import annotations

import re

from kb.extract.alternation import alternation

# what a targeting verb may aim at that makes it a charge: people and the places they live or shelter in
_PEOPLE_OR_HOMES = (
    "civilians", "civilian", "villagers", "residents", "people", "families", "family", "children", "women",
    "displaced", "refugees", "worshippers", "patients", "them", "a house", "houses", "a home", "home", "homes",
    "residential", "hospital", "hospitals", "school", "schools", "market", "markets", "camp", "camps", "tent",
    "tents", "shelter", "shelters", "house", "mosque", "church", "neighbourhood", "neighborhood",
    "neighbourhoods", "neighborhoods",
    "warga", "penduduk", "orang-orang", "keluarga", "anak-anak", "perempuan", "pengungsi", "pasien", "mereka",
    "rumah", "permukiman", "pemukiman", "rumah sakit", "sekolah", "pasar", "kamp", "tenda", "tempat penampungan",
    "masjid", "gereja", "kawasan perumahan", "perumahan",
)
_TARGETING = (
    "targeted", "targeting", "deliberately hit", "deliberately struck", "deliberately attacked",
    "menargetkan", "menarget", "menyasar", "menyasarkan", "ditargetkan", "disasar",
)
_TARGETED = re.compile(
    rf"(?<![\w-])(?:{alternation(_TARGETING)})\s+(?:(?:a|an|the|its|their|of|at|on|pada|ke|terhadap)\s+)?"
    rf"(?:[\w'\u2019-]+\s+){{0,2}}?(?:{alternation(_PEOPLE_OR_HOMES)})(?![\w-])",
    re.IGNORECASE,
)
# people or homes told as the target with nobody named aiming: "civilian homes are being targeted", "the house targeted
# with a missile", "the target was civilians", "targetnya adalah warga sipil", "sengaja menargetkan warga sipil"
_AIMED_AT = re.compile(
    rf"(?<![\w-])(?:{alternation(_PEOPLE_OR_HOMES)})(?:\s+[\w'\u2019-]+){{0,3}}?\s+(?:(?:is|are|was|were|had|has|have"
    rf"|been|being|also|still|again|telah|sedang|juga|yang|which|that)\s+){{0,3}}(?:targeted|ditargetkan|disasar|menjadi\s+sasaran)(?![\w-])"
    rf"|(?<![\w-])(?:the\s+targets?|targetnya|sasarannya)\s+(?:was|were|is|are|adalah)\s+(?:{alternation(_PEOPLE_OR_HOMES)})"
    r"(?![\w-])",
    re.IGNORECASE,
)
# fire told by its manner: what the convention counts as a charge ("indiscriminate", "brutal")
_MANNER = re.compile(
    r"(?<![\w-])(?:indiscriminate(?:ly)?|deliberate(?:ly)?|intentional(?:ly)?|brutal(?:ly)?|tanpa\s+pandang\s+bulu"
    r"|membabi\s+buta|secara\s+sengaja|dengan\s+sengaja|disengaja|sengaja|secara\s+brutal)(?![\w-])",
    re.IGNORECASE,
)
# fire on crowds by where it fell: "shelled densely populated areas", "menembaki daerah berpenduduk padat" (the
# dev's annotators typed each such report an accusation, the strike's toll or not).  Only the crowd is the charge:
# where a strike fell ("a strike on a residential building killed 12", "di kawasan permukiman") is the toll's place,
# a casualty alone by rule 1, unless a targeting verb aims it (``_TARGETED``)
_CROWDED = re.compile(
    r"(?<![\w-])(?:densely\s+populated|heavily\s+populated|populated\s+(?:areas?|neighbou?rhoods?|districts?)"
    r"|padat\s+penduduk|berpenduduk\s+padat)(?![\w-])",
    re.IGNORECASE,
)
# where the attack's own clause ends: a stop, or a contrast that opens another speaker's reading
_CLAUSE_END = re.compile(
    r"[;.!?]|(?<![\w-])(?:though|although|but|while|whereas|denied|denies|deny|meskipun|walaupun|namun|tetapi"
    r"|sementara|membantah|menyangkal)(?![\w-])",
    re.IGNORECASE,
)
_BEFORE = 40  # a manner word may stand just before the attack noun ("indiscriminate artillery shelling")
_AFTER = 90


def charged(norm: str, span: tuple[int, int], at: int) -> bool:
    """Whether the attack whose cue starts at ``at`` is told with a charge beyond the strike: people or homes
    targeted, or a word of manner, within its own clause of ``span``."""
    start = max(span[0], at - _BEFORE)
    last = list(_CLAUSE_END.finditer(norm, start, at))
    if last:
        start = last[-1].end()
    stop = _CLAUSE_END.search(norm, at, min(span[1], at + _AFTER))
    end = stop.start() if stop else min(span[1], at + _AFTER)
    return bool(_TARGETED.search(norm, start, end) or _MANNER.search(norm, start, end)
                or _CROWDED.search(norm, at, end))


def aimed_at_people(norm: str, start: int, end: int) -> str | None:
    """People or homes told as a strike's target with nobody named aiming ("civilian homes are being targeted",
    "sasarannya adalah warga sipil"): a charge by the convention, in the text's words; None when there is none.
    An active "X targeted homes" names its doer and is ``attacks``' to pin (a recorder's plain report of it stays
    no claim)."""
    found = _AIMED_AT.search(norm, start, end)
    return found.group(0) if found else None


__all__ = ["aimed_at_people", "charged"]
