"""Equipment lost: weapons and vehicles destroyed, downed or disabled, told as an event.

"more than 40 drones were shot down", "sekitar 30 tank juga dihancurkan", "destroyed 12 armoured vehicles":
the annotation conventions leave equipment claims out of scope (``docs/extraction.md``, seventh round of the
claim types), and a passive of this kind names no attacker only because the speaker's own side did it.  Read
as an attack with no attacker (``unpinned``) it made the owner of the equipment the accused (issue 13,
session 31 trial); read here, it is no attack and no position.  An accusing word elsewhere in the sentence
still accuses: only the loss itself is dropped.
"""

from __future__ import annotations

import re

from kb.extract.alternation import alternation

_EQUIPMENT = alternation((  # weapons and military vehicles only: a civilian car, plane or ship struck is an attack
    "tanks", "tank", "drones", "drone", "uavs", "uav", "military aircraft", "jets", "jet", "warplanes", "warplane",
    "fighter jets", "jet tempur", "helicopters", "helicopter", "helikopter", "pesawat tempur", "armoured vehicles",
    "armored vehicles", "military vehicles", "kendaraan lapis baja", "kendaraan tempur", "kendaraan militer",
    "howitzers", "howitzer", "artillery pieces", "artillery systems", "launchers", "launcher", "peluncur", "artileri",
    "air defence systems", "air defense systems", "missiles", "rudal", "rockets", "roket", "drone-drone", "tank-tank",
))
_LOSS = alternation((
    "destroyed", "shot down", "downed", "damaged", "disabled", "eliminated", "neutralised", "neutralized",
    "knocked out", "intercepted", "dihancurkan", "ditembak jatuh", "dilumpuhkan", "dimusnahkan", "dirusak",
    "dicegat", "hancur", "rusak",
))
# the equipment right before a passive of loss: the noun, at most two capitalised words naming whose it is
# ("tank Azerbaijan", "drone Ukraina"), then auxiliaries and adverbs ("were also", "juga telah", "successfully");
# an English verb needs its auxiliary ("drones hit the depot" is the drones striking, no loss)
_OWNER = r"(?<![\w-])(?:" + _EQUIPMENT + r")(?:\s+(?-i:[A-Z])[\w-]*){0,2}"
_SUBJECT_ID = re.compile(
    _OWNER + r"(?:\s+(?:juga|telah|sudah|berhasil|pun|yang|dapat|entah|also)){0,3}\s+$", re.IGNORECASE)
_SUBJECT_EN = re.compile(
    _OWNER + r"(?:\s+(?:also|reportedly|successfully|have|has|had)){0,2}\s+(?:were|was|been|are|is|being)"
    r"(?:\s+(?:also|reportedly|successfully|all|later)){0,2}\s+$",
    re.IGNORECASE,
)
_PASSIVE_LOSS = re.compile(rf"(?<![\w-])(?:{_LOSS})(?![\w-])", re.IGNORECASE)
# the active voice with the equipment as object: "destroyed 30 Azerbaijani tanks", "menghancurkan 12 tank"
_ACTIVE_LOSS = re.compile(
    rf"(?<![\w-])(?:destroyed|destroying|shot\s+down|downed|disabled|knocked\s+out|menghancurkan|menembak\s+jatuh|"
    rf"melumpuhkan|memusnahkan)\s+(?:(?:about|around|some|at\s+least|more\s+than|over|nearly|sekitar|"
    rf"sedikitnya|setidaknya|lebih\s+dari|[\d.,]+|dozens\s+of|hundreds\s+of|puluhan|ratusan|two|three|four|five|"
    rf"six|seven|eight|nine|ten)\s+){{0,3}}(?:(?-i:[A-Z])[\w-]*\s+){{0,2}}(?:{_EQUIPMENT})(?![\w-])",
    re.IGNORECASE,
)
_WINDOW = 70
# an attack that never landed: "an attempted drone attack had been \"thwarted\"", "serangan drone Ukraina berhasil
# digagalkan", "air defences foiled a drone attack": the defender's report of its interception (equipment, out of
# scope as the losses above are), no harm to blame on the attacker.  "Repelled", "menangkis" are left out: a ground
# assault beaten back was fought, and the annotation keeps it as an accusation
# ... within the attack's own clause: "foiled a plot last month, but on Tuesday X attacked a hospital" and "X
# attacked a hospital, and a second raid was thwarted" tell an attack that landed beside one that did not
_SAME_CLAUSE = r"(?:(?!(?<![\w-])(?:and|but|while|whereas|though|although|dan|tetapi|namun|sementara|sedangkan|meski)" \
    r"(?![\w-]))[^.;:!?,])"
_FOILED_AFTER = re.compile(
    _SAME_CLAUSE + r"{0,80}?(?<![\w-])(?:(?:was|were|been|is|are)\s+(?:\w+\s+)?[\"“']?(?:foiled|thwarted)|"
    r"(?:berhasil\s+|telah\s+|dapat\s+)?digagalkan)(?![\w-])",
    re.IGNORECASE,
)
_FOILED_BEFORE = re.compile(
    r"(?<![\w-])(?:foiled|thwarted|menggagalkan|berhasil\s+mencegah)\s+" + _SAME_CLAUSE + r"{0,50}$", re.IGNORECASE)


def lost_equipment(norm: str, start: int, floor: int = 0) -> bool:
    """Whether the verb at ``start`` is a passive of loss whose subject is equipment ("40 drones were shot
    down", "tank Azerbaijan juga dihancurkan"): the speaker's own side's doing, no attack to blame on another."""
    verb = _PASSIVE_LOSS.match(norm, start)
    if verb is None:
        return False
    word = verb.group(0).casefold()
    subject = _SUBJECT_ID if word.startswith("di") or word in ("hancur", "rusak") else _SUBJECT_EN
    return subject.search(norm, max(floor, start - _WINDOW), start) is not None


def foiled_attack(norm: str, start: int, end: int) -> bool:
    """Whether the attack noun at ``start``-``end`` is told as foiled or repelled (passive after it, or a verb of
    defence before it in its clause): an attempt stopped, no attack to accuse its author of."""
    return bool(_FOILED_AFTER.match(norm, end) or _FOILED_BEFORE.search(norm, max(0, start - 60), start))


def tells_equipment_loss(norm: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the text tells equipment lost as an event, in either voice: a statement of it is no position."""
    stop = len(norm) if end is None else end
    if _ACTIVE_LOSS.search(norm, start, stop):
        return True
    return any(lost_equipment(norm, m.start(), start) for m in _PASSIVE_LOSS.finditer(norm, start, stop))
